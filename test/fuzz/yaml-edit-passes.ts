// Edits applied in passes (src/render/yaml-edit-passes.ts) against the same edits one at a time, a fuzz target
// (targets.ts) also run by test/render/yaml-edit-passes.test.ts: random catalogs in the styles a person writes
// (comments, flow and block collections, quoting, block scalars, anchors and aliases, nulls written `null`, `~` or
// nothing, blank lines, 2 or 4 spaces, CRLF), and random edit lists where edits often meet: the same node twice, a
// key added after a value just set, edits inside an item appended just before, comments on values just set, edits
// that fail; values and comments holding line separators.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Document,
  isAlias,
  isCollection,
  isScalar,
  parseDocument,
  type Node as YamlNode,
  type Scalar,
  visit,
} from 'yaml';
import type { YamlEdit } from '../../src/model/edit.js';
import { appendYamlItem, setLineComment, setYamlValue, YamlEditError } from '../../src/render/yaml-edit.js';
import { applyInPasses, type PassStats } from '../../src/render/yaml-edit-passes.js';
import { CATALOG } from '../helpers/catalogs.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The reference: each edit through the single-edit functions, the text parsed again for each. */
export function oneAtATime(text: string, edits: readonly YamlEdit[]): string {
  let out = text;
  for (const e of edits)
    out =
      e.op === 'set'
        ? setYamlValue(out, e.path, e.value, {
            after: e.after,
            compact: e.compact,
            flowLike: e.flowLike,
            comment: e.comment,
          })
        : e.op === 'append'
          ? appendYamlItem(out, e.path, e.value, { compact: e.compact, comment: e.comment })
          : setLineComment(out, e.path, e.comment, e.replaces);
  return out;
}

/** The bytes, or the error's name and message. */
export function outcome(f: () => string): string {
  try {
    return `text:${f()}`;
  } catch (err) {
    return `error:${(err as Error).name}: ${(err as Error).message}`;
  }
}

type DataPath = Array<string | number>;

const KEYS = ['id', 'status', 'title', 'components', 'evidence', 'cvss', 'base', 'aivss', 'score', 'a', 'b', 'note'];

const leaf = fc.oneof(
  fc.constantFrom(
    'open',
    'closed',
    'multi\nline\n',
    'a: b',
    '# x',
    '',
    "it's",
    '*x',
    '- z',
    'long words '.repeat(9),
    // A name read from a manifest: line separators to YAML 1.1, written escaped.
    'srv\u2028x\u2029y\u0085z',
  ),
  fc.integer({ min: -5, max: 100 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: 10 }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
);

const tree = fc.letrec<{ node: unknown; map: Record<string, unknown>; seq: unknown[] }>((tie) => ({
  node: fc.oneof({ maxDepth: 3, depthSize: 'small' }, leaf, tie('map'), tie('seq')),
  map: fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { minKeys: 1, maxKeys: 4 }),
  seq: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
}));

const threat = fc.record(
  {
    id: fc.constantFrom('T-1', 'T-2', 'T-3'),
    status: fc.constantFrom('open', 'closed', 'accepted'),
    components: fc.array(fc.constantFrom('model', 'tools', 'sa'), { maxLength: 3 }),
    cvss: fc.record({ base: fc.constantFrom(6.3, 7, 9.5), vector: fc.constantFrom('CVSS:4.0/AV:N', 'x') }),
    aivss: fc.record({ score: fc.constantFrom(4.4, 6, 7.3), severity: fc.constantFrom('Medium', 'High') }),
    evidence: fc.array(tree.map, { maxLength: 2 }),
    note: tree.node,
  },
  { requiredKeys: ['id', 'status'] },
);

const catalogData = fc
  .record({
    metadata: fc.record({ name: fc.constantFrom('demo', 'x'), owners: tree.map }),
    agent: fc.record({ factors: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom(0, 0.5, 1)) }),
    threats: fc.array(threat, { minLength: 1, maxLength: 4 }),
    extra: tree.map,
  })
  .map((c) => ({ apiVersion: 'threatcat.dev/v1alpha1', kind: 'ThreatCatalog', ...c }));

/** How to write the data: collection, scalar and comment choices drawn in turn from `picks`. */
const style = fc.record({
  picks: fc.array(fc.nat({ max: 99 }), { minLength: 8, maxLength: 48 }),
  indent: fc.constantFrom(2, 2, 4),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 0, 40),
  padding: fc.boolean(),
  crlf: fc.constantFrom(false, false, false, true),
  head: fc.boolean(),
  // How a null is written: `key: null`, `key: ~`, or nothing (`key:`, `-`).
  nullStr: fc.constantFrom('null', 'null', '~', ''),
});
type Style = typeof style extends fc.Arbitrary<infer T> ? T : never;

