// The block-subset YAML parser (src/read/yaml-block-subset.ts) against js-yaml, a fuzz target (targets.ts) also
// run at length by test/read/yaml-block-subset.test.ts: documents in every style a catalog is written in (block and
// flow collections, lists at their key's indentation or deeper, items that are mappings, plain and quoted scalars
// that look like numbers, booleans or nulls, keys that do, `|` and `>` text with blank and comment-like lines,
// comments everywhere), then mutated a character or a line at a time. The subset must give js-yaml's data exactly,
// or step aside: it must never accept a text js-yaml refuses, nor read one differently. A second target does the
// same for manifest files (several such documents between `---` markers), and also compares where each node is
// placed (src/read/yaml-node-offsets.ts) with where js-yaml's position listener places it.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import jsYaml from 'js-yaml';
import { OUTSIDE_SUBSET, parseBlockSubset } from '../../src/read/yaml-block-subset.js';
import { parsersForTest } from '../../src/read/manifests/manifest-file.js';
import type { NodePath } from '../../src/model/catalog.js';

/** What the subset gave, and what js-yaml gave (or its error), when they disagree; undefined when they agree. */
export function disagreement(text: string): string | undefined {
  const mine = parseBlockSubset(text);
  if (mine === OUTSIDE_SUBSET) return undefined;
  let theirs: unknown;
  try {
    theirs = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch (err) {
    return `the subset accepted a text js-yaml refuses (${(err as Error).message.split('\n')[0]}): ${JSON.stringify(mine)}`;
  }
  if (isDeepStrictEqual(mine, theirs)) return undefined;
  return `subset ${JSON.stringify(mine)}\njs-yaml ${JSON.stringify(theirs)}`;
}

/** Scalars the subset reads (strings that look like other types included), then ones it mostly leaves to js-yaml. */
const WORDS = [
  'a',
  'k8s-ops',
  'open',
  'get',
  'secrets',
  'true',
  'False',
  'NULL',
  'null',
  '~',
  'yes',
  'on',
  '0',
  '-1',
  '+1',
  '007',
  '0o17',
  '0x1F',
  '0b101',
  '1_000',
  '1e3',
  '6.5',
  '.5',
  '-.inf',
  '.NaN',
  '12:30',
  '2026-01-01',
  'a b',
  'a#b',
  'http://x:80/p',
  'x,y',
  "it's",
  'say "hi"',
  'é',
  '--- x',
];
const TRICKY_WORDS = [
  'a #b',
  'a: b',
  'a:b',
  '[x]',
  '{x}',
  '-x',
  '- x',
  '?x',
  ':x',
  '@x',
  '%x',
  '!x',
  '&x',
  '*x',
  '|',
  '>',
  '...',
  ' lead',
  'trail ',
  '',
];

const KEYS = ['id', 'name', 'a b', 'true', '1', '0x10', 'null', '1.50', '_x', 'x.y/z', 'id'];
const TRICKY_KEYS = ['~', '__proto__', 'é', '-k', 'a:b', 'a #b', ''];

const word = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY_WORDS) },
);
const key = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY_KEYS) },
);
const scalar = fc.tuple(
  word,
  fc.constantFrom('plain', 'plain', 'plain', 'single', 'double', 'multi-plain', 'multi-double', 'multi-single'),
);

/** Continuations of a quoted scalar written over several lines, as `init` and editors wrap long text. */
const CONTINUATIONS = [
  'more words',
  '',
  'x: y # not a comment',
  'it’s',
  'a',
  '',
  '- z',
  '  deeper',
  'end  ',
  '"',
  'b,c',
  '1',
];

function renderScalar([w, style]: [string, string]): string {
  if (style === 'single' || style === 'multi-single') return `'${w.replace(/'/g, "''")}'`;
  if (style === 'double' || style === 'multi-double') return `"${w}"`;
  return w;
}

type Tree = { s: [string, string] } | { m: Array<[string, string, Tree]> } | { l: Tree[] } | { t: string[] };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: scalar.map((s) => ({ s })) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.tuple(key, fc.constantFrom('plain', 'plain', 'single', 'double'), tie('tree')), {
          maxLength: 4,
        })
        .map((m) => ({ m })),
    },
    { weight: 2, arbitrary: fc.array(tie('tree'), { maxLength: 4 }).map((l) => ({ l })) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.constantFrom('line one', 'two', '', '  more', '# not a comment', 'x: y', '- z'), {
          minLength: 1,
          maxLength: 4,
        })
        .map((t) => ({ t })),
    },
  ),
})).tree;

