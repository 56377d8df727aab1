import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory, SurfaceMcpServer, SurfaceModel } from '../../model/surface.js';
import {
  type AttachedPolicies,
  addGuardrails,
  addModelRules,
  attachedPolicies,
  blockRules,
  type GatewayPhase,
  promptGuards,
  rateLimits,
  ruleSet,
} from './agentgateway-config-policies.js';
import { configCallerChecks, remoteRateLimits } from './agentgateway-config-checks.js';
import { applyAuthorizationRules, locateTarget, ROUTE_FIELD, summary } from './agentgateway-policies.js';
import { mcpGuardrailRules } from './mcp-guardrails.js';
import { providerGuardrails } from './agentgateway-provider-guards.js';
import { refOf } from './fields.js';
import type { ReadContext } from './kagent.js';

/**
 * agentgateway's own configuration file (standalone, not on Kubernetes; often mounted from a ConfigMap): a YAML
 * mapping without apiVersion or kind. Keys as in crates/agentgateway/src/types/local.rs `LocalConfig` at agentgateway
 * 75b4e6ce6e0e (and its examples/*\/config.yaml, crates/agentgateway/src/types/local_tests/*_config.yaml): `config`,
 * `binds`, `frontendPolicies`, `policies`, `workloads`, `services`, `backends`, `routeGroups`, `gateways`, `routes`,
 * `tcpRoutes`, `llm`, `mcp`, `ui`.
 *
 * Read, wherever a backend can be written (`LocalRouteBackend` on `binds[].listeners[].routes[]`, on the top-level
 * `routes[]` (`LocalAttachedRoute`) and `routeGroups[].routes[]`, and the named top-level `backends[]`
 * (`FullLocalBackend`)):
 * - MCP backends (`LocalMcpBackend.targets[]`, `LocalMcpTarget`: `name` and one of `stdio {cmd, args, env}`, `mcp` /
 *   `sse` / `openapi` with `host` — a URL, or a host with `port` and `path` — or a `backend` name), and the simple
 *   `mcp.targets[]`, with the `mcpAuthorization.rules` (each an allow rule) and `backendAuth` of the enclosing
 *   `policies` (the target's own `policies.backendAuth` first);
 * - AI backends (`LocalAIBackend`: one `LocalNamedAIProvider {name, provider: {openAI|gemini|vertex|anthropic|bedrock|
 *   azure|copilot|custom: {model, …}}, hostOverride, pathOverride, pathPrefix, policies}` or `groups[].providers[]`
 *   of them; llm/src/{openai,vertex,bedrock,azure}.rs `Provider`), with the `backendAuth` and the `ai` policy
 *   (crates/agentgateway/src/llm/policy/mod.rs `Policy`: `overrides` / `transformations` maps, `modelAliases`,
 *   `prompts.prepend|append`) of the provider's, backend's and route's `policies`, most precise first;
 * - LLM models (`LocalLLMModels`: `llm.models[] {name, provider, params {model, apiKey, baseUrl, awsRegion,
 *   vertexProject, vertexRegion, azureResourceName}, auth, overrides, transformation}`), a `provider: {reference:
 *   <name>}` resolved against `llm.providers[]` (`LocalLLMProvider {name, provider, params, defaults}`) as
 *   `apply_provider_reference` does (the provider's params, the model's `params.model` over them; the provider's
 *   `defaults.auth` when the model has none; `overrides`/`transformation` merged, the model's winning), and
 *   `llm.virtualModels[] {name, routing: {weighted|failover|conditional: {targets[].model}}}`.
 * The checks in front of them (agentgateway-config-policies.ts): the rule sets, prompt guards and rate limits of the
 * target's, backend's and route's `policies`, of the gateway the route attaches to (`gateways.<name>` and its
 * listeners), of the top-level `policies[]` that target the backend (or one target by `section`), the route or the
 * gateway, and of `llm.policies` and each `llm.models[]` entry. A named backend takes the policies of the route that
 * reaches it only when one route does. `tcpRoutes` reach hosts, Services or named backends (`LocalTCPBackend`): the
 * named ones are read here; a TCP route adds no MCP target or model of its own. Not read: `ui`.
 */
export const AGENTGATEWAY_CONFIG = {
  apiVersion: 'threatcat.dev/agentgateway-config',
  kind: 'AgentgatewayConfig',
} as const;