function written(data: unknown, s: Style): string {
  const doc = new Document(data);
  let i = 0;
  const pick = () => s.picks[i++ % s.picks.length];
  const anchored: Scalar[] = [];
  visit(doc, {
    Pair(_, pair) {
      const x = pick();
      if (isScalar(pair.key) && x < 10) (pair.key as YamlNode).commentBefore = ` note ${x}`;
      if (isScalar(pair.key) && x % 11 === 0) (pair.key as YamlNode).spaceBefore = true;
      // An alias to a scalar anchored earlier in the document.
      if (x % 17 === 3 && anchored.length > 0 && isScalar(pair.value) && !(pair.value as Scalar).anchor)
        pair.value = doc.createAlias(anchored[x % anchored.length]);
    },
    Map(_, map) {
      if (pick() < 20) map.flow = true;
    },
    Seq(_, seq) {
      const x = pick();
      if (x < 25) seq.flow = true;
      if (x > 92) seq.comment = ' after the list';
    },
    Scalar(key, node) {
      if (key === 'key') return;
      const x = pick();
      if (typeof node.value === 'string')
        node.type =
          x < 15
            ? 'QUOTE_DOUBLE'
            : x < 25
              ? 'QUOTE_SINGLE'
              : x < 40 && node.value.includes('\n')
                ? 'BLOCK_LITERAL'
                : x < 45
                  ? 'BLOCK_FOLDED'
                  : 'PLAIN';
      if (x % 7 === 0) node.comment = ' why';
      if (x % 13 === 0) {
        node.anchor = `a${anchored.length}`;
        anchored.push(node);
      }
    },
  });
  let text = doc.toString({
    indent: s.indent,
    indentSeq: s.indentSeq,
    lineWidth: s.lineWidth,
    minContentWidth: 0,
    flowCollectionPadding: s.padding,
    nullStr: s.nullStr,
  });
  if (s.head) text = `# A catalog a person keeps\n\n${text}# end\n`;
  return s.crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** Hand-written and init-written catalogs, beside the generated ones. */
const SEEDS = [
  readFileSync(join(ROOT, 'examples/k8s-ops/k8s-ops.threats.yaml'), 'utf8'),
  CATALOG,
  CATALOG.replace(/\n/g, '\r\n'),
];

const catalogText = fc.oneof(
  {
    weight: 5,
    // (`yaml` can write a long flow collection it does not read back: such a text is not one a person keeps.)
    arbitrary: fc
      .tuple(catalogData, style)
      .map(([d, s]) => written(d, s))
      .filter(parses),
  },
  { weight: 1, arbitrary: fc.constantFrom(...SEEDS) },
);

const editValue = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('event', 'at', 'x', 'y'), leaf, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom([], {}, ['a', 'b'], { event: 'e', at: 't' }) },
);

/** What an edit of the list is, resolved against the text as the edits before it leave it. */
const editSpec = fc.record({
  op: fc.oneof(
    { weight: 40, arbitrary: fc.constantFrom('set', 'add', 'append', 'comment', 'inside') },
    { weight: 5, arbitrary: fc.constant('reopen') },
    { weight: 1, arbitrary: fc.constant('bad') },
  ),
  pick: fc.nat({ max: 400 }),
  // 0: anywhere; 1: the path of the edit before; 2: under the same parent.
  near: fc.constantFrom(0, 0, 1, 2),
  key: fc.constantFrom(...KEYS, 'reopened', 'fresh'),
  value: editValue,
  after: fc.option(fc.constantFrom('status', 'id', 'missing'), { nil: undefined }),
  compact: fc.boolean(),
  comment: fc.option(fc.constantFrom('why', 'applies because: x', 'two\nlines', '  spaced  ', 'reach of a\u2028b'), {
    nil: undefined,
  }),
  replaces: fc.option(fc.constantFrom('why', 'old', 'note 3'), { nil: undefined }),
});
type EditSpec = typeof editSpec extends fc.Arbitrary<infer T> ? T : never;

function pathsOf(data: unknown, prefix: DataPath = [], out: Array<{ path: DataPath; value: unknown }> = []) {
  out.push({ path: prefix, value: data });
  if (prefix.length >= 6) return out;
  if (Array.isArray(data)) data.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (data !== null && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) pathsOf(v, [...prefix, k], out);
  return out;
}

/**
 * The edits one at a time, each on the text the ones before it left (up to the first that fails, where the list
 * stops): where the path runs through block collections only, one that leaves a text that does not parse, or a
 * value that is not the one written (found this way: a `null` left after the list that replaced it, a list written
 * on the line of an item's anchor); and whether an edit in a flow collection left a text that does not parse
 * (`yaml` writes flow collections over many lines with comments inside, which people seldom do and the editor does
 * not handle; passes then go one at a time, to fail where that would). Not checked: what a comment op does, and
 * values once an alias's anchor has gone with the value replaced.
 */
