// Hostile YAML and JSON through every parser threatcat runs on a pull request's files: each is refused (or read)
// in bounded, linear time with one error at file:line naming the limit — never a hang, never a stack overflow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalogText } from '../../src/read/catalog-file.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { parseBaselineText } from '../../src/read/baseline-file.js';
import { InputError } from '../../src/model/input-error.js';
import { LIMITS } from '../../src/read/limits.js';
import { readEvidence } from '../../src/read/evidence/read-evidence.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';

const MB = 1024 * 1024;

/** A billion-laughs document: `levels` anchors, each a list of ten aliases of the one before. */
function aliasBomb(name: (i: number) => string, levels = 9, indent = ''): string {
  let text = `${indent}l0: &${name(0)} [x, x, x, x, x, x, x, x, x, x]\n`;
  for (let i = 1; i < levels; i++)
    text += `${indent}l${i}: &${name(i)} [${Array(10)
      .fill(`*${name(i - 1)}`)
      .join(', ')}]\n`;
  return text;
}

const MANIFEST_HEAD = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\n  namespace: agents\ndata:\n';

/** Anchor names an attacker may choose: the guard must not depend on what they look like. */
const ANCHOR_NAMES: Record<string, (i: number) => string> = {
  ascii: (i) => `a${i}`,
  latin: (i) => `é${i}`,
  cjk: (i) => `錨${i}`,
  emoji: (i) => `🎈${i}`,
  punctuation: (i) => `&${i}`,
  'quote-like': (i) => `"${i}`,
};

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

