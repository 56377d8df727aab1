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

/** What one catalog's model gains and loses with the change. */
export interface DiffModelChange {
  catalog: string;
  /** New components and delegation entries, with the element (kind/namespace/name) each models. */
  components: Array<{ id: string; category: string; subject: string }>;
  /**
   * New threats from the built-in library (for an element the change brings in, or that the change makes apply), with
   * their components and why the library template applies (`applies because: …`, also above the threat).
   */
  threats: Array<{ id: string; components: string[]; reason?: string }>;
  /** Existing threats of the same library template that gain the new components. */
  extended: Array<{ threat: string; components: string[] }>;
  /** Components and delegation entries marked `removed`. */
  removed: Array<{ id: string; subject: string }>;
  /** Threats marked `orphaned` (every component of their own category was removed). */
  orphaned: string[];
  /** The shadow elements (kind/namespace/name) the new components cover. */
  covers: string[];
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
  /** Per catalog: the components and threats the change brings in, and what it takes out (see reopen-plan.ts). */
  model: DiffModelChange[];
  findings: Finding[];
  /**
   * What applying the plan does to each catalog it edits (the same edits --write, suggestions and commit mode use);
   * empty when the caller asked for no changes (`DiffOptions.changes: false`).
   */
  changes: CatalogChange[];
  /** Catalog files --write changed. */
  written: string[];
  /** The head's catalogs do not yet reflect the plan (a threat to re-open, a component to add or mark removed). */
  pending: boolean;
  /** Inputs that could not be read (exit 2). */
  inputErrors: InputError[];
  stats: { changedFiles: number; catalogsTouched: number; filesRead: number };
}
