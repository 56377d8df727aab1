import type { YamlEdit, YamlPath } from '../model/edit.js';

export type { YamlEdit, YamlPath } from '../model/edit.js';
import type { Document, Node as YamlNode, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import { escapeLineSeparators, guardLineSeparators } from './yaml-line-separators.js';

type Yaml = typeof import('yaml');
// `yaml` is loaded on the first edit, not when this module is imported (validate imports it for --fix only).
const isCollection = ((n: unknown) => yamlLib().isCollection(n)) as Yaml['isCollection'];
const isMap = ((n: unknown) => yamlLib().isMap(n)) as Yaml['isMap'];
const isPair = ((n: unknown) => yamlLib().isPair(n)) as Yaml['isPair'];
const isScalar = ((n: unknown) => yamlLib().isScalar(n)) as Yaml['isScalar'];
const isSeq = ((n: unknown) => yamlLib().isSeq(n)) as Yaml['isSeq'];
const parseDocument = ((...a: Parameters<Yaml['parseDocument']>) =>
  yamlLib().parseDocument(...a)) as Yaml['parseDocument'];
const visit = ((...a: Parameters<Yaml['visit']>) => yamlLib().visit(...a)) as Yaml['visit'];

/** `yaml`'s stringify, with strings that hold a line separator double-quoted (see `splice` for the escape). */
function stringify(value: unknown, opts: Ctx['opts']): string {
  // As `yaml`'s own stringify builds it (its options are all for toString), so nothing else of the output changes.
  const doc = new (yamlLib().Document)(value);
  guardLineSeparators(doc);
  return doc.toString(opts);
}

/**
 * Surgical edits of a YAML file's text (catalogs are written by people: their comments, key order, quoting
 * and blank lines must survive a tool's write). Each edit parses the text with `yaml` to find node ranges,
 * then splices new text in place of the edited node only; everything outside it is kept byte-for-byte.
 * An edit that would not change the data (same value already there) returns the text unchanged, so applying
 * the same edits twice gives the same bytes.
 */

export class YamlEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'YamlEditError';
  }
}

export function applyYamlEdits(text: string, edits: readonly YamlEdit[]): string {
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

/**
 * Sets the comment that ends the line of the value at `path`; inside a flow collection, the line the outermost one
 * ends on (a comment cannot sit inside it). A line that goes on after the value with something else than a comment
 * is left as it is. The comment is one line: a name read from a manifest cannot start a new YAML line.
 */
export function setLineComment(text: string, path: YamlPath, comment: string, replaces?: string): string {
  const ctx = parse(text, false);
  let node: YamlNode | null | undefined = ctx.doc.contents as YamlNode | null;
  let flow: YamlNode | undefined;
  for (const seg of path) {
    if (!flow && isCollection(node) && node.flow) flow = node;
    if (isMap(node)) node = (findPair(node, seg)?.value as YamlNode | null | undefined) ?? undefined;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg] as YamlNode | undefined;
    else node = undefined;
    if (!node) throw new YamlEditError(`${describe(path)}: no such value`);
  }
  const target = flow ?? node;
  if (!target?.range) throw new YamlEditError(`${describe(path)}: no such value`);
  const end = contentEnd(text, target);
  const stop = lineEnd(text, end + 1);
  const rest = text.slice(end, Math.max(end, stop));
  const m = /^[ \t]*(?:#(.*))?$/.exec(rest);
  if (!m) return text;
  // As written: one line, line separators escaped (so a comment the tool wrote before is recognised as its own).
  const line = (s: string) => escapeLineSeparators(s).replace(/\s+/g, ' ').trim();
  if (replaces !== undefined && m[1] !== undefined && line(m[1]) !== line(replaces) && line(m[1]) !== line(comment))
    return text;
  const want = ` # ${escapeLineSeparators(comment)
    .replace(/[\r\n]+/g, ' ')
    .trim()}`;
  return rest === want ? text : splice(ctx, end, Math.max(end, stop), want);
}

/** Sets the value at `path`. Intermediate mappings that are missing are created under the nearest existing one. */
export function setYamlValue(
  text: string,
  path: YamlPath,
  value: unknown,
  opts: { after?: string; compact?: boolean; flowLike?: string; comment?: string } = {},
): string {
  if (path.length === 0) throw new YamlEditError('cannot replace the whole document');
  const ctx = parse(text, opts.compact);
  let node: YamlNode | null = ctx.doc.contents as YamlNode | null;
  // Inside a flow collection every value is in flow context, where `[`, `,` or a line break must be quoted.
  let inFlow = false;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    const here = describe(path.slice(0, i));
    if (isCollection(node) && node.flow) inFlow = true;
    if (isMap(node)) {
      const pair = findPair(node, seg);
      if (!pair) {
        const rest = path.slice(i + 1);
        if (rest.some((s) => typeof s !== 'string'))
          throw new YamlEditError(
            `${describe(path.slice(0, i + 1))}: no such key, and a sequence index cannot be created`,
          );
        return addKey(
          ctx,
          node,
          String(seg),
          nest(rest as string[], value),
          last ? opts.after : undefined,
          last ? { flowLike: opts.flowLike, comment: opts.comment } : {},
        );
      }
      const child = pair.value as YamlNode | null;
      if (last) return inFlow ? replaceFlowPairValue(ctx, pair, value) : replacePairValue(ctx, pair, value);
      if (child === null || (isScalar(child) && child.value === null)) {
        const rest = path.slice(i + 1);
        if (rest.some((s) => typeof s !== 'string'))
          throw new YamlEditError(`${describe(path.slice(0, i + 1))} is empty: cannot index into it`);
        const nested = nest(rest as string[], value);
        return inFlow ? replaceFlowPairValue(ctx, pair, nested) : replacePairValue(ctx, pair, nested);
      }
      node = child;
    } else if (isSeq(node)) {
      if (typeof seg !== 'number' || seg < 0 || seg >= node.items.length) {
        throw new YamlEditError(`${here || 'document'}: no item ${String(seg)} in the sequence`);
      }
      const item = node.items[seg] as YamlNode;
      if (last) return inFlow ? replaceFlowSeqItem(ctx, item, value) : replaceSeqItem(ctx, node, item, value);
      node = item;
    } else {
      throw new YamlEditError(`${here || 'document'} is not a mapping or sequence: cannot set ${describe(path)}`);
    }
  }
  return text;
}

