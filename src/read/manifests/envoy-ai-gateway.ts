import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory, SurfaceMcpServer } from '../../model/surface.js';
import { groupOf, refOf } from './fields.js';
import { addCredentials, type ReadContext } from './kagent.js';

/**
 * Envoy AI Gateway's MCPRoute (aigateway.envoyproxy.io v1alpha1 and v1beta1): one route in front of several MCP
 * servers, each a `backendRefs[]` entry — an Envoy Gateway `Backend` (gateway.envoyproxy.io: `endpoints[].fqdn`
 * or `ip`) or a Service. Each entry is one MCP server (`target` = the backendRef's name) with what the route does to
 * it: which tools it exposes (`toolSelector`), the API key the gateway adds (`securityPolicy.apiKey`), the client
 * headers it forwards (`forwardHeaders`); and the route's own caller authentication (`securityPolicy.oauth`,
 * `apiKeyAuth`, `extAuth`) and tool authorization rules. Field names as in envoyproxy/ai-gateway
 * api/v1beta1/mcp_route.go and examples/mcp/mcp_example.yaml at c217da8a5.
 */
const GROUP = 'aigateway.envoyproxy.io';

export function readEnvoyAiGateway(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (groupOf(o.apiVersion) !== GROUP || o.kind !== 'MCPRoute') return;
  const f = ctx.fields;
  const ns = o.namespace ?? 'default';
  const authentication = callerAuthentication(o, ctx);
  const rules = authorizationRules(o, ctx);
  (f.list(o, ['spec', 'backendRefs']) ?? []).forEach((_, i) => {
    const P = ['spec', 'backendRefs', i];
    const name = f.str(o, [...P, 'name']);
    if (!name) {
      f.problem(o.locate(P), `MCPRoute ${o.name}: spec.backendRefs[${i}].name is required`);
      return;
    }
    const s: SurfaceMcpServer = {
      ref: refOf(o, ns),
      target: name,
      position: o.locate(P),
      definedAt: o.position,
      transport: 'StreamableHTTP',
      authentication,
      at: { url: o.locate(P), authentication: o.locate(['spec', 'securityPolicy']) },
    };
    const url = backendUrl(o, P, ns, ctx);
    if (url) s.url = url;
    const include = f.strings(o, [...P, 'toolSelector', 'include']);
    const selector = toolSelector(o, P, ctx);
    // Only a plain list of names says exactly which tools are exposed; patterns and exclusions are kept as rules.
    if (include && selector.length === 1) {
      s.allowedTools = include;
      s.at!.allowedTools = o.locate([...P, 'toolSelector', 'include']);
    } else if (selector.length > 0) {
      s.authorization = selector;
      s.at!.authorization = o.locate([...P, 'toolSelector']);
    }
    const mine = rules.filter((r) => r.backends === undefined || r.backends.includes(name)).map((r) => r.text);
    if (mine.length > 0) {
      s.authorization = [...(s.authorization ?? []), ...mine].sort();
      s.at!.authorization ??= o.locate(['spec', 'securityPolicy', 'authorization']);
    }
    addCredentials(s, credentials(o, P, ctx), o.locate(P));
    out.mcpServers.push(s);
  });
}

/** Where the backendRef sends tool calls: a Backend's first endpoint, or a Service in the cluster. */
function backendUrl(o: ManifestObject, P: (string | number)[], ns: string, ctx: ReadContext): string | undefined {
  const f = ctx.fields;
  const name = f.str(o, [...P, 'name'])!;
  const kind = f.str(o, [...P, 'kind']) ?? 'Service';
  const refNs = f.str(o, [...P, 'namespace']) ?? ns;
  const path = f.str(o, [...P, 'path']) ?? '/mcp';
  if (kind === 'Service') {
    const port = f.str(o, [...P, 'port']);
    return `http://${name}.${refNs}.svc.cluster.local${port !== undefined ? `:${port}` : ''}${path}`;
  }
  if (kind !== 'Backend') return undefined;
  const address = envoyBackendAddress(name, refNs, ctx);
  if (!address) return undefined;
  // TLS to a Backend is set by a BackendTLSPolicy; port 443 is the usual sign of it.
  const { host, port } = address;
  const scheme = port === '443' ? 'https' : 'http';
  return `${scheme}://${host}${port !== undefined && port !== '443' && port !== '80' ? `:${port}` : ''}${path}`;
}

/**
 * The first endpoint of an Envoy Gateway `Backend` (gateway.envoyproxy.io: `endpoints[].fqdn {hostname, port}` or
 * `ip {address, port}`) in the manifests, located at its host: where the gateway sends what the route carries.
 */
