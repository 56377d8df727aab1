import type { ManifestFile, ManifestObject } from '../../model/manifest.js';
import { reportDuplicateObjects } from './duplicate-objects.js';
import type { Position } from '../../model/finding.js';
import type {
  AgentSurface,
  SurfaceIdentity,
  SurfaceInventory,
  SurfaceProblem,
  SurfaceServiceAccount,
} from '../../model/surface.js';
import { elementKey } from '../../model/surface.js';
import { ANY_NAMESPACE, FieldReader, ManifestIndex, saUsername } from './fields.js';
import {
  agentPodLabels,
  AZURE_WI_LABEL,
  cloudIdentityAt,
  isKagentAgent,
  KAGENT_AGENT_KINDS,
  readKagentAgent,
  type ReadContext,
} from './kagent.js';
import { readAgentHarness, readAgentTemplate } from './kagent-v2.js';
import { resolveServerBackends } from './in-cluster.js';
import { podIdentityRole } from './eks-pod-identity.js';
import { RbacIndex } from './rbac.js';
import { STANDALONE_READERS } from './standalone.js';
import { sharedTrainedModels } from './kserve.js';
import { workloadEnvSurface } from './workload-env.js';
import { containersAt, hostPathsOf } from './pod-volumes.js';
import { egressOf, isNetworkPolicy, type NetworkPolicyFacts, readNetworkPolicy } from './network-policy.js';

/**
 * The one entry point of the surface readers: manifests in, agent surfaces out. Pure (takes parsed files) and
 * never throws on user input: malformed objects of known kinds become `problems` with file:line.
 */
export interface SurfaceReadResult {
  /** One surface per kagent agent (Agent, SandboxAgent, AgentTemplate, AgentHarness) in the files, in manifest order. */
  agents: AgentSurface[];
  /** Models, MCP servers and vector stores that stand on their own (not referenced by a kagent Agent). */
  inventory: SurfaceInventory;
  problems: SurfaceProblem[];
  /** The index built for this read, to look up more objects without re-indexing. */
  index: ManifestIndex;
  /** The objects of files read only to follow a reference (ManifestFile.reference): none is an element of its own. */
  referenced: ReadonlySet<ManifestObject>;
  rbac: RbacIndex;
  /**
   * The NetworkPolicies of the agent's own files, then those followed elsewhere (its namespace's, selecting its pods),
   * read once: findAgentSurface picks those selecting its pods.
   */
  networkPolicies: NetworkPolicyFacts[];
}

export function readSurface(files: readonly ManifestFile[]): SurfaceReadResult {
  const index = new ManifestIndex(files);
  const fields = new FieldReader();
  const referenced = new Set(files.filter((f) => f.reference).flatMap((f) => f.objects));
  const ctx: ReadContext = { index, fields, referenced };
  const rbac = new RbacIndex(index);
  const agents: AgentSurface[] = [];
  for (const f of files) {
    // A file read to follow a reference lends its objects to the index only: it defines no agent of its own.
    if (f.reference) continue;
    for (const o of f.objects) {
      if (!isKagentAgent(o)) continue;
      const base =
        o.kind === 'AgentTemplate'
          ? readAgentTemplate(o, ctx)
          : o.kind === 'AgentHarness'
            ? readAgentHarness(o, ctx)
            : readKagentAgent(o, ctx);
      if (base.serviceAccount) resolveServiceAccount(base.serviceAccount, index, fields, o);
      applyAutonomyAnnotation(base.autonomy, o, fields);
      agents.push({ ...base, permissions: base.identity ? rbac.permissionsOf(base.identity) : [] });
    }
  }
  reportDuplicateObjects(files, fields);
  const inventory: SurfaceInventory = { models: [], mcpServers: [], memory: [] };
  const networkPolicies: NetworkPolicyFacts[] = [];
  for (const f of files) {
    if (f.reference) continue;
    for (const o of f.objects) {
      for (const read of STANDALONE_READERS) read(o, ctx, inventory);
      if (isNetworkPolicy(o)) networkPolicies.push(readNetworkPolicy(o, fields));
      // Checked on every object: whichever workload a catalog later names as its agent, a bad value is reported.
      if (!isKagentAgent(o))
        applyAutonomyAnnotation({ tier: 'autonomous', approvalTools: [], position: o.position }, o, fields);
    }
  }
  // A platform folder's policies: their problems are their owner's, as every reference file's are.
  const elsewhere = new FieldReader();
  for (const f of files) {
    if (!f.reference) continue;
    for (const o of f.objects)
      if (isNetworkPolicy(o)) networkPolicies.push({ ...readNetworkPolicy(o, elsewhere), elsewhere: true });
  }
  // A model loaded into one of these InferenceServices from another folder (kserve.ts).
  sharedTrainedModels(files, ctx, inventory);
  // Servers reached by URL: what serves them, and as whom (src/read/manifests/in-cluster.ts).
  for (const a of agents) resolveServerBackends(a.mcpServers, ctx, referenced);
  resolveServerBackends(inventory.mcpServers, ctx, referenced);
  return {
    agents,
    inventory,
    problems: [...fields.problems, ...rbac.problems],
    index,
    rbac,
    referenced,
    networkPolicies,
  };
}

