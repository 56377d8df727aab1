import { createHash } from 'node:crypto';
import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceMcpServer, SurfaceModel } from '../../model/surface.js';
import { addGuardrails } from './agentgateway-config-policies.js';
import type { ReadContext } from './kagent.js';
import { crdRegexRules, type GuardFormat, promptGuardChecks } from './prompt-guards.js';

/**
 * The policies that change what the agent reaches through agentgateway: which MCP tools may be called
 * (`mcp.authorization`, CEL rules evaluated on each tool call and on `list_tools`), which credentials the gateway adds
 * to requests to the backend (`auth`), which model a request really gets (`ai.overrides` and `ai.transformations`
 * that set `model`, `ai.modelAliases`) and what the gateway writes into every prompt (`ai.prompt`). Field names as
 * in agentgateway's API types (controller/api/v1alpha1/agentgateway: agentgateway_backend_types.go
 * `Policies *BackendFull`, target `static.policies` BackendSimple; agentgateway_policy_types.go BackendMCP,
 * BackendAuth, BackendAI; rbac.go Authorization; ai_policy.go FieldDefault, AIPromptEnrichment) at agentgateway
 * 75b4e6ce6e0e.
 *
 * A backend's policies come in blocks, most precise first: a target's or provider's own `policies`, the backend's
 * `spec.policies`, then the `spec.backend` of AgentgatewayPolicy objects attached to it (agentgateway-policy-kind.ts).
 * The gateway merges them as crates/agentgateway/src/store/binds.rs `internal_backend_policies` does at that commit:
 * `auth` from the first block that sets it; the AI fields (overrides, transformations, modelAliases, prompt) each
 * from the first block that sets that field (`merge_llm_policies`); MCP authorization rules from every block
 * together ("Authorization composes to avoid erasing a broader deny").
 */
export interface PolicyBlock {
  o: ManifestObject;
  /** The node holding the policy fields (`auth`, `ai`, `mcp`): `spec.policies`, `spec.backend`… */
  path: NodePath;
}

const AUTH_KINDS = ['aws', 'azure', 'gcp', 'oauthTokenExchange', 'crossAppAccess'] as const;

/** Anything with credentials located field by field (an MCP server, a model). */
type WithCredentials = { credentials?: string[]; at?: Record<string, Position> };

/** Credentials the gateway adds to a backend request, from the first block that sets `auth`. */
export function addGatewayAuth(blocks: readonly PolicyBlock[], s: WithCredentials, ctx: ReadContext): void {
  const f = ctx.fields;
  const b = blocks.find(({ o, path }) => f.raw(o, [...path, 'auth']) !== undefined);
  if (!b) return;
  const { o } = b;
  const A = [...b.path, 'auth'];
  const found: Array<[string, Position]> = [];
  const secret = f.str(o, [...A, 'secretRef', 'name']);
  if (secret !== undefined) {
    const key = f.str(o, [...A, 'secretRef', 'key']) ?? 'Authorization';
    found.push([`header Authorization from Secret ${secret}/${key}`, o.locate([...A, 'secretRef'])]);
  }
  if (f.raw(o, [...A, 'key']) !== undefined) {
    found.push(['header Authorization written in the file', o.locate([...A, 'key'])]);
  }
  if (f.raw(o, [...A, 'passthrough']) !== undefined) {
    found.push(['header Authorization forwarded from the caller', o.locate([...A, 'passthrough'])]);
  }
  for (const k of AUTH_KINDS) {
    if (f.raw(o, [...A, k]) !== undefined) found.push([`${k} credentials from the gateway`, o.locate([...A, k])]);
  }
  if (found.length === 0) return;
  s.at ??= {};
  s.at.credentials = o.locate(A);
  for (const [text, pos] of found) s.at[`credential:${text}`] ??= pos;
  s.credentials = [...new Set([...(s.credentials ?? []), ...found.map(([t]) => t)])].sort();
}

