import type { Position } from './finding.js';

/**
 * The agent surface: everything an agent can reach, normalised from whichever manifest formats declare it
 * (kagent, ToolHive, KServe, vLLM/Ollama/TGI/SGLang/llama.cpp/NIM, KAITO, agentgateway, MCP client JSON, vector stores, RBAC).
 * Surface readers (src/read/manifests/) produce it; validate, diff, ingest, init and report consume it.
 *
 * Positions: `position` is where the AGENT names the element (the reference node in the Agent manifest),
 * or the object itself for elements that no agent references (a vLLM Deployment, a ToolHive MCPServer…).
 * `definedAt` is the object's own position when it is in the manifests. `at` maps field names of this
 * model (e.g. "url", "model", "toolNames") to the node that sets them, so a change can be reported on the
 * line that changed. Every array is in manifest order unless its comment says otherwise.
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

/** Where the referenced object is defined, and which node sets each field (both only when known). */
export interface Sourced {
  definedAt?: Position;
  at?: Record<string, Position>;
}

/** What the model is used for: the agent's LLM, memory embeddings, context compaction, or a model server. */
export type ModelUse = 'agent' | 'memory' | 'compaction' | 'serving' | 'gateway' | 'tuning';

export interface SurfaceModel extends Located, Sourced {
  /** The object that pins the model: ModelConfig, InferenceService, LLMInferenceService, Deployment (vLLM, Ollama, TGI, SGLang, llama.cpp, NIM), Workspace… */
  ref: SurfaceRef;
  use: ModelUse;
  /**
   * The entry inside the object when one object declares several models: an agentgateway provider
   * (`ai.groups[].providers[].name`), a KServe canary (`canary:<name>`), transformer or explainer, a KAITO
   * RAGEngine's `embedding` or `inference` service.
   */
  target?: string;
  /** The reference is kagent's default (the Agent names no ModelConfig): not written in the manifest. */
  implicit?: boolean;
  provider?: string;
  /**
   * Model name and version as written (e.g. gpt-4o-2024-08-06, llama3.2:3b, hf://org/model). Undefined when the
   * referenced object is not in the manifests (e.g. a ModelConfig installed with kagent itself).
   */
  model?: string;
  /** Pinned revision when the manifest sets one apart from the name (vLLM --revision, KServe modelFormat.version). */
  revision?: string;
  /** Base URL or host when the manifest sets one (a changed endpoint matters as much as a changed model). */
  endpoint?: string;
  /** Serving runtime or image when the model runs in the cluster (vllm/vllm-openai:v0.8.5, kserve runtime…). */
  runtime?: string;
  /**
   * Secrets handed to what runs the model, when the manifest names them (a BYO agent's `env` and `envFrom`), sorted,
   * as `env <NAME> from Secret <name>/<key>` and `envFrom Secret <name>`, or the credentials an AI gateway adds to
   * requests to the provider (agentgateway `auth`, as for MCP servers): another Secret is another account.
   */
  credentials?: string[];
  /**
   * Messages added to every request before the model sees it (agentgateway `ai.prompt` prepend/append), as
   * `<prepend|append> <role>: "<start of the text>" (sha256 <hash>)`: another system prompt changes the answers.
   */
  prompt?: string;
  /**
   * Rules the gateway checks before a request reaches the model, as written (agentgateway config
   * `llm.models[].authorization`, `llm.policies.authorization`, the `authorization` of the routes and backends in
   * front of a provider), `<Action>: <CEL>` each (`HTTP <Action>: …` on a route); each located by
   * `at['authorizationRule:<text>']`. A rule gone lets more callers or requests through.
   */
  authorization?: string[];
  /**
   * Checks on what goes into and comes out of the model (agentgateway prompt guards: `guardrails`, `ai.promptGuard`)
   * and the rate limits in front of it, sorted, as `request regex reject: <patterns>`, `response webhook <host>`,
   * `rate limit <n> tokens|requests per <interval>`…; each located by `at['guardrail:<text>']`. One gone lets more
   * through.
   */
  guardrails?: string[];
  /**
   * Where copies of the model's request and response payloads are sent besides the caller (KServe `logger`), sorted,
   * as `<request and response|request|response> payloads to <url>` or `… to storage <key>/<path>`; each located by
   * `at['logging:<text>']`. One more destination is one more party that reads every prompt and answer.
   */
  logging?: string[];
  /**
   * Kubernetes username of the model server's ServiceAccount, when it runs in the cluster. For an object written
   * without a namespace the namespace part is `*` until findAgentSurface gives it the agent's namespace.
   */
  identity?: string;
  /**
   * How the connection to the provider trusts its certificate, when the manifest says (kagent ModelConfig `spec.tls`),
   * sorted: `certificate verification off`, `CA from Secret <name>/<key>`, `system CAs off`.
   */
  tls?: string[];
}