function catalogError(text: string): InputError {
  try {
    loadCatalogText(text, 'c.threats.yaml', '/c.threats.yaml');
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  assert.fail('the catalog was accepted');
}

for (const [kind, name] of Object.entries(ANCHOR_NAMES)) {
  test(`an alias bomb with ${kind} anchor names is refused at once, in a manifest and in a catalog`, () => {
    const manifest = MANIFEST_HEAD + aliasBomb(name, 9, '  ');
    const m = timed(() => readManifestText(manifest, 'm.yaml'));
    assert.ok(m.ms < 10_000, `${m.ms} ms`);
    assert.deepEqual(m.value.objects, []);
    assert.equal(m.value.problems.length, 1);
    assert.match(m.value.problems[0].message, new RegExp(`more than ${LIMITS.nodes} nodes once aliases are expanded`));
    assert.equal(m.value.problems[0].position.line, 7, 'at the first anchor');

    const c = timed(() => catalogError(aliasBomb(name)));
    assert.ok(c.ms < 10_000, `${c.ms} ms`);
    assert.match(
      c.value.toString(),
      /^c\.threats\.yaml:2:\d+: more than \d+ nodes once aliases are expanded \(the limit/,
    );
  });
}

test('anchors behind a tag and in flow context are counted too', () => {
  const shapes = [
    `${MANIFEST_HEAD}  a: !!seq &é [x, x, x, x, x, x, x, x, x, x]\n${bombFrom('é', '  ')}`,
    `${MANIFEST_HEAD}  f: {a: &é [x, x, x, x, x, x, x, x, x, x], b: 1}\n${bombFrom('é', '  ')}`,
  ];
  for (const text of shapes) {
    const m = timed(() => readManifestText(text, 'm.yaml'));
    assert.ok(m.ms < 10_000, `${m.ms} ms`);
    assert.equal(m.value.objects.length, 0, text.slice(0, 120));
    assert.match(m.value.problems[0]?.message ?? '', /once aliases are expanded/);
  }
});

/** Nine levels of ten aliases each, starting from the anchor `first`. */
function bombFrom(first: string, indent: string): string {
  let text = '';
  let prev = first;
  for (let i = 1; i < 9; i++) {
    text += `${indent}b${i}: &b${i}${first} [${Array(10).fill(`*${prev}`).join(', ')}]\n`;
    prev = `b${i}${first}`;
  }
  return text;
}

test('a chain of anchors, each holding the one before, is refused for its depth (small, but too deep to walk)', () => {
  const chain = Array.from({ length: 300 }, (_, i) => `k${i}: &é${i} [${i === 0 ? 'x' : `*é${i - 1}`}]`).join('\n');
  assert.match(catalogError(chain).message, new RegExp(`nesting deeper than ${LIMITS.depth} levels`));
  const m = readManifestText(`${MANIFEST_HEAD}${chain.replace(/^/gm, '  ')}\n`, 'm.yaml');
  assert.match(m.problems[0].message, /nesting deeper than/);
});

const RUNS: Record<string, string> = {
  '[': '[',
  '{': '{',
  '"': '"',
  "'": "'",
  '- ': '- ',
  '? ': '? ',
  '&a ': '&a ',
  '*': '*',
  ':': ':',
  '!': '!',
};

for (const [label, unit] of Object.entries(RUNS)) {
  test(`1 MiB of ${JSON.stringify(label)} on one line: linear time (about a second here, not minutes), one line naming the cause`, () => {
    const text = `a: ${unit.repeat(Math.floor(MB / unit.length))}\n`;
    const m = timed(() => readManifestText(text, 'm.yaml'));
    // A generous bound: the suite runs files side by side on a loaded machine; the faults this guards against
    // took minutes (quadratic error recovery), and npm run bench measures the real figure.
    assert.ok(m.ms < 10_000, `manifest: ${m.ms} ms`);
    assert.ok(m.value.problems.length <= 1);
    for (const p of m.value.problems) {
      assert.equal(p.position.line, 1);
      assert.doesNotMatch(p.message, /call stack|Maximum/);
    }
    const c = timed(() => {
      try {
        return loadCatalogText(text, 'c.yaml', '/c.yaml') && 'accepted';
      } catch (err) {
        assert.ok(err instanceof InputError, String(err));
        return err.toString();
      }
    });
    assert.ok(c.ms < 10_000, `catalog: ${c.ms} ms`);
    assert.doesNotMatch(c.value, /call stack|Maximum/);
  });
}

test('deep nesting, flow or block, names the nesting limit at its line (never "Maximum call stack size exceeded")', () => {
  const cases = [
    ['flow', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 1],
    ['block', `${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}\n`, LIMITS.depth],
    ['compact lists', `${'- '.repeat(3000)}x\n`, 1],
    ['json', `{"a": ${'{"b": '.repeat(3000)}1${'}'.repeat(3000)}}\n`, 1],
  ] as const;
  for (const [name, text, line] of cases) {
    // YAML in a .yaml file; JSON (read as JSONC, VS Code's MCP config format) in a .json file.
    const m = readManifestText(text, name === 'json' ? 'm.json' : 'm.yaml');
    assert.equal(m.problems.length, 1, name);
    assert.match(m.problems[0].message, /^nesting deeper than 100 levels \(the limit\)/, name);
    assert.equal(m.problems[0].position.line, line, name);
    assert.match(catalogError(text).toString(), /^c\.threats\.yaml:\d+:\d+: nesting deeper than 100 levels/, name);
  }
  const baseline = `{"apiVersion": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
  assert.throws(() => parseBaselineText(baseline, 'b.baseline.json'), /b\.baseline\.json|nesting deeper than 100/);
  try {
    parseBaselineText(baseline, 'b.baseline.json');
  } catch (err) {
    assert.ok(err instanceof InputError);
    assert.match(err.toString(), /^b\.baseline\.json:1:\d+: nesting deeper than 100 levels/);
  }
});

test('more documents than the limit: refused before any is parsed', () => {
  const text = '---\n'.repeat(LIMITS.documents * 100);
  const m = timed(() => readManifestText(text, 'm.yaml'));
  assert.ok(m.ms < 10_000, `${m.ms} ms`);
  assert.deepEqual(
    m.value.problems.map((p) => [p.position.line, p.message]),
    [
      [
        LIMITS.documents + 1,
        `more than ${LIMITS.documents} YAML documents in one file (the limit); refusing to process it`,
      ],
    ],
  );
  assert.match(catalogError(`a: 1\n${text}`).toString(), /^c\.threats\.yaml:\d+:1: more than 10000 YAML documents/);
});

test('a file of more nodes than the limit is refused where the limit is reached, in bounded time', () => {
  let text = '';
  for (let i = 0; text.length < 4 * MB; i++) text += `- ${i}\n`;
  const m = timed(() => readManifestText(text, 'm.yaml'));
  assert.ok(m.ms < 20_000, `${m.ms} ms`);
  assert.equal(m.value.problems.length, 1);
  assert.equal(m.value.problems[0].message, `more than ${LIMITS.nodes} nodes (the limit); refusing to process it`);
  assert.ok(m.value.problems[0].position.line > 200_000);
});

test('one broken document does not hide the others, and a broken one never reaches the slow parser', () => {
  const good = 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ok\n  namespace: agents\n';
  const text = `${good}---\nbroken: ${'"'.repeat(MB)}\n---\n${good.replace('name: ok', 'name: also-ok')}`;
  const m = timed(() => readManifestText(text, 'm.yaml'));
  assert.ok(m.ms < 10_000, `${m.ms} ms`);
  assert.deepEqual(
    m.value.objects.map((o) => [o.name, o.position.line]),
    [
      ['ok', 1],
      ['also-ok', 9],
    ],
  );
  assert.deepEqual(
    m.value.problems.map((p) => [p.position.line, p.message]),
    [[7, 'YAML syntax error: bad indentation of a mapping entry']],
  );
});

test('an alias bomb in one YAML evidence record is a malformed record; the other records still count', async () => {
  const dir = tempDir();
  const record = (name: string) =>
    `apiVersion: spdx.softwarecomposition.kubescape.io/v1beta1\nkind: ApplicationProfile\nmetadata:\n  name: ${name}\n  namespace: agents\n  labels:\n    kubescape.io/workload-namespace: agents\n    kubescape.io/workload-name: ${name}\nspec:\n  containers: [{name: app}]\n`;
  const bomb = `${record('bomb')}  extra:\n${aliasBomb((i) => `é${i}`, 9, '    ')}`;
  writeFileSync(join(dir, 'profiles.yaml'), `${bomb}---\n${record('fine')}`);
  const t = performance.now();
  const r = await readEvidence([{ abs: join(dir, 'profiles.yaml'), file: 'profiles.yaml' }], {
    now: '2026-11-21T12:00:00Z',
  });
  assert.ok(performance.now() - t < 2000);
  assert.equal(r.malformed, 1, JSON.stringify(r.files[0].samples));
  assert.match(r.files[0].samples[0].reason, /once aliases are expanded/);
  assert.equal(r.files[0].samples[0].line, 1);
  assert.equal(r.events, 1, 'the other profile is read');
});

test('a mapping key that is a collection prints no Node warning on stderr (found by fuzzing)', async () => {
  const warnings: string[] = [];
  const listen = (w: Error) => warnings.push(w.message);
  process.on('warning', listen);
  const m = readManifestText(`${MANIFEST_HEAD.replace('name: bomb', 'name: &n bomb')}  ? [a]\n  : *n\n`, 'm.yaml');
  assert.equal(m.objects.length, 1);
  await new Promise((resolve) => setImmediate(resolve));
  process.off('warning', listen);
  assert.deepEqual(warnings, []);
});
