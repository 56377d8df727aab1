import type { ManifestObject } from '../../model/manifest.js';
import type { FieldReader } from './fields.js';
import { type ClientPolicy, approve, emptyApprovals } from './mcp-client-approvals.js';

/**
 * Zed's agent settings beside the `context_servers` of a user `settings.json` (`~/.config/zed/settings.json`, any
 * `zed/settings.json` outside a `.zed/` folder). Verified: zed-industries/zed `ToolPermissionDecision::from_input`
 * (crates/agent/src/tool_permissions.rs @00b6ce1c6992: a tool with no rules of its own takes
 * `tool_permissions.default`, `allow` / `confirm` / `deny`), the migration of `always_allow_tool_actions: true` to
 * `tool_permissions.default: "allow"` (crates/migrator m_2026_02_04 @1ad1b6fcb6c9), and `ProjectSettingsContent`
 * (crates/settings: a project's `.zed/settings.json` may hold `context_servers` but no `agent` key, so there the agent
 * settings are the user's, not in the repository).
 *
 * - `agent.tool_permissions.default: "allow"`, or the older `agent.always_allow_tool_actions: true` when no default
 *   is written: every MCP tool runs without asking. `"deny"`: no tool may be called. `"confirm"` (the default) asks.
 * - Per-tool rules (`tool_permissions.tools.<tool>`) are not read: the name an MCP tool has there is not verified.
 */
export function zedPolicy(o: ManifestObject, f: FieldReader, file: string): ClientPolicy | undefined {
  const path = `/${file.replace(/\\/g, '/')}`;
  if (!/\/zed\/settings\.json$/i.test(path) || /\/\.zed\//i.test(path)) return undefined;
  const modePath = ['agent', 'tool_permissions', 'default'];
  const legacyPath = ['agent', 'always_allow_tool_actions'];
  const mode = f.str(o, modePath);
  const legacy = f.bool(o, legacyPath);
  const decided = mode !== undefined ? modePath : legacy !== undefined ? legacyPath : undefined;
  const allowsAll = mode !== undefined ? mode === 'allow' : legacy === true;
  const where = (p: string[]) => `${o.position.file}#${p.join('.')}`;
  return {
    governs: (section) => section.flavour === 'zed',
    approvals: () => {
      const out = emptyApprovals();
      if (!decided) return out;
      out.settings = { [where(decided)]: o.locate(decided) };
      if (allowsAll) {
        approve(out, '*', o.locate(decided));
        out.conditions = { [where(decided)]: o.locate(decided) };
      }
      return out;
    },
    denials: () => {
      const out = emptyApprovals();
      if (mode === 'deny') approve(out, '*', o.locate(modePath));
      return out;
    },
  };
}
