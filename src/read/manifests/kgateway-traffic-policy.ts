import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceMcpServer, SurfaceModel } from '../../model/surface.js';
import { addGuardrails, addModelRules } from './agentgateway-config-policies.js';
import { type AuthorizationRule, applyAuthorizationRules, CRD_GUARDS, summary } from './agentgateway-policies.js';
import { policiesPerRoute, trafficPoliciesOn } from './agentgateway-policy-kind.js';
import {
  type CheckField,
  checksOnEveryRoute,
  htpasswdUsers,
  isSet,
  labelsText,
  required,
  type TrafficChecks,
} from './gateway-caller-checks.js';
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
 * - the caller checks and rate limits (kgateway/traffic_policy_types.go @181f64abdc64 `extAuth`, `jwtAuth`,
 *   `basicAuth`, `apiKeyAuth`, `oauth2`, `rateLimit {local {tokenBucket {maxTokens, tokensPerFill, fillInterval}},
 *   global {descriptors[] {entries[]}, extensionRef}}`; ext_auth_types.go @94370cb17197 `{extensionRef | disable}`,
 *   jwt_types.go @43e35f1575b3 `{extensionRef | disable}`, basic_auth_types.go @fbd53a3a784c `{users[] | secretRef |
 *   disable}`, oauth2.go @01f4512db80d `{extensionRef}`), per route, so that a `disable` on one route is a way in
 *   without the Gateway's check (gateway-caller-checks.ts).
 * kgateway takes each of these fields whole from the most precise policy that sets it (route rule, route, listener,
 * Gateway; `rateLimit.local` and `rateLimit.global` apart), so one field set nearer the route hides the broader one.
 */
export interface TrafficPolicies {
  model(m: SurfaceModel): SurfaceModel;
  mcp(s: SurfaceMcpServer): SurfaceMcpServer;
}

