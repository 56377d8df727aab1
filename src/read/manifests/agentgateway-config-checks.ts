import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { GatewayPhase } from './agentgateway-config-policies.js';
import type { AuthorizationRule } from './agentgateway-policies.js';
import { htpasswdUsers, isSet, jwtText, rejectsAnonymous, required } from './gateway-caller-checks.js';
import type { ReadContext } from './kagent.js';

/**
 * The caller checks and remote rate limits of agentgateway's own config file, field names as in
 * crates/agentgateway/src/types/local.rs `FilterOrPolicy` and `LocalGatewayPolicy`, and schema/config.json at
 * agentgateway 75b4e6ce6e0e:
 * - `jwtAuth` (http/jwt.rs `LocalJwtConfig`: `{mode, issuer, audiences, jwks}` or `{mode, providers[]}`; `mode`
 *   defaults to `optional`, which lets requests without a token through), `basicAuth {htpasswd, mode}` and `apiKey
 *   {keys[], mode}` (both `optional` by default), `oidc {issuer}` (a login redirect for every unauthenticated
 *   request), `extAuthz` (`{service {name, port} | host | backend, protocol {grpc | http}, failureMode allow | deny}`,
 *   or `{conditional: [{condition, …}]}`) and, in front of an MCP target, `mcpAuthentication {issuer, audiences,
 *   provider, mode}` (`strict` by default);
 * - `remoteRateLimit` (`{service | host | backend, domain, descriptors[] {entries[] {key, value}, type},
 *   failureMode}`, or conditional), a rate limit service's budget in front of a model.
 * Each field comes from the most precise block that sets it; the gateway's own blocks and those attached with `phase:
 * gateway` are a check of their own, run before the route is chosen.
 */
export function configCallerChecks(
  o: ManifestObject,
  blocks: readonly NodePath[],
  ctx: ReadContext,
  early: GatewayPhase = () => false,
  mcp = false,
): AuthorizationRule[] {
  const out: AuthorizationRule[] = [];
  for (const gateway of [false, true]) {
    const phase = blocks.filter((b) => early(b) === gateway);
    for (const [key, read] of FIELDS) {
      if (key === 'mcpAuthentication' && !mcp) continue;
      const b = phase.find((P) => isSet(o, [...P, key], ctx));
      if (!b) continue;
      const rules = read(o, [...b, key], ctx);
      out.push(...(gateway ? rules.map((r) => ({ ...r, check: 'Gateway' as const })) : rules));
    }
  }
  return out;
}

type FieldReader = (o: ManifestObject, P: NodePath, ctx: ReadContext) => AuthorizationRule[];

const FIELDS: ReadonlyArray<readonly [string, FieldReader]> = [
  ['jwtAuth', jwtAuth],
  ['basicAuth', basicAuth],
  ['apiKey', apiKey],
  ['oidc', (o, P, ctx) => [required(`OIDC login with ${ctx.fields.str(o, [...P, 'issuer']) ?? '?'}`, o.locate(P))]],
  ['extAuthz', extAuthz],
  ['mcpAuthentication', mcpAuthentication],
];

function jwtAuth(o: ManifestObject, J: NodePath, ctx: ReadContext): AuthorizationRule[] {
  const f = ctx.fields;
  if (!rejectsAnonymous(f.str(o, [...J, 'mode']), 'optional')) return [];
  const providers = isSet(o, [...J, 'providers'], ctx)
    ? (f.list(o, [...J, 'providers']) ?? []).map((_, i) => [...J, 'providers', i])
    : [J];
  return [required(jwtText(o, providers, ctx), o.locate(J))];
}

