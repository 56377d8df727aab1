import type { YamlEdit, YamlPath } from '../model/edit.js';
import type { Document, Node as YamlNode, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import { escapeLineSeparators } from './yaml-line-separators.js';
import { guardPortable } from './yaml-portable.js';

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

/**
 * `yaml`'s stringify, with strings that hold a line separator, or that a YAML 1.1 reader would misread, double-quoted
 * (yaml-portable.ts; see `splice` for the escape).
 */
function stringify(value: unknown, opts: ParsedText['opts']): string {
  // As `yaml`'s own stringify builds it (its options are all for toString), so nothing else of the output changes.
  const doc = new (yamlLib().Document)(value);
  guardPortable(doc);
  return doc.toString(opts);
}

/**
 * One surgical edit of a YAML file's text, computed on the text as parsed by `yaml`: the splice that replaces the
 * edited node only (see yaml-edit.ts for the guarantees). Each edit also records every stretch of text its result
 * depends on: what it reads and replaces (`EditCtx.reads`), and what it only looks at (`EditCtx.anchors`: the keys
 * on its path, where a collection it looked in could gain a key or an item, the start of a line it takes a column
 * from). yaml-edit-passes.ts applies the edits of one parse together where those show that none depends on
 * another's result. Every read of the text goes through the helpers at the end of this file, which record it.
 */

export class YamlEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'YamlEditError';
  }
}

/** The path goes through an item that an earlier edit of the same pass appends to `seq` (not in the parse yet). */
export class PendingItem extends Error {
  constructor(readonly seq: YAMLSeq) {
    super('an item appended by an earlier edit of the pass');
  }
}

/** `insert` in place of text[from, to) (its line breaks already the file's). */
export interface Splice {
  from: number;
  to: number;
  insert: string;
  /** A new last item of this block sequence, on the lines after its last item: the next append goes after it. */
  appended?: YAMLSeq;
}

/** A text parsed for editing: what every edit of it reads besides its own nodes. */
export interface ParsedText {
  text: string;
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
  /**
   * Where that indentation was read: the spans from a key's line to its block value (flat closed intervals), and
   * the offset before which new lines could hold a block collection read first.
   */
  indentFrom: number[];
  indentFrontier: number;
}

/** One edit's view of a parsed text, and what it read of it. */
export interface EditCtx extends ParsedText {
  /** Write short lists and small maps of new content on one line, as `threatcat init` writes a catalog. */
  compact: boolean;
  /** Closed intervals [a, b] of the text the result depends on, the replaced span included (flat pairs). */
  reads: number[];
  /**
   * Intervals the result also depends on that the edit never replaces: the keys and items on its path, and the
   * start of a line it takes its column from.
   */
  anchors: number[];
  /** How many items earlier edits of the same pass append to a block sequence (not in `doc` yet). */
  appended?: (seq: YAMLSeq) => number;
}

export function parseText(text: string): ParsedText {
  // logLevel: a warning of the library (a key that is a collection) must not reach the user's terminal as a Node warning.
  const doc = parseDocument(text, { uniqueKeys: false, keepSourceTokens: false, logLevel: 'error' });
  if (doc.errors.length > 0)
    throw new YamlEditError(`cannot edit: the YAML does not parse (${doc.errors[0].message.split('\n')[0]})`);
  const { step, seqIndent, from, frontier } = detectIndentation(text, doc.contents as YamlNode | null);
  return {
    text,
    doc,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    opts: { indent: step, indentSeq: seqIndent > 0, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false },
    indentFrom: from,
    indentFrontier: frontier,
  };
}

export function editContext(parsed: ParsedText, compact = false, appended?: EditCtx['appended']): EditCtx {
  return { ...parsed, compact, reads: [], anchors: [], appended };
}

export function applySplice(text: string, s: Splice | null): string {
  return s ? text.slice(0, s.from) + s.insert + text.slice(s.to) : text;
}