export interface SurfaceTool {
  name: string;
  description?: string;
  /** sha256 of the tool's canonical JSON (name, description, inputSchema, annotations): see src/model/tool-hash.ts. */
  sha256?: string;
  position?: Position;
}

export interface SurfaceMcpServer extends Located, Sourced {
  /** RemoteMCPServer, kmcp MCPServer, ToolServer, annotated Service, ToolHive MCPServer, AgentgatewayBackend target, MCP client JSON entry… */
  ref: SurfaceRef;
  /** The entry inside the object, when one object declares several servers (agentgateway `spec.mcp.targets[].name`). */
  target?: string;
  url?: string;
  image?: string;
  command?: string;
  args?: string[];
  /** As the manifest spells it: STREAMABLE_HTTP, SSE, stdio, streamable-http, http… */
  transport?: string;
  /** Kubernetes username of the server's own ServiceAccount (its actions are attributed to the agents using it). */
  identity?: string;
  /** ToolHive: the proxy Deployment's ServiceAccount (`<name>-proxy-runner`). */
  proxyIdentity?: string;
  /** The server's tool catalogue, when known (status.discoveredTools, ToolHive toolsFilter/toolsOverride…). */
  tools?: SurfaceTool[];
  /** The subset the agent may call (kagent toolNames, ToolHive toolsFilter); undefined = all the server has. */
  allowedTools?: string[];
  /**
   * MCP client configs: tools the client will not let the agent call (Gemini CLI `excludeTools`, Codex
   * `disabled_tools`, Roo Code/Kiro `disabledTools`, Claude Code `permissions.deny` `mcp__<server>__<tool>`), sorted;
   * `*` = every tool of the server. `allowedTools`, when set, is already less these; without an allow-list the
   * server's catalogue is unknown, so this list is what says a tool was taken away or given back. Each item is
   * located by `at['deniedTool:<tool>']`, the list by `at.deniedTools`.
   */
  deniedTools?: string[];
  /** Tools that wait for human approval. */
  requireApproval?: string[];
  /**
   * MCP client configs, whose client asks a person before each tool call unless told otherwise: the tools it calls
   * without asking (Gemini CLI `trust`, Cline `autoApprove`, Roo `alwaysAllow`, Kiro `autoApprove`, Claude Code
   * `permissions.allow`/`defaultMode`, Codex per-tool `approval_mode`/full access), sorted; `*` = every tool of the
   * server. Undefined = none. Each item is located by `at['autoApproved:<tool>']`, the list by `at.autoApproved`.
   */
  autoApproved?: string[];
  /**
   * ToolHive VirtualMCPServer composite tools: their tool calls as `<tool>/<step id>` that wait for a person's yes
   * (`askedSteps`: a question that stops the workflow on a no, or a condition on its `accept`, comes first), those
   * called while or after a person is asked without waiting for the yes (`unaskedSteps`), and those called before
   * any question starts (`preludeSteps`; every call of a composite tool that asks nothing), sorted; each located at
   * its step by `at['step:<tool>/<step id>']`.
   */
  askedSteps?: string[];
  unaskedSteps?: string[];
  preludeSteps?: string[];
  /**
   * With `autoApproved: ['*']`: the tools that still ask a person (Claude Code `permissions.ask` rules, which ask
   * even under `bypassPermissions`), sorted, each located by `at['autoApprovedExcept:<tool>']`.
   */
  autoApprovedExcept?: string[];
  /**
   * ToolHive permission profile as `<type>:<name>` (builtin:network, configmap:<cm>); `network:private-endpoints`
   * for an MCPServerEntry or MCPRemoteProxy with `allowPrivateEndpoint: true`.
   */
  permissionProfile?: string;
  /**
   * Cloud role of the server's identity when the server object itself sets it (kmcp creates the ServiceAccount with
   * `spec.deployment.serviceAccount.annotations`); a ServiceAccount object in the manifests is read in `toolIdentities`.
   */
  cloudIdentity?: string;
  /** The object an in-cluster URL resolved to (ToolHive MCPServer, MCPRemoteProxy, VirtualMCPServer, Service…). */
  backend?: SurfaceRef;
  /** The workload that serves it, when known (kmcp Deployment, ToolHive StatefulSet, the Deployment behind a Service). */
  workload?: SurfaceRef;
  /**
   * Credentials the connection or the server carries, sorted: `header <Name> from Secret <name>/<key>`,
   * `header <Name> forwarded from the caller`, `env <NAME> from Secret <name>/<key>`, `envFrom Secret <name>`,
   * `token from MCPExternalAuthConfig <name>[: <fact>]` (ToolHive: role ARNs, Secrets and audiences it holds).
   */
  credentials?: string[];
  /** Host paths mounted into the server (ToolHive `spec.volumes[].hostPath`), sorted. */
  hostPaths?: string[];
  /**
   * How callers authenticate to the server: `oidc:<MCPOIDCConfig>`, `embedded:<MCPExternalAuthConfig>` (ToolHive
   * embedded auth server without oidcConfigRef), or `none` (ToolHive without either).
   */
  authentication?: string;
  /**
   * What that authentication checks, when the object that decides it is in the manifests (ToolHive MCPOIDCConfig:
   * `issuer <url>`, `keys from <url>`, `audience <aud>`…), sorted, each located by `at['authenticationFact:<fact>']`.
   * A fact that starts `insecure: ` weakens it (any caller who can tamper with the traffic can claim an identity).
   */
  authenticationFacts?: string[];
  /**
   * Rules that decide which calls go through, as written (agentgateway `policies.mcp.authorization`:
   * `<Action>: <CEL> && …`; ToolHive Cedar policies of an MCPAuthzConfig or inline `authzConfig`, sorted);
   * `allowedTools` holds the tools they allow when they name them.
   */
  authorization?: string[];
  /** Servers behind this one (a VirtualMCPServer's group members, an MCPRemoteProxy's remote URL), by label. */
  upstreams?: string[];
  /** How the connection trusts the server's certificate (kagent RemoteMCPServer `spec.tls`), as SurfaceModel.tls. */
  tls?: string[];
}

