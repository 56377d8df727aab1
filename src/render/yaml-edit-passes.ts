import type { YAMLSeq } from 'yaml';
import type { YamlEdit } from '../model/edit.js';
import {
  applyOne,
  type EditCtx,
  editContext,
  editSplice,
  type ParsedText,
  PendingItem,
  parseText,
  type Splice,
  YamlEditError,
} from './yaml-edit-ops.js';

/**
 * A list of edits applied with one parse of the text per pass instead of one per edit: the bytes of applying them
 * one at a time, in order (`applyOne`), in a time that grows with the text and the edits, not with their product.
 *
 * A pass computes every edit it can on one parse. Each edit records what its result depends on (yaml-edit-ops.ts):
 * the text it reads and replaces (`reads`), and the keys, line starts and collection shapes it only looks at
 * (`anchors`). An edit is taken when it reads nothing that an edit taken before it in the pass replaces, nor
 * anything that an edit left for a later pass may replace, and replaces nothing such an edit may read. Otherwise it
 * is left for the next pass (a second edit of the same node, a key added after a value just set, a comment beside a
 * value just set), and what it may replace or read is kept for it. The replacements taken never overlap and are
 * applied together. Appends to one block sequence go one after another at its end, as they would one at a time;
 * an edit inside an item appended in the pass waits for the next pass, and no other edit of this one goes there.
 *
 * What every edit reads besides its own nodes is handled apart: the file's indentation (read from its first nested
 * block mapping and sequence) and its line ending. An edit that could change them ends the pass, and is taken only
 * once the edits before it are.
 *
 * The first edit of a pass sees the text as the edits before it left it: if it cannot be applied, its error is the
 * one applying them one at a time gives. A text that does not parse, or a result that does not (an edit's fault),
 * is left to one at a time, which says so where it would have.
 */

export interface PassStats {
  /** Parses of the whole text (one per pass, and one of the result). */
  parses: number;
  /** Applied one at a time instead (the text did not parse, or a fault of the passes). */
  oneByOne: boolean;
}

export function applyInPasses(text: string, edits: readonly YamlEdit[], stats?: PassStats): string {
  if (edits.length === 0) return text;
  let pending = edits.map((_, i) => i);
  let current = text;
  try {
    while (pending.length > 0) {
      let parsed: ParsedText;
      try {
        parsed = parseText(current);
      } catch (err) {
        if (err instanceof YamlEditError) return oneByOne(text, edits, stats);
        throw err;
      }
      if (stats) stats.parses++;
      const pass = new Pass(parsed);
      pending = pass.run(edits, pending);
      current = pass.result();
    }
    // One at a time, the edit after one whose result does not parse fails on it; in passes that edit may have gone
    // first. The result is parsed once more to see (each pass parsed the results before it).
    if (edits.length > 1 && current !== text && !parsesAsYaml(current, stats)) return oneByOne(text, edits, stats);
    return current;
  } catch (err) {
    if (err instanceof YamlEditError) throw err;
    // Never expected: the edits one at a time give the same bytes, at the old cost.
    return oneByOne(text, edits, stats);
  }
}

function parsesAsYaml(text: string, stats?: PassStats): boolean {
  if (stats) stats.parses++;
  try {
    parseText(text);
    return true;
  } catch (err) {
    if (err instanceof YamlEditError) return false;
    throw err;
  }
}

function oneByOne(text: string, edits: readonly YamlEdit[], stats?: PassStats): string {
  if (stats) stats.oneByOne = true;
  let out = text;
  for (const e of edits) out = applyOne(out, e);
  return out;
}

/** Appends to one block sequence taken in a pass: their lines, in order, at one offset. */
interface Appends {
  at: number;
  items: number;
  inserts: string[];
  tag: number;
}

const PLAIN = -1;

class Pass {
  private readonly text: string;
  /** Replacements taken: sorted, disjoint. Tagged with the appends they hold (PLAIN for the others). */
  private readonly writes = new Spans();
  /** Where the edits left for a later pass may replace text, and where they may read it. */
  private readonly mayWrite = new Spans();
  private readonly mayRead = new Spans();
  private readonly taken: Array<Splice | Appends> = [];
  private readonly appends = new Map<YAMLSeq, Appends>();
  /** Set once an edit could change what every later edit reads (the indentation, the line ending). */
  private closed = false;
  /** Line breaks `\r\n` not yet replaced or reserved by an edit (the file keeps CRLF while some are left). */
  private crlfLeft: number;
  private readonly loneCr: boolean;

