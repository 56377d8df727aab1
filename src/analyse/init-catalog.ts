import type { AivssFactors, Capability, Component, Delegation, Threat, ThreatCatalog } from '../model/catalog.js';
import type {
  Condition,
  EgressDestination,
  PermissionCondition,
  TemplateCategory,
  ThreatTemplate,
} from '../model/library.js';
import type {
  AgentSurface,
  DeclaredPermission,
  SurfaceMcpServer,
  SurfaceMemory,
  SurfaceModel,
} from '../model/surface.js';
import { aivssBlock, computeAivss, FACTOR_KEYS, type AivssVersion } from './aivss.js';
import { proposeCvss } from './cvss-reach.js';

/**
 * Day 1 of the method, done from the manifests: decompose the agent into components (step 1), take its declared
 * capability (step 2), instantiate the library threats that apply, classified (step 3), every one open with its
 * proposed evidence signals (step 4 is the observation window). Pure: the surface and library come in as data.
 */

export interface InitInput {
  surface: AgentSurface;
  /** Memory/vector stores found in the same manifests but not referenced by the agent (a Qdrant StatefulSet…). */
  standaloneMemory?: SurfaceMemory[];
  templates: ThreatTemplate[];
  /** Manifest files that define the agent, relative to the catalog's directory. */
  manifests: string[];
  aivssVersion?: AivssVersion;
}

export interface InitResult {
  catalog: ThreatCatalog;
  /** Why each proposed factor has its value (written as YAML comments). */
  factorReasons: Record<keyof AivssFactors, string>;
  /** Why each threat applies (written as a comment above it). */
  threatReasons: Record<string, string>;
  /** Why each threat's CVSS base is what it is (written beside the base): the library's, or raised by reach. */
  cvssReasons: Record<string, string>;
  /** Templates that did not apply, for the summary. */
  skipped: string[];
}

/** Kubernetes-name-like ids, unique within the catalog. */
class Ids {
  private used = new Set<string>();
  take(base: string): string {
    const clean =
      base
        .toLowerCase()
        .replace(/[^a-z0-9_.-]+/g, '-')
        .replace(/^[^a-z0-9]+/, '')
        .slice(0, 60) || 'component';
    let id = clean;
    for (let n = 2; this.used.has(id); n++) id = `${clean}-${n}`;
    this.used.add(id);
    return id;
  }
}

export interface Decomposed {
  components: Component[];
  delegations: Delegation[];
  byCategory: Map<TemplateCategory, string[]>;
  memory: SurfaceMemory[];
}

const WRITE_VERBS = ['create', 'update', 'patch', 'delete', 'deletecollection'];

/**
 * Where a kagent agent's instructions come from (src/read/manifests/kagent-prompt.ts), without the hashes: the
 * objects a reviewer of the model component should know change its answers.
 */
function promptSources(m: SurfaceModel): string {
  if (m.use !== 'agent' || !m.prompt || !/^(system message|system prompt|prompt data) from /.test(m.prompt)) return '';
  const parts = m.prompt
    .split('; ')
    .map((p) => p.replace(/ \((?:sha256 [0-9a-f]+|key not in the (?:ConfigMap|Secret))\)$/, ''));
  const data = [...new Set(parts.filter((p) => p.startsWith('prompt data ')).map((p) => p.replace(/\/[^/]*$/, '')))];
  return ` Instructions from ${[...parts.filter((p) => !p.startsWith('prompt data ')), ...data].join(', ')}.`;
}

/** A kagent ModelConfig's Bedrock guardrail: the check every prompt and answer passes (removing it is an event). */
function checkedBy(m: SurfaceModel): string {
  const bedrock = (m.guardrails ?? []).filter((g) => g.startsWith('bedrock guardrail '));
  return bedrock.length > 0 ? ` Checked by the ${bedrock.join(', ')}.` : '';
}