export interface SurfaceDelegation extends Located, Sourced {
  /** The other agent (agent-as-tool, A2A). */
  ref: SurfaceRef;
  /**
   * Headers sent to the other agent with every call (kagent `tools[].headersFrom` of an Agent tool), sorted, as
   * SurfaceMcpServer.credentials: `header <Name> from Secret <name>/<key>`, `header <Name> (literal)`. Each is located
   * by `at['credential:<text>']`, the list by `at.credentials`.
   */
  credentials?: string[];
  /**
   * Whether the other agent runs inside this agent's runtime boundary (`Shared`, the default of a kagent AgentTemplate
   * `tools[].agent.isolation`) or in its own (`Dedicated`); located by `at.isolation` when written.
   */
  isolation?: string;
}

export interface SurfaceMemory extends Located, Sourced {
  /** Vector store or memory object (Qdrant, Weaviate, Milvus, Chroma, pgvector workload, kagent Memory…). */
  ref: SurfaceRef;
  /** qdrant | weaviate | milvus | chroma | pgvector | pinecone | kagent (kagent's own long-term memory) … */
  engine: string;
  image?: string;
  /** Where an external store answers (KAITO RAGEngine `storage.vectorDB.url`): retrieved context comes from there. */
  endpoint?: string;
  /** Secrets the store is reached with, as `access token from Secret <name>` (KAITO `accessSecret`). */
  credentials?: string[];
}

export type AutonomyTier = 'manual' | 'approval' | 'autonomous';

export interface SurfaceAutonomy extends Located {
  /**
   * manual: every tool and delegation waits for a human (or the agent has none); approval: some do;
   * autonomous: none do (also BYO agents, whose tools are opaque).
   */
  tier: AutonomyTier;
  /** The tier as the manifests imply it, when an annotation (`threatcat.dev/autonomy-tier`) declares `tier` instead. */
  computedTier?: AutonomyTier;
  /** Every tool that waits for approval, across servers, sorted, as `<server>/<tool>`. */
  approvalTools: string[];
  /** Code execution switches (kagent executeCodeBlocks) when set. */
  codeExecution?: boolean;
}

