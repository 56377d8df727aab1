import type { Position } from './finding.js';

/**
 * The agent surface: everything an agent can reach, normalised from whichever manifest formats declare it
 * (kagent, ToolHive, KServe, vLLM/Ollama, KAITO, agentgateway, MCP client JSON, RBAC).
 * Surface readers (src/read/manifests/) produce it; validate, diff, ingest and init consume it.
 * Every element carries the position of the manifest node that declares it.
 */

/** A manifest object, as a catalog component's trustSource names it. */
export interface SurfaceRef {
  kind: string;
  name: string;
  namespace?: string;
  apiVersion?: string;
}

export interface Located {
  position: Position;
}

export interface SurfaceModel extends Located {
  /** The object that pins the model: ModelConfig, InferenceService, LLMInferenceService, Deployment (vLLM/Ollama), Workspace… */
  ref: SurfaceRef;
  provider?: string;
  /** Model name and version as written (e.g. gpt-4o-2024-08-06, llama3.2:3b, hf://org/model@rev). */
  model: string;
  /** Base URL or host when the manifest sets one (a changed endpoint matters as much as a changed model). */
  endpoint?: string;
}

export interface SurfaceTool {
  name: string;
  description?: string;
  /** sha256 of the tool's description and input schema, when the manifest or status lists them. */
  sha256?: string;
}

export interface SurfaceMcpServer extends Located {
  /** RemoteMCPServer, kmcp MCPServer, ToolServer, annotated Service, ToolHive MCPServer, AgentgatewayBackend, mcp.json entry… */
  ref: SurfaceRef;
  url?: string;
  image?: string;
  command?: string;
  transport?: string;
  /** Kubernetes username of the server's own ServiceAccount (its actions are attributed to the agents using it). */
  identity?: string;
  /** The server's tool catalogue, when known (status.discoveredTools, toolsOverride…). */
  tools?: SurfaceTool[];
  /** The subset the agent may call (kagent toolNames, ToolHive toolsFilter); undefined = all the server has. */
  allowedTools?: string[];
  /** Tools that wait for human approval. */
  requireApproval?: string[];
}

export interface SurfaceDelegation extends Located {
  /** The other agent (agent-as-tool, A2A). */
  ref: SurfaceRef;
}

export interface SurfaceMemory extends Located {
  /** Vector store or memory object (Qdrant, Weaviate, Milvus, Chroma, pgvector workload, kagent Memory…). */
  ref: SurfaceRef;
  engine: string;
}

export type AutonomyTier = 'manual' | 'approval' | 'autonomous';

export interface SurfaceAutonomy extends Located {
  tier: AutonomyTier;
  /** Every tool that waits for approval, across servers, sorted. */
  approvalTools: string[];
  /** Code execution switches (kagent executeCodeBlocks, sandbox) when set. */
  codeExecution?: boolean;
}

/** One declared RBAC permission, expanded: identity × apiGroup × resource[/sub] × verb × namespace scope. */
export interface DeclaredPermission {
  /** system:serviceaccount:<ns>:<name> */
  identity: string;
  /** "" = core, "*" = any */
  apiGroup: string;
  /** resource or resource/subresource; "*" kept symbolic */
  resource: string;
  verb: string;
  /** the RoleBinding's namespace, or "*" for a ClusterRoleBinding */
  namespace: string;
  resourceNames?: string[];
  nonResourceURL?: string;
  /** true when any of apiGroup, resource or verb is "*" */
  wildcard: boolean;
  binding: SurfaceRef;
  role: SurfaceRef;
  /** the rule in the Role/ClusterRole that grants it */
  position: Position;
}

export interface AgentSurface {
  /** The agent object (kagent Agent, or the Deployment for BYO/plain agents). */
  agent: SurfaceRef & Located;
  /** The Deployment-level workload. */
  workload: SurfaceRef;
  /** Resolved ServiceAccount (explicit name, else the one named after the agent). */
  serviceAccount: SurfaceRef;
  /** Kubernetes username of the agent's identity. */
  identity: string;
  models: SurfaceModel[];
  mcpServers: SurfaceMcpServer[];
  delegations: SurfaceDelegation[];
  memory: SurfaceMemory[];
  autonomy: SurfaceAutonomy;
  /** Declared permissions of the agent's identity (from RBAC in the same manifests). */
  permissions: DeclaredPermission[];
}
