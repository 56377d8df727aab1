import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory, SurfaceMcpServer, SurfaceModel } from '../../model/surface.js';
import { applyAuthorizationRules, type AuthorizationRule } from './agentgateway-policies.js';
import { refOf } from './fields.js';
import type { ReadContext } from './kagent.js';

/**
 * agentgateway's own configuration file (standalone, not on Kubernetes; often mounted from a ConfigMap): a YAML
 * mapping without apiVersion or kind. Keys as in crates/agentgateway/src/types/local.rs `LocalConfig` at agentgateway
 * 75b4e6ce6e0e (and its examples/*\/config.yaml): `config`, `binds`, `frontendPolicies`, `policies`, `workloads`,
 * `services`, `backends`, `routeGroups`, `gateways`, `routes`, `tcpRoutes`, `llm`, `mcp`, `ui`.
 *
 * Read: MCP targets (`LocalMcpTarget`: `name` and one of `stdio {cmd, args, env}`, `mcp` / `sse` / `openapi` with
 * `host` — a URL, or a host with `port` and `path` — or a `backend` name) under the simple `mcp.targets[]` and under
 * `binds[].listeners[].routes[].backends[].mcp.targets[]`, with the `mcpAuthorization.rules` (each an allow rule) and
 * `backendAuth` of the enclosing `policies` (the target's own `policies.backendAuth` first); LLM models
 * (`LocalLLMModels`: `llm.models[] {name, provider, params {model, apiKey, baseUrl, awsRegion, vertexProject,
 * vertexRegion, azureResourceName}}`). Not read: top-level `backends`, `routes` and `llm.providers`/`virtualModels`.
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
  const servers: SurfaceMcpServer[] = [];
  if (f.map(o, ['mcp']) !== undefined) targets(o, ['mcp'], [['mcp', 'policies']], undefined, ctx, servers);
  (f.list(o, ['binds']) ?? []).forEach((_, b) => {
    (f.list(o, ['binds', b, 'listeners']) ?? []).forEach((__, l) => {
      const L = ['binds', b, 'listeners', l];
      (f.list(o, [...L, 'routes']) ?? []).forEach((___, r) => {
        const R = [...L, 'routes', r];
        const route = f.str(o, [...R, 'name']) ?? `${b}.${l}.${r}`;
        (f.list(o, [...R, 'backends']) ?? []).forEach((____, k) => {
          const B = [...R, 'backends', k];
          if (f.map(o, [...B, 'mcp']) === undefined) return;
          targets(
            o,
            [...B, 'mcp'],
            [
              [...B, 'policies'],
              [...R, 'policies'],
            ],
            route,
            ctx,
            servers,
          );
        });
      });
    });
  });
  // One object may list targets of the same name on several routes: the route tells them apart.
  const seen = new Map<string, number>();
  for (const s of servers) seen.set(s.target!, (seen.get(s.target!) ?? 0) + 1);
  for (const s of servers) {
    const route = (s as { route?: string }).route;
    delete (s as { route?: string }).route;
    if ((seen.get(s.target!) ?? 0) > 1 && route !== undefined) s.target = `${route}/${s.target}`;
  }
  out.mcpServers.push(...servers);
  (f.list(o, ['llm', 'models']) ?? []).forEach((_, i) => {
    const m = llmModel(o, ['llm', 'models', i], ctx);
    if (m) out.models.push(m);
  });
}

/** The targets of one MCP backend, with the policies that enclose it (most precise first). */
function targets(
  o: ManifestObject,
  M: NodePath,
  policies: NodePath[],
  route: string | undefined,
  ctx: ReadContext,
  out: SurfaceMcpServer[],
): void {
  const f = ctx.fields;
  const rules = authorizationRules(o, policies, ctx);
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
    addFound(s, backendAuth(o, [[...T, 'policies'], ...policies], ctx), o.locate(T));
    applyAuthorizationRules(rules, s);
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

/** `mcpAuthorization.rules` of every enclosing policy block: each rule an Allow rule (they add up). */
function authorizationRules(o: ManifestObject, policies: NodePath[], ctx: ReadContext): AuthorizationRule[] {
  const f = ctx.fields;
  const out: AuthorizationRule[] = [];
  for (const P of policies) {
    const A = [...P, 'mcpAuthorization', 'rules'];
    (f.strings(o, A) ?? []).forEach((rule, i) => {
      out.push({ action: 'Allow', exprs: [rule], at: o.locate([...A, i]), exprsAt: o.locate([...A, i]) });
    });
  }
  return out;
}

/** The credentials `backendAuth` adds (the first block that sets it), as the CRD's `auth` reads. */
function backendAuth(o: ManifestObject, blocks: NodePath[], ctx: ReadContext): Array<[string, Position]> {
  const f = ctx.fields;
  const P = blocks.find((b) => f.raw(o, [...b, 'backendAuth']) !== undefined);
  if (!P) return [];
  const A = [...P, 'backendAuth'];
  const out: Array<[string, Position]> = [];
  if (f.raw(o, [...A, 'passthrough']) !== undefined)
    out.push(['header Authorization forwarded from the caller', o.locate([...A, 'passthrough'])]);
  if (f.raw(o, [...A, 'key']) !== undefined)
    out.push([`header Authorization ${secretSource(f.raw(o, [...A, 'key']))}`, o.locate([...A, 'key'])]);
  for (const k of ['gcp', 'aws', 'azure', 'copilot'])
    if (f.raw(o, [...A, k]) !== undefined) out.push([`${k} credentials from the gateway`, o.locate([...A, k])]);
  return out;
}

/** Where a secret of the file comes from: `$VAR` from the environment, `{file: …}` from a file, else written in it. */
function secretSource(v: unknown): string {
  if (typeof v === 'string' && /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v)) return `from env ${v.replace(/[${}]/g, '')}`;
  if (isMap(v) && typeof v.file === 'string') return `from file ${v.file}`;
  if (isMap(v) && isMap(v.value)) return secretSource(v.value);
  return 'written in the file';
}