/** One declared RBAC permission, expanded: identity × apiGroup × resource[/sub] × verb × namespace scope. */
export interface DeclaredPermission {
  /** system:serviceaccount:<ns>:<name> (or the username asked for) */
  identity: string;
  /** "" = core, "*" = any. "" for non-resource URLs. */
  apiGroup: string;
  /** resource or resource/subresource; "*" and "*\/scale" kept symbolic. "" for non-resource URLs. */
  resource: string;
  verb: string;
  /** the RoleBinding's namespace, or "*" for a ClusterRoleBinding (all namespaces and cluster-scoped) */
  namespace: string;
  /** Only these object names (empty or absent = any name). */
  resourceNames?: string[];
  /** Set for non-resource rules (then apiGroup and resource are ""); only granted through ClusterRoleBindings. */
  nonResourceURL?: string;
  /** true when the verb, apiGroup, resource or nonResourceURL contains "*" */
  wildcard: boolean;
  binding: SurfaceRef;
  /**
   * Where the binding grants it: the subject entry that names the identity, and the roleRef's name. A grant that a
   * new binding (or a new subject, or another roleRef) brings in is reported there, not at the unchanged rule.
   */
  bindingAt?: { subject: Position; roleRef: Position };
  /** The role the binding names. */
  role: SurfaceRef;
  /** For an aggregated ClusterRole: the ClusterRole the rule was aggregated from. */
  aggregatedFrom?: SurfaceRef;
  /**
   * The role the binding names is a built-in ClusterRole the API server bootstraps (cluster-admin, edit, view,
   * system:…), which the manifests bind to without defining it. `position` is then the binding's roleRef, since
   * the rule is not in the repository (a built-in rule aggregated into the manifests' own ClusterRole is at
   * that role's aggregationRule).
   */
  builtinRole?: boolean;
  /** the rule (in the Role/ClusterRole that holds it) that grants this permission */
  position: Position;
}

/** A Kubernetes request, as the RBAC authorizer sees it (from an audit event, or asked by hand). */
export interface RbacRequest {
  verb: string;
  /** "" or absent = core */
  apiGroup?: string;
  resource?: string;
  subresource?: string;
  /** Object name; absent for list/watch/create/deletecollection (unless a metadata.name field selector). */
  name?: string;
  /** Absent for cluster-scoped requests and all-namespace lists. */
  namespace?: string;
  /** Set for non-resource requests (/healthz, /metrics…). */
  nonResourceURL?: string;
}

/** A ServiceAccount as the surface sees it: where it is named, where it is defined, and its cloud role. */
export type SurfaceServiceAccount = SurfaceRef & Sourced & { position: Position; cloudIdentity?: string };

/**
 * An identity the agent's actions run under that is not the agent's own: an MCP tool server's ServiceAccount
 * (tools run with the server's credentials, so its RBAC and cloud role are part of what the agent reaches).
 */
export interface SurfaceIdentity {
  /** system:serviceaccount:<ns>:<name> */
  identity: string;
  /** `position` is where the server names it (or the server itself for an implied default). */
  serviceAccount: SurfaceServiceAccount;
  /** The surface elements that run as it (elementKey), sorted. */
  usedBy: string[];
  /** Its declared RBAC permissions (from the same manifests). */
  permissions: DeclaredPermission[];
}

