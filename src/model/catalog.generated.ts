/* Generated from schema/catalog.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * Teams or people: a GitHub handle (@org/team), an e-mail address or a name.
 *
 * @minItems 1
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "OwnerList".
 */
export type OwnerList = [string, ...string[]];
/**
 * 0, 0.5 or 1.0 (the aivss-factor-level rule names the nearest legal level).
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "AivssFactor".
 */
export type AivssFactor = number;
/**
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "ComponentCategory".
 */
export type ComponentCategory = 'inference' | 'mcp-tool' | 'rag-memory' | 'identity' | 'runtime';
/**
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "TelemetrySource".
 */
export type TelemetrySource =
  'kube-audit' | 'ebpf' | 'sdk-callback' | 'mcp-log' | 'iam-events' | 'db-audit' | 'admission' | 'cni';
/**
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Match".
 */
export type Match = string | [string, ...string[]];
/**
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "ReopenEvent".
 */
export type ReopenEvent =
  | 'mcp-connection-added'
  | 'mcp-connection-removed'
  | 'model-version-updated'
  | 'tool-surface-modified'
  | 'autonomy-tier-changed'
  | 'permissions-changed'
  | 'baseline-drift'
  | 'signal-fired';

/**
 * A threatcat threat catalog: the threat model of one AI agent on Kubernetes, kept next to its manifests. threatcat.dev/v1alpha1.
 */
export interface ThreatCatalog {
  /**
   * Catalog format version.
   */
  apiVersion: 'threatcat.dev/v1alpha1';
  kind: 'ThreatCatalog';
  metadata: Metadata;
  agent: Agent;
  /**
   * The agent decomposed into runtime components (method step 1).
   */
  components: Component[];
  /**
   * Delegation edges between agents (multi-agent orchestration, agent-as-tool, A2A).
   */
  delegations?: Delegation[];
  /**
   * Reachable capability per identity: the dormant permissions (declared minus observed) and their dispositions (method step 2).
   */
  permissions?: IdentityPermissions[];
  /**
   * The classified threats (method step 3), each closed against runtime evidence or open (step 4).
   */
  threats: Threat[];
}
/**
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Metadata".
 */
export interface Metadata {
  /**
   * Catalog name (DNS label style).
   */
  name: string;
  description?: string;
  owners: Owners;
  labels?: {
    [k: string]: string;
  };
}
/**
 * Security owns the catalog; platform engineering owns the closure signal feed.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Owners".
 */
export interface Owners {
  security: OwnerList;
  platform: OwnerList;
}
/**
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Agent".
 */
export interface Agent {
  /**
   * The agent's name (usually the kagent Agent name).
   */
  name: string;
  workload: Workload;
  /**
   * Paths or globs, relative to the catalog file, of the manifests that define the agent.
   *
   * @minItems 1
   */
  manifests: [string, ...string[]];
  /**
   * manual: a human performs or confirms every action; approval: listed high-risk tools wait for a human; autonomous: the agent acts without approval.
   */
  autonomyTier: 'manual' | 'approval' | 'autonomous';
  aivss: AivssProfile;
}
/**
 * The agent keyed at the Deployment level (pods are too short-lived for a baseline). For a kagent Agent (v1alpha1/v1alpha2), kind Agent names the Agent object, whose Deployment has the same name. A kagent SandboxAgent, AgentTemplate or AgentHarness runs as Agent Substrate actors on a shared WorkerPool, with no Deployment or ServiceAccount of its own: the kind names the agent object.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Workload".
 */
export interface Workload {
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Agent' | 'SandboxAgent' | 'AgentTemplate' | 'AgentHarness';
  name: string;
  namespace: string;
  /**
   * The workload's ServiceAccount, when it is not resolvable from the manifests.
   */
  serviceAccount?: string;
}
/**
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "AivssProfile".
 */
export interface AivssProfile {
  /**
   * OWASP AIVSS version used for scoring; 0.8 is provisional.
   */
  version: '0.5' | '0.8';
  factors: AivssFactors;
}
/**
 * The ten OWASP AIVSS agentic risk amplification factors (JSON keys of AIVSS v0.5 Appendix A). Legal levels: 0 (none), 0.5 (partial), 1.0 (full).
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "AivssFactors".
 */
export interface AivssFactors {
  autonomyOfAction: AivssFactor;
  goalDrivenPlanning: AivssFactor;
  selfModification: AivssFactor;
  toolUse: AivssFactor;
  memoryUse: AivssFactor;
  contextualAwareness: AivssFactor;
  dynamicIdentity: AivssFactor;
  multiAgentInteractions: AivssFactor;
  nonDeterminism: AivssFactor;
  opacityAndReflexivity: AivssFactor;
}
/**
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Component".
 */
export interface Component {
  id: Id;
  category: ComponentCategory;
  description?: string;
  trustSource: ObjectRef;
  /**
   * @minItems 1
   */
  telemetry: [TelemetrySource, ...TelemetrySource[]];
  /**
   * What this component reaches if its decision logic is coerced.
   */
  blastSurface: string[];
  /**
   * mcp-tool only: the pinned tool surface.
   */
  tools?: PinnedTool[];
}
/**
 * A manifest object: the trust source of a component.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "ObjectRef".
 */
export interface ObjectRef {
  apiVersion?: string;
  kind: string;
  name: string;
  namespace?: string;
  /**
   * Manifest file, relative to the catalog (optional; found from the agent's manifests otherwise).
   */
  file?: string;
}
/**
 * An MCP tool with a hash of its description and schema, so a changed description (a 'rug pull') is a tool-surface-modified event.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "PinnedTool".
 */
export interface PinnedTool {
  name: string;
  sha256: string;
}
/**
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Delegation".
 */
