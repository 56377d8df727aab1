import type { ManifestObject } from '../../model/manifest.js';
import type { FieldReader } from './fields.js';
import type { ReadContext } from './kagent.js';
import { MCP_CLIENT_CONFIG } from './manifest-file.js';
import { type ClientPolicy, approve, emptyApprovals, glob } from './mcp-client-approvals.js';

/**
 * Cursor's `permissions.json` beside the `mcp.json` of the same `.cursor/` folder (the repository's, or the user's
 * `~/.cursor/`). Facts from Cursor's documentation (secondary: Cursor is closed source), cursor.com/docs/reference/
 * permissions as current: Cursor reads the file from both places and concatenates their lists; `mcpAllowlist`
 * (a list of strings) names the MCP tools that run without approval, replacing the allowlist kept in Cursor's
 * settings UI; entries are `<server>:<tool>`, `*` a wildcard (the documentation's examples `github:*`,
 * `linear:list_issues`); entries that are not strings are dropped. A team admin's dashboard controls, outside the
 * repository, come first. Not read: `terminalAllowlist` (shell commands, no MCP tool) and `autoRun` (plain-language
 * guidance for the model that reviews calls in Auto-review mode, not a rule).
 */
export function cursorPolicy(ctx: ReadContext, file: string): ClientPolicy | undefined {
  const path = file.replace(/\\/g, '/');
  const m = /(^|\/)\.cursor\/mcp\.json$/i.exec(path);
  if (!m) return undefined;
  const folder = path.slice(0, path.length - 'mcp.json'.length).toLowerCase();
  const permissions = ctx.index
    .ofKind(MCP_CLIENT_CONFIG.kind)
    .find(
      (s) =>
        s.apiVersion === MCP_CLIENT_CONFIG.apiVersion &&
        s.position.file.replace(/\\/g, '/').toLowerCase() === `${folder}permissions.json`,
    );
  if (!permissions) return undefined;
  const entries = allowlist(permissions, ctx.fields);
  const setting = `${permissions.position.file}#mcpAllowlist`;
  const listed = ctx.fields.raw(permissions, ['mcpAllowlist']) !== undefined;
  return {
    governs: (section) => section.key === 'mcpServers',
    approvals: (name) => {
      const out = emptyApprovals();
      if (listed) out.settings = { [setting]: permissions.locate(['mcpAllowlist']) };
      const named = [...(entries.exact.get(name) ?? []), ...entries.wild.filter((e) => e.server.test(name))];
      for (const e of named.sort((a, b) => a.index - b.index))
        approve(out, e.tool, permissions.locate(['mcpAllowlist', e.index]));
      return out;
    },
    denials: () => emptyApprovals(),
  };
}

interface AllowEntry {
  /** The tool as written, `*` for every tool. */
  tool: string;
  index: number;
}

/**
 * The `<server>:<tool>` entries, parsed once: those naming one server looked up by its name, the server wildcards tried
 * on each server (as Amazon Q's `allowedTools` are: asked per server, thousands of entries beside thousands of servers
 * would be millions of matches).
 */
function allowlist(o: ManifestObject, f: FieldReader) {
  const exact = new Map<string, AllowEntry[]>();
  const wild: Array<AllowEntry & { server: { test(name: string): boolean } }> = [];
  (f.list(o, ['mcpAllowlist']) ?? []).forEach((item, index) => {
    // Cursor drops what is not a string; an entry without `:` names no tool of a server.
    if (typeof item !== 'string') return;
    const colon = item.indexOf(':');
    if (colon <= 0 || colon === item.length - 1) return;
    const server = item.slice(0, colon);
    const rest = item.slice(colon + 1);
    const entry = { tool: /^\*+$/.test(rest) ? '*' : rest, index };
    if (/[*?]/.test(server)) wild.push({ ...entry, server: glob(server) });
    else exact.set(server, [...(exact.get(server) ?? []), entry]);
  });
  return { exact, wild };
}

/** `mcpAllowlist` must be a list; read for its type alone, so a malformed one is reported with no server beside it. */
export function checkCursorPermissions(o: ManifestObject, f: FieldReader): void {
  f.list(o, ['mcpAllowlist']);
}