const TOP_KEYS = new Set([
  'config',
  'binds',
  'frontendPolicies',
  'policies',
  'workloads',
  'services',
  'backends',
  'routeGroups',
  'gateways',
  'routes',
  'tcpRoutes',
  'llm',
  'mcp',
  'ui',
]);
const TARGET_KINDS = ['stdio', 'mcp', 'sse', 'openapi'] as const;

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Whether a mapping without apiVersion and kind is an agentgateway configuration: only its top-level keys, and at
 * least one MCP target (a `name` and a target kind), LLM model (`name` and `provider`) or bind with listeners, so a
 * Helm values file or another tool's config is never taken for one.
 */
export function isAgentgatewayConfig(obj: Record<string, unknown>, file: string): boolean {
  if (!/\.ya?ml$/i.test(file)) return false;
  const keys = Object.keys(obj);
  if (keys.length === 0 || !keys.every((k) => TOP_KEYS.has(k))) return false;
  const mcp = obj.mcp;
  if (isMap(mcp) && Array.isArray(mcp.targets) && mcp.targets.some(isTarget)) return true;
  const llm = obj.llm;
  if (isMap(llm) && Array.isArray(llm.models) && llm.models.some((m) => isMap(m) && 'name' in m && 'provider' in m))
    return true;
  if (isMap(llm) && Array.isArray(llm.virtualModels) && llm.virtualModels.some((m) => isMap(m) && 'routing' in m))
    return true;
  // Named backends (`backends[] {name, mcp|ai|host|…}`) and routes with backends (`routes[] {backends}`).
  if (Array.isArray(obj.backends) && obj.backends.some((b) => isMap(b) && typeof b.name === 'string')) return true;
  if (Array.isArray(obj.routes) && obj.routes.some((r) => isMap(r) && Array.isArray(r.backends))) return true;
  return (
    Array.isArray(obj.binds) &&
    obj.binds.some((b) => isMap(b) && Array.isArray(b.listeners) && b.listeners.some((l) => isMap(l)))
  );
}

function isTarget(t: unknown): boolean {
  return isMap(t) && typeof t.name === 'string' && TARGET_KINDS.some((k) => k in t);
}

