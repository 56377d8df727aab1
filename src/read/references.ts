import type { ManifestFile, ManifestObject } from '../model/manifest.js';
import type { AgentSurface, SurfaceRef } from '../model/surface.js';
import { groupOf, type ManifestIndex } from './manifests/fields.js';
import { parseServiceUrl } from './manifests/in-cluster.js';
import { DEFAULT_MODEL_CONFIG, KAGENT_GROUP } from './manifests/kagent.js';
import { promptSources } from './manifests/kagent-prompt.js';
import { envConfigMaps } from './manifests/workload-env.js';
import { TOOLHIVE_GROUP, TOOLHIVE_NAMES } from './manifests/toolhive.js';
import { gatewayReferenceNames, policyReferringNames } from './manifests/agentgateway-policy-kind.js';
import { envoyReferenceNames } from './manifests/envoy-ai-gateway-routes.js';
import { agentSurfaceCached } from './catalog-surface.js';
import { readSurfaceCached, type WorkloadKey } from './manifests/surface.js';
import { isNetworkPolicy, type Pods, policySelects } from './manifests/network-policy.js';

/**
 * What an agent's manifests reference elsewhere in the repository, found by name. An agent's tools run as the
 * tool server's identity: a RemoteMCPServer's URL names a Service, whose selector names a workload, whose pod
 * template names a ServiceAccount, which RoleBindings and ClusterRoleBindings anywhere in the repository bind to
 * roles (built-in, or defined anywhere). Those objects are the agent's reach even when another team's folder
 * holds them; so are the objects its manifests name and a reader resolves by name (a ModelConfig, a
 * RemoteMCPServer, an MCPToolConfig, a ServingRuntime), which platform repositories keep in a shared folder.
 *
 * Finding them must not cost a read of the repository: each round asks `git grep` (C, threaded, over the object
 * store or the working tree) for the files that declare one of the kinds below AND mention one of the names
 * still unresolved; only those files are read. Names come from the surface, so a round only asks for what the
 * previous one made reachable.
 */

/** Kinds a surface reader resolves by name from the agent's objects, and that nothing finds any other way. */
const BY_OWN_NAME = [
  'ModelConfig',
  'RemoteMCPServer',
  'ToolServer',
  'Memory',
  'MCPToolConfig',
  'MCPAuthzConfig',
  'MCPExternalAuthConfig',
  'MCPWebhookConfig',
  'EmbeddingServer',
  'VirtualMCPCompositeToolDefinition',
  'MCPOIDCConfig',
  'ServingRuntime',
  'ClusterServingRuntime',
  'LLMInferenceServiceConfig',
  // The InferenceServices an InferenceGraph's steps name (`serviceName`): what the graph routes to (kserve-graph.ts).
  'InferenceService',
  // The ConfigMaps a kagent agent reads its instructions from (kagent-prompt.ts), and those a plain workload agent
  // takes its environment from (workload-env.ts): never read for anything else here.
  'ConfigMap',
  // A kagent agent's system message kept in a Secret (`systemMessageFrom.type: Secret`): its value is hashed, never
  // kept or printed (kagent-prompt.ts).
  'Secret',
  // The Gateway an agent's HTTPRoute or GRPCRoute hangs on (`parentRefs`): AgentgatewayPolicy targetSelectors select
  // it by its labels (agentgateway-policy-kind.ts).
  'Gateway',
  // The Envoy AI Gateway AIServiceBackends an agent's AIGatewayRoute sends to, and the Envoy Gateway Backends they
  // (or an MCPRoute) name (envoy-ai-gateway-routes.ts, envoy-ai-gateway.ts).
  'AIServiceBackend',
  'Backend',
] as const;

/**
 * The only kinds read from outside the agent's manifests: what links a URL or an identity to its reach, and what
 * a surface reader resolves by name from the agent's objects (src/read/manifests: kagent's ModelConfig, MCP server
 * kinds and Memory, ToolHive's MCPToolConfig, MCPAuthzConfig, MCPExternalAuthConfig, MCPWebhookConfig,
 * EmbeddingServer, MCPOIDCConfig and VirtualMCPCompositeToolDefinition, KServe's serving runtimes and the InferenceServices an
 * InferenceGraph routes to, the ConfigMaps a kagent agent's instructions come from) — platform
 * repositories keep those in a
 * shared folder (kagent's chart installs `default-model-config` and the `kagent-tool-server` RemoteMCPServer).
 */
export const INDEX_KINDS = [
  'Service',
  'ServiceAccount',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'MCPServer',
  'MCPRemoteProxy',
  'VirtualMCPServer',
  // Found by the MCPGroup name they hold: the remote servers a VirtualMCPServer calls for its clients.
  'MCPServerEntry',
  'PodIdentityAssociation',
  // Found by the AgentgatewayBackend names they mention: what attaches policies to an agent's gateway backends.
  'AgentgatewayPolicy',
  // Found likewise by the kgateway Backend names (and routes, Gateways) they mention.
  'TrafficPolicy',
  // Found by the AIServiceBackend (or InferencePool) names they target: the account Envoy AI Gateway calls a provider
  // with.
  'BackendSecurityPolicy',
  'HTTPRoute',
  'GRPCRoute',
  // Found by the InferenceService name they hold: a model loaded into one of the agent's InferenceServices.
  'TrainedModel',
  // Found by the label keys their selector names: the Harness that admits an AgentTemplate and runs it.
  'Harness',
  // Found by POLICY_SEARCH, then kept only where they select the agent's pods: a namespace default kept by a platform
  // team limits the agent's egress as much as a policy in its folder.
  'NetworkPolicy',
  ...BY_OWN_NAME,
] as const;