export function envoyBackendAddress(
  name: string,
  ns: string,
  ctx: ReadContext,
): { host: string; port?: string; at: Position } | undefined {
  const f = ctx.fields;
  const backend = ctx.index.find('Backend', name, ns, 'gateway.envoyproxy.io');
  if (!backend) return undefined;
  const E = ['spec', 'endpoints', 0];
  const kind = f.raw(backend, [...E, 'fqdn']) !== undefined ? 'fqdn' : 'ip';
  const host = f.str(backend, [...E, kind, kind === 'fqdn' ? 'hostname' : 'address']);
  if (host === undefined) return undefined;
  const port = f.str(backend, [...E, kind, 'port']);
  return { host, ...(port !== undefined ? { port } : {}), at: backend.locate([...E, kind]) };
}

/** The tool selector as rules (`include: a, b`, `includeRegex: .*issues?.*`, …), in the API's field order. */
function toolSelector(o: ManifestObject, P: (string | number)[], ctx: ReadContext): string[] {
  const out: string[] = [];
  for (const k of ['include', 'includeRegex', 'exclude', 'excludeRegex']) {
    const v = ctx.fields.strings(o, [...P, 'toolSelector', k]);
    if (v && v.length > 0) out.push(`${k}: ${v.join(', ')}`);
  }
  return out;
}

/** The API key the gateway adds, and the caller's headers it forwards, each on its own line. */
function credentials(o: ManifestObject, P: (string | number)[], ctx: ReadContext): Array<[string, Position]> {
  const f = ctx.fields;
  const out: Array<[string, Position]> = [];
  const K = [...P, 'securityPolicy', 'apiKey'];
  if (f.raw(o, K) !== undefined) {
    const where = f.str(o, [...K, 'queryParam']);
    const slot = where !== undefined ? `query ${where}` : `header ${f.str(o, [...K, 'header']) ?? 'Authorization'}`;
    const secret = f.str(o, [...K, 'secretRef', 'name']);
    if (secret !== undefined) out.push([`${slot} from Secret ${secret}`, o.locate([...K, 'secretRef'])]);
    if (f.raw(o, [...K, 'inline']) !== undefined) out.push([`${slot} written in the file`, o.locate([...K, 'inline'])]);
  }
  (f.list(o, [...P, 'forwardHeaders']) ?? []).forEach((_, i) => {
    const h = f.str(o, [...P, 'forwardHeaders', i, 'name']);
    if (h !== undefined) out.push([`header ${h} forwarded from the caller`, o.locate([...P, 'forwardHeaders', i])]);
  });
  return out;
}

/** How the route's callers prove who they are; `none` when the route checks nobody. */
function callerAuthentication(o: ManifestObject, ctx: ReadContext): string {
  const f = ctx.fields;
  const S = ['spec', 'securityPolicy'];
  const issuer = f.str(o, [...S, 'oauth', 'issuer']);
  if (issuer !== undefined) return `oauth:${issuer}`;
  if (f.raw(o, [...S, 'apiKeyAuth']) !== undefined) return 'apiKeyAuth';
  if (f.raw(o, [...S, 'extAuth']) !== undefined) return 'extAuth';
  return 'none';
}

/** The route's authorization rules, each with the backends its tool targets name (undefined: every backend). */
function authorizationRules(o: ManifestObject, ctx: ReadContext): Array<{ text: string; backends?: string[] }> {
  const f = ctx.fields;
  const A = ['spec', 'securityPolicy', 'authorization'];
  if (f.raw(o, A) === undefined) return [];
  const out: Array<{ text: string; backends?: string[] }> = [
    { text: `default ${f.str(o, [...A, 'defaultAction']) ?? 'Deny'}` },
  ];
  (f.list(o, [...A, 'rules']) ?? []).forEach((_, i) => {
    const R = [...A, 'rules', i];
    const tools = (f.list(o, [...R, 'target', 'tools']) ?? []).map((__, j) => ({
      backend: f.str(o, [...R, 'target', 'tools', j, 'backend']) ?? '?',
      tool: f.str(o, [...R, 'target', 'tools', j, 'tool']) ?? '?',
    }));
    const cel = f.str(o, [...R, 'cel']);
    const source = f.raw(o, [...R, 'source']) !== undefined ? ` if ${JSON.stringify(f.raw(o, [...R, 'source']))}` : '';
    const what = tools.length > 0 ? tools.map((t) => `${t.backend}/${t.tool}`).join(', ') : 'any tool';
    out.push({
      text: `${f.str(o, [...R, 'action']) ?? 'Allow'} ${what}${source}${cel !== undefined ? ` when ${cel}` : ''}`,
      ...(tools.length > 0 ? { backends: [...new Set(tools.map((t) => t.backend))] } : {}),
    });
  });
  return out;
}