function basicAuth(o: ManifestObject, B: NodePath, ctx: ReadContext): AuthorizationRule[] {
  const f = ctx.fields;
  if (!rejectsAnonymous(f.str(o, [...B, 'mode']), 'optional')) return [];
  const file = f.str(o, [...B, 'htpasswd', 'file']);
  const inline = file === undefined ? (f.str(o, [...B, 'htpasswd']) ?? '') : '';
  const users =
    file !== undefined
      ? `from file ${file}`
      : htpasswdUsers(inline.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#')));
  return [required(`basic authentication, users ${users}`, o.locate(B))];
}

/** The keys themselves are secrets written in the file: only how many. */
function apiKey(o: ManifestObject, A: NodePath, ctx: ReadContext): AuthorizationRule[] {
  const f = ctx.fields;
  if (!rejectsAnonymous(f.str(o, [...A, 'mode']), 'optional')) return [];
  const n = (f.list(o, [...A, 'keys']) ?? []).length;
  return [required(`API key (${n} key${n === 1 ? '' : 's'} in the file)`, o.locate(A))];
}

function mcpAuthentication(o: ManifestObject, A: NodePath, ctx: ReadContext): AuthorizationRule[] {
  const f = ctx.fields;
  if (!rejectsAnonymous(f.str(o, [...A, 'mode']), 'strict')) return [];
  const idp = f.str(o, [...A, 'provider']);
  return [required(`MCP ${jwtText(o, [A], ctx)}${idp !== undefined ? ` (${idp})` : ''}`, o.locate(A), false)];
}

/** A remote service's address: `service {name, port}`, `host` or a named `backend`. */
function remote(o: ManifestObject, P: NodePath, ctx: ReadContext): string {
  const f = ctx.fields;
  const svc = f.str(o, [...P, 'service', 'name']);
  return svc !== undefined
    ? `${svc}:${f.str(o, [...P, 'service', 'port']) ?? '?'}`
    : (f.str(o, [...P, 'host']) ?? f.str(o, [...P, 'backend']) ?? '?');
}

/** The entries of a policy written inline or as `{conditional: [{condition, …}]}`. */
function entries(o: ManifestObject, N: NodePath, ctx: ReadContext): Array<{ P: NodePath; when: string }> {
  const f = ctx.fields;
  if (!isSet(o, [...N, 'conditional'], ctx)) return [{ P: N, when: '' }];
  return (f.list(o, [...N, 'conditional']) ?? []).map((_, i) => {
    const condition = f.str(o, [...N, 'conditional', i, 'condition']);
    return { P: [...N, 'conditional', i], when: condition !== undefined ? ` when ${condition}` : '' };
  });
}

function extAuthz(o: ManifestObject, E: NodePath, ctx: ReadContext): AuthorizationRule[] {
  return entries(o, E, ctx).map(({ P, when }) => {
    const protocol = isSet(o, [...P, 'protocol', 'http'], ctx) ? 'http' : 'grpc';
    const open = ctx.fields.str(o, [...P, 'failureMode']) === 'allow' ? ', fail open' : '';
    return required(`external authorization by ${remote(o, P, ctx)} (${protocol})${when}${open}`, o.locate(P));
  });
}

/** One limit per descriptor a `remoteRateLimit` sends its service, from the most precise block that sets one. */
export function remoteRateLimits(
  o: ManifestObject,
  blocks: readonly NodePath[],
  ctx: ReadContext,
): Array<[string, Position]> {
  const f = ctx.fields;
  const b = blocks.find((P) => isSet(o, [...P, 'remoteRateLimit'], ctx));
  if (!b) return [];
  const out: Array<[string, Position]> = [];
  for (const { P, when } of entries(o, [...b, 'remoteRateLimit'], ctx)) {
    const by = remote(o, P, ctx);
    const domain = f.str(o, [...P, 'domain']) ?? '?';
    const open = /^failopen$/i.test(f.str(o, [...P, 'failureMode']) ?? '') ? ', fail open' : '';
    (f.list(o, [...P, 'descriptors']) ?? []).forEach((_, i) => {
      const D = [...P, 'descriptors', i];
      const keys = (f.list(o, [...D, 'entries']) ?? []).map(
        (__, j) => `${f.str(o, [...D, 'entries', j, 'key']) ?? '?'}=${f.str(o, [...D, 'entries', j, 'value']) ?? '?'}`,
      );
      const unit = f.str(o, [...D, 'type']) ?? 'requests';
      out.push([`rate limit by ${by} domain ${domain}: ${keys.join(', ')} (${unit})${when}${open}`, o.locate(D)]);
    });
  }
  return out;
}
