import { lstatSync, readFileSync } from 'node:fs';
import { applyYamlEdits, type YamlEdit } from '../render/yaml-edit.js';
import { writeFileAtomic } from './atomic-write.js';
import type { Baseline } from '../model/baseline.js';
import type { ObservationSummary } from '../model/observation.js';

/** Applies a catalog's edits (comment-preserving, atomic). Returns whether the file changed. */
export function writeCatalogEdits(absPath: string, text: string, edits: readonly YamlEdit[]): boolean {
  if (edits.length === 0) return false;
  const next = applyYamlEdits(text, edits);
  if (next === text) return false;
  writeFileAtomic(absPath, next);
  return true;
}

export function baselineText(b: Baseline): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}

/** Writes a baseline (atomic). Returns whether the file changed. */
export function writeBaseline(absPath: string, b: Baseline): boolean {
  const text = baselineText(b);
  let old: string | undefined;
  try {
    // Only a regular file is compared: a link (to /dev/zero, or out of the repository) is replaced, never read.
    const st = lstatSync(absPath);
    old = st.isFile() && st.size <= Buffer.byteLength(text) ? readFileSync(absPath, 'utf8') : undefined;
  } catch {
    old = undefined;
  }
  if (old === text) return false;
  writeFileAtomic(absPath, text);
  return true;
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
