import {
  apiGroupMatches,
  nonResourceURLMatches,
  resourceMatches,
  resourceNameMatches,
  verbMatches,
} from './rbac-match.js';
import type { ThreatCatalog } from '../model/catalog.js';
import type { Position } from '../model/finding.js';
import type {
  AgentSurface,
  DeclaredPermission,
  SurfaceDelegation,
  SurfaceMcpServer,
  SurfaceMemory,
  SurfaceChannel,
  SurfaceModel,
  SurfaceRef,
  SurfaceServiceAccount,
  SurfaceTool,
  Sourced,
} from '../model/surface.js';
import type {
  AnnotationFacts,
  EventDirection,
  PermissionTuple,
  SurfaceEvent,
  SurfaceEventType,
} from '../model/surface-event.js';
import { inverse, setDirection } from '../model/surface-event.js';
import { elementKey } from '../model/surface.js';
import { compositeGateChanges, compositeToolsOf, toolOf } from './composite-approvals.js';
import { diffEgress } from './egress-diff.js';

/**
 * Compares an agent's surface in two states and names each change as a typed event. Pure.
 * Only normalised facts are compared (sets are sorted, names resolved), never text: labels, unrelated
 * annotations, replicas, resources, comments, key and document order and formatting cannot produce an event,
 * because the surface readers do not carry them.
 */
export interface SurfaceDiffOptions {
  /** The tool hash pinned in the catalog for a server's tool (components[].tools[].sha256), if any. */
  pinnedHash?: (server: SurfaceRef, tool: string) => string | undefined;
  /**
   * Where a value is spelled inside the node that starts at a position (in the head or base file), when the
   * reader locates a whole list: the `--model` item of `args`, the new verb of a rule. Undefined = keep it.
   */
  findValue?: (at: Position, value: string, state: 'base' | 'head') => Position | undefined;
  /** Autonomy annotations of the agent object in each state (see AUTONOMY_ANNOTATION_PATTERN), key → value and node. */
  annotations?: { base: AnnotationFacts; head: AnnotationFacts };
}

export type { AnnotationFacts } from '../model/surface-event.js';
export { AUTONOMY_ANNOTATION_PATTERN } from '../model/surface-event.js';

export function diffSurfaces(
  base: AgentSurface | undefined,
  head: AgentSurface | undefined,
  opts: SurfaceDiffOptions = {},
): SurfaceEvent[] {
  const any = head ?? base;
  if (!any) return [];
  const agent = agentName(any);
  const events: SurfaceEvent[] = [];
  const emit = (
    type: SurfaceEventType,
    direction: EventDirection,
    at: Position,
    subject: string,
    before: unknown,
    after: unknown,
    scope: SurfaceEvent['scope'] = {},
  ) => {
    events.push({
      type,
      direction,
      agent,
      file: at.file,
      line: at.line,
      column: at.column,
      subject,
      before,
      after,
      scope,
    });
  };
  diffServers(base?.mcpServers ?? [], head?.mcpServers ?? [], emit, opts);
  diffModels(base?.models ?? [], head?.models ?? [], emit, opts.findValue);
  diffDelegations(base?.delegations ?? [], head?.delegations ?? [], emit);
  diffMemory(base?.memory ?? [], head?.memory ?? [], emit);
  if (base && head) diffAgentRuntime(base, head, emit);
  diffAutonomy(base, head, emit, events);
  if (opts.annotations && base && head) diffAnnotations(opts.annotations.base, opts.annotations.head, emit);
  diffPermissions(base, head, emit, opts.findValue);
  if (base && head) diffEgress(base, head, agent, emit);
  return events.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.type.localeCompare(b.type) ||
      a.subject.localeCompare(b.subject),
  );
}

/** Records one event; each aspect's comparison (here, egress-diff.ts) writes through it. */
export type Emit = (
  type: SurfaceEventType,
  direction: EventDirection,
  at: Position,
  subject: string,
  before: unknown,
  after: unknown,
  scope?: SurfaceEvent['scope'],
) => void;

export function refKey(r: SurfaceRef): string {
  return `${r.kind}/${r.namespace ?? ''}/${r.name}`;
}

export function refLabel(r: SurfaceRef): string {
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;
}

export function agentName(s: AgentSurface): string {
  return `${s.agent.namespace ? `${s.agent.namespace}/` : ''}${s.agent.name}`;
}

/** Elements by their identity across states (object, plus the entry inside it: agentgateway targets). */
function byKey<T extends { ref: SurfaceRef; target?: string }>(items: T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const i of items) if (!m.has(elementKey(i))) m.set(elementKey(i), i);
  return m;
}

function connection(s: SurfaceMcpServer): Record<string, string> {
  return compact({ url: s.url, transport: s.transport, image: s.image, command: s.command });
}

/** The node that sets a field, else the element's own position. */
function at(s: { position: Position; at?: Record<string, Position> }, ...fields: string[]): Position {
  for (const f of fields) if (s.at?.[f]) return s.at[f];
  return s.position;
}

function implementation(s: SurfaceMcpServer): Record<string, string> {
  return compact({ image: s.image, command: s.command, args: s.args?.join(' ') });
}

/**
 * MCP client servers are keyed by name and file: the client configs of one repository (`.mcp.json`,
 * `.cursor/mcp.json`, `.vscode/mcp.json`…) often name the same server, and each is a connection of its own, read by
 * another client. Keyed by name alone, the second file's server was never compared: a new URL or an approval written
 * there gave no event. (`MCPClientServer` is the kind read/manifests/mcp-client.ts gives them.)
 */
function serversByKey(items: SurfaceMcpServer[]): Map<string, SurfaceMcpServer> {
  const m = new Map<string, SurfaceMcpServer>();
  for (const i of items) {
    const key = i.ref.kind === 'MCPClientServer' ? `${elementKey(i)}@${i.position.file}` : elementKey(i);
    if (!m.has(key)) m.set(key, i);
  }
  return m;
}

