import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readCatalogFile } from '../../src/read/catalog-file.js';
import { CatalogPrefetch } from '../../src/read/catalog-prefetch.js';
import type { CatalogJob } from '../../src/read/catalog-prefetch-protocol.js';
import { InputError } from '../../src/model/input-error.js';
import { CATALOG, cliJson, edit } from '../helpers/catalogs.js';
import { usableCpus } from '../../src/read/usable-cpus.js';

/**
 * Catalogs read on the second thread (src/read/catalog-prefetch.ts) are exactly what the command's own thread reads:
 * the same data and text, the same refusal at the same file:line, whichever thread read which file.
 */

/** A repository of `n` catalogs, some of which cannot be read (each for a different reason). */
function workspace(n: number): { root: string; jobs: CatalogJob[] } {
  const root = mkdtempSync(join(tmpdir(), 'threatcat-prefetch-'));
  const outside = mkdtempSync(join(tmpdir(), 'threatcat-outside-'));
  writeFileSync(join(outside, 'secret.threats.yaml'), CATALOG);
  const jobs: CatalogJob[] = [];
  for (let i = 0; i < n; i++) {
    const file = `c${String(i).padStart(3, '0')}/c.threats.yaml`;
    mkdirSync(join(root, `c${String(i).padStart(3, '0')}`));
    const abs = join(root, file);
    if (i % 10 === 3) writeFileSync(abs, 'threats: [\n  - id: X\n');
    else if (i % 10 === 5) symlinkSync(join(outside, 'secret.threats.yaml'), abs);
    else if (i % 10 === 7) writeFileSync(abs, Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    else if (i % 10 === 9) writeFileSync(abs, '- a list\n- not a catalog\n');
    else writeFileSync(abs, edit(CATALOG, '  - id: DEMO-01', `  - id: C${i}-01 # .nan: ${i}`));
    jobs.push({ abs, file, root });
  }
  return { root, jobs };
}

function outcome(read: () => unknown): unknown {
  try {
    const c = read() as {
      file: string;
      absPath: string;
      text: string;
      data: unknown;
      locate: (p: string[]) => unknown;
    };
    return { file: c.file, absPath: c.absPath, text: c.text, data: c.data, at: c.locate(['threats', '0', 'id']) };
  } catch (err) {
    assert.ok(err instanceof InputError, `only InputErrors: ${err}`);
    return { error: err.toString() };
  }
}

/** Runs `fn` with the reader thread asked for (by default it starts only for a few hundred catalogs). */
function forced<T>(fn: () => T): T {
  const before = process.env.THREATCAT_CATALOG_THREADS;
  process.env.THREATCAT_CATALOG_THREADS = '1';
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.THREATCAT_CATALOG_THREADS;
    else process.env.THREATCAT_CATALOG_THREADS = before;
  }
}

test('by default the reader thread starts only for a few hundred catalogs, where it pays', (t) => {
  if (usableCpus() < 2) return t.skip('one usable CPU: no reader thread at any count');
  const few = workspace(40).jobs;
  assert.equal(CatalogPrefetch.start(few), undefined, '40 catalogs are read on one thread');
  const many = Array.from({ length: 300 }, (_, i) => few[i % few.length]);
  const prefetch = CatalogPrefetch.start(many);
  assert.ok(prefetch, '300 catalogs get a reader thread');
  prefetch.stop();
});

test('catalogs read on the reader thread equal those read here, refusals included, in order', async () => {
  const { jobs } = workspace(60);
  const prefetch = forced(() => CatalogPrefetch.start(jobs));
  assert.ok(prefetch, 'a reader thread starts for 60 catalogs when asked for');
  // Let the thread get ahead (from source it first loads the TypeScript loader), so it reads a share for sure.
  for (let waited = 0; prefetch.posted < 20 && waited < 60_000; waited += 50) await sleep(50);
  assert.ok(prefetch.posted >= 20, `the reader thread answered ${prefetch.posted}`);
  try {
    for (const [i, job] of jobs.entries()) {
      const here = outcome(() => readCatalogFile(job.abs, job.file, job.root));
      const there = outcome(() => prefetch.take(i) ?? readCatalogFile(job.abs, job.file, job.root));
      assert.deepEqual(there, here, job.file);
    }
  } finally {
    prefetch.stop();
  }
  const errors = jobs.map((j) => outcome(() => readCatalogFile(j.abs, j.file, j.root)) as { error?: string });
  assert.match(errors[3].error ?? '', /c003\/c\.threats\.yaml:\d+:\d+: /);
  assert.match(errors[5].error ?? '', /outside the repository; not read/);
  assert.match(errors[7].error ?? '', /not valid UTF-8/);
  assert.match(errors[9].error ?? '', /expected a mapping/);
});

