import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceModel } from '../../model/surface.js';
import type { AuthorizationRule } from './agentgateway-policies.js';
import type { ReadContext } from './kagent.js';
import { type GuardFormat, promptGuardChecks } from './prompt-guards.js';

/**
 * The checks agentgateway's own config file puts in front of an MCP target or a model, field names as in
 * crates/agentgateway/src/types/local.rs and schema/config.json at agentgateway 75b4e6ce6e0e:
 * - rule sets (`RuleSet {rules[]}`, each rule a CEL string — an allow rule — or one of `{allow|deny|require: <CEL>}`):
 *   `mcpAuthorization` (tool calls), `authorization` (HTTP requests) of route (`FilterOrPolicy`), backend
 *   (`LocalBackendPolicies`) and attached policies, `llm.models[].authorization`, `llm.policies.authorization`;
 * - prompt guards (`PromptGuard {request[], response[]}`, each one of `regex {action, rules[{builtin|pattern}]}`,
 *   `webhook {target}`, `openAIModeration`, `bedrockGuardrails`, `googleModelArmor`, `azureContentSafety`):
 *   `llm.models[].guardrails`, `llm.policies.guardrails`, the `ai.promptGuard` of route and backend policies;
 * - local rate limits (`localRateLimit`: a list of `{maxTokens, tokensPerFill, fillInterval, type}`, or
 *   `{conditional: [...]}`) of routes and `llm.policies`;
 * - the top-level `policies[] {name, target: {backend: {backend: {name, section}}} | {route: {name, ruleName}} |
 *   {gateway: {gatewayName, listenerName}}, policy}`, which attach one policy to what their target names.
 */

/** The rules of one RuleSet node (`…authorization`), each with where it is written. */
export function ruleSet(
  o: ManifestObject,
  A: NodePath,
  ctx: ReadContext,
  traffic = false,
  check?: AuthorizationRule['check'],
): AuthorizationRule[] {
  const f = ctx.fields;
  if (f.raw(o, A) === undefined) return [];
  const R = [...A, 'rules'];
  const out: AuthorizationRule[] = [];
  (f.list(o, R) ?? []).forEach((rule, i) => {
    const at = o.locate([...R, i]);
    if (typeof rule === 'string') {
      out.push({ action: 'Allow', exprs: [rule.trim()], at, exprsAt: at, ...flags(traffic, check) });
      return;
    }
    const key = ['allow', 'deny', 'require'].find((k) => f.raw(o, [...R, i, k]) !== undefined);
    const expr = key !== undefined ? f.str(o, [...R, i, key]) : undefined;
    if (key === undefined || expr === undefined) {
      f.problem(at, 'agentgateway config: an authorization rule is a CEL string or one of allow, deny, require');
      return;
    }
    const action = `${key[0].toUpperCase()}${key.slice(1)}`;
    const exprsAt = o.locate([...R, i, key]);
    out.push({ action, exprs: [expr.trim()], at: exprsAt, exprsAt, ...flags(traffic, check) });
  });
  return out;
}

const flags = (traffic: boolean, check: AuthorizationRule['check']) => ({
  ...(traffic ? { traffic } : {}),
  ...(check ? { check } : {}),
});

/** Blocks checked at the gateway, before a route is chosen: their rules are a set of their own. */
export type GatewayPhase = (block: NodePath) => boolean;

/** `mcpAuthorization` (tool rules) and `authorization` (HTTP rules) of every block: rule sets compose. */
export function blockRules(
  o: ManifestObject,
  blocks: readonly NodePath[],
  ctx: ReadContext,
  early: GatewayPhase = () => false,
): AuthorizationRule[] {
  return blocks.flatMap((P) => [
    ...ruleSet(o, [...P, 'mcpAuthorization'], ctx, false, early(P) ? 'Gateway' : undefined),
    ...ruleSet(o, [...P, 'authorization'], ctx, true, early(P) ? 'Gateway' : undefined),
  ]);
}

/** Records the rules in front of a model, each located at its own line. */
export function addModelRules(m: SurfaceModel, rules: readonly AuthorizationRule[]): void {
  if (rules.length === 0) return;
  m.at ??= {};
  const texts = rules.map((r) => `${r.check ? `${r.check} ` : ''}${r.action}: ${r.exprs.join(' && ')}`);
  rules.forEach((r, i) => {
    m.at![`authorizationRule:${texts[i]}`] ??= r.at;
  });
  m.at.authorization ??= rules[0].at;
  m.authorization = [...new Set([...(m.authorization ?? []), ...texts])].sort();
}

/** Records guardrails and rate limits in front of a model, each located at its own line. */
export function addGuardrails(m: SurfaceModel, found: ReadonlyArray<readonly [string, Position]>): void {
  if (found.length === 0) return;
  m.at ??= {};
  for (const [text, pos] of found) m.at[`guardrail:${text}`] ??= pos;
  m.at.guardrails ??= found[0][1];
  m.guardrails = [...new Set([...(m.guardrails ?? []), ...found.map(([t]) => t)])].sort();
}

/**
 * A config file's PromptGuard (schema/config.json `PromptGuard`): lists of guards, each one of `regex {action, rules:
 * [{builtin | pattern}]}`, `webhook {target}`, `openAIModeration {model}`, `bedrockGuardrails {guardrailIdentifier,
 * guardrailVersion, region}`, `googleModelArmor {projectId, templateId}`, `azureContentSafety {endpoint, analyzeText,
 * detectJailbreak}`.
 */
