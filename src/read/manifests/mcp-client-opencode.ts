import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { NodePath } from '../../model/catalog.js';
import type { FieldReader } from './fields.js';
import type { ReadContext } from './kagent.js';
import { MCP_CLIENT_CONFIG } from './manifest-file.js';
import { OPENCODE_AGENT_MARKDOWN } from './opencode-agent-markdown.js';
import { type Approvals, type ClientPolicy, approve, emptyApprovals, glob } from './mcp-client-approvals.js';

/**
 * OpenCode's `permission` beside the servers of `opencode.json` (verified: anomalyco/opencode, formerly sst/opencode:
 * `Agent` defaults in packages/opencode/src/agent/agent.ts @007a9409bafe, `evaluate` in src/permission/evaluate.ts
 * @8d037a73c004, `fromConfig` in src/permission, the MCP tool key in src/mcp/index.ts and its `ctx.ask` in
 * src/session):
 *
 * - Every agent starts from `"*": "allow"`: with no `permission`, every tool, MCP tools included, runs without asking.
 * - An MCP tool asks under the permission `<server>_<tool>` (each name with characters other than letters, digits,
 *   `_` and `-` as `_`), with the pattern `*`.
 * - `permission` is an action (`"ask"`, read as `{"*": "ask"}`) or an object of permission → action, or permission →
 *   {pattern → action}; `*` and `?` are globs in the permission. The last rule that matches decides, the defaults
 *   first, then the top-level `permission`, then the agent's own (`agent.<name>.permission`).
 * - The deprecated `tools` map (`<tool>: true|false`, at the top level or in an agent) is read as `allow`/`deny` rules
 *   placed before that scope's `permission` (scopeRules; verified: `migrateLegacyTools`,
 *   packages/opencode/src/config/migration.ts @4c0ebacf4ca4, and the agent schema's `normalize`,
 *   packages/core/src/v1/config/agent.ts @24e029066e15).
 * - Agents are also Markdown files, `agent/**\/*.md` or `agents/**\/*.md` in a config folder, whose front matter
 *   holds the same `permission` and `tools` (opencode-agent-markdown.ts); one named as a config agent is merged over
 *   it (its rules read after the config's). An agent with `disable: true` is not loaded.
 * - An agent is one `--agent` (or Tab) away, so each agent's rules count as the top level's do: a tool approved in any
 *   of them is approved; a tool is denied only when every one of them denies it.
 */
export function openCodePolicy(o: ManifestObject, ctx: ReadContext, file: string): ClientPolicy | undefined {
  if (!/(^|\/)opencode\.jsonc?$/i.test(file.replace(/\\/g, '/'))) return undefined;
  const f = ctx.fields;
  const top = scopeRules(o, f, []);
  // Each agent's own rules and whether it is switched off (`disable: true`): the config's, then its Markdown file's,
  // which OpenCode merges over the config's agent of the same name.
  const agents = new Map<string, { rules: Rule[]; disabled?: boolean }>();
  for (const agent of Object.keys(f.map(o, ['agent']) ?? {}).slice(0, 256))
    agents.set(agent, { rules: scopeRules(o, f, ['agent', agent]), disabled: f.bool(o, ['agent', agent, 'disable']) });
  for (const [agent, md] of markdownAgents(ctx, file)) {
    const config = agents.get(agent);
    agents.set(agent, {
      rules: [...(config?.rules ?? []), ...scopeRules(md, f, [])],
      disabled: f.bool(md, ['disable']) ?? config?.disabled,
    });
  }
  const scopes: Rule[][] = [top];
  for (const { rules, disabled } of agents.values()) if (!disabled && rules.length > 0) scopes.push([...top, ...rules]);
  const decide = (name: string, entry?: Position) => merged(scopes.map((rules) => decision(rules, name, entry)));
  return {
    governs: (section) => section.flavour === 'opencode',
    approvals: (name, entry) => decide(name, entry).approvals,
    denials: (name) => decide(name).denials,
    allowed: (name) => decide(name).allowed,
  };
}

/**
 * The Markdown agents of the config folder of this `opencode.json` (`.opencode/` beside it, or its own folder when that
 * is `.opencode/` or the user's `opencode/`), by name: the path under `agent/` or `agents/` without `.md`.
 */