/** One edit on its own: the text parsed for it, as every edit was before edits were applied in passes. */
export function applyOne(text: string, e: YamlEdit): string {
  if (e.op === 'set' && e.path.length === 0) throw new YamlEditError('cannot replace the whole document');
  const compact = e.op !== 'comment' && Boolean(e.compact);
  return applySplice(text, editSplice(editContext(parseText(text), compact), e));
}

/** The splice of one edit; null when the data is already there. */
export function editSplice(ctx: EditCtx, e: YamlEdit): Splice | null {
  if (e.op === 'set')
    return setSplice(ctx, e.path, e.value, {
      after: e.after,
      flowLike: e.flowLike,
      comment: e.comment,
    });
  if (e.op === 'append') return appendSplice(ctx, e.path, e.value, { comment: e.comment });
  return commentSplice(ctx, e.path, e.comment, e.replaces);
}

export function commentSplice(ctx: EditCtx, path: YamlPath, comment: string, replaces?: string): Splice | null {
  let node: YamlNode | null | undefined = ctx.doc.contents as YamlNode | null;
  let flow: YamlNode | undefined;
  for (const seg of path) {
    const container = node;
    if (!flow && isCollection(node) && node.flow) {
      flow = node;
      // The comment goes where this collection ends, whatever comes of the rest of the path.
      lineEnd(ctx, contentEnd(ctx, flow) + 1);
    }
    if (isMap(node)) {
      const pair = findPair(node, seg);
      node = (pair?.value as YamlNode | null | undefined) ?? undefined;
      if (node) readKey(ctx, pair!);
    } else if (isSeq(node) && typeof seg === 'number') {
      node = itemOf(ctx, node, seg);
    } else node = undefined;
    if (!node) fail(ctx, container, `${describe(path)}: no such value`);
  }
  const target = flow ?? node;
  if (!target?.range) fail(ctx, null, `${describe(path)}: no such value`);
  const end = contentEnd(ctx, target);
  const stop = lineEnd(ctx, end + 1);
  const rest = slice(ctx, end, Math.max(end, stop));
  const m = /^[ \t]*(?:#(.*))?$/.exec(rest);
  if (!m) return null;
  // As written: one line, line separators escaped (so a comment the tool wrote before is recognised as its own).
  const line = (s: string) => escapeLineSeparators(s).replace(/\s+/g, ' ').trim();
  if (replaces !== undefined && m[1] !== undefined && line(m[1]) !== line(replaces) && line(m[1]) !== line(comment))
    return null;
  const want = ` # ${escapeLineSeparators(comment)
    .replace(/[\r\n]+/g, ' ')
    .trim()}`;
  return rest === want ? null : splice(ctx, end, Math.max(end, stop), want);
}

export function setSplice(
  ctx: EditCtx,
  path: YamlPath,
  value: unknown,
  opts: { after?: string; flowLike?: string; comment?: string } = {},
): Splice | null {
  if (path.length === 0) fail(ctx, null, 'cannot replace the whole document');
  let node: YamlNode | null = ctx.doc.contents as YamlNode | null;
  let parent: YamlNode | null = null;
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
        // A key that is not there: until another edit adds it.
        shape(ctx, node);
        const rest = path.slice(i + 1);
        if (rest.some((s) => typeof s !== 'string'))
          fail(ctx, node, `${describe(path.slice(0, i + 1))}: no such key, and a sequence index cannot be created`);
        return addKey(
          ctx,
          node,
          String(seg),
          nest(rest as string[], value),
          last ? opts.after : undefined,
          last ? { flowLike: opts.flowLike, comment: opts.comment } : {},
        );
      }
      readKey(ctx, pair);
      const child = pair.value as YamlNode | null;
      if (last) return inFlow ? replaceFlowPairValue(ctx, pair, value) : replacePairValue(ctx, pair, value);
      if (child === null || (isScalar(child) && child.value === null)) {
        const rest = path.slice(i + 1);
        if (rest.some((s) => typeof s !== 'string'))
          fail(ctx, node, `${describe(path.slice(0, i + 1))} is empty: cannot index into it`);
        const nested = nest(rest as string[], value);
        return inFlow ? replaceFlowPairValue(ctx, pair, nested) : replacePairValue(ctx, pair, nested);
      }
      parent = node;
      node = child;
    } else if (isSeq(node)) {
      if (typeof seg !== 'number' || seg < 0 || seg >= node.items.length) {
        if (typeof seg === 'number') itemOf(ctx, node, seg);
        fail(ctx, node, `${here || 'document'}: no item ${String(seg)} in the sequence`);
      }
      const item = node.items[seg] as YamlNode;
      if (item?.range) anchor(ctx, item.range[0], item.range[0]);
      if (last) return inFlow ? replaceFlowSeqItem(ctx, item, value) : replaceSeqItem(ctx, node, item, value);
      parent = node;
      node = item;
    } else {
      fail(ctx, node ?? parent, `${here || 'document'} is not a mapping or sequence: cannot set ${describe(path)}`);
    }
  }
  return null;
}