function diffServers(base: SurfaceMcpServer[], head: SurfaceMcpServer[], emit: Emit, opts: SurfaceDiffOptions): void {
  const b = serversByKey(base);
  const h = serversByKey(head);
  for (const [key, hs] of h) {
    const bs = b.get(key);
    const subject = `${refLabel(hs.ref)}${hs.target !== undefined ? ` target ${hs.target}` : ''}`;
    if (!bs) {
      emit(
        'mcp-connection-added',
        'widened',
        hs.position,
        subject,
        null,
        { ...connection(hs), ...(hs.allowedTools ? { allowedTools: sorted(hs.allowedTools) } : {}) },
        {
          ref: hs.ref,
          tools: sorted(hs.allowedTools ?? (hs.tools ?? []).map((t) => t.name)),
          ...(inCluster(hs) ? { inCluster: true } : {}),
        },
      );
      continue;
    }
    // A new endpoint or transport is a connection to something else; a new image or command is new code behind the same tools.
    if (bs.url !== hs.url || bs.transport !== hs.transport) {
      emit(
        'mcp-connection-added',
        'changed',
        bs.url !== hs.url ? at(hs, 'url') : at(hs, 'transport'),
        `${subject}: endpoint`,
        compact({ url: bs.url, transport: bs.transport }),
        compact({ url: hs.url, transport: hs.transport }),
        { ref: hs.ref, aspect: 'endpoint', tools: sorted(hs.allowedTools ?? (hs.tools ?? []).map((t) => t.name)) },
      );
    }
    const bi = implementation(bs);
    const hi = implementation(hs);
    if (!sameData(bi, hi)) {
      const field = bi.image !== hi.image ? 'image' : bi.command !== hi.command ? 'command' : 'args';
      emit('tool-surface-modified', 'changed', at(hs, field), `${subject}: ${field}`, bi, hi, {
        ref: hs.ref,
        aspect: 'implementation',
        tools: sorted(hs.allowedTools ?? (hs.tools ?? []).map((t) => t.name)),
      });
    }
    if ((bs.permissionProfile ?? '') !== (hs.permissionProfile ?? '')) {
      emit(
        'tool-surface-modified',
        profileDirection(bs.permissionProfile, hs.permissionProfile),
        at(hs, 'permissionProfile'),
        `${subject}: permission profile`,
        bs.permissionProfile ?? null,
        hs.permissionProfile ?? null,
        { ref: hs.ref, aspect: 'permission-profile' },
      );
    }
    diffTls(bs, hs, subject, emit);
    if ((bs.identity ?? '') !== (hs.identity ?? '')) {
      emit(
        'tool-surface-modified',
        'changed',
        at(hs, 'identity'),
        `${subject}: server identity`,
        bs.identity ?? null,
        hs.identity ?? null,
        { ref: hs.ref, aspect: 'server-identity' },
      );
    }
    diffServerAccess(bs, hs, subject, emit);
    let allowChange: string[] | undefined;
    if (!sameSet(bs.allowedTools, hs.allowedTools)) {
      const before = bs.allowedTools ? sorted(bs.allowedTools) : null;
      const after = hs.allowedTools ? sorted(hs.allowedTools) : null;
      const all = sorted((hs.tools ?? bs.tools ?? []).map((t) => t.name));
      allowChange = symmetricDifference(before ?? all, after ?? all);
      const list = at(hs, 'toolNames', 'toolsFilter', 'allowedTools');
      const firstAdded = (hs.allowedTools ?? []).find((t) => !(bs.allowedTools ?? []).includes(t));
      // A change the deny-list made (an MCP client's `excludeTools`/`disabled_tools` entry added or removed) is
      // located at that entry: in head when it was added, in base when it was removed.
      const denyAt = deniedChangeAt(bs, hs, allowChange, opts.findValue);
      // With the server's tool list unknown (`all` empty), a limit lifted is still a widening, one set a narrowing.
      const direction =
        all.length > 0 || (before !== null && after !== null)
          ? setDirection(before ?? all, after ?? all)
          : after === null
            ? 'widened'
            : 'narrowed';
      emit(
        'tool-surface-modified',
        direction,
        // A tool the server itself adds (ToolHive vMCP execute_tool_script) is located where it is switched on.
        denyAt ??
          ((firstAdded && (hs.at?.[`allowedTool:${firstAdded}`] ?? opts.findValue?.(list, firstAdded, 'head'))) ||
            list),
        `${subject}: allowed tools`,
        before ?? 'all',
        after ?? 'all',
        { ref: hs.ref, aspect: 'allowed-tools', tools: allowChange },
      );
    }
    // A rule that names its tools already showed as the allowed tools; any other change of the rules (who may call,
    // on which arguments) is a change of what the agent can get done through the server.
    if (!sameSet(bs.authorization ?? [], hs.authorization ?? []) && allowChange === undefined) {
      emit(
        'tool-surface-modified',
        ruleDirection(bs.authorization ?? [], hs.authorization ?? []),
        ruleChangeAt(bs, hs, bs.authorization ?? [], hs.authorization ?? [], 'authorizationRule', 'authorization'),
        `${subject}: tool authorization`,
        sorted(bs.authorization ?? []),
        sorted(hs.authorization ?? []),
        { ref: hs.ref, aspect: 'authorization', tools: sorted(hs.allowedTools ?? (hs.tools ?? []).map((t) => t.name)) },
      );
    }
    diffTools(bs, hs, subject, emit, opts, allowChange);
    if (!sameSet(bs.requireApproval ?? [], hs.requireApproval ?? [])) {
      const before = sorted(bs.requireApproval ?? []);
      const after = sorted(hs.requireApproval ?? []);
      const list = at(hs, 'requireApproval');
      const firstAdded = (hs.requireApproval ?? []).find((t) => !before.includes(t));
      // A tool that now waits for a person narrows what the agent does alone.
      emit(
        'autonomy-tier-changed',
        inverse(setDirection(before, after)),
        (firstAdded && opts.findValue?.(list, firstAdded, 'head')) || list,
        `${subject}: tools that wait for approval`,
        before,
        after,
        { ref: hs.ref, aspect: 'approval', tools: symmetricDifference(before, after) },
      );
    }
    diffAutoApproved(bs, hs, subject, emit);
    diffCompositeSteps(bs, hs, subject, emit);
    diffDeniedTools(bs, hs, subject, emit, allowChange, opts.findValue);
  }
  for (const [key, bs] of b) {
    if (h.has(key)) continue;
    emit(
      'mcp-connection-removed',
      'narrowed',
      bs.position,
      `${refLabel(bs.ref)}${bs.target !== undefined ? ` target ${bs.target}` : ''}`,
      { ...connection(bs), ...(bs.allowedTools ? { allowedTools: sorted(bs.allowedTools) } : {}) },
      null,
      {
        ref: bs.ref,
        tools: sorted(bs.allowedTools ?? (bs.tools ?? []).map((t) => t.name)),
        ...(inCluster(bs) ? { inCluster: true } : {}),
      },
    );
  }
}

/** A list of tools where `*` stands for all of them: `*` gained widens whatever else changed, lost narrows. */
function wildcardDirection(before: string[], after: string[]): EventDirection {
  const all = (l: string[]) => l.includes('*');
  return all(after) && !all(before) ? 'widened' : all(before) && !all(after) ? 'narrowed' : setDirection(before, after);
}

/**
 * Which way a change of caller authentication moves who may call: none at all widens, none before narrows; with the
 * same check, a weakness (`insecure: …` fact) gained widens and one lost narrows; anything else is a change.
 */
function authenticationDirection(
  before: string | undefined,
  after: string | undefined,
  bf: readonly string[],
  hf: readonly string[],
): EventDirection {
  // `none (bypasses the ToolHive proxy of …)`: a server reached past its proxy checks no caller either.
  const none = (a: string | undefined) => a === 'none' || a?.startsWith('none ') === true;
  if (none(after) && !none(before)) return 'widened';
  if (none(before) && !none(after)) return 'narrowed';
  const weak = (facts: readonly string[]) => facts.filter((x) => x.startsWith('insecure: '));
  return before === after ? setDirection(weak(bf), weak(hf)) : 'changed';
}

/** The authentication as the event shows it: with what it checks, when that is known. */
function authenticationText(auth: string | undefined, facts: readonly string[]): string | null {
  if (auth === undefined) return null;
  return facts.length > 0 ? `${auth} (${sorted([...facts]).join('; ')})` : auth;
}

/**
 * Which way a change of authorization rules moves what gets through. Rules written `[Gateway |Model ][HTTP ]<Allow|
 * Deny|Require|Guardrail>: …` (agentgateway; each prefix is a check of its own; a Guardrail is a remote policy server
 * that may refuse the calls it sees) are weighed one by one, as the gateway decides (no Deny matches, every Require
 * matches and every guardrail lets it through, one Allow matches when there are any): a Deny, Require or Guardrail
 * rule gained narrows, lost widens; an Allow rule gained widens when
 * others already allowed (one more way through) and narrows when there were none (everything passed before); lost,
 * it narrows while other Allow rules remain (unless one is `true`) and widens when it was the last. Other rules
 * (Cedar policies): none left widens, none before narrows, anything else is a change.
 */
function ruleDirection(before: readonly string[], after: readonly string[]): EventDirection {
  const fallback = after.length === 0 ? 'widened' : before.length === 0 ? 'narrowed' : 'changed';
  const RULE = /^((?:Gateway |Model )?(?:HTTP )?)(Allow|Deny|Require|Guardrail): /;
  if (![...before, ...after].every((r) => RULE.test(r))) return fallback;
  const scope = (r: string) => RULE.exec(r)![1];
  const action = (r: string) => RULE.exec(r)![2];
  const allows = (rules: readonly string[], sc: string) => rules.some((r) => action(r) === 'Allow' && scope(r) === sc);
  const ways = new Set<EventDirection>();
  for (const r of after.filter((x) => !before.includes(x))) {
    ways.add(action(r) !== 'Allow' || !allows(before, scope(r)) ? 'narrowed' : 'widened');
  }
  // `Allow: true` lets everything through: another allow rule lost beside it narrows nothing.
  const open = (sc: string) => after.includes(`${sc}Allow: true`);
  for (const r of before.filter((x) => !after.includes(x))) {
    if (action(r) === 'Allow' && open(scope(r))) continue;
    ways.add(action(r) !== 'Allow' || !allows(after, scope(r)) ? 'widened' : 'narrowed');
  }
  return ways.size === 1 ? [...ways][0] : 'changed';
}

/**
 * Where a list of located facts (rules, guardrails) changed: the first one gained, in head; else the first one lost,
 * in base (the line that was removed); else the list.
 */
function ruleChangeAt(
  bs: { position: Position; at?: Record<string, Position> },
  hs: { position: Position; at?: Record<string, Position> },
  before: readonly string[],
  after: readonly string[],
  key: string,
  list: string,
): Position {
  const added = after.find((r) => !before.includes(r));
  if (added !== undefined) return at(hs, `${key}:${added}`, list);
  const removed = before.find((r) => !after.includes(r));
  const gone = removed !== undefined ? bs.at?.[`${key}:${removed}`] : undefined;
  return gone ?? at(hs, list);
}

/**
 * Tools an MCP client calls without asking a person (`autoApproved`, `*` = all, less `autoApprovedExcept`): one more
 * is a human check gone, so it widens what the agent does alone. Located at the first new item (`trust: true`, the
 * new `alwaysAllow` entry, the `permissions.allow` rule); a narrowing at the rule that asks for the tool again or the
 * setting that stopped approving it; else at the list. With `*` in both states, an exception added (an `ask` rule)
 * narrows, one taken away widens.
 */
