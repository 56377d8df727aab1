import type { Cvss, Evidence, ReopenEvent, Threat } from './catalog.js';

/** The types of schema/library.schema.json (the built-in threat library, catalogs/*.yaml). */

export type TemplateCategory = 'inference' | 'mcp-tool' | 'rag-memory' | 'identity' | 'runtime' | 'delegation';

export interface PermissionCondition {
  verbs?: string[];
  resources?: string[];
  apiGroups?: string[];
  scope?: 'cluster' | 'namespace';
  wildcard?: true;
}

export interface McpCondition {
  matches?: string[];
  remote?: true;
  min?: number;
}

/** Exactly one key is set (the schema enforces it). */
export interface Condition {
  component?: TemplateCategory;
  permission?: PermissionCondition;
  mcpServer?: McpCondition;
  memory?: { engine: string[] };
  autonomy?: Array<'manual' | 'approval' | 'autonomous'>;
  codeExecution?: true;
  egress?: EgressDestination[];
  any?: Condition[];
}

/** Where the agent's pods may connect (NetworkPolicy egress), for `egress` conditions. */
export type EgressDestination = 'internet' | 'metadata-service';

export interface ThreatTemplate {
  id: string;
  title: string;
  description: string;
  category: TemplateCategory;
  class: Threat['class'];
  layer: Threat['layer'];
  layers?: NonNullable<Threat['layers']>;
  owasp?: string[];
  appliesWhen?: Condition[];
  components: TemplateCategory[];
  capability?: string;
  cvss?: Cvss;
  /** The impact metrics of `cvss.vector` follow what these identities reach (init raises them from their RBAC). */
  cvssReach?: Array<'agent' | 'tools'>;
  evidence: Evidence[];
  reopenOn: ReopenEvent[];
  mitigations?: string[];
  references?: string[];
}

export interface ThreatLibraryFile {
  apiVersion: 'threatcat.dev/v1alpha1';
  kind: 'ThreatLibrary';
  metadata: { name: string; description?: string };
  templates: ThreatTemplate[];
}
