import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { NodePath } from '../../model/catalog.js';
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
 * - Per tool, `tool_permissions.tools["mcp:<server>:<tool>"].default` (alias `default_mode`) overrides the global
 *   default for that tool (verified: `mcp_tool_id`, crates/agent/src/tools/context_server_registry.rs @004000881221;
 *   `ToolPermissionsContent`/`ToolRulesContent`, crates/settings_content; "Always for <tool> MCP tool" in the UI writes
 *   it). MCP tools are checked with an empty input, so the `always_allow`/`always_deny`/`always_confirm` regexes are
 *   not read: they are documented as unsupported for third-party tools.
 */
export function zedPolicy(o: ManifestObject, f: FieldReader, file: string): ClientPolicy | undefined {
  const path = `/${file.replace(/\\/g, '/')}`;
  if (!/\/zed\/settings\.json$/i.test(path) || /\/\.zed\//i.test(path)) return undefined;
  const modePath = ['agent', 'tool_permissions', 'default'];
  const legacyPath = ['agent', 'always_allow_tool_actions'];
  const mode = f.str(o, modePath);
  const legacy = f.bool(o, legacyPath);
  const decided = mode !== undefined ? modePath : legacy !== undefined ? legacyPath : undefined;
  const base: Mode = mode !== undefined ? asMode(mode) : legacy === true ? 'allow' : 'confirm';
  const where = (p: NodePath) => `${o.position.file}#${p.join('.')}`;
  // Grouped once: a settings file of many servers and rules would otherwise be searched per server, three times.
  const byServer = new Map<string, ReturnType<typeof toolRules>>();
  for (const r of toolRules(o, f)) {
    const list = byServer.get(r.server) ?? [];
    list.push(r);
    byServer.set(r.server, list);
  }
  /** The server's tools with a mode of their own, each at its `default`. */
  const ownOf = (name: string) => byServer.get(name) ?? [];
  return {
    governs: (section) => section.flavour === 'zed',
    approvals: (name) => {
      const out = emptyApprovals();
      const own = ownOf(name);
      if (!decided && own.length === 0) return out;
      out.settings = decided ? { [where(decided)]: o.locate(decided) } : {};
      if (base === 'allow' && decided) {
        approve(out, '*', o.locate(decided));
        out.conditions = { [where(decided)]: o.locate(decided) };
      }
      // A tool's own mode, over the global one: approved, still asked under an approval of every tool, or held back.
      const asked: Record<string, Position> = {};
      const withheld: Record<string, Position> = {};
      for (const r of own) {
        out.settings[where(r.path)] = r.at;
        if (r.mode === 'allow' && base !== 'allow') approve(out, r.tool, r.at);
        if (r.mode !== 'allow') withheld[r.tool] = r.at;
        if (r.mode === 'confirm' && base === 'allow') asked[r.tool] = r.at;
      }
      if (Object.keys(withheld).length > 0) out.withheld = withheld;
      if (Object.keys(asked).length > 0) out.asked = asked;
      return out;
    },
    denials: (name) => {
      const out = emptyApprovals();
      const own = ownOf(name);
      if (base === 'deny' && decided && !own.some((r) => r.mode !== 'deny')) approve(out, '*', o.locate(decided));
      for (const r of own) if (r.mode === 'deny') approve(out, r.tool, r.at);
      return out;
    },
    allowed: (name) => {
      // Everything denied but the tools given a mode of their own: those are the ones the agent may call.
      const usable = ownOf(name).filter((r) => r.mode !== 'deny');
      return base === 'deny' && decided && usable.length > 0
        ? { tools: usable.map((r) => r.tool).sort(), at: o.locate(decided) }
        : undefined;
    },
  };
}

type Mode = 'allow' | 'confirm' | 'deny';

function asMode(value: string): Mode {
  return value === 'allow' || value === 'deny' ? value : 'confirm';
}

/** One MCP tool's own mode: `tools["mcp:<server>:<tool>"].default`. */
interface ToolRule {
  server: string;
  tool: string;
  mode: Mode;
  path: NodePath;
  at: Position;
}

function toolRules(o: ManifestObject, f: FieldReader): ToolRule[] {
  const P = ['agent', 'tool_permissions', 'tools'];
  const out: ToolRule[] = [];
  for (const id of Object.keys(f.map(o, P) ?? {}).slice(0, 4096)) {
    const m = /^mcp:([^:]+):(.+)$/.exec(id);
    if (!m) continue;
    const key = f.raw(o, [...P, id, 'default']) !== undefined ? 'default' : 'default_mode';
    const mode = f.str(o, [...P, id, key]);
    if (mode === undefined) continue;
    const path = [...P, id, key];
    out.push({ server: m[1], tool: m[2], mode: asMode(mode), path, at: o.locate(path) });
  }
  return out;
}
