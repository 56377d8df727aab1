import type { NodePath } from '../../model/catalog.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceMcpServer, SurfaceModel } from '../../model/surface.js';
import { addGuardrails, addModelRules } from './agentgateway-config-policies.js';
import { type AuthorizationRule, applyAuthorizationRules, CRD_GUARDS, summary } from './agentgateway-policies.js';
import { trafficPoliciesOn } from './agentgateway-policy-kind.js';
import type { ReadContext } from './kagent.js';
import { crdRegexRules, type GuardFormat, promptGuardChecks } from './prompt-guards.js';

/**
 * kgateway's TrafficPolicy (gateway.kgateway.dev/v1alpha1) on the routes and Gateways that lead to an agent's kgateway
 * `Backend`: what decides which prompts reach the model and who may call the model or the MCP targets that way.
 * Field names as in kgateway-dev/kgateway api/v1alpha1 (stored index of the public repository):
 * - `spec.ai` of the v2.0 line (`AIPolicy {promptEnrichment, promptGuard, defaults, routeType}`; `AIPromptGuard
 *   {request, response}`, each one object whose `regex {matches[{pattern, name}], builtins[], action}`, `webhook
 *   {host {host, port}}` and request `moderation {openAIModeration {model}}` each run in turn); the later list form
 *   (`request[]`, each one of `regex`, `webhook {backendRef}`, `openAIModeration`…, as agentgateway's CRDs) is read
 *   too;
 * - `spec.rbac` (api/v1alpha1/shared/rbac.go `Authorization {policy {matchExpressions[], allowedCIDRs[],
 *   blockedCIDRs[]}, action: Allow|Deny}` @5aa980bac6db; traffic_policy_types.go @181f64abdc64: "only the most
 *   specific policy is enforced").
 * kgateway takes each of these fields whole from the most precise policy that sets it (route rule, route, listener,
 * Gateway), so one field set nearer the route hides the broader one.
 */
export interface TrafficPolicies {
  model(m: SurfaceModel): SurfaceModel;
  mcp(s: SurfaceMcpServer): SurfaceMcpServer;
}

export function kgatewayTrafficPolicies(backend: ManifestObject, ctx: ReadContext): TrafficPolicies {
  const policies = trafficPoliciesOn(backend, ctx);
  const first = (...path: NodePath) => policies.find((p) => ctx.fields.raw(p, ['spec', ...path]) !== undefined);
  const rbac = first('rbac');
  const rules = rbac ? rbacRule(rbac, ctx) : [];
  return {
    model(m) {
      addModelRules(m, rules);
      const guard = first('ai', 'promptGuard');
      if (guard) addGuardrails(m, kgatewayPromptGuards(guard, ['spec', 'ai', 'promptGuard'], ctx));
      const enrich = first('ai', 'promptEnrichment');
      if (enrich) promptEnrichment(enrich, m, ctx);
      return m;
    },
    mcp(s) {
      applyAuthorizationRules(rules, s);
      return s;
    },
  };
}

/**
 * `spec.rbac` as one HTTP rule: its CEL expressions (any of them matches) and its CIDR lists as written
 * (`allowedCIDRs [...]`, `blockedCIDRs [...]`: the client addresses the rule is further limited to, or refused).
 */
function rbacRule(p: ManifestObject, ctx: ReadContext): AuthorizationRule[] {
  const f = ctx.fields;
  const R = ['spec', 'rbac'];
  const exprs = f.strings(p, [...R, 'policy', 'matchExpressions']) ?? [];
  const conditions = [
    ...(exprs.length > 1 ? [exprs.map((e) => `(${e})`).join(' || ')] : exprs),
    ...cidrs(p, [...R, 'policy', 'allowedCIDRs'], 'allowedCIDRs', ctx),
    ...cidrs(p, [...R, 'policy', 'blockedCIDRs'], 'blockedCIDRs', ctx),
  ];
  return [
    {
      action: f.str(p, [...R, 'action']) ?? 'Allow',
      exprs: conditions,
      at: p.locate(R),
      exprsAt: p.locate([...R, 'policy']),
      traffic: true,
    },
  ];
}

function cidrs(p: ManifestObject, path: NodePath, words: string, ctx: ReadContext): string[] {
  const list = ctx.fields.strings(p, path);
  return list && list.length > 0 ? [`${words} [${list.join(', ')}]`] : [];
}

/** kgateway 2.0's prompt guard: one request and one response entry, every guard set in it a check of its own. */
const KGATEWAY_GUARDS: GuardFormat = {
  kinds: ['webhook', 'regex', 'moderation'],
  entries: 'one',
  missing: (o, side) => `${o.kind} ${o.name}: a ${side} prompt guard needs one of ${KGATEWAY_GUARDS.kinds.join(', ')}`,
  regex: (o, K, ctx) => ({ action: ctx.fields.str(o, [...K, 'action']) ?? 'MASK', rules: crdRegexRules(o, K, ctx) }),
  other(o, K, kind, ctx) {
    const s = (...p: NodePath) => ctx.fields.str(o, [...K, ...p]);
    if (kind === 'moderation') return ['openAIModeration', s('openAIModeration', 'model') ?? 'omni-moderation-latest'];
    const port = s('host', 'port');
    return ['webhook', `${s('host', 'host') ?? '?'}${port !== undefined ? `:${port}` : ''}`];
  },
};

/** The checks of a TrafficPolicy `ai.promptGuard`, in whichever of its two shapes it is written. */
function kgatewayPromptGuards(o: ManifestObject, G: NodePath, ctx: ReadContext) {
  const listed = ['request', 'response'].some((side) => Array.isArray(ctx.fields.raw(o, [...G, side])));
  return promptGuardChecks(o, G, listed ? CRD_GUARDS : KGATEWAY_GUARDS, ctx);
}

/** `ai.promptEnrichment.prepend|append[] {role, content}`: messages the gateway adds to every request. */
function promptEnrichment(o: ManifestObject, m: SurfaceModel, ctx: ReadContext): void {
  const f = ctx.fields;
  const P = ['spec', 'ai', 'promptEnrichment'];
  const parts: string[] = [];
  for (const side of ['prepend', 'append']) {
    (f.list(o, [...P, side]) ?? []).forEach((_, i) => {
      const role = f.str(o, [...P, side, i, 'role']) ?? '?';
      parts.push(`${side} ${role}: ${summary(f.str(o, [...P, side, i, 'content']) ?? '')}`);
    });
  }
  if (parts.length === 0) return;
  m.prompt = parts.join('; ');
  m.at ??= {};
  m.at.prompt = o.locate(P);
}