function addFound(s: SurfaceMcpServer | SurfaceModel, found: Array<[string, Position]>, listAt: Position): void {
  if (found.length === 0) return;
  s.at ??= {};
  s.at.credentials = listAt;
  for (const [text, pos] of found) s.at[`credential:${text}`] ??= pos;
  s.credentials = [...new Set([...(s.credentials ?? []), ...found.map(([t]) => t)])].sort();
}

/** One `llm.models[]` entry: the model it serves (`params.model`, else the name clients ask for), where, with what key. */
function llmModel(o: ManifestObject, P: NodePath, ctx: ReadContext): SurfaceModel | undefined {
  const f = ctx.fields;
  const name = f.str(o, [...P, 'name']);
  const rawProvider = f.raw(o, [...P, 'provider']);
  if (name === undefined || rawProvider === undefined) {
    f.problem(o.locate(P), `agentgateway config: ${pathText(P)} needs a name and a provider`);
    return undefined;
  }
  const provider =
    typeof rawProvider === 'string' ? rawProvider : isMap(rawProvider) ? Object.keys(rawProvider).join(', ') : '?';
  const model = f.str(o, [...P, 'params', 'model']);
  const params = ['baseUrl', 'hostOverride']
    .map((k) => [k, f.str(o, [...P, 'params', k])] as const)
    .find(([, v]) => v !== undefined);
  const region = ['awsRegion', 'vertexProject', 'vertexRegion', 'azureResourceName']
    .map((k) => f.str(o, [...P, 'params', k]))
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
      model: o.locate([...P, model !== undefined ? 'params' : 'name', ...(model !== undefined ? ['model'] : [])]),
      provider: o.locate([...P, 'provider']),
    },
  };
  if (params) {
    m.endpoint = params[1];
    m.at!.endpoint = o.locate([...P, 'params', params[0]]);
  } else if (region.length > 0) {
    m.endpoint = `${provider} ${region.join('/')}`;
  }
  const key = f.raw(o, [...P, 'params', 'apiKey']);
  if (key !== undefined)
    addFound(m, [[`apiKey ${secretSource(key)}`, o.locate([...P, 'params', 'apiKey'])]], o.locate(P));
  return m;
}

function pathText(P: NodePath): string {
  return P.map((x) => (typeof x === 'number' ? `[${x}]` : `.${x}`))
    .join('')
    .replace(/^\./, '');
}
