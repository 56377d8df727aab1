import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script of the bench, without type declarations
import { record } from '../bench/record.mjs';
import { tempDir } from './helpers/fixtures.js';

const run = (at: string, cold: number, cpu: number, args: string[] = []) => ({
  at,
  args,
  load: [1.2, 1.1, 1.0],
  benches: {
    validate: { coldStart: { diffMs: cold, ratio: 1.8 }, timer: 'hyperfine -N' },
    ingest: { threatcat: { cpuSeconds: cpu }, speedup: 2.5 },
  },
});

test('npm run bench keeps its figures in last.json and prints the ratio of each to the run before', () => {
  const dir = tempDir();
  assert.deepEqual(record(dir, run('2026-12-01T10:00:00Z', 150, 1.0)), [], 'nothing to compare the first run with');
  assert.equal(JSON.parse(readFileSync(join(dir, 'last.json'), 'utf8')).benches.validate.coldStart.diffMs, 150);

  const lines: string[] = record(dir, run('2026-12-02T10:00:00Z', 90, 1.25));
  assert.match(lines[0], /^compared with the run of 2026-12-01T10:00:00Z/);
  const line = (figure: string) => lines.find((l) => l.startsWith(`${figure} `));
  assert.match(line('validate.coldStart.diffMs') ?? '', /150\s+90\s+0\.60x$/);
  assert.match(line('ingest.threatcat.cpuSeconds') ?? '', /1\s+1\.250\s+1\.25x$/);
  assert.match(line('ingest.speedup') ?? '', /1\.00x$/);
  assert.equal(line('validate.timer'), undefined, 'only numbers are figures');
  assert.equal(JSON.parse(readFileSync(join(dir, 'previous.json'), 'utf8')).at, '2026-12-01T10:00:00Z');

  // Different options are compared, with a note; a damaged last.json is replaced, not fatal.
  const full = record(dir, run('2026-12-03T10:00:00Z', 95, 9, ['--full']));
  assert.match(full[full.length - 1], /different options \(none \/ --full\)/);
  writeFileSync(join(dir, 'last.json'), '{ torn');
  assert.deepEqual(record(dir, run('2026-12-04T10:00:00Z', 95, 9)), []);
  assert.ok(existsSync(join(dir, 'last.json')));
});