export interface Delegation {
  id: Id;
  description?: string;
  /**
   * outbound: this agent delegates to `to`; inbound: `to` delegates to this agent.
   */
  direction?: 'outbound' | 'inbound';
  to: {
    agent: string;
    namespace?: string;
    /**
     * The other agent's catalog, relative to this one.
     */
    catalog?: string;
  };
  trustSource: ObjectRef;
  /**
   * @minItems 1
   */
  telemetry: [TelemetrySource, ...TelemetrySource[]];
  blastSurface?: string[];
}
/**
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "IdentityPermissions".
 */
export interface IdentityPermissions {
  /**
   * Kubernetes username of the identity, system:serviceaccount:<ns>:<name>.
   */
  identity: string;
  /**
   * The identity component this entry belongs to.
   */
  component?: string;
  observedWindow?: Window;
  dormant: DormantPermission[];
}
/**
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Window".
 */
export interface Window {
  from: string;
  to: string;
}
/**
 * A declared permission never observed in use. One entry per identity x apiGroup x resource[/subresource] x verb x namespace scope.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "DormantPermission".
 */
export interface DormantPermission {
  /**
   * "" is the core group; "*" a wildcard.
   */
  apiGroup: string;
  /**
   * resource or resource/subresource; "*" a wildcard.
   */
  resource: string;
  verb: string;
  /**
   * The binding's namespace, or "*" for a ClusterRoleBinding.
   */
  namespace: string;
  resourceNames?: string[];
  wildcard?: boolean;
  /**
   * A verb audit logs cannot show (bind, escalate, impersonate, use).
   */
  unobservable?: boolean;
  /**
   * Blast score: what this permission reaches if it fires.
   */
  blast: number;
  disposition?: 'revoke' | 'justified' | 'accepted';
  /**
   * Required for justified: the written reason.
   */
  justification?: string;
  acceptance?: Acceptance;
}
/**
 * An accept-the-risk record. Past reReviewBy it counts as open again.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Acceptance".
 */
export interface Acceptance {
  by: string;
  reason: string;
  reReviewBy?: string;
  at?: string;
}
/**
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Threat".
 */
export interface Threat {
  id: Id;
  title: string;
  description?: string;
  /**
   * coercion: authorised capability used for an attacker's intent; compromise: a vulnerability exploited.
   */
  class: 'coercion' | 'compromise';
  /**
   * MAESTRO layer.
   */
  layer: 'L1' | 'L2' | 'L3' | 'L4' | 'L5' | 'L6' | 'L7' | 'cross-layer';
  /**
   * cross-layer only: the layers involved.
   */
  layers?: ('L1' | 'L2' | 'L3' | 'L4' | 'L5' | 'L6' | 'L7')[];
  /**
   * OWASP agentic threats T1..T15.
   */
  owasp?: string[];
  /**
   * Ids of components or delegations the threat touches.
   *
   * @minItems 1
   */
  components: [Id, ...Id[]];
  capability?: Capability;
  cvss?: Cvss;
  aivss?: AivssResult;
  status: 'open' | 'closed' | 'accepted';
  evidence: Evidence[];
  acceptance?: Acceptance;
  /**
   * Replaces the built-in re-open mapping for this threat (narrow or widen it).
   */
  reopenOn?: ReopenEvent[];
  reopened?: Reopened;
  mitigations?: string[];
  references?: string[];
}
/**
 * The reachable capability that reaches the threat: RBAC rules and/or tools.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Capability".
 */
export interface Capability {
  description?: string;
  rules?: {
    apiGroups?: string[];
    /**
     * @minItems 1
     */
    resources: [string, ...string[]];
    /**
     * @minItems 1
     */
    verbs: [string, ...string[]];
  }[];
  tools?: string[];
}
/**
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Cvss".
 */
export interface Cvss {
  /**
   * CVSS v4.0 base score.
   */
  base: number;
  vector?: string;
  /**
   * CVSS v4.0 Exploit Maturity: sets the AIVSS threat multiplier.
   */
  exploitMaturity?: 'attacked' | 'poc' | 'unreported';
}
/**
 * Computed by threatcat from the inputs; never typed by hand (the aivss-score-stale rule checks it).
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "AivssResult".
 */
export interface AivssResult {
  score: number;
  severity: 'None' | 'Low' | 'Medium' | 'High' | 'Critical';
  vector: string;
}
/**
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Evidence".
 */
export interface Evidence {
  id?: Id;
  source: TelemetrySource;
  signal: {
    /**
     * What would fire, for people.
     */
    description: string;
    match?: SignalMatch;
  };
  validated?: Validation;
  fired?: Validation;
}
/**
 * What would fire. Every given field must match (string or list of strings; * is a glob).
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "SignalMatch".
 */
export interface SignalMatch {
  verb?: Match;
  apiGroup?: Match;
  resource?: Match;
  namespace?: Match;
  name?: Match;
  decision?: 'allow' | 'forbid';
  server?: Match;
  tool?: Match;
  outcome?: Match;
  binary?: Match;
  path?: Match;
  endpoint?: Match;
  /**
   * Falco rule or Tetragon policy name.
   */
  rule?: string | [string, ...string[]];
  /**
   * CloudTrail eventName.
   */
  eventName?: string | [string, ...string[]];
  /**
   * Fires on behaviour outside the converged baseline.
   */
  newBehaviour?: boolean;
}
/**
 * When, against which snapshot and on how many events the signal was validated (or fired).
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Validation".
 */
export interface Validation {
  at: string;
  snapshot: string;
  events: number;
}
/**
 * The last re-open: which event, at which git ref, when.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Reopened".
 */
export interface Reopened {
  event: ReopenEvent;
  ref?: string;
  at: string;
  subject?: string;
}
