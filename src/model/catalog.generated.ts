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
 * An id: 1-64 characters, a letter or digit first, then letters, digits, '_', '.', '-'.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * The kind of runtime component.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "ComponentCategory".
 */
export type ComponentCategory = 'inference' | 'mcp-tool' | 'rag-memory' | 'identity' | 'runtime';
/**
 * A source of runtime evidence.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "TelemetrySource".
 */
export type TelemetrySource =
  'kube-audit' | 'ebpf' | 'sdk-callback' | 'mcp-log' | 'iam-events' | 'db-audit' | 'admission' | 'cni';
/**
 * A change that can make a threat's evidence stale.
 *
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
 * A string or a list of strings; * matches any run of characters.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Match".
 */
export type Match = string | [string, ...string[]];

/**
 * A threatcat threat catalog: the threat model of one AI agent on Kubernetes, kept next to its manifests. threatcat.dev/v1alpha1.
 */
export interface ThreatCatalog {
  /**
   * Catalog format version: always threatcat.dev/v1alpha1.
   */
  apiVersion: 'threatcat.dev/v1alpha1';
  /**
   * Always ThreatCatalog.
   */
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
  /**
   * Library threats a person decided do not apply to this agent: threatcat diff --write does not add them again.
   */
  dismissed?: Dismissal[];
}
/**
 * The catalog's name, description, owners and labels.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Metadata".
 */
export interface Metadata {
  /**
   * Catalog name (DNS label style): lowercase letters, digits, '-' and '.'.
   */
  name: string;
  /**
   * What the agent does and why its threat model matters, for people.
   */
  description?: string;
  owners: Owners;
  /**
   * Free-form string labels (team, cluster, environment...).
   */
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
 * The agent this catalog models.
 *
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
  /**
   * Kind of the workload object that runs the agent.
   */
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Agent' | 'SandboxAgent' | 'AgentTemplate' | 'AgentHarness';
  /**
   * Name of the workload object.
   */
  name: string;
  /**
   * Namespace of the workload object.
   */
  namespace: string;
  /**
   * The workload's ServiceAccount, when it is not resolvable from the manifests.
   */
  serviceAccount?: string;
}
/**
 * OWASP AIVSS inputs for the agent.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "AivssProfile".
 */
