import type { Finding } from './finding.js';
import type { InputError } from './input-error.js';
import type { SurfaceEvent, SurfaceEventType } from './surface-event.js';
import type { Threat } from './catalog.js';

/** One event, with the catalog of the agent it belongs to. */
export type DiffEvent = SurfaceEvent & { catalog: string };

/** A threat a change concerns. */
export interface DiffReopenEntry {
  catalog: string;
  threat: string;
  /** Index in the catalog's threats list. */
  index: number;
  status: Threat['status'];
  /** Event types that re-open it, in table order. */
  events: SurfaceEventType[];
  /** The events' subjects, for the `reopened.subject` record and for people. */
  subjects: string[];
}

/** A catalog as the plan leaves it: its text now and with the plan applied (in memory; written with --write). */
export interface CatalogChange {
  /** Repository-relative path. */
  file: string;
  before: string;
  after: string;
}

export interface DiffResult {
  base: { ref: string; commit: string };
  head: { ref: string; commit?: string };
  events: DiffEvent[];
  /** Closed or accepted threats the events invalidate (before any write). */
  reopen: DiffReopenEntry[];
  /** Open threats the events also concern (nothing to do). */
  alreadyOpen: DiffReopenEntry[];
  findings: Finding[];
  /** What applying the plan does to each catalog it edits (the same edits --write, suggestions and commit mode use). */
  changes: CatalogChange[];
  /** Catalog files --write changed. */
  written: string[];
  /** The head's catalogs do not yet reflect the plan (some threat still needs re-opening). */
  pending: boolean;
  /** Inputs that could not be read (exit 2). */
  inputErrors: InputError[];
  stats: { changedFiles: number; catalogsTouched: number; filesRead: number };
}