/** Where a sandboxed kagent agent runs and what it declares about its network (SandboxAgent, AgentTemplate…). */
export interface SurfaceSandbox extends Sourced {
  /** The ate.dev WorkerPool whose pods run the agent's actors (shared by every agent on the pool). */
  workerPool?: SurfaceRef;
  /** Harness admitting an AgentTemplate, or the runtime image (`workload.image`) that executes it. */
  harness?: SurfaceRef;
  image?: string;
  /**
   * Where Agent Substrate stores the actor's memory snapshots and session data, when the manifests set it (SandboxAgent
   * and AgentHarness `spec.substrate.snapshotsConfig.location`, Harness `spec.substrate.snapshotPolicy.location`);
   * unset, kagent's default `gs://ate-snapshots/<namespace>/<name>`. The agent is resumed from what is stored there.
   */
  snapshots?: string;
  /** `spec.sandbox.network.allowedDomains` as written (declared; kagent does not enforce it today). */
  allowedDomains?: string[];
  /**
   * Node directories mounted into the agent's pod (Agent v1alpha2 `deployment.volumes[].hostPath`), sorted, as
   * `<hostPath>:<mountPath>[:ro]` like SurfaceMcpServer.hostPaths; each located by `at['hostPath:<text>']`.
   */
  hostPaths?: string[];
  /**
   * Containers run beside the agent's own in its pod (Agent v1alpha2 `deployment.extraContainers`), sorted, as
   * `<name> <image>`; each located by `at['sidecar:<text>']`. They share the pod's network and ServiceAccount.
   */
  sidecars?: string[];
  /** `spec.allowedNamespaces.from` (Same, All, Selector): who may use this agent as a tool. */
  allowedNamespaces?: string;
  /**
   * Secrets handed to the agent's runtime (BYO `env`, Harness `env[].credentialRef`, AgentHarness `env` and channel
   * tokens), sorted, as `env <NAME> from Secret <s>/<k>` or `slack <channel> botToken from Secret <s>/<k>`.
   */
  credentials?: string[];
  /** The Harness runtime adapter (`kagent`, `codex` or `claude`): codex and claude bring their own native tools. */
  harnessType?: string;
  /** Messaging channels that deliver prompts to the agent (AgentHarness `spec.channels[]`): who can prompt it. */
  channels?: SurfaceChannel[];
}

/** A Slack or Telegram binding of a kagent AgentHarness: who, outside the cluster, can prompt the agent. */
export interface SurfaceChannel {
  name: string;
  /** slack | telegram */
  type: string;
  /**
   * open (anyone the bot can see), allowlist, pairing (Telegram direct messages approved one by one), disabled, or
   * `unrestricted` (Hermes without an allow-list).
   */
  access: string;
  /** The allow-list as written (Slack channel ids, user ids), or `from <ConfigMap|Secret> <name>/<key>`; sorted. */
  allowed?: string[];
  position: Position;
  /** The node that sets the access (else the channel) and the allow-list. */
  at?: { access?: Position; allowed?: Position };
}

/**
 * Code and tools a kagent agent's runtime loads besides its tool servers: skills and plugin bundles (`skills`,
 * `plugins`), and the runtime's own tools (`declarative.shareTools`). `at['skill:<text>']` locates each skill.
 */
export interface SurfaceExtensions extends Sourced {
  /** As `<source>` (`git <url>@<ref>`, `oci <ref>`, `s3 <uri>`…), prefixed by the skill's name when it has one; sorted. */
  skills?: string[];
  /** Tools the runtime adds to the agent (create_share_link, list_share_links, delete_share_link), sorted. */
  builtinTools?: string[];
}

export interface AgentSurface {
  /** The agent object (kagent Agent, SandboxAgent, AgentTemplate, AgentHarness, or the Deployment for plain agents). */
  agent: SurfaceRef & Located;
  /** kagent agents: Declarative or BYO; plain workloads: "Workload". */
  type: 'Declarative' | 'BYO' | 'Workload';
  /**
   * The Deployment-level workload (kagent v1alpha1/v1alpha2 generates a Deployment named after the Agent). A
   * SandboxAgent, AgentTemplate or AgentHarness has no workload of its own: it runs as actors on a shared
   * WorkerPool, so the workload is the agent object itself.
   */
  workload: SurfaceRef;
  /**
   * Resolved ServiceAccount (explicit name, else the one named after the agent; `default` for plain workloads).
   * `definedAt` when the ServiceAccount is in the manifests; `cloudIdentity` from its workload-identity
   * annotation (EKS `eks.amazonaws.com/role-arn`, GKE `iam.gke.io/gcp-service-account`, Azure
   * `azure.workload.identity/client-id`), or from kagent's `serviceAccountConfig.annotations`.
   * Undefined when the agent has no ServiceAccount of its own (SandboxAgent and the other Substrate kinds).
   */
  serviceAccount?: SurfaceServiceAccount;
  /** Kubernetes username of the agent's identity; undefined when it has none (see serviceAccount). */
  identity?: string;
  /**
   * Identities of the agent's MCP tool servers (other than its own): their RBAC and cloud role are reachable
   * through tool calls. For an agent without an identity of its own this is all it reaches in Kubernetes.
   */
  toolIdentities?: SurfaceIdentity[];
  /** SandboxAgent, AgentTemplate, AgentHarness: where it runs and what it declares. */
  sandbox?: SurfaceSandbox;
  /** kagent: skills, plugins and built-in tools the agent's runtime loads (undefined when it declares none). */
  extensions?: SurfaceExtensions;
  models: SurfaceModel[];
  mcpServers: SurfaceMcpServer[];
  delegations: SurfaceDelegation[];
  memory: SurfaceMemory[];
  autonomy: SurfaceAutonomy;
  /** Declared permissions of the agent's own identity (from RBAC in the same manifests); [] without one. */
  permissions: DeclaredPermission[];
  /**
   * Where the agent's pods may open connections, from the NetworkPolicies that select them: those of its manifests,
   * and those of its namespace kept elsewhere in the repository (a platform team's namespace default). Undefined when
   * the agent has no pods of its own (SandboxAgent and the other Substrate kinds run on a shared WorkerPool).
   */
  egress?: SurfaceEgress;
}

