import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { NodePath } from '../../model/catalog.js';
import type { FieldReader } from './fields.js';
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
 * - An agent is one `--agent` (or Tab) away, so each agent's rules count as the top level's do: a tool approved in any
 *   of them is approved; a tool is denied only when every one of them denies it.
 */
export function openCodePolicy(o: ManifestObject, f: FieldReader, file: string): ClientPolicy | undefined {
  if (!/(^|\/)opencode\.jsonc?$/i.test(file.replace(/\\/g, '/'))) return undefined;
  const top = rulesAt(o, f, ['permission']);
  const scopes: Rule[][] = [top];
  for (const agent of Object.keys(f.map(o, ['agent']) ?? {}).slice(0, 256))
    if (f.raw(o, ['agent', agent, 'permission']) !== undefined)
      scopes.push([...top, ...rulesAt(o, f, ['agent', agent, 'permission'])]);
  const decide = (name: string, entry?: Position) => merged(scopes.map((rules) => decision(rules, name, entry)));
  return {
    governs: (section) => section.flavour === 'opencode',
    approvals: (name, entry) => decide(name, entry).approvals,
    denials: (name) => decide(name).denials,
    allowed: (name) => decide(name).allowed,
  };
}

type Action = 'allow' | 'ask' | 'deny';

/** One rule for MCP calls: a permission glob and what it does, at its node. */
interface Rule {
  permission: string;
  action: Action;
  at: Position;
}

const ACTIONS: readonly string[] = ['allow', 'ask', 'deny'];

/** The rules of one `permission` value, in order; only those whose pattern matches an MCP call's `*`. */
function rulesAt(o: ManifestObject, f: FieldReader, P: NodePath): Rule[] {
  const value = f.raw(o, P);
  if (value === undefined) return [];
  if (typeof value === 'string') {
    if (!ACTIONS.includes(value)) f.problem(o.locate(P), `${o.name}: ${P.join('.')} must be allow, ask or deny`);
    return ACTIONS.includes(value) ? [{ permission: '*', action: value as Action, at: o.locate(P) }] : [];
  }
  const rules: Rule[] = [];
  for (const [permission, rule] of Object.entries(f.map(o, P) ?? {})) {
    if (typeof rule === 'string') {
      if (ACTIONS.includes(rule)) rules.push({ permission, action: rule as Action, at: o.locate([...P, permission]) });
      continue;
    }
    for (const [pattern, action] of Object.entries(f.map(o, [...P, permission]) ?? {}))
      if (typeof action === 'string' && ACTIONS.includes(action) && glob(pattern).test('*'))
        rules.push({ permission, action: action as Action, at: o.locate([...P, permission, pattern]) });
  }
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