/** Appends `value` to the sequence at `path` (in a block sequence, after a comment line when one is given). */
export function appendSplice(
  ctx: EditCtx,
  path: YamlPath,
  value: unknown,
  opts: { comment?: string } = {},
): Splice | null {
  const target = nodeAt(ctx, ctx.doc.contents as YamlNode | null, path);
  if (target === undefined || target === null || (isScalar(target) && target.value === null)) {
    if (target) readNode(ctx, target);
    return setSplice(ctx, path, [value], opts);
  }
  if (!isSeq(target)) fail(ctx, target, `${describe(path)} is not a sequence`);
  const seq = target as YAMLSeq;
  if (seq.flow) {
    readNode(ctx, seq);
    const close = seq.range![1] - 1;
    if (ctx.text[close] !== ']') fail(ctx, seq, `${describe(path)}: cannot find the end of the flow sequence`);
    const inner = ctx.text.slice(seq.range![0] + 1, close);
    const rendered = renderFlowValue(value);
    if (inner.trim() === '') return splice(ctx, close, close, rendered);
    // Right after the last item, so the file's own padding (`[ a, b ]`) stays on both sides.
    const last = seq.range![0] + 1 + inner.trimEnd().length;
    return splice(ctx, last, last, `, ${rendered}`);
  }
  const col = columnOf(ctx, seq.range![0]);
  const at = afterLineOf(ctx, contentEnd(ctx, seq));
  const body = indentLines(stringify([styled(ctx, value)], ctx.opts).replace(/\n$/, ''), col);
  const pad = ' '.repeat(col);
  // One line: words read from a manifest cannot start a YAML line of their own.
  const comment = opts.comment ? `${pad}# ${escapeLineSeparators(opts.comment).replace(/\s+/g, ' ').trim()}\n` : '';
  const s = insertLines(ctx, at, `${comment}${pad}${body}`);
  // Lines inserted at the start of a line (not after a last line without its line break): the next append to the
  // sequence goes right after them.
  return at >= ctx.text.length && !ctx.text.endsWith('\n') ? s : { ...s, appended: seq };
}

// ---------------------------------------------------------------------------------------------------------

