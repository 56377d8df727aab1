import type { ManifestFile, ManifestObject } from '../../model/manifest.js';
import type { AgentSurface, SurfaceInventory, SurfaceProblem } from '../../model/surface.js';
import { ANY_NAMESPACE, FieldReader, ManifestIndex, saUsername } from './fields.js';
import { isKagentAgent, readKagentAgent, type ReadContext } from './kagent.js';
import { RbacIndex } from './rbac.js';
import { STANDALONE_READERS } from './standalone.js';

/**
 * The one entry point of the surface readers: manifests in, agent surfaces out. Pure (takes parsed files) and
 * never throws on user input: malformed objects of known kinds become `problems` with file:line.
 */
export interface SurfaceReadResult {
  /** One surface per kagent Agent in the files, in manifest order. */
  agents: AgentSurface[];
  /** Models, MCP servers and vector stores that stand on their own (not referenced by a kagent Agent). */
  inventory: SurfaceInventory;
  problems: SurfaceProblem[];
  /** The index built for this read, to look up more objects without re-indexing. */
  index: ManifestIndex;
  rbac: RbacIndex;
}

export function readSurface(files: readonly ManifestFile[]): SurfaceReadResult {
  const index = new ManifestIndex(files);
  const fields = new FieldReader();
  const ctx: ReadContext = { index, fields };
  const rbac = new RbacIndex(index);
  const agents: AgentSurface[] = [];
  for (const f of files) {
    for (const o of f.objects) {
      if (!isKagentAgent(o)) continue;
      const base = readKagentAgent(o, ctx);
      resolveServiceAccount(base.serviceAccount, index, fields, o);
      applyAutonomyAnnotation(base.autonomy, o, fields);
      agents.push({ ...base, permissions: rbac.permissionsOf(base.identity) });
    }
  }
  const inventory: SurfaceInventory = { models: [], mcpServers: [], memory: [] };
  for (const f of files) {
    for (const o of f.objects) {
      for (const read of STANDALONE_READERS) read(o, ctx, inventory);
      // Checked on every object: whichever workload a catalog later names as its agent, a bad value is reported.
      if (!isKagentAgent(o))
        applyAutonomyAnnotation({ tier: 'autonomous', approvalTools: [], position: o.position }, o, fields);
    }
  }
  return { agents, inventory, problems: [...fields.problems, ...rbac.problems], index, rbac };
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

/** Every kagent Agent's surface. */
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
 * The surface of the catalog's agent: the kagent Agent named by the workload (kind Agent, or Deployment since
 * kagent generates a Deployment named after the Agent), else a plain Deployment/StatefulSet/DaemonSet agent.
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
  if (workload.kind === 'Agent' || workload.kind === 'Deployment') {
    surface = read.agents.find((a) => a.agent.name === workload.name && sameNs(a.agent.namespace));
  }
  if (!surface && WORKLOAD_KINDS.includes(workload.kind)) {
    const o = read.index.ofKind(workload.kind).find((w) => w.name === workload.name && sameNs(w.namespace));
    if (o) surface = plainWorkloadSurface(o, ns, read);
  }
  if (!surface) return undefined;
  // Objects written without a namespace are applied into the agent's (kubectl -n, Kustomize namespace:): their
  // ServiceAccounts are the agent namespace's. Their refs stay namespace-less (they match any namespace).
  const agentNs = surface.agent.namespace ?? ns;
  const resolve = <T extends { identity?: string }>(e: T): T =>
    agentNs !== undefined && e.identity?.startsWith(UNKNOWN_NS_PREFIX)
      ? { ...e, identity: saUsername(agentNs, e.identity.slice(UNKNOWN_NS_PREFIX.length)) }
      : e;
  return {
    ...surface,
    models: [...surface.models, ...read.inventory.models.map(resolve)],
    mcpServers: [...surface.mcpServers, ...read.inventory.mcpServers.map(resolve)],
    memory: [...surface.memory, ...read.inventory.memory],
  };
}

const UNKNOWN_NS_PREFIX = saUsername(ANY_NAMESPACE, '');

/** Cloud workload identity annotations, in the order they are looked for. */
const CLOUD_IDENTITY = [
  'eks.amazonaws.com/role-arn',
  'iam.gke.io/gcp-service-account',
  'azure.workload.identity/client-id',
];

/** Where the ServiceAccount is defined, and its cloud identity (also from a kagent Agent's serviceAccountConfig). */
function resolveServiceAccount(
  sa: AgentSurface['serviceAccount'],
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
    for (const key of CLOUD_IDENTITY) {
      const v = f.str(obj, [...path, key]);
      if (v === undefined) continue;
      sa.cloudIdentity = v;
      sa.at = { ...sa.at, cloudIdentity: obj.locate([...path, key]) };
      return;
    }
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
  const saPath = ['spec', 'template', 'spec', 'serviceAccountName'];
  const sa = f.str(o, saPath) ?? f.str(o, ['spec', 'template', 'spec', 'serviceAccount']) ?? 'default';
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
  return {
    agent: { kind: o.kind, name: o.name, namespace, apiVersion: o.apiVersion, position: o.position },
    type: 'Workload',
    workload: { kind: o.kind, name: o.name, ...(namespace !== undefined ? { namespace } : {}) },
    serviceAccount,
    identity,
    models: [],
    mcpServers: [],
    delegations: [],
    memory: [],
    // Nothing declared pauses a plain workload, unless its annotation says otherwise.
    autonomy,
    permissions: read.rbac.permissionsOf(identity),
  };
}
