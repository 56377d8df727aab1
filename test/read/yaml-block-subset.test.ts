import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { OUTSIDE_SUBSET, parseBlockSubset } from '../../src/read/yaml-block-subset.js';
import { parseSingleDocument } from '../../src/read/yaml-document.js';
import { InputError } from '../../src/model/input-error.js';
import { disagreement, subsetInput } from '../fuzz/yaml-block-subset.js';
import { CATALOG } from '../helpers/catalogs.js';
import { EXAMPLE, ROOT, gitRepo, runCli } from '../helpers/fixtures.js';

/**
 * validate parses most catalogs with the block-subset parser (src/read/yaml-block-subset.ts), which must read each
 * text it takes exactly as js-yaml does and leave every other text to js-yaml.
 */

const jsYamlLoad = (text: string) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });

function same(text: string) {
  const mine = parseBlockSubset(text);
  assert.notEqual(mine, OUTSIDE_SUBSET, `the subset reads:\n${text}`);
  assert.deepStrictEqual(mine, jsYamlLoad(text));
}

test('the catalogs threatcat ships and writes are read by the subset, as js-yaml reads them', () => {
  const files = [
    join(EXAMPLE, 'k8s-ops.threats.yaml'),
    ...readdirSync(join(ROOT, 'catalogs'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(ROOT, 'catalogs', f)),
  ];
  for (const f of files) same(readFileSync(f, 'utf8'));
  same(CATALOG);

  // What `init` writes: long text wrapped over lines (plain and double-quoted), flow rules, quoted lookalikes.
  const dir = join(EXAMPLE, 'manifests');
  const repo = gitRepo(
    Object.fromEntries(readdirSync(dir).map((f) => [`agent/manifests/${f}`, readFileSync(join(dir, f), 'utf8')])),
  );
  const init = runCli(['init', '--agent', 'k8s-ops', 'agent', '-C', repo]);
  assert.equal(init.code, 0, init.stderr);
  const written = readFileSync(join(repo, 'agent/k8s-ops.threats.yaml'), 'utf8');
  assert.match(written, /: "[^"\n]*\n/, 'init wraps a quoted value over lines');
  same(written);
  // With Windows line ends, as a checkout with core.autocrlf gives.
  same(written.replaceAll('\n', '\r\n'));
});

test('each construct of the subset reads as js-yaml reads it', () => {
  const cases = [
    // A list at its key's indentation and deeper; items that are mappings; nested lists.
    'a:\n- x\n- y\nb:\n    - 1\n    -\n      - no\n',
    'items:\n  - id: T1\n    tags: [a, b]\n  - id: T2\n    rules:\n      - verbs: [get]\n',
    // Scalars that resolve to other types, and their quoted twins.
    'n: ~\nb: True\ni: 0x1F\no: 0o17\nf: 6.50\ne: 1e3\ninf: -.inf\ns: "true"\nq: \'0x1F\'\nd: 2026-01-01\nt: 12:30\n',
    // Keys that resolve (js-yaml makes them strings again), quoted keys, keys with spaces and slashes.
    "true: 1\n1.50: x\nnull: y\n\"a b\": 2\n'it''s': 3\nx.y/z: 4\n",
    // Comments everywhere, `#` inside values, URLs.
    '# head\na: b # c\n  # indented comment\nu: http://x:80/p#frag\nh: a#b\nl: [a, "b # c"] # d\n',
    // Flow mappings and lists, nested and empty.
    'm: { kind: Deployment, name: x, labels: { a: "1" }, l: [] }\ne: {}\nf: [[], {}, [a, [b]]]\n',
    // Quoted text with quotes doubled, over several lines, with empty lines.
    "s: 'it''s\n  two\n\n  lines'\nd: \"a\n   b  \n\n\n  c\"\n",
    // Plain text over several lines.
    'p: one\n  two\n\n  three\nnext: x\n',
    // Literal and folded text, chomped and clipped, with lines that look like YAML, at the end of the file.
    'lit: |\n  a: b\n  # not a comment\n\n  - c\nfold: >-\n  one\n  two\n\n  three\nend: |-\n  last',
  ];
  for (const c of cases) same(c);
});

test('what the subset does not read is left to js-yaml: it answers OUTSIDE_SUBSET', () => {
  const outside = [
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['an escape', 'a: "x\\ny"\n'],
    ['a tab', 'a:\tb\n'],
    ['a lone carriage return', 'a: b\rc: d\n'],
    ['a document marker', '---\na: b\n'],
    ['a directive', '%YAML 1.2\n---\na: b\n'],
    ['two documents', 'a: b\n---\nc: d\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key after resolving', '1: a\n1.0: b\n'],
    ['a __proto__ key', '__proto__: x\n'],
    ['kept text', 'a: |+\n  x\n\n'],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['a complex key', '? a\n: b\n'],
    ['a mapping on one line after a key', 'a: b: c\n'],
    ['an empty list item', 'a:\n  -\n  - x\n'],
    ['a trailing comma', 'a: [x, ]\n'],
    ['a flow collection over lines', 'a: [x,\n  y]\n'],
    ['a plain scalar followed by a comment, then more', 'a: b # c\n  d\n'],
    [
      'nesting past 90 levels',
      `k:\n${Array.from({ length: 95 }, (_, i) => `${' '.repeat(i + 1)}k:\n`).join('')}${' '.repeat(96)}v: 1\n`,
    ],
    ['a top-level scalar', 'hello\n'],
    ['an empty text', ''],
    ['only comments', '# nothing\n'],
    ['an astral character', 'a: 🎈\n'],
  ] as const;
  for (const [what, text] of outside) assert.equal(parseBlockSubset(text), OUTSIDE_SUBSET, what);
});

test('a long list of items without a colon is read in linear time (each item is looked at on its own line)', () => {
  const text = `items:\n${'  - a\n'.repeat(500_000)}  - "b"\nk: v\n`;
  // CPU time, not wall time: a loaded machine stretches the one, not the other. Searching the whole text for each
  // item's `:` took 9.5 s here.
  const started = process.cpuUsage();
  const data = parseBlockSubset(text) as { items: string[] };
  const { user, system } = process.cpuUsage(started);
  assert.equal(data.items.length, 500_001);
  assert.ok((user + system) / 1000 < 2000, `took ${Math.round((user + system) / 1000)} ms of CPU`);
});

test('a catalog js-yaml refuses is still refused with its error at file:line, as before', () => {
  const dup = `${CATALOG}metadata:\n  name: again\n`;
  assert.throws(
    () => parseSingleDocument(dup, 'agents/x.threats.yaml'),
    (err: unknown) =>
      err instanceof InputError &&
      err.position.file === 'agents/x.threats.yaml' &&
      err.position.line === CATALOG.split('\n').length &&
      /duplicate key/.test(err.message),
  );
});

test('on 3,000 generated and mutated catalogs the subset reads exactly what js-yaml reads, or steps aside', () => {
  let accepted = 0;
  fc.assert(
    fc.property(subsetInput, (text) => {
      if (parseBlockSubset(text) !== OUTSIDE_SUBSET) accepted++;
      const d = disagreement(text);
      if (d !== undefined) throw new Error(`${d}\ntext:\n${text}`);
    }),
    { numRuns: 3000 },
  );
  // The generator is worth something only if the subset takes a fair share of what it makes.
  assert.ok(accepted > 300, `the subset read ${accepted} of 3,000`);
});