function markdownAgents(ctx: ReadContext, file: string): Map<string, ManifestObject> {
  const path = file.replace(/\\/g, '/');
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  const folder = /(^|\/)\.?opencode\/$/i.test(dir) ? dir : `${dir}.opencode/`;
  const out = new Map<string, ManifestObject>();
  for (const md of ctx.index.ofKind(MCP_CLIENT_CONFIG.kind)) {
    const mdPath = md.position.file.replace(/\\/g, '/');
    if (md.apiVersion !== MCP_CLIENT_CONFIG.apiVersion || !OPENCODE_AGENT_MARKDOWN.test(mdPath)) continue;
    if (mdPath.slice(0, folder.length).toLowerCase() !== folder.toLowerCase()) continue;
    const m = /^agents?\/(.+)\.md$/i.exec(mdPath.slice(folder.length));
    if (m) out.set(m[1], md);
  }
  return out;
}

type Action = 'allow' | 'ask' | 'deny';

/** One rule for MCP calls: a permission glob and what it does, at its node. */
export interface Rule {
  permission: string;
  action: Action;
  at: Position;
}

const ACTIONS: readonly string[] = ['allow', 'ask', 'deny'];

/**
 * The rules of one scope (the top level, an agent), in order: its deprecated `tools` map first, each `<tool>: true`
 * an `allow` and `false` a `deny` rule (`write`, `edit`, `patch`, `multiedit` are the `edit` permission), then its
 * `permission`, whose value for a key the map also has replaces the map's in place (OpenCode merges the map into the
 * permission it builds first: `migrateLegacyTools`, and `normalize` for an agent). Only the rules whose pattern
 * matches an MCP call's `*` count.
 */
export function scopeRules(o: ManifestObject, f: FieldReader, P: NodePath): Rule[] {
  const permissionPath = [...P, 'permission'];
  const value = f.raw(o, permissionPath);
  const permission =
    value !== null && typeof value === 'object' && !Array.isArray(value) ? f.map(o, permissionPath) : undefined;
  // Each permission the map writes, in the order of its first tool; a later tool of the same permission sets it.
  const fromTools = new Map<string, Rule>();
  for (const tool of Object.keys(f.map(o, [...P, 'tools']) ?? {})) {
    const enabled = f.bool(o, [...P, 'tools', tool]);
    if (enabled === undefined) continue;
    const key = LEGACY_EDIT_TOOLS.has(tool) ? 'edit' : tool;
    const rule: Rule = { permission: key, action: enabled ? 'allow' : 'deny', at: o.locate([...P, 'tools', tool]) };
    if (fromTools.has(key)) Object.assign(fromTools.get(key)!, rule);
    else fromTools.set(key, rule);
  }
  const rules: Rule[] = [];
  for (const [key, rule] of fromTools)
    rules.push(...(permission && key in permission ? permissionRules(o, f, permissionPath, key) : [rule]));
  if (typeof value === 'string') {
    if (!ACTIONS.includes(value))
      f.problem(o.locate(permissionPath), `${o.name}: ${permissionPath.join('.')} must be allow, ask or deny`);
    else rules.push({ permission: '*', action: value as Action, at: o.locate(permissionPath) });
  } else if (value !== undefined && !permission) f.map(o, permissionPath);
  for (const key of Object.keys(permission ?? {}))
    if (!fromTools.has(key)) rules.push(...permissionRules(o, f, permissionPath, key));
  return rules;
}

/** The tools of the deprecated map that are the one `edit` permission. */
const LEGACY_EDIT_TOOLS = new Set(['write', 'edit', 'patch', 'multiedit']);

/** The rules one key of a `permission` object writes: an action, or {pattern → action}. */
function permissionRules(o: ManifestObject, f: FieldReader, P: NodePath, permission: string): Rule[] {
  const rule = f.raw(o, [...P, permission]);
  if (typeof rule === 'string')
    return ACTIONS.includes(rule) ? [{ permission, action: rule as Action, at: o.locate([...P, permission]) }] : [];
  const rules: Rule[] = [];
  for (const [pattern, action] of Object.entries(f.map(o, [...P, permission]) ?? {}))
    if (typeof action === 'string' && ACTIONS.includes(action) && glob(pattern).test('*'))
      rules.push({ permission, action: action as Action, at: o.locate([...P, permission, pattern]) });
  return rules;
}

