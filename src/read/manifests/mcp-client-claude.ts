import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { FieldReader } from './fields.js';
import type { ReadContext } from './kagent.js';
import { MCP_CLIENT_CONFIG } from './manifest-file.js';
import { type Approvals, approve, emptyApprovals } from './mcp-client-approvals.js';

/**
 * Claude Code's project settings, `.claude/settings.json` and `.claude/settings.local.json` (when committed), as
 * they govern the servers of the same project's `.mcp.json` (the folder that holds `.claude/`). Facts are from
 * Claude Code's settings and permissions documentation as mirrored in public repositories and pages (secondary:
 * Claude Code is closed source, nothing here was read in its code):
 *
 * - `permissions.allow`, `.ask`, `.deny`: rules; an MCP rule is `mcp__<server>` or `mcp__<server>__*` (every tool
 *   of the server) or `mcp__<server>__<tool>`, where `<server>` is the server's name with characters other than
 *   letters, digits, `_` and `-` written as `_`. An allowed tool runs without asking; `ask` and `deny` win over
 *   `allow`. A denied tool is never approved, and is one of the server's `deniedTools` (the agent may not call it).
 * - `permissions.defaultMode: bypassPermissions`: nothing asks, so every tool of every server runs without asking;
 *   `auto`: a classifier model reviews each action instead of a person (code.claude.com/docs/en/permission-modes), so
 *   no person is asked either. `ask` rules still ask in both (and `deny` rules forbid): a tool an `ask` rule names is
 *   an exception to the server's `*` (`autoApprovedExcept`). `acceptEdits` (file edits), `plan` and `default` (alias
 *   `manual`) approve no MCP tool.
 * - `permissions.defaultMode: dontAsk`: no person is asked, and what would have asked is refused: a tool no `allow`
 *   rule names is denied (the docs' "auto-denies tools unless pre-approved via /permissions or permissions.allow
 *   rules"), and so is one an `ask` rule names. A server no allow rule names is denied whole (`deniedTools: ['*']`),
 *   one whose allow rules name some of its tools may call only those (`allowedTools`), each located at `defaultMode`.
 *   Not verifiable in anthropics/claude-code @5cfc0a1905ce (its CHANGELOG never names the mode); third-party pages
 *   disagree (some call it "allow everything"), so the effect of each mode is one table, MODE_EFFECT, to change in
 *   one place if Claude Code's own words ever say otherwise.
 * - `disabledMcpjsonServers: [name…]`: the user rejected these servers: they do not start, so they are no
 *   connection. `enabledMcpjsonServers` and `enableAllProjectMcpServers` approve servers without the prompt Claude
 *   Code shows otherwise; a server neither approved nor rejected is still counted as a connection (one click away),
 *   so these two only are checked for their type. A server in both lists is rejected.
 *
 * Arrays of both files add up; `settings.local.json` overrides `defaultMode`.
 */

/** What Claude Code's settings decide for the servers of one `.mcp.json`. */
export interface ClaudeCodeGovernance {
  /** Rejected in `disabledMcpjsonServers`: not started. */
  rejected(name: string): boolean;
  /** The server's tools that run without asking (empty when none). */
  approvals(name: string): Approvals;
  /** The server's tools a `permissions.deny` rule forbids (`*` = every tool), each at its rule; under `dontAsk`, also
   * those an `ask` rule names, and every tool (`*`, at `defaultMode`) when no allow rule names the server. */
  denials(name: string): Approvals;
  /** Under `dontAsk`, when allow rules name some tools of the server and not all: the only tools it may call. */
  allowed(name: string): { tools: string[]; at: Position } | undefined;
  /** Where the mode that decides the server's allow- and deny-list is set (`permissions.defaultMode`), if anywhere. */
  modeAt?: Position;
}