const CONFIG_GUARDS: GuardFormat = {
  kinds: ['regex', 'webhook', 'openAIModeration', 'bedrockGuardrails', 'googleModelArmor', 'azureContentSafety'],
  entries: 'list',
  missing: (_o, side) => `agentgateway config: a ${side} guard needs one of ${CONFIG_GUARDS.kinds.join(', ')}`,
  regex(o, K, ctx) {
    const f = ctx.fields;
    const rules = (f.list(o, [...K, 'rules']) ?? []).map((_, r): [string, NodePath] => [
      f.str(o, [...K, 'rules', r, 'builtin']) ?? f.str(o, [...K, 'rules', r, 'pattern']) ?? '?',
      [...K, 'rules', r],
    ]);
    return { action: f.str(o, [...K, 'action']) ?? 'mask', rules };
  },
  other: (o, K, kind, ctx) => [kind, guardTarget(o, K, kind, ctx)],
};

/** One fact per check of a config file's PromptGuard node. */
export function promptGuards(o: ManifestObject, G: NodePath, ctx: ReadContext): Array<[string, Position]> {
  return promptGuardChecks(o, G, CONFIG_GUARDS, ctx);
}

function guardTarget(o: ManifestObject, K: NodePath, kind: string, ctx: ReadContext): string {
  const f = ctx.fields;
  const s = (...p: NodePath) => f.str(o, [...K, ...p]);
  switch (kind) {
    case 'webhook':
      return s('target', 'host') ?? s('target', 'backend') ?? s('target', 'service', 'name') ?? '';
    case 'openAIModeration':
      return s('model') ?? 'omni-moderation-latest';
    case 'bedrockGuardrails':
      return `${s('guardrailIdentifier') ?? '?'}@${s('guardrailVersion') ?? '?'} ${s('region') ?? ''}`.trimEnd();
    case 'googleModelArmor':
      return `${s('projectId') ?? '?'}/${s('templateId') ?? '?'}`;
    default: {
      const checks = ['analyzeText', 'detectJailbreak'].filter((k) => f.raw(o, [...K, k]) !== undefined);
      return `${s('endpoint') ?? '?'}${checks.length > 0 ? ` (${checks.join(', ')})` : ''}`;
    }
  }
}

/** One fact per local rate limit of a `localRateLimit` node (a list, or `{conditional: [...]}` with conditions). */
export function rateLimits(o: ManifestObject, L: NodePath, ctx: ReadContext): Array<[string, Position]> {
  const f = ctx.fields;
  const raw = f.raw(o, L);
  if (raw === undefined || raw === null) return [];
  const conditional = f.raw(o, [...L, 'conditional']) !== undefined;
  const list = conditional ? [...L, 'conditional'] : L;
  return (f.list(o, list) ?? []).map((_, i): [string, Position] => {
    const R = [...list, i];
    const type = f.str(o, [...R, 'type']) ?? 'requests';
    const when = conditional ? f.str(o, [...R, 'condition']) : undefined;
    const text =
      `rate limit ${f.str(o, [...R, 'maxTokens']) ?? '0'} ${type} per ${f.str(o, [...R, 'fillInterval']) ?? '?'}` +
      `, +${f.str(o, [...R, 'tokensPerFill']) ?? '0'} a fill${when !== undefined ? ` when ${when}` : ''}`;
    return [text, o.locate(R)];
  });
}

/** The policies the top-level `policies[]` attach, by what they target. */
export interface AttachedPolicies {
  /** Backend name → the policy nodes, with the MCP target or AI provider they are limited to (`section`). */
  backends: Map<string, Array<{ path: NodePath; section?: string }>>;
  /** Route name → the policy nodes (a `ruleName` is a rule of that route: taken as the route). */
  routes: Map<string, NodePath[]>;
  /** Gateway name → the policy nodes (all listeners, or one by `listenerName`: taken as the gateway). */
  gateways: Map<string, NodePath[]>;
}

export function attachedPolicies(o: ManifestObject, ctx: ReadContext): AttachedPolicies {
  const f = ctx.fields;
  const out: AttachedPolicies = { backends: new Map(), routes: new Map(), gateways: new Map() };
  const add = <T>(m: Map<string, T[]>, k: string, v: T) => m.set(k, [...(m.get(k) ?? []), v]);
  (f.list(o, ['policies']) ?? []).forEach((_, i) => {
    const P = ['policies', i];
    const T = [...P, 'target'];
    const path = [...P, 'policy'];
    const backend = f.str(o, [...T, 'backend', 'backend', 'name']);
    const route = f.str(o, [...T, 'route', 'name']);
    const gateway = f.str(o, [...T, 'gateway', 'gatewayName']);
    if (backend !== undefined) {
      const section = f.str(o, [...T, 'backend', 'backend', 'section']);
      add(out.backends, backend, { path, ...(section !== undefined ? { section } : {}) });
    } else if (route !== undefined) add(out.routes, route, path);
    else if (gateway !== undefined) add(out.gateways, gateway, path);
    else if (f.raw(o, [...T, 'backend', 'service']) === undefined && f.raw(o, [...T, 'listenerSet']) === undefined)
      f.problem(o.locate(T), 'agentgateway config: a policy target needs a gateway, route or backend name');
  });
  return out;
}