/** What one agent's rules decide for a server's tools. */
interface Decision {
  approvals: Approvals;
  denials: Approvals;
  allowed?: { tools: string[]; at: Position };
}

/**
 * The server's outcome under one ordered rule list: the last rule that matches every tool of the server (the default
 * `*: allow` if none) decides for the server; a later rule naming one tool (`<server>_<tool>`, the tool a glob or a
 * name) decides for that tool.
 */
function decision(rules: Rule[], name: string, entry?: Position): Decision {
  const server = name.replace(/[^a-zA-Z0-9_-]/g, '_');
  const prefix = `${server}_`;
  let last = -1;
  rules.forEach((r, i) => {
    if (covers(r.permission, prefix)) last = i;
  });
  const base: Action = last >= 0 ? rules[last].action : 'allow';
  const baseAt = last >= 0 ? rules[last].at : entry;
  const tools = new Map<string, Rule>();
  for (const r of rules.slice(last + 1))
    if (r.permission.startsWith(prefix) && !covers(r.permission, prefix))
      tools.set(r.permission.slice(prefix.length), r);
  const approvals = emptyApprovals();
  const denials = emptyApprovals();
  const withheld: Record<string, Position> = {};
  let allowed: Decision['allowed'];
  if (base === 'allow') {
    if (baseAt) approve(approvals, '*', baseAt);
    approvals.asked = {};
  } else withheld['*'] = rules[last].at;
  for (const [tool, r] of tools) {
    if (r.action === 'allow' && base !== 'allow') approve(approvals, tool, r.at);
    if (r.action === 'ask' && base === 'allow') approvals.asked![tool] = r.at;
    if (r.action === 'deny') approve(denials, tool, r.at);
    if (r.action !== 'allow') withheld[tool] = r.at;
  }
  if (base === 'deny' && last >= 0) {
    const usable = [...tools].filter(([, r]) => r.action !== 'deny').map(([t]) => t);
    if (usable.length === 0) approve(denials, '*', rules[last].at);
    else allowed = { tools: usable.sort(), at: rules[last].at };
  }
  approvals.withheld = withheld;
  return { approvals, denials, ...(allowed ? { allowed } : {}) };
}

/** Approvals in any scope; denials and allow-lists only where every scope has them. */
function merged(decisions: Decision[]): Decision {
  const [first, ...rest] = decisions;
  if (rest.length === 0) return first;
  const approvals = emptyApprovals();
  const everyTool = decisions.filter((d) => d.approvals.tools.includes('*'));
  if (everyTool.length > 0) {
    approve(approvals, '*', everyTool[0].approvals.at['*']);
    // A tool still asks only where it asks in every scope that approves the rest.
    const asked = Object.entries(everyTool[0].approvals.asked ?? {}).filter(([t]) =>
      everyTool.every((d) => d.approvals.asked?.[t] !== undefined),
    );
    approvals.asked = Object.fromEntries(asked);
  } else for (const d of decisions) for (const t of d.approvals.tools) approve(approvals, t, d.approvals.at[t]);
  approvals.withheld = Object.assign({}, ...decisions.map((d) => d.approvals.withheld));
  const denials = emptyApprovals();
  for (const t of first.denials.tools)
    if (rest.every((d) => d.denials.tools.includes(t) || d.denials.tools.includes('*')))
      approve(denials, t, first.denials.at[t]);
  const allowed = decisions.every((d) => d.allowed)
    ? { tools: [...new Set(decisions.flatMap((d) => d.allowed!.tools))].sort(), at: first.allowed!.at }
    : undefined;
  return { approvals, denials, ...(allowed ? { allowed } : {}) };
}

/** Whether a permission glob matches every tool of the server (every `<server>_<anything>`). */
function covers(permission: string, prefix: string): boolean {
  const re = glob(permission);
  return re.test(`${prefix}\u0001`) && re.test(`${prefix}zz\u0002y`);
}