function diffAutoApproved(bs: SurfaceMcpServer, hs: SurfaceMcpServer, subject: string, emit: Emit): void {
  // A vMCP composite tool that joins or leaves the list while none of its calls started or stopped waiting for a yes
  // (its question moved beside its calls, or after them) is called without approval either way: no event.
  const gates = compositeGateChanges(bs, hs);
  const headComposites = compositeToolsOf(hs);
  const stepped = new Set([...compositeToolsOf(bs)].filter((t) => headComposites.has(t)));
  const was = new Set(bs.autoApproved ?? []);
  const is = new Set(hs.autoApproved ?? []);
  const unbacked = (t: string) =>
    stepped.has(t) &&
    was.has(t) !== is.has(t) &&
    !(is.has(t) ? gates.get(t)?.lost.length : gates.get(t)?.gained.length);
  const before = sorted(bs.autoApproved ?? []).filter((t) => !unbacked(t));
  const after = sorted(hs.autoApproved ?? []).filter((t) => !unbacked(t));
  const bx = before.includes('*') ? sorted(bs.autoApprovedExcept ?? []) : [];
  const hx = after.includes('*') ? sorted(hs.autoApprovedExcept ?? []) : [];
  if (sameSet(before, after) && sameSet(bx, hx)) return;
  const shown = (tools: string[], except: string[]) => [...tools, ...except.map((t) => `!${t}`)];
  const details = { ref: hs.ref, aspect: 'approval' };
  if (sameSet(before, after)) {
    // Every tool approved in both: only the exceptions moved.
    const asked = hx.find((t) => !bx.includes(t));
    const freed = bx.find((t) => !hx.includes(t));
    emit(
      'autonomy-tier-changed',
      inverse(setDirection(bx, hx)),
      asked !== undefined
        ? at(hs, `autoApprovedExcept:${asked}`, 'autoApproved')
        : at(bs, `autoApprovedExcept:${freed}`),
      `${subject}: tools called without approval`,
      shown(before, bx),
      shown(after, hx),
      { ...details, tools: symmetricDifference(bx, hx) },
    );
    return;
  }
  const added = after.find((t) => !before.includes(t));
  const removed = before.find((t) => !after.includes(t));
  emit(
    'autonomy-tier-changed',
    wildcardDirection(before, after),
    added !== undefined
      ? (conditionAdded(bs, hs, added) ?? at(hs, `autoApproved:${added}`, 'autoApproved'))
      : (withdrawnAt(bs, hs, removed) ?? at(hs, 'autoApproved')),
    `${subject}: tools called without approval`,
    shown(before, bx),
    shown(after, hx),
    { ...details, tools: symmetricDifference(before, after) },
  );
}

/**
 * A vMCP's composite tool calls that stopped waiting for a person's yes (a `dependsOn` on the question dropped, the
 * question deleted, a call added beside it) or started to: one event per server, at the first such step in head.
 * A composite tool that joins or leaves the tools called without approval for it is reported by diffAutoApproved.
 */
function diffCompositeSteps(bs: SurfaceMcpServer, hs: SurfaceMcpServer, subject: string, emit: Emit): void {
  const was = bs.autoApproved ?? [];
  const is = hs.autoApproved ?? [];
  const changes = [...compositeGateChanges(bs, hs)].filter(
    ([t, c]) =>
      !(c.lost.length > 0 && is.includes(t) && !was.includes(t)) &&
      !(c.gained.length > 0 && was.includes(t) && !is.includes(t)),
  );
  if (changes.length === 0) return;
  const lost = changes.flatMap(([, c]) => c.lost);
  const gained = changes.flatMap(([, c]) => c.gained);
  const tools = sorted(changes.map(([t]) => t));
  const unasked = (s: SurfaceMcpServer) =>
    sorted([...(s.unaskedSteps ?? []), ...(s.preludeSteps ?? [])].filter((step) => tools.includes(toolOf(step))));
  emit(
    'autonomy-tier-changed',
    lost.length > 0 && gained.length > 0 ? 'changed' : lost.length > 0 ? 'widened' : 'narrowed',
    at(hs, `step:${lost[0] ?? gained[0]}`, 'autoApproved'),
    `${subject}: composite tool calls made without a yes`,
    unasked(bs),
    unasked(hs),
    { ref: hs.ref, aspect: 'approval', tools },
  );
}

/**
 * Where a tool stopped being approved: the rule that now asks for it or forbids it (`at['withheld:<tool>']`, `*` for
 * the whole server), else a setting the change added (`at['approvalSetting:<path>']` absent in base: Codex
 * `sandbox_mode` written over `default_permissions`), else the setting that approved it in base and no longer does
 * (`at['autoApprovedBy:<path>']` in base, the same setting's node in head).
 */
function withdrawnAt(bs: SurfaceMcpServer, hs: SurfaceMcpServer, tool: string | undefined): Position | undefined {
  if (tool !== undefined && hs.at?.[`withheld:${tool}`]) return hs.at[`withheld:${tool}`];
  if (hs.at?.['withheld:*']) return hs.at['withheld:*'];
  const added = Object.keys(hs.at ?? {}).find((k) => k.startsWith('approvalSetting:') && !bs.at?.[k]);
  if (added) return hs.at![added];
  for (const key of Object.keys(bs.at ?? {})) {
    if (!key.startsWith('autoApprovedBy:') || hs.at?.[key]) continue;
    // `<path> = <value>` (Codex `default_permissions = <profile>`): the same setting now holding something else.
    const setting = hs.at?.[`approvalSetting:${key.slice('autoApprovedBy:'.length).split(' = ')[0]}`];
    if (setting) return setting;
  }
  return undefined;
}

/**
 * Where the deny-list changed, when every tool of an allowed-tools change is one it denied or gave back: the first
 * deny entry added (head), else the first one removed (base). Undefined when the change is the allow-list's.
 */
function deniedChangeAt(
  bs: SurfaceMcpServer,
  hs: SurfaceMcpServer,
  changed: string[],
  findValue: SurfaceDiffOptions['findValue'],
): Position | undefined {
  const moved = symmetricDifference(bs.deniedTools ?? [], hs.deniedTools ?? []);
  if (changed.length === 0 || !changed.every((t) => moved.includes(t) || moved.includes('*'))) return undefined;
  return deniedEntryAt(bs, hs, findValue);
}

/**
 * The first deny entry added (in head), else the first one removed (in base). A reader that locates only the list
 * (TOML) is refined to the line that spells the tool.
 */
function deniedEntryAt(
  bs: SurfaceMcpServer,
  hs: SurfaceMcpServer,
  findValue: SurfaceDiffOptions['findValue'],
): Position | undefined {
  const before = bs.deniedTools ?? [];
  const after = hs.deniedTools ?? [];
  const added = after.find((t) => !before.includes(t));
  const removed = before.find((t) => !after.includes(t));
  const [s, tool, state] = added !== undefined ? [hs, added, 'head' as const] : [bs, removed, 'base' as const];
  if (tool === undefined) return undefined;
  const where = at(s, `deniedTool:${tool}`, 'deniedTools');
  // An entry a setting denied rather than a rule (Claude Code `dontAsk`, `at.denialSetting`) that no longer holds is
  // located at that setting as head writes it: the line the change made.
  const setting = bs.at?.denialSetting;
  if (state === 'base' && setting && hs.at?.denialSetting && samePosition(where, setting)) return hs.at.denialSetting;
  return (tool !== '*' ? findValue?.(where, tool, state) : undefined) ?? where;
}

/**
 * Tools an MCP client will not let the agent call (`deniedTools`, `*` = all): one denied narrows the tools the
 * agent may call, one given back widens them. With an allow-list in both states the change already showed as the
 * allowed tools; without one, the server's catalogue is unknown and this is the only trace of it. Located at the
 * first deny entry added (head), else at the first one removed (base).
 */
function diffDeniedTools(
  bs: SurfaceMcpServer,
  hs: SurfaceMcpServer,
  subject: string,
  emit: Emit,
  allowChange: string[] | undefined,
  findValue: SurfaceDiffOptions['findValue'],
): void {
  const before = sorted(bs.deniedTools ?? []);
  const after = sorted(hs.deniedTools ?? []);
  if (sameSet(before, after)) return;
  if (bs.allowedTools && hs.allowedTools) return;
  const changed = symmetricDifference(before, after);
  if (allowChange !== undefined && changed.every((t) => allowChange.includes(t))) return;
  emit(
    'tool-surface-modified',
    // A tool denied narrows what the agent may call.
    inverse(wildcardDirection(before, after)),
    deniedEntryAt(bs, hs, findValue) ?? at(hs, 'deniedTools'),
    `${subject}: denied tools`,
    before,
    after,
    { ref: hs.ref, aspect: 'allowed-tools', tools: changed.filter((t) => t !== '*') },
  );
}

/**
 * When the tool is approved by settings that hold only together (Codex full access: `approval_policy` with
 * `sandbox_mode`, `at['autoApprovedBy:<path>']`), the first of them this change set (absent in base): the line that
 * changed, rather than the first of the pair.
 */
function conditionAdded(bs: SurfaceMcpServer, hs: SurfaceMcpServer, tool: string): Position | undefined {
  const approvedAt = hs.at?.[`autoApproved:${tool}`];
  if (!approvedAt || !hs.at) return undefined;
  const conditions = Object.entries(hs.at).filter(([k]) => k.startsWith('autoApprovedBy:'));
  const same = (p: Position) =>
    p.file === approvedAt.file && p.line === approvedAt.line && p.column === approvedAt.column;
  if (!conditions.some(([, p]) => same(p))) return undefined;
  return conditions.find(([k]) => !bs.at?.[k])?.[1];
}

function samePosition(a: Position, b: Position): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}

/** The server's code runs in a container of the cluster (as opposed to a remote endpoint reached by URL). */
function inCluster(s: SurfaceMcpServer): boolean {
  return Boolean(s.image || s.workload || s.command);
}

