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
 * - `permissions.defaultMode: bypassPermissions`: nothing asks, so every tool of every server runs without asking
 *   (`acceptEdits`, `plan`, `default` and `dontAsk` approve no MCP tool).
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
  /** The server's tools a `permissions.deny` rule forbids (`*` = every tool), each at its rule. */
  denials(name: string): Approvals;
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
  let bypass: Approvals | undefined;
  for (const s of settings) {
    const mode = f.str(s, ['permissions', 'defaultMode']);
    if (mode === undefined) continue;
    bypass = undefined;
    if (mode === 'bypassPermissions') {
      bypass = emptyApprovals();
      approve(bypass, '*', s.locate(['permissions', 'defaultMode']));
    }
  }
  return {
    rejected: (name) => rejected.has(name),
    denials: (name) => {
      const server = normalisedName(name);
      const out = emptyApprovals();
      for (const s of settings) {
        (f.strings(s, ['permissions', 'deny']) ?? []).forEach((rule, i) => {
          const r = mcpRule(rule);
          if (r?.server === server) approve(out, r.tool, s.locate(['permissions', 'deny', i]));
        });
      }
      return out;
    },
    approvals: (name) => {
      const server = normalisedName(name);
      const held = new Set<string>();
      for (const s of settings) {
        for (const kind of ['ask', 'deny'] as const) {
          for (const rule of f.strings(s, ['permissions', kind]) ?? []) {
            const r = mcpRule(rule);
            if (r?.server === server) held.add(r.tool);
          }
        }
      }
      const out = emptyApprovals();
      if (held.has('*')) return out;
      if (bypass) return bypass;
      for (const s of settings) {
        (f.strings(s, ['permissions', 'allow']) ?? []).forEach((rule, i) => {
          const r = mcpRule(rule);
          if (r?.server === server && !held.has(r.tool)) approve(out, r.tool, s.locate(['permissions', 'allow', i]));
        });
      }
      return out;
    },
  };
}

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
function mcpRule(rule: string): { server: string; tool: string } | undefined {
  const m = /^mcp__(.+?)(?:__(.+))?$/s.exec(rule.trim());
  if (!m) return undefined;
  return { server: m[1], tool: m[2] === undefined || m[2] === '*' ? '*' : m[2] };
}

function normalisedName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_');
}
