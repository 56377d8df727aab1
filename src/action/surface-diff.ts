import type { Finding } from '../model/finding.js';
import type { ReopenEvent } from '../model/catalog.js';

/**
 * The contract with `threatcat diff` (branch `diff`): its JSON output and its function return this shape.
 * The Action only reads it; it never invents events.
 */
export interface SurfaceEvent {
  type: ReopenEvent | string;
  agent: string;
  /** Repository-relative (to the diff's root): the changed node in head, in base for removals. */
  file: string;
  line: number;
  subject?: string;
  before?: unknown;
  after?: unknown;
}

export interface ReopenEntry {
  /** Catalog file, relative to the diff's root. */
  catalog: string;
  threat: string;
  /** Event types that re-open it. */
  events: string[];
  /** false when the head's catalog already records the re-open (nothing left to apply). */
  pending?: boolean;
}

export function isPending(r: ReopenEntry): boolean {
  return r.pending !== false;
}

export interface SurfaceDiffResult {
  events: SurfaceEvent[];
  reopen: ReopenEntry[];
  findings: Finding[];
}

export interface SurfaceDiffOptions {
  root: string;
  base: string;
  head: string;
  write: boolean;
  now: Date;
}

export type SurfaceDiffer = (opts: SurfaceDiffOptions) => Promise<SurfaceDiffResult> | SurfaceDiffResult;

/**
 * The surface diff, when this build has it. Until the `diff` branch lands this returns undefined and the Action
 * says so in its summary (validate findings only, no events).
 */
export async function loadDiffer(): Promise<SurfaceDiffer | undefined> {
  return undefined;
}
