import type { ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type {
  AgentSurface,
  SurfaceAutonomy,
  SurfaceDelegation,
  SurfaceMcpServer,
  SurfaceModel,
  SurfaceTool,
} from '../../model/surface.js';
import { toolHash } from '../../model/tool-hash.js';
import { type FieldReader, fieldPath, groupOf, type ManifestIndex, refOf, saUsername } from './fields.js';

/**
 * kagent (group kagent.dev): Agent v1alpha1/v1alpha2 (v1alpha3 read as v1alpha2), ModelConfig, RemoteMCPServer,
 * kmcp MCPServer, legacy ToolServer, Memory, and Services annotated as MCP servers. Facts: formats.md §3.1.
 */
export const KAGENT_GROUP = 'kagent.dev';

/** kagent's default when an Agent names no ModelConfig. */
export const DEFAULT_MODEL_CONFIG = 'default-model-config';

export function isKagentAgent(o: ManifestObject): boolean {
  return o.kind === 'Agent' && groupOf(o.apiVersion) === KAGENT_GROUP;
}

export interface ReadContext {
  index: ManifestIndex;
  fields: FieldReader;
}

/** The surface of one kagent Agent, without permissions (the entry point adds those from RBAC). */
export type AgentSurfaceBase = Omit<AgentSurface, 'permissions'>;

export function readKagentAgent(agent: ManifestObject, ctx: ReadContext): AgentSurfaceBase {
  return agent.apiVersion === 'kagent.dev/v1alpha1' ? readV1alpha1(agent, ctx) : readV1alpha2(agent, ctx);
}

function base(
  agent: ManifestObject,
  type: AgentSurface['type'],
  saName: string | undefined,
  saPath: readonly (string | number)[] | undefined,
): AgentSurfaceBase {
  const namespace = agent.namespace ?? 'default';
  const sa = saName ?? agent.name;
  return {
    agent: { kind: agent.kind, name: agent.name, namespace, apiVersion: agent.apiVersion, position: agent.position },
    type,
    // kagent generates a Deployment named after the Agent.
    workload: { kind: 'Deployment', name: agent.name, namespace },
    serviceAccount: {
      kind: 'ServiceAccount',
      name: sa,
      namespace,
      position: saPath ? agent.locate(saPath) : agent.position,
    },
    identity: saUsername(namespace, sa),
    models: [],
    mcpServers: [],
    delegations: [],
    memory: [],
    autonomy: { tier: 'autonomous', approvalTools: [], position: agent.position },
  };
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
      `Agent ${agent.name}: spec.type must be Declarative or BYO, not '${type}'`,
    );
  }
  if (type === 'BYO') {
    const saPath = ['spec', 'byo', 'deployment', 'serviceAccountName'];
    const s = base(agent, 'BYO', f.str(agent, saPath), f.raw(agent, saPath) !== undefined ? saPath : undefined);
    // A BYO agent's model and tools live in its image: nothing declared pauses it.
    s.autonomy = { tier: 'autonomous', approvalTools: [], position: agent.locate(['spec', 'byo']) };
    return s;
  }
  const D = ['spec', 'declarative'];
  const saPath = [...D, 'deployment', 'serviceAccountName'];
  const s = base(agent, 'Declarative', f.str(agent, saPath), f.raw(agent, saPath) !== undefined ? saPath : undefined);
  const ns = s.agent.namespace!;
  if (f.map(agent, D) === undefined) {
    // v1alpha3 is still moving: only the served versions' required fields are enforced.
    if (agent.apiVersion === 'kagent.dev/v1alpha2')
      f.problem(agent.locate(['spec']), `Agent ${agent.name}: a Declarative agent needs spec.declarative`);
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
      f.problem(agent.locate(P), `Agent ${agent.name}: tools[${i}] must be a mapping with type McpServer or Agent`);
      return;
    }
    const item = t as Record<string, unknown>;
    const kind = typeof item.type === 'string' ? item.type : item.agent !== undefined ? 'Agent' : 'McpServer';
    if (kind === 'Agent') {
      const d = delegationRef(agent, [...P, 'agent'], ns, ctx);
      if (d) s.delegations.push(d);
    } else if (kind === 'McpServer') {
      const m = mcpToolRef(agent, [...P, 'mcpServer'], ns, ctx);
      if (m) s.mcpServers.push(m);
    } else {
      f.problem(
        agent.locate([...P, 'type']),
        `Agent ${agent.name}: tools[${i}].type must be McpServer or Agent, not '${kind}'`,
      );
    }
  });
  s.autonomy = autonomyOf(
    s,
    tools.length > 0 ? agent.locate([...D, 'tools']) : agent.locate(D),
    f.bool(agent, [...D, 'executeCodeBlocks']),
  );
  return s;
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
      f.problem(agent.locate(P), `Agent ${agent.name}: tools[${i}] must be a mapping with type McpServer or Agent`);
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
        `Agent ${agent.name}: tools[${i}].type must be McpServer or Agent, not '${kind}'`,
      );
    }
  });
  s.autonomy = autonomyOf(s, tools.length > 0 ? agent.locate(['spec', 'tools']) : agent.position, undefined);
  return s;
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
      `Agent ${agent.name}: ${fieldPath(path)} must name the Agent to delegate to`,
    );
    return undefined;
  }
  if (f.map(agent, path) === undefined) return undefined;
  const name = f.str(agent, [...path, 'name']);
  if (!name) {
    f.problem(agent.locate(path), `Agent ${agent.name}: ${fieldPath(path)}.name is required`);
    return undefined;
  }
  const dns = f.str(agent, [...path, 'namespace']) ?? ns;
  return delegation(agent, name, dns, agent.locate([...path, 'name']), ctx);
}