/** One authorization rule as written, with where it is. */
export interface AuthorizationRule {
  action: string;
  exprs: string[];
  at: Position;
  exprsAt: Position;
  /** Written on a route or gateway (`traffic.authorization`): it decides which HTTP requests pass, not tools. */
  traffic?: boolean;
  /**
   * A check of its own, which a request must pass as well as the route's (agentgateway config): `Gateway` before a
   * route is chosen (a gateway's own policies, one attached with `phase: gateway`), `Model` once the model is chosen
   * (`llm.models[].authorization`).
   */
  check?: 'Gateway' | 'Model';
}

/** The `mcp.authorization` rule of each block that has one. */
export function mcpRules(blocks: readonly PolicyBlock[], ctx: ReadContext): AuthorizationRule[] {
  return blocks.flatMap(({ o, path }) => crdRule(o, [...path, 'mcp', 'authorization'], ctx));
}

/** One CRD `Authorization {action, policy: {matchExpressions}}` (rbac.go), all its expressions one rule; none if unset. */
export function crdRule(o: ManifestObject, A: NodePath, ctx: ReadContext): AuthorizationRule[] {
  const f = ctx.fields;
  if (f.raw(o, A) === undefined) return [];
  return [
    {
      action: f.str(o, [...A, 'action']) ?? 'Allow',
      exprs: f.strings(o, [...A, 'policy', 'matchExpressions']) ?? [],
      at: o.locate(A),
      exprsAt: o.locate([...A, 'policy', 'matchExpressions']),
    },
  ];
}

/**
 * The MCP authorization rules that apply to a target (all of them: they compose), each as
 * `<Action>: <expression> && …` (`HTTP <Action>: …` for a route's traffic rule), and the tools they leave callable
 * when they name them. agentgateway allows a call when no Deny rule matches, every Require rule matches, and, when
 * there are Allow rules, one of them matches (crates/agentgateway/src/http/authorization.rs `RuleSets::validate`). A
 * rule names tools when one of its expressions is only `mcp.tool.name == "x"` alternatives (or
 * `mcp.tool.name in [...]`): the tools callable are then the union over the Allow rules (if every one names tools),
 * cut down by each Require rule that names tools. A rule keyed on anything else (the caller's JWT, arguments) is
 * recorded, not turned into a tool list.
 */
export function applyAuthorizationRules(rules: readonly AuthorizationRule[], s: SurfaceMcpServer): void {
  if (rules.length === 0) return;
  s.authorization = rules.map(
    (r) => `${r.check ? `${r.check} ` : ''}${r.traffic ? 'HTTP ' : ''}${r.action}: ${r.exprs.join(' && ')}`,
  );
  s.at ??= {};
  s.at.authorization = rules[0].at;
  // Each rule where it is written, so that a rule added or dropped is reported at its own line.
  s.authorization.forEach((text, i) => {
    s.at![`authorizationRule:${text}`] ??= rules[i].at;
  });
  const toolRules = rules.filter((r) => !r.traffic);
  let allowed: Set<string> | undefined;
  let allowedAt: Position | undefined;
  const allows = toolRules.filter((r) => r.action === 'Allow');
  const named = allows.map((r) => namedTools(r.exprs));
  if (allows.length > 0 && named.every((n) => n !== undefined)) {
    allowed = new Set(named.flatMap((n) => n!));
    allowedAt = allows[0].exprsAt;
  }
  for (const r of toolRules.filter((x) => x.action === 'Require')) {
    const n = namedTools(r.exprs);
    if (!n) continue;
    allowed = allowed ? new Set([...allowed].filter((t) => n.includes(t))) : new Set(n);
    allowedAt ??= r.exprsAt;
  }
  if (allowed) {
    s.allowedTools = [...allowed];
    s.at.allowedTools = allowedAt!;
  }
}