export function decompose(surface: AgentSurface, standaloneMemory: SurfaceMemory[] = []): Decomposed {
  const ids = new Ids();
  const components: Component[] = [];
  const byCategory = new Map<TemplateCategory, string[]>();
  const add = (category: TemplateCategory, c: Component | Delegation) => {
    byCategory.set(category, [...(byCategory.get(category) ?? []), c.id]);
  };
  const agentRef = { kind: surface.agent.kind, name: surface.agent.name, namespace: surface.agent.namespace };

  // Every model the agent reaches (its LLM, memory embeddings, compaction, model servers), once per object.
  const models = surface.models.filter((m, i) => surface.models.findIndex((x) => sameRef(x.ref, m.ref)) === i);
  if (models.length === 0) {
    const c: Component = {
      id: ids.take('model'),
      category: 'inference',
      description:
        'The model is not named in the manifests (opaque to threatcat: set inside the image or its configuration).',
      trustSource: agentRef,
      telemetry: ['sdk-callback', 'ebpf'],
      blastSurface: ['tool-call arguments and responses the model generates'],
    };
    components.push(c);
    add('inference', c);
  }
  for (const m of models) {
    const what = [m.provider, m.model].filter(Boolean).join(' ') || 'model not in these manifests';
    const c: Component = {
      id: ids.take(models.length === 1 ? 'model' : `model-${m.ref.name}`),
      category: 'inference',
      description:
        `${m.ref.kind} ${m.ref.name}: ${what}${m.endpoint ? ` at ${m.endpoint}` : ''}${m.implicit ? ' (kagent default)' : ''}` +
        `${
          m.use === 'agent'
            ? ''
            : ` (${[...new Set(surface.models.filter((x) => sameRef(x.ref, m.ref)).map((x) => x.use))].join(', ')})`
        }.${promptSources(m)}${checkedBy(m)}`,
      trustSource: ref(m.ref),
      telemetry: ['sdk-callback', 'ebpf'],
      blastSurface: [
        'tool-call arguments and generated content the agent acts on',
        // Payload logging (KServe `logger`): every prompt and answer also lands there.
        ...surface.models
          .filter((x) => sameRef(x.ref, m.ref))
          .flatMap((x) => x.logging ?? [])
          .filter((x, i, all) => all.indexOf(x) === i)
          .slice(0, 10)
          .map((x) => `copies of ${x}`),
      ],
    };
    components.push(c);
    add('inference', c);
  }

  for (const s of surface.mcpServers) {
    const tools = s.allowedTools ?? s.tools?.map((t) => t.name) ?? [];
    const pinned = (s.tools ?? []).filter((t) => t.sha256 && (!s.allowedTools || s.allowedTools.includes(t.name)));
    const c: Component = {
      id: ids.take(`mcp-${s.ref.name}`),
      category: 'mcp-tool',
      description:
        `${s.ref.kind} ${s.ref.name}${s.url ? ` (${s.url})` : s.image ? ` (image ${s.image})` : s.command ? ` (${s.command})` : ''}` +
        `${s.allowedTools ? `; the agent may call ${s.allowedTools.length} tool${s.allowedTools.length === 1 ? '' : 's'}` : s.deniedTools ? (s.deniedTools.includes('*') ? '; no tool (every one denied)' : `; every tool the server offers but ${s.deniedTools.join(', ')}`) : '; every tool the server offers'}` +
        `${s.identity ? `; runs as ${s.identity}` : ''}` +
        `${s.autoApproved ? `; ${s.autoApproved.includes('*') ? `every tool${s.autoApprovedExcept ? ` but ${s.autoApprovedExcept.join(', ')}` : ''}` : s.autoApproved.join(', ')} called without approval` : ''}.`,
      trustSource: ref(s.ref),
      telemetry: ['mcp-log', 'sdk-callback', 'kube-audit'],
      blastSurface:
        tools.length > 0
          ? tools.map((t) => `tool ${t}`)
          : [
              `every tool the server exposes (no allow-list${s.deniedTools && !s.allowedTools ? `; denied: ${s.deniedTools.join(', ')}` : ''})`,
            ],
      ...(pinned.length > 0 ? { tools: pinned.map((t) => ({ name: t.name, sha256: t.sha256! })) } : {}),
    };
    components.push(c);
    add('mcp-tool', c);
  }

  const memory = [...surface.memory];
  for (const m of standaloneMemory) {
    if (
      !memory.some((x) => x.ref.kind === m.ref.kind && x.ref.name === m.ref.name && x.ref.namespace === m.ref.namespace)
    )
      memory.push(m);
  }
  for (const m of memory) {
    const c: Component = {
      id: ids.take(`memory-${m.ref.name}`),
      category: 'rag-memory',
      description: `${m.engine} (${m.ref.kind} ${m.ref.name}${m.image ? `, image ${m.image}` : ''}${m.endpoint ? `, at ${m.endpoint}` : ''}).`,
      trustSource: ref(m.ref),
      telemetry: ['db-audit'],
      blastSurface: ['documents and memories retrieved into the model context', 'every collection the agent can write'],
    };
    components.push(c);
    add('rag-memory', c);
  }

  const sa = surface.serviceAccount;
  if (sa && surface.identity) {
    const identity: Component = {
      id: ids.take(`sa-${sa.name}`),
      category: 'identity',
      description:
        `${surface.identity}${sa.cloudIdentity ? `, bound to the cloud identity ${sa.cloudIdentity}` : ''}` +
        `${surface.permissions.length === 0 ? '; no RBAC binding in these manifests' : ''}.`,
      trustSource: { kind: 'ServiceAccount', name: sa.name, namespace: sa.namespace },
      // A workload identity (IRSA, GKE, Azure) is exercised in the cloud's audit trail, not the API server's.
      telemetry: sa.cloudIdentity ? ['kube-audit', 'iam-events'] : ['kube-audit'],
      blastSurface: [
        ...permissionSummary(surface.permissions),
        ...(sa.cloudIdentity ? [`everything the cloud identity ${sa.cloudIdentity} may do`] : []),
      ],
    };
    components.push(identity);
    add('identity', identity);
  }
  const toolIdentities = [
    ...new Set(surface.mcpServers.map((s) => s.identity).filter((i): i is string => !!i && i !== surface.identity)),
  ];
  for (const user of toolIdentities) {
    const [, , ns, name] = user.split(':');
    // toolIdentities (when the reader filled it) carries the identity's RBAC and cloud role.
    const known = surface.toolIdentities?.find((t) => t.identity === user);
    const cloud = known?.serviceAccount.cloudIdentity;
    const c: Component = {
      id: ids.take(`sa-${name}`),
      category: 'identity',
      description: `${user}: the identity MCP tool calls execute with${cloud ? `, bound to the cloud identity ${cloud}` : ''}.`,
      trustSource: { kind: 'ServiceAccount', name, namespace: ns },
      telemetry: cloud ? ['kube-audit', 'iam-events'] : ['kube-audit'],
      blastSurface: [
        ...(known && known.permissions.length > 0
          ? permissionSummary(known.permissions)
          : ["everything the tool server's ServiceAccount is granted"]),
        ...(cloud ? [`everything the cloud identity ${cloud} may do`] : []),
      ],
    };
    components.push(c);
    add('identity', c);
  }

  // Substrate agents (SandboxAgent, AgentTemplate, AgentHarness) run as gVisor actors in a shared WorkerPool's pods.
  const pool = surface.sandbox?.workerPool;
  const runtime: Component = surface.serviceAccount
    ? {
        id: ids.take('runtime'),
        category: 'runtime',
        description: `The ${surface.workload.kind} ${surface.workload.name} pods, their node (kubelet), the CNI, IMDS and the API server.`,
        trustSource: agentRef,
        telemetry: ['ebpf', 'kube-audit', 'admission', 'cni'],
        blastSurface: ['the node the pod runs on', 'the mounted ServiceAccount token', ...egressReach(surface.egress)],
      }
    : {
        id: ids.take('runtime'),
        category: 'runtime',
        description:
          `The Agent Substrate actors of ${surface.agent.kind} ${surface.agent.name} (gVisor sandboxes in the pods of ` +
          `${pool ? `WorkerPool ${pool.name}` : "kagent's default WorkerPool"}, shared with other agents), their node, the CNI, IMDS and the API server.`,
        trustSource: agentRef,
        telemetry: ['ebpf', 'kube-audit', 'admission', 'cni'],
        blastSurface: [
          'the WorkerPool pod the sandbox runs in (privileged, shared with other agents)',
          'the secrets kagent copies as literal env into the ActorTemplate',
          'the instance metadata service (169.254.169.254, fd00:ec2::254)',
        ],
      };
  const extra = runtimeExtras(surface);
  if (extra.length > 0) {
    runtime.description = `${runtime.description} ${extra.map((x) => `${x[0].toUpperCase()}${x.slice(1)}.`).join(' ')}`;
    runtime.blastSurface = [...runtime.blastSurface, ...extra];
  }
  components.push(runtime);
  add('runtime', runtime);

  const delegations: Delegation[] = surface.delegations.map((d) => {
    const e: Delegation = {
      id: ids.take(`to-${d.ref.name}`),
      description: `${surface.agent.name} delegates to the agent ${d.ref.namespace ? `${d.ref.namespace}/` : ''}${d.ref.name} (agent-as-tool)${d.credentials ? `; sends ${d.credentials.join(', ')}` : ''}${d.isolation === 'Shared' ? `; it runs inside ${surface.agent.name}'s runtime boundary (isolation Shared)` : ''}.`,
      direction: 'outbound',
      to: { agent: d.ref.name, ...(d.ref.namespace ? { namespace: d.ref.namespace } : {}) },
      trustSource: agentRef,
      telemetry: ['sdk-callback'],
      blastSurface: [`everything the agent ${d.ref.name} can reach`],
    };
    add('delegation', e);
    return e;
  });
  return { components, delegations, byCategory, memory };
}

