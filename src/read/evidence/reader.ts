import type { SummaryBuilder } from './summary-builder.js';
import type { ReaderName } from '../../model/observation.js';

/** The file a record came from, as the accounting knows it (opaque to readers). */
export type FileToken = object;

/** What a reader may touch: the summary it adds to, and the per-file accounting. */
export interface ReadContext {
  builder: SummaryBuilder;
  /** Fallback time for records that carry none (Kubescape profiles), RFC 3339. */
  now: string;
  /** The file being read now: a reader that holds a record back keeps it, to account for it later. */
  file: FileToken;
  /**
   * A record that is another stage (or a repeat) of a request counted at another line: folded into that event.
   * Every record is an event, a folded stage or malformed; nothing is skipped unaccounted.
   */
  folded(file?: FileToken): void;
  /** Events of records held back earlier (in `file`), counted now. */
  counted(events: number, file: FileToken): void;
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
  /**
   * Events counted for this record, or why it is bad. 0 for a record that adds no event: the reader then says
   * why through `ctx.folded()` (another stage of a counted request), or holds it back and accounts for it later
   * with `ctx.counted()` or `ctx.folded(file)`.
   */
  read(record: unknown, ctx: ReadContext): number | BadRecord;
  /** Called before each file this reader reads (per-file state, e.g. a summary's header). */
  startFile?(): void;
  /** At the end of the input (all files): records held back are accounted for (`ctx.counted`). */
  finish?(ctx: ReadContext): void;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