/** Appends `value` to the sequence at `path` (in a block sequence, after a comment line when one is given). */
export function appendYamlItem(
  text: string,
  path: YamlPath,
  value: unknown,
  opts: { compact?: boolean; comment?: string } = {},
): string {
  const ctx = parse(text, opts.compact);
  const target = nodeAt(ctx.doc.contents as YamlNode | null, path);
  if (target === undefined || target === null || (isScalar(target) && target.value === null)) {
    return setYamlValue(text, path, [value], opts);
  }
  if (!isSeq(target)) throw new YamlEditError(`${describe(path)} is not a sequence`);
  const seq = target as YAMLSeq;
  if (seq.flow) {
    const close = seq.range![1] - 1;
    if (text[close] !== ']') throw new YamlEditError(`${describe(path)}: cannot find the end of the flow sequence`);
    const inner = text.slice(seq.range![0] + 1, close);
    const rendered = renderFlowValue(value);
    if (inner.trim() === '') return splice(ctx, close, close, rendered);
    // Right after the last item, so the file's own padding (`[ a, b ]`) stays on both sides.
    const last = seq.range![0] + 1 + inner.trimEnd().length;
    return splice(ctx, last, last, `, ${rendered}`);
  }
  const col = columnOf(text, seq.range![0]);
  const at = afterLineOf(text, contentEnd(text, seq));
  const body = indentLines(stringify([styled(ctx, value)], ctx.opts).replace(/\n$/, ''), col);
  const pad = ' '.repeat(col);
  // One line: words read from a manifest cannot start a YAML line of their own.
  const comment = opts.comment ? `${pad}# ${escapeLineSeparators(opts.comment).replace(/\s+/g, ' ').trim()}\n` : '';
  return insertLines(ctx, at, `${comment}${pad}${body}`);
}

// ---------------------------------------------------------------------------------------------------------

interface Ctx {
  text: string;
  /** Write short lists and small maps of new content on one line, as `threatcat init` writes a catalog. */
  compact: boolean;
  doc: Document.Parsed;
  eol: string;
  /** Options for `stringify` that match the file's own indentation. */
  opts: {
    indent: number;
    indentSeq: boolean;
    lineWidth: number;
    minContentWidth: number;
    flowCollectionPadding: boolean;
  };
}