/**
 * Where the pods can send what the agent reads: every destination unless a NetworkPolicy isolates their egress, and
 * then the destinations it allows (the first few), with the metadata service only when one of them reaches it.
 */
function egressReach(egress: AgentSurface['egress']): string[] {
  const imds = 'the instance metadata service (169.254.169.254, fd00:ec2::254)';
  if (!egress) return [imds];
  if (!egress.isolated)
    return [
      imds,
      `any network destination, the internet included (${egress.hostNetwork ? "the node's network: no NetworkPolicy applies" : 'no NetworkPolicy limits egress'})`,
    ];
  const peers = [...new Set(egress.allowed.map((p) => `${p.peer} on ${p.ports}`))];
  const names = egress.policies.map((p) => p.ref.name).join(', ');
  const shown = peers.slice(0, 5).join('; ') + (peers.length > 5 ? `; and ${peers.length - 5} more` : '');
  return [
    ...(egress.allowed.some((p) => p.metadata) ? [imds] : []),
    peers.length === 0
      ? `no network destination (NetworkPolicy ${names} allows no egress)`
      : `the network destinations NetworkPolicy ${names} allows: ${shown}`,
  ];
}

/** What a kagent agent's runtime brings beyond its tool servers: its Harness type, skills, built-in tools, channels. */
function runtimeExtras(surface: AgentSurface): string[] {
  const out: string[] = [];
  const type = surface.sandbox?.harnessType;
  if (type === 'codex' || type === 'claude')
    out.push(`the ${type === 'claude' ? 'Claude Code' : 'Codex'} harness and its native tools`);
  const skills = surface.extensions?.skills ?? [];
  if (skills.length > 0)
    out.push(`${skills.length} skill source${skills.length === 1 ? '' : 's'} loaded into the agent`);
  const builtin = surface.extensions?.builtinTools ?? [];
  if (builtin.length > 0) out.push(`built-in tools ${builtin.join(', ')}`);
  for (const c of (surface.sandbox?.channels ?? []).slice(0, 20))
    if (c.access !== 'disabled') out.push(`prompts from the ${c.type} channel ${c.name} (${c.access})`);
  // Agent v1alpha2 deployment: node directories and sidecars are in the agent's pod, with its network and identity.
  for (const h of (surface.sandbox?.hostPaths ?? []).slice(0, 10))
    out.push(`the node directory ${h.replace(/:ro$/, ' (read-only)')} mounted into the agent's pod`);
  const sidecars = surface.sandbox?.sidecars ?? [];
  if (sidecars.length > 0)
    out.push(
      `sidecar containers ${sidecars.slice(0, 10).join(', ')} sharing the agent pod's network and ServiceAccount`,
    );
  const snapshots = surface.sandbox?.snapshots;
  if (snapshots) out.push(`memory snapshots and session data stored at ${snapshots} (the agent resumes from them)`);
  return out;
}