function replacePairValue(ctx: EditCtx, pair: Pair, value: unknown): Splice | null {
  const old = pair.value as YamlNode | null;
  if (old) readNode(ctx, old);
  if (old && sameData(old.toJSON(), value)) return null;
  const key = pair.key as YamlNode;
  const keyCol = columnOf(ctx, key.range![0]);
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
  // (A scalar's explicit tag typed the old value, `!!null ""` or `!!str 6.3`: it goes with it, below.)
  if (
    !newIsBlock &&
    old &&
    old.range &&
    !oldIsBlock &&
    !(isScalar(old) && old.value === null && old.range[0] === old.range[1]) &&
    !(isScalar(old) && old.tag)
  ) {
    return spliceKeepingComment(
      ctx,
      old.range[0],
      contentEnd(ctx, old),
      renderInline(ctx, styledLike(old, value), keyCol),
    );
  }
  // Block collection replaced by the same kind: keep the key line (and any comment on it) and the value's column.
  if (newIsBlock && oldIsBlock && isMap(old) === isPlainObject(value)) {
    const node = styled(ctx, value);
    const col = columnOf(ctx, old!.range![0]);
    // A collection init writes on one line must sit deeper than its key (a block sequence may start at its column).
    const shift = isCollection(node) && node.flow ? Math.max(0, keyCol + ctx.opts.indent - col) : 0;
    const block = indentLines(stringify(node, ctx.opts).replace(/\n$/, ''), col + shift);
    return splice(ctx, old!.range![0], lineEnd(ctx, contentEnd(ctx, old!)), ' '.repeat(shift) + block);
  }
  // Anything else: rewrite everything after the key's colon, a `null` or `~` included (left there, it would run on
  // after the new value), and an empty value's tag. Its anchor stays, so the aliases to it still load. An empty
  // value's place is the end of the line, or a comment, whose blank before it stays.
  const colon = colonAfter(ctx, key.range![1]);
  let end = colon + 1;
  if (old?.range && !isEmptyNull(old)) end = contentEnd(ctx, old);
  else if (old?.range) {
    const props = slice(ctx, colon + 1, old.range[0]);
    end = ctx.text[old.range[0]] === '#' ? colon + 1 + props.trimEnd().length : old.range[0];
  }
  const anchor = old?.anchor ? ` &${old.anchor}` : '';
  return spliceKeepingComment(ctx, colon + 1, Math.max(end, colon + 1), anchor + afterColon(ctx, value, keyCol));
}

/** A value inside a flow collection: replaced in place, rendered for flow context. */
function replaceFlowPairValue(ctx: EditCtx, pair: Pair, value: unknown): Splice | null {
  const old = pair.value as YamlNode | null;
  if (old) readNode(ctx, old);
  if (old && sameData(old.toJSON(), value)) return null;
  // A score in init's flow block (`{score: 4.4, …}`) keeps its one decimal: 6.0, not 6.
  const rendered = renderFlowValue(old ? styledLike(old, value) : value);
  if (old?.range && !(isScalar(old) && old.value === null && old.range[0] === old.range[1]))
    return splice(ctx, old.range[0], old.range[1], rendered);
  // `{a}` or `{a: }`: the value goes right after the key.
  const key = pair.key as YamlNode;
  const colon = ctx.text.indexOf(':', key.range![1]);
  const end = old?.range ? old.range[0] : key.range![1];
  // Only whether the first colon after the key comes before `end + 1` matters.
  read(ctx, key.range![1], end + 1);
  if (colon !== -1 && colon < end + 1) return splice(ctx, colon + 1, Math.max(end, colon + 1), ` ${rendered}`);
  return splice(ctx, key.range![1], key.range![1], `: ${rendered}`);
}

function replaceFlowSeqItem(ctx: EditCtx, item: YamlNode, value: unknown): Splice | null {
  readNode(ctx, item);
  if (sameData(item.toJSON(), value)) return null;
  return splice(ctx, item.range![0], item.range![1], renderFlowValue(styledLike(item, value)));
}

function replaceSeqItem(ctx: EditCtx, seq: YAMLSeq, item: YamlNode, value: unknown): Splice | null {
  readNode(ctx, item);
  if (sameData(item.toJSON(), value)) return null;
  if (seq.flow) return replaceFlowSeqItem(ctx, item, value);
  const block = isBlockCollection(value) || (isCollection(item) && !item.flow && item.items.length > 0);
  const empty = isEmptyNull(item);
  if (block || empty || (isScalar(item) && item.tag)) {
    const head = itemHead(ctx, item);
    if (head && (empty || head.props !== '')) return replaceAfterDash(ctx, item, value, head, { block, empty });
  }
  const col = columnOf(ctx, item.range![0]);
  if (!block) {
    return spliceKeepingComment(
      ctx,
      item.range![0],
      contentEnd(ctx, item),
      renderInline(ctx, styledLike(item, value), col),
    );
  }
  // The item's first line follows "- ": render as a one-item sequence and drop the dash.
  const rendered = indentLines(stringify([styled(ctx, value)], ctx.opts).replace(/\n$/, ''), col - 2).replace(
    /^- /,
    '',
  );
  return splice(ctx, item.range![0], lineEnd(ctx, contentEnd(ctx, item)), rendered);
}

