import type { ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type { SurfaceInventory, SurfaceMcpServer, SurfaceTool } from '../../model/surface.js';
import { toolHash } from '../../model/tool-hash.js';
import { fieldPath, groupOf, refOf, saUsername } from './fields.js';
import { addCredentials, type ReadContext } from './kagent.js';
import { containersAt, hostPathsOf, podSecrets } from './pod-volumes.js';
import {
  addAuthenticationFacts,
  authServerCredentials,
  embeddedAuthServer,
  embeddingModel,
  externalAuthCredentials,
  oidcFacts,
  outgoingAuthCredentials,
  readAuthorization,
  remoteEndpointGuards,
  webhookMiddleware,
  type ToolHiveFind,
} from './toolhive-auth.js';
import { unapprovedCompositeTools } from './toolhive-elicitation.js';

/**
 * Stacklok ToolHive operator (group toolhive.stacklok.dev; v1beta1, and the deprecated v1alpha1 with the same
 * schema): MCPServer (+ MCPToolConfig, permission profile), MCPRemoteProxy, VirtualMCPServer (+ MCPGroup
 * membership, EmbeddingServer) and MCPServerEntry; what their auth objects contain is read in toolhive-auth.ts. Names of what the operator creates (Services, ServiceAccounts, workloads) are the
 * contract other manifests use to reach them; they are listed in TOOLHIVE_NAMES and docs/surface.md.
 * Facts: research/toolhive-agentgateway.md §1.
 */
export const TOOLHIVE_GROUP = 'toolhive.stacklok.dev';

/** What the operator names after a ToolHive object N (cmd/thv-operator/pkg/controllerutil/resources.go). */
export const TOOLHIVE_NAMES = {
  /** MCPServer: proxy Service, the MCP pod's default ServiceAccount, the proxy runner's ServiceAccount. */
  proxyService: (n: string) => `mcp-${n}-proxy`,
  serverSa: (n: string) => `${n}-sa`,
  proxyRunnerSa: (n: string) => `${n}-proxy-runner`,
  /** MCPServer with an HTTP transport: Services straight to the MCP pod (they bypass the proxy's auth and filter). */
  directService: (n: string) => `mcp-${n}`,
  headlessService: (n: string) => `mcp-${n}-headless`,
  /** MCPRemoteProxy. */
  remoteProxyService: (n: string) => `mcp-${n}-remote-proxy`,
  remoteProxySa: (n: string) => `${n}-remote-proxy-runner`,
  /** VirtualMCPServer (fixed port 4483). */
  vmcpService: (n: string) => `vmcp-${n}`,
  vmcpSa: (n: string) => `${n}-vmcp`,
} as const;

const VMCP_PORT = '4483';

export function readToolHive(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (groupOf(o.apiVersion) !== TOOLHIVE_GROUP) return;
  if (o.kind === 'MCPServer') out.mcpServers.push(toolhiveServer(o, ctx));
  else if (o.kind === 'MCPRemoteProxy') out.mcpServers.push(toolhiveRemoteProxy(o, ctx));
  else if (o.kind === 'VirtualMCPServer') {
    out.mcpServers.push(toolhiveVirtualServer(o, ctx));
    const embedding = embeddingModel(o, ctx, finder(o, ctx));
    if (embedding) out.models.push(embedding);
  } else if (o.kind === 'MCPServerEntry') out.mcpServers.push(toolhiveServerEntry(o, ctx));
}

/** Objects a ToolHive object names are in its namespace (the operator resolves no other). */
function finder(o: ManifestObject, ctx: ReadContext): ToolHiveFind {
  return (kind, name) => ctx.index.find(kind, name, o.namespace, TOOLHIVE_GROUP);
}

function svcUrl(service: string, ns: string, port: string, path: string): string {
  return `http://${service}.${ns}.svc.cluster.local:${port}${path}`;
}

/** `spec.serviceAccount`, else the operator's default name: identity and where it is decided. */
function identityOf(o: ManifestObject, ns: string, fallback: string, ctx: ReadContext): [string, Position] {
  const sa = ctx.fields.str(o, ['spec', 'serviceAccount']);
  return [saUsername(ns, sa ?? fallback), sa !== undefined ? o.locate(['spec', 'serviceAccount']) : o.position];
}

/**
 * `oidcConfigRef` (v1beta1), inline `oidcConfig` (v1alpha1 before v0.21); without either the proxy lets anyone in,
 * unless an embedded auth server is configured (`authServerRef`): then `embedded:<MCPExternalAuthConfig>`, and a
 * problem, since the operator refuses an embedded auth server without oidcConfigRef (toolhive-auth.ts).
 */
function authenticationOf(o: ManifestObject, ctx: ReadContext): [string, Position] {
  const f = ctx.fields;
  const ref = f.str(o, ['spec', 'oidcConfigRef', 'name']);
  if (ref !== undefined) return [`oidc:${ref}`, o.locate(['spec', 'oidcConfigRef'])];
  if (f.raw(o, ['spec', 'oidcConfig']) !== undefined) return ['oidc:inline', o.locate(['spec', 'oidcConfig'])];
  const embedded = embeddedAuthServer(o, ctx, finder(o, ctx));
  if (embedded) {
    f.problem(
      embedded[1],
      `${o.kind} ${o.name}: an embedded auth server (MCPExternalAuthConfig ${embedded[0]}) needs spec.oidcConfigRef; the operator does not start the proxy without it`,
    );
    return [`embedded:${embedded[0]}`, embedded[1]];
  }
  return ['none', o.locate(['spec'])];
}

/** headerForward: plaintext headers and headers from Secrets, added to every upstream request; token exchange. */
function forwardedHeaders(o: ManifestObject, ctx: ReadContext): Array<[string, Position]> {
  const f = ctx.fields;
  const H = ['spec', 'headerForward'];
  const out: Array<[string, Position]> = Object.keys(f.map(o, [...H, 'addPlaintextHeaders']) ?? {}).map((h) => [
    `header ${h} (literal)`,
    o.locate([...H, 'addPlaintextHeaders', h]),
  ]);
  (f.list(o, [...H, 'addHeadersFromSecret']) ?? []).forEach((_, i) => {
    const P = [...H, 'addHeadersFromSecret', i];
    const name = f.str(o, [...P, 'headerName']);
    if (!name) return;
    out.push([
      `header ${name} from Secret ${f.str(o, [...P, 'valueSecretRef', 'name']) ?? '?'}/${f.str(o, [...P, 'valueSecretRef', 'key']) ?? '?'}`,
      o.locate(P),
    ]);
  });
  out.push(
    ...externalAuthCredentials(
      o,
      ['spec', 'externalAuthConfigRef'],
      'token from MCPExternalAuthConfig',
      ctx,
      finder(o, ctx),
    ),
  );
  return out;
}

export function toolhiveServer(o: ManifestObject, ctx: ReadContext): SurfaceMcpServer {
  const f = ctx.fields;
  const ns = o.namespace ?? 'default';
  const image = f.str(o, ['spec', 'image']);
  if (image === undefined) f.problem(o.locate(['spec']), `MCPServer ${o.name}: spec.image is required`);
  // v1alpha1 before v0.15 called the proxy port spec.port.
  const portPath = f.raw(o, ['spec', 'proxyPort']) !== undefined ? ['spec', 'proxyPort'] : ['spec', 'port'];
  const port = f.str(o, portPath) ?? '8080';
  const transport = f.str(o, ['spec', 'transport']) ?? 'stdio';
  // What clients speak to the proxy: the transport itself, or for stdio the proxy mode.
  const exposed = transport === 'stdio' ? (f.str(o, ['spec', 'proxyMode']) ?? 'streamable-http') : transport;
  const args = f.strings(o, ['spec', 'args']);
  const [identity, identityAt] = identityOf(o, ns, TOOLHIVE_NAMES.serverSa(o.name), ctx);
  const [authentication, authAt] = authenticationOf(o, ctx);
  const at: Record<string, Position> = {
    image: o.locate(['spec', 'image']),
    transport: o.locate(['spec', 'transport']),
    url: o.locate(portPath),
    args: o.locate(['spec', 'args']),
    identity: identityAt,
    authentication: authAt,
  };
  const s: SurfaceMcpServer = {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    // Clients reach the server through the operator's proxy Service mcp-<name>-proxy (status.url).
    url: svcUrl(TOOLHIVE_NAMES.proxyService(o.name), ns, port, exposed === 'sse' ? `/sse#${o.name}` : '/mcp'),
    ...(image !== undefined ? { image } : {}),
    ...(args ? { args } : {}),
    transport,
    // The MCP container runs as spec.serviceAccount, else the operator's <name>-sa; the proxy as <name>-proxy-runner.
    identity,
    proxyIdentity: saUsername(ns, TOOLHIVE_NAMES.proxyRunnerSa(o.name)),
    workload: { kind: 'StatefulSet', name: o.name, namespace: ns },
    authentication,
    at,
  };
  addAuthenticationFacts(s, oidcFacts(o, ['spec', 'oidcConfigRef'], ctx, finder(o, ctx)));
  const ptype = f.str(o, ['spec', 'permissionProfile', 'type']);
  const pname = f.str(o, ['spec', 'permissionProfile', 'name']);
  if (ptype !== undefined || pname !== undefined) {
    const key = f.str(o, ['spec', 'permissionProfile', 'key']);
    s.permissionProfile = `${ptype ?? 'builtin'}:${pname ?? ''}${key ? `/${key}` : ''}`;
    at.permissionProfile = o.locate(['spec', 'permissionProfile']);
  }
  const secrets: Array<[string, Position]> = [];
  (f.list(o, ['spec', 'secrets']) ?? []).forEach((_, i) => {
    const P = ['spec', 'secrets', i];
    const name = f.str(o, [...P, 'name']);
    const key = f.str(o, [...P, 'key']);
    if (!name || !key) {
      f.problem(o.locate(P), `MCPServer ${o.name}: ${fieldPath(P)} needs name and key`);
      return;
    }
    secrets.push([`env ${f.str(o, [...P, 'targetEnvName']) ?? key} from Secret ${name}/${key}`, o.locate(P)]);
  });
  addCredentials(s, secrets, o.locate(['spec', 'secrets']));
  // MCPServer.spec.externalAuthConfigRef (cmd/thv-operator/api/v1beta1/mcpserver_types.go): the proxy obtains a
  // token for the server's upstream calls, as an MCPRemoteProxy's does; what the MCPExternalAuthConfig holds.
  addCredentials(s, authCredentials(o, ctx), o.locate(['spec', 'externalAuthConfigRef']));
  readAuthorization(o, ['spec'], ctx, finder(o, ctx), s);
  addCredentials(s, webhookMiddleware(o, ctx, finder(o, ctx), s), o.locate(['spec', 'webhookConfigRef']));
  const hostPaths: string[] = [];
  (f.list(o, ['spec', 'volumes']) ?? []).forEach((_, i) => {
    const P = ['spec', 'volumes', i];
    const host = f.str(o, [...P, 'hostPath']);
    if (host === undefined) return;
    const ro = f.bool(o, [...P, 'readOnly']);
    const text = `${host}:${f.str(o, [...P, 'mountPath']) ?? host}${ro ? ':ro' : ''}`;
    hostPaths.push(text);
    at[`hostPath:${text}`] = o.locate(P);
  });
  if (hostPaths.length > 0) {
    s.hostPaths = hostPaths.sort();
    at.hostPaths = o.locate(['spec', 'volumes']);
  }
  readPodTemplate(o, s, ctx);
  addCredentials(s, vaultInjection(o, ctx), o.locate(['spec']));
  const toolConfig = f.str(o, ['spec', 'toolConfigRef', 'name']);
  if (toolConfig !== undefined) {
    at.toolConfig = o.locate(['spec', 'toolConfigRef', 'name']);
    const cfg = ctx.index.find('MCPToolConfig', toolConfig, ns, TOOLHIVE_GROUP);
    if (cfg) applyToolConfig(s, cfg, ctx);
  } else {
    // v1alpha1 before v0.15: an inline allow-list.
    const legacy = f.strings(o, ['spec', 'tools']);
    if (legacy && legacy.length > 0) {
      s.allowedTools = legacy;
      at.toolNames = o.locate(['spec', 'tools']);
    }
  }
  return s;
}

/**
 * MCPToolConfig as the MCPServer/MCPRemoteProxy proxy applies it (pkg/mcp/tool_filter.go applyFilteringAndOverrides):
 * each tool is first renamed by `toolsOverride` (keyed by the server's own name), then kept if its NEW name is in
 * `toolsFilter`; a call is allowed when its name is in the filter. So the allow-list is the filter as written (the
 * names the model sees); a filter entry's description and pin come from the override that produces that name (or
 * that re-describes a tool of that name). An empty filter allows every tool; then the overridden tools are known.
 */
function applyToolConfig(s: SurfaceMcpServer, cfg: ManifestObject, ctx: ReadContext): void {
  const f = ctx.fields;
  const filter = f.strings(cfg, ['spec', 'toolsFilter']);
  const overrides = f.map(cfg, ['spec', 'toolsOverride']) ?? {};
  const at = s.at!;
  at.toolConfig ??= cfg.position;
  const overridden = new Map<string, string>(); // user-visible name → override key
  for (const key of Object.keys(overrides)) {
    const renamed = f.str(cfg, ['spec', 'toolsOverride', key, 'name']);
    overridden.set(renamed || key, key);
  }
  const toolOf = (name: string, fallback: Position): SurfaceTool => {
    const key = overridden.get(name);
    if (key === undefined) return { name, position: fallback };
    const P = ['spec', 'toolsOverride', key];
    const description = f.str(cfg, [...P, 'description']);
    const annotations = f.map(cfg, [...P, 'annotations']);
    return {
      name,
      ...(description !== undefined ? { description } : {}),
      ...(description !== undefined || annotations !== undefined
        ? { sha256: toolHash({ name, description, annotations }) }
        : {}),
      position: cfg.locate(P),
    };
  };
  let tools: SurfaceTool[];
  if (filter && filter.length > 0) {
    s.allowedTools = filter;
    at.toolNames = cfg.locate(['spec', 'toolsFilter']);
    tools = filter.map((name, i) => toolOf(name, cfg.locate(['spec', 'toolsFilter', i])));
  } else {
    tools = [...overridden.keys()].map((name) => toolOf(name, cfg.position));
  }
  if (tools.length > 0) {
    s.tools = tools;
    at.tools = cfg.locate([
      'spec',
      f.raw(cfg, ['spec', 'toolsOverride']) !== undefined ? 'toolsOverride' : 'toolsFilter',
    ]);
  }
}

/**
 * `spec.podTemplateSpec` (MCPServer, MCPRemoteProxy, VirtualMCPServer: a raw corev1.PodTemplateSpec the operator
 * merges into the pod it creates; the MCP container is named `mcp`; cmd/thv-operator/api/v1beta1/mcpserver_types.go
 * PodTemplateSpec). Host paths and Secret-backed environment in it are recorded as `spec.volumes` and `spec.secrets`
 * are: `<hostPath>:<mountPath>[:ro]` and `env <NAME> from Secret <name>/<key>` / `envFrom Secret <name>`, located at
 * the volume or env entry, and Secrets mounted as volumes as `volume <name> from Secret <name>` (or
 * `SecretProviderClass <class>`), at the Secret's name. Every container counts (a sidecar shares the pod's volumes
 * and network). The operator takes the whole pod spec (toolhive e25de16cf972: the proxy runner's
 * applyPodTemplatePatch for an MCPServer's StatefulSet, a strategic merge for the MCPRemoteProxy and vMCP Deployments).
 */
function readPodTemplate(o: ManifestObject, s: SurfaceMcpServer, ctx: ReadContext): void {
  const f = ctx.fields;
  const T = ['spec', 'podTemplateSpec', 'spec'];
  if (f.map(o, T) === undefined) return;
  s.at ??= {};
  const at = s.at;
  const containers = containersAt(o, T, ['initContainers', 'containers'], f);
  const creds: Array<[string, Position]> = [];
  for (const C of containers) {
    (f.list(o, [...C, 'env']) ?? []).forEach((_, i) => {
      const E = [...C, 'env', i];
      const name = f.str(o, [...E, 'name']);
      const R = [...E, 'valueFrom', 'secretKeyRef'];
      if (!name || f.map(o, R) === undefined) return;
      creds.push([
        `env ${name} from Secret ${f.str(o, [...R, 'name']) ?? '?'}/${f.str(o, [...R, 'key']) ?? '?'}`,
        o.locate(E),
      ]);
    });
    (f.list(o, [...C, 'envFrom']) ?? []).forEach((_, i) => {
      const secret = f.str(o, [...C, 'envFrom', i, 'secretRef', 'name']);
      if (secret) creds.push([`envFrom Secret ${secret}`, o.locate([...C, 'envFrom', i])]);
    });
  }
  // Secrets mounted as files are the server's as much as those in its environment (pod-volumes.ts).
  const mountedAt: Record<string, Position> = {};
  for (const text of podSecrets(o, T, f, mountedAt)) creds.push([text, mountedAt[`credential:${text}`]]);
  addCredentials(s, creds, o.locate(['spec', 'podTemplateSpec']));
  const hostPaths = hostPathsOf(o, T, containers, f, at);
  if (hostPaths.length > 0) {
    s.hostPaths = [...new Set([...(s.hostPaths ?? []), ...hostPaths])].sort();
    at.hostPaths ??= o.locate([...T, 'volumes']);
  }
}

const VAULT = 'vault.hashicorp.com/';

/**
 * Vault Agent Injection on an MCPServer (toolhive e25de16cf972 examples/operator/vault; the operator sets the run
 * config's `env_file_dir` to /vault/secrets when `vault.hashicorp.com/agent-inject: "true"` is among the annotations
 * of `spec.podTemplateSpec.metadata` or `spec.resourceOverrides.proxyDeployment.podTemplateMetadataOverrides`, and the
 * proxy runner hands every file there to the MCP server as env, cmd/thv-proxyrunner/app/run.go): the Vault role the
 * injector logs in as (`vault role <role>`) and each secret it renders (`agent-inject-secret-<file>`, as
 * `env file <file> from Vault <path>`), each at its annotation: another role or path is another account.
 */
function vaultInjection(o: ManifestObject, ctx: ReadContext): Array<[string, Position]> {
  const f = ctx.fields;
  const out: Array<[string, Position]> = [];
  for (const A of [
    ['spec', 'podTemplateSpec', 'metadata', 'annotations'],
    ['spec', 'resourceOverrides', 'proxyDeployment', 'podTemplateMetadataOverrides', 'annotations'],
  ]) {
    const annotations = f.map(o, A) ?? {};
    if (String(annotations[`${VAULT}agent-inject`]) !== 'true') continue;
    for (const key of Object.keys(annotations).slice(0, 100)) {
      const value = f.str(o, [...A, key]);
      if (value === undefined) continue;
      if (key === `${VAULT}role`) out.push([`vault role ${value}`, o.locate([...A, key])]);
      else if (key.startsWith(`${VAULT}agent-inject-secret-`))
        out.push([
          `env file ${key.slice(`${VAULT}agent-inject-secret-`.length)} from Vault ${value}`,
          o.locate([...A, key]),
        ]);
    }
  }
  return out;
}

/**
 * MCPRemoteProxy: a ToolHive proxy in front of `spec.remoteUrl` (the endpoint that matters, so it is the url), with
 * its own ServiceAccount (`spec.serviceAccount`, else `<name>-remote-proxy-runner`, which may read Secrets),
 * forwarded headers, token exchange, OIDC and an MCPToolConfig applied like an MCPServer's.
 */
export function toolhiveRemoteProxy(o: ManifestObject, ctx: ReadContext): SurfaceMcpServer {
  const f = ctx.fields;
  const ns = o.namespace ?? 'default';
  const remote = f.str(o, ['spec', 'remoteUrl']);
  if (remote === undefined) f.problem(o.locate(['spec']), `MCPRemoteProxy ${o.name}: spec.remoteUrl is required`);
  const [identity, identityAt] = identityOf(o, ns, TOOLHIVE_NAMES.remoteProxySa(o.name), ctx);
  const [authentication, authAt] = authenticationOf(o, ctx);
  const s: SurfaceMcpServer = {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    ...(remote !== undefined ? { url: remote } : {}),
    transport: f.str(o, ['spec', 'transport']) ?? 'streamable-http',
    identity,
    workload: { kind: 'Deployment', name: o.name, namespace: ns },
    authentication,
    at: {
      url: o.locate(['spec', 'remoteUrl']),
      transport: o.locate(['spec', 'transport']),
      identity: identityAt,
      authentication: authAt,
    },
  };
  addAuthenticationFacts(s, oidcFacts(o, ['spec', 'oidcConfigRef'], ctx, finder(o, ctx)));
  addCredentials(s, forwardedHeaders(o, ctx), o.locate(['spec', 'headerForward']));
  addCredentials(s, remoteEndpointGuards(o, ctx, s), o.locate(['spec', 'caBundleRef']));
  addCredentials(s, authServerRefCredentials(o, ctx), o.locate(['spec', 'authServerRef']));
  readAuthorization(o, ['spec'], ctx, finder(o, ctx), s);
  readPodTemplate(o, s, ctx);
  const toolConfig = f.str(o, ['spec', 'toolConfigRef', 'name']);
  if (toolConfig !== undefined) {
    const cfg = ctx.index.find('MCPToolConfig', toolConfig, ns, TOOLHIVE_GROUP);
    if (cfg) applyToolConfig(s, cfg, ctx);
  }
  return s;
}

/** MCPServerEntry: a remote server listed in an MCPGroup, called by the group's VirtualMCPServer (no pods of its own). */
export function toolhiveServerEntry(o: ManifestObject, ctx: ReadContext): SurfaceMcpServer {
  const f = ctx.fields;
  const ns = o.namespace ?? 'default';
  for (const req of ['remoteUrl', 'transport'])
    if (f.raw(o, ['spec', req]) === undefined)
      f.problem(o.locate(['spec']), `MCPServerEntry ${o.name}: spec.${req} is required`);
  const remote = f.str(o, ['spec', 'remoteUrl']);
  const s: SurfaceMcpServer = {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    ...(remote !== undefined ? { url: remote } : {}),
    transport: f.str(o, ['spec', 'transport']),
    at: { url: o.locate(['spec', 'remoteUrl']), transport: o.locate(['spec', 'transport']) },
  };
  addCredentials(s, forwardedHeaders(o, ctx), o.locate(['spec', 'headerForward']));
  addCredentials(s, remoteEndpointGuards(o, ctx, s), o.locate(['spec', 'caBundleRef']));
  return s;
}

/** MCPServer: `externalAuthConfigRef` and `authServerRef`, with what the MCPExternalAuthConfigs hold. */
function authCredentials(o: ManifestObject, ctx: ReadContext): Array<[string, Position]> {
  return [
    ...externalAuthCredentials(
      o,
      ['spec', 'externalAuthConfigRef'],
      'token from MCPExternalAuthConfig',
      ctx,
      finder(o, ctx),
    ),
    ...authServerRefCredentials(o, ctx),
  ];
}

/** `spec.authServerRef`: the embedded OAuth server's Secrets and upstream providers (MCPServer, MCPRemoteProxy). */
function authServerRefCredentials(o: ManifestObject, ctx: ReadContext): Array<[string, Position]> {
  return externalAuthCredentials(
    o,
    ['spec', 'authServerRef'],
    'auth server from MCPExternalAuthConfig',
    ctx,
    finder(o, ctx),
  );
}

/** The name of the MCPGroup an object belongs to (`spec.groupRef.name`; a plain string in toolhive ≤ v0.18). */
function memberGroup(o: ManifestObject, ctx: ReadContext): string | undefined {
  const raw = ctx.fields.raw(o, ['spec', 'groupRef']);
  if (typeof raw === 'string') return raw;
  return ctx.fields.str(o, ['spec', 'groupRef', 'name']);
}

const MEMBER_KINDS = ['MCPServer', 'MCPRemoteProxy', 'MCPServerEntry'];

/**
 * VirtualMCPServer: one endpoint (`vmcp-<name>:4483`) aggregating every member of its MCPGroup (objects whose
 * `spec.groupRef` names the group) and `spec.config.backends[]`; its ServiceAccount is `spec.serviceAccount`, else
 * `<name>-vmcp`. `upstreams` lists the members; `allowedTools` is known when the aggregation settles every member's
 * tools (vMCP filters match the member's own tool names; names are prefixed `{workload}_` in prefix mode), plus
 * the composite tools.
 */
export function toolhiveVirtualServer(o: ManifestObject, ctx: ReadContext): SurfaceMcpServer {
  const f = ctx.fields;
  const ns = o.namespace ?? 'default';
  const group = memberGroup(o, ctx);
  if (group === undefined) f.problem(o.locate(['spec']), `VirtualMCPServer ${o.name}: spec.groupRef.name is required`);
  const incoming = f.str(o, ['spec', 'incomingAuth', 'type']);
  if (incoming === undefined)
    f.problem(o.locate(['spec']), `VirtualMCPServer ${o.name}: spec.incomingAuth.type is required (anonymous or oidc)`);
  const [identity, identityAt] = identityOf(o, ns, TOOLHIVE_NAMES.vmcpSa(o.name), ctx);
  const s: SurfaceMcpServer = {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    url: svcUrl(TOOLHIVE_NAMES.vmcpService(o.name), ns, VMCP_PORT, '/mcp'),
    transport: 'streamable-http',
    identity,
    workload: { kind: 'Deployment', name: o.name, namespace: ns },
    authentication:
      incoming === 'oidc' ? `oidc:${f.str(o, ['spec', 'incomingAuth', 'oidcConfigRef', 'name']) ?? 'inline'}` : 'none',
    at: { identity: identityAt, authentication: o.locate(['spec', 'incomingAuth']) },
  };
  if (incoming === 'oidc')
    addAuthenticationFacts(s, oidcFacts(o, ['spec', 'incomingAuth', 'oidcConfigRef'], ctx, finder(o, ctx)));
  const members: ManifestObject[] = [];
  if (group !== undefined) {
    for (const kind of MEMBER_KINDS)
      for (const m of ctx.index.ofKind(kind, TOOLHIVE_GROUP))
        if ((m.namespace ?? ns) === ns && memberGroup(m, ctx) === group) members.push(m);
  }
  const upstreams: string[] = [];
  for (const m of members) {
    const label = `${m.kind} ${m.name}`;
    upstreams.push(label);
    s.at![`upstream:${label}`] = m.locate(['spec', 'groupRef']);
  }
  (f.list(o, ['spec', 'config', 'backends']) ?? []).forEach((_, i) => {
    const P = ['spec', 'config', 'backends', i];
    const label = `backend ${f.str(o, [...P, 'name']) ?? i} ${f.str(o, [...P, 'url']) ?? ''}`.trim();
    upstreams.push(label);
    s.at![`upstream:${label}`] = o.locate(P);
  });
  if (upstreams.length > 0) s.upstreams = upstreams.sort();
  // Client request headers forwarded verbatim to every backend: `spec.passthroughHeaders`, which takes precedence
  // over `spec.config.passthroughHeaders` (cmd/thv-operator/api/v1beta1/virtualmcpserver_types.go).
  const passPath = f.raw(o, ['spec', 'passthroughHeaders']) !== undefined ? ['spec'] : ['spec', 'config'];
  addCredentials(
    s,
    (f.strings(o, [...passPath, 'passthroughHeaders']) ?? []).map((h, i): [string, Position] => [
      `header ${h} forwarded from the caller`,
      o.locate([...passPath, 'passthroughHeaders', i]),
    ]),
    o.locate([...passPath, 'passthroughHeaders']),
  );
  // What the vMCP presents to its backends (spec.outgoingAuth) and its embedded auth server's upstream Secrets.
  addCredentials(
    s,
    [...outgoingAuthCredentials(o, ctx, finder(o, ctx)), ...authServerCredentials(o, ctx)],
    o.locate(['spec', 'outgoingAuth']),
  );
  readAuthorization(o, ['spec', 'incomingAuth'], ctx, finder(o, ctx), s);
  readPodTemplate(o, s, ctx);
  unapprovedCompositeTools(o, ctx, finder(o, ctx), s);
  const allowed = aggregatedTools(o, members, ctx);
  if (allowed) {
    const added = virtualTools(o, ctx);
    s.allowedTools = [...new Set([...allowed, ...added.map(([t]) => t)])];
    s.at!.toolNames = o.locate(['spec', 'config', 'aggregation']);
    for (const [t, where] of added) s.at![`allowedTool:${t}`] = where;
  }
  return s;
}

/**
 * Tools the vMCP itself adds to what clients can call (ToolHive pkg/vmcp/config/config.go, Config.CodeMode and
 * Config.Optimizer):
 * - `spec.config.codeMode.enabled: true` advertises `execute_tool_script` (pkg/script/description.go
 *   ExecuteToolScriptName), a Starlark script calling the backend tools server-side;
 * - `spec.config.optimizer` (present; the operator also fills it in when only `spec.embeddingServerRef` is set:
 *   cmd/thv-operator/api/v1beta1/virtualmcpserver_types.go validateEmbeddingServer) lists only `find_tool` and
 *   `call_tool` (pkg/vmcp/session/optimizerdec/decorator.go), and `call_tool` runs any indexed tool by name.
 * Clients then reach every aggregated tool through `call_tool` (and, under the optimizer, `execute_tool_script`
 * too), so these are added to the aggregated names rather than replacing them: the allow-list says what a client
 * can make the vMCP run, and turning either on widens it.
 */
function virtualTools(o: ManifestObject, ctx: ReadContext): Array<[string, Position]> {
  const f = ctx.fields;
  const out: Array<[string, Position]> = [];
  const code = ['spec', 'config', 'codeMode', 'enabled'];
  if (f.bool(o, code) === true) out.push(['execute_tool_script', o.locate(code)]);
  const O = ['spec', 'config', 'optimizer'];
  const where =
    f.raw(o, O) != null
      ? O
      : f.raw(o, ['spec', 'embeddingServerRef']) != null
        ? ['spec', 'embeddingServerRef']
        : undefined;
  if (where) out.push(['find_tool', o.locate(where)], ['call_tool', o.locate(where)]);
  return out;
}

function aggregatedTools(o: ManifestObject, members: ManifestObject[], ctx: ReadContext): string[] | undefined {
  const f = ctx.fields;
  const A = ['spec', 'config', 'aggregation'];
  if (f.map(o, A) === undefined) return undefined;
  const prefix =
    (f.str(o, [...A, 'conflictResolution']) ?? 'prefix') === 'prefix'
      ? (f.str(o, [...A, 'conflictResolutionConfig', 'prefixFormat']) ?? '{workload}_')
      : '';
  const deny = f.str(o, [...A, 'defaultToolVisibility']) === 'deny';
  const excludeAll = f.bool(o, [...A, 'excludeAllTools']) === true;
  const entries = new Map<string, number>();
  (f.list(o, [...A, 'tools']) ?? []).forEach((_, i) => {
    const w = f.str(o, [...A, 'tools', i, 'workload']);
    if (w !== undefined) entries.set(w, i);
  });
  const names: string[] = [];
  for (const m of members) {
    if (excludeAll) break;
    const i = entries.get(m.name);
    if (i === undefined) {
      if (deny) continue;
      return undefined; // every tool of that member, whatever it has
    }
    const P = [...A, 'tools', i];
    if (f.bool(o, [...P, 'excludeAll']) === true) continue;
    let filter = f.strings(o, [...P, 'filter']);
    let overrides: Record<string, unknown> = f.map(o, [...P, 'overrides']) ?? {};
    let source: ManifestObject = o;
    let overridePath: (string | number)[] = [...P, 'overrides'];
    const ref = f.str(o, [...P, 'toolConfigRef', 'name']);
    const cfg = ref !== undefined ? ctx.index.find('MCPToolConfig', ref, o.namespace, TOOLHIVE_GROUP) : undefined;
    if (ref !== undefined) {
      // A toolConfigRef wins over filter/overrides; under vMCP it matches the member's own names.
      if (!cfg) return undefined;
      filter = f.strings(cfg, ['spec', 'toolsFilter']);
      overrides = f.map(cfg, ['spec', 'toolsOverride']) ?? {};
      source = cfg;
      overridePath = ['spec', 'toolsOverride'];
    }
    if (!filter || filter.length === 0) return undefined;
    for (const t of filter) {
      const renamed = t in overrides ? f.str(source, [...overridePath, t, 'name']) : undefined;
      names.push(`${prefix.replace('{workload}', m.name)}${renamed || t}`);
    }
  }
  (f.list(o, ['spec', 'config', 'compositeTools']) ?? []).forEach((_, i) => {
    const n = f.str(o, ['spec', 'config', 'compositeTools', i, 'name']);
    if (n !== undefined) names.push(n);
  });
  (f.list(o, ['spec', 'config', 'compositeToolRefs']) ?? []).forEach((_, i) => {
    const n = f.str(o, ['spec', 'config', 'compositeToolRefs', i, 'name']);
    if (n === undefined) return;
    // The operator advertises a referenced definition under its own `spec.name` (vmcpconfig/converter.go).
    const def = ctx.index.find('VirtualMCPCompositeToolDefinition', n, o.namespace, TOOLHIVE_GROUP);
    names.push((def && f.str(def, ['spec', 'name'])) ?? n);
  });
  return [...new Set(names)];
}
