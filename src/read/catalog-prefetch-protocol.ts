// What the main thread and the catalog reader thread (catalog-worker.ts) share: the cells of their counter and
// the answer for one catalog.
import type { Position } from '../model/finding.js';

/** The catalogs to read, in the order the main thread will ask for them. */
export interface CatalogJob {
  abs: string;
  file: string;
  root?: string;
}

/** Cells of the shared Int32Array. CLAIMED: the next catalog either thread may take (each takes by adding 1). */
export const CLAIMED = 0;
/** Answers the reader thread has posted (it notifies on this cell). */
export const POSTED = 1;
/** Set when the reader thread stopped early: the main thread reads everything not yet answered. */
export const DEAD = 2;
/** Catalogs the main thread has taken so far: the reader thread stays at most AHEAD in front of it. */
export const TAKEN = 3;
export const CELLS = 4;
/** How far the reader thread may run ahead of the main thread: parsed catalogs wait in the port, this many at most. */
export const AHEAD = 32;

/** One catalog as readCatalogFile would have returned it (text and data) or thrown it (an InputError). */
export type CatalogAnswer =
  | { i: number; text: string; data: unknown }
  | { i: number; error: { position: Position; message: string } }
  /** Something other than bad input: the main thread reads this one itself, to report it as it always does. */
  | { i: number; retry: true };