interface Style {
  step: number;
  listAtKey: boolean;
  flow: boolean;
  comments: boolean;
  chomp: string;
  folded: boolean;
}

const style: fc.Arbitrary<Style> = fc.record({
  step: fc.constantFrom(2, 4, 1, 3),
  listAtKey: fc.boolean(),
  flow: fc.boolean(),
  comments: fc.boolean(),
  chomp: fc.constantFrom('', '-', '+'),
  folded: fc.boolean(),
});

function flowOf(t: Tree): string | undefined {
  if ('s' in t) return renderScalar(t.s);
  if ('t' in t) return undefined;
  if ('l' in t) {
    const items = t.l.map(flowOf);
    return items.some((i) => i === undefined) ? undefined : `[${items.join(', ')}]`;
  }
  const pairs = t.m.map(([k, q, v]) => {
    const f = flowOf(v);
    return f === undefined ? undefined : `${renderScalar([k, q])}: ${f}`;
  });
  return pairs.some((p) => p === undefined) ? undefined : `{ ${pairs.join(', ')} }`;
}

/** Lines for `t` as the value after `head` (`key:` or `-`) at indentation `ind`. */
function render(t: Tree, head: string, ind: number, st: Style, out: string[]): void {
  const pad = ' '.repeat(ind);
  const comment = st.comments ? ' # c' : '';
  if ('s' in t) {
    if (t.s[1].startsWith('multi')) {
      // A plain or quoted value over several lines; the quote, the continuations and their indentation vary with the
      // word.
      const q = t.s[1] === 'multi-double' ? '"' : t.s[1] === 'multi-single' ? "'" : '';
      const lines = [`${pad}${head} ${q}${t.s[0].replaceAll(q, '')}`];
      const n = 1 + (t.s[0].length % 3);
      for (let i = 0; i < n; i++) {
        const c = CONTINUATIONS[(t.s[0].length + i * 3) % CONTINUATIONS.length].replaceAll(
          q === '"' ? '"' : "'",
          q === "'" ? "''" : '',
        );
        lines.push(c === '' ? '' : `${pad}${' '.repeat(st.step + (i % 2))}${c}`);
      }
      lines[lines.length - 1] += `${q}${comment}`;
      out.push(...lines);
      return;
    }
    out.push(`${pad}${head} ${renderScalar(t.s)}${comment}`);
    return;
  }
  if ('t' in t) {
    out.push(`${pad}${head} ${st.folded ? '>' : '|'}${st.chomp}${comment}`);
    for (const l of t.t) out.push(l === '' ? '' : `${pad}${' '.repeat(st.step)}${l}`);
    return;
  }
  const f = st.flow ? flowOf(t) : undefined;
  if (f !== undefined) {
    out.push(`${pad}${head} ${f}${comment}`);
    return;
  }
  out.push(`${pad}${head}${comment}`);
  if (st.comments) out.push(`${pad}# between`);
  const inner = 'l' in t && st.listAtKey && head !== '-' ? ind : ind + st.step;
  block(t, inner, st, out);
}

function block(t: Tree, ind: number, st: Style, out: string[]): void {
  const pad = ' '.repeat(ind);
  if ('m' in t) {
    for (const [k, q, v] of t.m) render(v, `${renderScalar([k, q])}:`, ind, st, out);
    if (t.m.length === 0) out.push(`${pad}{}`);
  } else if ('l' in t) {
    for (const item of t.l) {
      if ('m' in item && item.m.length > 0 && !st.flow) {
        // An item that is a mapping, its first key after the dash.
        const lines: string[] = [];
        block(item, ind + 2, st, lines);
        lines[0] = `${pad}- ${lines[0].slice(ind + 2)}`;
        out.push(...lines);
      } else render(item, '-', ind, st, out);
    }
    if (t.l.length === 0) out.push(`${pad}[]`);
  } else {
    render(t, 'v:', ind, st, out);
  }
}

/** A generated document in catalog style. */
export const blockDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 5 }),
    style,
    fc.boolean(),
    fc.constantFrom('\n', '\n', '\n', '\r\n'),
  )
  .map(([top, st, endNewline, eol]) => {
    const out: string[] = [];
    for (const [k, v] of top) render(v, `${k}:`, 0, st, out);
    return out.join(eol) + (endNewline ? eol : '');
  });