/** The tools a rule's expressions (all must hold) let through, when one or more of them names tools. */
function namedTools(exprs: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  // `a && b` in one expression is two conditions that must both hold, as two expressions are (without parentheses
  // or `||`, which would change the grouping).
  const parts = exprs.flatMap((e) => (/[()|]/.test(e) ? [e] : e.split('&&')));
  for (const e of parts) {
    const names = toolNamesOnly(e);
    if (names) out = out ? out.filter((t) => names.includes(t)) : [...new Set(names)];
  }
  return out;
}

const TOOL_EQ = /^\s*mcp\.tool\.name\s*==\s*(?:"([^"\\]*)"|'([^'\\]*)')\s*$/;
const TOOL_IN = /^\s*mcp\.tool\.name\s+in\s+\[([^\]]*)\]\s*$/;
const QUOTED = /^\s*(?:"([^"\\]*)"|'([^'\\]*)')\s*$/;

/** The tool names an expression made only of tool-name tests allows, else undefined. */
function toolNamesOnly(expr: string): string[] | undefined {
  const inList = TOOL_IN.exec(expr);
  if (inList) {
    const items = inList[1].split(',').filter((x) => x.trim() !== '');
    const names = items.map((x) => QUOTED.exec(x)).map((m) => (m ? (m[1] ?? m[2]) : undefined));
    return names.every((n): n is string => n !== undefined) ? names : undefined;
  }
  const names: string[] = [];
  for (const part of expr.split('||')) {
    const m = TOOL_EQ.exec(part);
    if (!m) return undefined;
    names.push(m[1] ?? m[2]);
  }
  return names.length > 0 ? names : undefined;
}

/** The first block that sets the AI field `key` (the gateway takes each AI field whole from the most precise block). */
function firstAi(blocks: readonly PolicyBlock[], key: string, ctx: ReadContext): PolicyBlock | undefined {
  return blocks.find(({ o, path }) => ctx.fields.raw(o, [...path, 'ai', key]) !== undefined);
}

/**
 * What the gateway does to the model and the prompt of every request to this provider:
 * - the model a request really gets: an `ai.overrides` entry for `model` replaces what the client asked for, a CEL
 *   `transformations` entry computes it; else `ai.modelAliases` (requested name → model) decide it when the provider
 *   names no model of its own;
 * - `ai.prompt.prepend` / `append`: messages added to every request (a system prompt the agent does not see), as
 *   `<prepend|append> <role>: <content>` each (content cut at 80 characters, with the hash of the whole).
 */
export function applyAiPolicies(blocks: readonly PolicyBlock[], m: SurfaceModel, ctx: ReadContext): void {
  const f = ctx.fields;
  m.at ??= {};
  let decided = false;
  for (const [key, value] of [
    ['transformations', 'expression'],
    ['overrides', 'value'],
  ] as const) {
    const b = firstAi(blocks, key, ctx);
    if (!b) continue;
    const L = [...b.path, 'ai', key];
    const i = (f.list(b.o, L) ?? []).findIndex((x) => (x as { field?: unknown } | null)?.field === 'model');
    if (i < 0) continue;
    const v = f.raw(b.o, [...L, i, value]);
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    m.model = key === 'overrides' ? text : `computed by CEL: ${text}`;
    m.at.model = b.o.locate([...L, i]);
    decided = true;
    break;
  }
  const aliases = firstAi(blocks, 'modelAliases', ctx);
  if (!decided && aliases && m.model === undefined) {
    const A = [...aliases.path, 'ai', 'modelAliases'];
    const map = f.map(aliases.o, A) ?? {};
    const pairs = Object.keys(map)
      .sort()
      .map((k) => `${k}=${f.str(aliases.o, [...A, k]) ?? '?'}`);
    if (pairs.length > 0) {
      m.model = `aliases ${pairs.join(', ')}`;
      m.at.model = aliases.o.locate(A);
    }
  }
  const guard = firstAi(blocks, 'promptGuard', ctx);
  if (guard) addGuardrails(m, crdPromptGuards(guard.o, [...guard.path, 'ai', 'promptGuard'], ctx));
  const prompt = firstAi(blocks, 'prompt', ctx);
  if (prompt) {
    const P = [...prompt.path, 'ai', 'prompt'];
    const parts: string[] = [];
    for (const side of ['prepend', 'append']) {
      (f.list(prompt.o, [...P, side]) ?? []).forEach((_, i) => {
        const role = f.str(prompt.o, [...P, side, i, 'role']) ?? '?';
        const content = f.str(prompt.o, [...P, side, i, 'content']) ?? '';
        parts.push(`${side} ${role}: ${summary(content)}`);
      });
    }
    if (parts.length > 0) {
      m.prompt = parts.join('; ');
      m.at.prompt = prompt.o.locate(P);
    }
  }
}

