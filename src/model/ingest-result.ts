import type { Baseline, BehaviourKind } from './baseline.js';
import type { YamlEdit } from './edit.js';
import type { ReaderName } from './observation.js';

/** What `threatcat ingest` found in one snapshot, per catalog (the plan) and in all (the report). */

export interface Convergence {
  state: 'empty' | 'learning' | 'converged';
  /** Days between the first and the last event observed. */
  windowDays: number;
  /** Days between the newest first-seen behaviour and the end of the window. */
  quietDays: number;
  /** When the newest behaviour was first seen. */
  lastNewAt?: string;
  /** For people: why it is (not yet) converged. */
  reason: string;
}

export interface DeniedEntry {
  identity: string;
  apiGroup: string;
  resource: string;
  verb: string;
  namespace: string;
  names: string[];
  count: number;
  last: string;
}

export interface ThreatRef {
  catalog: string;
  threat: string;
}
export interface GapEntry extends ThreatRef {
  source: string;
  reason: string;
}
export interface FiredEntry extends ThreatRef {
  source: string;
  signal: string;
  events: number;
  at: string;
}
export interface ReopenedEntry extends ThreatRef {
  event: 'signal-fired' | 'baseline-drift';
  subject: string;
}
export interface DormantEntry {
  identity: string;
  apiGroup: string;
  resource: string;
  verb: string;
  namespace: string;
  blast: number;
  wildcard: boolean;
  /** For a dormant permission new to the catalog: the day a person must give it a disposition by. */
  triageBy?: string;
}
export interface DriftEntry {
  catalog: string;
  workload: string;
  kind: BehaviourKind;
  behaviour: string;
  first: string;
  events: number;
}

export interface CatalogPlan {
  file: string;
  edits: YamlEdit[];
  /** The baseline to write, when this snapshot changed it. */
  baseline?: Baseline;
  convergence: Convergence;
  closed: string[];
  lapsed: string[];
  gaps: GapEntry[];
  fired: FiredEntry[];
  reopened: ReopenedEntry[];
  dormant: DormantEntry[];
  /** Dormant entries not in the catalog before (no disposition yet). */
  newDormant: DormantEntry[];
  unobservable: DormantEntry[];
  wildcards: Array<DormantEntry & { used: boolean }>;
  denied: DeniedEntry[];
  drift: DriftEntry[];
  /** Dormant permissions were not computed: why (no kube-audit coverage). */
  permissionsSkipped?: string;
}

export interface FileReport {
  file: string;
  reader: ReaderName | undefined;
  digest: string;
  bytes: number;
  gzip: boolean;
  /** Records read (lines of a JSON-lines file, elements of a JSON document, YAML documents), malformed ones included. */
  records: number;
  events: number;
  /** Records folded into another record's event: an audit request's other stages, repeated lines. */
  folded: number;
  malformed: number;
  /** The first few malformed records: line and why. */
  samples: Array<{ line: number; reason: string }>;
}

export interface IngestReport {
  digest: string;
  sources: Record<string, number>;
  events: number;
  /** Stage and duplicate records folded into other records' events (every file's `folded`). */
  folded: number;
  malformed: number;
  files: FileReport[];
  plans: CatalogPlan[];
  /** Files written by --write. */
  written: string[];
  commit?: { hash?: string; skipped?: string };
  /** What this run finished for an earlier ingest that was interrupted (killed between its writes and commit). */
  recovered?: { snapshot: string; written: string[]; commit?: string };
  summaryFile?: string;
  /** How many catalogs the snapshot was evaluated against. */
  catalogs: number;
}
