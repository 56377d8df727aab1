import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { FieldReader } from './fields.js';
import { type Approvals, approve, emptyApprovals } from './mcp-client-approvals.js';

/**
 * Gemini CLI's settings beside the servers of `.gemini/settings.json`, which decide which of them start and which of
 * their tools run without asking (verified: google-gemini/gemini-cli @5411f113caf, `createPolicyEngineConfig` and the
 * priorities beside it in packages/core/src/policy/config.ts, `matchesWildcard`/`ruleMatches` in
 * packages/core/src/policy/policy-engine.ts, `McpClientManager.isBlockedBySettings` in packages/core/src/tools/
 * mcp-client-manager.ts). Each setting is a policy rule; the highest priority that matches a call decides:
 *
 * - `mcp.excluded: [name…]`: those servers are not started (no connection); `"*"` starts them all but denies every MCP
 *   tool (a DENY rule for `mcp_*`).
 * - `tools.exclude`: tools denied (`mcp_<server>_<tool>`, `mcp_<server>_*`, `mcp_*`, or `*` for every tool).
 * - `tools.allowed`: tools that "bypass the confirmation dialog", in the same names; `name(args)` is the older form,
 *   whose arguments count only for the shell tool.
 * - `tools.core`: the agent's tool allow-list. The tools it names are ALLOW rules (approved, like `tools.allowed`), and
 *   every other tool is denied below them; that denial outranks a server's `trust` and `mcp.allowed`, so with
 *   `tools.core` written those approve nothing, and a server's tools it does not name (nor `tools.allowed`) may not be
 *   called at all.
 * - `trust: true` on a server (read with the entry, mcp-client-approvals.ts), then `mcp.allowed: [name…]`: only those
 *   servers start, and every tool of each runs without asking (an ALLOW rule for `mcp_<name>_*` outside plan mode).
 * - `mcp.autoAllowInHeadless: true`: in a headless run (`gemini -p`, CI) every configured server's tools run without
 *   asking, where they would otherwise be refused (no person to ask). Not in the settings schema, but settings keep
 *   unknown keys (`z.object().passthrough()`, packages/cli/src/config/settings-validation.ts), so it is honoured.
 *
 * Names are compared as written (the server's key in `mcpServers`). `tools.confirmationRequired` (asks even for an
 * allowed tool) is not read. `general.defaultApprovalMode` is not read: it approves no MCP tool (`yolo` written in
 * settings is dropped by `loadCliConfig`, packages/cli/src/config/config.ts; `auto_edit` allows only `replace`,
 * `write_file` and `web_fetch`, packages/core/src/policy/policies/write.toml), and a workspace's `.gemini/policies`
 * are not loaded (`disableWorkspacePolicies`, packages/cli/src/config/policy.ts).
 */
export interface GeminiGovernance {
  /** Not started: in `mcp.excluded`, or left out of a non-empty `mcp.allowed`. */
  rejected(name: string): boolean;
  /** The server's tools that run without asking, each at the entry that approves it. */
  approvals(name: string): Approvals;
  /** The server's tools that may not be called, each at its entry. */
  denials(name: string): Approvals;
  /** With `tools.core` written: the server's tools the agent may call at all (undefined: every tool). */
  usable(name: string): { tools: string[]; at: Position } | undefined;
  /** With `tools.core` written, a server's own `trust` approves nothing (the allow-list's denial outranks it). */
  trustOverridden: boolean;
}

export const GEMINI_SETTINGS = /(^|\/)\.gemini\/settings\.json$/i;
/**
 * Gemini CLI's settings and those of its fork Qwen Code (`.qwen/settings.json`, mcp-client-qwen.ts), in the project
 * or a user's home: the same `mcpServers` entries, where `url` is SSE and `httpUrl` streamable HTTP.
 */
export const GEMINI_FAMILY_SETTINGS = /(^|\/)\.(gemini|qwen)\/settings\.json$/i;

/**
 * `mcp.excluded` and `mcp.allowed`, which both clients read the same way: a server the first names, or a non-empty
 * second leaves out, does not start; `matches` compares a name with an entry (Gemini CLI exactly, Qwen Code by glob).
 */
export function serverListRejects(
  excluded: readonly string[],
  allowed: readonly string[] | undefined,
  matches: (entry: string, name: string) => boolean,
): (name: string) => boolean {
  return (name) =>
    excluded.some((e) => matches(e, name)) ||
    (allowed !== undefined && allowed.length > 0 && !allowed.some((e) => matches(e, name)));
}

export function geminiGovernance(o: ManifestObject, f: FieldReader, file: string): GeminiGovernance | undefined {
  if (!GEMINI_SETTINGS.test(file.replace(/\\/g, '/'))) return undefined;
  const excluded = f.strings(o, ['mcp', 'excluded']) ?? [];
  const allowed = f.strings(o, ['mcp', 'allowed']);
  const rejected = serverListRejects(excluded, allowed, (entry, name) => entry === name);
  const headless = f.bool(o, ['mcp', 'autoAllowInHeadless']) === true;
  const toolsAllowed = f.strings(o, ['tools', 'allowed']) ?? [];
  const toolsExcluded = f.strings(o, ['tools', 'exclude']) ?? [];
  const core = f.strings(o, ['tools', 'core']);
  /** The server's tools a tool name list names, each at its first item (`*` = every tool). */
  const named = (list: string[], key: string[], name: string, into: Approvals) => {
    list.forEach((entry, i) => {
      const tool = toolOf(entry, name);
      if (tool) approve(into, tool, o.locate([...key, i]));
    });
  };
  return {
    rejected,
    approvals: (name) => {
      const out = emptyApprovals();
      named(toolsAllowed, ['tools', 'allowed'], name, out);
      if (core !== undefined) {
        named(core, ['tools', 'core'], name, out);
        return out;
      }
      const i = allowed?.indexOf(name) ?? -1;
      if (i >= 0) approve(out, '*', o.locate(['mcp', 'allowed', i]));
      if (headless) approve(out, '*', o.locate(['mcp', 'autoAllowInHeadless']));
      return out;
    },
    denials: (name) => {
      const out = emptyApprovals();
      const i = excluded.indexOf('*');
      if (i >= 0) approve(out, '*', o.locate(['mcp', 'excluded', i]));
      named(toolsExcluded, ['tools', 'exclude'], name, out);
      return out;
    },
    usable: (name) => {
      if (core === undefined) return undefined;
      const tools = [...core, ...toolsAllowed].map((entry) => toolOf(entry, name)).filter((t) => t !== undefined);
      if (tools.includes('*')) return undefined;
      return { tools: [...new Set(tools)].sort(), at: o.locate(['tools', 'core']) };
    },
    trustOverridden: core !== undefined,
  };
}

/**
 * The tool of server `name` an entry names: `*` for every tool (`*`, `mcp_*`, `mcp_<name>_*`), the tool of
 * `mcp_<name>_<tool>`, or undefined. The older `tool(args)` form names the tool (arguments count for the shell only).
 */
function toolOf(entry: string, name: string): string | undefined {
  const legacy = /^([a-zA-Z0-9_-]+)\((.*)\)$/.exec(entry);
  const tool = legacy ? legacy[1] : entry;
  if (tool === '*' || tool === 'mcp_*' || tool === `mcp_${name}_*`) return '*';
  return tool.startsWith(`mcp_${name}_`) && tool.length > name.length + 5 ? tool.slice(name.length + 5) : undefined;
}