export function kgatewayTrafficPolicies(backend: ManifestObject, ctx: ReadContext): TrafficPolicies {
  const policies = trafficPoliciesOn(backend, ctx);
  const first = (...path: NodePath) => policies.find((p) => ctx.fields.raw(p, ['spec', ...path]) !== undefined);
  const rbac = first('rbac');
  const checks = checksOnEveryRoute(policiesPerRoute(backend, ctx, 'TrafficPolicy'), KGATEWAY_CHECKS, ctx);
  const rules = [...(rbac ? rbacRule(rbac, ctx) : []), ...checks.rules];
  return {
    model(m) {
      addModelRules(m, rules);
      addGuardrails(m, checks.limits);
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

/** A field kgateway lets a more precise policy switch off with `disable: {}`: set, but no check. */
function unlessDisabled(
  o: ManifestObject,
  path: NodePath,
  ctx: ReadContext,
  check: (P: NodePath) => string | undefined,
): TrafficChecks | undefined {
  if (!isSet(o, path, ctx)) return undefined;
  if (isSet(o, [...path, 'disable'], ctx)) return { rules: [], limits: [] };
  const text = check(path);
  return { rules: text !== undefined ? [required(text, o.locate(path))] : [], limits: [] };
}

/** `<what> by GatewayExtension <name>`: the extension that holds the providers or the server. */
const byExtension = (o: ManifestObject, P: NodePath, what: string, ctx: ReadContext) => {
  const name = ctx.fields.str(o, [...P, 'extensionRef', 'name']);
  return name !== undefined ? `${what} by GatewayExtension ${name}` : undefined;
};

const KGATEWAY_CHECKS: readonly CheckField[] = [
  {
    key: 'extAuth',
    read: (o, ctx) =>
      unlessDisabled(o, ['spec', 'extAuth'], ctx, (P) => byExtension(o, P, 'external authorization', ctx)),
  },
  {
    key: 'jwtAuth',
    read: (o, ctx) => unlessDisabled(o, ['spec', 'jwtAuth'], ctx, (P) => byExtension(o, P, 'JWT', ctx)),
  },
  {
    key: 'oauth2',
    read: (o, ctx) => unlessDisabled(o, ['spec', 'oauth2'], ctx, (P) => byExtension(o, P, 'OAuth2 login', ctx)),
  },
  {
    key: 'basicAuth',
    read: (o, ctx) =>
      unlessDisabled(o, ['spec', 'basicAuth'], ctx, (P) => {
        const secret = ctx.fields.str(o, [...P, 'secretRef', 'name']);
        return `basic authentication, users ${secret !== undefined ? `from Secret ${secret}` : htpasswdUsers(ctx.fields.strings(o, [...P, 'users']) ?? [])}`;
      }),
  },
  {
    key: 'apiKeyAuth',
    read: (o, ctx) =>
      unlessDisabled(o, ['spec', 'apiKeyAuth'], ctx, (P) => {
        const secret = ctx.fields.str(o, [...P, 'secretRef', 'name']);
        return `API key from ${secret !== undefined ? `Secret ${secret}` : `Secrets labelled ${labelsText(o, [...P, 'secretSelector', 'matchLabels'], ctx)}`}`;
      }),
  },
  { key: 'rateLimit.local', read: localRateLimit },
  { key: 'rateLimit.global', read: globalRateLimit },
];

/**
 * `rateLimit.local.tokenBucket` as the config file's limits are written (`maxTokens` requests, `tokensPerFill`
 * (default 1) every `fillInterval`); `percentEnabled` / `percentEnforced` below 100 as written, since the limit then
 * holds for part of the requests only. A local policy without a bucket limits nothing.
 */
function localRateLimit(o: ManifestObject, ctx: ReadContext): TrafficChecks | undefined {
  const f = ctx.fields;
  const L = ['spec', 'rateLimit', 'local'];
  if (!isSet(o, L, ctx)) return undefined;
  const B = [...L, 'tokenBucket'];
  if (!isSet(o, B, ctx)) return { rules: [], limits: [] };
  const share = ['percentEnabled', 'percentEnforced']
    .map((k) => [k, f.str(o, [...L, k])] as const)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `, ${k === 'percentEnabled' ? 'enabled' : 'enforced'} on ${v}%`)
    .join('');
  const text = `rate limit ${f.str(o, [...B, 'maxTokens']) ?? '0'} requests per ${f.str(o, [...B, 'fillInterval']) ?? '?'}, +${f.str(o, [...B, 'tokensPerFill']) ?? '1'} a fill${share}`;
  return { rules: [], limits: [[text, o.locate(B)]] };
}

/** `rateLimit.global`: one limit per descriptor the rate limit service of the GatewayExtension counts by. */
function globalRateLimit(o: ManifestObject, ctx: ReadContext): TrafficChecks | undefined {
  const f = ctx.fields;
  const G = ['spec', 'rateLimit', 'global'];
  if (!isSet(o, G, ctx)) return undefined;
  const by = f.str(o, [...G, 'extensionRef', 'name']) ?? '?';
  const limits = (f.list(o, [...G, 'descriptors']) ?? []).map((_, i): [string, Position] => {
    const D = [...G, 'descriptors', i];
    const entries = (f.list(o, [...D, 'entries']) ?? []).map((__, j) => {
      const E = [...D, 'entries', j];
      const type = f.str(o, [...E, 'type']) ?? '?';
      if (type === 'Generic')
        return `${f.str(o, [...E, 'generic', 'key']) ?? '?'}=${f.str(o, [...E, 'generic', 'value']) ?? '?'}`;
      if (type === 'Header') return `header ${f.str(o, [...E, 'header']) ?? '?'}`;
      return type === 'RemoteAddress' ? 'remote address' : type.toLowerCase();
    });
    return [`rate limit by GatewayExtension ${by}: ${entries.join(', ')}`, o.locate(D)];
  });
  return { rules: [], limits };
}