function sameRef(
  a: { kind: string; name: string; namespace?: string },
  b: { kind: string; name: string; namespace?: string },
): boolean {
  return a.kind === b.kind && a.name === b.name && (a.namespace ?? '') === (b.namespace ?? '');
}

function ref(r: { kind: string; name: string; namespace?: string }) {
  return { kind: r.kind, name: r.name, ...(r.namespace ? { namespace: r.namespace } : {}) };
}

/** "get, list secrets (cluster-wide)" lines, grouped by resource and scope. */
function permissionSummary(perms: DeclaredPermission[]): string[] {
  const groups = new Map<string, Set<string>>();
  for (const p of perms) {
    const what = p.nonResourceURL
      ? `non-resource ${p.nonResourceURL}`
      : `${p.apiGroup && p.apiGroup !== '' ? `${p.apiGroup}/` : ''}${p.resource}`;
    const key = `${what}\u0000${p.namespace === '*' ? 'cluster-wide' : `in ${p.namespace}`}`;
    if (!groups.has(key)) groups.set(key, new Set());
    groups.get(key)!.add(p.verb);
  }
  const lines = [...groups].map(([key, verbs]) => {
    const [what, scope] = key.split('\u0000');
    return `${[...verbs].sort().join(', ')} ${what} (${scope})`;
  });
  return lines.length > 0 ? lines : ['no Kubernetes API permission granted in these manifests'];
}

// ---------------------------------------------------------------------------------------------------------------
// Conditions

interface Facts {
  surface: AgentSurface;
  byCategory: Map<TemplateCategory, string[]>;
  memory: SurfaceMemory[];
  /** reachablePermissions(surface), once. */
  permissions: DeclaredPermission[];
}

/**
 * Which `egress` destinations the agent's pods may reach, each with the words of why: every one unless a
 * NetworkPolicy isolates their egress, then those an allowed peer reaches. An agent without pods of its own (the
 * Substrate kinds, on a shared WorkerPool whose policies are not the agent's) is limited by nothing we read.
 */
function egressDestinations(egress: AgentSurface['egress']): Partial<Record<EgressDestination, string>> {
  const words: Record<EgressDestination, string> = {
    internet: 'the internet',
    'metadata-service': 'the instance metadata service (169.254.169.254, fd00:ec2::254)',
  };
  if (!egress?.isolated) {
    const why = egress?.hostNetwork
      ? "the pods use the node's network (hostNetwork), where no NetworkPolicy applies"
      : egress
        ? 'no NetworkPolicy limits egress'
        : 'no NetworkPolicy of its own limits egress';
    return {
      internet: `egress to ${words.internet} (${why})`,
      'metadata-service': `egress to ${words['metadata-service']} (${why})`,
    };
  }
  const out: Partial<Record<EgressDestination, string>> = {};
  const by = (flag: 'internet' | 'metadata', d: EgressDestination) => {
    const peers = egress.allowed.filter((p) => p[flag]);
    if (peers.length === 0) return;
    const policies = [...new Set(peers.map((p) => p.policy.name))].join(', ');
    out[d] =
      `egress to ${words[d]} (NetworkPolicy ${policies} allows ${[...new Set(peers.map((p) => p.peer))].slice(0, 3).join('; ')})`;
  };
  by('internet', 'internet');
  by('metadata', 'metadata-service');
  return out;
}