/** The dash of a block sequence item whose value starts on the dash's line, and what stands between them. */
interface ItemHead {
  dash: number;
  /** The blanks after the dash ('' for a bare `-`). */
  gap: string;
  /** Its anchor and tag, as written. */
  props: string;
}

function itemHead(ctx: EditCtx, item: YamlNode): ItemHead | undefined {
  const start = item.range![0];
  const lineStart = ctx.text.lastIndexOf('\n', start - 1) + 1;
  // Dashes of enclosing items first (`- - x`), then this item's, then its anchor and tag, if any.
  const m = /^[ \t]*(?:-[ \t]+)*-([ \t]*)((?:[&!]\S*[ \t]*)*)$/.exec(slice(ctx, lineStart, start));
  if (!m) return undefined;
  return { dash: start - m[1].length - m[2].length - 1, gap: m[1], props: m[2].trimEnd() };
}

/**
 * An item with an anchor or tag on its dash's line replaced by a collection, a tagged scalar replaced, or an empty
 * item (`-`, `- &a1`, `- # why`, whose place is the end of that line) given a value: the value is written after
 * the dash. A
 * collection cannot start on the line of an anchor (`- &a1 - x` does not parse), so it goes on the lines below it.
 * The anchor stays, so the aliases to the item still load; a tag goes, as it typed the value replaced.
 */
function replaceAfterDash(
  ctx: EditCtx,
  item: YamlNode,
  value: unknown,
  head: ItemHead,
  was: { block: boolean; empty: boolean },
): Splice {
  const gap = head.gap || ' ';
  const col = columnOf(ctx, head.dash) + 1 + gap.length;
  const anchor = head.props
    .split(/[ \t]+/)
    .filter((p) => p.startsWith('&'))
    .join(' ');
  const from = head.dash + 1;
  // An empty item's place: the end of its line (blanks before it go), or its comment (the blank before it stays).
  const afterProps = head.props ? from + head.gap.length + head.props.length : from;
  const place = item.range![0];
  const to = !was.empty ? contentEnd(ctx, item) : ctx.text[place] === '#' ? afterProps : Math.max(afterProps, place);
  if (!was.block)
    return spliceKeepingComment(
      ctx,
      from,
      to,
      `${gap}${anchor ? `${anchor} ` : ''}${renderInline(ctx, styledLike(item, value), col)}`,
    );
  // As a one-item sequence at the item's column, its dash dropped.
  const rendered = indentLines(stringify([styled(ctx, value)], ctx.opts).replace(/\n$/, ''), col - 2).replace(
    /^- /,
    '',
  );
  return spliceKeepingComment(
    ctx,
    from,
    to,
    anchor ? `${gap}${anchor}\n${' '.repeat(col)}${rendered}` : `${gap}${rendered}`,
  );
}