const cache = new WeakMap<readonly ManifestFile[], SurfaceReadResult>();

/**
 * readSurface, memoised on the files array: validate's rules get the same `manifests` array for a catalog, so
 * the manifests are read once per run however many rules ask.
 */
export function readSurfaceCached(files: readonly ManifestFile[]): SurfaceReadResult {
  let r = cache.get(files);
  if (!r) {
    r = readSurface(files);
    cache.set(files, r);
  }
  return r;
}

/** Every kagent agent's surface. */
export function readAgentSurfaces(files: readonly ManifestFile[]): AgentSurface[] {
  return readSurface(files).agents;
}

export interface WorkloadKey {
  kind: string;
  name: string;
  namespace?: string;
}

const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'];

/**
 * The surface of the catalog's agent: the kagent agent named by the workload (kind Agent, or Deployment since
 * kagent v1alpha2 generates a Deployment named after the Agent; kind SandboxAgent, AgentTemplate or AgentHarness),
 * else a plain Deployment/StatefulSet/DaemonSet agent. `toolIdentities` is filled from its MCP servers.
 * Standalone elements of the same manifests (a vLLM Deployment, a ToolHive MCPServer, an mcp.json, a vector
 * store) belong to the agent whose catalog lists them, so they are added to its surface.
 * Undefined when the workload is not in the manifests.
 */
export function findAgentSurface(
  files: readonly ManifestFile[],
  workload: WorkloadKey,
  read: SurfaceReadResult = readSurface(files),
): AgentSurface | undefined {
  const ns = workload.namespace;
  const sameNs = (x: string | undefined) => ns === undefined || x === undefined || x === ns;
  let surface: AgentSurface | undefined;
  let podLabels: Record<string, string> | undefined;
  let hostNetwork: Position | undefined;
  // A v1alpha2 Agent's catalog may name it or the Deployment kagent generated; the Substrate kinds only by kind.
  const agentKind =
    workload.kind === 'Agent' || workload.kind === 'Deployment'
      ? 'Agent'
      : (KAGENT_AGENT_KINDS as readonly string[]).includes(workload.kind)
        ? workload.kind
        : undefined;
  if (agentKind) {
    surface = read.agents.find(
      (a) => a.agent.kind === agentKind && a.agent.name === workload.name && sameNs(a.agent.namespace),
    );
    // Only an Agent has pods of its own; the Substrate kinds run on a WorkerPool's shared pods.
    if (surface?.agent.kind === 'Agent') {
      const { name, namespace } = surface.agent;
      const o = read.index
        .ofKind('Agent')
        .find((a) => isKagentAgent(a) && a.name === name && (a.namespace ?? 'default') === namespace);
      if (o) podLabels = agentPodLabels(o, new FieldReader());
    }
  }
  if (!surface && WORKLOAD_KINDS.includes(workload.kind)) {
    const referenced = read.referenced;
    const o = read.index
      .ofKind(workload.kind)
      .find((w) => w.name === workload.name && sameNs(w.namespace) && !referenced.has(w));
    if (o) {
      surface = plainWorkloadSurface(o, ns, read);
      podLabels = templateLabels(o);
      hostNetwork = hostNetworkOf(o);
    }
  }
  if (!surface) return undefined;
  // Objects written without a namespace are applied into the agent's (kubectl -n, Kustomize namespace:): their
  // ServiceAccounts are the agent namespace's. Their refs stay namespace-less (they match any namespace).
  const agentNs = surface.agent.namespace ?? ns;
  const resolve = <T extends { identity?: string }>(e: T): T =>
    agentNs !== undefined && e.identity?.startsWith(UNKNOWN_NS_PREFIX)
      ? { ...e, identity: saUsername(agentNs, e.identity.slice(UNKNOWN_NS_PREFIX.length)) }
      : e;
  const merged: AgentSurface = {
    ...surface,
    models: [...surface.models, ...read.inventory.models.map(resolve)],
    mcpServers: [...surface.mcpServers, ...read.inventory.mcpServers.map(resolve)],
    memory: [...surface.memory, ...read.inventory.memory],
  };
  merged.toolIdentities = toolIdentitiesOf(merged, read);
  if (podLabels) {
    const pods = { ...(agentNs !== undefined ? { namespace: agentNs } : {}), labels: podLabels };
    merged.egress = hostNetwork
      ? { pods, isolated: false, policies: [], allowed: [], hostNetwork }
      : egressOf(read.networkPolicies, pods);
  }
  return merged;
}