/**
 * What the server may touch and who may call it: its credentials (headers, Secrets), host paths, how callers
 * authenticate, and the servers behind it (a VirtualMCPServer's group members: one joining is a new connection).
 */
function diffServerAccess(bs: SurfaceMcpServer, hs: SurfaceMcpServer, subject: string, emit: Emit): void {
  // Each item is located by `at['<prefix>:<item>']`: the event points at the first new item, else at the list.
  const facets: Array<['credentials' | 'hostPaths', string, string, string]> = [
    ['credentials', 'credentials', 'credentials', 'credential'],
    ['hostPaths', 'host paths', 'host-paths', 'hostPath'],
  ];
  for (const [field, label, aspect, prefix] of facets) {
    if (sameSet(bs[field] ?? [], hs[field] ?? [])) continue;
    const before = sorted(bs[field] ?? []);
    const after = sorted(hs[field] ?? []);
    const added = after.find((x) => !before.includes(x));
    const where = added !== undefined ? at(hs, `${prefix}:${added}`, field) : at(hs, field);
    emit('tool-surface-modified', setDirection(before, after), where, `${subject}: ${label}`, before, after, {
      ref: hs.ref,
      aspect,
    });
  }
  const bf = bs.authenticationFacts ?? [];
  const hf = hs.authenticationFacts ?? [];
  if ((bs.authentication ?? '') !== (hs.authentication ?? '') || !sameSet(bf, hf)) {
    emit(
      'tool-surface-modified',
      authenticationDirection(bs.authentication, hs.authentication, bf, hf),
      (bs.authentication ?? '') !== (hs.authentication ?? '')
        ? at(hs, 'authentication')
        : ruleChangeAt(bs, hs, bf, hf, 'authenticationFact', 'authentication'),
      `${subject}: caller authentication`,
      authenticationText(bs.authentication, bf),
      authenticationText(hs.authentication, hf),
      { ref: hs.ref, aspect: 'authentication' },
    );
  }
  const bu = new Set(bs.upstreams ?? []);
  const hu = new Set(hs.upstreams ?? []);
  for (const u of sorted([...hu].filter((x) => !bu.has(x))))
    emit('mcp-connection-added', 'widened', at(hs, `upstream:${u}`), `${subject}: upstream ${u}`, null, u, {
      ref: hs.ref,
      aspect: 'upstream',
    });
  for (const u of sorted([...bu].filter((x) => !hu.has(x))))
    emit('mcp-connection-removed', 'narrowed', at(bs, `upstream:${u}`), `${subject}: upstream ${u}`, u, null, {
      ref: hs.ref,
      aspect: 'upstream',
    });
}

/** The server's tool catalogue: tools added or removed, and each tool whose description/schema hash changed. */
function diffTools(
  bs: SurfaceMcpServer,
  hs: SurfaceMcpServer,
  subject: string,
  emit: Emit,
  opts: SurfaceDiffOptions,
  allowChange?: string[],
): void {
  if (bs.tools === undefined && hs.tools === undefined) return;
  const bt = new Map((bs.tools ?? []).map((t) => [t.name, t]));
  const ht = new Map((hs.tools ?? []).map((t) => [t.name, t]));
  const before = sorted([...bt.keys()]);
  const after = sorted([...ht.keys()]);
  // When the catalogue is derived from the allow-list (ToolHive toolsFilter), the allow-list event already says it.
  const sameAsAllowList = allowChange !== undefined && sameSet(allowChange, symmetricDifference(before, after));
  if (bs.tools !== undefined && hs.tools !== undefined && !sameSet(before, after) && !sameAsAllowList) {
    const firstAdded = (hs.tools ?? []).find((t) => !bt.has(t.name))?.position;
    emit(
      'tool-surface-modified',
      setDirection(before, after),
      firstAdded ?? at(hs, 'tools'),
      `${subject}: tools`,
      before,
      after,
      {
        ref: hs.ref,
        aspect: 'tools',
        tools: symmetricDifference(before, after),
      },
    );
  }
  for (const [name, tool] of ht) {
    const headHash = toolHash(tool);
    if (headHash === undefined) continue;
    const baseTool = bt.get(name);
    const baseHash = baseTool ? toolHash(baseTool) : undefined;
    const pinned = opts.pinnedHash?.(hs.ref, name);
    // A tool whose description or schema changed under the same name: the "rug pull". Compared with base,
    // or, when base shows no hash, with the hash pinned in the catalog.
    const reference = baseHash ?? pinned;
    if (reference !== undefined && reference !== headHash) {
      emit(
        'tool-surface-modified',
        'changed',
        tool.position ?? at(hs, 'tools'),
        `${subject}: tool ${name} description or schema`,
        { sha256: reference, ...(baseTool?.description !== undefined ? { description: baseTool.description } : {}) },
        { sha256: headHash, ...(tool.description !== undefined ? { description: tool.description } : {}) },
        { ref: hs.ref, aspect: 'tool-hash', tools: [name] },
      );
    }
  }
}

function toolHash(t: SurfaceTool): string | undefined {
  if (t.sha256) return t.sha256;
  return t.description !== undefined ? `description:${t.description}` : undefined;
}

function modelFacts(m: SurfaceModel): Record<string, string> {
  return compact({
    provider: m.provider,
    model: m.model,
    revision: m.revision,
    endpoint: m.endpoint,
    runtime: m.runtime,
    identity: m.identity,
    credentials: m.credentials?.join(', '),
    tls: m.tls?.join(', '),
    prompt: m.prompt,
  });
}

function modelKey(m: SurfaceModel): string {
  return `${m.use}:${elementKey(m)}`;
}

function diffModels(
  base: SurfaceModel[],
  head: SurfaceModel[],
  emit: Emit,
  findValue?: SurfaceDiffOptions['findValue'],
): void {
  const b = new Map(base.map((m) => [modelKey(m), m]));
  const h = new Map(head.map((m) => [modelKey(m), m]));
  const unpairedBase = [...b.keys()].filter((k) => !h.has(k));
  const unpairedHead = [...h.keys()].filter((k) => !b.has(k));
  const pairs: Array<[SurfaceModel | undefined, SurfaceModel | undefined]> = [];
  for (const [k, hm] of h) if (b.has(k)) pairs.push([b.get(k), hm]);
  // The agent now points at another model object: one update from the old model to the new one.
  if (unpairedBase.length === 1 && unpairedHead.length === 1) {
    pairs.push([b.get(unpairedBase[0]), h.get(unpairedHead[0])]);
  } else {
    for (const k of unpairedHead) pairs.push([undefined, h.get(k)]);
    for (const k of unpairedBase) pairs.push([b.get(k), undefined]);
  }
  for (const [bm, hm] of pairs) {
    if (bm && hm && elementKey(bm) === elementKey(hm)) diffModelChecks(bm, hm, emit);
    let before = bm ? modelFacts(bm) : null;
    let after = hm ? modelFacts(hm) : null;
    if (bm && hm && elementKey(bm) !== elementKey(hm) && bm.model === undefined && hm.model === undefined) {
      // Another object that neither state's manifests hold (a ModelConfig kagent's chart installs): its name is all
      // that says the agent now talks to another model, so it stands in the comparison.
      before = { object: refLabel(bm.ref), ...before };
      after = { object: refLabel(hm.ref), ...after };
    }
    if (before && after && sameData(before, after)) continue;
    const m = (hm ?? bm)!;
    let where = m.position;
    if (bm && hm && elementKey(bm) === elementKey(hm)) {
      const field = (
        ['model', 'revision', 'endpoint', 'runtime', 'identity', 'provider', 'credentials', 'tls', 'prompt'] as const
      ).find((k) => before![k] !== after![k]);
      const routed =
        field === 'model'
          ? routeChangeAt(bm, hm, 'modelTarget')
          : field === 'endpoint'
            ? routeChangeAt(bm, hm, 'endpointTarget')
            : undefined;
      if (field === 'credentials') {
        where = credentialChangeAt(bm, hm, findValue) ?? at(hm, field);
      } else if (field === 'prompt') where = promptWhere(before!.prompt, hm);
      else if (routed) where = routed;
      else if (field) {
        where = at(hm, field);
        const value = after![field];
        if (value && findValue) where = findValue(where, value, 'head') ?? where;
      }
    }
    // The serving runtime (an image in the cluster) and the ServiceAccount it runs as (its RBAC, the storage credentials
    // KServe's storage initializer takes from it) are what compromise-class threats about containers depend on.
    const runtime =
      (before?.runtime ?? '') !== (after?.runtime ?? '') || (before?.identity ?? '') !== (after?.identity ?? '');
    emit(
      'model-version-updated',
      !before ? 'widened' : !after ? 'narrowed' : trustDirection(before, after),
      where,
      `${refLabel(m.ref)}${m.target !== undefined ? ` ${m.target}` : ''}`,
      before,
      after,
      { ref: m.ref, aspect: runtime ? 'runtime' : 'model' },
    );
  }
}

/**
 * The checks in front of the same model (agentgateway: authorization rules, prompt guards and rate limits; a kagent
 * ModelConfig's Bedrock guardrail): a rule, guard or limit gone lets more prompts, answers or callers through
 * (`widened`), one added fewer (`narrowed`); and where its payloads are copied (KServe `logger`): a destination added
 * widens. They are not the model's identity, so they are events of their own, at the item that changed.
 */