/** What made a condition hold: text for the comment, and capability for the threat. */
interface Match {
  because: string[];
  rules: DeclaredPermission[];
  tools: string[];
}

function evaluate(cond: Condition, f: Facts): Match | undefined {
  if (cond.component) {
    const ids = f.byCategory.get(cond.component) ?? [];
    return ids.length > 0
      ? { because: [`${cond.component} present (${ids.join(', ')})`], rules: [], tools: [] }
      : undefined;
  }
  if (cond.permission) {
    const hits = f.permissions.filter((p) => permissionMatches(cond.permission!, p));
    if (hits.length === 0) return undefined;
    return {
      // Words for the comment, only when one is written: a built-in role's grant is hundreds of tuples.
      get because() {
        const sample = [
          ...new Set(
            hits.map(
              (p) => `${p.verb} ${p.resource || p.nonResourceURL}${p.namespace === '*' ? ' (cluster-wide)' : ''}`,
            ),
          ),
        ];
        return [
          `permission ${sample.slice(0, 4).join('; ')}${sample.length > 4 ? `; +${sample.length - 4} more` : ''}`,
        ];
      },
      rules: hits,
      tools: [],
    };
  }
  if (cond.mcpServer) {
    const c = cond.mcpServer;
    const servers = f.surface.mcpServers;
    if (c.min !== undefined)
      return servers.length >= c.min ? { because: [`${servers.length} MCP servers`], rules: [], tools: [] } : undefined;
    if (c.remote) {
      const remote = servers.filter(isRemote);
      return remote.length > 0
        ? { because: [`remote MCP server ${remote.map((s) => s.url).join(', ')}`], rules: [], tools: [] }
        : undefined;
    }
    const needles = (c.matches ?? []).map((m) => m.toLowerCase());
    const tools: string[] = [];
    const names: string[] = [];
    for (const s of servers) {
      const hay = [s.ref.name, s.url, s.image, s.command, ...(s.args ?? [])].filter(Boolean).join(' ').toLowerCase();
      if (needles.some((n) => hay.includes(n))) names.push(s.ref.name);
      for (const t of s.allowedTools ?? s.tools?.map((x) => x.name) ?? []) {
        if (needles.some((n) => t.toLowerCase().includes(n))) tools.push(t);
      }
    }
    if (names.length === 0 && tools.length === 0) return undefined;
    return {
      because: [names.length ? `MCP server ${names.join(', ')}` : `tools ${[...new Set(tools)].join(', ')}`],
      rules: [],
      tools: [...new Set(tools)],
    };
  }
  if (cond.memory) {
    const engines = cond.memory.engine.map((e) => e.toLowerCase());
    const hit = f.memory.filter((m) => engines.includes(m.engine.toLowerCase()));
    return hit.length > 0
      ? { because: [`${hit.map((m) => m.engine).join(', ')} store`], rules: [], tools: [] }
      : undefined;
  }
  if (cond.autonomy) {
    return cond.autonomy.includes(f.surface.autonomy.tier)
      ? { because: [`autonomy tier ${f.surface.autonomy.tier}`], rules: [], tools: [] }
      : undefined;
  }
  if (cond.codeExecution) {
    return f.surface.autonomy.codeExecution ? { because: ['code execution enabled'], rules: [], tools: [] } : undefined;
  }
  if (cond.egress) {
    const reach = egressDestinations(f.surface.egress);
    const because = cond.egress.map((d) => reach[d]).filter((r): r is string => r !== undefined);
    return because.length > 0 ? { because, rules: [], tools: [] } : undefined;
  }
  if (cond.any) {
    const hits = cond.any.map((c) => evaluate(c, f)).filter((m): m is Match => !!m);
    if (hits.length === 0) return undefined;
    return {
      because: hits.flatMap((h) => h.because),
      rules: hits.flatMap((h) => h.rules),
      tools: hits.flatMap((h) => h.tools),
    };
  }
  return undefined;
}

function permissionMatches(c: PermissionCondition, p: DeclaredPermission): boolean {
  if (p.nonResourceURL) return false;
  const any = (list: string[] | undefined, value: string) =>
    !list ||
    value === '*' ||
    list.includes(value) ||
    (value.startsWith('*/') && list.some((l) => l.endsWith(value.slice(1))));
  if (c.wildcard && !p.wildcard) return false;
  if (c.scope === 'cluster' && p.namespace !== '*') return false;
  if (c.scope === 'namespace' && p.namespace === '*') return false;
  return any(c.verbs, p.verb) && any(c.resources, p.resource) && any(c.apiGroups, p.apiGroup);
}

