import type { SummaryBuilder } from './summary-builder.js';
import type { ReaderName } from '../../model/observation.js';

/** What a reader may touch: the summary it adds to, and a way to report a bad record. */
export interface ReadContext {
  builder: SummaryBuilder;
  /** Fallback time for records that carry none (Kubescape profiles), RFC 3339. */
  now: string;
}

/** Returned by `read` for a record that is not what the reader expects. */
export class BadRecord {
  constructor(readonly reason: string) {}
}

/**
 * One evidence format. A reader is created once per ingest run and sees the records of every file given
 * to it, so state that spans files (audit stages of one request) is kept.
 */
export interface EvidenceReader {
  readonly name: ReaderName;
  /** Events counted for this record (0 for a record that adds nothing, e.g. an earlier stage), or why it is bad. */
  read(record: unknown, ctx: ReadContext): number | BadRecord;
  /** Called before each file this reader reads (per-file state, e.g. a summary's header). */
  startFile?(): void;
  /** At the end of the input (all files): records held back, now added. Returns the events they count. */
  finish?(ctx: ReadContext): number;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
