import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { AuthorizationRule } from './agentgateway-policies.js';
import type { ReadContext } from './kagent.js';

/**
 * The checks a gateway runs on the requests that reach an agent's MCP server or model, beyond its authorization
 * rules: who the caller must prove to be (JWT, basic or API-key authentication, an external authorization server) and
 * how many requests or tokens it lets through (rate limits). Removing the JWT check in front of an MCP server lets
 * anything in the cluster call the agent's tools; lifting a token budget lets a looping agent spend without bound.
 *
 * Each check becomes a fact on the surface the existing diff already weighs: an authentication is a `Require` rule
 * among the server's or model's `authorization` (lost: widened; gained: narrowed), a rate limit one of the model's
 * `guardrails`, written as the config file's local limits are (`rate limit <bucket> <unit> per <interval>, +<refill> a
 * fill`) so that a limit whose numbers moved is weighed by them.
 */
export interface TrafficChecks {
  rules: AuthorizationRule[];
  limits: Array<[string, Position]>;
}

export const NO_CHECKS: TrafficChecks = { rules: [], limits: [] };

/**
 * One policy field that carries checks (`jwtAuthentication`, `rateLimit.local`…). `read` gives undefined when the
 * policy does not set the field, and no checks when it sets it without one (an `Optional` JWT, a `disable`): set
 * nearer the route, such a field still hides a check written on the Gateway.
 */
export interface CheckField {
  key: string;
  read(o: ManifestObject, ctx: ReadContext): TrafficChecks | undefined;
}

/** How a policy kind merges: which phase a policy runs in, and whether it keeps more precise ones from overriding it. */
export interface MergeRules {
  /** A check of its own, run before the route is chosen (agentgateway `phase: PreRouting`). */
  early?(o: ManifestObject, ctx: ReadContext): boolean;
  /** agentgateway `strategy.inheritance: Override`: more precise policies may not replace the fields it sets. */
  locks?(o: ManifestObject, ctx: ReadContext): boolean;
}

/**
 * The checks that hold on every route to a backend. `routes` holds, for each route of the manifests that reaches it,
 * the route and Gateway policies that apply there, least precise first. Per route each field comes whole from the most
 * precise policy that sets it (agentgateway store/binds.rs `route_policies` with `merge_with_inheritance`; kgateway's
 * TrafficPolicy merge, "only the most specific policy is enforced"), unless a less precise one locks it. A check
 * counts only when every route has it: a route that switches it off, or sets none, is a way in without it.
 */
export function checksOnEveryRoute(
  routes: ReadonlyArray<readonly ManifestObject[]>,
  fields: readonly CheckField[],
  ctx: ReadContext,
  merge: MergeRules = {},
): TrafficChecks {
  if (routes.length === 0) return NO_CHECKS;
  const perRoute = routes.map((stack) => effectiveChecks(stack, fields, ctx, merge));
  const [first, ...rest] = perRoute;
  const everywhere = (text: string, of: (c: TrafficChecks) => string[]) => rest.every((c) => of(c).includes(text));
  const ruleTexts = (c: TrafficChecks) => c.rules.map(ruleText);
  const limitTexts = (c: TrafficChecks) => c.limits.map(([t]) => t);
  return {
    rules: first.rules.filter((r) => everywhere(ruleText(r), ruleTexts)),
    limits: first.limits.filter(([t]) => everywhere(t, limitTexts)),
  };
}

/** The checks of one route: each field (in each phase) from the policy that wins it. */
function effectiveChecks(
  stack: readonly ManifestObject[],
  fields: readonly CheckField[],
  ctx: ReadContext,
  merge: MergeRules,
): TrafficChecks {
  const out: TrafficChecks = { rules: [], limits: [] };
  for (const early of [false, true]) {
    const phase = stack.filter((o) => (merge.early?.(o, ctx) ?? false) === early);
    for (const field of fields) {
      let won: TrafficChecks | undefined;
      for (const o of phase) {
        const found = field.read(o, ctx);
        if (found === undefined) continue;
        won = found;
        if (merge.locks?.(o, ctx)) break;
      }
      if (!won) continue;
      out.rules.push(...won.rules.map((r) => (early ? { ...r, check: 'Gateway' as const } : r)));
      out.limits.push(...won.limits);
    }
  }
  return out;
}

const ruleText = (r: AuthorizationRule) =>
  `${r.check ? `${r.check} ` : ''}${r.traffic ? 'HTTP ' : ''}${r.action}: ${r.exprs.join(' && ')}`;

/** A check every request must pass, located where it is written. `traffic`: decided on the HTTP request. */
export function required(text: string, at: Position, traffic = true): AuthorizationRule {
  return { action: 'Require', exprs: [text], at, exprsAt: at, ...(traffic ? { traffic } : {}) };
}

/** Whether a node is written at all (`disable: {}` and `{}` count; YAML `~` does not). */
export function isSet(o: ManifestObject, path: NodePath, ctx: ReadContext): boolean {
  const v = ctx.fields.raw(o, path);
  return v !== undefined && v !== null;
}

/**
 * Whether an authentication mode rejects a request that carries no credential. `Optional` and `Permissive` let it
 * through (agentgateway: "Warning: this allows requests without a JWT token!"), so they are no check on who calls.
 */
export function rejectsAnonymous(mode: string | undefined, fallback: 'strict' | 'optional'): boolean {
  return (mode ?? fallback).toLowerCase() === 'strict';
}

/** `JWT issued by <iss> for <aud>, <aud> or <iss2>` from providers `{issuer, audiences}`. */
export function jwtText(o: ManifestObject, providers: NodePath[], ctx: ReadContext): string {
  const f = ctx.fields;
  const each = providers.map((P) => {
    const aud = f.strings(o, [...P, 'audiences']) ?? [];
    return `${f.str(o, [...P, 'issuer']) ?? '?'}${aud.length > 0 ? ` for ${aud.join(', ')}` : ''}`;
  });
  return `JWT issued by ${each.length > 0 ? each.join(' or ') : '?'}`;
}

/** The user names of htpasswd lines (`name:hash`): the hashes stay out of the surface. */
export function htpasswdUsers(lines: readonly string[]): string {
  return lines.map((l) => l.split(':')[0]).join(', ');
}

/** `k=v, …` of a label selector's `matchLabels`. */
export function labelsText(o: ManifestObject, path: NodePath, ctx: ReadContext): string {
  const labels = ctx.fields.map(o, path) ?? {};
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${ctx.fields.str(o, [...path, k]) ?? ''}`)
    .join(', ');
}