/** A prompt as shown in an event: its start, and the hash of the whole text so that any edit shows. */
export function summary(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return `${JSON.stringify(flat.length > 80 ? `${flat.slice(0, 80)}…` : flat)} (sha256 ${hash})`;
}

/** The field of a virtual model's target that decides how much traffic it gets: weight, priority or condition. */
export const ROUTE_FIELD = { weighted: 'weight', failover: 'priority', conditional: 'when' } as const;

/**
 * Locates the i-th target of a virtual model (AgentgatewayModel `spec.virtualModel`, config `llm.virtualModels[]`):
 * `modelTarget:<i>:<model>` at its model, `modelTargetRoute:<i>:<weight|priority|when>` at the field that routes to
 * it, so that traffic moved from one model to another is reported at the weight that changed (surface-diff.ts).
 */
export function locateTarget(
  at: Record<string, Position>,
  i: number,
  model: string,
  modelAt: Position,
  route: string | undefined,
  routeAt: Position,
): void {
  at[`modelTarget:${i}:${model}`] = modelAt;
  if (route !== undefined) at[`modelTargetRoute:${i}:${route}`] = routeAt;
}

/**
 * A CRD `promptGuard` (ai_policy.go `AIPromptGuard {request[], response[]}`, each `PromptguardRequest` /
 * `PromptguardResponse` one of `regex {matches[], builtins[], action}`, `webhook {backendRef}`, `openAIModeration
 * {model}`, `bedrockGuardrails {identifier, version, region}`, `googleModelArmor {projectId, templateId}` at
 * 75b4e6ce6e0e).
 */
export const CRD_GUARDS: GuardFormat = {
  kinds: ['regex', 'webhook', 'openAIModeration', 'bedrockGuardrails', 'googleModelArmor'],
  entries: 'list',
  missing: (o, side) => `${o.kind} ${o.name}: a ${side} prompt guard needs one of ${CRD_GUARDS.kinds.join(', ')}`,
  regex: (o, K, ctx) => ({ action: ctx.fields.str(o, [...K, 'action']) ?? 'Mask', rules: crdRegexRules(o, K, ctx) }),
  other(o, K, kind, ctx) {
    const s = (...p: NodePath) => ctx.fields.str(o, [...K, ...p]);
    const what =
      kind === 'webhook'
        ? (s('backendRef', 'name') ?? '?')
        : kind === 'openAIModeration'
          ? (s('model') ?? 'omni-moderation-latest')
          : kind === 'bedrockGuardrails'
            ? `${s('identifier') ?? '?'}@${s('version') ?? '?'} ${s('region') ?? ''}`.trimEnd()
            : `${s('projectId') ?? '?'}/${s('templateId') ?? '?'}`;
    return [kind, what];
  },
};

/** One fact per check of a CRD `promptGuard`, as for the config file. */
export function crdPromptGuards(o: ManifestObject, G: NodePath, ctx: ReadContext): Array<[string, Position]> {
  return promptGuardChecks(o, G, CRD_GUARDS, ctx);
}