function addKey(
  ctx: EditCtx,
  map: YAMLMap,
  key: string,
  value: unknown,
  after?: string,
  style: { flowLike?: string; comment?: string } = {},
): Splice {
  const { text } = ctx;
  if (map.flow) {
    readNode(ctx, map);
    const close = map.range![1] - 1;
    if (text[close] !== '}') fail(ctx, map, 'cannot find the end of a flow mapping');
    const inner = text.slice(map.range![0] + 1, close);
    const rendered = `${renderFlow({ [key]: value }).slice(1, -1)}`;
    return splice(ctx, close, close, inner.trim() === '' ? rendered : `, ${rendered}`);
  }
  if (map.items.length === 0) fail(ctx, map, 'cannot add a key to an empty block mapping');
  const first = map.items[0].key as YamlNode;
  const col = columnOf(ctx, first.range![0]);
  const anchorPair = (after !== undefined ? findPair(map, after) : undefined) ?? map.items[map.items.length - 1];
  const at = afterLineOf(ctx, contentEnd(ctx, anchorPair));
  const like = style.flowLike !== undefined ? (findPair(map, style.flowLike)?.value as YamlNode | null) : undefined;
  const flow = like != null && isCollection(like) && like.flow === true;
  const padded = like?.range ? /^[[{][ \t]/.test(slice(ctx, like.range[0], like.range[1])) : true;
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
function styled(ctx: EditCtx, value: unknown): unknown {
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
  ctx: EditCtx,
  key: string,
  value: unknown,
  style: { flow: boolean; padded: boolean; comment?: string },
): string {
  if (!style.flow && !style.comment) return stringify({ [key]: value }, ctx.opts);
  const doc = new (yamlLib().Document)({ [key]: value });
  const node = doc.get(key, true) as YamlNode | undefined;
  // An empty one too (`[]`, `{}`): with a comment, `yaml` would put it on a line of its own, at the key's column
  // when sequences are not indented, where it does not parse.
  if (node && isCollection(node) && (style.flow || node.items.length === 0)) node.flow = true;
  if (node && style.comment) node.comment = ` ${style.comment.replace(/[\r\n]+/g, ' ')}`;
  guardPortable(doc);
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
function afterColon(ctx: EditCtx, value: unknown, keyCol: number): string {
  const rendered = stringify({ k: styled(ctx, value) }, ctx.opts).replace(/\n$/, '');
  return indentLines(rendered.slice(2), keyCol);
}

/** A value on the current line (multi-line scalars continue at the key's indentation plus one step). */
function renderInline(ctx: EditCtx, value: unknown, col: number): string {
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
  guardPortable(doc);
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

function insertLines(ctx: EditCtx, at: number, lines: string): Splice {
  const { text } = ctx;
  if (at >= text.length) read(ctx, Math.max(0, text.length - 1), text.length);
  if (at >= text.length && !text.endsWith('\n')) return splice(ctx, text.length, text.length, `\n${lines}`);
  return splice(ctx, at, at, `${lines}\n`);
}

/**
 * A splice whose new text runs over several lines (a block scalar `|-`, or a block collection after `key:`),
 * while a comment follows the old value on its line: left there, the comment would end up after the new value's
 * last line, inside a block scalar's text. It moves to the first line instead (after `|-`, or after the colon).
 */
function spliceKeepingComment(ctx: EditCtx, from: number, to: number, insert: string): Splice {
  if (!insert.includes('\n')) return splice(ctx, from, to, insert);
  const end = lineEnd(ctx, to + 1);
  const rest = slice(ctx, to, Math.max(to, end));
  const comment = /^[ \t]*(#.*)$/.exec(rest);
  if (!comment) return splice(ctx, from, to, insert);
  const nl = insert.indexOf('\n');
  const first = insert.slice(0, nl).replace(/[ \t]+$/, '');
  // A quoted scalar that goes on over the next lines: on its first line the comment would be part of the string.
  if (opensQuote(first)) return splice(ctx, from, to, insert);
  return splice(ctx, from, end, `${first} ${comment[1]}${insert.slice(nl)}`);
}

/** Whether a line leaves a quoted scalar open: an odd number of quotes (`''` and `\"` are escapes inside them). */
function opensQuote(line: string): boolean {
  const count = (s: string, q: string) => s.split(q).length - 1;
  return count(line, "'") % 2 === 1 || count(line.replace(/\\./g, ''), '"') % 2 === 1;
}

/**
 * Every new text goes in here, its line separators escaped: each is in a double-quoted scalar (the renderers above
 * quote every string that holds one) or in a comment. Edits applied one at a time and in passes both get it.
 */
function splice(ctx: EditCtx, from: number, to: number, insert: string): Splice {
  read(ctx, from, to);
  const escaped = escapeLineSeparators(insert);
  return { from, to, insert: ctx.eol === '\n' ? escaped : escaped.replace(/\r?\n/g, ctx.eol) };
}

// --- reading the text, and recording what was read -------------------------------------------------------

function read(ctx: EditCtx, from: number, to: number): void {
  ctx.reads.push(from, Math.max(from, to));
}

function anchor(ctx: EditCtx, from: number, to: number): void {
  ctx.anchors.push(from, Math.max(from, to));
}

function slice(ctx: EditCtx, from: number, to: number): string {
  read(ctx, from, to);
  return ctx.text.slice(from, to);
}

/** The data of a node: everything in its range. */
function readNode(ctx: EditCtx, node: YamlNode): void {
  if (node.range) read(ctx, node.range[0], node.range[1]);
}

/** A key found on the path: the value under it is the one meant as long as the key itself stays. */
function readKey(ctx: EditCtx, pair: Pair): void {
  const key = pair.key as YamlNode | null;
  if (key?.range) anchor(ctx, key.range[0], key.range[1]);
}

/** Item `index` of a sequence; one that an earlier edit of the pass appends is not there yet. */
function itemOf(ctx: EditCtx, seq: YAMLSeq, index: number): YamlNode | undefined {
  const item = seq.items[index] as YamlNode | undefined;
  if (item?.range) anchor(ctx, item.range[0], item.range[0]);
  if (item === undefined && ctx.appended && index >= seq.items.length && index - seq.items.length < ctx.appended(seq))
    throw new PendingItem(seq);
  return item;
}

/**
 * What a lookup that failed in `node` depends on: where its keys or items could change (each key; the line after
 * each pair, where a key is added; the end of a sequence; a flow collection's closing bracket; the node itself
 * when it is not a collection), not the values it holds.
 */
function shape(ctx: EditCtx, node: YamlNode | null | undefined): void {
  if (!node?.range) {
    anchor(ctx, 0, ctx.text.length);
    return;
  }
  const range = node.range;
  if (!isCollection(node)) {
    anchor(ctx, range[0], range[1]);
    return;
  }
  anchor(ctx, range[0], range[0]);
  for (const item of node.items) {
    const key = isPair(item) ? (item.key as YamlNode | null) : null;
    if (key?.range) anchor(ctx, key.range[0], key.range[1]);
  }
  if (node.flow) {
    anchor(ctx, Math.max(range[0], range[1] - 1), range[1]);
    return;
  }
  // Where the edits insert: found as they find it, on a scratch record of what that reads.
  const scratch: EditCtx = { ...ctx, reads: [], anchors: [] };
  try {
    for (const item of isMap(node) ? node.items : node.items.slice(-1)) {
      const at = afterLineOf(scratch, contentEnd(scratch, item as YamlNode | Pair));
      anchor(ctx, at, at);
    }
  } catch (err) {
    if (!(err instanceof YamlEditError)) throw err;
    anchor(ctx, range[0], Math.max(range[1], range[2]));
  }
}

function fail(ctx: EditCtx, container: YamlNode | null | undefined, message: string): never {
  shape(ctx, container);
  throw new YamlEditError(message);
}

/**
 * End offset of a node's last meaningful character (no trailing comments, blank lines or newline). Through a block
 * collection it is its last item's: a new last item moves it, so the line after it counts as read.
 */
function contentEnd(ctx: EditCtx, node: YamlNode | Pair): number {
  const { text } = ctx;
  let n: YamlNode | Pair = node;
  let block = false;
  for (;;) {
    if (isPair(n)) {
      const v = n.value as YamlNode | null;
      if (v?.range && !(isScalar(v) && v.value === null && v.range[0] === v.range[1])) {
        n = v;
        continue;
      }
      const key = n.key as YamlNode;
      const end = colonAfter(ctx, key.range![1]) + 1;
      read(ctx, key.range![1], end);
      if (block) afterLineOf(ctx, end);
      return end;
    }
    if (isCollection(n) && !n.flow && n.items.length > 0) {
      n = n.items[n.items.length - 1] as YamlNode | Pair;
      block = true;
      continue;
    }
    const range = n.range!;
    let end = range[1];
    while (end > range[0] && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
    read(ctx, Math.max(range[0], end - 1), range[1]);
    if (block) afterLineOf(ctx, end);
    return end;
  }
}

/** End of the line holding offset `end - 1`, before its newline: a replaced block takes its trailing comment along. */
function lineEnd(ctx: EditCtx, end: number): number {
  const { text } = ctx;
  const nl = text.indexOf('\n', Math.max(0, end - 1));
  const e = nl === -1 ? text.length : nl;
  read(ctx, Math.max(0, end - 1), e);
  return text[e - 1] === '\r' ? e - 1 : e;
}

/** Offset just past the newline that ends the line holding offset `end - 1`. */
function afterLineOf(ctx: EditCtx, end: number): number {
  const nl = ctx.text.indexOf('\n', Math.max(0, end - 1));
  const at = nl === -1 ? ctx.text.length : nl + 1;
  read(ctx, Math.max(0, end - 1), at);
  return at;
}

function colonAfter(ctx: EditCtx, from: number): number {
  const i = ctx.text.indexOf(':', from);
  if (i === -1) {
    read(ctx, from, ctx.text.length);
    throw new YamlEditError('cannot find the colon after a key');
  }
  read(ctx, from, i);
  return i;
}

function columnOf(ctx: EditCtx, offset: number): number {
  const nl = ctx.text.lastIndexOf('\n', offset - 1);
  // The line from its first character: a line break added or removed there moves the column.
  anchor(ctx, nl + 1, offset);
  return offset - (nl + 1);
}

function findPair(map: YAMLMap, seg: string | number): Pair | undefined {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg)) as Pair | undefined;
}

function nodeAt(ctx: EditCtx, root: YamlNode | null, path: YamlPath): YamlNode | null | undefined {
  let node: YamlNode | null | undefined = root;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = findPair(node, seg);
      if (!pair) {
        shape(ctx, node);
        return undefined;
      }
      readKey(ctx, pair);
      node = pair.value as YamlNode | null;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = itemOf(ctx, node, seg);
      if (item === undefined) shape(ctx, node);
      node = item;
    } else {
      if (node) shape(ctx, node);
      return undefined;
    }
  }
  return node;
}

/**
 * The file's own indentation: mapping step, and whether sequences are indented under their key. Also where they
 * were read (from the key's line to its value), and the offset of the last of them: new lines before it could
 * hold a block collection read first (the end of the text when one was not found).
 */
function detectIndentation(
  text: string,
  root: YamlNode | null,
): { step: number; seqIndent: number; from: number[]; frontier: number } {
  let step: number | undefined;
  let seqIndent: number | undefined;
  const from: number[] = [];
  let frontier = 0;
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
            const d = offsetColumn(text, v.range[0]) - offsetColumn(text, k.range[0]);
            const found = (isMap(v) && step === undefined && d > 0) || (isSeq(v) && seqIndent === undefined && d >= 0);
            if (isMap(v) && step === undefined && d > 0) step = d;
            if (isSeq(v) && seqIndent === undefined && d >= 0) seqIndent = d;
            if (found) {
              from.push(Math.max(0, keyLineStart - 1), v.range[0]);
              frontier = Math.max(frontier, v.range[0]);
            }
          }
        }
        visit(v, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item as YamlNode, depth + 1);
    }
  };
  visit(root, 0);
  if (step === undefined || seqIndent === undefined) frontier = text.length;
  return { step: step ?? (seqIndent || 2), seqIndent: seqIndent ?? step ?? 2, from, frontier };
}

function offsetColumn(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function nest(keys: string[], value: unknown): unknown {
  return keys.reduceRight<unknown>((v, k) => ({ [k]: v }), value);
}

export function describe(path: YamlPath): string {
  return path
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
}

/** A value written as nothing (`key:`, `-`, `- &a1`): `yaml` places it at the end of its props, or at a comment. */
function isEmptyNull(node: YamlNode): boolean {
  return isScalar(node) && node.value === null && node.range != null && node.range[0] === node.range[1];
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