  constructor(private readonly parsed: ParsedText) {
    this.text = parsed.text;
    this.crlfLeft = parsed.eol === '\r\n' ? countCrlf(this.text, 0, this.text.length) : 0;
    this.loneCr = parsed.eol === '\n' && this.text.includes('\r');
  }

  /** Takes what it can of `pending` (edit indexes, in order); returns the rest. */
  run(edits: readonly YamlEdit[], pending: readonly number[]): number[] {
    const left: number[] = [];
    const appended = (seq: YAMLSeq) => this.appends.get(seq)?.items ?? 0;
    for (const i of pending) {
      if (this.closed) {
        left.push(i);
        continue;
      }
      const e = edits[i];
      // Every edit before this one is applied: the pass sees the text as they left it.
      const first = left.length === 0 && this.taken.length === 0;
      const ctx = editContext(this.parsed, e.op !== 'comment' && Boolean(e.compact), appended);
      let s: Splice | null;
      try {
        s = editSplice(ctx, e);
      } catch (err) {
        if (err instanceof PendingItem) {
          this.leaveInside(e, this.appends.get(err.seq)!);
          left.push(i);
          continue;
        }
        if (!(err instanceof YamlEditError) || first) throw err;
        this.leave(e, ctx.reads, ctx.anchors, undefined);
        left.push(i);
        continue;
      }
      if (!this.take(e, s, ctx, left.length > 0)) left.push(i);
    }
    return left;
  }

  /** The text with every replacement taken. */
  result(): string {
    if (this.taken.length === 0) return this.text;
    const all = this.taken
      .map((t) => ('inserts' in t ? { from: t.at, to: t.at, insert: t.inserts.join('') } : t))
      .sort((a, b) => a.from - b.from);
    const parts: string[] = [];
    let pos = 0;
    for (const s of all) {
      if (s.from < pos) throw new Error('yaml edit passes: overlapping replacements');
      parts.push(this.text.slice(pos, s.from), s.insert);
      pos = s.to;
    }
    parts.push(this.text.slice(pos));
    return parts.join('');
  }

  private take(e: YamlEdit, s: Splice | null, ctx: EditCtx, leftBefore: boolean): boolean {
    const list = s?.appended ? this.appends.get(s.appended) : undefined;
    const joins = list !== undefined && s!.from === list.at && s!.to === list.at;
    // Right after the appends taken before it, the old last item no longer matters to a further append.
    const reads = joins ? [list.at, list.at] : ctx.reads;
    // What it reads must hold no replacement taken, nor any an edit left for later may make; what it replaces,
    // nothing such an edit may read.
    const hits: number[] = [];
    for (const spans of [reads, ctx.anchors])
      for (let k = 0; k < spans.length; k += 2) {
        this.writes.hits(spans[k], spans[k + 1], hits, joins ? list.tag : undefined);
        this.mayWrite.hits(spans[k], spans[k + 1], hits);
      }
    const readHits: number[] = [];
    if (s) this.mayRead.hits(s.from, s.to, readHits);
    if (hits.length > 0 || readHits.length > 0) {
      this.leave(e, ctx.reads.concat(hits), ctx.anchors, s);
      return false;
    }
    if (s === null) return true;
    const global = this.changesGlobals(s);
    if (global && leftBefore) {
      this.leave(e, ctx.reads, ctx.anchors, s);
      return false;
    }
    if (joins) {
      list.inserts.push(s.insert);
      list.items++;
    } else if (s.appended) {
      const next: Appends = { at: s.from, items: 1, inserts: [s.insert], tag: this.taken.length };
      this.appends.set(s.appended, next);
      this.writes.add(s.from, s.to, next.tag);
      this.taken.push(next);
    } else {
      this.writes.add(s.from, s.to, PLAIN);
      this.taken.push(s);
    }
    if (global) this.closed = true;
    return true;
  }