export function readAgentgatewayConfig(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (o.apiVersion !== AGENTGATEWAY_CONFIG.apiVersion || o.kind !== AGENTGATEWAY_CONFIG.kind) return;
  const f = ctx.fields;
  const servers: Array<SurfaceMcpServer & { route?: string }> = [];
  const models: Array<SurfaceModel & { route?: string }> = [];
  const attached = attachedPolicies(o, ctx);
  const gatewayBlocks = (G: NodePath) => gatewayPolicies(o, G, attached, ctx);
  // Checked before a route is chosen: a gateway's own policies, a policy attached with `phase: gateway` (local.rs
  // `PolicyPhase`). `llm.policies` are the LLM route's (`convert_llm_config`).
  const early: GatewayPhase = (P) =>
    P[0] === 'gateways' || (P[0] === 'policies' && f.str(o, ['policies', P[1], 'phase']) === 'gateway');
  if (f.map(o, ['mcp']) !== undefined)
    targets(o, ['mcp'], { blocks: [['mcp', 'policies'], ...gatewayBlocks(['mcp'])], early }, undefined, ctx, servers);
  const routes = routesOf(o, ctx);
  // The policies in front of each backend entry: its own, its route's, those attached to the route and its gateway.
  const entryBlocks = (R: NodePath, name: string, k: number): NodePath[] => [
    [...R, 'backends', k, 'policies'],
    [...R, 'policies'],
    ...(attached.routes.get(name) ?? []),
    ...(R[0] === 'routes' ? gatewayBlocks(R) : []),
  ];
  for (const { R, name } of routes) {
    (f.list(o, [...R, 'backends']) ?? []).forEach((_, k) => {
      const B = [...R, 'backends', k];
      const blocks = entryBlocks(R, name, k);
      if (f.map(o, [...B, 'mcp']) !== undefined) targets(o, [...B, 'mcp'], { blocks, early }, name, ctx, servers);
      if (f.map(o, [...B, 'ai']) !== undefined) aiBackend(o, [...B, 'ai'], { blocks, early }, name, ctx, models);
    });
  }
  // Named backends (`backends[]`), which routes reach by `backend: <name>`: the policies of the route that reaches one
  // count when it is the only one (through another route the backend is reached without them).
  (f.list(o, ['backends']) ?? []).forEach((_, k) => {
    const B = ['backends', k];
    const name = f.str(o, [...B, 'name']) ?? `backends.${k}`;
    const via = routes.flatMap(({ R, name: route }) =>
      (f.list(o, [...R, 'backends']) ?? []).flatMap((__, j) =>
        f.str(o, [...R, 'backends', j, 'backend']) === name ? [entryBlocks(R, route, j)] : [],
      ),
    );
    const own = attached.backends.get(name) ?? [];
    const policies: Blocks = {
      blocks: [
        [...B, 'policies'],
        ...own.filter((x) => x.section === undefined).map((x) => x.path),
        ...(via.length === 1 ? via[0] : []),
      ],
      sections: own.filter((x) => x.section !== undefined) as Array<{ path: NodePath; section: string }>,
      early,
    };
    if (f.map(o, [...B, 'mcp']) !== undefined) targets(o, [...B, 'mcp'], policies, name, ctx, servers);
    if (f.map(o, [...B, 'ai']) !== undefined) aiBackend(o, [...B, 'ai'], policies, name, ctx, models);
  });
  out.mcpServers.push(...distinct(servers));
  (f.list(o, ['llm', 'models']) ?? []).forEach((_, i) => {
    const m = llmModel(o, ['llm', 'models', i], ctx);
    if (!m) return;
    const P = ['llm', 'models', i];
    const llm = [['llm', 'policies'], ...gatewayBlocks(['llm'])];
    addModelRules(m, [
      ...ruleSet(o, [...P, 'authorization'], ctx, false, 'Model'),
      ...llm.flatMap((b) => ruleSet(o, [...b, 'authorization'], ctx, false, early(b) ? 'Gateway' : undefined)),
      ...configCallerChecks(o, llm, ctx, early),
    ]);
    addGuardrails(m, [
      ...promptGuards(o, [...P, 'guardrails'], ctx),
      ...promptGuards(o, ['llm', 'policies', 'guardrails'], ctx),
      ...rateLimits(o, ['llm', 'policies', 'localRateLimit'], ctx),
      ...remoteRateLimits(o, [['llm', 'policies']], ctx),
    ]);
    models.push(m);
  });
  (f.list(o, ['llm', 'virtualModels']) ?? []).forEach((_, i) => {
    const m = virtualModel(o, ['llm', 'virtualModels', i], ctx);
    if (m) models.push(m);
  });
  out.models.push(...distinct(models));
}

/** The policy blocks of a backend: the enclosing ones, most precise first, and those limited to one target by name. */
interface Blocks {
  blocks: NodePath[];
  sections?: Array<{ path: NodePath; section: string }>;
  early?: GatewayPhase;
}

/** The blocks that apply to one target or provider of a backend: its own policies first, then its section's. */
function blocksFor(own: NodePath, name: string | undefined, p: Blocks): NodePath[] {
  return [own, ...(p.sections ?? []).filter((s) => s.section === name).map((s) => s.path), ...p.blocks];
}

/**
 * The policies of the gateway a route (or the `llm` / `mcp` section) attaches to: the gateway's own (`gateways.<name>`,
 * `LocalGatewayPolicy` flattened into it), the listener's when it names one (`<gateway>/<listener>`), and those the
 * top-level `policies[]` attach to that gateway. Unset `gateways` means `default`. Only when it attaches to a single
 * gateway: through another one the backend is reached without them.
 */
function gatewayPolicies(o: ManifestObject, X: NodePath, attached: AttachedPolicies, ctx: ReadContext): NodePath[] {
  const f = ctx.fields;
  const raw = f.raw(o, [...X, 'gateways']);
  // The deprecated `port` of `llm` / `mcp` serves them on a port of their own, outside any gateway.
  if (raw === undefined && X.length === 1 && f.raw(o, [...X, 'port']) !== undefined) return [];
  const refs = typeof raw === 'string' ? [raw] : (f.strings(o, [...X, 'gateways']) ?? ['default']);
  const names = [...new Set(refs.map((r) => r.split('/')[0]))];
  if (names.length !== 1) return [];
  const [gateway, listener] = refs.length === 1 ? refs[0].split('/') : [names[0]];
  const out: NodePath[] = [['gateways', gateway]];
  if (listener !== undefined) {
    const l = (f.list(o, ['gateways', gateway, 'listeners']) ?? []).findIndex((x) => isMap(x) && x.name === listener);
    if (l >= 0) out.push(['gateways', gateway, 'listeners', l]);
  }
  return [...out, ...(attached.gateways.get(gateway) ?? [])];
}