function checkEdits(text: string, edits: readonly YamlEdit[]): { wrong?: string; flowBroke?: boolean } {
  let current = text;
  for (const e of edits) {
    let next: string;
    try {
      next = oneAtATime(current, [e]);
    } catch (err) {
      if (err instanceof YamlEditError) return {};
      throw err;
    }
    const what = `${e.op} ${JSON.stringify(e.path)}`;
    const block = blockPath(current, e.path);
    const doc = parseDocument(next, { uniqueKeys: false, logLevel: 'error' });
    if (doc.errors.length > 0)
      return block ? { wrong: `${what} leaves a text that does not parse:\n${next}` } : { flowBroke: true };
    const data = loads(doc);
    if (data === undefined) return {};
    const got = valueAt(data, e.path, e.op);
    if (e.op !== 'comment' && block && !sameJson(got, e.value) && !commentsReadIn(got, e.value))
      return { wrong: `${what}: not the value written (${JSON.stringify(e.value)}):\n${next}` };
    current = next;
  }
  return {};
}

/**
 * A block scalar written where comment lines follow the old value, indented under its key (a person's, or those
 * `yaml` writes after a collection with a comment): they read as the scalar's last lines. Known, not fixed.
 */
function commentsReadIn(got: unknown, value: unknown): boolean {
  return (
    typeof got === 'string' &&
    typeof value === 'string' &&
    got.startsWith(value) &&
    /^(?:#[^\n]*\n?)+$/.test(got.slice(value.length))
  );
}

function loads(doc: ReturnType<typeof parseDocument>): unknown {
  try {
    return doc.toJS({ maxAliasCount: -1 });
  } catch {
    return undefined;
  }
}

/** Whether every collection from the root to the node at `path` (or as far as it goes), that node too, is in block style. */
function blockPath(text: string, path: readonly (string | number)[]): boolean {
  let node: unknown = parseDocument(text, { uniqueKeys: false, logLevel: 'error' }).contents;
  for (const seg of [...path, undefined]) {
    if (isAlias(node)) return false;
    if (!isCollection(node)) return true;
    if (node.flow) return false;
    if (seg === undefined) return true;
    node = node.get(seg, true);
  }
  return true;
}

/** The value at `path`; for an append, the last item of the list there. */
function valueAt(data: unknown, path: readonly (string | number)[], op: YamlEdit['op']): unknown {
  let v = data;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  return op === 'append' ? (Array.isArray(v) ? v[v.length - 1] : undefined) : v;
}

function sameJson(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(norm)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([x], [y]) => (x < y ? -1 : 1))
              .map(([k, x]) => [k, norm(x)]),
          )
        : v;
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

function parses(text: string): boolean {
  return parseDocument(text, { uniqueKeys: false, logLevel: 'error' }).errors.length === 0;
}

function dataOf(text: string): unknown {
  try {
    return parseDocument(text, { uniqueKeys: false, logLevel: 'error' }).toJS({ maxAliasCount: -1 });
  } catch {
    return null;
  }
}