function parse(text: string, compact = false): Ctx {
  // logLevel: a warning of the library (a key that is a collection) must not reach the user's terminal as a Node warning.
  const doc = parseDocument(text, { uniqueKeys: false, keepSourceTokens: false, logLevel: 'error' });
  if (doc.errors.length > 0)
    throw new YamlEditError(`cannot edit: the YAML does not parse (${doc.errors[0].message.split('\n')[0]})`);
  const { step, seqIndent } = detectIndentation(text, doc.contents as YamlNode | null);
  return {
    text,
    compact,
    doc,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    opts: { indent: step, indentSeq: seqIndent > 0, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false },
  };
}

function replacePairValue(ctx: Ctx, pair: Pair, value: unknown): string {
  const { text } = ctx;
  const old = pair.value as YamlNode | null;
  if (old && sameData(old.toJSON(), value)) return text;
  const key = pair.key as YamlNode;
  const keyCol = columnOf(text, key.range![0]);
  const newIsBlock = isBlockCollection(value);
  const oldIsBlock = old !== null && isCollection(old) && !old.flow && old.items.length > 0;
  // A flow collection stays flow while the new value fits init's one line (a derived list that grows, a blast
  // surface gaining destinations, goes to block style as init would write it, not onto a 200-character line); a
  // scalar replaced by a scalar: splice the value only (keeps the comment).
  if (
    old?.range &&
    isCollection(old) &&
    old.flow &&
    (isNonEmptyCollection(value) || !newIsBlock) &&
    !(isNonEmptyCollection(value) && inlineWidth(value) > INLINE_WIDTH)
  ) {
    return splice(
      ctx,
      old.range[0],
      old.range[1],
      isNonEmptyCollection(value) ? renderFlow(value) : renderInline(ctx, value, keyCol),
    );
  }
  if (
    !newIsBlock &&
    old &&
    old.range &&
    !oldIsBlock &&
    !(isScalar(old) && old.value === null && old.range[0] === old.range[1])
  ) {
    return spliceKeepingComment(
      ctx,
      old.range[0],
      contentEnd(text, old),
      renderInline(ctx, styledLike(old, value), keyCol),
    );
  }
  // Block collection replaced by the same kind: keep the key line (and any comment on it) and the value's column.
  if (newIsBlock && oldIsBlock && isMap(old) === isPlainObject(value)) {
    const col = columnOf(text, old!.range![0]);
    const block = indentLines(stringify(styled(ctx, value), ctx.opts).replace(/\n$/, ''), col);
    return splice(ctx, old!.range![0], lineEnd(text, contentEnd(text, old!)), block);
  }
  // Anything else: rewrite everything after the key's colon.
  const colon = colonAfter(text, key.range![1]);
  const end = old?.range && !(isScalar(old) && old.value === null) ? contentEnd(text, old) : colon + 1;
  return spliceKeepingComment(ctx, colon + 1, Math.max(end, colon + 1), afterColon(ctx, value, keyCol));
}

/** A value inside a flow collection: replaced in place, rendered for flow context. */
function replaceFlowPairValue(ctx: Ctx, pair: Pair, value: unknown): string {
  const old = pair.value as YamlNode | null;
  if (old && sameData(old.toJSON(), value)) return ctx.text;
  // A score in init's flow block (`{score: 4.4, …}`) keeps its one decimal: 6.0, not 6.
  const rendered = renderFlowValue(old ? styledLike(old, value) : value);
  if (old?.range && !(isScalar(old) && old.value === null && old.range[0] === old.range[1]))
    return splice(ctx, old.range[0], old.range[1], rendered);
  // `{a}` or `{a: }`: the value goes right after the key.
  const key = pair.key as YamlNode;
  const colon = ctx.text.indexOf(':', key.range![1]);
  const end = old?.range ? old.range[0] : key.range![1];
  if (colon !== -1 && colon < end + 1) return splice(ctx, colon + 1, Math.max(end, colon + 1), ` ${rendered}`);
  return splice(ctx, key.range![1], key.range![1], `: ${rendered}`);
}

