import type { Reopened, ReopenEvent, Threat, ThreatCatalog } from '../model/catalog.js';
import type { DiffReopenEntry } from '../model/diff-result.js';
import type { FileEdits, YamlEdit } from '../model/edit.js';
import type { SurfaceEvent } from '../model/surface-event.js';
import { SURFACE_EVENT_TYPES } from '../model/surface-event.js';
import { CatalogView, REOPEN_TABLE } from './reopen-table.js';

/**
 * The scoped re-open plan: which catalog entries each surface event invalidates (the table in reopen-table.ts),
 * and the catalog edits that record it. A threat's `reopenOn` list replaces the table for that threat: it
 * re-opens on every event of the listed types for its agent, and on no other.
 */

/** A threat the events concern (the type the diff result carries). */
export type ReopenEntry = DiffReopenEntry;

export interface CatalogPlanInput {
  /** Repository-relative path of the catalog. */
  file: string;
  data: ThreatCatalog;
  events: SurfaceEvent[];
}

/** What a re-open record says about where and when: the head that changed, and the time of the run. */
export interface ReopenStamp {
  ref: string;
  at: string;
}

export interface ReopenPlan {
  /** Closed or accepted threats the events invalidate: these must go back to open. */
  reopen: ReopenEntry[];
  /** Threats already open that the events also concern (nothing to write). */
  alreadyOpen: ReopenEntry[];
  /** The catalog edits that record the re-opens, per catalog (empty when there is nothing to re-open). */
  edits: FileEdits[];
}

export function planReopen(inputs: readonly CatalogPlanInput[], stamp: ReopenStamp): ReopenPlan {
  const plan: ReopenPlan = { reopen: [], alreadyOpen: [], edits: [] };
  for (const input of inputs) {
    if (input.events.length === 0) continue;
    const view = new CatalogView(input.data);
    const reopen: ReopenEntry[] = [];
    input.data.threats.forEach((threat, index) => {
      const hits = input.events.filter((e) => threatReopensOn(threat, e, view));
      if (hits.length === 0) return;
      const types = SURFACE_EVENT_TYPES.filter((t) => hits.some((e) => e.type === t));
      const entry: ReopenEntry = {
        catalog: input.file,
        threat: threat.id,
        index,
        status: threat.status,
        events: types,
        subjects: [...new Set(hits.map((e) => e.subject))],
      };
      (threat.status === 'open' ? plan.alreadyOpen : reopen).push(entry);
    });
    plan.reopen.push(...reopen);
    const edits = reopenEdits(input.data, reopen, stamp);
    if (edits.length > 0) plan.edits.push({ file: input.file, edits });
  }
  return plan;
}

export function threatReopensOn(threat: Threat, event: SurfaceEvent, view: CatalogView): boolean {
  if (threat.reopenOn) return (threat.reopenOn as ReopenEvent[]).includes(event.type);
  return REOPEN_TABLE[event.type].matches(threat, event, view);
}

/** Longest `reopened.subject` written: enough for people, short enough to keep the catalog readable. */
const MAX_SUBJECT = 300;

/**
 * The edits that re-open the entries in `data` (found by threat id, so a catalog that moved since the plan was
 * made is still edited at the right threat): `status: open` and a `reopened` record (event, ref, at, subject)
 * right after it. A threat already open gets no edit, so applying the plan twice changes nothing.
 */
export function reopenEdits(data: ThreatCatalog, entries: readonly ReopenEntry[], stamp: ReopenStamp): YamlEdit[] {
  const threats = Array.isArray(data?.threats) ? data.threats : [];
  const edits: YamlEdit[] = [];
  for (const entry of entries) {
    const index = threats.findIndex((t) => t?.id === entry.threat);
    if (index < 0 || threats[index].status === 'open') continue;
    const subject = entry.subjects.join('; ');
    const record: Reopened = {
      event: entry.events[0],
      ref: stamp.ref,
      at: stamp.at,
      subject: subject.length > MAX_SUBJECT ? `${subject.slice(0, MAX_SUBJECT - 1)}…` : subject,
    };
    edits.push({ op: 'set', path: ['threats', index, 'status'], value: 'open' });
    edits.push({ op: 'set', path: ['threats', index, 'reopened'], value: record, after: 'status' });
  }
  return edits;
}

/** RFC 3339 UTC to the second, as the schema's date-time fields are written. */
export function timestamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