/** Every HTTP route of the file: under `binds[].listeners[]`, the top-level `routes[]`, and `routeGroups[].routes[]`. */
function routesOf(o: ManifestObject, ctx: ReadContext): Array<{ R: NodePath; name: string }> {
  const f = ctx.fields;
  const out: Array<{ R: NodePath; name: string }> = [];
  const add = (R: NodePath, fallback: string): void => {
    out.push({ R, name: f.str(o, [...R, 'name']) ?? fallback });
  };
  (f.list(o, ['binds']) ?? []).forEach((_, b) => {
    (f.list(o, ['binds', b, 'listeners']) ?? []).forEach((__, l) => {
      const L = ['binds', b, 'listeners', l];
      (f.list(o, [...L, 'routes']) ?? []).forEach((___, r) => {
        add([...L, 'routes', r], `${b}.${l}.${r}`);
      });
    });
  });
  (f.list(o, ['routes']) ?? []).forEach((_, r) => {
    add(['routes', r], `routes.${r}`);
  });
  (f.list(o, ['routeGroups']) ?? []).forEach((_, g) => {
    const group = f.str(o, ['routeGroups', g, 'name']) ?? `routeGroups.${g}`;
    (f.list(o, ['routeGroups', g, 'routes']) ?? []).forEach((__, r) => {
      add(['routeGroups', g, 'routes', r], `${group}.${r}`);
    });
  });
  return out;
}

/** One object may list entries of the same name on several routes or backends: the route tells them apart. */
function distinct<T extends { target?: string; route?: string }>(items: T[]): T[] {
  const seen = new Map<string | undefined, number>();
  for (const s of items) seen.set(s.target, (seen.get(s.target) ?? 0) + 1);
  for (const s of items) {
    const route = s.route;
    delete s.route;
    if ((seen.get(s.target) ?? 0) > 1 && route !== undefined) s.target = `${route}/${s.target}`;
  }
  return items;
}

/** The targets of one MCP backend, with the policies that enclose it (most precise first). */
function targets(
  o: ManifestObject,
  M: NodePath,
  policies: Blocks,
  route: string | undefined,
  ctx: ReadContext,
  out: SurfaceMcpServer[],
): void {
  const f = ctx.fields;
  (f.list(o, [...M, 'targets']) ?? []).forEach((_, i) => {
    const T = [...M, 'targets', i];
    const name = f.str(o, [...T, 'name']);
    const kind = TARGET_KINDS.find((k) => f.raw(o, [...T, k]) !== undefined);
    if (name === undefined || kind === undefined) {
      f.problem(o.locate(T), `agentgateway config: ${pathText(T)} needs a name and one of ${TARGET_KINDS.join(', ')}`);
      return;
    }
    const K = [...T, kind];
    const s: SurfaceMcpServer & { route?: string } = {
      ref: refOf(o),
      target: name,
      position: o.locate(T),
      definedAt: o.position,
      at: {},
      ...(route !== undefined ? { route } : {}),
    };
    if (kind === 'stdio') {
      s.transport = 'stdio';
      const cmd = f.str(o, [...K, 'cmd']);
      if (cmd !== undefined) s.command = cmd;
      const args = f.strings(o, [...K, 'args']);
      if (args) s.args = args;
      s.at!.command = o.locate([...K, 'cmd']);
      s.at!.args = o.locate([...K, 'args']);
      const env = f.map(o, [...K, 'env']) ?? {};
      const found: Array<[string, Position]> = Object.keys(env).map((k) => [
        `env ${k} written in the file`,
        o.locate([...K, 'env', k]),
      ]);
      addFound(s, found, o.locate([...K, 'env']));
    } else {
      s.transport = kind === 'sse' ? 'SSE' : kind === 'openapi' ? 'openapi' : 'StreamableHTTP';
      const url = targetUrl(o, K, kind, ctx);
      if (url !== undefined) s.url = url;
      s.at!.url = o.locate([...K, f.raw(o, [...K, 'backend']) !== undefined ? 'backend' : 'host']);
    }
    const blocks = blocksFor([...T, 'policies'], name, policies);
    addFound(s, backendAuth(o, blocks, ctx), o.locate(T));
    const guarded = blocks.find((P) => f.raw(o, [...P, 'mcpGuardrails']) !== undefined);
    applyAuthorizationRules(
      [
        ...blockRules(o, blocks, ctx, policies.early),
        ...configCallerChecks(o, blocks, ctx, policies.early, true),
        ...(guarded ? mcpGuardrailRules(o, [...guarded, 'mcpGuardrails'], ctx) : []),
      ],
      s,
    );
    out.push(s);
  });
}