function diffModelChecks(bm: SurfaceModel, hm: SurfaceModel, emit: Emit): void {
  const subject = `${refLabel(hm.ref)}${hm.target !== undefined ? ` ${hm.target}` : ''}`;
  for (const [list, key, weigh] of MODEL_CHECKS) {
    const before = bm[list] ?? [];
    const after = hm[list] ?? [];
    if (sameSet(before, after)) continue;
    emit(
      'model-version-updated',
      weigh(before, after),
      ruleChangeAt(bm, hm, before, after, key, list),
      `${subject}: ${list}`,
      sorted(before),
      sorted(after),
      { ref: hm.ref, aspect: list },
    );
  }
}

/** Each list of checks on a model: where its items are located (`at['<key>:<text>']`) and how a change is weighed. */
const MODEL_CHECKS: ReadonlyArray<
  readonly [
    'authorization' | 'guardrails' | 'logging',
    string,
    (before: readonly string[], after: readonly string[]) => EventDirection,
  ]
> = [
  ['authorization', 'authorizationRule', ruleDirection],
  ['guardrails', 'guardrail', guardrailDirection],
  // One more place the payloads are copied to is one more reader of every prompt and answer.
  ['logging', 'logging', setDirection],
];

/** `rate limit <bucket> <unit> per <interval>, +<refill> a fill[ when <CEL>]` (agentgateway-config-policies.ts). */
const RATE = /^rate limit (\d+) (\S+) per (\S+), \+(\d+) a fill(.*)$/;

/**
 * Guardrails lost widen, gained narrow. A rate limit whose numbers only moved (the same unit, interval and condition)
 * is weighed by them: a larger bucket or refill lets more through.
 */
function guardrailDirection(before: readonly string[], after: readonly string[]): EventDirection {
  const lost = before.filter((g) => !after.includes(g));
  const gained = after.filter((g) => !before.includes(g));
  const key = (m: RegExpExecArray) => [m[2], m[3], m[5]].join('\n');
  const ways = new Set<EventDirection>();
  const paired = new Set<string>();
  for (const g of gained) {
    const m = RATE.exec(g);
    const was = m ? lost.find((l) => !paired.has(l) && RATE.exec(l) && key(RATE.exec(l)!) === key(m)) : undefined;
    if (!m || was === undefined) {
      ways.add('narrowed');
      continue;
    }
    paired.add(was);
    const w = RATE.exec(was)!;
    const more = [1, 4].map((i) => Math.sign(Number(m[i]) - Number(w[i])));
    ways.add(more.every((x) => x >= 0) ? 'widened' : more.every((x) => x <= 0) ? 'narrowed' : 'changed');
  }
  for (const l of lost) if (!paired.has(l)) ways.add('widened');
  return ways.size === 1 ? [...ways][0] : 'changed';
}

/**
 * Where a virtual model's routing changed, when its reader located each target (`modelTarget:<i>:<model>`,
 * `modelTargetRoute:<i>:<weight>`, agentgateway-policies.ts `locateTarget`; an LLMInferenceService's router as
 * `endpointTarget…`, kserve-llm-router.ts): the first target or weight that is new, in head (traffic moved between two
 * models: the first weight changed), else the first one gone, in base.
 */
function routeChangeAt(bm: SurfaceModel, hm: SurfaceModel, prefix: string): Position | undefined {
  const keys = (m: SurfaceModel) =>
    Object.keys(m.at ?? {}).filter((k) => k.startsWith(`${prefix}:`) || k.startsWith(`${prefix}Route:`));
  const before = new Set(keys(bm));
  const added = keys(hm).find((k) => !before.has(k));
  if (added !== undefined) return hm.at![added];
  const after = new Set(keys(hm));
  const removed = keys(bm).find((k) => !after.has(k));
  return removed !== undefined ? bm.at![removed] : undefined;
}

/**
 * Where a model's credentials changed, when the reader located each (`at['credential:<text>']`, a workload's or BYO
 * agent's env Secrets, in whichever container): the first one added, at the word that differs from the credential
 * it replaced (`env KEY from Secret <name>/<key>`: the Secret's name or key line); else the first one removed, in base.
 */
function credentialChangeAt(
  bm: SurfaceModel,
  hm: SurfaceModel,
  findValue?: SurfaceDiffOptions['findValue'],
): Position | undefined {
  const before = bm.credentials ?? [];
  const after = hm.credentials ?? [];
  const added = after.find((c) => !before.includes(c));
  if (added === undefined) {
    const removed = before.find((c) => !after.includes(c));
    return removed !== undefined ? bm.at?.[`credential:${removed}`] : undefined;
  }
  const where = hm.at?.[`credential:${added}`];
  if (!where || !findValue) return where;
  const subject = (c: string) => c.split(' from ')[0];
  const replaced = before.find((c) => !after.includes(c) && subject(c) === subject(added));
  const words = (c: string) => c.split(/[ /]/);
  // A credential new altogether (an `envFrom` Secret): the line of its last word, the Secret's name or key.
  const old = replaced !== undefined ? words(replaced) : [];
  const word = replaced !== undefined ? words(added).find((w, i) => w !== old[i]) : words(added).at(-1);
  return (word !== undefined ? findValue(where, word, 'head') : undefined) ?? where;
}

/**
 * Where a prompt change is (kagent prompt sources, src/read/manifests/kagent-prompt.ts): the first new part, at the
 * text that changed when the same source was read before with another hash (a ConfigMap key edited), else at the
 * agent's reference to the source (another ConfigMap or Secret); a source only removed, at the first reference.
 */
function promptWhere(before: string | undefined, hm: SurfaceModel): Position {
  const old = (before ?? '').split('; ');
  const sourceOf = (part: string) => part.replace(/ \((?:sha256 [0-9a-f]+|key not in the (?:ConfigMap|Secret))\)$/, '');
  const added = (hm.prompt ?? '').split('; ').find((p) => !old.includes(p));
  if (added === undefined) return at(hm, 'prompt');
  const source = sourceOf(added);
  return old.some((p) => sourceOf(p) === source)
    ? at(hm, `prompt:${added}`, `prompt-ref:${source}`, 'prompt')
    : at(hm, `prompt-ref:${source}`, 'prompt');
}

/** Certificate verification switched off is a weakening (a man in the middle reads and answers); on again, the reverse. */
const NO_VERIFY = 'certificate verification off';

/** A model whose only change is its TLS settings moved by verification; anything else is another model. */
function trustDirection(before: Record<string, string>, after: Record<string, string>): EventDirection {
  const { tls: bt = '', ...b } = before;
  const { tls: at2 = '', ...a } = after;
  if (!sameData(b, a)) return 'changed';
  return tlsDirection(bt.split(', '), at2.split(', '));
}

function tlsDirection(before: readonly string[], after: readonly string[]): EventDirection {
  const b = before.includes(NO_VERIFY);
  const a = after.includes(NO_VERIFY);
  return a && !b ? 'widened' : b && !a ? 'narrowed' : 'changed';
}

/** A server's TLS settings (kagent RemoteMCPServer `spec.tls`): verification off widens who can answer as the server. */
function diffTls(bs: SurfaceMcpServer, hs: SurfaceMcpServer, subject: string, emit: Emit): void {
  if (sameSet(bs.tls ?? [], hs.tls ?? [])) return;
  emit(
    'tool-surface-modified',
    tlsDirection(bs.tls ?? [], hs.tls ?? []),
    at(hs, 'tls'),
    `${subject}: TLS`,
    sorted(bs.tls ?? []),
    sorted(hs.tls ?? []),
    { ref: hs.ref, aspect: 'tls', tools: sorted(hs.allowedTools ?? (hs.tools ?? []).map((t) => t.name)) },
  );
}

/**
 * Who may reach the agent by prompt: more open is wider. `pairing` (anyone may ask, an operator approves at run time:
 * the list is no longer in the manifests) is wider than an allow-list; `unrestricted` Hermes is as open as `open`.
 */
const ACCESS_RANK: Record<string, number> = { disabled: 0, allowlist: 1, pairing: 2, open: 3, unrestricted: 3 };
const CALLERS_RANK: Record<string, number> = { Same: 0, Selector: 1, All: 2 };

function rankDirection(rank: Record<string, number>, before: string | undefined, after: string | undefined) {
  const b = before === undefined ? -1 : (rank[before] ?? 1);
  const a = after === undefined ? -1 : (rank[after] ?? 1);
  return a > b ? 'widened' : a < b ? 'narrowed' : 'changed';
}

/** The first item of `h` not in `b` (where a grown list is located). */
function firstNewOf(b: readonly string[], h: readonly string[]): string | undefined {
  return h.find((x) => !b.includes(x));
}

/**
 * What a kagent agent's runtime is and loads, apart from its models and tool servers (SandboxAgent, AgentTemplate,
 * AgentHarness `sandbox`; skills, plugins and built-in tools): the runtime (image, Harness, WorkerPool) is the code
 * that runs the agent, a model-version update of the runtime; the Harness type (codex, claude bring their own
 * tools), skills and built-in tools, allowed domains and the runtime's Secrets change the tool surface; channels and
 * `allowedNamespaces` change who may prompt the agent, its autonomy. Scoped by the agent object, whose runtime
 * component `init` writes.
 */