/** The edits of one spec (a re-open is two), on the data as the edits before left it. */
function resolve(spec: EditSpec, data: unknown, prev: DataPath | undefined, appended: DataPath | undefined) {
  const all = pathsOf(data);
  const isMapValue = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const choose = (ok: (p: { path: DataPath; value: unknown }) => boolean): DataPath | undefined => {
    const pool = all.filter(ok);
    if (spec.near === 1 && prev && pool.some((p) => isPrefix(p.path, prev) && p.path.length === prev.length))
      return prev;
    const near = spec.near === 2 && prev ? pool.filter((p) => isPrefix(prev.slice(0, -1), p.path)) : [];
    const from = near.length > 0 ? near : pool;
    return from.length > 0 ? from[spec.pick % from.length].path : undefined;
  };
  const extra = { ...(spec.compact ? { compact: true } : {}) };
  switch (spec.op) {
    case 'set': {
      const path = choose((p) => p.path.length > 0);
      return path ? [{ op: 'set', path, value: spec.value, ...extra } as YamlEdit] : [];
    }
    case 'add': {
      const path = choose((p) => isMapValue(p.value));
      if (!path) return [];
      const deeper = spec.pick % 5 === 0 ? [spec.key, 'inner'] : [spec.key];
      return [
        {
          op: 'set',
          path: [...path, ...deeper],
          value: spec.value,
          ...(spec.after ? { after: spec.after } : {}),
          ...(spec.pick % 3 === 0 ? { flowLike: 'components' } : {}),
          ...(spec.comment && spec.pick % 2 === 0 ? { comment: spec.comment } : {}),
          ...extra,
        } as YamlEdit,
      ];
    }
    case 'append': {
      const path =
        spec.pick % 6 === 0
          ? [...(choose((p) => isMapValue(p.value)) ?? []), 'fresh']
          : choose((p) => Array.isArray(p.value));
      return path ? [{ op: 'append', path, value: spec.value, ...extra, comment: spec.comment } as YamlEdit] : [];
    }
    case 'comment': {
      const path = choose((p) => p.path.length > 0);
      return path ? [{ op: 'comment', path, comment: spec.comment ?? 'why', replaces: spec.replaces } as YamlEdit] : [];
    }
    case 'reopen': {
      const item = choose((p) => isMapValue(p.value) && typeof p.path[p.path.length - 1] === 'number');
      if (!item) return [];
      return [
        { op: 'set', path: [...item, 'status'], value: 'open' } as YamlEdit,
        { op: 'set', path: [...item, 'reopened'], value: { event: 'e', at: spec.pick }, after: 'status' } as YamlEdit,
      ];
    }
    case 'inside': {
      // Inside the item appended last: a comment, a value or a key of it.
      if (!appended) return [];
      const under = all.filter((p) => isPrefix(appended, p.path) && p.path.length > appended.length);
      const path = under.length > 0 ? under[spec.pick % under.length].path : [...appended, spec.key];
      return spec.pick % 2 === 0 && under.length > 0
        ? [{ op: 'comment', path, comment: spec.comment ?? 'computed' } as YamlEdit]
        : [{ op: 'set', path, value: spec.value, ...extra } as YamlEdit];
    }
    default: {
      const seq = choose((p) => Array.isArray(p.value));
      const bad: DataPath[] = [seq ? [...seq, 50] : ['nope', 3], ['kind', 'x'], []];
      return [{ op: 'set', path: bad[spec.pick % bad.length], value: 1 } as YamlEdit];
    }
  }
}

function isPrefix(prefix: DataPath, path: DataPath): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => s === path[i]);
}

/** A text and edits on it, each resolved on the text the edits before it leave (as a plan's edits are). */
export const textAndEdits = fc
  .tuple(catalogText, fc.array(editSpec, { minLength: 2, maxLength: 14 }))
  .map(([text, specs]) => {
    const edits: YamlEdit[] = [];
    let current = text;
    let prev: DataPath | undefined;
    let appended: DataPath | undefined;
    for (const spec of specs) {
      const data = dataOf(current);
      for (const e of resolve(spec, data, prev, appended)) {
        edits.push(e);
        prev = [...e.path];
        try {
          current = oneAtATime(current, [e]);
        } catch {
          // The list keeps going: the edits after one that fails are never applied, in passes neither.
        }
        if (e.op === 'append') {
          const list = pathsOf(dataOf(current)).find(
            (p) => isPrefix(p.path, [...e.path]) && p.path.length === e.path.length,
          );
          if (Array.isArray(list?.value)) appended = [...e.path, list.value.length - 1];
        }
      }
    }
    return { text, edits };
  });

/** A line separator as written raw: a line break to YAML 1.1 parsers (src/render/yaml-line-separators.ts). */
const RAW_SEPARATOR = /[\u0085\u2028\u2029]/;

/**
 * The same bytes (or the same error) in passes as one at a time; each edit one at a time in block collections leaves
 * a text that parses, with the value written (`checkEdits`); passes fall back to one at a time only where an edit in
 * a flow collection broke the text; and no line separator is written raw.
 */
export function samePassesProperty() {
  return fc.property(textAndEdits, ({ text, edits }) => {
    const stats: PassStats = { parses: 0, oneByOne: false };
    const expected = outcome(() => oneAtATime(text, edits));
    const got = outcome(() => applyInPasses(text, edits, stats));
    if (got !== expected)
      throw new Error(
        `passes differ from one at a time\n${JSON.stringify({ text, edits })}\n--- expected\n${expected}\n--- got\n${got}`,
      );
    const { wrong, flowBroke } = checkEdits(text, edits);
    if (wrong) throw new Error(`${wrong}\n${JSON.stringify({ text, edits })}`);
    if (stats.oneByOne && !flowBroke) throw new Error(`fell back to one at a time\n${JSON.stringify({ text, edits })}`);
    if (!RAW_SEPARATOR.test(text) && RAW_SEPARATOR.test(got))
      throw new Error(`a line separator written raw\n${JSON.stringify({ text, edits })}\n--- got\n${got}`);
  });
}
