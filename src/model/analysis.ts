import type { ThreatCatalog } from './catalog.js';
import type { DiffEvent, DiffModelChange } from './diff-result.js';
import type { Finding } from './finding.js';

/** A catalog as the Action shows it. Every path is relative to the repository top. */
export interface AnalysedCatalog {
  file: string;
  data: ThreatCatalog;
  text: string;
  /** Line of each threat's `- id:` entry, by threat id. */
  threatLines: Map<string, number>;
}

/** A threat a pull request concerns, and whether the catalog still has to record its re-open. */
export interface ReopenStatus {
  catalog: string;
  threat: string;
  /** Event types that re-open it. */
  events: string[];
  /** false when the head's catalog already records the re-open (nothing left to apply). */
  pending?: boolean;
}

export function isPending(r: ReopenStatus): boolean {
  return r.pending !== false;
}

export interface SurfaceDiffView {
  events: DiffEvent[];
  /** Closed or accepted threats the events invalidate: they must go back to open. */
  reopen: ReopenStatus[];
  /** Open threats the events also concern (nothing to write, but their evidence is stale too). */
  alreadyOpen: ReopenStatus[];
  findings: Finding[];
  /** What the change brings into the catalogs' model and takes out of it (threatcat diff --write writes it). */
  model?: DiffModelChange[];
  /** The head's catalogs do not record that model yet. */
  modelPending?: boolean;
}

/** One line per modelled change, for people: "+ mcp-tool mcp-github-mcp (RemoteMCPServer/agents/github-mcp)". */
export function modelLines(m: DiffModelChange): string[] {
  return [
    ...m.components.map((c) => `+ ${c.category} ${c.id} (${c.subject})`),
    ...m.threats.map((t) => `+ threat ${t.id} (${t.components.join(', ')})${t.reason ? `: ${t.reason}` : ''}`),
    ...m.extended.map((x) => `~ threat ${x.threat} gains ${x.components.join(', ')}`),
    ...m.removed.map((r) => `- ${r.id} marked removed (${r.subject})`),
    ...m.orphaned.map((t) => `- threat ${t} marked orphaned`),
  ];
}

/** Everything the Action renders: validate's findings and catalogs, and the PR's surface diff. */
export interface Analysis {
  findings: Finding[];
  catalogs: AnalysedCatalog[];
  /** undefined: the run has no base to compare with. */
  diff?: SurfaceDiffView;
  diffAvailable: boolean;
  /**
   * The PR changes a file of some agent (a manifest a catalog follows) or a catalog. Undefined when not known (results
   * handed over from another run): then the events decide.
   */
  surfaceTouched?: boolean;
  /** Catalogs or configuration that could not be read at all (exit 2, as the CLI). */
  unreadable: boolean;
}

/** A removal's line is in the base version of the file (GitHub's LEFT side). */
export function isBaseSide(e: { after?: unknown }): boolean {
  return e.after === null || e.after === undefined;
}