function diffAgentRuntime(base: AgentSurface, head: AgentSurface, emit: Emit): void {
  const { position: _p, ...ref } = head.agent;
  const name = refLabel(ref);
  const bs = base.sandbox ?? {};
  const hs = head.sandbox ?? {};
  const where = (s: Sourced, ...fields: string[]) => {
    for (const f of fields) if (s.at?.[f]) return s.at[f];
    return head.agent.position;
  };
  // The snapshot store is part of what runs the agent: Substrate resumes the actor from the state kept there.
  const runtime = (s: typeof bs) =>
    compact({
      image: s.image,
      harness: s.harness && refLabel(s.harness),
      workerPool: s.workerPool?.name,
      snapshots: s.snapshots,
    });
  const br = runtime(bs);
  const hr = runtime(hs);
  if (!sameData(br, hr)) {
    const field = (['image', 'harness', 'workerPool', 'snapshots'] as const).find((k) => br[k] !== hr[k]);
    emit('model-version-updated', 'changed', where(hs, field ?? 'image', 'image'), `${name}: runtime`, br, hr, {
      ref,
      aspect: 'runtime',
    });
  }
  if ((bs.harnessType ?? '') !== (hs.harnessType ?? '')) {
    // kagent's adapter runs the template's declared tools; Codex and Claude Code bring their own (shell, files, web).
    const native = (t: string | undefined) => t === 'codex' || t === 'claude';
    const direction =
      native(hs.harnessType) && !native(bs.harnessType)
        ? 'widened'
        : native(bs.harnessType) && !native(hs.harnessType)
          ? 'narrowed'
          : 'changed';
    emit(
      'tool-surface-modified',
      direction,
      where(hs, 'harnessType', 'harness'),
      `${name}: harness type`,
      bs.harnessType ?? null,
      hs.harnessType ?? null,
      {
        ref,
        aspect: 'harness',
      },
    );
  }
  // A BYO SandboxAgent's env Secrets are its model's credentials, compared there.
  const modelCreds = (s: AgentSurface) => new Set(s.models.flatMap((m) => m.credentials ?? []));
  const setFacet = (
    before: string[],
    after: string[],
    subject: string,
    aspect: string,
    type: SurfaceEventType,
    position: Position,
    tools?: string[],
  ) => {
    if (sameSet(before, after)) return;
    emit(
      type,
      setDirection(sorted(before), sorted(after)),
      position,
      `${name}: ${subject}`,
      sorted(before),
      sorted(after),
      {
        ref,
        aspect,
        ...(tools ? { tools } : {}),
      },
    );
  };
  const bc = (bs.credentials ?? []).filter((c) => !modelCreds(base).has(c));
  const hc = (hs.credentials ?? []).filter((c) => !modelCreds(head).has(c));
  const newCred = firstNewOf(bc, hc);
  setFacet(
    bc,
    hc,
    'runtime credentials',
    'credentials',
    'tool-surface-modified',
    where(hs, `credential:${newCred}`, 'credentials', 'image'),
  );
  // The agent pod's node directories and sidecars (Agent v1alpha2 deployment): what the agent's pod reaches.
  const newPath = firstNewOf(bs.hostPaths ?? [], hs.hostPaths ?? []);
  setFacet(
    bs.hostPaths ?? [],
    hs.hostPaths ?? [],
    'host paths',
    'host-paths',
    'tool-surface-modified',
    where(hs, `hostPath:${newPath}`, 'hostPaths'),
  );
  const newSidecar = firstNewOf(bs.sidecars ?? [], hs.sidecars ?? []);
  setFacet(
    bs.sidecars ?? [],
    hs.sidecars ?? [],
    'sidecar containers',
    'sidecars',
    'tool-surface-modified',
    where(hs, `sidecar:${newSidecar}`, 'sidecars'),
  );
  setFacet(
    bs.allowedDomains ?? [],
    hs.allowedDomains ?? [],
    'allowed domains',
    'allowed-domains',
    'tool-surface-modified',
    where(hs, 'allowedDomains'),
  );
  const be = base.extensions ?? {};
  const he = head.extensions ?? {};
  const newSkill = firstNewOf(be.skills ?? [], he.skills ?? []);
  setFacet(
    be.skills ?? [],
    he.skills ?? [],
    'skills and plugins',
    'skills',
    'tool-surface-modified',
    where(he, `skill:${newSkill}`, 'skills'),
  );
  setFacet(
    be.builtinTools ?? [],
    he.builtinTools ?? [],
    'built-in tools',
    'builtin-tools',
    'tool-surface-modified',
    where(he, 'builtinTools'),
    symmetricDifference(be.builtinTools ?? [], he.builtinTools ?? []),
  );
  if ((bs.allowedNamespaces ?? 'Same') !== (hs.allowedNamespaces ?? 'Same')) {
    emit(
      'autonomy-tier-changed',
      rankDirection(CALLERS_RANK, bs.allowedNamespaces ?? 'Same', hs.allowedNamespaces ?? 'Same'),
      where(hs, 'allowedNamespaces'),
      `${name}: namespaces that may use it as a tool`,
      bs.allowedNamespaces ?? 'Same',
      hs.allowedNamespaces ?? 'Same',
      { ref, aspect: 'callers' },
    );
  }
  const bch = new Map((bs.channels ?? []).map((c) => [`${c.type} ${c.name}`, c]));
  const hch = new Map((hs.channels ?? []).map((c) => [`${c.type} ${c.name}`, c]));
  const facts = (c: SurfaceChannel) => ({ access: c.access, ...(c.allowed ? { allowed: c.allowed } : {}) });
  for (const key of sorted([...bch.keys(), ...hch.keys()])) {
    const b = bch.get(key);
    const h = hch.get(key);
    if (b && h && b.access === h.access && sameSet(b.allowed ?? [], h.allowed ?? [])) continue;
    let direction: EventDirection = rankDirection(ACCESS_RANK, b?.access, h?.access);
    // Same access, another allow-list: who was added or removed from it.
    if (b && h && b.access === h.access) direction = setDirection(b.allowed ?? [], h.allowed ?? []);
    const position = h
      ? b && b.access === h.access
        ? (h.at?.allowed ?? h.position)
        : (h.at?.access ?? h.position)
      : b!.position;
    emit(
      'autonomy-tier-changed',
      direction,
      position,
      `${name}: channel ${key}: who may prompt`,
      b ? facts(b) : null,
      h ? facts(h) : null,
      {
        ref,
        aspect: 'channels',
      },
    );
  }
}

function memoryFacts(m: SurfaceMemory): Record<string, string> {
  return compact({ engine: m.engine, image: m.image, endpoint: m.endpoint, credentials: m.credentials?.join(', ') });
}

/**
 * The agent's memory and RAG stores: what it reads back into its context and writes to. The event vocabulary has no
 * type of its own for them (DESIGN.md); a store is reached like a tool (kagent's load_memory/save_memory, a
 * retriever), so a store added, removed, moved (engine, image, endpoint) or reached with other Secrets is
 * `tool-surface-modified` with aspect `memory`, scoped to the store: it re-opens the threats of its component.
 */
function diffMemory(base: SurfaceMemory[], head: SurfaceMemory[], emit: Emit): void {
  const b = byKey(base);
  const h = byKey(head);
  for (const [k, m] of h) {
    const bm = b.get(k);
    const after = memoryFacts(m);
    if (!bm) {
      emit('tool-surface-modified', 'widened', m.position, `memory ${refLabel(m.ref)}`, null, after, {
        ref: m.ref,
        aspect: 'memory',
      });
      continue;
    }
    const before = memoryFacts(bm);
    if (sameData(before, after)) continue;
    const field = (['endpoint', 'engine', 'image', 'credentials'] as const).find((f) => before[f] !== after[f])!;
    const onlyCredentials = (['endpoint', 'engine', 'image'] as const).every((f) => before[f] === after[f]);
    const direction = onlyCredentials ? setDirection(bm.credentials ?? [], m.credentials ?? []) : 'changed';
    emit('tool-surface-modified', direction, at(m, field), `memory ${refLabel(m.ref)}: ${field}`, before, after, {
      ref: m.ref,
      aspect: 'memory',
    });
  }
  for (const [k, m] of b) {
    if (h.has(k)) continue;
    emit('tool-surface-modified', 'narrowed', m.position, `memory ${refLabel(m.ref)}`, memoryFacts(m), null, {
      ref: m.ref,
      aspect: 'memory',
    });
  }
}