/** Where a workload's pod template sets `hostNetwork: true`; undefined when it does not. */
function hostNetworkOf(o: ManifestObject): Position | undefined {
  const path = ['spec', 'template', 'spec', 'hostNetwork'];
  return new FieldReader().raw(o, path) === true ? o.locate(path) : undefined;
}

const UNKNOWN_NS_PREFIX = saUsername(ANY_NAMESPACE, '');

/** The labels of a workload's pods, as its pod template writes them (values as strings, as the API server keeps them). */
function templateLabels(o: ManifestObject): Record<string, string> {
  const raw = new FieldReader().map(o, ['spec', 'template', 'metadata', 'labels']) ?? {};
  return Object.fromEntries(
    Object.entries(raw).flatMap(([k, v]) =>
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? [[k, String(v)]] : [],
    ),
  );
}

/**
 * The identities the agent's MCP servers run as (other than its own), with their ServiceAccount (where named, where
 * defined, cloud role) and declared RBAC: tool calls execute with these credentials, so they are the agent's reach.
 */
export function toolIdentitiesOf(surface: AgentSurface, read: SurfaceReadResult): SurfaceIdentity[] {
  const byId = new Map<string, SurfaceIdentity>();
  const f = new FieldReader();
  for (const s of surface.mcpServers) {
    if (s.identity === undefined || s.identity === surface.identity) continue;
    let id = byId.get(s.identity);
    if (!id) {
      const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(s.identity);
      if (!m) continue;
      const sa: SurfaceServiceAccount = {
        kind: 'ServiceAccount',
        name: m[2],
        namespace: m[1],
        position: s.at?.identity ?? s.position,
      };
      resolveServiceAccount(sa, read.index, f);
      if (sa.cloudIdentity === undefined && s.cloudIdentity !== undefined) {
        sa.cloudIdentity = s.cloudIdentity;
        sa.at = { ...sa.at, cloudIdentity: s.at?.cloudIdentity ?? s.position };
      }
      id = { identity: s.identity, serviceAccount: sa, usedBy: [], permissions: read.rbac.permissionsOf(s.identity) };
      byId.set(s.identity, id);
    }
    id.usedBy.push(elementKey(s));
  }
  for (const id of byId.values()) id.usedBy = [...new Set(id.usedBy)].sort();
  return [...byId.values()].sort((a, b) => a.identity.localeCompare(b.identity));
}

/**
 * Where the ServiceAccount is defined, and its cloud identity: its workload-identity annotation (else, for Azure, the
 * `azure.workload.identity/use` label without a client id), or a kagent Agent's serviceAccountConfig.annotations.
 */