function replaceFlowSeqItem(ctx: Ctx, item: YamlNode, value: unknown): string {
  if (sameData(item.toJSON(), value)) return ctx.text;
  return splice(ctx, item.range![0], item.range![1], renderFlowValue(styledLike(item, value)));
}

function replaceSeqItem(ctx: Ctx, seq: YAMLSeq, item: YamlNode, value: unknown): string {
  const { text } = ctx;
  if (sameData(item.toJSON(), value)) return text;
  if (seq.flow) return replaceFlowSeqItem(ctx, item, value);
  const col = columnOf(text, item.range![0]);
  if (!isBlockCollection(value) && !(isCollection(item) && !item.flow && item.items.length > 0)) {
    return spliceKeepingComment(
      ctx,
      item.range![0],
      contentEnd(text, item),
      renderInline(ctx, styledLike(item, value), col),
    );
  }
  // The item's first line follows "- ": render as a one-item sequence and drop the dash.
  const rendered = indentLines(stringify([styled(ctx, value)], ctx.opts).replace(/\n$/, ''), col - 2).replace(
    /^- /,
    '',
  );
  return splice(ctx, item.range![0], lineEnd(text, contentEnd(text, item)), rendered);
}

function addKey(
  ctx: Ctx,
  map: YAMLMap,
  key: string,
  value: unknown,
  after?: string,
  style: { flowLike?: string; comment?: string } = {},
): string {
  const { text } = ctx;
  if (map.flow) {
    const close = map.range![1] - 1;
    if (text[close] !== '}') throw new YamlEditError('cannot find the end of a flow mapping');
    const inner = text.slice(map.range![0] + 1, close);
    const rendered = `${renderFlow({ [key]: value }).slice(1, -1)}`;
    return splice(ctx, close, close, inner.trim() === '' ? rendered : `, ${rendered}`);
  }
  if (map.items.length === 0) throw new YamlEditError('cannot add a key to an empty block mapping');
  const first = map.items[0].key as YamlNode;
  const col = columnOf(text, first.range![0]);
  const anchorPair = (after !== undefined ? findPair(map, after) : undefined) ?? map.items[map.items.length - 1];
  const at = afterLineOf(text, contentEnd(text, anchorPair));
  const like = style.flowLike !== undefined ? (findPair(map, style.flowLike)?.value as YamlNode | null) : undefined;
  const flow = like != null && isCollection(like) && like.flow === true;
  const padded = like?.range ? /^[[{][ \t]/.test(text.slice(like.range[0], like.range[1])) : true;
  const body = indentLines(
    renderKey(ctx, key, styled(ctx, value), { flow, padded, comment: style.comment }).replace(/\n$/, ''),
    col,
  );
  return insertLines(ctx, at, `${' '.repeat(col)}${body}`);
}

/**
 * New content in the style `threatcat init` writes: a list of scalars, or a map of scalars and such lists, on one
 * line when it fits in INLINE_WIDTH characters. Only the value being written is styled; the file's own text is never touched.
 */
function styled(ctx: Ctx, value: unknown): unknown {
  if (!ctx.compact || value === null || typeof value !== 'object') return value;
  const doc = new (yamlLib().Document)(value, { keepUndefined: false, aliasDuplicateObjects: false });
  const width = inlineWidth;
  visit(doc, {
    Map(_, map) {
      if (
        map.items.length > 0 &&
        width(map.toJSON()) <= INLINE_WIDTH &&
        map.items.every((p) => isScalar(p.value) || isSeq(p.value))
      )
        map.flow = true;
    },
    Seq(_, seq) {
      if (seq.items.length > 0 && seq.items.every((i) => isScalar(i)) && width(seq.toJSON()) <= INLINE_WIDTH)
        seq.flow = true;
    },
  });
  return doc.contents;
}

/** The widest collection init writes on one line (flow style), measured as its JSON. */
export const INLINE_WIDTH = 100;

export function inlineWidth(value: unknown): number {
  return JSON.stringify(value).length;
}

/** `key: value` as a new line, in flow style and with a trailing comment when asked. */
function renderKey(
  ctx: Ctx,
  key: string,
  value: unknown,
  style: { flow: boolean; padded: boolean; comment?: string },
): string {
  if (!style.flow && !style.comment) return stringify({ [key]: value }, ctx.opts);
  const doc = new (yamlLib().Document)({ [key]: value });
  const node = doc.get(key, true) as YamlNode | undefined;
  if (node && isCollection(node) && style.flow) node.flow = true;
  if (node && style.comment) node.comment = ` ${style.comment.replace(/[\r\n]+/g, ' ')}`;
  guardLineSeparators(doc);
  return doc.toString({ ...ctx.opts, flowCollectionPadding: style.padded });
}

/**
 * A scalar replacing a scalar keeps the person's style: its quotes, and a number's decimals (`6.0` stays
 * `7.0`, not `7`).
 */
function styledLike(old: YamlNode, value: unknown): unknown {
  if (!isScalar(old)) return value;
  if (typeof value === 'number' && typeof old.value === 'number' && Number.isFinite(value)) {
    const s = new (yamlLib().Scalar)(value);
    const written = /\.(\d+)$/.exec(String(old.source ?? ''));
    const digits = Math.max(old.minFractionDigits ?? 0, written ? written[1].length : 0);
    if (digits > 0) s.minFractionDigits = digits;
    return s;
  }
  if (
    typeof value === 'string' &&
    typeof old.value === 'string' &&
    (old.type === 'QUOTE_DOUBLE' || old.type === 'QUOTE_SINGLE')
  ) {
    const s = new (yamlLib().Scalar)(value);
    s.type = old.type;
    return s;
  }
  return value;
}

/** Text after `key:` for a value: " scalar", " {}" or a newline and an indented block. */
function afterColon(ctx: Ctx, value: unknown, keyCol: number): string {
  const rendered = stringify({ k: styled(ctx, value) }, ctx.opts).replace(/\n$/, '');
  return indentLines(rendered.slice(2), keyCol);
}

/** A value on the current line (multi-line scalars continue at the key's indentation plus one step). */
function renderInline(ctx: Ctx, value: unknown, col: number): string {
  return afterColon(ctx, value, col).replace(/^ /, '');
}

/** A collection in flow style all the way down (a nested block collection cannot sit inside a flow one). */
function renderFlow(value: unknown): string {
  const doc = new (yamlLib().Document)(value, { flowCollectionPadding: false } as never);
  if (isCollection(doc.contents)) doc.contents.flow = true;
  // A line break in a string: double-quoted (an escape), so the flow collection stays on its one line. A plain
  // multi-line scalar there would need the indentation of the block around it.
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /[\n\r]/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  guardLineSeparators(doc);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, collectionStyle: 'flow' }).replace(/\n$/, '');
}