function diffDelegations(base: SurfaceDelegation[], head: SurfaceDelegation[], emit: Emit): void {
  const b = byKey(base);
  const h = byKey(head);
  for (const [k, d] of h) {
    if (!b.has(k))
      emit('tool-surface-modified', 'widened', d.position, `delegation to ${refLabel(d.ref)}`, null, refLabel(d.ref), {
        ref: d.ref,
        aspect: 'delegation',
      });
  }
  for (const [k, d] of b) {
    if (!h.has(k))
      emit('tool-surface-modified', 'narrowed', d.position, `delegation to ${refLabel(d.ref)}`, refLabel(d.ref), null, {
        ref: d.ref,
        aspect: 'delegation',
      });
  }
  // The credentials sent to the other agent (kagent headersFrom): another Secret is another account handed over.
  for (const [k, hd] of h) {
    const bd = b.get(k);
    if (!bd || sameSet(bd.credentials ?? [], hd.credentials ?? [])) continue;
    const before = sorted(bd.credentials ?? []);
    const after = sorted(hd.credentials ?? []);
    const added = after.find((x) => !before.includes(x));
    emit(
      'tool-surface-modified',
      setDirection(before, after),
      added !== undefined ? at(hd, `credential:${added}`, 'credentials') : at(hd, 'credentials'),
      `delegation to ${refLabel(hd.ref)}: credentials`,
      before,
      after,
      { ref: hd.ref, aspect: 'delegation-credentials' },
    );
  }
  // Where the other agent runs (kagent AgentTemplate `isolation`): Shared puts it inside this agent's runtime boundary.
  for (const [k, hd] of h) {
    const bd = b.get(k);
    if (!bd || (bd.isolation ?? '') === (hd.isolation ?? '')) continue;
    emit(
      'tool-surface-modified',
      hd.isolation === 'Shared' ? 'widened' : bd.isolation === 'Shared' ? 'narrowed' : 'changed',
      at(hd, 'isolation'),
      `delegation to ${refLabel(hd.ref)}: isolation`,
      bd.isolation ?? null,
      hd.isolation ?? null,
      { ref: hd.ref, aspect: 'delegation-isolation' },
    );
  }
}

function diffAutonomy(
  base: AgentSurface | undefined,
  head: AgentSurface | undefined,
  emit: Emit,
  events: SurfaceEvent[],
): void {
  if (!base || !head) return;
  const ba = base.autonomy;
  const ha = head.autonomy;
  // Servers and delegations that came or went have their own events; the tier and the agent-wide approval list,
  // derived from them, must not read the loss of a gated server as approvals dropped (a widening).
  const serverNames = (s: AgentSurface) => new Set(s.mcpServers.map((m) => m.ref.name));
  const bn = serverNames(base);
  const hn = serverNames(head);
  const onBoth = (t: string) => {
    const server = t.slice(0, t.lastIndexOf('/'));
    return bn.has(server) && hn.has(server);
  };
  const joined =
    [...hn].some((n) => !bn.has(n)) ||
    keysOf(head.delegations).some((k) => !base.delegations.some((d) => elementKey(d) === k));
  const left =
    [...bn].some((n) => !hn.has(n)) ||
    keysOf(base.delegations).some((k) => !head.delegations.some((d) => elementKey(d) === k));
  const approvalsMoved = !sameSet(ba.approvalTools.filter(onBoth), ha.approvalTools.filter(onBoth));
  if (ba.tier !== ha.tier) {
    const derived =
      !approvalsMoved && Boolean(ba.codeExecution) === Boolean(ha.codeExecution) && joined !== left
        ? joined
          ? 'widened'
          : 'narrowed'
        : undefined;
    emit(
      'autonomy-tier-changed',
      derived ?? tierDirection(ba.tier, ha.tier),
      ha.position,
      'autonomy tier',
      ba.tier,
      ha.tier,
      { aspect: 'tier' },
    );
  }
  if (Boolean(ba.codeExecution) !== Boolean(ha.codeExecution)) {
    emit(
      'autonomy-tier-changed',
      ha.codeExecution ? 'widened' : 'narrowed',
      ha.position,
      'code execution',
      Boolean(ba.codeExecution),
      Boolean(ha.codeExecution),
      { aspect: 'code-execution' },
    );
  }
  // Approval lists are compared per server above; this catches readers that only fill the agent-wide list.
  const perServer = events.some((e) => e.scope.aspect === 'approval');
  if (!perServer && approvalsMoved) {
    const before = sorted(ba.approvalTools.filter(onBoth));
    const after = sorted(ha.approvalTools.filter(onBoth));
    emit(
      'autonomy-tier-changed',
      inverse(setDirection(before, after)),
      ha.position,
      'tools that wait for approval',
      before,
      after,
      {
        aspect: 'approval',
        tools: symmetricDifference(before, after),
      },
    );
  }
}

function keysOf(items: Array<{ ref: SurfaceRef; target?: string }>): string[] {
  return items.map((i) => elementKey(i));
}

function diffAnnotations(base: AnnotationFacts, head: AnnotationFacts, emit: Emit): void {
  for (const key of sorted([...Object.keys(base), ...Object.keys(head)])) {
    const b = base[key];
    const h = head[key];
    if (b?.value === h?.value) continue;
    emit(
      'autonomy-tier-changed',
      tierDirection(b?.value, h?.value),
      (h ?? b).position,
      `annotation ${key}`,
      b?.value ?? null,
      h?.value ?? null,
      { aspect: 'annotation' },
    );
  }
}

export function permissionTuple(p: DeclaredPermission): PermissionTuple {
  return {
    apiGroup: p.apiGroup,
    resource: p.resource,
    verb: p.verb,
    namespace: p.namespace,
    ...(p.resourceNames && p.resourceNames.length > 0 ? { resourceNames: sorted(p.resourceNames) } : {}),
    ...(p.nonResourceURL ? { nonResourceURL: p.nonResourceURL } : {}),
  };
}

export function permissionLabel(t: PermissionTuple): string {
  if (t.nonResourceURL) return `${t.verb} ${t.nonResourceURL}`;
  const what = `${t.apiGroup ? `${t.apiGroup}/` : ''}${t.resource}${t.resourceNames ? `[${t.resourceNames.join(',')}]` : ''}`;
  return `${t.verb} ${what} in ${t.namespace === '*' ? 'all namespaces' : t.namespace}`;
}

/**
 * Whether grant `wide` allows everything grant `p` does, as the authorizer matches rules (rbac-match.ts): the same
 * or a wider scope, and each of verb, API group, resource, names and URL equal or a wildcard over it.
 */
function subsumes(wide: DeclaredPermission, p: DeclaredPermission): boolean {
  if (wide.namespace !== '*' && wide.namespace !== p.namespace) return false;
  if (!verbMatches([wide.verb], p.verb)) return false;
  if ((wide.nonResourceURL === undefined) !== (p.nonResourceURL === undefined)) return false;
  if (wide.nonResourceURL !== undefined) return nonResourceURLMatches([wide.nonResourceURL], p.nonResourceURL!);
  const slash = p.resource.indexOf('/');
  return (
    apiGroupMatches([wide.apiGroup], p.apiGroup) &&
    resourceMatches([wide.resource], p.resource, slash < 0 ? '' : p.resource.slice(slash + 1)) &&
    (!wide.resourceNames?.length ||
      (!!p.resourceNames?.length && p.resourceNames.every((n) => resourceNameMatches(wide.resourceNames, n))))
  );
}

function tupleKey(t: PermissionTuple): string {
  return JSON.stringify([t.apiGroup, t.resource, t.verb, t.namespace, t.resourceNames ?? [], t.nonResourceURL ?? '']);
}

/**
 * The agent's own identity (its ServiceAccount, cloud role and RBAC), then each tool server identity it reaches
 * through tool calls (toolIdentities): a grant or cloud role gained or lost by any of them is reachable capability.
 */
function diffPermissions(
  base: AgentSurface | undefined,
  head: AgentSurface | undefined,
  emit: Emit,
  findValue?: SurfaceDiffOptions['findValue'],
): void {
  if (base && head && (base.identity ?? '') !== (head.identity ?? '')) {
    emit(
      'permissions-changed',
      'changed',
      head.serviceAccount?.position ?? head.agent.position,
      `identity of ${agentName(head)}`,
      base.identity ?? null,
      head.identity ?? null,
      { ...(head.identity !== undefined ? { identity: head.identity } : {}), aspect: 'identity' },
    );
  }
  const own = head?.identity ?? base?.identity;
  if (own !== undefined) {
    diffCloudRole(own, base?.serviceAccount, head?.serviceAccount, emit);
    // After a swap of ServiceAccount the grants lost were the old account's: said under its name.
    diffGrants(own, base?.permissions ?? [], head?.permissions ?? [], emit, findValue, base?.identity ?? own);
  }
  const bt = new Map((base?.toolIdentities ?? []).map((t) => [t.identity, t]));
  const ht = new Map((head?.toolIdentities ?? []).map((t) => [t.identity, t]));
  for (const id of sorted([...bt.keys(), ...ht.keys()])) {
    if (id === own) continue;
    diffCloudRole(id, bt.get(id)?.serviceAccount, ht.get(id)?.serviceAccount, emit);
    diffGrants(id, bt.get(id)?.permissions ?? [], ht.get(id)?.permissions ?? [], emit, findValue);
  }
}

