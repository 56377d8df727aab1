import type { ManifestObject } from '../../model/manifest.js';
import type { FieldReader } from './fields.js';
import { type Approvals, approve, emptyApprovals } from './mcp-client-approvals.js';

/**
 * Gemini CLI's settings beside the servers of `.gemini/settings.json`, which decide which of them start and which of
 * their tools run without asking (verified: google-gemini/gemini-cli @5411f113caf, `createPolicyEngineConfig` in
 * packages/core/src/policy/config.ts, `McpClientManager.isBlockedBySettings` in packages/core/src/tools/
 * mcp-client-manager.ts, and docs/reference/configuration.md):
 *
 * - `mcp.excluded: [name…]`: those servers are not started (no connection); `"*"` starts them all but denies every MCP
 *   tool (a DENY rule for `mcp_*`).
 * - `mcp.allowed: [name…]`: only those servers start, and every tool of each runs without asking (an ALLOW rule for
 *   `mcp_<name>_*` outside plan mode).
 * - `tools.allowed`: tools that "bypass the confirmation dialog"; an MCP tool is `mcp_<server>_<tool>`, and
 *   `mcp_<server>_*` is every tool of the server.
 * - `tools.exclude`: tools denied, in the same names.
 *
 * Names are compared as written (the server's key in `mcpServers`). `general.defaultApprovalMode` is not read: it
 * approves no MCP tool (`yolo` written in settings is dropped by `loadCliConfig`, packages/cli/src/config/config.ts;
 * `auto_edit` allows only `replace`, `write_file` and `web_fetch`, packages/core/src/policy/policies/write.toml), and a
 * workspace's `.gemini/policies` are not loaded (`disableWorkspacePolicies`, packages/cli/src/config/policy.ts).
 */
export interface GeminiGovernance {
  /** Not started: in `mcp.excluded`, or left out of a non-empty `mcp.allowed`. */
  rejected(name: string): boolean;
  /** The server's tools that run without asking, each at the entry that approves it. */
  approvals(name: string): Approvals;
  /** The server's tools that may not be called, each at its entry. */
  denials(name: string): Approvals;
}

export const GEMINI_SETTINGS = /(^|\/)\.gemini\/settings\.json$/i;

export function geminiGovernance(o: ManifestObject, f: FieldReader, file: string): GeminiGovernance | undefined {
  if (!GEMINI_SETTINGS.test(file.replace(/\\/g, '/'))) return undefined;
  const excluded = f.strings(o, ['mcp', 'excluded']) ?? [];
  const allowed = f.strings(o, ['mcp', 'allowed']);
  const toolsAllowed = f.strings(o, ['tools', 'allowed']) ?? [];
  const toolsExcluded = f.strings(o, ['tools', 'exclude']) ?? [];
  /** The server's tools an MCP tool name list names, each at its first item (`*` = every tool). */
  const named = (list: string[], key: string[], name: string, into: Approvals) => {
    list.forEach((entry, i) => {
      const tool =
        entry === 'mcp_*' ? '*' : entry.startsWith(`mcp_${name}_`) ? entry.slice(name.length + 5) : undefined;
      if (tool) approve(into, tool, o.locate([...key, i]));
    });
  };
  return {
    rejected: (name) =>
      excluded.includes(name) || (allowed !== undefined && allowed.length > 0 && !allowed.includes(name)),
    approvals: (name) => {
      const out = emptyApprovals();
      const i = allowed?.indexOf(name) ?? -1;
      if (i >= 0) approve(out, '*', o.locate(['mcp', 'allowed', i]));
      named(toolsAllowed, ['tools', 'allowed'], name, out);
      return out;
    },
    denials: (name) => {
      const out = emptyApprovals();
      const i = excluded.indexOf('*');
      if (i >= 0) approve(out, '*', o.locate(['mcp', 'excluded', i]));
      named(toolsExcluded, ['tools', 'exclude'], name, out);
      return out;
    },
  };
}