  /**
   * Leaves an edit for the next pass. It may replace text where it reads (`writes`: what it read, and what the
   * edits it waits for replace or may replace), and read its `anchors` too: the later edits that read where it may
   * replace, or replace where it may read, wait for it.
   */
  private leave(e: YamlEdit, writes: number[], anchors: number[], s: Splice | null | undefined): void {
    for (let k = 0; k < writes.length; k += 2) {
      this.mayWrite.add(writes[k], writes[k + 1], PLAIN);
      this.mayRead.add(writes[k], writes[k + 1], PLAIN);
      if (this.crlfLeft > 0) this.crlfLeft -= countCrlf(this.text, writes[k] - 1, writes[k + 1] + 1);
    }
    for (let k = 0; k < anchors.length; k += 2) this.mayRead.add(anchors[k], anchors[k + 1], PLAIN);
    // An edit that failed here will write inside what an edit before it adds, somewhere in what it looked through.
    const near = s === undefined ? writes.concat(anchors) : writes;
    let min = Number.POSITIVE_INFINITY;
    for (let k = 0; k < near.length; k += 2) min = Math.min(min, near[k]);
    if (
      meets(this.parsed.indentFrom, near) ||
      (mayAddLines(e) && min <= this.parsed.indentFrontier) ||
      (this.parsed.eol === '\r\n' && this.crlfLeft <= 0) ||
      this.loneCr
    )
      this.closed = true;
  }

  /** An edit inside an item appended in this pass: it stays inside it, where no other edit of the pass goes. */
  private leaveInside(e: YamlEdit, list: Appends): void {
    if (
      meets(this.parsed.indentFrom, [list.at, list.at]) ||
      (mayAddLines(e) && list.at <= this.parsed.indentFrontier) ||
      this.loneCr
    )
      this.closed = true;
  }

  /** Whether a replacement could change the indentation or the line ending the later edits are written with. */
  private changesGlobals(s: Splice): boolean {
    const { text, parsed } = this;
    if (meets(parsed.indentFrom, [s.from, s.to])) return true;
    if (addsLines(s.insert) && s.from <= parsed.indentFrontier) return true;
    if (parsed.eol === '\r\n') {
      this.crlfLeft -= countCrlf(text, s.from - 1, s.to + 1);
      return this.crlfLeft <= 0;
    }
    return this.loneCr && text[s.from - 1] === '\r' && `${s.insert}${text.slice(s.to, s.to + 1)}`.startsWith('\n');
  }
}

/** New text of more than one line: it could hold a block collection, which the indentation may be read from. */
function addsLines(insert: string): boolean {
  return /\n[\s\S]/.test(insert);
}

/**
 * Whether an edit left for later may write more than one line: what it writes then depends on the edits before it,
 * so not on what it would write now. A comment never does; a one-line value set under a top-level key neither (a
 * deeper one can find its parent emptied and write it again, as a block).
 */
function mayAddLines(e: YamlEdit): boolean {
  if (e.op === 'comment') return false;
  const v = e.value;
  const flat = v === null || v === undefined || (typeof v !== 'object' && !(typeof v === 'string' && /[\n\r]/.test(v)));
  return !(e.op === 'set' && flat && e.path.length === 1);
}

function meets(spans: readonly number[], reads: readonly number[]): boolean {
  for (let i = 0; i < spans.length; i += 2)
    for (let k = 0; k < reads.length; k += 2) if (spans[i] <= reads[k + 1] && reads[k] <= spans[i + 1]) return true;
  return false;
}

function countCrlf(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\r\n', Math.max(0, from)); i !== -1 && i + 1 < to; i = text.indexOf('\r\n', i + 2)) n++;
  return n;
}

/** Closed intervals [a, b], sorted and disjoint: meeting intervals are merged as they are added. */
class Spans {
  private readonly a: number[] = [];
  private readonly b: number[] = [];
  private readonly tag: number[] = [];

  /** Pushes onto `out` every interval meeting [from, to], except those tagged `skip`. */
  hits(from: number, to: number, out: number[], skip?: number): void {
    for (let i = this.firstEndingFrom(from); i < this.a.length && this.a[i] <= to; i++)
      if (this.tag[i] !== skip) out.push(this.a[i], this.b[i]);
  }

  add(from: number, to: number, tag: number): void {
    const i = this.firstEndingFrom(from);
    let j = i;
    let t = tag;
    while (j < this.a.length && this.a[j] <= to) {
      from = Math.min(from, this.a[j]);
      to = Math.max(to, this.b[j]);
      t = PLAIN;
      j++;
    }
    this.a.splice(i, j - i, from);
    this.b.splice(i, j - i, to);
    this.tag.splice(i, j - i, t);
  }

  /** Index of the first interval ending at or after `x` (ends are sorted as the intervals are disjoint). */
  private firstEndingFrom(x: number): number {
    let lo = 0;
    let hi = this.b.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.b[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