/** A workload-identity annotation (IRSA role, GKE service account, Azure client id) added, removed or changed. */
function diffCloudRole(
  identity: string,
  base: SurfaceServiceAccount | undefined,
  head: SurfaceServiceAccount | undefined,
  emit: Emit,
): void {
  const before = base?.cloudIdentity;
  const after = head?.cloudIdentity;
  if ((before ?? '') === (after ?? '')) return;
  const where = after !== undefined ? at(head!, 'cloudIdentity') : at(base!, 'cloudIdentity');
  const direction = before === undefined ? 'widened' : after === undefined ? 'narrowed' : 'changed';
  emit('permissions-changed', direction, where, `${identity}: cloud role`, before ?? null, after ?? null, {
    identity,
    aspect: 'cloud-role',
  });
}

function diffGrants(
  id: string,
  basePerms: DeclaredPermission[],
  headPerms: DeclaredPermission[],
  emit: Emit,
  findValue?: SurfaceDiffOptions['findValue'],
  baseId = id,
): void {
  type Held = { tuple: PermissionTuple; position: Position; perm: DeclaredPermission };
  const index = (perms: DeclaredPermission[]) => {
    const m = new Map<string, Held>();
    for (const p of perms) {
      const tuple = permissionTuple(p);
      const k = tupleKey(tuple);
      if (!m.has(k)) m.set(k, { tuple, position: p.position, perm: p });
    }
    return m;
  };
  const b = index(basePerms);
  const h = index(headPerms);
  // Which roles each binding granted this identity in a state: a grant whose binding did not grant it anything
  // before (a new binding, or a new subject) is reported at the subject; one whose binding now names another role,
  // at the roleRef; otherwise the role's rules changed, and it is reported at the rule.
  const rolesByBinding = (perms: DeclaredPermission[]) => {
    const m = new Map<string, Set<string>>();
    for (const p of perms) {
      const k = refKey(p.binding);
      m.set(k, (m.get(k) ?? new Set()).add(refKey(p.role)));
    }
    return m;
  };
  const rolesOf = { base: rolesByBinding(basePerms), head: rolesByBinding(headPerms) };
  const site = (p: DeclaredPermission, other: Map<string, Set<string>>): { position: Position; rule: boolean } => {
    // A built-in role's rules are not in the repository: its grant is already at the binding's roleRef.
    if (p.builtinRole || !p.bindingAt) return { position: p.position, rule: !p.builtinRole };
    const roles = other.get(refKey(p.binding));
    if (!roles) return { position: p.bindingAt.subject, rule: false };
    if (!roles.has(refKey(p.role))) return { position: p.bindingAt.roleRef, rule: false };
    return { position: p.position, rule: true };
  };
  // One event per changed node: the Role/ClusterRole rule that grants (head) or granted (base) the tuples, or the
  // binding that brings them in or took them away. A built-in ClusterRole's grant is one event at the roleRef.
  const group = (
    from: Map<string, Held>,
    other: Map<string, unknown>,
    otherRoles: Map<string, Set<string>>,
    otherPerms: readonly DeclaredPermission[],
  ) => {
    const groups = new Map<
      string,
      { position: Position; rule: boolean; tuples: PermissionTuple[]; perms: DeclaredPermission[] }
    >();
    for (const [k, v] of from) {
      // Held in the other state too, as written or through a wider grant of the same binding (`get pods` under
      // `* pods`): rewriting explicit verbs as a wildcard takes nothing away, and spelling a wildcard out adds
      // nothing. A grant another binding also covers is still said: that binding may go on its own.
      const binding = refKey(v.perm.binding);
      if (other.has(k) || otherPerms.some((o) => refKey(o.binding) === binding && subsumes(o, v.perm))) continue;
      const where = site(v.perm, otherRoles);
      const gk = `${where.position.file}:${where.position.line}`;
      const g = groups.get(gk) ?? { ...where, tuples: [], perms: [] };
      g.tuples.push(v.tuple);
      g.perms.push(v.perm);
      groups.set(gk, g);
    }
    return [...groups.values()];
  };
  // Inside the rule, point at what is new: the verb when the other state already had that resource, the
  // resource when it already had that verb on it; a wholly new (or removed) rule stays at the rule.
  const pinpoint = (
    g: { position: Position; rule: boolean; tuples: PermissionTuple[] },
    other: Map<string, { tuple: PermissionTuple }>,
    state: 'base' | 'head',
  ) => {
    if (!findValue || !g.rule) return g.position;
    const t = g.tuples[0];
    const others = [...other.values()].map((o) => o.tuple);
    const same = (o: PermissionTuple, ...keys: Array<keyof PermissionTuple>) => keys.every((k) => o[k] === t[k]);
    const value = others.some((o) => same(o, 'apiGroup', 'resource', 'namespace'))
      ? t.verb
      : others.some((o) => same(o, 'apiGroup', 'verb', 'namespace'))
        ? t.resource
        : undefined;
    return (value && value !== '*' ? findValue(g.position, value, state) : undefined) ?? g.position;
  };
  for (const g of group(h, b, rolesOf.base, basePerms)) {
    const { words, scope } = grantFacts(g.perms);
    emit(
      'permissions-changed',
      'widened',
      pinpoint(g, b, 'head'),
      `${id}: ${g.tuples.length} permission${g.tuples.length === 1 ? '' : 's'} added${words}`,
      null,
      g.tuples.map(permissionLabel),
      { identity: id, added: g.tuples, removed: [], ...scope },
    );
  }
  for (const g of group(b, h, rolesOf.head, headPerms)) {
    const { words, scope } = grantFacts(g.perms);
    emit(
      'permissions-changed',
      'narrowed',
      pinpoint(g, h, 'base'),
      `${baseId}: ${g.tuples.length} permission${g.tuples.length === 1 ? '' : 's'} removed${words}`,
      g.tuples.map(permissionLabel),
      null,
      { identity: baseId, added: [], removed: g.tuples, ...scope },
    );
  }
}

/**
 * What a reviewer must not miss in a group of granted rules: the built-in ClusterRole that grants them (its
 * rules are not in the diff) and wildcard grants (`*` verbs, resources, groups or URLs: everything, including
 * resources added to the cluster later).
 */
function grantFacts(perms: DeclaredPermission[]): { words: string; scope: Partial<SurfaceEvent['scope']> } {
  const roles = sorted(perms.filter((p) => p.builtinRole).map((p) => p.role.name));
  const wild = perms.filter((p) => p.wildcard).map((p) => permissionLabel(permissionTuple(p)));
  const words =
    (roles.length > 0 ? ` through the built-in ClusterRole ${roles.join(', ')}` : '') +
    (wild.length > 0 ? `, including wildcard grant${wild.length === 1 ? '' : 's'} (${wild.join('; ')})` : '');
  return {
    words,
    scope: {
      ...(roles.length > 0 ? { builtinRoles: roles } : {}),
      ...(wild.length > 0 ? { wildcard: true } : {}),
    },
  };
}

// --- small pure helpers ----------------------------------------------------------------------------------

const TIER_RANK: Record<string, number> = { manual: 0, approval: 1, autonomous: 2 };

/** A higher autonomy tier widens what the agent does alone; values that are not tiers have no order. */
function tierDirection(before: string | undefined, after: string | undefined): EventDirection {
  const b = before === undefined ? undefined : TIER_RANK[before];
  const a = after === undefined ? undefined : TIER_RANK[after];
  if (b === undefined || a === undefined || a === b) return 'changed';
  return a > b ? 'widened' : 'narrowed';
}

/** ToolHive's built-in profiles are ordered (`none` allows nothing, `network` outbound traffic); others are not. */
const PROFILE_RANK: Record<string, number> = { 'builtin:none': 0, 'builtin:network': 1 };

/** ToolHive's SSRF guard turned off (toolhive-auth.ts): the remote server may now be any private address. */
const GUARD_OFF = 'network:private-endpoints';

function profileDirection(before: string | undefined, after: string | undefined): EventDirection {
  if (before === undefined && after === GUARD_OFF) return 'widened';
  if (before === GUARD_OFF && after === undefined) return 'narrowed';
  const b = before === undefined ? undefined : PROFILE_RANK[before];
  const a = after === undefined ? undefined : PROFILE_RANK[after];
  if (b === undefined || a === undefined || a === b) return 'changed';
  return a > b ? 'widened' : 'narrowed';
}

function compact(o: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
}

function sorted(a: readonly string[]): string[] {
  return [...new Set(a)].sort();
}

function sameSet(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const sa = sorted(a);
  const sb = sorted(b);
  return sa.length === sb.length && sa.every((x, i) => x === sb[i]);
}

function symmetricDifference(a: readonly string[], b: readonly string[]): string[] {
  const sa = new Set(a);
  const sb = new Set(b);
  return sorted([...a.filter((x) => !sb.has(x)), ...b.filter((x) => !sa.has(x))]);
}

function sameData(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}

/** components[].tools[].sha256 of the mcp-tool component whose trustSource is the server. */
export function pinnedHashes(data: ThreatCatalog): (server: SurfaceRef, tool: string) => string | undefined {
  return (server, tool) => {
    const c = data.components.find(
      (x) =>
        x.tools &&
        x.trustSource.kind === server.kind &&
        x.trustSource.name === server.name &&
        (!x.trustSource.namespace || !server.namespace || x.trustSource.namespace === server.namespace),
    );
    return c?.tools?.find((t) => t.name === tool)?.sha256;
  };
}