const KSERVE_GROUP = 'serving.kserve.io';
const ENVOY_AI_GROUP = 'aigateway.envoyproxy.io';

const GROUPS: Record<string, readonly string[]> = {
  Service: [''],
  ServiceAccount: [''],
  Deployment: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  DaemonSet: ['apps', 'extensions'],
  Role: ['rbac.authorization.k8s.io'],
  ClusterRole: ['rbac.authorization.k8s.io'],
  RoleBinding: ['rbac.authorization.k8s.io'],
  ClusterRoleBinding: ['rbac.authorization.k8s.io'],
  MCPServer: ['toolhive.stacklok.dev', 'kagent.dev'],
  MCPRemoteProxy: ['toolhive.stacklok.dev'],
  VirtualMCPServer: ['toolhive.stacklok.dev'],
  MCPServerEntry: ['toolhive.stacklok.dev'],
  // EKS Pod Identity (src/read/manifests/eks-pod-identity.ts): found by the ServiceAccount name it holds.
  PodIdentityAssociation: ['eks.services.k8s.aws', 'eks.aws.upbound.io', 'eks.aws.m.upbound.io'],
  AgentgatewayPolicy: ['agentgateway.dev'],
  TrafficPolicy: ['gateway.kgateway.dev'],
  BackendSecurityPolicy: [ENVOY_AI_GROUP],
  AIServiceBackend: [ENVOY_AI_GROUP],
  Backend: ['gateway.envoyproxy.io'],
  HTTPRoute: ['gateway.networking.k8s.io'],
  GRPCRoute: ['gateway.networking.k8s.io'],
  TrainedModel: [KSERVE_GROUP],
  Harness: [KAGENT_GROUP],
  NetworkPolicy: ['networking.k8s.io'],
  Gateway: ['gateway.networking.k8s.io'],
  ModelConfig: [KAGENT_GROUP],
  RemoteMCPServer: [KAGENT_GROUP],
  ToolServer: [KAGENT_GROUP],
  Memory: [KAGENT_GROUP],
  MCPToolConfig: [TOOLHIVE_GROUP],
  MCPAuthzConfig: [TOOLHIVE_GROUP],
  MCPExternalAuthConfig: [TOOLHIVE_GROUP],
  MCPWebhookConfig: [TOOLHIVE_GROUP],
  EmbeddingServer: [TOOLHIVE_GROUP],
  VirtualMCPCompositeToolDefinition: [TOOLHIVE_GROUP],
  MCPOIDCConfig: [TOOLHIVE_GROUP],
  ServingRuntime: [KSERVE_GROUP],
  ClusterServingRuntime: [KSERVE_GROUP],
  LLMInferenceServiceConfig: [KSERVE_GROUP],
  InferenceService: [KSERVE_GROUP],
  ConfigMap: [''],
  Secret: [''],
};

export function isIndexKind(o: { apiVersion: string; kind: string }): boolean {
  return GROUPS[o.kind]?.includes(groupOf(o.apiVersion)) ?? false;
}

/**
 * Kinds found by their own name only (a ModelConfig an Agent names, a serving runtime an InferenceService names):
 * a file that merely mentions the name — another agent's RemoteMCPServer whose description says "tools" — must not
 * bring its objects of these kinds into this agent's reach. Without this, every agent of a repository of agents
 * pulled in every other agent's tool servers: a quadratic diff (8.6 s instead of 1.8 s on 5,000 files).
 */
const FOUND_BY_OWN_NAME: ReadonlySet<string> = new Set(BY_OWN_NAME);

/**
 * The name a scope searches for the repository's NetworkPolicies: the API group every one of them writes in its
 * apiVersion (not the kind: git grep -o reports the `kind:` line as the kind's match, never as the name's). A policy
 * is found by this search only (nothing names a policy; it selects pods), and this search finds nothing else.
 */
export const POLICY_SEARCH = 'networking.k8s.io';
const POLICY_KIND = 'NetworkPolicy';

/** Whether a search for `name` can have found one of the file's reference objects. */
export function couldFind(m: ManifestFile, name: string): boolean {
  return m.objects.some((o) => foundBy(o, name));
}

function foundBy(o: ManifestObject, name: string): boolean {
  if (name === POLICY_SEARCH || o.kind === POLICY_KIND) return name === POLICY_SEARCH && o.kind === POLICY_KIND;
  return !FOUND_BY_OWN_NAME.has(o.kind) || o.name === name;
}