function resolveServiceAccount(
  sa: SurfaceServiceAccount,
  index: ManifestIndex,
  f: FieldReader,
  agent?: ManifestObject,
): void {
  const o = index.find('ServiceAccount', sa.name, sa.namespace, '');
  const sources: Array<[ManifestObject, (string | number)[]]> = [];
  if (o) {
    sa.definedAt = o.position;
    sources.push([o, ['metadata', 'annotations']]);
  }
  if (agent) {
    for (const d of ['declarative', 'byo'])
      sources.push([agent, ['spec', d, 'deployment', 'serviceAccountConfig', 'annotations']]);
  }
  for (const [obj, path] of sources) {
    const cloud = cloudIdentityAt(obj, path, f);
    if (!cloud) continue;
    sa.cloudIdentity = cloud.value;
    sa.at = { ...sa.at, cloudIdentity: cloud.position };
    return;
  }
  const associated = podIdentityRole(index, f, sa.namespace === ANY_NAMESPACE ? undefined : sa.namespace, sa.name);
  if (associated) {
    sa.cloudIdentity = associated.value;
    sa.at = { ...sa.at, cloudIdentity: associated.position };
    return;
  }
  if (o && f.str(o, ['metadata', 'labels', AZURE_WI_LABEL]) === 'true') {
    sa.cloudIdentity = 'azure workload identity (client id not in the manifests)';
    sa.at = { ...sa.at, cloudIdentity: o.locate(['metadata', 'labels', AZURE_WI_LABEL]) };
  }
}

/** Annotation on the agent object declaring its autonomy tier where the manifests cannot show it (BYO, plain workloads). */
export const AUTONOMY_ANNOTATION = 'threatcat.dev/autonomy-tier';
const TIERS = ['manual', 'approval', 'autonomous'];

function applyAutonomyAnnotation(autonomy: AgentSurface['autonomy'], o: ManifestObject, f: FieldReader): void {
  const path = ['metadata', 'annotations', AUTONOMY_ANNOTATION];
  const v = f.str(o, path);
  if (v === undefined) return;
  if (!TIERS.includes(v)) {
    f.problem(
      o.locate(path),
      `${o.kind} ${o.name}: annotation ${AUTONOMY_ANNOTATION} must be manual, approval or autonomous, not '${v}'`,
    );
    return;
  }
  if (v !== autonomy.tier) autonomy.computedTier = autonomy.tier;
  autonomy.tier = v as AgentSurface['autonomy']['tier'];
  autonomy.position = o.locate(path);
}

/** A Deployment (or StatefulSet/DaemonSet) that is itself the agent: identity from its pod template. */
function plainWorkloadSurface(o: ManifestObject, ns: string | undefined, read: SurfaceReadResult): AgentSurface {
  const f = new FieldReader();
  // The catalog's workload namespace says where a namespace-less Deployment runs; without it, it is unknown.
  const namespace = o.namespace ?? ns;
  const { name, path: saPath } = f.podServiceAccount(o, ['spec', 'template', 'spec']);
  const sa = name ?? 'default';
  const identity = saUsername(namespace, sa);
  const serviceAccount: AgentSurface['serviceAccount'] = {
    kind: 'ServiceAccount',
    name: sa,
    namespace,
    position: o.locate(saPath),
  };
  resolveServiceAccount(serviceAccount, read.index, f);
  const autonomy: AgentSurface['autonomy'] = { tier: 'autonomous', approvalTools: [], position: o.position };
  applyAutonomyAnnotation(autonomy, o, f);
  // Its model, provider, Secrets and MCP servers are in its containers' environment (src/read/manifests/workload-env.ts).
  const env = workloadEnvSurface(o, namespace, f, read.index);
  resolveServerBackends(env.mcpServers, { index: read.index, fields: f }, read.referenced);
  // Node directories its pod mounts (pod-volumes.ts), compared as a kagent Agent's pod's are.
  const P = ['spec', 'template', 'spec'];
  const at: Record<string, Position> = {};
  const hostPaths = hostPathsOf(o, P, containersAt(o, P, ['containers', 'initContainers'], f), f, at);
  return {
    agent: { kind: o.kind, name: o.name, namespace, apiVersion: o.apiVersion, position: o.position },
    type: 'Workload',
    workload: { kind: o.kind, name: o.name, ...(namespace !== undefined ? { namespace } : {}) },
    serviceAccount,
    identity,
    models: env.model ? [env.model] : [],
    mcpServers: env.mcpServers,
    delegations: [],
    memory: [],
    // Nothing declared pauses a plain workload, unless its annotation says otherwise.
    autonomy,
    permissions: read.rbac.permissionsOf(identity),
    ...(hostPaths.length > 0 ? { sandbox: { hostPaths, at: { ...at, hostPaths: o.locate([...P, 'volumes']) } } } : {}),
  };
}