/**
 * A value written inside a flow collection: a scalar rendered as a flow-sequence item (so `[`, `,`, `#` or a line
 * break are quoted, as flow context needs, and no block scalar appears), a collection as a flow collection.
 */
function renderFlowValue(value: unknown): string {
  return isNonEmptyCollection(value) ? renderFlow(value) : renderFlow([value]).slice(1, -1);
}

/** Prefixes every line but the first with `col` spaces (empty lines stay empty). */
function indentLines(s: string, col: number): string {
  const pad = ' '.repeat(Math.max(0, col));
  return s
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n');
}

function insertLines(ctx: Ctx, at: number, lines: string): string {
  const { text } = ctx;
  if (at >= text.length && !text.endsWith('\n')) return splice(ctx, text.length, text.length, `\n${lines}`);
  return splice(ctx, at, at, `${lines}\n`);
}

/**
 * A splice whose new text runs over several lines (a block scalar `|-`, or a block collection after `key:`),
 * while a comment follows the old value on its line: left there, the comment would end up after the new value's
 * last line, inside a block scalar's text. It moves to the first line instead (after `|-`, or after the colon).
 */
function spliceKeepingComment(ctx: Ctx, from: number, to: number, insert: string): string {
  if (!insert.includes('\n')) return splice(ctx, from, to, insert);
  const end = lineEnd(ctx.text, to + 1);
  const rest = ctx.text.slice(to, Math.max(to, end));
  const comment = /^[ \t]*(#.*)$/.exec(rest);
  if (!comment) return splice(ctx, from, to, insert);
  const nl = insert.indexOf('\n');
  const first = insert.slice(0, nl).replace(/[ \t]+$/, '');
  return splice(ctx, from, end, `${first} ${comment[1]}${insert.slice(nl)}`);
}

/**
 * Every new text goes in here, its line separators escaped: each is in a double-quoted scalar (the renderers above
 * quote every string that holds one) or in a comment.
 */
function splice(ctx: Ctx, from: number, to: number, insert: string): string {
  const escaped = escapeLineSeparators(insert);
  const s = ctx.eol === '\n' ? escaped : escaped.replace(/\r?\n/g, ctx.eol);
  return ctx.text.slice(0, from) + s + ctx.text.slice(to);
}

/** End offset of a node's last meaningful character (no trailing comments, blank lines or newline). */
function contentEnd(text: string, node: YamlNode | Pair): number {
  if (isPair(node)) {
    const v = node.value as YamlNode | null;
    if (v?.range && !(isScalar(v) && v.value === null && v.range[0] === v.range[1])) return contentEnd(text, v);
    return colonAfter(text, (node.key as YamlNode).range![1]) + 1;
  }
  if (isCollection(node) && !node.flow && node.items.length > 0) {
    return contentEnd(text, node.items[node.items.length - 1] as YamlNode | Pair);
  }
  let end = node.range![1];
  while (end > node.range![0] && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

/** End of the line holding offset `end - 1`, before its newline: a replaced block takes its trailing comment along. */
function lineEnd(text: string, end: number): number {
  const nl = text.indexOf('\n', Math.max(0, end - 1));
  const e = nl === -1 ? text.length : nl;
  return text[e - 1] === '\r' ? e - 1 : e;
}

/** Offset just past the newline that ends the line holding offset `end - 1`. */
function afterLineOf(text: string, end: number): number {
  const nl = text.indexOf('\n', Math.max(0, end - 1));
  return nl === -1 ? text.length : nl + 1;
}

function colonAfter(text: string, from: number): number {
  const i = text.indexOf(':', from);
  if (i === -1) throw new YamlEditError('cannot find the colon after a key');
  return i;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function findPair(map: YAMLMap, seg: string | number): Pair | undefined {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg)) as Pair | undefined;
}

function nodeAt(root: YamlNode | null, path: YamlPath): YamlNode | null | undefined {
  let node: YamlNode | null | undefined = root;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = findPair(node, seg);
      if (!pair) return undefined;
      node = pair.value as YamlNode | null;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg] as YamlNode | undefined;
    } else {
      return undefined;
    }
  }
  return node;
}

