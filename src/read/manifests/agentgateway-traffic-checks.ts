import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { AuthorizationRule, PolicyBlock } from './agentgateway-policies.js';
import {
  type CheckField,
  htpasswdUsers,
  isSet,
  jwtText,
  labelsText,
  type MergeRules,
  rejectsAnonymous,
  required,
  type TrafficChecks,
} from './gateway-caller-checks.js';
import type { ReadContext } from './kagent.js';

/**
 * The caller checks and rate limits of agentgateway's CRDs (controller/api/v1alpha1/agentgateway
 * agentgateway_policy_types.go at agentgateway 75b4e6ce6e0e):
 * - an AgentgatewayPolicy's `spec.traffic` on the routes and Gateways in front of the backend: `jwtAuthentication
 *   {mode (default Strict), providers[] {issuer, audiences, jwks}, mcp}`, `basicAuthentication {mode, users[] |
 *   secretRef}`, `apiKeyAuthentication {mode, secretRef | secretSelector | configMapSelector}`, `extAuth` (ExtAuth
 *   `{backendRef | url, grpc | http, failureMode}`, or `conditional[] {condition, policy}`), `rateLimit`
 *   (RateLimitsOrConditional: `local[] {requests | tokens, unit, burst}`, `global {backendRef | url, domain,
 *   descriptors[] {entries[] {name, expression}, unit}, failureMode}`, or `conditional[] {condition, policy}`);
 *   `phase: PreRouting` runs them before the route is chosen, `strategy.inheritance: Override` keeps more precise
 *   policies from replacing them (store/binds.rs `route_policies`, store/policy.rs `merge_with_inheritance`);
 * - the backend's own blocks (`spec.policies`, an attached policy's `spec.backend`): `extAuth` and, in front of an MCP
 *   target, the deprecated `mcp.authentication {issuer, audiences, jwks, mode, provider}`, each from the most precise
 *   block that sets it (binds.rs `BackendPolicies::merge`).
 * The controller turns a local limit into a bucket of `requests + burst` refilled with `requests` each unit
 * (controller/pkg/agentgateway/plugins/traffic_plugin.go `processLocalRateLimitTraffic`), written here as the config
 * file's limits are.
 */
const T = ['spec', 'traffic'];

export const AGENTGATEWAY_TRAFFIC_CHECKS: readonly CheckField[] = [
  { key: 'jwtAuthentication', read: (o, ctx) => jwtAuthentication(o, [...T, 'jwtAuthentication'], ctx) },
  { key: 'basicAuthentication', read: (o, ctx) => basicAuthentication(o, [...T, 'basicAuthentication'], ctx) },
  { key: 'apiKeyAuthentication', read: (o, ctx) => apiKeyAuthentication(o, [...T, 'apiKeyAuthentication'], ctx) },
  { key: 'extAuth', read: (o, ctx) => conditionalExtAuth(o, [...T, 'extAuth'], ctx) },
  { key: 'rateLimit.local', read: (o, ctx) => rateLimits(o, [...T, 'rateLimit'], 'local', ctx) },
  { key: 'rateLimit.global', read: (o, ctx) => rateLimits(o, [...T, 'rateLimit'], 'global', ctx) },
];

export const AGENTGATEWAY_MERGE: MergeRules = {
  early: (o, ctx) => ctx.fields.str(o, [...T, 'phase']) === 'PreRouting',
  locks: (o, ctx) => ctx.fields.str(o, ['spec', 'strategy', 'inheritance']) === 'Override',
};

function jwtAuthentication(o: ManifestObject, J: NodePath, ctx: ReadContext): TrafficChecks | undefined {
  const f = ctx.fields;
  if (!isSet(o, J, ctx)) return undefined;
  if (!rejectsAnonymous(f.str(o, [...J, 'mode']), 'strict')) return { rules: [], limits: [] };
  const providers = (f.list(o, [...J, 'providers']) ?? []).map((_, i) => [...J, 'providers', i]);
  const mcp = isSet(o, [...J, 'mcp'], ctx) ? ' (MCP OAuth)' : '';
  return { rules: [required(`${jwtText(o, providers, ctx)}${mcp}`, o.locate(J))], limits: [] };
}

function basicAuthentication(o: ManifestObject, B: NodePath, ctx: ReadContext): TrafficChecks | undefined {
  const f = ctx.fields;
  if (!isSet(o, B, ctx)) return undefined;
  if (!rejectsAnonymous(f.str(o, [...B, 'mode']), 'strict')) return { rules: [], limits: [] };
  const secret = f.str(o, [...B, 'secretRef', 'name']);
  const key = f.str(o, [...B, 'secretRef', 'key']);
  const users =
    secret !== undefined
      ? `from Secret ${secret}${key !== undefined ? `/${key}` : ''}`
      : htpasswdUsers(f.strings(o, [...B, 'users']) ?? []);
  return { rules: [required(`basic authentication, users ${users}`, o.locate(B))], limits: [] };
}

function apiKeyAuthentication(o: ManifestObject, A: NodePath, ctx: ReadContext): TrafficChecks | undefined {
  const f = ctx.fields;
  if (!isSet(o, A, ctx)) return undefined;
  if (!rejectsAnonymous(f.str(o, [...A, 'mode']), 'strict')) return { rules: [], limits: [] };
  const secret = f.str(o, [...A, 'secretRef', 'name']);
  const from =
    secret !== undefined
      ? `Secret ${secret}`
      : isSet(o, [...A, 'secretSelector'], ctx)
        ? `Secrets labelled ${labelsText(o, [...A, 'secretSelector', 'matchLabels'], ctx)}`
        : `ConfigMaps labelled ${labelsText(o, [...A, 'configMapSelector', 'matchLabels'], ctx)}`;
  return { rules: [required(`API key from ${from}`, o.locate(A))], limits: [] };
}

