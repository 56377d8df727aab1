import type { ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type { NodePath } from '../../model/catalog.js';
import type { SurfaceMcpServer } from '../../model/surface.js';
import type { FieldReader } from './fields.js';
import type { McpClientSection } from './manifest-file.js';

/**
 * Client-side approvals of MCP client configs: which tools of a server the client calls without asking a person.
 * Every client here asks before a tool call by default, so what a config says is the exceptions; `*` stands for every
 * tool of the server. Facts, and how sure we are of each:
 *
 * - Gemini CLI `trust: true` on an `mcpServers` entry: "bypasses all tool call confirmations for this server"
 *   (verified: google-gemini/gemini-cli `docs/tools/mcp-server.md` @42391f5c774e, configuration properties).
 * - Cline `autoApprove: [tool…]` and `disabled` (verified: cline/cline `src/services/mcp/schemas.ts` @1a196376d185,
 *   `BaseConfigSchema`).
 * - Roo Code `alwaysAllow: [tool…]` and `disabled` (verified: RooCodeInc/Roo-Code `src/services/mcp/McpHub.ts`
 *   @022b3b0bdded, `BaseConfigSchema`); its `disabledTools` is a deny-list (`entryDenials`, below).
 * - Kiro `.kiro/settings/mcp.json` `autoApprove: [tool…]`, and `"*"` for every tool: Kiro's documentation as quoted
 *   by vendors' setup pages (secondary: Kiro is closed source; `*` is unverified and read as "all" if written).
 * - Codex `config.toml` (verified: openai/codex `codex-rs/core/src/mcp_tool_call.rs` @002500f20b2b and the
 *   `AppToolApproval` enum of codex-rs config `mcp_types.rs`): no MCP tool call asks when `approval_policy = "never"`
 *   and `sandbox_mode = "danger-full-access"` (`is_full_access_mode`); `[mcp_servers.<s>.tools.<t>] approval_mode =
 *   "approve"` approves that tool (`auto`, the default, asks only for tools whose annotations call for it, `prompt`
 *   always asks). A server-wide `default_tools_approval_mode = "approve"` is read as every tool (seen in quotes of
 *   codex's `McpServerConfig`; secondary).
 *
 * Claude Code keeps its approvals in `.claude/settings.json`, apart from `.mcp.json`: see mcp-client-claude.ts.
 */

/** Tools approved in advance, and the node that approves each (`*` = every tool). */
export interface Approvals {
  tools: string[];
  at: Record<string, Position>;
  /**
   * Settings that approve only together (Codex `approval_policy = "never"` with `sandbox_mode =
   * "danger-full-access"`), each recorded whenever it holds, by its path: the diff points at the one a change set.
   */
  conditions?: Record<string, Position>;
  /**
   * Tools a rule keeps asking about or forbids (Claude Code `ask`/`deny` rules), each at its rule: where a tool
   * stopped being approved, for the diff to point at.
   */
  withheld?: Record<string, Position>;
  /** The settings that decide approvals whatever they hold (Claude Code `defaultMode`, Codex `approval_policy`…), by path. */
  settings?: Record<string, Position>;
  /** With `*` approved: the tools that still ask (Claude Code `ask` rules under an approval of every tool), at the rule. */
  asked?: Record<string, Position>;
}

/**
 * What a client's own settings decide for every server of a section, beyond the entry's fields: VS Code
 * `chat.permissions.default` (mcp-client-vscode.ts), OpenCode `permission`, `tools` and Markdown agents
 * (mcp-client-opencode.ts), Zed `agent.tool_permissions` (mcp-client-zed.ts), Goose `GOOSE_MODE` and `permission.yaml`
 * (mcp-client-goose.ts). `entry` is the server's entry, where an approval no line writes (the client's default) is
 * located.
 */
export interface ClientPolicy {
  /** Whether these settings govern the servers of this section. */
  governs(section: McpClientSection): boolean;
  /** The server's tools called without asking a person (`*` = every tool), each at the node that decides it. */
  approvals(name: string, entry: Position): Approvals;
  /** The server's tools the agent may not call (`*` = every tool), each at the node that decides it. */
  denials(name: string): Approvals;
  /** When the settings leave the agent only some tools of the server: those, at the node that decides it. */
  allowed?(name: string): { tools: string[]; at: Position } | undefined;
}

export function emptyApprovals(): Approvals {
  // No prototype: a tool named `__proto__` or `toString` is a key like any other.
  return { tools: [], at: Object.create(null) as Record<string, Position> };
}

export function approve(into: Approvals, tool: string, where: Position): void {
  // A lookup, not a search of the list: an `autoApprove` of 200,000 tools was 20 billion comparisons.
  if (!(tool in into.at)) {
    into.tools.push(tool);
    into.at[tool] = where;
  }
}

/** The approval lists of the standard `mcpServers` entry shape (Cline and Kiro `autoApprove`, Roo `alwaysAllow`). */
const LIST_KEYS = ['autoApprove', 'alwaysAllow'] as const;

/** What a server's own entry approves in advance (Gemini, Cline, Roo, Kiro; Codex per tool and per server). */
export function entryApprovals(
  o: ManifestObject,
  f: FieldReader,
  section: McpClientSection,
  P: NodePath,
  into: Approvals,
  read: { trust: boolean } = { trust: true },
): void {
  if (section.flavour === 'standard') {
    // Gemini CLI: `tools.core` outranks `trust` (mcp-client-gemini.ts), so the caller may say it approves nothing.
    if (read.trust && f.bool(o, [...P, 'trust']) === true) approve(into, '*', o.locate([...P, 'trust']));
    for (const key of LIST_KEYS) {
      (f.strings(o, [...P, key]) ?? []).forEach((tool, i) => {
        approve(into, tool, o.locate([...P, key, i]));
      });
    }
  } else if (section.flavour === 'codex') {
    if (f.raw(o, [...P, 'default_tools_approval_mode']) === 'approve')
      approve(into, '*', o.locate([...P, 'default_tools_approval_mode']));
    const tools = f.raw(o, [...P, 'tools']);
    if (tools && typeof tools === 'object' && !Array.isArray(tools)) {
      for (const tool of Object.keys(tools)) {
        if (f.raw(o, [...P, 'tools', tool, 'approval_mode']) === 'approve')
          approve(into, tool, o.locate([...P, 'tools', tool, 'approval_mode']));
      }
    }
    codexFullAccess(o, f, into);
  }
}

/**
 * Codex full access: no MCP tool call of any server asks when `approval_policy = "never"` and the sandbox is full
 * access hold together (`is_full_access_mode`), at the top level or in a profile (`[profiles.<name>]`, whose unset
 * keys are the top level's; verified: openai/codex `ConfigProfile`, codex-rs/core/src/config/profile.rs @9b26477cda24).
 * A profile is one `--profile` (or the top-level `profile` key) away, so it counts as the top level does. The sandbox
 * is `sandbox_mode = "danger-full-access"`, or, with no `sandbox_mode` in the scope (the legacy key wins when both are
 * written), the built-in permission profile `default_permissions = ":danger-full-access"` (Codex's permissions
 * documentation, developers.openai.com/codex/permissions), or a user-defined `[permissions.<name>]` profile that writes
 * `:root` (codexUserProfileRoot). Only the string `never` is never: the granular table (`approval_policy = { granular = {…} }`) is not
 * `AskForApproval::Never`, so it approves no MCP tool call (its `mcp_elicitations = false` refuses elicitations).
 */
function codexFullAccess(o: ManifestObject, f: FieldReader, into: Approvals): void {
  const conditions: Record<string, Position> = {};
  const settings: Record<string, Position> = {};
  /** The node that sets `key` for this scope: the profile's own, else the top level's; undefined when neither does. */
  const nodeOf = (scope: NodePath, key: string): NodePath | undefined => {
    const own = [...scope, key];
    const path = scope.length > 0 && f.raw(o, own) === undefined ? [key] : own;
    if (f.raw(o, path) === undefined) return undefined;
    settings[path.join('.')] = o.locate(path);
    return path;
  };
  const holds = (path: NodePath | undefined, value: string): NodePath | undefined => {
    if (path === undefined || f.raw(o, path) !== value) return undefined;
    conditions[path.join('.')] = o.locate(path);
    return path;
  };
  const profiles = f.raw(o, ['profiles']);
  const scopes: NodePath[] = [[]];
  if (profiles && typeof profiles === 'object' && !Array.isArray(profiles))
    for (const name of Object.keys(profiles).slice(0, 256)) scopes.push(['profiles', name]);
  for (const scope of scopes) {
    const never = holds(nodeOf(scope, 'approval_policy'), 'never');
    const legacy = nodeOf(scope, 'sandbox_mode');
    let full: NodePath | undefined;
    if (legacy !== undefined) full = holds(legacy, 'danger-full-access');
    else {
      const selected = nodeOf(scope, 'default_permissions');
      full = holds(selected, ':danger-full-access');
      const name = selected !== undefined ? f.raw(o, selected) : undefined;
      const root =
        !full && typeof name === 'string' && !name.startsWith(':') ? codexUserProfileRoot(o, f, name) : undefined;
      if (selected !== undefined && root) {
        // Keyed by the profile it selects, so selecting another profile is a change of its own; the profile's `:root`
        // after it, so a diff points at whichever of the two the change wrote.
        const selection = `${selected.join('.')} = ${name}`;
        conditions[selection] = o.locate(selected);
        settings[selection] = o.locate(selected);
        settings[root.path.join('.')] = o.locate(root.path);
        if (root.writable) {
          conditions[root.path.join('.')] = o.locate(root.path);
          full = selected;
        }
      }
    }
    if (never && full) approve(into, '*', o.locate(never));
  }
  if (Object.keys(conditions).length > 0) into.conditions = { ...into.conditions, ...conditions };
  if (Object.keys(settings).length > 0) into.settings = { ...into.settings, ...settings };
}

/**
 * Whether the user-defined permission profile `[permissions.<name>]` (Codex `default_permissions = "<name>"`) lets the
 * sandbox write the whole disk, and the node that decides it: the `:root` entry of its `filesystem` table (`":root" =
 * "write"`, or the scoped `":root" = { "." = "write" }`), taken from the profile itself or, through `extends`, from the
 * nearest ancestor that sets it (a child's keys are merged over its parent's). Codex turns a profile that writes
 * `:root` into the legacy full-access sandbox (`danger-full-access` with its network enabled, an external sandbox
 * without), and `is_full_access_mode` counts both (verified: openai/codex `FileSystemSandboxPolicy::
 * to_legacy_sandbox_policy`, codex-rs/protocol/src/permissions.rs; `compile_permission_profile` and
 * `extensible_builtin_parent_profile`, codex-rs/core/src/config/permissions.rs @01ef963d89f3). The network does not
 * matter. `extends` may name another user profile or the built-in `:read-only` or `:workspace`, which read `:root` and
 * end the chain; Codex refuses any other built-in parent (`:danger-full-access` included), an undefined parent and a
 * cycle, and then loads no configuration at all, so none of them is full access. Undefined when nothing decides.
 */
function codexUserProfileRoot(
  o: ManifestObject,
  f: FieldReader,
  name: string,
): { path: NodePath; writable: boolean } | undefined {
  // The chain from the selected profile up; Codex loads no configuration when any link of it is refused.
  const chain: string[] = [];
  for (let profile: string | undefined = name; profile !== undefined; ) {
    if (chain.includes(profile) || chain.length >= 64) return undefined;
    const table = f.raw(o, ['permissions', profile]);
    if (!table || typeof table !== 'object' || Array.isArray(table)) return undefined;
    chain.push(profile);
    const parent = f.raw(o, ['permissions', profile, 'extends']);
    if (parent !== undefined && typeof parent !== 'string') return undefined;
    // The built-in parents Codex lets a profile extend read `:root` and end the chain; any other built-in is refused.
    if (typeof parent === 'string' && parent.startsWith(':'))
      return parent === ':read-only' || parent === ':workspace' ? rootOf(o, f, chain) : undefined;
    profile = parent;
  }
  return rootOf(o, f, chain);
}

/** The `:root` entry that decides, child first: a child's `:root` table replaces a parent's string when merged. */
function rootOf(o: ManifestObject, f: FieldReader, chain: string[]): { path: NodePath; writable: boolean } | undefined {
  let tablesOnly = false;
  for (const profile of chain) {
    const P: NodePath = ['permissions', profile, 'filesystem', ':root'];
    const root = f.raw(o, P);
    if (typeof root === 'string') return tablesOnly ? undefined : { path: P, writable: root === 'write' };
    if (root && typeof root === 'object' && !Array.isArray(root)) {
      if ('.' in root) return { path: [...P, '.'], writable: (root as Record<string, unknown>)['.'] === 'write' };
      tablesOnly = true;
    }
  }
  return undefined;
}

/**
 * Sets the server's `autoApproved`, each tool at the node that approves it and the list at the first of them; `*`
 * stands for every tool, so it is the list alone.
 */
export function applyApprovals(server: SurfaceMcpServer, approvals: Approvals): void {
  // Each setting that approves only with another, by its path (`at['autoApprovedBy:<path>']`), even when the other
  // does not hold: the diff locates a full access gained at the one setting the change added.
  if (approvals.conditions) {
    const at: Record<string, Position> = server.at ?? {};
    for (const [path, where] of Object.entries(approvals.conditions)) at[`autoApprovedBy:${path}`] = where;
    server.at = at;
  }
  if (approvals.withheld || approvals.settings) {
    const at: Record<string, Position> = server.at ?? {};
    for (const [tool, where] of Object.entries(approvals.withheld ?? {})) at[`withheld:${tool}`] = where;
    for (const [path, where] of Object.entries(approvals.settings ?? {})) at[`approvalSetting:${path}`] = where;
    server.at = at;
  }
  if (approvals.tools.length === 0) return;
  const tools = approvals.tools.includes('*') ? ['*'] : [...approvals.tools].sort();
  server.autoApproved = tools;
  const at: Record<string, Position> = server.at ?? {};
  at.autoApproved = approvals.at[tools[0] === '*' ? '*' : approvals.tools[0]];
  for (const t of tools) at[`autoApproved:${t}`] = approvals.at[t];
  const asked = tools[0] === '*' ? Object.keys(approvals.asked ?? {}).sort() : [];
  if (asked.length > 0) {
    server.autoApprovedExcept = asked;
    for (const t of asked) at[`autoApprovedExcept:${t}`] = approvals.asked![t];
  }
  server.at = at;
}

/** Adds what another source (Claude Code's settings) decides for the same server to an entry's own approvals. */
export function mergeApprovals(into: Approvals, more: Approvals): void {
  for (const t of more.tools) approve(into, t, more.at[t]);
  if (more.withheld) into.withheld = { ...more.withheld, ...into.withheld };
  if (more.asked) into.asked = { ...more.asked, ...into.asked };
  if (more.settings) into.settings = { ...more.settings, ...into.settings };
  if (more.conditions) into.conditions = { ...more.conditions, ...into.conditions };
}

/** The deny-list keys of the standard `mcpServers` entry shape (Gemini CLI `excludeTools`, Roo/Kiro `disabledTools`). */
const DENY_KEYS = ['excludeTools', 'disabledTools'] as const;

/**
 * The deny-lists of a server's own entry, each tool at its item: Gemini CLI `excludeTools` (verified:
 * google-gemini/gemini-cli `docs/tools/mcp-server.md`), Roo Code `disabledTools` (verified: RooCodeInc/Roo-Code
 * `src/services/mcp/McpHub.ts` @022b3b0bdded, `BaseConfigSchema`), Kiro `disabledTools` (Kiro's documentation as
 * quoted by vendors' setup pages; secondary, Kiro is closed source), Codex `disabled_tools` ("removed after applying
 * `enabled_tools`", so it applies with or without an allow-list; verified: openai/codex `McpServerConfig`,
 * codex-rs/core/src/config/types.rs).
 */
export function entryDenials(o: ManifestObject, f: FieldReader, section: McpClientSection, P: NodePath): Approvals {
  const into = emptyApprovals();
  const keys: readonly string[] =
    section.flavour === 'codex' ? ['disabled_tools'] : section.flavour === 'standard' ? DENY_KEYS : [];
  for (const key of keys) {
    (f.strings(o, [...P, key]) ?? []).forEach((tool, i) => {
      approve(into, tool, o.locate([...P, key, i]));
    });
  }
  return into;
}

/** Sets the server's `deniedTools` as `applyApprovals` sets `autoApproved` (`deniedTool:<tool>`, the list at the first). */
export function applyDenials(server: SurfaceMcpServer, denied: Approvals): void {
  if (denied.tools.length === 0) return;
  const tools = denied.tools.includes('*') ? ['*'] : [...denied.tools].sort();
  server.deniedTools = tools;
  const at: Record<string, Position> = server.at ?? {};
  at.deniedTools = denied.at[tools[0] === '*' ? '*' : denied.tools[0]];
  for (const t of tools) at[`deniedTool:${t}`] = denied.at[t];
  server.at = at;
}

/**
 * A client's tool-name wildcard, `*` any run, `?` one character (Amazon Q CLI agents' `allowedTools`, OpenCode's
 * `permission` keys), matched in linear work: as a regular expression, `a*a*a*…b` backtracks exponentially on a long
 * name (fourteen stars and a 60-character server name held `validate` past a minute). Each `*`-separated part is
 * placed leftmost in turn, which finds a match whenever there is one. A part of many `?` can make the search of its
 * place quadratic: past a budget linear in both lengths it is taken as not matching (no real tool name comes close).
 */
export function glob(pattern: string): { test(name: string): boolean } {
  const parts = pattern.split('*');
  return { test: (name) => globMatch(parts, name) };
}

function globMatch(parts: string[], name: string): boolean {
  const budget = { left: 64 * (name.length + parts.length) + 4096 };
  const first = parts[0];
  if (parts.length === 1) return name.length === first.length && fits(name, 0, first, budget);
  const last = parts[parts.length - 1];
  const end = name.length - last.length;
  if (first.length > end || !fits(name, 0, first, budget) || !fits(name, end, last, budget)) return false;
  let at = first.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = place(name, parts[i], at, end, budget);
    if (found < 0) return false;
    at = found + parts[i].length;
  }
  return true;
}

/** Whether `part` (`?` any one character) matches `name` at `at`; false once the budget is spent. */
function fits(name: string, at: number, part: string, budget: { left: number }): boolean {
  budget.left -= part.length;
  if (budget.left < 0) return false;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c !== 63 /* ? */ && c !== name.charCodeAt(at + i)) return false;
  }
  return true;
}

/** The leftmost place from `from` where `part` matches and ends by `end`, or -1. */
function place(name: string, part: string, from: number, end: number, budget: { left: number }): number {
  if (!part.includes('?')) {
    const i = name.indexOf(part, from);
    return i >= 0 && i + part.length <= end ? i : -1;
  }
  // Candidates are the places of its first run without `?`, found by indexOf; an all-`?` part fits anywhere.
  const lead = part.search(/[^?]/);
  if (lead < 0) return from + part.length <= end ? from : -1;
  const run = /^[^?]+/.exec(part.slice(lead))![0];
  for (let i = name.indexOf(run, from + lead); i >= 0 && i - lead + part.length <= end; i = name.indexOf(run, i + 1)) {
    if (fits(name, i - lead, part, budget)) return i - lead;
    if (budget.left < 0) return -1;
  }
  return -1;
}