/** `host` as a URL, or host, port and path; a named `backend` (defined elsewhere in the file) by its name. */
function targetUrl(o: ManifestObject, K: NodePath, kind: string, ctx: ReadContext): string | undefined {
  const f = ctx.fields;
  const host = f.str(o, [...K, 'host']);
  const port = f.str(o, [...K, 'port']);
  const path = f.str(o, [...K, 'path']);
  if (host !== undefined) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) return host;
    return `http://${host}${port !== undefined ? `:${port}` : ''}${path ?? (kind === 'sse' ? '/sse' : kind === 'mcp' ? '/mcp' : '')}`;
  }
  const backend = f.str(o, [...K, 'backend']);
  return backend !== undefined ? `backend ${backend}${path ?? ''}` : undefined;
}

/**
 * The credentials `backendAuth` adds (the first block that sets it), as the CRD's `auth` reads; `key` names the field
 * (`backendAuth` in policies, `auth` on an `llm.models[]` entry or a provider's `defaults`). Kinds as in local.rs
 * `LocalBackendAuthKind` at 75b4e6ce6e0e; `credentials` (extra credential sources) is recorded as written.
 */
function backendAuth(
  o: ManifestObject,
  blocks: NodePath[],
  ctx: ReadContext,
  key = 'backendAuth',
): Array<[string, Position]> {
  const f = ctx.fields;
  const P = blocks.find((b) => f.raw(o, [...b, key]) !== undefined);
  if (!P) return [];
  const A = [...P, key];
  const out: Array<[string, Position]> = [];
  if (f.raw(o, [...A, 'passthrough']) !== undefined)
    out.push(['header Authorization forwarded from the caller', o.locate([...A, 'passthrough'])]);
  if (f.raw(o, [...A, 'key']) !== undefined)
    out.push([`header Authorization ${secretSource(f.raw(o, [...A, 'key']))}`, o.locate([...A, 'key'])]);
  for (const k of ['gcp', 'aws', 'azure', 'copilot', 'jwtSign', 'oauthTokenExchange', 'crossAppAccess'])
    if (f.raw(o, [...A, k]) !== undefined) out.push([`${k} credentials from the gateway`, o.locate([...A, k])]);
  // BackendAuthCredential {location, key} (crates/agentgateway/src/http/auth/mod.rs at 75b4e6ce6e0e).
  (f.list(o, [...A, 'credentials']) ?? []).forEach((_, i) => {
    const C = [...A, 'credentials', i];
    const where = f.str(o, [...C, 'location', 'header', 'name']) ?? f.str(o, [...C, 'location', 'query', 'name']);
    out.push([`credential ${where ?? '?'} ${secretSource(f.raw(o, [...C, 'key']))}`, o.locate(C)]);
  });
  return out;
}

/** Where a secret of the file comes from: `$VAR` from the environment, `{file: …}` from a file, else written in it. */
function secretSource(v: unknown): string {
  if (typeof v === 'string' && /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v)) return `from env ${v.replace(/[${}]/g, '')}`;
  if (isMap(v) && typeof v.file === 'string') return `from file ${v.file}`;
  if (isMap(v) && v.value !== undefined) return secretSource(v.value);
  return 'written in the file';
}

function addFound(s: SurfaceMcpServer | SurfaceModel, found: Array<[string, Position]>, listAt: Position): void {
  if (found.length === 0) return;
  s.at ??= {};
  s.at.credentials = listAt;
  for (const [text, pos] of found) s.at[`credential:${text}`] ??= pos;
  s.credentials = [...new Set([...(s.credentials ?? []), ...found.map(([t]) => t)])].sort();
}

