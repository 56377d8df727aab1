import type { ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type {
  AgentSurface,
  SurfaceAutonomy,
  SurfaceDelegation,
  SurfaceMcpServer,
  SurfaceModel,
  SurfaceTool,
  SurfaceSandbox,
  SurfaceExtensions,
} from '../../model/surface.js';
import { toolHash } from '../../model/tool-hash.js';
import { attachPromptSources } from './kagent-prompt.js';
import { type FieldReader, fieldPath, groupOf, type ManifestIndex, refOf, saUsername } from './fields.js';
import { containersAt, hostPathsOf, podSecrets } from './pod-volumes.js';

/**
 * kagent (group kagent.dev): Agent v1alpha1/v1alpha2 (v1alpha3 read as v1alpha2), SandboxAgent v1alpha2/v1alpha3,
 * AgentTemplate and AgentHarness (v1alpha3, in kagent-v2.ts), ModelConfig, RemoteMCPServer, kmcp MCPServer, legacy
 * ToolServer, Memory, and Services annotated as MCP servers. Facts: formats.md §3.1 and research/kagent.md.
 */
export const KAGENT_GROUP = 'kagent.dev';

/** kagent's default when an Agent names no ModelConfig. */
export const DEFAULT_MODEL_CONFIG = 'default-model-config';

/** The kagent kinds that are agents (each is one surface). */
export const KAGENT_AGENT_KINDS = ['Agent', 'SandboxAgent', 'AgentTemplate', 'AgentHarness'] as const;

export function isKagentAgent(o: ManifestObject): boolean {
  return (KAGENT_AGENT_KINDS as readonly string[]).includes(o.kind) && groupOf(o.apiVersion) === KAGENT_GROUP;
}

/**
 * Agents that run as Agent Substrate actors on a shared WorkerPool (kagent PR #2422): no Deployment and no
 * ServiceAccount of their own. A v1alpha2 SandboxAgent written with `spec.platform: agent-sandbox` (kagent ≤ v0.9)
 * ran as an agent-sandbox Sandbox with the Agent's pod template and ServiceAccount instead.
 */
function runsOnSubstrate(agent: ManifestObject, f: FieldReader): boolean {
  return agent.kind !== 'Agent' && f.str(agent, ['spec', 'platform']) !== 'agent-sandbox';
}

export interface ReadContext {
  index: ManifestIndex;
  fields: FieldReader;
  /** The objects of files read only to follow a reference (ManifestFile.reference), when the caller knows them. */
  referenced?: ReadonlySet<ManifestObject>;
}

/** The surface of one kagent Agent, without permissions (the entry point adds those from RBAC). */
export type AgentSurfaceBase = Omit<AgentSurface, 'permissions'>;

/** Agent (v1alpha1, v1alpha2) and SandboxAgent; AgentTemplate and AgentHarness are read by kagent-v2.ts. */
export function readKagentAgent(agent: ManifestObject, ctx: ReadContext): AgentSurfaceBase {
  return agent.apiVersion === 'kagent.dev/v1alpha1' && agent.kind === 'Agent'
    ? readV1alpha1(agent, ctx)
    : readV1alpha2(agent, ctx);
}

function base(
  agent: ManifestObject,
  type: AgentSurface['type'],
  saName: string | undefined,
  saPath: readonly (string | number)[] | undefined,
  f?: FieldReader,
): AgentSurfaceBase {
  const namespace = agent.namespace ?? 'default';
  const common = {
    agent: { kind: agent.kind, name: agent.name, namespace, apiVersion: agent.apiVersion, position: agent.position },
    type,
    models: [],
    mcpServers: [],
    delegations: [],
    memory: [],
    autonomy: { tier: 'autonomous' as const, approvalTools: [], position: agent.position },
  };
  if (f && runsOnSubstrate(agent, f)) {
    // No identity is invented: Kubernetes actions of a Substrate agent are its tool servers' (toolIdentities).
    return { ...common, workload: { kind: agent.kind, name: agent.name, namespace }, sandbox: sandboxOf(agent, f) };
  }
  const sa = saName ?? agent.name;
  return {
    ...common,
    // kagent (v1alpha2 Agent) and agent-sandbox (v0.9 SandboxAgent) run a workload named after the agent.
    workload: { kind: agent.kind === 'Agent' ? 'Deployment' : 'Sandbox', name: agent.name, namespace },
    serviceAccount: {
      kind: 'ServiceAccount',
      name: sa,
      namespace,
      position: saPath ? agent.locate(saPath) : agent.position,
    },
    identity: saUsername(namespace, sa),
  };
}

/**
 * Where Agent Substrate keeps the actor's memory snapshots and session data (kagent 5229184e280a
 * go/core/pkg/sandboxbackend/substrate/agent_lifecycle.go: full snapshots on pause and commit, sessions in a durable
 * dir): whoever can write there decides the state the agent resumes in, whoever can read it reads its secrets.
 */
export function snapshotsOf(o: ManifestObject, path: string[], f: FieldReader, out: SurfaceSandbox): void {
  const location = f.str(o, path);
  if (location === undefined || location.trim() === '') return;
  out.snapshots = location.trim();
  out.at = { ...out.at, snapshots: o.locate(path) };
}

/** spec.substrate.{workerPoolRef, snapshotsConfig}, spec.sandbox.network.allowedDomains, spec.allowedNamespaces.from. */
function sandboxOf(agent: ManifestObject, f: FieldReader): SurfaceSandbox {
  const out: SurfaceSandbox = { at: {} };
  const pool = f.str(agent, ['spec', 'substrate', 'workerPoolRef', 'name']);
  if (pool !== undefined) {
    // An explicit pool is looked up in the agent's namespace; unset = the controller's default pool.
    out.workerPool = { kind: 'WorkerPool', name: pool, namespace: agent.namespace, apiVersion: 'ate.dev/v1alpha1' };
    out.at!.workerPool = agent.locate(['spec', 'substrate', 'workerPoolRef', 'name']);
  }
  snapshotsOf(agent, ['spec', 'substrate', 'snapshotsConfig', 'location'], f, out);
  return callersAndDomains(agent, f, out);
}

/**
 * What every v1alpha2 agent spec says about its reach besides its tools (kagent 5229184e280a go/api/v1alpha2
 * agent_types.go AgentSpec, the Deployment-backed Agent included): the domains its sandbox may reach and who may
 * call it as a tool.
 */
function callersAndDomains(agent: ManifestObject, f: FieldReader, out: SurfaceSandbox): SurfaceSandbox {
  out.at ??= {};
  const domains = f.strings(agent, ['spec', 'sandbox', 'network', 'allowedDomains']);
  if (domains) {
    out.allowedDomains = domains;
    out.at!.allowedDomains = agent.locate(['spec', 'sandbox', 'network', 'allowedDomains']);
  }
  if (f.map(agent, ['spec', 'allowedNamespaces'])) {
    out.allowedNamespaces = f.str(agent, ['spec', 'allowedNamespaces', 'from']) ?? 'Same';
    out.at!.allowedNamespaces = agent.locate(['spec', 'allowedNamespaces']);
  }
  return out;
}

function readV1alpha2(agent: ManifestObject, ctx: ReadContext): AgentSurfaceBase {
  const { fields: f } = ctx;
  const typeRaw = f.str(agent, ['spec', 'type']);
  const type =
    typeRaw ??
    (f.raw(agent, ['spec', 'byo']) !== undefined && f.raw(agent, ['spec', 'declarative']) === undefined
      ? 'BYO'
      : 'Declarative');
  if (type !== 'Declarative' && type !== 'BYO') {
    f.problem(
      agent.locate(['spec', 'type']),
      `${agent.kind} ${agent.name}: spec.type must be Declarative or BYO, not '${type}'`,
    );
  }
  const sandboxed = agent.kind === 'SandboxAgent';
  if (type === 'BYO') {
    const saPath = ['spec', 'byo', 'deployment', 'serviceAccountName'];
    const s = base(agent, 'BYO', f.str(agent, saPath), f.raw(agent, saPath) !== undefined ? saPath : undefined, f);
    // A BYO agent's model and tools live in its image: nothing declared pauses it.
    s.autonomy = { tier: 'autonomous', approvalTools: [], position: agent.locate(['spec', 'byo']) };
    // Its image (and command line) is what runs the agent, model and tools alike: the agent's model version.
    const byo = byoImage(agent, f);
    if (byo) s.models.push(byo);
    if (sandboxed && byo?.credentials && s.sandbox) s.sandbox.credentials = byo.credentials;
    // A SandboxAgent's runtime is a Substrate actor: kagent builds no pod from these fields.
    if (!sandboxed) agentPod(s, agent, ['spec', 'byo', 'deployment'], f);
    const ext = extensionsOf(agent, f, false);
    if (ext) s.extensions = ext;
    return s;
  }
  const D = ['spec', 'declarative'];
  const saPath = [...D, 'deployment', 'serviceAccountName'];
  const s = base(
    agent,
    'Declarative',
    f.str(agent, saPath),
    f.raw(agent, saPath) !== undefined ? saPath : undefined,
    f,
  );
  const ns = s.agent.namespace!;
  if (f.map(agent, D) === undefined) {
    // v1alpha3 is still moving: only the served versions' required fields are enforced (kind Agent).
    if (agent.apiVersion === 'kagent.dev/v1alpha2' && !sandboxed)
      f.problem(agent.locate(['spec']), `${agent.kind} ${agent.name}: a Declarative agent needs spec.declarative`);
    return s;
  }
  const mc = f.str(agent, [...D, 'modelConfig']);
  s.models.push(
    modelFromConfig(
      agent,
      mc ?? DEFAULT_MODEL_CONFIG,
      ns,
      'agent',
      mc === undefined ? D : [...D, 'modelConfig'],
      mc === undefined,
      ctx,
    ),
  );
  // Where its instructions come from is part of what the model answers to (the inline text is not compared).
  attachPromptSources(s.models[0], agent, ns, ctx.index, f);
  declarativeEnvSecrets(s, agent, f);
  if (!sandboxed) agentPod(s, agent, [...D, 'deployment'], f);
  const memMc = f.str(agent, [...D, 'memory', 'modelConfig']);
  if (f.map(agent, [...D, 'memory'])) {
    s.memory.push({
      ref: { kind: agent.kind, name: agent.name, namespace: ns, apiVersion: agent.apiVersion },
      engine: 'kagent',
      position: agent.locate([...D, 'memory']),
      definedAt: agent.position,
    });
    if (memMc) s.models.push(modelFromConfig(agent, memMc, ns, 'memory', [...D, 'memory', 'modelConfig'], false, ctx));
  }
  const sumPath = [...D, 'context', 'compaction', 'summarizer', 'modelConfig'];
  const sumMc = f.str(agent, sumPath);
  if (sumMc) s.models.push(modelFromConfig(agent, sumMc, ns, 'compaction', sumPath, false, ctx));

  const tools = f.list(agent, [...D, 'tools']) ?? [];
  tools.forEach((t, i) => {
    const P = [...D, 'tools', i];
    if (t === null || typeof t !== 'object' || Array.isArray(t)) {
      f.problem(
        agent.locate(P),
        `${agent.kind} ${agent.name}: tools[${i}] must be a mapping with type McpServer or Agent`,
      );
      return;
    }
    const item = t as Record<string, unknown>;
    const kind = typeof item.type === 'string' ? item.type : item.agent !== undefined ? 'Agent' : 'McpServer';
    if (kind === 'Agent') {
      const d = delegationRef(agent, [...P, 'agent'], ns, ctx);
      if (d) {
        // The headers sent to the other agent with every call (kagent 5229184e280a go/api/v1alpha3/agent_types.go
        // Tool.headersFrom; compiler.go passes them to RemoteAgentConfig.Headers): whose credentials it receives.
        const found = headerCredentials(agent, [...P, 'headersFrom'], f);
        if (found.length > 0) {
          d.at ??= {};
          d.at.credentials = agent.locate([...P, 'headersFrom']);
          for (const [text, pos] of found) d.at[`credential:${text}`] ??= pos;
          d.credentials = [...new Set(found.map(([t]) => t))].sort();
        }
        s.delegations.push(d);
      }
    } else if (kind === 'McpServer') {
      const m = mcpToolRef(agent, [...P, 'mcpServer'], ns, ctx);
      if (m) {
        attachHeaders(m, agent, [...P, 'headersFrom'], [...P, 'mcpServer', 'allowedHeaders'], ctx);
        s.mcpServers.push(m);
      }
    } else {
      f.problem(
        agent.locate([...P, 'type']),
        `${agent.kind} ${agent.name}: tools[${i}].type must be McpServer or Agent, not '${kind}'`,
      );
    }
  });
  s.autonomy = autonomyOf(
    s,
    tools.length > 0 ? agent.locate([...D, 'tools']) : agent.locate(D),
    f.bool(agent, [...D, 'executeCodeBlocks']),
  );
  const ext = extensionsOf(agent, f, true);
  if (ext) s.extensions = ext;
  return s;
}

/**
 * The tools kagent's runtime adds when `spec.declarative.shareTools` is true (kagent 5229184e280a
 * go/core/internal/controller/translator/agent/compiler.go passes the flag; go/adk/pkg/tools/share_tools.go).
 */
export const SHARE_TOOLS = ['create_share_link', 'delete_share_link', 'list_share_links'] as const;

/**
 * Agent/SandboxAgent v1alpha2 and v1alpha3 `spec.skills` (SkillForAgent: `refs[]` OCI images, `gitRefs[] {url, ref,
 * path, name}`, `s3Refs[] {uri, name}`, `insecureSkipVerify`, `gitAuthSecretRef`) — code and instructions pulled into
 * the agent's `/skills` — and `spec.declarative.shareTools` (kagent 5229184e280a go/api/v1alpha2/agent_types.go).
 * SandboxAgent rejects `spec.skills` at admission; it is read anyway, as written.
 */
function extensionsOf(agent: ManifestObject, f: FieldReader, declarative: boolean): SurfaceExtensions | undefined {
  const out: SurfaceExtensions = { at: {} };
  const K = ['spec', 'skills'];
  if (f.map(agent, K)) {
    const found: Array<[string, Position]> = [];
    (f.strings(agent, [...K, 'refs']) ?? []).forEach((ref, i) => {
      found.push([`oci ${ref}`, agent.locate([...K, 'refs', i])]);
    });
    (f.list(agent, [...K, 'gitRefs']) ?? []).forEach((_, i) => {
      const P = [...K, 'gitRefs', i];
      const url = f.str(agent, [...P, 'url']);
      if (url === undefined) return;
      const path = f.str(agent, [...P, 'path']);
      // kagent defaults ref to main: a branch, so what is loaded moves with it.
      found.push([
        `git ${url}@${f.str(agent, [...P, 'ref']) ?? 'main'}${path ? ` path ${path}` : ''}`,
        agent.locate(P),
      ]);
    });
    (f.list(agent, [...K, 's3Refs']) ?? []).forEach((_, i) => {
      const uri = f.str(agent, [...K, 's3Refs', i, 'uri']);
      if (uri !== undefined) found.push([`s3 ${uri}`, agent.locate([...K, 's3Refs', i])]);
    });
    if (f.bool(agent, [...K, 'insecureSkipVerify']))
      found.push(['pulled without TLS verification (insecureSkipVerify)', agent.locate([...K, 'insecureSkipVerify'])]);
    // Registry credentials for the skill images (kubernetes.io/dockerconfigjson Secrets, go/api/v1alpha3 SkillForAgent).
    (f.list(agent, [...K, 'imagePullSecrets']) ?? []).forEach((_, i) => {
      const name = f.str(agent, [...K, 'imagePullSecrets', i, 'name']);
      if (name !== undefined)
        found.push([`image pull credentials from Secret ${name}`, agent.locate([...K, 'imagePullSecrets', i])]);
    });
    // The skills-init container's env (v1alpha2 SkillForAgent.initContainer): the credentials the skills are fetched
    // with (the S3 keys, for one), so another Secret is another source the agent's skills may come from.
    const at: Record<string, Position> = {};
    for (const text of envSources(agent, [...K, 'initContainer', 'env'], f, at))
      found.push([`skills-init ${text}`, at[`credential:${text}`]]);
    const gitAuth = f.str(agent, [...K, 'gitAuthSecretRef', 'name']);
    if (gitAuth !== undefined)
      found.push([`git credentials from Secret ${gitAuth}`, agent.locate([...K, 'gitAuthSecretRef'])]);
    addSkills(out, found, agent.locate(K));
  }
  if (declarative && f.bool(agent, ['spec', 'declarative', 'shareTools'])) {
    out.builtinTools = [...SHARE_TOOLS];
    out.at!.builtinTools = agent.locate(['spec', 'declarative', 'shareTools']);
  }
  return out.skills || out.builtinTools ? out : undefined;
}

/** Adds skills, sorted, each located at its entry (`at['skill:<text>']`); `at.skills` is the list's node. */
export function addSkills(out: SurfaceExtensions, items: ReadonlyArray<[string, Position]>, listAt: Position): void {
  if (items.length === 0) return;
  out.at ??= {};
  out.at.skills ??= listAt;
  for (const [text, pos] of items) out.at[`skill:${text}`] ??= pos;
  out.skills = [...new Set([...(out.skills ?? []), ...items.map(([t]) => t)])].sort();
}

/**
 * `spec.tls` (TLSConfig, shared by ModelConfig and RemoteMCPServer; kagent 5229184e280a go/api/v1alpha3/
 * modelconfig_types.go): `disableVerify`, `caCertSecretRef` + `caCertSecretKey`, `disableSystemCAs`. Sorted; undefined
 * when it carries no opinion (the default: system CAs, verified).
 */
export function tlsOf(o: ManifestObject, f: FieldReader): { value: string[]; position: Position } | undefined {
  const T = ['spec', 'tls'];
  if (!f.map(o, T)) return undefined;
  const out: string[] = [];
  let position: Position | undefined;
  if (f.bool(o, [...T, 'disableVerify'])) {
    out.push('certificate verification off');
    position = o.locate([...T, 'disableVerify']);
  }
  const ca = f.str(o, [...T, 'caCertSecretRef']);
  if (ca) out.push(`CA from Secret ${ca}/${f.str(o, [...T, 'caCertSecretKey']) ?? '?'}`);
  if (f.bool(o, [...T, 'disableSystemCAs'])) out.push('system CAs off');
  if (out.length === 0) return undefined;
  return { value: out.sort(), position: position ?? o.locate(T) };
}

function readV1alpha1(agent: ManifestObject, ctx: ReadContext): AgentSurfaceBase {
  const { fields: f } = ctx;
  const saPath = ['spec', 'deployment', 'serviceAccountName'];
  const s = base(agent, 'Declarative', f.str(agent, saPath), f.raw(agent, saPath) !== undefined ? saPath : undefined);
  const ns = s.agent.namespace!;
  const mc = f.str(agent, ['spec', 'modelConfig']);
  s.models.push(
    modelFromConfig(
      agent,
      mc ?? DEFAULT_MODEL_CONFIG,
      ns,
      'agent',
      mc === undefined ? ['spec'] : ['spec', 'modelConfig'],
      mc === undefined,
      ctx,
    ),
  );
  (f.strings(agent, ['spec', 'memory']) ?? []).forEach((name, i) => {
    const [mns, mname] = splitNsName(name, ns);
    const mem = ctx.index.find('Memory', mname, mns, KAGENT_GROUP);
    s.memory.push({
      ref: { kind: 'Memory', name: mname, namespace: mns, apiVersion: mem?.apiVersion ?? 'kagent.dev/v1alpha1' },
      engine: (mem && f.str(mem, ['spec', 'provider'])?.toLowerCase()) || 'kagent-memory',
      position: agent.locate(['spec', 'memory', i]),
      ...(mem ? { definedAt: mem.position } : {}),
    });
  });
  const tools = f.list(agent, ['spec', 'tools']) ?? [];
  tools.forEach((t, i) => {
    const P = ['spec', 'tools', i];
    if (t === null || typeof t !== 'object' || Array.isArray(t)) {
      f.problem(
        agent.locate(P),
        `${agent.kind} ${agent.name}: tools[${i}] must be a mapping with type McpServer or Agent`,
      );
      return;
    }
    const item = t as Record<string, unknown>;
    const kind = typeof item.type === 'string' ? item.type : item.agent !== undefined ? 'Agent' : 'McpServer';
    if (kind === 'Agent') {
      const refStr = f.str(agent, [...P, 'agent', 'ref']);
      if (refStr === undefined) {
        const d = delegationRef(agent, [...P, 'agent'], ns, ctx);
        if (d) s.delegations.push(d);
        return;
      }
      const [dns, dname] = splitNsName(refStr, ns);
      s.delegations.push(delegation(agent, dname, dns, agent.locate([...P, 'agent', 'ref']), ctx));
    } else if (kind === 'McpServer') {
      const ts = f.str(agent, [...P, 'mcpServer', 'toolServer']);
      if (ts === undefined) {
        const m = mcpToolRef(agent, [...P, 'mcpServer'], ns, ctx);
        if (m) s.mcpServers.push(m);
        return;
      }
      const [tns, tname] = splitNsName(ts, ns);
      const server = mcpServerByKind('ToolServer', tname, tns, agent.locate([...P, 'mcpServer', 'toolServer']), ctx);
      const toolNames = f.strings(agent, [...P, 'mcpServer', 'toolNames']);
      if (toolNames) {
        server.allowedTools = toolNames;
        server.at = { ...server.at, toolNames: agent.locate([...P, 'mcpServer', 'toolNames']) };
      }
      s.mcpServers.push(server);
    } else {
      f.problem(
        agent.locate([...P, 'type']),
        `${agent.kind} ${agent.name}: tools[${i}].type must be McpServer or Agent, not '${kind}'`,
      );
    }
  });
  s.autonomy = autonomyOf(s, tools.length > 0 ? agent.locate(['spec', 'tools']) : agent.position, undefined);
  return s;
}

/**
 * A BYO agent's image holds its model and tools: it is the agent's model version (`runtime`), so a new image is a
 * model update. Agent v1alpha2 and SandboxAgent v1alpha2 `spec.byo.deployment.{image,cmd,args,env,envFrom}`
 * (kagent.dev_agents.yaml), SandboxAgent v1alpha3 `spec.byo.{image,cmd,args,env}`. The Secrets its env hands it
 * (the model provider's key among them) are its `credentials`: another Secret is another account.
 */
const BYO_MODEL_ENV = /(^|_)MODEL(_?NAME|_?ID)?$/i;

function byoImage(agent: ManifestObject, f: FieldReader): SurfaceModel | undefined {
  const P = f.raw(agent, ['spec', 'byo', 'image']) !== undefined ? ['spec', 'byo'] : ['spec', 'byo', 'deployment'];
  const image = f.str(agent, [...P, 'image']);
  const cmd = f.str(agent, [...P, 'cmd']);
  const args = f.strings(agent, [...P, 'args']);
  if (image === undefined) return undefined;
  const at: Record<string, Position> = {
    runtime: agent.locate([...P, 'image']),
    revision: agent.locate([...P, cmd !== undefined ? 'cmd' : 'args']),
  };
  const credentials = [
    ...envSources(agent, [...P, 'env'], f, at),
    ...envFromSources(agent, [...P, 'envFrom'], f, at),
  ].sort();
  if (credentials.length > 0) at.credentials = agent.locate([...P, f.raw(agent, [...P, 'env']) ? 'env' : 'envFrom']);
  // kagent cannot see the model a BYO image calls; by convention it is a literal env value named like
  // MODEL, MODEL_NAME, MODEL_ID, OPENAI_MODEL or LLM_MODEL.
  const models: string[] = [];
  (f.list(agent, [...P, 'env']) ?? []).forEach((_, i) => {
    const name = f.str(agent, [...P, 'env', i, 'name']);
    const value = f.str(agent, [...P, 'env', i, 'value']);
    if (name === undefined || value === undefined || !BYO_MODEL_ENV.test(name)) return;
    models.push(value);
    at.model ??= agent.locate([...P, 'env', i, 'value']);
  });
  return {
    ref: refOf(agent),
    use: 'agent',
    provider: 'BYO',
    ...(models.length > 0 ? { model: models.join(', ') } : {}),
    runtime: image,
    // The command line can pick another model or entry point: it is part of the version.
    ...(cmd !== undefined || args ? { revision: [cmd, ...(args ?? [])].filter((x) => x !== undefined).join(' ') } : {}),
    ...(credentials.length > 0 ? { credentials } : {}),
    position: agent.locate([...P, 'image']),
    definedAt: agent.position,
    at,
  };
}

/**
 * The Secrets a Declarative agent's runtime container is handed: v1alpha3 `spec.declarative.env` (Agent and
 * SandboxAgent, `[]corev1.EnvVar`), v1alpha2 `spec.declarative.deployment.env` and `envFrom` (kagent 5229184e280a,
 * go/api/v1alpha3/agent_types.go DeclarativeAgentSpec, go/api/v1alpha2/agent_types.go SharedDeploymentSpec). They are
 * the runtime's credentials (`sandbox.credentials`), each at its `secretKeyRef` (or `secretRef`): another Secret is
 * another account the agent's code can use, whatever its model or tools.
 */
function declarativeEnvSecrets(s: AgentSurfaceBase, agent: ManifestObject, f: FieldReader): void {
  const D = ['spec', 'declarative'];
  const at: Record<string, Position> = {};
  const found = [
    ...envSources(agent, [...D, 'env'], f, at),
    ...envSources(agent, [...D, 'deployment', 'env'], f, at),
    ...envFromSources(agent, [...D, 'deployment', 'envFrom'], f, at),
  ];
  if (found.length === 0) return;
  const sandbox = s.sandbox ?? { at: {} };
  sandbox.credentials = [...new Set([...(sandbox.credentials ?? []), ...found])].sort();
  sandbox.at = { ...sandbox.at, ...at, credentials: at[`credential:${found[0]}`] };
  s.sandbox = sandbox;
}

/**
 * The labels of a Deployment-backed Agent's pods, which decide the NetworkPolicies that select them: kagent's selector
 * labels `app: kagent`, `kagent: <agent>`, with the agent's `deployment.labels` copied over them (kagent 57e366cf2
 * go/core/internal/controller/translator/agent/manifest_builder.go `podLabels`, the last commit that built the
 * Agent's Deployment; SharedDeploymentSpec.labels is still served at 5229184e280a). Values as the API server keeps them.
 */
export function agentPodLabels(agent: ManifestObject, f: FieldReader): Record<string, string> {
  const byo = (f.str(agent, ['spec', 'type']) ?? 'Declarative') === 'BYO';
  const written = f.map(agent, ['spec', byo ? 'byo' : 'declarative', 'deployment', 'labels']) ?? {};
  const labels: Record<string, string> = { app: 'kagent', kagent: agent.name };
  for (const [k, v] of Object.entries(written))
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') labels[k] = String(v);
  return labels;
}

/**
 * A Deployment-backed Agent: its pod (below), the domains its sandbox may reach and who may call it as a tool, on
 * `sandbox` only when the spec sets one of them.
 */
function agentPod(s: AgentSurfaceBase, agent: ManifestObject, P: (string | number)[], f: FieldReader): void {
  deploymentPod(s, agent, P, f);
  const facts = callersAndDomains(agent, f, {});
  if (facts.allowedDomains === undefined && facts.allowedNamespaces === undefined) return;
  s.sandbox = { ...s.sandbox, ...facts, at: { ...s.sandbox?.at, ...facts.at } };
}

/**
 * What else an Agent v1alpha2's pod holds (kagent 5229184e280a go/api/v1alpha2/agent_types.go SharedDeploymentSpec,
 * under `spec.declarative.deployment` and `spec.byo.deployment`): `volumes[].hostPath` (node directories, as for a
 * kmcp server), Secrets mounted as volumes (files the agent's code can read, as its env Secrets), `extraContainers[]`
 * (`<name> <image>`: they run with the agent's network and ServiceAccount, and their env Secrets join the runtime's
 * credentials) and `imagePullSecrets[]` (registry credentials in the agent's pod).
 */
function deploymentPod(s: AgentSurfaceBase, agent: ManifestObject, P: (string | number)[], f: FieldReader): void {
  if (f.map(agent, P) === undefined) return;
  const sandbox = s.sandbox ?? { at: {} };
  const at: Record<string, Position> = {};
  // The agent container's mounts sit in the deployment spec itself, beside its extra containers'.
  const hostPaths = hostPathsOf(agent, P, [P, ...containersAt(agent, P, ['extraContainers'], f)], f, at);
  if (hostPaths.length > 0) at.hostPaths = agent.locate([...P, 'volumes']);
  const sidecars: string[] = [];
  const found: string[] = podSecrets(agent, P, f, at);
  (f.list(agent, [...P, 'extraContainers']) ?? []).forEach((_, i) => {
    const C = [...P, 'extraContainers', i];
    const text = `${f.str(agent, [...C, 'name']) ?? '?'} ${f.str(agent, [...C, 'image']) ?? '?'}`;
    sidecars.push(text);
    at[`sidecar:${text}`] ??= agent.locate(C);
    found.push(...envSources(agent, [...C, 'env'], f, at), ...envFromSources(agent, [...C, 'envFrom'], f, at));
  });
  if (hostPaths.length === 0 && sidecars.length === 0 && found.length === 0) return;
  if (hostPaths.length > 0) sandbox.hostPaths = hostPaths;
  if (sidecars.length > 0) {
    sandbox.sidecars = [...new Set(sidecars)].sort();
    at.sidecars = agent.locate([...P, 'extraContainers']);
  }
  const credentialsAt = sandbox.at?.credentials;
  if (found.length > 0) sandbox.credentials = [...new Set([...(sandbox.credentials ?? []), ...found])].sort();
  sandbox.at = { ...at, ...sandbox.at };
  if (found.length > 0) sandbox.at.credentials = credentialsAt ?? at[`credential:${found[0]}`];
  s.sandbox = sandbox;
}

/**
 * `envFrom[]` (corev1.EnvFromSource): the Secrets whose every key becomes an env variable, as `envFrom Secret <name>`.
 * With `at`, each is located by `at['credential:<text>']` at its `secretRef` (the first, when two read the same).
 */
export function envFromSources(
  o: ManifestObject,
  path: (string | number)[],
  f: FieldReader,
  at?: Record<string, Position>,
): string[] {
  const out: string[] = [];
  (f.list(o, path) ?? []).forEach((_, i) => {
    if (f.map(o, [...path, i, 'secretRef']) === undefined) return;
    const text = `envFrom Secret ${f.str(o, [...path, i, 'secretRef', 'name']) ?? '?'}`;
    out.push(text);
    if (at) at[`credential:${text}`] ??= o.locate([...path, i, 'secretRef']);
  });
  return out.sort();
}

/** `env[]` (corev1.EnvVar): literal values and where secret-backed ones come from, as `NAME=value` / `NAME from Secret s/k`. */
export function envSources(
  o: ManifestObject,
  path: (string | number)[],
  f: FieldReader,
  at?: Record<string, Position>,
): string[] {
  const out: string[] = [];
  (f.list(o, path) ?? []).forEach((_, i) => {
    const name = f.str(o, [...path, i, 'name']);
    if (!name) return;
    const ref = [...path, i, 'valueFrom', 'secretKeyRef'];
    if (!f.map(o, ref)) return;
    const text = `env ${name} from Secret ${f.str(o, [...ref, 'name']) ?? '?'}/${f.str(o, [...ref, 'key']) ?? '?'}`;
    out.push(text);
    // With `at`, located at its `secretKeyRef` (the first, when two containers read the same).
    if (at) at[`credential:${text}`] ??= o.locate(ref);
  });
  return out.sort();
}

/** "<name>" or "<namespace>/<name>" (v1alpha1 string references). */
function splitNsName(s: string, defaultNs: string): [string, string] {
  const i = s.indexOf('/');
  return i < 0 ? [defaultNs, s] : [s.slice(0, i), s.slice(i + 1)];
}

function delegationRef(
  agent: ManifestObject,
  path: (string | number)[],
  ns: string,
  ctx: ReadContext,
): SurfaceDelegation | undefined {
  const { fields: f } = ctx;
  if (f.raw(agent, path) === undefined) {
    f.problem(
      agent.locate(path.slice(0, -1)),
      `${agent.kind} ${agent.name}: ${fieldPath(path)} must name the Agent to delegate to`,
    );
    return undefined;
  }
  if (f.map(agent, path) === undefined) return undefined;
  const name = f.str(agent, [...path, 'name']);
  if (!name) {
    f.problem(agent.locate(path), `${agent.kind} ${agent.name}: ${fieldPath(path)}.name is required`);
    return undefined;
  }
  const dns = f.str(agent, [...path, 'namespace']) ?? ns;
  if (agent.kind === 'SandboxAgent') {
    // The controller accepts only SandboxAgents as tools (kind is required and must say so).
    const kind = f.str(agent, [...path, 'kind']);
    if (kind !== 'SandboxAgent') {
      f.problem(
        agent.locate(kind === undefined ? path : [...path, 'kind']),
        `SandboxAgent ${agent.name}: ${fieldPath(path)}.kind must be SandboxAgent${kind === undefined ? '' : `, not '${kind}'`}`,
      );
    }
    return delegation(agent, name, dns, agent.locate([...path, 'name']), ctx, 'SandboxAgent');
  }
  return delegation(agent, name, dns, agent.locate([...path, 'name']), ctx);
}

function delegation(
  agent: ManifestObject,
  name: string,
  ns: string,
  position: Position,
  ctx: ReadContext,
  kind = 'Agent',
): SurfaceDelegation {
  const target = ctx.index.find(kind, name, ns, KAGENT_GROUP);
  return {
    ref: { kind, name, namespace: ns, apiVersion: target?.apiVersion ?? agent.apiVersion },
    position,
    ...(target ? { definedAt: target.position } : {}),
  };
}

/** A v1alpha2 `tools[].mcpServer` TypedReference, resolved to its server object when it is in the manifests. */
function mcpToolRef(
  agent: ManifestObject,
  path: (string | number)[],
  ns: string,
  ctx: ReadContext,
): SurfaceMcpServer | undefined {
  const { fields: f } = ctx;
  if (f.raw(agent, path) === undefined) {
    f.problem(
      agent.locate(path.slice(0, -1)),
      `${agent.kind} ${agent.name}: ${fieldPath(path)} must reference an MCP server (apiGroup, kind, name)`,
    );
    return undefined;
  }
  if (f.map(agent, path) === undefined) return undefined;
  const name = f.str(agent, [...path, 'name']);
  if (!name) {
    f.problem(agent.locate(path), `${agent.kind} ${agent.name}: ${fieldPath(path)}.name is required`);
    return undefined;
  }
  const group = f.str(agent, [...path, 'apiGroup']) ?? '';
  const kindRaw = f.str(agent, [...path, 'kind']) ?? '';
  // Translator resolution: ""/MCPServer → kmcp MCPServer; RemoteMCPServer; Service (group "" or core).
  let kind: string;
  if (kindRaw === '' || kindRaw === 'MCPServer') kind = 'MCPServer';
  else if (kindRaw === 'RemoteMCPServer') kind = 'RemoteMCPServer';
  else if (kindRaw === 'Service' && (group === '' || group === 'core')) kind = 'Service';
  else if (kindRaw === 'ToolServer') kind = 'ToolServer';
  else {
    f.problem(
      agent.locate([...path, 'kind']),
      `${agent.kind} ${agent.name}: ${fieldPath(path)}.kind '${kindRaw}' is not an MCP server kind (MCPServer, RemoteMCPServer, Service)`,
    );
    return undefined;
  }
  const sns = f.str(agent, [...path, 'namespace']) ?? ns;
  if (agent.kind === 'SandboxAgent' && sns !== ns && (kind === 'MCPServer' || kind === 'Service')) {
    // The translator resolves MCPServer and Service tools in the agent's namespace only.
    f.problem(
      agent.locate([...path, 'namespace']),
      `SandboxAgent ${agent.name}: a ${kind} tool must be in the agent's namespace ${ns}, not ${sns}`,
    );
  }
  const server = mcpServerByKind(kind, name, sns, agent.locate([...path, 'name']), ctx);
  const at: Record<string, Position> = { ...server.at };
  const toolNames = f.strings(agent, [...path, 'toolNames']);
  if (toolNames) {
    server.allowedTools = toolNames;
    at.toolNames = agent.locate([...path, 'toolNames']);
  }
  const approval = f.strings(agent, [...path, 'requireApproval']);
  if (approval) {
    server.requireApproval = approval;
    at.requireApproval = agent.locate([...path, 'requireApproval']);
    approval.forEach((tool, j) => {
      if (toolNames && !toolNames.includes(tool)) {
        f.problem(
          agent.locate([...path, 'requireApproval', j]),
          `${agent.kind} ${agent.name}: requireApproval tool '${tool}' is not in toolNames of ${kind} ${name}`,
        );
      }
    });
  }
  server.at = at;
  return server;
}

/** An MCP server object of a kagent kind (or an annotated Service), with what its manifest says. */
export function mcpServerByKind(
  kind: string,
  name: string,
  ns: string,
  referencedAt: Position,
  ctx: ReadContext,
): SurfaceMcpServer {
  const group = kind === 'Service' ? '' : KAGENT_GROUP;
  const o = ctx.index.find(kind, name, ns, group);
  const server = o
    ? serverObject(o, ns, ctx)
    : { ref: { kind, name, namespace: ns, ...(group ? {} : { apiVersion: 'v1' }) }, position: referencedAt };
  server.position = referencedAt;
  return server;
}

function serverObject(o: ManifestObject, ns: string, ctx: ReadContext): SurfaceMcpServer {
  const kind = o.kind;
  switch (kind) {
    case 'RemoteMCPServer':
      return remoteMcpServer(o, ns, ctx);
    case 'MCPServer':
      return kmcpServer(o, ns, ctx);
    case 'ToolServer':
      return toolServer(o, ns, ctx);
    default:
      return mcpService(o, ns, ctx);
  }
}

export function remoteMcpServer(o: ManifestObject, ns: string, ctx: ReadContext): SurfaceMcpServer {
  const f = ctx.fields;
  const s: SurfaceMcpServer = {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    url: f.str(o, ['spec', 'url']),
    transport: f.str(o, ['spec', 'protocol']) ?? 'STREAMABLE_HTTP',
    at: { url: o.locate(['spec', 'url']), transport: o.locate(['spec', 'protocol']) },
  };
  if (f.raw(o, ['spec', 'url']) === undefined)
    f.problem(o.locate(['spec']), `RemoteMCPServer ${o.name}: spec.url is required`);
  attachHeaders(s, o, ['spec', 'headersFrom'], undefined, ctx);
  const tls = tlsOf(o, f);
  if (tls) {
    s.tls = tls.value;
    s.at!.tls = tls.position;
  }
  attachDiscoveredTools(s, o, ctx);
  return s;
}

/**
 * Credentials sent with every call: `headersFrom[] {name, value | valueFrom {type, name, key}}` (a RemoteMCPServer's,
 * and an agent's per-tool headers that override them) and `allowedHeaders` (the caller's A2A headers forwarded to
 * the server, e.g. Authorization). Literal header values are not kept: only where a credential comes from.
 */
function attachHeaders(
  s: SurfaceMcpServer,
  o: ManifestObject,
  headersPath: (string | number)[],
  forwardedPath: (string | number)[] | undefined,
  ctx: ReadContext,
): void {
  const f = ctx.fields;
  const found = headerCredentials(o, headersPath, f);
  if (forwardedPath)
    (f.strings(o, forwardedPath) ?? []).forEach((h, i) => {
      found.push([`header ${h} forwarded from the caller`, o.locate([...forwardedPath, i])]);
    });
  if (found.length === 0) return;
  // An agent's header of the same name replaces the server's.
  const header = (c: string) => (c.startsWith('header ') ? c.split(' ')[1].toLowerCase() : undefined);
  const names = new Set(found.map(([c]) => header(c)));
  if (s.credentials) s.credentials = s.credentials.filter((c) => !names.has(header(c)));
  addCredentials(s, found, o.locate(f.raw(o, headersPath) !== undefined ? headersPath : forwardedPath!));
}

/** `headersFrom[] {name, value | valueFrom {type, name, key}}` as credentials, each at its entry. */
function headerCredentials(
  o: ManifestObject,
  headersPath: (string | number)[],
  f: FieldReader,
): Array<[string, Position]> {
  const found: Array<[string, Position]> = [];
  (f.list(o, headersPath) ?? []).forEach((_, i) => {
    const P = [...headersPath, i];
    const name = f.str(o, [...P, 'name']);
    if (!name) {
      f.problem(o.locate(P), `${o.kind} ${o.name}: ${fieldPath(P)}.name is required`);
      return;
    }
    const src = f.map(o, [...P, 'valueFrom']);
    if (src) {
      const type = f.str(o, [...P, 'valueFrom', 'type']) ?? 'Secret';
      found.push([
        `header ${name} from ${type} ${f.str(o, [...P, 'valueFrom', 'name']) ?? '?'}/${f.str(o, [...P, 'valueFrom', 'key']) ?? '?'}`,
        o.locate(P),
      ]);
    } else found.push([`header ${name} (literal)`, o.locate(P)]);
  });
  return found;
}

/**
 * Adds credentials to a server, sorted, each located at the node that grants it (`at['credential:<text>']`), so a
 * new one is reported on its own line; `at.credentials` is the list's node.
 */
export function addCredentials(s: SurfaceMcpServer, items: ReadonlyArray<[string, Position]>, listAt: Position): void {
  if (items.length === 0) return;
  // Mutated in place: readers keep a reference to `s.at` while they fill it.
  s.at ??= {};
  s.at.credentials = listAt;
  for (const [text, pos] of items) s.at[`credential:${text}`] ??= pos;
  s.credentials = [...new Set([...(s.credentials ?? []), ...items.map(([t]) => t)])].sort();
}

/** Workload-identity annotations on a ServiceAccount: the cloud role its pods can assume (EKS, GKE, Azure). */
export const CLOUD_IDENTITY_ANNOTATIONS = [
  'eks.amazonaws.com/role-arn',
  'iam.gke.io/gcp-service-account',
  'azure.workload.identity/client-id',
] as const;

/** Azure workload identity is switched on per pod (and, before webhook v1.0, per ServiceAccount) by this label. */
export const AZURE_WI_LABEL = 'azure.workload.identity/use';

/** The cloud role set by the first workload-identity annotation under `path` (a map of annotations), and its node. */
export function cloudIdentityAt(
  o: ManifestObject,
  path: (string | number)[],
  f: FieldReader,
): { value: string; position: Position } | undefined {
  for (const key of CLOUD_IDENTITY_ANNOTATIONS) {
    const v = f.str(o, [...path, key]);
    if (v !== undefined) return { value: v, position: o.locate([...path, key]) };
  }
  return undefined;
}

export function kmcpServer(o: ManifestObject, ns: string, ctx: ReadContext): SurfaceMcpServer {
  const f = ctx.fields;
  const D = ['spec', 'deployment'];
  const port = f.str(o, [...D, 'port']) ?? '3000';
  const saPath = [...D, 'serviceAccountName'];
  const sa = f.str(o, saPath);
  const namespace = o.namespace ?? ns;
  const command = f.str(o, [...D, 'cmd']);
  const args = f.strings(o, [...D, 'args']);
  const s: SurfaceMcpServer = {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    // The kagent translator's URL for a kmcp server (streamable HTTP).
    url: `http://${o.name}.${namespace}:${port}/mcp`,
    image: f.str(o, [...D, 'image']),
    ...(command !== undefined ? { command } : {}),
    ...(args ? { args } : {}),
    transport: f.str(o, ['spec', 'transportType']),
    // kmcp creates a ServiceAccount named after the server unless serviceAccountName names one.
    identity: saUsername(namespace, sa ?? o.name),
    workload: { kind: 'Deployment', name: o.name, namespace },
    at: {
      url: o.locate([...D, 'port']),
      image: o.locate([...D, 'image']),
      command: o.locate([...D, 'cmd']),
      args: o.locate([...D, 'args']),
      transport: o.locate(['spec', 'transportType']),
      identity: sa !== undefined ? o.locate(saPath) : o.position,
    },
  };
  if (sa === undefined) {
    // The ServiceAccount kmcp creates carries spec.deployment.serviceAccount.annotations (IRSA, GKE, Azure).
    const cloud = cloudIdentityAt(o, [...D, 'serviceAccount', 'annotations'], f);
    if (cloud) {
      s.cloudIdentity = cloud.value;
      s.at!.cloudIdentity = cloud.position;
    }
  }
  const podLabel = f.str(o, [...D, 'labels', AZURE_WI_LABEL]);
  if (!s.cloudIdentity && podLabel === 'true' && sa === undefined) {
    s.cloudIdentity = 'azure workload identity (client id not in the manifests)';
    s.at!.cloudIdentity = o.locate([...D, 'labels', AZURE_WI_LABEL]);
  }
  const creds: Array<[string, Position]> = [];
  (f.list(o, [...D, 'secretRefs']) ?? []).forEach((_, i) => {
    const name = f.str(o, [...D, 'secretRefs', i, 'name']);
    if (name) creds.push([`envFrom Secret ${name}`, o.locate([...D, 'secretRefs', i])]);
  });
  addCredentials(s, creds, o.locate([...D, 'secretRefs']));
  kmcpPod(o, s, f);
  // kmcp v0.3.0 HTTPTransportTLS: declared for HTTPS to the server; neither kmcp's controller nor kagent 5229184e280a
  // reads it yet, so it is taken as written, like a RemoteMCPServer's `spec.tls`.
  const T = ['spec', 'httpTransport', 'tls'];
  const tls: string[] = [];
  if (f.bool(o, [...T, 'insecureSkipVerify'])) tls.push('certificate verification off');
  const clientCert = f.str(o, [...T, 'secretRef']);
  if (clientCert) tls.push(`client certificate from Secret ${clientCert}`);
  if (tls.length > 0) {
    s.tls = tls.sort();
    s.at!.tls = o.locate(f.bool(o, [...T, 'insecureSkipVerify']) ? [...T, 'insecureSkipVerify'] : T);
  }
  return s;
}

/**
 * What else the kmcp pod holds (kmcp v0.3.0 api/v1alpha1/mcpserver_types.go; the controller puts `volumes` in the pod,
 * `volumeMounts` on the server container and `sidecars` beside it, pkg/controller/transportadapter): host paths as
 * `<hostPath>:<mountPath>[:ro]` (the server's mount of that volume, else a sidecar's, else the path itself), the
 * Secrets its volumes mount as files, and the Secrets the sidecars' env hands them (they share the pod's network and
 * ServiceAccount), each at its node.
 */
function kmcpPod(o: ManifestObject, s: SurfaceMcpServer, f: FieldReader): void {
  const D = ['spec', 'deployment'];
  s.at ??= {};
  const hostPaths = hostPathsOf(o, D, [D, ...containersAt(o, D, ['sidecars'], f)], f, s.at);
  if (hostPaths.length > 0) {
    s.hostPaths = hostPaths;
    s.at.hostPaths = o.locate([...D, 'volumes']);
  }
  const podAt: Record<string, Position> = {};
  // Secrets mounted as files (`deployment.volumes`, kmcp createVolumes) are the server's, as its secretRefs are.
  const found: string[] = podSecrets(o, D, f, podAt);
  (f.list(o, [...D, 'sidecars']) ?? []).forEach((_, i) => {
    const C = [...D, 'sidecars', i];
    found.push(...envSources(o, [...C, 'env'], f, podAt), ...envFromSources(o, [...C, 'envFrom'], f, podAt));
  });
  addCredentials(
    s,
    [...new Set(found)].map((t) => [t, podAt[`credential:${t}`]]),
    o.locate([...D, f.raw(o, [...D, 'sidecars']) !== undefined ? 'sidecars' : 'volumes']),
  );
}

export function toolServer(o: ManifestObject, ns: string, ctx: ReadContext): SurfaceMcpServer {
  const f = ctx.fields;
  const C = ['spec', 'config'];
  const s: SurfaceMcpServer = { ref: refOf(o, ns), position: o.position, definedAt: o.position, at: {} };
  const which = ['stdio', 'sse', 'streamableHttp'].filter((k) => f.raw(o, [...C, k]) !== undefined);
  if (which.length !== 1) {
    f.problem(o.locate(C), `ToolServer ${o.name}: spec.config needs exactly one of stdio, sse, streamableHttp`);
  }
  const t = which[0];
  if (t === 'stdio') {
    s.transport = 'stdio';
    s.command = f.str(o, [...C, 'stdio', 'command']);
    const args = f.strings(o, [...C, 'stdio', 'args']);
    if (args) s.args = args;
    s.at = {
      command: o.locate([...C, 'stdio', 'command']),
      args: o.locate([...C, 'stdio', 'args']),
      transport: o.locate([...C, 'stdio']),
    };
  } else if (t) {
    s.transport = t;
    s.url = f.str(o, [...C, t, 'url']);
    s.at = { url: o.locate([...C, t, 'url']), transport: o.locate([...C, t]) };
  }
  attachDiscoveredTools(s, o, ctx);
  return s;
}

/** A Service labelled kagent.dev/mcp-service=true: URL http://<svc>.<ns>:<port><path>. */
export function mcpService(o: ManifestObject, ns: string, ctx: ReadContext): SurfaceMcpServer {
  const f = ctx.fields;
  const A = ['metadata', 'annotations'];
  const namespace = o.namespace ?? ns;
  let port = f.str(o, [...A, 'kagent.dev/mcp-service-port']);
  if (port === undefined) {
    const ports = (f.list(o, ['spec', 'ports']) ?? []).filter(
      (p): p is Record<string, unknown> => p !== null && typeof p === 'object',
    );
    const chosen = ports.length === 1 ? ports[0] : ports.find((p) => p.appProtocol === 'mcp');
    if (chosen && (typeof chosen.port === 'number' || typeof chosen.port === 'string')) port = String(chosen.port);
  }
  const path = f.str(o, [...A, 'kagent.dev/mcp-service-path']) ?? '';
  const labelled = f.str(o, ['metadata', 'labels', 'kagent.dev/mcp-service']) === 'true';
  if (!labelled) {
    f.problem(o.position, `Service ${o.name} is used as an MCP server but lacks the label kagent.dev/mcp-service=true`);
  }
  return {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    ...(port !== undefined ? { url: `http://${o.name}.${namespace}:${port}${path}` } : {}),
    transport: f.str(o, [...A, 'kagent.dev/mcp-service-protocol']),
    at: {
      url: o.locate([...A, 'kagent.dev/mcp-service-port']),
      transport: o.locate([...A, 'kagent.dev/mcp-service-protocol']),
    },
  };
}

/** status.discoveredTools[] {name, description}: the server's real catalogue, hashed for pinning. */
/** The server's own tool catalogue (status.discoveredTools), pinned, with where it is written. */
function attachDiscoveredTools(s: SurfaceMcpServer, o: ManifestObject, ctx: ReadContext): void {
  const tools = discoveredTools(o, ctx);
  if (tools) {
    s.tools = tools;
    s.at!.tools = o.locate(['status', 'discoveredTools']);
  }
}

/**
 * A discovered tool's hash, by the parsed entry it comes from (a pure function of it): a file that did not change
 * is one object in both states of a diff, so its tools are hashed once, not once per state.
 */
const TOOL_HASHES = new WeakMap<object, string>();

function discoveredTools(o: ManifestObject, ctx: ReadContext): SurfaceTool[] | undefined {
  const f = ctx.fields;
  const list = f.list(o, ['status', 'discoveredTools']);
  if (!list) return undefined;
  const tools: SurfaceTool[] = [];
  list.forEach((t, i) => {
    const P = ['status', 'discoveredTools', i];
    const name = f.str(o, [...P, 'name']);
    if (!name) {
      f.problem(o.locate(P), `${o.kind} ${o.name}: status.discoveredTools[${i}] has no name`);
      return;
    }
    const description = f.str(o, [...P, 'description']);
    const t2 = t as Record<string, unknown>;
    let sha256 = TOOL_HASHES.get(t2);
    if (sha256 === undefined) {
      sha256 = toolHash({ name, description, inputSchema: t2.inputSchema, annotations: t2.annotations });
      TOOL_HASHES.set(t2, sha256);
    }
    tools.push({
      name,
      ...(description !== undefined ? { description } : {}),
      sha256,
      position: o.locate(P),
    });
  });
  return tools;
}

/** A ModelConfig reference, resolved to provider/model/endpoint when the ModelConfig is in the manifests. */
export function modelFromConfig(
  agent: ManifestObject,
  name: string,
  ns: string,
  use: SurfaceModel['use'],
  refPath: readonly (string | number)[],
  implicit: boolean,
  ctx: ReadContext,
): SurfaceModel {
  const f = ctx.fields;
  const o = ctx.index.find('ModelConfig', name, ns, KAGENT_GROUP);
  const m: SurfaceModel = {
    ref: {
      kind: 'ModelConfig',
      name,
      namespace: ns,
      // ModelConfig is served at the sandboxed kinds' versions (v1alpha2, v1alpha3); Agent v1alpha1 keeps v1alpha2.
      apiVersion: o?.apiVersion ?? (agent.kind === 'Agent' ? 'kagent.dev/v1alpha2' : agent.apiVersion),
    },
    use,
    position: agent.locate(refPath),
    ...(implicit ? { implicit: true } : {}),
  };
  if (!o) return m;
  m.definedAt = o.position;
  // The CRD defaults an omitted provider to OpenAI in every served version (kagent 5229184e280a
  // go/api/v1alpha3/modelconfig_types.go `+kubebuilder:default=OpenAI`): writing it out or leaving it is the same.
  m.provider = f.str(o, ['spec', 'provider']) ?? 'OpenAI';
  m.model = f.str(o, ['spec', 'model']);
  if (m.model === undefined) f.problem(o.locate(['spec']), `ModelConfig ${o.name}: spec.model is required`);
  m.at = { model: o.locate(['spec', 'model']), provider: o.locate(['spec', 'provider']) };
  const endpoint = modelConfigEndpoint(o, f);
  if (endpoint) {
    m.endpoint = endpoint.value;
    m.at.endpoint = endpoint.position;
  }
  // Azure and Foundry serve a named deployment: that, not spec.model, is the model that answers.
  for (const [block, key] of DEPLOYMENTS) {
    const v = f.str(o, ['spec', block, key]);
    if (v !== undefined) {
      m.revision = `deployment ${v}`;
      m.at.revision = o.locate(['spec', block, key]);
      break;
    }
  }
  const credentials = modelConfigCredentials(o, f);
  if (credentials.length > 0) {
    m.credentials = credentials.map(([c]) => c).sort();
    m.at.credentials = credentials[0][1];
    for (const [c, pos] of credentials) m.at[`credential:${c}`] ??= pos;
  }
  const tls = tlsOf(o, f);
  if (tls) {
    m.tls = tls.value;
    m.at.tls = tls.position;
  }
  const G = ['spec', 'bedrock', 'guardrail'];
  const guardrail = f.str(o, [...G, 'identifier']);
  if (guardrail !== undefined) {
    // Bedrock applies the guardrail to every prompt and answer (kagent 5229184e280a go/adk/pkg/models/bedrock.go).
    const text = `bedrock guardrail ${guardrail} version ${f.str(o, [...G, 'version']) ?? '?'}`;
    m.guardrails = [text];
    m.at.guardrails = o.locate(G);
    m.at[`guardrail:${text}`] = o.locate(G);
  }
  return m;
}

/**
 * Whose account the agent's prompts are billed to and sent as (kagent 5229184e280a go/api/v1alpha3/
 * modelconfig_types.go): `apiKeySecret`/`apiKeySecretKey`, `apiKeyPassthrough` (the caller's bearer token is the
 * API key), `openAI.tokenExchange`, `openAI.organization`, `azureOpenAI.azureAdToken` (a literal token),
 * `sapAICore.authUrl` (where the key is traded for a token), `defaultHeaders` (names only: a value may be a secret).
 * Each with its node.
 */
function modelConfigCredentials(o: ManifestObject, f: FieldReader): Array<[string, Position]> {
  const out: Array<[string, Position]> = [];
  const secret = f.str(o, ['spec', 'apiKeySecret']);
  if (secret)
    out.push([
      `api key from Secret ${secret}/${f.str(o, ['spec', 'apiKeySecretKey']) ?? '*'}`,
      o.locate(['spec', 'apiKeySecret']),
    ]);
  if (f.bool(o, ['spec', 'apiKeyPassthrough']))
    out.push(["api key forwarded from the caller's bearer token", o.locate(['spec', 'apiKeyPassthrough'])]);
  const exchange = f.str(o, ['spec', 'openAI', 'tokenExchange', 'type']);
  if (exchange !== undefined) out.push([`token exchange ${exchange}`, o.locate(['spec', 'openAI', 'tokenExchange'])]);
  const org = f.str(o, ['spec', 'openAI', 'organization']);
  if (org !== undefined) out.push([`organization ${org}`, o.locate(['spec', 'openAI', 'organization'])]);
  if (f.str(o, ['spec', 'azureOpenAI', 'azureAdToken']) !== undefined)
    out.push(['azure AD token (literal)', o.locate(['spec', 'azureOpenAI', 'azureAdToken'])]);
  // SAP AI Core trades the client credentials (the API key Secret) for a token at authUrl.
  const authUrl = f.str(o, ['spec', 'sapAICore', 'authUrl']);
  if (authUrl !== undefined) out.push([`OAuth token from ${authUrl}`, o.locate(['spec', 'sapAICore', 'authUrl'])]);
  for (const name of Object.keys(f.map(o, ['spec', 'defaultHeaders']) ?? {}).slice(0, 100))
    out.push([`header ${name} (literal)`, o.locate(['spec', 'defaultHeaders', name])]);
  return out;
}

/**
 * Where a ModelConfig sends prompts, per provider block (a swapped endpoint is a model change): a URL, or for cloud
 * providers the region/project that selects it. Blocks other than the provider's are rejected by kagent's CEL, so
 * the first one present is the one used.
 */
export function modelConfigEndpoint(
  o: ManifestObject,
  f: FieldReader,
): { value: string; position: Position } | undefined {
  for (const [block, keys] of ENDPOINTS) {
    const present = keys.filter((k) => f.raw(o, ['spec', block, k]) !== undefined);
    if (present.length === 0) continue;
    if (block === 'foundry' && present[0] === 'endpointFrom') {
      const P = ['spec', 'foundry', 'endpointFrom'];
      return {
        value: `ConfigMap ${f.str(o, [...P, 'name']) ?? '?'}/${f.str(o, [...P, 'key']) ?? '?'}`,
        position: o.locate(P),
      };
    }
    const value = present.map((k) => f.str(o, ['spec', block, k]) ?? '').join('/');
    // A URL stands for itself; a region or project only means something with its provider.
    const url = ['baseUrl', 'host', 'azureEndpoint', 'endpoint'].includes(present[0]);
    return { value: url ? value : `${block} ${value}`, position: o.locate(['spec', block, present[0]]) };
  }
  return undefined;
}

/** Provider block → the fields that locate its endpoint, in kagent v1alpha3 (and v1alpha2's gemini.baseUrl). */
const ENDPOINTS: ReadonlyArray<[string, string[]]> = [
  ['openAI', ['baseUrl']],
  ['anthropic', ['baseUrl']],
  ['ollama', ['host']],
  ['azureOpenAI', ['azureEndpoint']],
  ['sapAICore', ['baseUrl']],
  ['foundry', ['endpoint', 'endpointFrom']],
  ['bedrock', ['region']],
  ['geminiVertexAI', ['projectID', 'location']],
  ['anthropicVertexAI', ['projectID', 'location']],
  ['gemini', ['baseUrl']],
];

const DEPLOYMENTS: ReadonlyArray<[string, string]> = [
  ['azureOpenAI', 'azureDeployment'],
  ['foundry', 'deployment'],
];

export function autonomyOf(
  s: AgentSurfaceBase,
  position: Position,
  codeExecution: boolean | undefined,
): SurfaceAutonomy {
  const approvalTools: string[] = [];
  let approved = 0;
  let unapproved = s.delegations.length;
  for (const m of s.mcpServers) {
    const approval = m.requireApproval ?? [];
    for (const t of approval) approvalTools.push(`${m.ref.name}/${t}`);
    approved += approval.length;
    const callable = m.allowedTools ?? m.tools?.map((t) => t.name);
    // Without a known tool list, the server may offer tools nobody approves.
    if (callable === undefined || callable.some((t) => !approval.includes(t))) unapproved++;
  }
  approvalTools.sort();
  const tier = approved === 0 ? (unapproved === 0 ? 'manual' : 'autonomous') : unapproved === 0 ? 'manual' : 'approval';
  const firstApproval = s.mcpServers.find((m) => m.at?.requireApproval)?.at?.requireApproval;
  return {
    tier,
    approvalTools,
    position: firstApproval ?? position,
    ...(codeExecution !== undefined ? { codeExecution } : {}),
  };
}