/** The file's own indentation: mapping step, and whether sequences are indented under their key. */
function detectIndentation(text: string, root: YamlNode | null): { step: number; seqIndent: number } {
  let step: number | undefined;
  let seqIndent: number | undefined;
  const visit = (node: YamlNode | null, depth: number): void => {
    if (depth > 50 || (step !== undefined && seqIndent !== undefined)) return;
    if (isMap(node)) {
      for (const p of node.items) {
        const v = p.value as YamlNode | null;
        const k = p.key as YamlNode | null;
        if (k?.range && v && isCollection(v) && !v.flow && v.items.length > 0 && v.range) {
          const keyLineStart = text.lastIndexOf('\n', k.range[0] - 1) + 1;
          const valueLineStart = text.lastIndexOf('\n', v.range[0] - 1) + 1;
          if (valueLineStart !== keyLineStart) {
            const d = columnOf(text, v.range[0]) - columnOf(text, k.range[0]);
            if (isMap(v) && step === undefined && d > 0) step = d;
            if (isSeq(v) && seqIndent === undefined && d >= 0) seqIndent = d;
          }
        }
        visit(v, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item as YamlNode, depth + 1);
    }
  };
  visit(root, 0);
  return { step: step ?? (seqIndent || 2), seqIndent: seqIndent ?? step ?? 2 };
}

function nest(keys: string[], value: unknown): unknown {
  return keys.reduceRight<unknown>((v, k) => ({ [k]: v }), value);
}

function describe(path: YamlPath): string {
  return path
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isNonEmptyCollection(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : isPlainObject(v) && Object.keys(v).length > 0;
}

function isBlockCollection(v: unknown): boolean {
  return isNonEmptyCollection(v);
}

/** Data equality, ignoring mapping key order (a re-ordered mapping is the same data: leave the human's order). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date) a = a.toISOString();
  if (b instanceof Date) b = b.toISOString();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameData(a[k], b[k]));
  }
  return false;
}
