import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fixtures.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import type { ManifestFile } from '../../src/model/manifest.js';

/**
 * The reference samples of each format (copies of the workplace's verified samples, kept in the project so the tests
 * run wherever the repository is cloned, GitHub's runners included).
 */
export const SAMPLES = join(ROOT, 'test', 'fixtures', 'samples');

export function sampleText(name: string): string {
  return readFileSync(join(SAMPLES, name), 'utf8');
}

/** A sample read as a manifest file, named as it would be in a repository. */
export function sampleManifest(name: string): ManifestFile {
  return readManifestText(sampleText(name), `samples/${name}`);
}

/** 1-based line of the first line of `text` containing `needle` (after `after`, if given). */
export function lineIn(text: string, needle: string, after?: string): number {
  const lines = text.split('\n');
  let start = 0;
  if (after !== undefined) start = lines.findIndex((l) => l.includes(after));
  const i = lines.findIndex((l, j) => j >= start && l.includes(needle));
  if (i < 0) throw new Error(`'${needle}' not found`);
  return i + 1;
}