/** `backendRef` (a Service or Backend, by name) or `url` of a policy's remote server. */
function server(o: ManifestObject, P: NodePath, ctx: ReadContext): string {
  const f = ctx.fields;
  return f.str(o, [...P, 'backendRef', 'name']) ?? f.str(o, [...P, 'url']) ?? '?';
}

/**
 * One ExtAuth: the server that decides, its protocol, the requests it sees (`when` a conditional entry's condition
 * holds), and whether it lets them through when it fails.
 */
function extAuthText(o: ManifestObject, E: NodePath, ctx: ReadContext, when = ''): string {
  const protocol = isSet(o, [...E, 'http'], ctx) ? 'http' : 'grpc';
  const open = ctx.fields.str(o, [...E, 'failureMode']) === 'FailOpen' ? ', fail open' : '';
  return `external authorization by ${server(o, E, ctx)} (${protocol})${when}${open}`;
}

function conditionalExtAuth(o: ManifestObject, E: NodePath, ctx: ReadContext): TrafficChecks | undefined {
  if (!isSet(o, E, ctx)) return undefined;
  return {
    rules: conditional(o, E, ctx).map(({ P, when }) => required(extAuthText(o, P, ctx, when), o.locate(P))),
    limits: [],
  };
}

/** The entries of a policy written inline or as `conditional[] {condition, policy}` (the first that matches runs). */
function conditional(o: ManifestObject, N: NodePath, ctx: ReadContext): Array<{ P: NodePath; when: string }> {
  const f = ctx.fields;
  if (!isSet(o, [...N, 'conditional'], ctx)) return [{ P: N, when: '' }];
  return (f.list(o, [...N, 'conditional']) ?? []).map((_, i) => {
    const condition = f.str(o, [...N, 'conditional', i, 'condition']);
    return { P: [...N, 'conditional', i, 'policy'], when: condition !== undefined ? ` when ${condition}` : '' };
  });
}

const UNIT: Record<string, string> = { Seconds: '1s', Minutes: '1m', Hours: '1h' };

/** A whole number as written, else undefined (the CRD's minimum is checked by the API server, not here). */
const count = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);

/** The local (`requests`/`tokens` per unit, with a burst) or global (a rate limit service's descriptors) limits. */
function rateLimits(
  o: ManifestObject,
  R: NodePath,
  kind: 'local' | 'global',
  ctx: ReadContext,
): TrafficChecks | undefined {
  const f = ctx.fields;
  const entries = conditional(o, R, ctx).filter(({ P }) => isSet(o, [...P, kind], ctx));
  if (entries.length === 0) return undefined;
  const limits: Array<[string, Position]> = [];
  for (const { P, when } of entries) {
    if (kind === 'local') {
      (f.list(o, [...P, 'local']) ?? []).forEach((_, i) => {
        const L = [...P, 'local', i];
        const unit = f.raw(o, [...L, 'tokens']) !== undefined ? 'tokens' : 'requests';
        const n = count(f.str(o, [...L, unit]));
        const burst = count(f.str(o, [...L, 'burst']) ?? '0');
        const bucket = n !== undefined && burst !== undefined ? String(n + burst) : '?';
        const per = UNIT[f.str(o, [...L, 'unit']) ?? ''] ?? '?';
        limits.push([`rate limit ${bucket} ${unit} per ${per}, +${n ?? '?'} a fill${when}`, o.locate(L)]);
      });
      continue;
    }
    const G = [...P, 'global'];
    const by = server(o, G, ctx);
    const domain = f.str(o, [...G, 'domain']) ?? '?';
    const open = f.str(o, [...G, 'failureMode']) === 'FailOpen' ? ', fail open' : '';
    (f.list(o, [...G, 'descriptors']) ?? []).forEach((_, i) => {
      const D = [...G, 'descriptors', i];
      const keys = (f.list(o, [...D, 'entries']) ?? []).map(
        (__, j) =>
          `${f.str(o, [...D, 'entries', j, 'name']) ?? '?'}=${f.str(o, [...D, 'entries', j, 'expression']) ?? '?'}`,
      );
      const unit = f.str(o, [...D, 'unit']) ?? 'Requests';
      limits.push([`rate limit by ${by} domain ${domain}: ${keys.join(', ')} (${unit})${when}${open}`, o.locate(D)]);
    });
  }
  return { rules: [], limits };
}

/**
 * The backend's own checks in front of one entry: `extAuth` (MCP targets and AI providers) and, on an MCP target,
 * `mcp.authentication`, each from the most precise block that sets it. Not decided on the route: written without
 * `HTTP` on an MCP target.
 */
export function backendChecks(blocks: readonly PolicyBlock[], ctx: ReadContext, mcp: boolean): AuthorizationRule[] {
  const f = ctx.fields;
  const first = (...path: NodePath) => blocks.find(({ o, path: P }) => isSet(o, [...P, ...path], ctx));
  const out: AuthorizationRule[] = [];
  const ext = first('extAuth');
  if (ext)
    out.push(
      required(extAuthText(ext.o, [...ext.path, 'extAuth'], ctx), ext.o.locate([...ext.path, 'extAuth']), false),
    );
  const auth = mcp ? first('mcp', 'authentication') : undefined;
  if (auth) {
    const A = [...auth.path, 'mcp', 'authentication'];
    if (rejectsAnonymous(f.str(auth.o, [...A, 'mode']), 'strict')) {
      const idp = f.str(auth.o, [...A, 'provider']);
      out.push(
        required(`MCP ${jwtText(auth.o, [A], ctx)}${idp !== undefined ? ` (${idp})` : ''}`, auth.o.locate(A), false),
      );
    }
  }
  return out;
}