const EDITS = [
  ' ',
  '  ',
  '\n',
  '-',
  '- ',
  ':',
  ': ',
  '#',
  ' #',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '|',
  '>',
  '&a',
  '*a',
  '!',
  '?',
  '\t',
  '\\',
  '---',
  'x',
  '\r',
  '\r\n',
];

const edit = fc.oneof(
  fc.record({ at: fc.nat(), insert: fc.constantFrom(...EDITS), remove: fc.nat(3) }),
  fc.record({ line: fc.nat(), by: fc.integer({ min: -3, max: 3 }) }),
);

function applyEdit(text: string, e: { at: number; insert: string; remove: number } | { line: number; by: number }) {
  if ('at' in e) {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + e.insert + text.slice(at + e.remove);
  }
  const lines = text.split('\n');
  const i = e.line % lines.length;
  lines[i] = e.by >= 0 ? ' '.repeat(e.by) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-e.by}}`), '');
  return lines.join('\n');
}

/** Generated documents, most of them mutated a little. */
export const subsetInput: fc.Arbitrary<string> = fc
  .tuple(blockDocument, fc.array(edit, { maxLength: 3 }))
  .map(([doc, edits]) => edits.reduce(applyEdit, doc));

export function subsetAgreesProperty() {
  return fc.property(subsetInput, (text) => {
    const d = disagreement(text);
    if (d !== undefined) throw new Error(`${d}\ntext:\n${text}`);
  });
}

/**
 * Where the subset and js-yaml's listener place a node of a manifest file (every path of each document, and paths
 * that go past what exists) when they differ, or data that differs; undefined when they agree or the subset steps
 * aside (manifest-file.ts reads a file one way or the other).
 */
export function positionDisagreement(text: string): string | undefined {
  const mine = parsersForTest.subsetDocuments(text, 'm.yaml');
  if (!mine) return undefined;
  const theirs = parsersForTest.listenerDocuments(text, 'm.yaml');
  if (mine.length !== theirs.length) return `subset ${mine.length} documents, js-yaml ${theirs.length}`;
  for (let i = 0; i < mine.length; i++) {
    if (!isDeepStrictEqual(mine[i].data, theirs[i].data))
      return `document ${i}: subset ${JSON.stringify(mine[i].data)}\njs-yaml ${JSON.stringify(theirs[i].data)}`;
    for (const path of pathsOf(mine[i].data, [])) {
      const a = mine[i].locate(path);
      const b = theirs[i].locate(path);
      if (a.line !== b.line || a.column !== b.column)
        return `document ${i} at ${JSON.stringify(path)}: subset ${a.line}:${a.column}, js-yaml ${b.line}:${b.column}`;
    }
  }
  return undefined;
}

/** Every path in a value, and beside each collection's a missing key, a missing index and a key given as a number. */
function pathsOf(v: unknown, at: NodePath): NodePath[] {
  const out: NodePath[] = [at, [...at, 'missing']];
  if (Array.isArray(v)) {
    out.push([...at, v.length], [...at, '0']);
    v.forEach((x, i) => out.push(...pathsOf(x, [...at, i])));
  } else if (v !== null && typeof v === 'object') {
    out.push([...at, 0]);
    for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...at, k]));
  }
  return out;
}

const SEPARATORS = ['---\n', '--- \n', '---   # next\n', '\n---\n', '# a comment\n---\n', '---\r\n', '---\n\n'];

/** Manifest files: one to three generated documents between document markers, most of them mutated a little. */
export const manifestInput: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...SEPARATORS), blockDocument), { minLength: 1, maxLength: 3 }),
    fc.boolean(),
    fc.array(edit, { maxLength: 3 }),
  )
  .map(([docs, leading, edits]) => {
    const text = docs.map(([sep, doc], i) => (i > 0 || leading ? sep : '') + doc + (doc.endsWith('\n') ? '' : '\n'));
    return edits.reduce(applyEdit, text.join(''));
  });

export function subsetPositionsProperty() {
  return fc.property(manifestInput, (text) => {
    const d = positionDisagreement(text);
    if (d !== undefined) throw new Error(`${d}\ntext:\n${text}`);
  });
}