/** Any kind found by any name it is mentioned with, as a word anywhere in a text (a comment, a description…). */
const OTHER_KIND_WORD = new RegExp(
  `(?<![A-Za-z0-9_])(?:${INDEX_KINDS.filter((k) => !FOUND_BY_OWN_NAME.has(k) && k !== POLICY_KIND).join('|')})(?![A-Za-z0-9_])`,
);

/**
 * What may stand before an object's own name on its line: a `name:` key (YAML or JSON, quoted or not, block or
 * flow), or an anchor or tag (`&n tools`, `!!str tools`: the name may reach `name:` through an alias).
 */
const NAME_KEY_BEFORE = /(?:name["']?\s*:\s*|[&!]\S*\s+)["']?$/;
/** Or the name alone on its line (`name:` with its value below, a block scalar's line, a list item). */
const ALONE_BEFORE = /^\s*(?:-\s*)?["']?$/;
const ALONE_AFTER = /^["']?\s*(?:#.*)?$/;

/**
 * The searched names a file's text could make couldFind true for, decided before parsing it: a file that mentions
 * no kind found otherwise than by name can only answer a name that is some object's own name. A file that merely
 * mentions a name ("tools" in a URL or a description, a ModelConfig an Agent names) is then never parsed; on a
 * repository of agents, a word every agent's tool server mentions made the search parse every agent's files.
 * Over-inclusive by design: a false answer here would drop an object, a true one only costs a parse.
 */
export function namesItCouldHold(text: string, names: readonly string[]): readonly string[] {
  if (OTHER_KIND_WORD.test(text)) return names;
  return names.filter((n) => n === POLICY_SEARCH || mayBeOwnName(text, n));
}

function mayBeOwnName(text: string, name: string): boolean {
  if (name.length === 0) return false;
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    if (i > 0 && NAME_NEIGHBOUR.test(text[i - 1])) continue;
    if (NAME_NEIGHBOUR.test(text[i + name.length] ?? '')) continue;
    const before = text.slice(text.lastIndexOf('\n', i - 1) + 1, i);
    if (NAME_KEY_BEFORE.test(before)) return true;
    if (!ALONE_BEFORE.test(before)) continue;
    const end = text.indexOf('\n', i);
    if (ALONE_AFTER.test(text.slice(i + name.length, end === -1 ? undefined : end).replace(/\r$/, ''))) return true;
  }
  return false;
}

/**
 * A reference file with only the objects `asked` can have found, and only the NetworkPolicies that select `pods`;
 * undefined when none is left.
 */
export function referenceFor(m: ManifestFile, asked: ReadonlySet<string>, pods?: Pods): ManifestFile | undefined {
  return subset(
    m,
    m.objects.filter((o) =>
      o.kind === POLICY_KIND
        ? asked.has(POLICY_SEARCH) && pods !== undefined && policySelects(o, pods)
        : !FOUND_BY_OWN_NAME.has(o.kind) || asked.has(o.name),
    ),
  );
}

/** A file the policy search found, with only its NetworkPolicies that select `pods`; undefined when none does. */
export function policyReferenceFor(m: ManifestFile, pods: Pods): ManifestFile | undefined {
  return subset(
    m,
    m.objects.filter((o) => policySelects(o, pods)),
  );
}

function subset(m: ManifestFile, objects: ManifestObject[]): ManifestFile | undefined {
  if (objects.length === 0) return undefined;
  return objects.length === m.objects.length ? m : { ...m, objects };
}

/**
 * The files a policy search found, by the namespace their NetworkPolicies name and by one label of their
 * podSelector, built once per search: each agent then looks at the policies that may select its pods (its
 * namespace's, selecting every pod or naming one of its labels), not at every policy of the repository — in a
 * repository of agents, each with a policy of its own, that would be quadratic.
 */
export class PolicyFiles {
  /** namespace → `key=value` (or '' for a selector without matchLabels) → paths. */
  private readonly index = new Map<string, Map<string, Set<string>>>();

  constructor(paths: readonly string[], reference: (path: string) => ManifestFile | undefined) {
    for (const p of paths) {
      for (const o of reference(p)?.objects ?? []) {
        if (!isNetworkPolicy(o) || o.namespace === undefined) continue;
        const labels = record(record(record(o.body.spec).podSelector).matchLabels);
        const first = Object.entries(labels).find(([, v]) => ['string', 'number', 'boolean'].includes(typeof v));
        const key = first ? `${first[0]}=${String(first[1])}` : '';
        const byKey = this.index.get(o.namespace) ?? new Map<string, Set<string>>();
        this.index.set(o.namespace, byKey);
        const set = byKey.get(key) ?? new Set<string>();
        byKey.set(key, set);
        set.add(p);
      }
    }
  }

  /** The files that may hold a policy selecting these pods (policySelects decides). */
  candidates(pods: Pods): string[] {
    const byKey = pods.namespace === undefined ? undefined : this.index.get(pods.namespace);
    if (!byKey) return [];
    const out = new Set(byKey.get('') ?? []);
    for (const [k, v] of Object.entries(pods.labels)) for (const p of byKey.get(`${k}=${v}`) ?? []) out.add(p);
    return [...out].sort();
  }
}

/** The agent's pods, when their namespace is known: only then can a policy kept elsewhere be said to select them. */
export function podsToFollow(files: readonly ManifestFile[], workload: WorkloadKey | undefined): Pods | undefined {
  const pods = workload ? agentSurfaceCached(files, workload)?.egress?.pods : undefined;
  return pods?.namespace !== undefined ? pods : undefined;
}

/** A file as a reference: its objects of the index kinds only, and none of its problems (they are its owner's). */
export function asReference(m: ManifestFile): ManifestFile {
  return { file: m.file, objects: m.objects.filter(isIndexKind), problems: [], reference: true };
}

/** Names worth searching: Kubernetes object names, label keys and group names; anything else is never searched. */
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._:/-]{0,251}[A-Za-z0-9])?$/;
/** Too common to narrow a search (a binding to `default` is still found through the agent's own namespace files). */
const TOO_COMMON = new Set(['default', 'true', 'false', 'app', 'name', 'v1']);

export function searchable(name: string): boolean {
  return name.length >= 3 && NAME.test(name) && !TOO_COMMON.has(name);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The patterns given to `git grep`: PCRE when git has it (fast with many names), else POSIX extended. */
export function grepPatterns(names: readonly string[], flavour: 'pcre' | 'ere'): { kind: string; names: string } {
  const kinds = INDEX_KINDS.join('|');
  const alt = names.map(escapeRe).join('|');
  return flavour === 'pcre'
    ? {
        kind: `["']?kind["']?\\s*:\\s*["']?(?:${kinds})(?![A-Za-z0-9_])`,
        names: `(?<![A-Za-z0-9_-])(?:${alt})(?![A-Za-z0-9_-])`,
      }
    : {
        kind: `["']?kind["']?[[:space:]]*:[[:space:]]*["']?(${kinds})([^A-Za-z0-9_]|$)`,
        names: `(^|[^A-Za-z0-9_-])(${alt})([^A-Za-z0-9_-]|$)`,
      };
}

/**
 * The search git grep does, on one text (a changed file of head, which git's object store does not hold yet): the
 * names it mentions, if it declares a reference kind (`anyKind`: whatever it declares).
 */
export function textMatcher(names: readonly string[], anyKind = false): (text: string) => Set<string> {
  const re = new RegExp(grepPatterns(names, 'pcre').names, 'g');
  return (text) => {
    const found = new Set<string>();
    if (names.length === 0 || (!anyKind && !declaresIndexKind(text))) return found;
    for (const m of text.matchAll(re)) found.add(m[0]);
    return found;
  };
}

const INDEX_KIND = new RegExp(grepPatterns([], 'pcre').kind);

/** What may not touch a name on either side (grepPatterns' look-arounds). */
const NAME_NEIGHBOUR = /[A-Za-z0-9_-]/;

/**
 * Whether `name` occurs in `text` as the search finds it, not inside a longer word. The same answer as
 * textMatcher([name], true) without compiling a regular expression for the one name.
 */
export function mentionsName(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    if ((i === 0 || !NAME_NEIGHBOUR.test(text[i - 1])) && !NAME_NEIGHBOUR.test(text[i + name.length] ?? ''))
      return true;
  }
  return false;
}

/** Whether a text declares one of the INDEX_KINDS: the first half of the search, the same whatever the names. */
export function declaresIndexKind(text: string): boolean {
  return INDEX_KIND.test(text);
}

/**
 * The names the agent's reach still depends on, given what is read so far: the ServiceAccounts of its identity and
 * of its tool servers' (their bindings may be anywhere), the Services (or ToolHive/kmcp servers) behind URLs
 * nothing resolved yet, the workloads behind those Services, the roles bindings name but nobody defined, the
 * labels aggregated ClusterRoles collect, and the objects the agent's own objects name that are not among them (its
 * ModelConfigs, kagent MCP servers and Memory, its ToolHive servers' MCPToolConfigs, its InferenceServices'
 * serving runtimes).
 */
export function wantedNames(files: readonly ManifestFile[], workload: WorkloadKey | undefined): string[] {
  const read = readSurfaceCached(files);
  const surface = workload ? agentSurfaceCached(files, workload) : undefined;
  const names = new Set<string>();
  const identities = [surface?.identity, ...(surface?.toolIdentities ?? []).map((t) => t.identity)];
  for (const id of identities) {
    const m = id ? /^system:serviceaccount:[^:]+:(.+)$/.exec(id) : null;
    if (!m) continue;
    names.add(m[1]);
    // Bindings to every ServiceAccount (of a namespace) or every authenticated user grant to this one too.
    names.add('system:serviceaccounts');
    names.add('system:authenticated');
  }
  for (const s of surface?.mcpServers ?? []) {
    if (s.url === undefined || s.identity !== undefined) continue;
    if (s.backend && s.backend.kind === 'Service') {
      // The Service is known but not what answers it: its selector names the workload.
      const svc = read.index.find('Service', s.backend.name, s.backend.namespace, '');
      const selector = svc?.body.spec && (svc.body.spec as Record<string, unknown>).selector;
      if (selector && typeof selector === 'object')
        for (const v of Object.values(selector as Record<string, unknown>)) if (typeof v === 'string') names.add(v);
      continue;
    }
    const addr = parseServiceUrl(s.url, s.ref.namespace);
    if (!addr) continue;
    names.add(addr.service);
    // ToolHive names its Services after the server: mcp-<name>-proxy, mcp-<name>-remote-proxy, vmcp-<name>…
    const bare = addr.service.replace(/^v?mcp-/, '').replace(/-(remote-proxy|proxy|headless)$/, '');
    if (bare !== addr.service) names.add(bare);
  }
  if (surface) for (const n of unresolvedByName(surface, read.index)) names.add(n);
  // A VirtualMCPServer calls every member of its MCPGroup: they name the group, wherever the platform keeps them.
  for (const s of surface?.mcpServers ?? []) {
    const ref = s.backend ?? s.ref;
    if (ref.kind !== 'VirtualMCPServer') continue;
    const vmcp = read.index.find('VirtualMCPServer', ref.name, ref.namespace, TOOLHIVE_GROUP);
    const group = vmcp && toolhiveGroupOf(vmcp);
    if (group !== undefined) names.add(group);
  }
  // TrainedModels load models into the InferenceServices defined here: they name them.
  for (const m of read.inventory.models) if (m.ref.kind === 'InferenceService') names.add(m.ref.name);
  // An AgentTemplate no Harness of these files admits: the Harnesses whose selector names one of its label keys.
  if (surface?.agent.kind === 'AgentTemplate' && surface.sandbox?.harness === undefined) {
    const t = read.index.find('AgentTemplate', surface.agent.name, surface.agent.namespace, KAGENT_GROUP);
    for (const key of Object.keys(record(record(t?.body.metadata).labels))) if (!COMMON_LABEL.test(key)) names.add(key);
  }
  // The AgentgatewayPolicies that may attach to its gateway backends name them, or the routes to them.
  if (surface) for (const n of gatewayReferenceNames(surface, read.index)) names.add(n);
  // The AIServiceBackends (and the BackendSecurityPolicies on them) and Envoy Gateway Backends its Envoy AI Gateway
  // routes send to.
  if (surface) for (const n of envoyReferenceNames(surface, read.index)) names.add(n);
  const defined = (kind: string, name: string) => read.index.find(kind, name, undefined) !== undefined;
  for (const b of [...read.index.ofKind('RoleBinding'), ...read.index.ofKind('ClusterRoleBinding')]) {
    const ref = b.body.roleRef as Record<string, unknown> | undefined;
    if (ref && typeof ref.name === 'string' && typeof ref.kind === 'string' && !defined(ref.kind, ref.name)) {
      // The API server's own roles are known without a search (src/read/manifests/builtin-roles.ts).
      if (ref.kind === 'ClusterRole' && (BUILTIN.has(ref.name) || ref.name.startsWith('system:'))) {
        // admin, edit and view also collect the repository's ClusterRoles labelled to aggregate into them.
        if (ref.name !== 'cluster-admin' && BUILTIN.has(ref.name))
          names.add(`rbac.authorization.k8s.io/aggregate-to-${ref.name}`);
        continue;
      }
      names.add(ref.name);
    }
  }
  for (const r of read.index.ofKind('ClusterRole')) for (const key of aggregationKeys(r)) names.add(key);
  // The NetworkPolicies of its namespace that select its pods, wherever the platform keeps them.
  if (surface?.egress?.pods.namespace !== undefined) names.add(POLICY_SEARCH);
  return [...names].filter(searchable).sort();
}

/**
 * The names by which a changed NetworkPolicy reaches the agents whose pods it may select: its namespace (written in
 * their manifests or their kustomization; any name, `default` too, since a namespace default is what platform teams
 * keep apart) and the label values its podSelector names. Searched once (referenceReach), never followed further: a
 * policy limits the pods it selects and nothing refers to it.
 */
export function policyReachNames(objects: readonly ManifestObject[]): string[] {
  const names = new Set<string>();
  for (const o of objects) {
    if (!isNetworkPolicy(o) || o.namespace === undefined) continue;
    if (NAME.test(o.namespace)) names.add(o.namespace);
    const selector = record(record(o.body.spec).podSelector);
    for (const v of Object.values(record(selector.matchLabels)))
      if (typeof v === 'string' && searchable(v)) names.add(v);
    if (Array.isArray(selector.matchExpressions))
      for (const e of selector.matchExpressions) {
        const values = record(e).values;
        if (Array.isArray(values)) for (const v of values) if (typeof v === 'string' && searchable(v)) names.add(v);
      }
  }
  return [...names].sort();
}

/**
 * Label keys every kind of object carries (Kubernetes' recommended labels, Helm's, GitOps tools'): searching for them
 * would read every file of the repository, and a Harness selecting on them alone is not told apart by them.
 */
const COMMON_LABEL =
  /^(?:app|version|team|(?:[a-z0-9.-]*\.)?(?:kubernetes\.io|k8s\.io|helm\.sh|argoproj\.io|fluxcd\.io))(?:\/|$)/;

/** kagent kinds an agent's tool reference names (src/read/manifests/kagent.ts mcpServerByKind). */
const KAGENT_SERVER_KINDS = new Set(['RemoteMCPServer', 'MCPServer', 'ToolServer', 'Service']);
const TOOLHIVE_SERVER_KINDS = new Set(['MCPServer', 'MCPRemoteProxy', 'VirtualMCPServer', 'MCPServerEntry']);

/**
 * The names of the objects the agent's surface refers to and the index does not hold, as the readers look them
 * up: a ModelConfig (kagent.ts modelFromConfig), a kagent MCP server or Service (mcpServerByKind), a Memory; the
 * MCPToolConfig of a ToolHive server (toolhive.ts), and the MCPAuthzConfig, MCPExternalAuthConfig and
 * EmbeddingServer its auth fields name (toolhive-auth.ts); the ServingRuntime or ClusterServingRuntime of an
 * InferenceService (kserve.ts runtimeImage); the ConfigMaps a kagent agent reads its instructions from
 * (kagent-prompt.ts). A reference the readers resolved has `definedAt`.
 */
function unresolvedByName(surface: AgentSurface, index: ManifestIndex): string[] {
  const names: string[] = [];
  const isGroup = (apiVersion: string | undefined, group: string) =>
    apiVersion === undefined || groupOf(apiVersion) === group;
  for (const m of surface.models) {
    if (m.definedAt !== undefined) {
      if (m.ref.kind === 'InferenceService') names.push(...missingRuntime(m.ref, index));
      if (m.ref.kind === 'LLMInferenceService') names.push(...missingBaseConfigs(m.ref, index));
      if (m.ref.kind === 'InferenceGraph') names.push(...missingGraphServices(m.ref, index));
      continue;
    }
    if (m.ref.kind === 'ModelConfig' && isGroup(m.ref.apiVersion, KAGENT_GROUP)) names.push(m.ref.name);
  }
  for (const s of surface.mcpServers) {
    // A ToolHive server the agent reaches by URL (kept in a platform folder) filters and authorises as its own would.
    const own = s.definedAt !== undefined ? s.ref : undefined;
    if (own === undefined && KAGENT_SERVER_KINDS.has(s.ref.kind) && s.url === undefined) names.push(s.ref.name);
    const isToolhive = (r: SurfaceRef | undefined): r is SurfaceRef =>
      r !== undefined && TOOLHIVE_SERVER_KINDS.has(r.kind) && isGroup(r.apiVersion, TOOLHIVE_GROUP);
    const target = [own, s.backend].find(isToolhive);
    if (!target) continue;
    const o = index.find(target.kind, target.name, target.namespace, TOOLHIVE_GROUP);
    if (!o) continue;
    const ns = o.namespace ?? target.namespace;
    const spec = record(o.body.spec);
    const refs = [record(spec.toolConfigRef).name];
    const tools = record(record(spec.config).aggregation).tools;
    if (Array.isArray(tools)) for (const t of tools) refs.push(record(record(t).toolConfigRef).name);
    for (const r of refs)
      if (typeof r === 'string' && !index.find('MCPToolConfig', r, ns, TOOLHIVE_GROUP)) names.push(r);
    // The composite tools a vMCP takes from definitions (toolhive-elicitation.ts reads their steps).
    const composite = record(spec.config).compositeToolRefs;
    if (Array.isArray(composite))
      for (const c of composite.slice(0, 100)) {
        const r = record(c).name;
        if (typeof r === 'string' && !index.find('VirtualMCPCompositeToolDefinition', r, ns, TOOLHIVE_GROUP))
          names.push(r);
      }
    // What toolhive-auth.ts follows: authorization policies, external auth, caller authentication, the embedding model.
    for (const [kind, r] of toolhiveAuthRefs(spec))
      if (typeof r === 'string' && !index.find(kind, r, ns, TOOLHIVE_GROUP)) names.push(r);
  }
  // The ConfigMaps (and a Secret) its instructions come from (systemMessageFrom, systemPromptFrom,
  // promptTemplate.dataSources), or, for a plain workload, those its environment comes from (workload-env.ts).
  const agent = index.find(surface.agent.kind, surface.agent.name, surface.agent.namespace, KAGENT_GROUP);
  const workload = agent
    ? undefined
    : index.find(surface.agent.kind, surface.agent.name, surface.agent.namespace, 'apps');
  const configMaps = agent ? promptSources(agent) : workload ? envConfigMaps(workload) : [];
  const ns = surface.agent.namespace;
  for (const n of configMaps)
    if (!index.find('ConfigMap', n, ns, '') && !index.find('Secret', n, ns, '')) names.push(n);
  for (const m of surface.memory)
    if (m.ref.kind === 'Memory' && m.definedAt === undefined && isGroup(m.ref.apiVersion, KAGENT_GROUP))
      names.push(m.ref.name);
  return names;
}

/** The objects a ToolHive server's auth fields name, by kind (src/read/manifests/toolhive-auth.ts). */
function toolhiveAuthRefs(spec: Record<string, unknown>): Array<[string, unknown]> {
  const incoming = record(spec.incomingAuth);
  const outgoing = record(spec.outgoingAuth);
  const backends = Object.values(record(outgoing.backends)).slice(0, 50);
  return [
    ['MCPAuthzConfig', record(spec.authzConfigRef).name],
    ['MCPAuthzConfig', record(incoming.authzConfigRef).name],
    ['MCPExternalAuthConfig', record(spec.externalAuthConfigRef).name],
    ['MCPExternalAuthConfig', record(spec.authServerRef).name],
    ['MCPWebhookConfig', record(spec.webhookConfigRef).name],
    ['MCPOIDCConfig', record(spec.oidcConfigRef).name],
    ['MCPOIDCConfig', record(incoming.oidcConfigRef).name],
    ...[outgoing.default, ...backends].map((b): [string, unknown] => [
      'MCPExternalAuthConfig',
      record(record(b).externalAuthConfigRef).name,
    ]),
    ['EmbeddingServer', record(spec.embeddingServerRef).name],
  ];
}

/** The runtimes an InferenceService's predictors name (`model.runtime`) that no runtime read so far answers. */
function missingRuntime(ref: SurfaceRef, index: ManifestIndex): string[] {
  const o = index.find('InferenceService', ref.name, ref.namespace, KSERVE_GROUP);
  if (!o) return [];
  const spec = record(o.body.spec);
  const predictors = [
    spec.predictor,
    ...(Array.isArray(spec.canary) ? spec.canary.map((c) => record(c).predictor) : []),
  ];
  const out: string[] = [];
  for (const p of predictors) {
    const runtime = record(record(p).model).runtime;
    if (typeof runtime !== 'string') continue;
    const found =
      index.find('ServingRuntime', runtime, o.namespace, KSERVE_GROUP) ??
      index.find('ClusterServingRuntime', runtime, undefined, KSERVE_GROUP);
    if (!found) out.push(runtime);
  }
  return out;
}

/** The LLMInferenceServiceConfigs an LLMInferenceService's `baseRefs` name that no object read so far answers. */
function missingBaseConfigs(ref: SurfaceRef, index: ManifestIndex): string[] {
  const o = index.find('LLMInferenceService', ref.name, ref.namespace, KSERVE_GROUP);
  const refs = o && Array.isArray(record(o.body.spec).baseRefs) ? (record(o.body.spec).baseRefs as unknown[]) : [];
  const out: string[] = [];
  for (const r of refs) {
    const name = record(r).name;
    if (typeof name !== 'string') continue;
    const found =
      index.find('LLMInferenceServiceConfig', name, o!.namespace, KSERVE_GROUP) ??
      index.find('LLMInferenceServiceConfig', name, 'kserve', KSERVE_GROUP);
    if (!found) out.push(name);
  }
  return out;
}

/**
 * The InferenceServices an InferenceGraph's steps name (`serviceName`, in the graph's namespace) that no object read so
 * far answers, and the runtimes of those that are read (what they serve, kserve-graph.ts). Bounded as the reader is.
 */
function missingGraphServices(ref: SurfaceRef, index: ManifestIndex): string[] {
  const o = index.find('InferenceGraph', ref.name, ref.namespace, KSERVE_GROUP);
  const out: string[] = [];
  for (const node of Object.values(record(record(o?.body.spec).nodes)).slice(0, 100)) {
    const steps = record(node).steps;
    for (const step of Array.isArray(steps) ? steps.slice(0, 100) : []) {
      const name = record(step).serviceName;
      if (typeof name !== 'string') continue;
      const isvc = index.find('InferenceService', name, o!.namespace, KSERVE_GROUP);
      if (isvc) out.push(...missingRuntime({ kind: 'InferenceService', name, namespace: isvc.namespace }, index));
      else out.push(name);
    }
  }
  return out;
}

/** The Service the ToolHive operator creates for each server kind, which clients' URLs name. */
const TOOLHIVE_SERVICE: Record<string, ((name: string) => string) | undefined> = {
  MCPServer: TOOLHIVE_NAMES.proxyService,
  MCPRemoteProxy: TOOLHIVE_NAMES.remoteProxyService,
  VirtualMCPServer: TOOLHIVE_NAMES.vmcpService,
};

/** `spec.groupRef.name` (a plain string in toolhive ≤ v0.18), as toolhive.ts reads it. */
function toolhiveGroupOf(o: ManifestObject): string | undefined {
  const ref = record(o.body.spec).groupRef;
  const name = typeof ref === 'string' ? ref : record(ref).name;
  return typeof name === 'string' ? name : undefined;
}

function record(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** The kinds that use kagent's `default-model-config` when they name no ModelConfig (kagent.ts readV1alpha2/1). */
const IMPLICIT_MODEL_KINDS = ['Agent', 'SandboxAgent'];

const BUILTIN = new Set(['cluster-admin', 'admin', 'edit', 'view']);

function aggregationKeys(role: ManifestObject): string[] {
  const rule = role.body.aggregationRule as Record<string, unknown> | undefined;
  const selectors = rule && Array.isArray(rule.clusterRoleSelectors) ? rule.clusterRoleSelectors : [];
  const keys: string[] = [];
  for (const s of selectors) {
    const labels = (s as Record<string, unknown> | null)?.matchLabels;
    if (labels && typeof labels === 'object') keys.push(...Object.keys(labels as object));
  }
  return keys;
}

/**
 * The names by which other objects refer to these (the reverse of wantedNames): a changed Service is found by
 * the URLs that name it, a workload by the Services that select its pods, a ServiceAccount or a binding's subject
 * by the workloads and agents that run as it, a role by the bindings that name it, an object an agent names (a
 * ModelConfig, an MCP server, an MCPToolConfig, a serving runtime) by its name. diff uses them to find the
 * agents a change outside their folders reaches.
 */
export function referringNames(objects: readonly ManifestObject[]): string[] {
  const names = new Set<string>();
  for (const o of objects) {
    if (!isIndexKind(o)) continue;
    const spec = (o.body.spec ?? {}) as Record<string, unknown>;
    switch (o.kind) {
      case 'Deployment':
      case 'StatefulSet':
      case 'DaemonSet': {
        const tmpl = (spec.template ?? {}) as Record<string, unknown>;
        const labels = ((tmpl.metadata ?? {}) as Record<string, unknown>).labels;
        if (labels && typeof labels === 'object')
          for (const v of Object.values(labels)) if (typeof v === 'string') names.add(v);
        const podSpec = (tmpl.spec ?? {}) as Record<string, unknown>;
        const sa = podSpec.serviceAccountName ?? podSpec.serviceAccount;
        if (typeof sa === 'string') names.add(sa);
        break;
      }
      case 'RoleBinding':
      case 'ClusterRoleBinding': {
        const subjects = Array.isArray(o.body.subjects) ? o.body.subjects : [];
        for (const s of subjects) {
          const n = (s as Record<string, unknown> | null)?.name;
          if (typeof n === 'string') names.add(n);
        }
        names.add(o.name);
        break;
      }
      case 'ClusterRole': {
        names.add(o.name);
        const labels = (o.body.metadata as Record<string, unknown> | undefined)?.labels;
        if (labels && typeof labels === 'object') for (const k of Object.keys(labels)) names.add(k);
        // Aggregated into a built-in role no file defines: found by the bindings that name admin, edit or view.
        for (const k of Object.keys(record(labels))) {
          const into = /^rbac\.authorization\.k8s\.io\/aggregate-to-(.+)$/.exec(k)?.[1];
          if (into && BUILTIN.has(into) && String(record(labels)[k]) === 'true') names.add(into);
        }
        break;
      }
      case 'PodIdentityAssociation': {
        // ACK writes the ServiceAccount under spec, Crossplane under spec.forProvider.
        const forProvider = (spec.forProvider ?? {}) as Record<string, unknown>;
        const sa = spec.serviceAccount ?? forProvider.serviceAccount;
        if (typeof sa === 'string') names.add(sa);
        break;
      }
      case 'AgentgatewayPolicy':
      case 'TrafficPolicy':
      case 'HTTPRoute':
      case 'GRPCRoute':
        // Reaches the agents whose gateway backends it (or the route it targets) names.
        for (const n of policyReferringNames(o)) names.add(n);
        break;
      case 'BackendSecurityPolicy':
        // Reaches the agents whose routes send to the AIServiceBackend (or InferencePool) it targets.
        for (const t of Array.isArray(spec.targetRefs) ? spec.targetRefs : []) {
          const n = record(t).name;
          if (typeof n === 'string') names.add(n);
        }
        break;
      case 'TrainedModel':
        // Reaches the agents whose manifests define the InferenceService it loads a model into.
        if (typeof spec.inferenceService === 'string') names.add(spec.inferenceService);
        names.add(o.name);
        break;
      case 'Harness': {
        // Reaches the AgentTemplates labelled with a key its selector names.
        const selector = record(record(spec.allowedAgentTemplates).selector);
        for (const k of Object.keys(record(selector.matchLabels))) names.add(k);
        if (Array.isArray(selector.matchExpressions))
          for (const e of selector.matchExpressions)
            if (typeof record(e).key === 'string') names.add(record(e).key as string);
        names.add(o.name);
        break;
      }
      case 'MCPServer':
      case 'MCPRemoteProxy':
      case 'MCPServerEntry':
      case 'VirtualMCPServer': {
        names.add(o.name);
        if (groupOf(o.apiVersion) !== TOOLHIVE_GROUP) break;
        // Clients reach a ToolHive server by the Service the operator names after it; a member of an MCPGroup
        // reaches the agents of the VirtualMCPServer that aggregates the group.
        const service = TOOLHIVE_SERVICE[o.kind];
        if (service) names.add(service(o.name));
        const group = o.kind === 'VirtualMCPServer' ? undefined : toolhiveGroupOf(o);
        if (group !== undefined) names.add(group);
        break;
      }
      case 'NetworkPolicy':
        // Nothing names a policy: what it reaches is found by policyReachNames.
        break;
      case 'ModelConfig':
        names.add(o.name);
        // An Agent that names no ModelConfig uses kagent's default without writing its name: found by its kind.
        if (o.name === DEFAULT_MODEL_CONFIG) for (const k of IMPLICIT_MODEL_KINDS) names.add(k);
        break;
      default:
        names.add(o.name);
    }
  }
  return [...names].filter(searchable).sort();
}