/** The AI provider kinds of `AIProvider` (crates/agentgateway/src/llm/mod.rs at 75b4e6ce6e0e), as the config spells them. */
const AI_PROVIDERS = ['openAI', 'gemini', 'vertex', 'anthropic', 'bedrock', 'azure', 'copilot', 'custom'];

/** An inline or named AI backend: one provider, or `groups[].providers[]` (load-balanced together). */
function aiBackend(
  o: ManifestObject,
  A: NodePath,
  policies: Blocks,
  route: string | undefined,
  ctx: ReadContext,
  out: Array<SurfaceModel & { route?: string }>,
): void {
  const f = ctx.fields;
  const blocks = (P: NodePath) => blocksFor([...P, 'policies'], f.str(o, [...P, 'name']), policies);
  if (f.raw(o, [...A, 'groups']) !== undefined && f.raw(o, [...A, 'provider']) === undefined) {
    (f.list(o, [...A, 'groups']) ?? []).forEach((_, g) => {
      (f.list(o, [...A, 'groups', g, 'providers']) ?? []).forEach((__, p) => {
        const P = [...A, 'groups', g, 'providers', p];
        const m = namedProvider(o, P, blocks(P), route, ctx, policies.early);
        if (m) out.push(m);
      });
    });
    return;
  }
  const m = namedProvider(o, A, blocks(A), route, ctx, policies.early);
  if (m) out.push(m);
}

/**
 * One `LocalNamedAIProvider`: the provider kind, its model (none = the client's choice), where prompts go
 * (`hostOverride` with `pathOverride`/`pathPrefix`, else the cloud's region/project/resource), the `backendAuth` and
 * the `ai` policy of the enclosing policy blocks (most precise first).
 */
function namedProvider(
  o: ManifestObject,
  P: NodePath,
  policies: NodePath[],
  route: string | undefined,
  ctx: ReadContext,
  early?: GatewayPhase,
): (SurfaceModel & { route?: string }) | undefined {
  const f = ctx.fields;
  const name = f.str(o, [...P, 'name']);
  const provider = f.map(o, [...P, 'provider']) ?? {};
  const kinds = Object.keys(provider).filter((k) => AI_PROVIDERS.some((x) => x.toLowerCase() === k.toLowerCase()));
  if (name === undefined || kinds.length !== 1) {
    f.problem(
      o.locate(P),
      `agentgateway config: ${pathText(P)} needs a name and a provider with exactly one of ${AI_PROVIDERS.join(', ')}`,
    );
    return undefined;
  }
  const K = [...P, 'provider', kinds[0]];
  const model = f.str(o, [...K, 'model']);
  const m: SurfaceModel & { route?: string } = {
    ref: refOf(o),
    target: name,
    use: 'gateway',
    provider: kinds[0],
    position: o.locate(P),
    definedAt: o.position,
    ...(model !== undefined ? { model } : {}),
    at: { model: o.locate([...K, 'model']), provider: o.locate(K) },
    ...(route !== undefined ? { route } : {}),
  };
  const host = f.str(o, [...P, 'hostOverride']);
  if (host !== undefined) {
    m.endpoint = `${host}${f.str(o, [...P, 'pathOverride']) ?? f.str(o, [...P, 'pathPrefix']) ?? ''}`;
    m.at!.endpoint = o.locate([...P, 'hostOverride']);
  } else {
    const where = ['region', 'projectId', 'resourceName', 'projectName']
      .map((k) => f.str(o, [...K, k]))
      .filter((v): v is string => v !== undefined);
    if (where.length > 0) m.endpoint = `${kinds[0]} ${where.join('/')}`;
  }
  const auth = backendAuth(o, policies, ctx);
  if (auth.length > 0) addFound(m, auth, auth[0][1]);
  localAiPolicy(o, policies, m, ctx);
  // Every block's HTTP rules hold (they compose); the prompt guard is an `ai` field, taken whole from the first block
  // that sets it (merge_llm_policies); every block's rate limits count.
  addModelRules(m, [
    ...policies.flatMap((b) => ruleSet(o, [...b, 'authorization'], ctx, false, early?.(b) ? 'Gateway' : undefined)),
    ...configCallerChecks(o, policies, ctx, early),
  ]);
  const guard = policies.find((b) => f.raw(o, [...b, 'ai', 'promptGuard']) !== undefined);
  addGuardrails(m, [
    ...providerGuardrails(o, K, kinds[0], ctx),
    ...(guard ? promptGuards(o, [...guard, 'ai', 'promptGuard'], ctx) : []),
    ...policies.flatMap((b) => rateLimits(o, [...b, 'localRateLimit'], ctx)),
    ...remoteRateLimits(o, policies, ctx),
  ]);
  return m;
}

