import { lstatSync, readFileSync } from 'node:fs';
import { applyYamlEdits, type YamlEdit } from '../render/yaml-edit.js';
import { writeFileAtomic } from './atomic-write.js';
import { fileHash, writeJournal } from './ingest-journal.js';
import type { Baseline } from '../model/baseline.js';
import type { ObservationSummary } from '../model/observation.js';

export interface FileWrite {
  abs: string;
  /** Repository-relative path (as reported). */
  file: string;
  after: string;
}

/** A catalog's edits applied in memory (comment-preserving); undefined when they change nothing. */
export function catalogWrite(
  abs: string,
  file: string,
  text: string,
  edits: readonly YamlEdit[],
): FileWrite | undefined {
  if (edits.length === 0) return undefined;
  const after = applyYamlEdits(text, edits);
  return after === text ? undefined : { abs, file, after };
}

export function baselineText(b: Baseline): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}

/** A baseline's new text; undefined when the file already holds it. */
export function baselineWrite(abs: string, file: string, b: Baseline): FileWrite | undefined {
  const text = baselineText(b);
  let old: string | undefined;
  try {
    // Only a regular file is compared: a link (to /dev/zero, or out of the repository) is replaced, never read.
    const st = lstatSync(abs);
    old = st.isFile() && st.size <= Buffer.byteLength(text) ? readFileSync(abs, 'utf8') : undefined;
  } catch {
    old = undefined;
  }
  return old === text ? undefined : { abs, file, after: text };
}

/**
 * Writes the files (each atomically) after recording them all in the journal, so that a run killed half-way is
 * finished by the next one (see ingest-journal.ts). The caller clears the journal when its work is done.
 */
export function writeJournaled(
  journal: string,
  writes: readonly FileWrite[],
  meta: { snapshot: string; commit: boolean; message?: string },
): void {
  if (writes.length === 0) return;
  writeJournal(journal, {
    version: 1,
    pid: process.pid,
    snapshot: meta.snapshot,
    commit: meta.commit,
    ...(meta.message !== undefined ? { message: meta.message } : {}),
    files: writes.map((w) => ({ path: w.file, before: fileHash(w.abs), after: w.after })),
  });
  for (const w of writes) writeFileAtomic(w.abs, w.after);
}

/** The summary as JSON lines: the header, then one row per line (docs/ingest.md). */
export function summaryLines(s: ObservationSummary): string {
  const { rows, ...header } = s;
  const out = [JSON.stringify(header)];
  for (const r of rows) out.push(JSON.stringify(r));
  return `${out.join('\n')}\n`;
}

export function writeSummary(absPath: string, s: ObservationSummary): void {
  writeFileAtomic(absPath, summaryLines(s));
}