function delegation(
  agent: ManifestObject,
  name: string,
  ns: string,
  position: Position,
  ctx: ReadContext,
): SurfaceDelegation {
  const target = ctx.index.find('Agent', name, ns, KAGENT_GROUP);
  return {
    ref: { kind: 'Agent', name, namespace: ns, apiVersion: target?.apiVersion ?? agent.apiVersion },
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
      `Agent ${agent.name}: ${fieldPath(path)} must reference an MCP server (apiGroup, kind, name)`,
    );
    return undefined;
  }
  if (f.map(agent, path) === undefined) return undefined;
  const name = f.str(agent, [...path, 'name']);
  if (!name) {
    f.problem(agent.locate(path), `Agent ${agent.name}: ${fieldPath(path)}.name is required`);
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
      `Agent ${agent.name}: ${fieldPath(path)}.kind '${kindRaw}' is not an MCP server kind (MCPServer, RemoteMCPServer, Service)`,
    );
    return undefined;
  }
  const sns = f.str(agent, [...path, 'namespace']) ?? ns;
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
          `Agent ${agent.name}: requireApproval tool '${tool}' is not in toolNames of ${kind} ${name}`,
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
  attachDiscoveredTools(s, o, ctx);
  return s;
}

export function kmcpServer(o: ManifestObject, ns: string, ctx: ReadContext): SurfaceMcpServer {
  const f = ctx.fields;
  const D = ['spec', 'deployment'];
  const port = f.str(o, [...D, 'port']) ?? '3000';
  const sa = f.str(o, [...D, 'serviceAccountName']);
  const namespace = o.namespace ?? ns;
  const command = f.str(o, [...D, 'cmd']);
  const args = f.strings(o, [...D, 'args']);
  return {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    // The kagent translator's URL for a kmcp server (streamable HTTP).
    url: `http://${o.name}.${namespace}:${port}/mcp`,
    image: f.str(o, [...D, 'image']),
    ...(command !== undefined ? { command } : {}),
    ...(args ? { args } : {}),
    transport: f.str(o, ['spec', 'transportType']),
    ...(sa ? { identity: saUsername(namespace, sa) } : {}),
    at: {
      url: o.locate([...D, 'port']),
      image: o.locate([...D, 'image']),
      command: o.locate([...D, 'cmd']),
      args: o.locate([...D, 'args']),
      transport: o.locate(['spec', 'transportType']),
      identity: o.locate([...D, 'serviceAccountName']),
    },
  };
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
    const inputSchema = t2.inputSchema;
    const annotations = t2.annotations;
    tools.push({
      name,
      ...(description !== undefined ? { description } : {}),
      sha256: toolHash({ name, description, inputSchema, annotations }),
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
    ref: { kind: 'ModelConfig', name, namespace: ns, apiVersion: o?.apiVersion ?? 'kagent.dev/v1alpha2' },
    use,
    position: agent.locate(refPath),
    ...(implicit ? { implicit: true } : {}),
  };
  if (!o) return m;
  m.definedAt = o.position;
  m.provider = f.str(o, ['spec', 'provider']);
  m.model = f.str(o, ['spec', 'model']);
  if (m.model === undefined) f.problem(o.locate(['spec']), `ModelConfig ${o.name}: spec.model is required`);
  m.at = { model: o.locate(['spec', 'model']), provider: o.locate(['spec', 'provider']) };
  for (const [block, key] of ENDPOINTS) {
    const v = f.str(o, ['spec', block, key]);
    if (v !== undefined) {
      m.endpoint = v;
      m.at.endpoint = o.locate(['spec', block, key]);
      break;
    }
  }
  return m;
}

/** Provider blocks that redirect a ModelConfig to another endpoint (a swapped endpoint is a model change). */
const ENDPOINTS: ReadonlyArray<[string, string]> = [
  ['openAI', 'baseUrl'],
  ['anthropic', 'baseUrl'],
  ['ollama', 'host'],
  ['azureOpenAI', 'azureEndpoint'],
  ['sapAICore', 'baseUrl'],
  ['gemini', 'baseUrl'],
];

function autonomyOf(s: AgentSurfaceBase, position: Position, codeExecution: boolean | undefined): SurfaceAutonomy {
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