/**
 * The `ai` policy (llm/policy/mod.rs `Policy` at 75b4e6ce6e0e: maps, unlike the CRD's lists) of the first block that
 * sets each field: `overrides.model` replaces the model asked for, `transformations.model` computes it, else
 * `modelAliases` decide it for a provider that names no model; `prompts.prepend|append` are messages added to every
 * request.
 */
function localAiPolicy(o: ManifestObject, blocks: NodePath[], m: SurfaceModel, ctx: ReadContext): void {
  const f = ctx.fields;
  const first = (k: string) => blocks.find((b) => f.raw(o, [...b, 'ai', k]) !== undefined);
  m.at ??= {};
  const over = first('overrides');
  const trans = first('transformations');
  if (over && f.raw(o, [...over, 'ai', 'overrides', 'model']) !== undefined) {
    const v = f.raw(o, [...over, 'ai', 'overrides', 'model']);
    m.model = typeof v === 'string' ? v : JSON.stringify(v);
    m.at.model = o.locate([...over, 'ai', 'overrides', 'model']);
  } else if (trans && f.str(o, [...trans, 'ai', 'transformations', 'model']) !== undefined) {
    m.model = `computed by CEL: ${f.str(o, [...trans, 'ai', 'transformations', 'model'])}`;
    m.at.model = o.locate([...trans, 'ai', 'transformations', 'model']);
  } else {
    const aliases = first('modelAliases');
    if (aliases && m.model === undefined) {
      const A = [...aliases, 'ai', 'modelAliases'];
      const pairs = Object.keys(f.map(o, A) ?? {})
        .sort()
        .map((k) => `${k}=${f.str(o, [...A, k]) ?? '?'}`);
      if (pairs.length > 0) {
        m.model = `aliases ${pairs.join(', ')}`;
        m.at.model = o.locate(A);
      }
    }
  }
  const prompts = first('prompts');
  if (prompts) {
    const P = [...prompts, 'ai', 'prompts'];
    const parts: string[] = [];
    for (const side of ['prepend', 'append']) {
      (f.list(o, [...P, side]) ?? []).forEach((_, i) => {
        parts.push(
          `${side} ${f.str(o, [...P, side, i, 'role']) ?? '?'}: ${summary(f.str(o, [...P, side, i, 'content']) ?? '')}`,
        );
      });
    }
    if (parts.length > 0) {
      m.prompt = parts.join('; ');
      m.at.prompt = o.locate(P);
    }
  }
}

/**
 * One `llm.models[]` entry: the model it serves (`params.model`, else the name clients ask for), where, with what
 * key. A `provider: {reference: <name>}` takes the `llm.providers[]` entry's provider, params and `defaults`
 * (local.rs `apply_provider_reference` at 75b4e6ce6e0e). `overrides.model` / `transformation.model` decide the model
 * sent whatever the client asked for; `auth` is the credential the gateway adds.
 */