/** A server reached outside the cluster: a URL whose host is not a cluster service name or private address. */
export function isRemote(s: SurfaceMcpServer): boolean {
  if (!s.url) return false;
  let host: string;
  try {
    host = new URL(s.url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === 'localhost' || /^(10|127)\.|^192\.168\.|^172\.(1[6-9]|2\d|3[01])\.|^\[?::1\]?$/.test(host)) return false;
  if (/\.(svc|svc\.cluster\.local|cluster\.local|local|internal)$/.test(host)) return false;
  const labels = host.split('.');
  if (labels.length === 1) return false;
  // <service>.<namespace> is how in-cluster clients (kagent among them) address services; example.com is not.
  if (labels.length === 2) return PUBLIC_TLDS.has(labels[1]);
  return true;
}

const PUBLIC_TLDS = new Set([
  'com',
  'net',
  'org',
  'io',
  'ai',
  'dev',
  'app',
  'cloud',
  'co',
  'sh',
  'tech',
  'xyz',
  'me',
  'us',
  'eu',
  'de',
  'uk',
  'fr',
]);

// ---------------------------------------------------------------------------------------------------------------
// AIVSS factors proposed from the manifests

/** kagent's long-term memory is written by the agent and read in later sessions; a vector store may be read-only. */
function isCrossSession(m: SurfaceMemory): boolean {
  return m.engine === 'kagent' || m.ref.kind === 'Memory';
}

/**
 * What the agent can do in Kubernetes: its own identity's grants and those of the tool servers it calls (tools run
 * with the server's credentials). For a SandboxAgent, which has no identity, only the latter.
 */
export function reachablePermissions(surface: AgentSurface): DeclaredPermission[] {
  return [...surface.permissions, ...(surface.toolIdentities ?? []).flatMap((t) => t.permissions)];
}

export function proposeFactors(
  surface: AgentSurface,
  memory: SurfaceMemory[],
): { factors: AivssFactors; reasons: Record<keyof AivssFactors, string> } {
  const perms = reachablePermissions(surface);
  const has = (verbs: string[], resources: string[]) => perms.some((p) => permissionMatches({ verbs, resources }, p));
  const reasons = {} as Record<keyof AivssFactors, string>;
  const factors = {} as AivssFactors;
  const set = (k: keyof AivssFactors, v: number, why: string) => {
    factors[k] = v;
    reasons[k] = why;
  };
  const a = surface.autonomy;
  if (a.tier === 'autonomous')
    set(
      'autonomyOfAction',
      1.0,
      surface.mcpServers.length > 0
        ? 'no tool waits for human approval (no approval list)'
        : 'acts without human approval',
    );
  else if (a.tier === 'approval')
    set(
      'autonomyOfAction',
      0.5,
      `approval required only for ${a.approvalTools.slice(0, 4).join(', ')}${a.approvalTools.length > 4 ? ', ...' : ''}`,
    );
  else set('autonomyOfAction', 0.0, 'every action waits for a human');

  const byo = surface.type === 'BYO';
  if (byo) set('goalDrivenPlanning', 0.5, 'BYO agent: its planning is inside the image; assumed multi-step');
  else if (surface.delegations.length > 0)
    set('goalDrivenPlanning', 1.0, `orchestrates ${surface.delegations.length} other agent(s): plans across agents`);
  else if (surface.mcpServers.length > 0) set('goalDrivenPlanning', 0.5, 'plans multi-step tool use within one agent');
  else set('goalDrivenPlanning', 0.0, 'no tools or delegations: answers, does not plan actions');

  if (has(WRITE_VERBS, ['deployments', 'configmaps', 'agents', 'modelconfigs', 'remotemcpservers', 'mcpservers'])) {
    set('selfModification', 1.0, 'may write Deployments, ConfigMaps or agent objects (its own definition)');
  } else if (memory.some(isCrossSession)) set('selfModification', 0.5, 'writes persistent memory it later reads');
  else set('selfModification', 0.0, 'no write access to its own code, configuration or memory');

  const unlimited = surface.mcpServers.filter((s) => !s.allowedTools);
  const writeTools = surface.mcpServers
    .flatMap((s) => s.allowedTools ?? [])
    .filter((t) => /(apply|patch|delete|create|exec|update|write|run|scale)/i.test(t));
  if (byo && surface.mcpServers.length === 0)
    set('toolUse', 1.0, 'BYO agent: its tools are inside the image, unknown to the manifests; assumed unrestricted');
  else if (surface.mcpServers.length === 0) set('toolUse', 0.0, 'no MCP tool server');
  else if (unlimited.length > 0)
    set('toolUse', 1.0, `${unlimited.map((s) => s.ref.name).join(', ')}: every tool the server offers (no allow-list)`);
  else if (writeTools.length > 0)
    set(
      'toolUse',
      1.0,
      `high-risk tools allowed: ${writeTools.slice(0, 4).join(', ')}${writeTools.length > 4 ? ', ...' : ''}`,
    );
  else set('toolUse', 0.5, 'a limited, allow-listed set of read tools');

  const crossSession = memory.filter(isCrossSession);
  if (crossSession.length > 0)
    set('memoryUse', 1.0, `cross-session memory (${crossSession.map((m) => m.ref.name).join(', ')})`);
  else if (memory.length > 0)
    set(
      'memoryUse',
      0.5,
      `RAG store ${memory.map((m) => `${m.engine} (${m.ref.kind} ${m.ref.name})`).join(', ')}; assumed read-only: raise to 1.0 if the agent writes to it`,
    );
  else set('memoryUse', 0.0, 'no vector store or memory in the manifests');

  const reads = perms.filter((p) => ['get', 'list', 'watch', '*'].includes(p.verb));
  if (reads.some((p) => p.namespace === '*')) set('contextualAwareness', 1.0, 'reads cluster state cluster-wide');
  else if (reads.length > 0 || surface.mcpServers.length > 0)
    set(
      'contextualAwareness',
      0.5,
      reads.length > 0 ? 'reads state in its namespace(s)' : 'senses its environment through tools',
    );
  else set('contextualAwareness', 0.0, 'no read access to its environment');

  if (
    has(['impersonate', 'bind', 'escalate'], ['*', 'users', 'groups', 'serviceaccounts', 'roles', 'clusterroles']) ||
    has(WRITE_VERBS, ['roles', 'rolebindings', 'clusterroles', 'clusterrolebindings']) ||
    has(['create'], ['serviceaccounts/token'])
  ) {
    set(
      'dynamicIdentity',
      1.0,
      'can change its own permissions or act as another identity (RBAC write, bind, escalate or impersonate)',
    );
  } else if (surface.mcpServers.some((s) => s.identity && s.identity !== surface.identity)) {
    set('dynamicIdentity', 0.5, 'tool calls execute under the tool server identity, not the agent identity');
  } else set('dynamicIdentity', 0.0, 'one predefined identity');

  if (surface.delegations.length > 1)
    set('multiAgentInteractions', 1.0, `delegates to ${surface.delegations.map((d) => d.ref.name).join(', ')}`);
  else if (surface.delegations.length === 1)
    set('multiAgentInteractions', 0.5, `delegates to ${surface.delegations[0].ref.name}`);
  else set('multiAgentInteractions', 0.0, 'no delegation in the manifests');

  set('nonDeterminism', 0.5, 'LLM-driven; sampling settings are not pinned in the manifests');
  set(
    'opacityAndReflexivity',
    0.5,
    'tool calls can be logged, the model reasoning is not: lower to 0 with full tracing',
  );

  const ordered = {} as AivssFactors;
  for (const k of FACTOR_KEYS) ordered[k] = factors[k];
  return { factors: ordered, reasons };
}

// ---------------------------------------------------------------------------------------------------------------

const FLOW_ORDER: readonly string[] = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'cross-layer'];