export interface AivssProfile {
  /**
   * OWASP AIVSS version used for scoring; 0.8 is provisional. Write it quoted ("0.5"): it is a string.
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
 * One runtime part of the agent.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Component".
 */
export interface Component {
  id: Id;
  category: ComponentCategory;
  /**
   * What the component is, for people.
   */
  description?: string;
  trustSource: ObjectRef;
  /**
   * Where evidence about the component comes from.
   *
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
  added?: SurfaceChange;
  removed?: SurfaceChange;
}
/**
 * A manifest object: the trust source of a component.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "ObjectRef".
 */
export interface ObjectRef {
  /**
   * The object's apiVersion, when the kind alone is ambiguous.
   */
  apiVersion?: string;
  /**
   * The object's kind.
   */
  kind: string;
  /**
   * The object's name.
   */
  name: string;
  /**
   * The object's namespace (compared when both sides give one).
   */
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
  /**
   * The tool's name as the MCP server lists it.
   */
  name: string;
  /**
   * sha256 (64 lowercase hex) of the canonical JSON of the tool's name, description, input schema and annotations.
   */
  sha256: string;
}
/**
 * A change of the agent's surface that threatcat diff --write recorded: which event, at which git ref, when, and what.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "SurfaceChange".
 */
export interface SurfaceChange {
  event?: ReopenEvent;
  /**
   * The git ref of the change (the head commit, or 'working tree on <base>').
   */
  ref: string;
  /**
   * When threatcat recorded it (RFC 3339 date-time).
   */
  at: string;
  /**
   * What changed, for people.
   */
  subject: string;
}
/**
 * An edge to another agent.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Delegation".
 */
export interface Delegation {
  id: Id;
  /**
   * What is delegated, for people.
   */
  description?: string;
  /**
   * outbound: this agent delegates to `to`; inbound: `to` delegates to this agent.
   */
  direction?: 'outbound' | 'inbound';
  /**
   * The other agent.
   */
  to: {
    /**
     * The other agent's name.
     */
    agent: string;
    /**
     * The other agent's namespace.
     */
    namespace?: string;
    /**
     * The other agent's catalog, relative to this one.
     */
    catalog?: string;
  };
  trustSource: ObjectRef;
  /**
   * Where evidence about the edge comes from.
   *
   * @minItems 1
   */
  telemetry: [TelemetrySource, ...TelemetrySource[]];
  /**
   * What a coerced delegation reaches.
   */
  blastSurface?: string[];
  added?: SurfaceChange;
  removed?: SurfaceChange;
}
/**
 * The dormant permissions of one identity.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "IdentityPermissions".
 */
export interface IdentityPermissions {
  /**
   * Kubernetes username of the identity, system:serviceaccount:<ns>:<name>.
   */
  identity: string;
  component?: Id;
  observedWindow?: Window;
  /**
   * Declared permissions never observed in use during the window, one entry per apiGroup x resource x verb x namespace scope.
   */
  dormant: DormantPermission[];
}
/**
 * A time window.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Window".
 */
export interface Window {
  /**
   * Start of the window (RFC 3339 date-time).
   */
  from: string;
  /**
   * End of the window (RFC 3339 date-time).
   */
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
  /**
   * The Kubernetes API verb.
   */
  verb: string;
  /**
   * The binding's namespace, or "*" for a ClusterRoleBinding.
   */
  namespace: string;
  /**
   * When the rule is limited to named objects: their names.
   */
  resourceNames?: string[];
  /**
   * The grant comes from a wildcard (*) rule.
   */
  wildcard?: boolean;
  /**
   * A verb audit logs cannot show (bind, escalate, impersonate, use).
   */
  unobservable?: boolean;
  /**
   * Blast score: what this permission reaches if it fires (0-10).
   */
  blast: number;
  /**
   * Written by threatcat ingest when it first finds the permission dormant: the day by which a person gives it a disposition (dormantTriageDays after, default 14). Until then a missing disposition is a warning, after it an error.
   */
  triageBy?: string;
  /**
   * The decision about the dormant permission; missing is a dormant-without-disposition error (a warning until triageBy).
   */
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
  /**
   * Who accepted the risk.
   */
  by: string;
  /**
   * Why the risk is accepted.
   */
  reason: string;
  /**
   * When it must be reviewed again (YYYY-MM-DD). Missing: an error; past: it counts as open; within 14 days: a warning.
   */
  reReviewBy?: string;
  /**
   * When it was accepted (YYYY-MM-DD).
   */
  at?: string;
}
/**
 * A classified threat to the agent.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Threat".
 */
export interface Threat {
  id: Id;
  /**
   * The threat in one line.
   */
  title: string;
  /**
   * How the threat happens and what it reaches, for people.
   */
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
   *
   * Items: A MAESTRO layer.
   */
  layers?: ('L1' | 'L2' | 'L3' | 'L4' | 'L5' | 'L6' | 'L7')[];
  /**
   * OWASP agentic threats T1..T15.
   *
   * Items: An OWASP agentic threat id, T1..T15.
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
  /**
   * closed: a named signal was validated against runtime data; open: everything else; accepted: an accept-the-risk record (who, why, reReviewBy).
   */
  status: 'open' | 'closed' | 'accepted';
  /**
   * The runtime signals that would show the threat happening (may be empty).
   */
  evidence: Evidence[];
  acceptance?: Acceptance;
  /**
   * The event types that may re-open this threat (narrows the built-in table); the table still decides which events of a listed type concern it, unless the entry is { event, always: true } (widens it).
   */
  reopenOn?: (ReopenEvent | ReopenAlways)[];
  reopened?: Reopened;
  added?: SurfaceChange;
  orphaned?: SurfaceChange;
  /**
   * What reduces the threat, one line each.
   */
  mitigations?: string[];
  /**
   * Links, CVEs, papers.
   */
  references?: string[];
}
/**
 * The reachable capability that reaches the threat: RBAC rules and/or tools.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Capability".
 */
export interface Capability {
  /**
   * The capability in words, for people.
   */
  description?: string;
  /**
   * RBAC-style rules the threat needs (Kubernetes RBAC matching: pods does not cover pods/exec, * covers everything).
   *
   * Items: One RBAC-style rule.
   */
  rules?: {
    /**
     * API groups ("" is core); absent: any group.
     */
    apiGroups?: string[];
    /**
     * Resources or resource/subresource; * for any.
     *
     * @minItems 1
     */
    resources: [string, ...string[]];
    /**
     * Kubernetes API verbs; * for any.
     *
     * @minItems 1
     */
    verbs: [string, ...string[]];
  }[];
  /**
   * Names of the tools that reach the threat (a tool-surface-modified event for one re-opens it).
   */
  tools?: string[];
}
/**
 * The threat's CVSS v4.0 base score: the baseline AIVSS amplifies.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Cvss".
 */
export interface Cvss {
  /**
   * CVSS v4.0 base score.
   */
  base: number;
  /**
   * The CVSS v4.0 vector the base score comes from.
   */
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
  /**
   * The AIVSS score, 0-10, one decimal.
   */
  score: number;
  /**
   * The qualitative rating of the score (the CVSS bands).
   */
  severity: 'None' | 'Low' | 'Medium' | 'High' | 'Critical';
  /**
   * The AIVSS vector: (CVSS:<base>/AARS:<score>).
   */
  vector: string;
}
/**
 * A runtime signal that would show the threat happening.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Evidence".
 */
export interface Evidence {
  id?: Id;
  source: TelemetrySource;
  /**
   * What would fire: for people (description) and for threatcat ingest (match).
   */
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
  /**
   * The authorisation decision (kube-audit, iam-events).
   */
  decision?: 'allow' | 'forbid';
  server?: Match;
  tool?: Match;
  outcome?: Match;
  binary?: Match;
  path?: Match;
  endpoint?: Match;
  rule?: Match;
  eventName?: Match;
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
  /**
   * The newest event considered (RFC 3339 date-time).
   */
  at: string;
  /**
   * The evidence snapshot: sha256:<64 hex> of the ingested files.
   */
  snapshot: string;
  /**
   * How many events it was checked on (validated) or matched (fired).
   */
  events: number;
}
/**
 * Re-open this threat on every event of that type for its agent, whatever the event touches (widens the table).
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "ReopenAlways".
 */
export interface ReopenAlways {
  event: ReopenEvent;
  /**
   * Every event of the type re-opens the threat, not only the ones the table scopes to it.
   */
  always: true;
}
/**
 * The last re-open: which event, at which git ref, when.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Reopened".
 */
export interface Reopened {
  event: ReopenEvent;
  /**
   * The git ref of the change (threatcat diff).
   */
  ref?: string;
  /**
   * When it was re-opened (RFC 3339 date-time).
   */
  at: string;
  /**
   * What changed: the MCP server added, the tools changed, the signal that fired...
   */
  subject?: string;
}
/**
 * A library threat that does not apply to this agent, and why.
 *
 * This interface was referenced by `ThreatCatalog`'s JSON-Schema
 * via the `definition` "Dismissal".
 */
export interface Dismissal {
  template: Id;
  /**
   * Why the threat does not apply.
   */
  reason: string;
  /**
   * Who decided.
   */
  by?: string;
}