function llmModel(o: ManifestObject, P: NodePath, ctx: ReadContext): SurfaceModel | undefined {
  const f = ctx.fields;
  const name = f.str(o, [...P, 'name']);
  let rawProvider = f.raw(o, [...P, 'provider']);
  if (name === undefined || rawProvider === undefined) {
    f.problem(o.locate(P), `agentgateway config: ${pathText(P)} needs a name and a provider`);
    return undefined;
  }
  // The params (and policy defaults) may come from a provider named by reference.
  let params: NodePath = [...P, 'params'];
  let providerAt: NodePath = [...P, 'provider'];
  let defaults: NodePath | undefined;
  const reference = f.str(o, [...P, 'provider', 'reference']);
  if (reference !== undefined) {
    const i = (f.list(o, ['llm', 'providers']) ?? []).findIndex((x) => isMap(x) && x.name === reference);
    if (i < 0) {
      f.problem(o.locate(providerAt), `agentgateway config: provider ${reference} is not in llm.providers`);
    } else {
      const R = ['llm', 'providers', i];
      rawProvider = f.raw(o, [...R, 'provider']);
      providerAt = [...R, 'provider'];
      params = [...R, 'params'];
      defaults = [...R, 'defaults'];
    }
  }
  const provider =
    typeof rawProvider === 'string' ? rawProvider : isMap(rawProvider) ? Object.keys(rawProvider).join(', ') : '?';
  const modelAt = f.raw(o, [...P, 'params', 'model']) !== undefined ? [...P, 'params', 'model'] : [...params, 'model'];
  const model = f.str(o, modelAt);
  const baseUrl = ['baseUrl', 'hostOverride']
    .map((k) => [k, f.str(o, [...params, k])] as const)
    .find(([, v]) => v !== undefined);
  const region = ['awsRegion', 'vertexProject', 'vertexRegion', 'azureResourceName']
    .map((k) => f.str(o, [...params, k]))
    .filter((v): v is string => v !== undefined);
  const m: SurfaceModel = {
    ref: refOf(o),
    target: name,
    use: 'gateway',
    provider,
    position: o.locate(P),
    definedAt: o.position,
    model: model ?? name,
    at: {
      model: o.locate(model !== undefined ? modelAt : [...P, 'name']),
      provider: o.locate(providerAt),
    },
  };
  if (baseUrl) {
    m.endpoint = baseUrl[1];
    m.at!.endpoint = o.locate([...params, baseUrl[0]]);
  } else if (region.length > 0) {
    m.endpoint = `${provider} ${region.join('/')}`;
  }
  // overrides / transformation: the model's own entry wins over the provider's defaults (merge_optional_maps).
  for (const [key, computed] of [
    ['overrides', false],
    ['transformation', true],
  ] as const) {
    const at = [[...P, key, 'model'], ...(defaults ? [[...defaults, key, 'model']] : [])].find(
      (x) => f.raw(o, x) !== undefined,
    );
    if (!at) continue;
    const v = f.raw(o, at);
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    m.model = computed ? `computed by CEL: ${text}` : text;
    m.at!.model = o.locate(at);
    break;
  }
  const key = f.raw(o, [...params, 'apiKey']);
  const found: Array<[string, Position]> =
    key !== undefined ? [[`apiKey ${secretSource(key)}`, o.locate([...params, 'apiKey'])]] : [];
  found.push(...backendAuth(o, [P, ...(defaults ? [defaults] : [])], ctx, 'auth'));
  if (found.length > 0) addFound(m, found, found[0][1]);
  return m;
}

/**
 * One `llm.virtualModels[]` entry (local.rs `LocalLLMVirtualModel` at 75b4e6ce6e0e): the model clients ask for,
 * routed to `llm.models` by weight, priority or CEL condition; its targets in order are its model, so a changed route
 * is a model update.
 */
function virtualModel(o: ManifestObject, P: NodePath, ctx: ReadContext): SurfaceModel | undefined {
  const f = ctx.fields;
  const name = f.str(o, [...P, 'name']);
  const routing = f.map(o, [...P, 'routing']) ?? {};
  const mode = (['weighted', 'failover', 'conditional'] as const).find((k) => routing[k] !== undefined);
  if (name === undefined || mode === undefined) {
    f.problem(
      o.locate(P),
      `agentgateway config: ${pathText(P)} needs a name and a routing of weighted, failover or conditional`,
    );
    return undefined;
  }
  const T = [...P, 'routing', mode, 'targets'];
  const at: Record<string, Position> = { model: o.locate(T), provider: o.locate([...P, 'routing']) };
  const targets = (f.list(o, T) ?? []).map((_, i) => {
    const model = f.str(o, [...T, i, 'model']) ?? '?';
    const E = [...T, i, ROUTE_FIELD[mode]];
    const extra = f.str(o, E);
    locateTarget(at, i, model, o.locate([...T, i, 'model']), extra, o.locate(E));
    return extra !== undefined ? `${model} (${mode === 'conditional' ? `when ${extra}` : extra})` : model;
  });
  return {
    ref: refOf(o),
    target: name,
    use: 'gateway',
    provider: `virtual ${mode}`,
    position: o.locate(P),
    definedAt: o.position,
    model: targets.join(', '),
    at,
  };
}

function pathText(P: NodePath): string {
  return P.map((x) => (typeof x === 'number' ? `[${x}]` : `.${x}`))
    .join('')
    .replace(/^\./, '');
}
