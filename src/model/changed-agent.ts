import type { Position } from './finding.js';

/** An agent, or an MCP client configuration (the agent is the client), that a pull request adds or edits. */
export interface ChangedAgent {
  what: 'agent' | 'mcp-client';
  /** The kagent kind (Agent, SandboxAgent, AgentTemplate, AgentHarness); for a client, its configuration file's name. */
  kind: string;
  name: string;
  namespace?: string;
  position: Position;
}

/** The workload a catalog models (`agent.workload`). */
export interface ModelledWorkload {
  kind: string;
  name: string;
  namespace?: string;
}

/** A kagent agent as a catalog's agent reads it in head (after Kustomize), at the line of the object it came from. */
export interface ReadAgent extends ModelledWorkload {
  file: string;
  line: number;
  /** The kustomization whose build rendered it, when it was rendered. */
  renderedBy?: string;
}

export interface UncoveredInput {
  changed: readonly ChangedAgent[];
  /** The workloads of the catalogs that could own a changed file. */
  workloads: readonly ModelledWorkload[];
  /** The kagent agents the agents of those catalogs read: an overlay's name prefix makes another name of the same object. */
  read: readonly ReadAgent[];
  /** The same, as those agents read them in base: an agent a build renders only in head is new. */
  baseRead: readonly ReadAgent[];
  /** The kagent agents the Kustomize apps the change adds or edits render, for apps no catalog's agent builds. */
  rendered: readonly ReadAgent[];
  /** Files some catalog's agent reads in head (its globs, Kustomize apps, references). */
  covered: ReadonlySet<string>;
}

/**
 * A catalog whose agent the change takes out of its manifests: the workload was among them in base and is not in
 * head (its file moved out of the globs, or was deleted).
 */
export interface LostWorkload {
  catalog: string;
  workload: ModelledWorkload;
  /** The catalog's `agent.manifests` patterns. */
  patterns: readonly string[];
  /** Where the catalog names the workload. */
  position: Position;
}