/** A library template that applies to the agent, as init instantiates it. */
export interface Applicable {
  readonly template: ThreatTemplate;
  /** The ids (of init's decomposition) of the components it touches: never empty. */
  readonly components: string[];
  /** The RBAC rules and tools that made its conditions hold, with the template's words (worked out when read). */
  readonly capability: Capability | undefined;
  /** Why it applies, for the comment above the threat (worked out when read). */
  readonly reason: string;
}

/**
 * The library templates `init` instantiates for a surface: every `appliesWhen` condition holds and the agent has a
 * component of a category the template touches. `diff --write` asks it of both states of a change (which templates
 * it makes apply, and the capability each relies on now).
 */
export function applicableTemplates(
  surface: AgentSurface,
  templates: readonly ThreatTemplate[],
  d: Pick<Decomposed, 'byCategory' | 'memory'> = decompose(surface),
): Applicable[] {
  const facts: Facts = {
    surface,
    byCategory: d.byCategory,
    memory: d.memory,
    permissions: reachablePermissions(surface),
  };
  const out: Applicable[] = [];
  for (const t of templates) {
    const matches: Match[] = [];
    let applies = true;
    for (const cond of t.appliesWhen ?? []) {
      const m = evaluate(cond, facts);
      if (!m) {
        applies = false;
        break;
      }
      matches.push(m);
    }
    const components = t.components.flatMap((c) => d.byCategory.get(c) ?? []);
    if (!applies || components.length === 0) continue;
    // Which templates apply is asked of both states of every catalog a change touches; the words only of a few.
    let capability: { value: Capability | undefined } | undefined;
    let reason: string | undefined;
    out.push({
      template: t,
      components,
      get capability() {
        capability ??= { value: capabilityOf(t, matches) };
        return capability.value;
      },
      get reason() {
        if (reason === undefined) {
          const because = matches.flatMap((m) => m.because);
          reason = because.length > 0 ? `applies because: ${because.join('; ')}` : 'applies to every agent';
        }
        return reason;
      },
    });
  }
  return out;
}