/** The egress reach of the agent's pods: every destination unless a selecting NetworkPolicy isolates egress. */
export interface SurfaceEgress {
  /** The agent's pods as policies select them: their namespace (undefined when no manifest says) and labels. */
  pods: { namespace?: string; labels: Record<string, string> };
  /** Some selecting policy isolates egress: `Egress` in its policyTypes, or egress rules and no policyTypes. */
  isolated: boolean;
  /** The selecting policies that isolate egress, the agent's own first, then those found elsewhere. */
  policies: Array<Located & { ref: SurfaceRef }>;
  /** The union of what those policies allow, one entry per peer of a rule, in the order of `policies`. */
  allowed: SurfaceEgressPeer[];
  /**
   * The pods use the node's network (`hostNetwork: true`), here: network plugins do not apply NetworkPolicies to
   * them, and they reach whatever the node reaches, its metadata service included. Never `isolated` then.
   */
  hostNetwork?: Position;
}

/** One destination an egress rule allows, with the ports it allows there. */
export interface SurfaceEgressPeer extends Located {
  /**
   * As `anywhere` (a rule without `to`), `ipBlock <cidr> except <cidr>, …`, `namespaces <selector>`,
   * `pods <selector> in <namespace>` or `pods <selector> in namespaces <selector>`; a selector as `k=v,k in (a|b)…`
   * sorted, `{}` for every one.
   */
  peer: string;
  /** `any port`, or `TCP/443, UDP/53, TCP/8000-8100` in the rule's order. */
  ports: string;
  /** The rule's `ports` entries; [] allows every port of every protocol. */
  portList: SurfaceEgressPort[];
  /** The policy that allows it. */
  policy: SurfaceRef;
  /** The agent can reach the internet through it (`anywhere`, or an ipBlock 0.0.0.0/0 or ::/0). */
  internet?: boolean;
  /**
   * It reaches the cloud instance metadata service: 169.254.169.254 (fd00:ec2::254 in an IPv6 block) inside the block
   * and not excepted, on a port the service listens on (TCP/80).
   */
  metadata?: boolean;
}

/** One `ports` entry of an egress rule. */
export interface SurfaceEgressPort extends Located {
  /** TCP, UDP or SCTP (TCP when not written). */
  protocol: string;
  /** Absent: every port of the protocol. A number, or the name of a container port of the destination pods. */
  port?: number | string;
  /** With a numeric `port`: the last port of the range it starts (inclusive). */
  endPort?: number;
}

/** A malformed object of a known kind: reported with file:line, never thrown. */
export interface SurfaceProblem {
  position: Position;
  message: string;
}

/** Elements that stand on their own in the manifests (not referenced by a kagent Agent). */
export interface SurfaceInventory {
  models: SurfaceModel[];
  mcpServers: SurfaceMcpServer[];
  memory: SurfaceMemory[];
}

/**
 * A stable identity for a surface element across two states of the manifests: its object, plus the entry inside
 * it when one object declares several (agentgateway targets). Use it to pair elements when diffing surfaces;
 * `ref` alone collides for the targets of one AgentgatewayBackend.
 */
export function elementKey(e: { ref: SurfaceRef; target?: string }): string {
  return `${e.ref.kind}/${e.ref.namespace ?? ''}/${e.ref.name}${e.target !== undefined ? `#${e.target}` : ''}`;
}