/** The settings of the project whose `.mcp.json` this is, or undefined for any other file. */
export function claudeCodeGovernance(mcpJson: ManifestObject, ctx: ReadContext): ClaudeCodeGovernance | undefined {
  const file = mcpJson.position.file.replace(/\\/g, '/');
  const m = /(^|\/)\.mcp\.json$/i.exec(file);
  if (!m) return undefined;
  const root = file.slice(0, m.index + m[1].length);
  const settings = ctx.index
    .ofKind(MCP_CLIENT_CONFIG.kind)
    .filter((o) => o.apiVersion === MCP_CLIENT_CONFIG.apiVersion && isSettingsOf(o.position.file, root))
    // settings.json first, so settings.local.json's defaultMode wins.
    .sort((a, b) => Number(/\.local\.json$/i.test(a.position.file)) - Number(/\.local\.json$/i.test(b.position.file)));
  if (settings.length === 0) return undefined;
  const f = ctx.fields;
  const rejected = new Set<string>();
  for (const s of settings) for (const n of f.strings(s, ['disabledMcpjsonServers']) ?? []) rejected.add(n);
  // The last file that sets defaultMode decides it (settings.local.json); the mode approves every tool when no
  // person is asked in it, located at its line.
  let everyTool: Position | undefined;
  let modeAt: [string, Position] | undefined;
  let refusesUnapproved = false;
  for (const s of settings) {
    const mode = f.str(s, ['permissions', 'defaultMode']);
    if (mode === undefined) continue;
    modeAt = [`${s.position.file}#permissions.defaultMode`, s.locate(['permissions', 'defaultMode'])];
    everyTool = MODE_EFFECT[mode] === 'approve-all' ? modeAt[1] : undefined;
    refusesUnapproved = MODE_EFFECT[mode] === 'deny-unapproved';
  }
  /** Each tool of the server an `ask` (or also `deny`) rule names, at its first rule. */
  const rulesFor = (name: string, kinds: readonly string[]): Map<string, Position> => {
    const server = normalisedName(name);
    const out = new Map<string, Position>();
    for (const s of settings)
      for (const kind of kinds)
        (f.strings(s, ['permissions', kind]) ?? []).forEach((rule, i) => {
          const r = mcpRule(rule);
          if (r?.server === server && !out.has(r.tool)) out.set(r.tool, s.locate(['permissions', kind, i]));
        });
    return out;
  };
  /** The tools allow rules name for the server, less those an ask or deny rule holds back (`*` = every tool). */
  const allowRules = (name: string): Map<string, Position> => {
    const held = rulesFor(name, ['ask', 'deny']);
    const all = rulesFor(name, ['allow']);
    return new Map([...all].filter(([t]) => !held.has(t)));
  };
  return {
    rejected: (name) => rejected.has(name),
    modeAt: modeAt?.[1],
    denials: (name) => {
      const out = emptyApprovals();
      for (const [tool, where] of rulesFor(name, refusesUnapproved ? ['deny', 'ask'] : ['deny']))
        approve(out, tool, where);
      // dontAsk: what no allow rule names would have asked, so it is refused.
      if (refusesUnapproved && modeAt && allowRules(name).size === 0) approve(out, '*', modeAt[1]);
      return out;
    },
    allowed: (name) => {
      if (!refusesUnapproved || !modeAt) return undefined;
      const tools = [...allowRules(name).keys()];
      if (tools.length === 0 || tools.includes('*')) return undefined;
      return { tools: tools.sort(), at: modeAt[1] };
    },
    approvals: (name) => {
      const held = rulesFor(name, ['ask', 'deny']);
      const out = emptyApprovals();
      // Where a tool stops being approved: the rule that asks for it or forbids it (the diff locates a narrowing there).
      out.withheld = Object.fromEntries(held);
      if (modeAt) out.settings = { [modeAt[0]]: modeAt[1] };
      if (held.has('*')) return out;
      if (everyTool && modeAt) {
        approve(out, '*', everyTool);
        out.conditions = { [modeAt[0]]: everyTool };
        // `ask` rules still ask when no person would be asked otherwise; `deny` rules are the server's deniedTools.
        out.asked = Object.fromEntries([...rulesFor(name, ['ask'])].filter(([t]) => t !== '*'));
        return out;
      }
      const server = normalisedName(name);
      for (const s of settings) {
        (f.strings(s, ['permissions', 'allow']) ?? []).forEach((rule, i) => {
          const r = mcpRule(rule);
          if (r?.server === server && !held.has(r.tool)) approve(out, r.tool, s.locate(['permissions', 'allow', i]));
        });
      }
      if (out.tools.includes('*')) out.asked = Object.fromEntries([...rulesFor(name, ['ask'])]);
      return out;
    },
  };
}

/**
 * What each `permissions.defaultMode` does to MCP tool calls: `approve-all` (no person is asked: `bypassPermissions`,
 * and `auto`, where a classifier reviews each call instead), `deny-unapproved` (nobody is asked and what would ask is
 * refused: `dontAsk`); any other mode (`default`/`manual`, `acceptEdits`, `plan`) asks before each MCP tool call.
 */
const MODE_EFFECT: Record<string, 'approve-all' | 'deny-unapproved'> = {
  bypassPermissions: 'approve-all',
  auto: 'approve-all',
  dontAsk: 'deny-unapproved',
};

/** Reads a settings file's MCP keys for their types alone, so a malformed one is reported even without `.mcp.json`. */
export function checkClaudeCodeSettings(o: ManifestObject, f: FieldReader): void {
  f.map(o, ['permissions']);
  for (const kind of ['allow', 'ask', 'deny']) f.strings(o, ['permissions', kind]);
  f.str(o, ['permissions', 'defaultMode']);
  f.bool(o, ['enableAllProjectMcpServers']);
  f.strings(o, ['enabledMcpjsonServers']);
  f.strings(o, ['disabledMcpjsonServers']);
}

/** `<root>.claude/settings.json` or `<root>.claude/settings.local.json`, where root is '' or ends with '/'. */
function isSettingsOf(file: string, root: string): boolean {
  const path = file.replace(/\\/g, '/');
  return path.startsWith(root) && /^\.claude\/settings(\.local)?\.json$/i.test(path.slice(root.length));
}

/** `mcp__github`, `mcp__github__*` → every tool; `mcp__github__get_issue` → that tool. Other rules: undefined. */
export function mcpRule(rule: string): { server: string; tool: string } | undefined {
  const m = /^mcp__(.+?)(?:__(.+))?$/s.exec(rule.trim());
  if (!m) return undefined;
  return { server: m[1], tool: m[2] === undefined || m[2] === '*' ? '*' : m[2] };
}

export function normalisedName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_');
}