export function buildCatalog(input: InitInput): InitResult {
  const { surface } = input;
  const version = input.aivssVersion ?? '0.5';
  const d = decompose(surface, input.standaloneMemory);
  const { factors, reasons } = proposeFactors(surface, d.memory);
  const threats: Threat[] = [];
  const threatReasons: Record<string, string> = {};
  const cvssReasons: Record<string, string> = {};
  const applicable = applicableTemplates(surface, input.templates, d);
  const applies = new Set(applicable.map((a) => a.template));
  const skipped = input.templates.filter((t) => !applies.has(t)).map((t) => t.id);
  for (const { template: t, components, capability, reason } of applicable) {
    // The base follows what the agent reaches (its and its tool servers' RBAC) where the library says it does.
    const proposed = proposeCvss(t, surface);
    const threat: Threat = {
      id: threatId(surface.agent.name, t.id),
      title: t.title,
      description: t.description,
      class: t.class,
      layer: t.layer,
      ...(t.layers ? { layers: t.layers } : {}),
      ...(t.owasp ? { owasp: t.owasp } : {}),
      components: components as [string, ...string[]],
      ...(capability ? { capability } : {}),
      ...(proposed
        ? {
            cvss: proposed.cvss,
            aivss: aivssBlock(
              computeAivss({
                version,
                factors,
                cvssBase: proposed.cvss.base,
                exploitMaturity: proposed.cvss.exploitMaturity,
              }),
            ),
          }
        : {}),
      status: 'open',
      evidence: t.evidence,
      reopenOn: t.reopenOn,
      ...(t.mitigations ? { mitigations: t.mitigations } : {}),
      ...(t.references ? { references: t.references } : {}),
    };
    threats.push(threat);
    threatReasons[threat.id] = reason;
    if (proposed) cvssReasons[threat.id] = proposed.reason;
  }
  threats.sort((a, b) => FLOW_ORDER.indexOf(a.layer) - FLOW_ORDER.indexOf(b.layer));

  const catalog: ThreatCatalog = {
    apiVersion: 'threatcat.dev/v1alpha1',
    kind: 'ThreatCatalog',
    metadata: {
      name: catalogName(surface.agent.name),
      description: `Day-1 threat model of the agent ${surface.agent.namespace ?? 'default'}/${surface.agent.name}, generated by threatcat init from its manifests.`,
      owners: { security: ['@security-team'], platform: ['@platform-team'] },
    },
    agent: {
      name: surface.agent.name,
      workload:
        surface.type !== 'Workload'
          ? {
              kind: surface.agent.kind as 'Agent' | 'SandboxAgent' | 'AgentTemplate' | 'AgentHarness',
              name: surface.agent.name,
              namespace: surface.agent.namespace ?? 'default',
            }
          : {
              kind: workloadKind(surface.workload.kind),
              name: surface.workload.name,
              namespace: surface.workload.namespace ?? 'default',
            },
      manifests: input.manifests as [string, ...string[]],
      autonomyTier: surface.autonomy.tier,
      aivss: { version, factors },
    },
    components: d.components,
    ...(d.delegations.length > 0 ? { delegations: d.delegations } : {}),
    threats,
  };
  return { catalog, factorReasons: reasons, threatReasons, cvssReasons, skipped };
}

/**
 * Threat ids are unique across every catalog of a repository, so the agent's name prefixes the template id
 * (`k8s-ops.L4-sa-token-theft`); the template id stays recoverable after the first dot.
 */
export function threatId(agent: string, templateId: string): string {
  const room = 64 - templateId.length - 1;
  const prefix = catalogName(agent).replace(/\./g, '-').slice(0, Math.max(1, room));
  return `${prefix}.${templateId}`.slice(0, 64);
}

function workloadKind(kind: string): 'Deployment' | 'StatefulSet' | 'DaemonSet' {
  return kind === 'StatefulSet' || kind === 'DaemonSet' ? kind : 'Deployment';
}

function catalogName(agent: string): string {
  return (
    agent
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, '-')
      .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '') || 'agent'
  );
}

function capabilityOf(t: ThreatTemplate, matches: Match[]): Capability | undefined {
  const perms = matches.flatMap((m) => m.rules);
  const tools = [...new Set(matches.flatMap((m) => m.tools))].sort();
  if (!t.capability && perms.length === 0 && tools.length === 0) return undefined;
  const byGroupResource = new Map<string, { apiGroup: string; resource: string; verbs: Set<string> }>();
  for (const p of perms) {
    const key = `${p.apiGroup}\u0000${p.resource}`;
    if (!byGroupResource.has(key))
      byGroupResource.set(key, { apiGroup: p.apiGroup, resource: p.resource, verbs: new Set() });
    byGroupResource.get(key)!.verbs.add(p.verb);
  }
  // One rule per (apiGroup, verb set), like a Role is written.
  const rules = new Map<string, NonNullable<Capability['rules']>[number]>();
  for (const g of byGroupResource.values()) {
    const verbs = [...g.verbs].sort();
    const key = `${g.apiGroup}\u0000${verbs.join(',')}`;
    const rule = rules.get(key);
    if (rule) rule.resources.push(g.resource);
    else rules.set(key, { apiGroups: [g.apiGroup], resources: [g.resource], verbs: verbs as [string, ...string[]] });
  }
  return {
    ...(t.capability ? { description: t.capability } : {}),
    ...(rules.size > 0 ? { rules: [...rules.values()] } : {}),
    ...(tools.length > 0 ? { tools } : {}),
  };
}