test('a reader stopped halfway leaves the rest to this thread and does not hang', async () => {
  const { jobs } = workspace(40);
  const prefetch = forced(() => CatalogPrefetch.start(jobs));
  assert.ok(prefetch);
  for (let waited = 0; prefetch.posted < 5 && waited < 60_000; waited += 50) await sleep(50);
  const first = prefetch.take(0);
  assert.ok(first, 'the first catalog came from the reader thread');
  prefetch.stop();
  assert.equal(prefetch.take(1), undefined, 'once stopped, this thread reads for itself');
});

test('validate gives the same report whether catalogs are read on one thread or two', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) {
    const dir = `agents/a${String(i).padStart(2, '0')}`;
    // Every fifth catalog repeats an id of the one before (a finding that spans catalogs); every seventh is broken.
    const id = i % 5 === 4 ? `C${i - 1}-01` : `C${i}-01`;
    files[`${dir}/a.threats.yaml`] = i % 7 === 6 ? 'threats: [\n' : edit(CATALOG, '  - id: DEMO-01', `  - id: ${id}`);
  }
  files['agents/deploy.yaml'] = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\n';
  const one = cliJson(files, [], { THREATCAT_CATALOG_THREADS: '0', THREATCAT_DEBUG: '' });
  const two = cliJson(files, [], { THREATCAT_CATALOG_THREADS: '1', THREATCAT_DEBUG: '1' });
  assert.equal(two.code, one.code);
  assert.deepEqual(two.findings, one.findings);
  assert.ok(one.findings.some((f) => f.rule === 'duplicate-id'));
  assert.ok(
    one.findings.some((f) => f.rule === 'unreadable-input' || f.rule === 'yaml-syntax'),
    JSON.stringify(one.findings.map((f) => f.rule)),
  );
  assert.match(two.stderr, /catalog reader thread: read \d+ of 40 catalogs/);
  assert.doesNotMatch(one.stderr, /catalog reader thread/);
});

test('hostile catalogs read on the reader thread are refused as on one thread: alias bombs, deep nesting, oversize', () => {
  const files: Record<string, string> = {};
  let bomb = 'l0: &é0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 9; i++)
    bomb += `l${i}: &é${i} [${Array(10)
      .fill(`*é${i - 1}`)
      .join(', ')}]\n`;
  for (let i = 0; i < 24; i++) {
    const name = `agents/a${String(i).padStart(2, '0')}/a.threats.yaml`;
    if (i % 6 === 1) files[name] = bomb;
    else if (i % 6 === 2) files[name] = `x: ${'['.repeat(5000)}\n`;
    else if (i % 6 === 3) files[name] = `x: "${'a'.repeat(9 * 1024 * 1024)}"\n`;
    else files[name] = edit(CATALOG, '  - id: DEMO-01', `  - id: H${i}-01`);
  }
  const started = performance.now();
  const one = cliJson(files, [], { THREATCAT_CATALOG_THREADS: '0' });
  const two = cliJson(files, [], { THREATCAT_CATALOG_THREADS: '1', THREATCAT_DEBUG: '1' });
  assert.ok(performance.now() - started < 60_000, 'both runs end quickly');
  assert.equal(one.code, 2);
  assert.equal(two.code, one.code);
  assert.deepEqual(two.findings, one.findings);
  const unreadable = one.findings.filter((f) => f.rule === 'unreadable-input').map((f) => f.message);
  assert.ok(
    unreadable.some((m) => /alias/.test(m)),
    JSON.stringify(unreadable),
  );
  assert.ok(
    unreadable.some((m) => /nesting deeper/.test(m)),
    JSON.stringify(unreadable),
  );
  assert.ok(
    unreadable.some((m) => /bytes/.test(m)),
    JSON.stringify(unreadable),
  );
  assert.doesNotMatch(two.stdout + two.stderr, /\n\s+at /, 'no stack trace');
});
