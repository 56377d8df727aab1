import type { ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type { SurfaceMcpServer, SurfaceRef } from '../../model/surface.js';
import { groupOf, refOf, saUsername } from './fields.js';
import { AZURE_WI_LABEL, KAGENT_GROUP, kmcpServer, type ReadContext } from './kagent.js';
import { labelSelectorMatches } from './rbac.js';
import { TOOLHIVE_GROUP, toolhiveRemoteProxy, toolhiveServer, toolhiveVirtualServer } from './toolhive.js';

/**
 * The one place that follows an in-cluster URL to what serves it: `http://<svc>[.<ns>[.svc[.<domain>]]][:port]/…`
 * → the object behind the Service name (the ToolHive operator's naming, a kmcp MCPServer, or a Service in the
 * manifests) → the workload whose pods answer → its ServiceAccount. The tool server's identity is what an agent's
 * tool calls run as, so its RBAC and cloud role become part of the agent's reach.
 */
export interface ServiceAddress {
  service: string;
  namespace: string | undefined;
  port?: string;
  path: string;
}

/** Host forms Kubernetes DNS resolves to a Service: `svc`, `svc.ns`, `svc.ns.svc`, `svc.ns.svc.<cluster domain>`. */
export function parseServiceUrl(url: string, defaultNamespace: string | undefined): ServiceAddress | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)(?::(\d+))?([^?#]*)/i.exec(url.trim());
  if (!m) return undefined;
  const parts = m[1].toLowerCase().split('.');
  if (parts.some((p) => !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(p))) return undefined;
  if (parts.length > 2 && parts[2] !== 'svc') return undefined;
  return {
    service: parts[0],
    namespace: parts.length >= 2 ? parts[1] : defaultNamespace,
    ...(m[2] !== undefined ? { port: m[2] } : {}),
    path: m[3] || '/',
  };
}

export interface InClusterTarget {
  /** What the URL reaches: a ToolHive MCPServer / MCPRemoteProxy / VirtualMCPServer, a kmcp MCPServer, a Service. */
  backend: SurfaceRef;
  /** The workload whose pods serve it, when known. */
  workload?: SurfaceRef;
  /** Kubernetes username the serving pods run as, and the node that decides it. */
  identity?: string;
  identityAt?: Position;
  /** A cloud role the serving object sets itself (kmcp serviceAccount.annotations, Azure's pod label). */
  cloudIdentity?: { value: string; position: Position };
  /** The URL goes straight to a ToolHive MCP pod (Service mcp-<name>[-headless]): no proxy OIDC, authz or tool filter. */
  bypasses?: SurfaceRef;
  /** The serving object read as an MCP server of its own (a ToolHive server, a kmcp MCPServer). */
  served?: SurfaceMcpServer;
  /** The serving object itself. */
  object?: ManifestObject;
}

interface Candidate {
  pattern: RegExp;
  kind: string;
  group: string;
  read: (o: ManifestObject, ctx: ReadContext, namespace: string | undefined) => SurfaceMcpServer;
  bypass?: boolean;
}

/** Tried in order; the first whose object is in the manifests wins (a plain Service may be named like these). */
const CANDIDATES: readonly Candidate[] = [
  { pattern: /^mcp-(.+)-remote-proxy$/, kind: 'MCPRemoteProxy', group: TOOLHIVE_GROUP, read: toolhiveRemoteProxy },
  { pattern: /^mcp-(.+)-proxy$/, kind: 'MCPServer', group: TOOLHIVE_GROUP, read: toolhiveServer },
  { pattern: /^vmcp-(.+)$/, kind: 'VirtualMCPServer', group: TOOLHIVE_GROUP, read: toolhiveVirtualServer },
  { pattern: /^mcp-(.+)-headless$/, kind: 'MCPServer', group: TOOLHIVE_GROUP, read: toolhiveServer, bypass: true },
  { pattern: /^mcp-(.+)$/, kind: 'MCPServer', group: TOOLHIVE_GROUP, read: toolhiveServer, bypass: true },
  {
    pattern: /^(.+)$/,
    kind: 'MCPServer',
    group: KAGENT_GROUP,
    read: (o, ctx, ns) => kmcpServer(o, ns ?? 'default', ctx),
  },
];

export function resolveInClusterUrl(
  url: string,
  defaultNamespace: string | undefined,
  ctx: ReadContext,
): InClusterTarget | undefined {
  const addr = parseServiceUrl(url, defaultNamespace);
  if (!addr) return undefined;
  for (const c of CANDIDATES) {
    const name = c.pattern.exec(addr.service)?.[1];
    if (name === undefined) continue;
    const o = ctx.index.find(c.kind, name, addr.namespace, c.group);
    if (!o) continue;
    const s = c.read(o, ctx, addr.namespace);
    return {
      backend: refOf(o, addr.namespace),
      ...(s.workload ? { workload: s.workload } : {}),
      ...(s.identity ? { identity: s.identity, identityAt: s.at?.identity ?? o.position } : {}),
      ...(s.cloudIdentity
        ? { cloudIdentity: { value: s.cloudIdentity, position: s.at?.cloudIdentity ?? o.position } }
        : {}),
      ...(c.bypass ? { bypasses: refOf(o, addr.namespace) } : {}),
      served: s,
      object: o,
    };
  }
  const svc = ctx.index.find('Service', addr.service, addr.namespace, '');
  if (!svc) return undefined;
  return { backend: refOf(svc, addr.namespace), ...workloadBehindService(svc, addr.namespace, ctx) };
}

const WORKLOADS = ['Deployment', 'StatefulSet', 'DaemonSet'];

/** The first Deployment/StatefulSet/DaemonSet of the Service's namespace whose pod labels match its selector. */
export function workloadBehindService(
  svc: ManifestObject,
  namespace: string | undefined,
  ctx: ReadContext,
): Omit<InClusterTarget, 'backend'> {
  const f = ctx.fields;
  const selector = f.map(svc, ['spec', 'selector']);
  // A Service without a selector has hand-made endpoints: nothing in the manifests says which pods answer.
  if (!selector || Object.keys(selector).length === 0) return {};
  const ns = svc.namespace ?? namespace;
  for (const kind of WORKLOADS) {
    for (const w of ctx.index.ofKind(kind)) {
      if (!['apps', 'extensions'].includes(groupOf(w.apiVersion))) continue;
      if (ns !== undefined && w.namespace !== undefined && w.namespace !== ns) continue;
      const labels = (f.map(w, ['spec', 'template', 'metadata', 'labels']) ?? {}) as Record<string, string>;
      if (!labelSelectorMatches({ matchLabels: selector }, labels)) continue;
      const wns = w.namespace ?? ns;
      const P = ['spec', 'template', 'spec'];
      const { name: sa, path: saPath } = f.podServiceAccount(w, P);
      const out: Omit<InClusterTarget, 'backend'> = { workload: refOf(w, wns) };
      if (wns !== undefined) {
        // Kubernetes runs pods without a ServiceAccount name as the namespace's `default`.
        out.identity = saUsername(wns, sa ?? 'default');
        out.identityAt = sa !== undefined ? w.locate(saPath) : w.position;
      }
      if (labels[AZURE_WI_LABEL] === 'true')
        out.cloudIdentity = {
          value: 'azure workload identity (client id not in the manifests)',
          position: w.locate(['spec', 'template', 'metadata', 'labels', AZURE_WI_LABEL]),
        };
      return out;
    }
  }
  return {};
}

/**
 * Fills in what serves each MCP server reached by URL and not already known to run as someone (a RemoteMCPServer,
 * an agentgateway target, an annotated Service, an MCP client entry): `backend`, `workload`, `identity` (at the node
 * that decides it), the serving object's own cloud role, and for a ToolHive proxy bypass `authentication: none`.
 */
export function resolveServerBackends(
  servers: readonly SurfaceMcpServer[],
  ctx: ReadContext,
  referenced: ReadonlySet<ManifestObject> = new Set(),
): void {
  for (const s of servers) {
    if (s.identity !== undefined || s.url === undefined || s.backend !== undefined) continue;
    const t = resolveInClusterUrl(s.url, s.ref.namespace, ctx);
    if (!t) continue;
    // A URL that names the server's own object (an annotated Service) adds only the workload behind it.
    if (t.backend.kind !== s.ref.kind || t.backend.name !== s.ref.name) s.backend = t.backend;
    if (t.workload) s.workload = t.workload;
    const at = { ...s.at };
    if (t.identity !== undefined) {
      s.identity = t.identity;
      at.identity = t.identityAt ?? s.position;
    }
    if (t.cloudIdentity && s.cloudIdentity === undefined) {
      s.cloudIdentity = t.cloudIdentity.value;
      at.cloudIdentity = t.cloudIdentity.position;
    }
    if (t.bypasses) {
      s.authentication = `none (bypasses the ToolHive proxy of MCPServer ${t.bypasses.name})`;
      at.authentication = at.url ?? s.position;
    }
    s.at = at;
    // A ToolHive server kept outside the agent's files (a platform folder) is no element of the agent's own: what
    // it lets through is then only seen on the connection that reaches it.
    if (t.served && t.object && referenced.has(t.object) && isToolhiveServer(t.object) && !t.bypasses)
      lendToolhiveAccess(s, t.served);
  }
}

const TOOLHIVE_KINDS = new Set(['MCPServer', 'MCPRemoteProxy', 'VirtualMCPServer']);
const isToolhiveServer = (o: ManifestObject) => TOOLHIVE_KINDS.has(o.kind) && groupOf(o.apiVersion) === TOOLHIVE_GROUP;

/**
 * What a ToolHive proxy decides for every client (docs/surface.md, ToolHive): the tools its filter lets through, the
 * servers of its group, who may call it, the calls its policies let through, the Secrets and host paths its server
 * holds, the composite tools it runs without a person's approval. Located where the platform
 * team wrote them, so a change there is an event on the line that made it.
 */
function lendToolhiveAccess(s: SurfaceMcpServer, served: SurfaceMcpServer): void {
  const at = { ...s.at };
  const lend = (key: string) => {
    const p = served.at?.[key];
    if (p && at[key] === undefined) at[key] = p;
  };
  if (served.upstreams?.length) {
    s.upstreams = [...new Set([...(s.upstreams ?? []), ...served.upstreams])].sort();
    for (const u of served.upstreams) lend(`upstream:${u}`);
  }
  // The proxy's tool filter (MCPToolConfig) is the allow-list of a connection that has none of its own.
  if (s.allowedTools === undefined && served.allowedTools !== undefined) {
    s.allowedTools = served.allowedTools;
    lend('toolNames');
    for (const t of served.allowedTools) lend(`allowedTool:${t}`);
    if (s.tools === undefined && served.tools !== undefined) {
      s.tools = served.tools;
      lend('tools');
    }
  }
  if (s.authentication === undefined && served.authentication !== undefined) {
    s.authentication = served.authentication;
    at.authentication = served.at?.authentication ?? served.position;
    if (served.authenticationFacts?.length) {
      s.authenticationFacts = served.authenticationFacts;
      for (const t of served.authenticationFacts) lend(`authenticationFact:${t}`);
    }
  }
  for (const [field, prefix] of [
    ['authorization', 'authorizationRule'],
    ['credentials', 'credential'],
    ['hostPaths', 'hostPath'],
  ] as const) {
    const items = served[field];
    if (!items?.length) continue;
    s[field] = [...new Set([...(s[field] ?? []), ...items])].sort();
    for (const i of items) lend(`${prefix}:${i}`);
    lend(field);
  }
  // Composite tools the vMCP runs on past a person's no (toolhive-elicitation.ts): its clients call them unapproved.
  if (served.autoApproved?.length) {
    s.autoApproved = [...new Set([...(s.autoApproved ?? []), ...served.autoApproved])].sort();
    lend('autoApproved');
    for (const t of served.autoApproved) lend(`autoApproved:${t}`);
  }
  for (const field of ['askedSteps', 'unaskedSteps', 'preludeSteps'] as const) {
    const steps = served[field];
    if (steps?.length) s[field] = [...new Set([...(s[field] ?? []), ...steps])].sort();
  }
  for (const k of Object.keys(served.at ?? {})) if (k.startsWith('withheld:') || k.startsWith('step:')) lend(k);
  s.at = at;
}
