import jsYaml from 'js-yaml';
import { NodeOffsets } from './yaml-node-offsets.js';

/**
 * A parser for the plain block YAML catalogs are written in — block mappings and lists, one-line flow `[…]` and
 * `{…}`, plain and quoted scalars (also over several lines, as `init` wraps long text), `|` and `>` text, comments,
 * LF or CRLF line ends — that gives exactly what js-yaml's load (core schema) gives, in under half its time: a bulk
 * `validate` is mostly YAML parsing (docs/performance.md). It answers only for a text it is sure of: anything else
 * (anchors, tags, escapes, tabs, complex keys, several documents, an indentation js-yaml reads leniently, any syntax
 * error) makes it answer OUTSIDE_SUBSET, and the caller parses with js-yaml, which also words every error. Plain
 * scalars are resolved by js-yaml's own core-schema types, in js-yaml's order. Held to js-yaml by a fuzz target of
 * generated and mutated catalogs (test/fuzz/yaml-block-subset.ts) and test/read/yaml-block-subset.test.ts.
 */
export const OUTSIDE_SUBSET: unique symbol = Symbol('outside the block subset');

export function parseBlockSubset(text: string): unknown {
  if (UNSUPPORTED.test(text)) return OUTSIDE_SUBSET;
  // CRLF line ends are read (a checkout on Windows); a carriage return alone is js-yaml's.
  if (text.includes('\r') && LONE_CR.test(text)) return OUTSIDE_SUBSET;
  const p = new Parser(text);
  try {
    return p.document();
  } catch (err) {
    if (err === OUTSIDE) return OUTSIDE_SUBSET;
    throw err;
  }
}

/**
 * One document of a manifest file, with where each of its nodes starts (yaml-node-offsets.ts): the text of a
 * document as documentStarts (limits.ts) cuts it, which may begin with its `---` line. Null when the document holds
 * nothing but comments; OUTSIDE_SUBSET as parseBlockSubset.
 */
export function parseBlockSubsetWithOffsets(
  text: string,
): { data: unknown; offsets: NodeOffsets } | null | typeof OUTSIDE_SUBSET {
  if (UNSUPPORTED.test(text)) return OUTSIDE_SUBSET;
  if (text.includes('\r') && LONE_CR.test(text)) return OUTSIDE_SUBSET;
  let from = 0;
  if (text.startsWith('---')) {
    // The marker line: `---`, then nothing but blanks or a comment (a node on it is js-yaml's).
    const nl = breakAfter(text, 0);
    const e = contentEnd(text, 0, nl);
    let i = 3;
    while (i < e && text.charCodeAt(i) === SPACE) i++;
    if (i < e && (text.charCodeAt(i) !== HASH || i === 3)) return OUTSIDE_SUBSET;
    from = nl + 1;
  }
  const offsets = new NodeOffsets();
  const p = new Parser(text, offsets);
  try {
    if (!p.seekFrom(from)) return null;
    const data = p.document(from);
    offsets.close(p.vNode, p.vAt);
    return { data, offsets };
  } catch (err) {
    if (err === OUTSIDE) return OUTSIDE_SUBSET;
    throw err;
  }
}

const LONE_CR = /\r(?!\n)/;
/**
 * Characters the subset leaves to js-yaml: tab, a byte-order mark, js-yaml's non-printable set and any surrogate
 * (astral characters, or a lone half js-yaml refuses), and a backslash (escapes in double quotes).
 */
const UNSUPPORTED = /[\t\\\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

/** Thrown inside the parser to give up; never leaves it. */
const OUTSIDE = { outside: true };

/** Below js-yaml's own nesting bound (LIMITS.depth), so a deep text is js-yaml's to refuse. */
const MAX_DEPTH = 90;
/** YAML's bound on an implicit key. */
const MAX_KEY = 1024;

/** js-yaml's own types (exported, not in its typings), in the core schema's order. */
const { types } = jsYaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', jsYaml.Type> };
const IMPLICIT = [types.null, types.bool, types.int, types.float];

const SPACE = 0x20;
const NL = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const SQ = 0x27;
const DQ = 0x22;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const PIPE = 0x7c;
const GT = 0x3e;

class Parser {
  /** The current line: where it starts, its indentation, where its content starts and where it ends. */
  private lineStart = 0;
  private indent = 0;
  private content = 0;
  private end = 0;
  /** Where the next line starts. */
  private next = 0;
  private atEnd = false;
  private depth = 0;
  /**
   * With offsets: where the value just read starts (for an empty value, right after its `:`, as js-yaml's listener
   * places it) and its collection there (-1 for a scalar).
   */
  vAt = 0;
  vNode = -1;

  constructor(
    private readonly text: string,
    private readonly offsets?: NodeOffsets,
  ) {}

  /** Whether the text holds a line with more than a comment at or after `from`. */
  seekFrom(from: number): boolean {
    return this.seek(from);
  }

  document(from = 0): unknown {
    if (!this.seek(from)) throw OUTSIDE;
    if (this.indent !== 0) throw OUTSIDE;
    const root = this.block(0);
    if (!this.atEnd) throw OUTSIDE;
    return root;
  }

  /**
   * Moves to the first line at or after `from` that holds more than a comment; false at the end of the text.
   * A document marker or directive is left to js-yaml.
   */
  private seek(from: number): boolean {
    const t = this.text;
    const n = t.length;
    let s = from;
    while (s < n) {
      const nl = breakAfter(t, s);
      const e = contentEnd(t, s, nl);
      let c = s;
      while (c < e && t.charCodeAt(c) === SPACE) c++;
      if (c < e && t.charCodeAt(c) !== HASH) {
        if (c === s) {
          const ch = t.charCodeAt(c);
          if (ch === 0x25 /* % */) throw OUTSIDE;
          if ((ch === DASH && t.startsWith('---', c)) || (ch === 0x2e && t.startsWith('...', c))) throw OUTSIDE;
        }
        this.lineStart = s;
        this.indent = c - s;
        this.content = c;
        this.end = e;
        this.next = nl + 1;
        return true;
      }
      s = nl + 1;
    }
    this.atEnd = true;
    this.lineStart = n;
    this.indent = -1;
    this.next = n;
    return false;
  }

  /** A block mapping or list starting on the current line, whose indentation is `indent`. */
  private block(indent: number): unknown {
    if (this.isEntry(this.content)) return this.list(indent);
    return this.mapping(indent, this.content);
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw OUTSIDE;
  }

  /** `- ` or a `-` ending the line at `at`. */
  private isEntry(at: number): boolean {
    if (this.text.charCodeAt(at) !== DASH) return false;
    const c = at + 1 < this.end ? this.text.charCodeAt(at + 1) : NL;
    return c === SPACE || c === NL;
  }

  private mapping(indent: number, firstKey: number): Record<string, unknown> {
    this.enter();
    const map: Record<string, unknown> = {};
    const node = this.offsets ? this.offsets.open('mapping') : -1;
    let keyAt = firstKey;
    for (;;) {
      const { key, after } = this.key(keyAt);
      if (key === '__proto__' || Object.hasOwn(map, key)) throw OUTSIDE;
      map[key] = this.valueAfter(after, indent, true);
      this.offsets?.add(node, keyAt, key, this.vAt, this.vNode);
      if (this.atEnd || this.indent < indent) break;
      if (this.indent > indent || this.isEntry(this.content)) throw OUTSIDE;
      keyAt = this.content;
    }
    this.depth--;
    this.vAt = firstKey;
    this.vNode = node;
    return map;
  }

  private list(indent: number): unknown[] {
    this.enter();
    const list: unknown[] = [];
    const node = this.offsets ? this.offsets.open('list') : -1;
    const first = this.content;
    for (;;) {
      let at = this.content + 1;
      while (at < this.end && this.text.charCodeAt(at) === SPACE) at++;
      if (at >= this.end || this.text.charCodeAt(at) === HASH) {
        // An item with nothing in it: js-yaml then takes a less indented `- ` line for the next item of the inner
        // list, not of the outer one. Left to js-yaml.
        const item = this.nested(indent, false);
        if (item === null) throw OUTSIDE;
        list.push(item);
      } else if (this.isEntry(at)) {
        throw OUTSIDE;
      } else if (this.startsKey(at)) {
        list.push(this.mapping(at - this.lineStart, at));
      } else {
        list.push(this.valueAfter(at, indent, false));
      }
      this.offsets?.add(node, -1, undefined, this.vAt, this.vNode);
      if (this.atEnd || this.indent < indent) break;
      if (this.indent > indent) throw OUTSIDE;
      if (!this.isEntry(this.content)) break;
    }
    this.depth--;
    this.vAt = first;
    this.vNode = node;
    return list;
  }

  /**
   * The value of an entry (a key's, `keyed`, or a list item's) at `indent`, written from `at` on the current line:
   * leaves the current line on the first line after the value.
   */
  private valueAfter(at: number, indent: number, keyed: boolean): unknown {
    const t = this.text;
    const indicator = at;
    while (at < this.end && t.charCodeAt(at) === SPACE) at++;
    if (at >= this.end || t.charCodeAt(at) === HASH) {
      const v = this.nested(indent, keyed);
      if (v === null) {
        this.vAt = indicator;
        this.vNode = -1;
      }
      return v;
    }
    this.vAt = at;
    this.vNode = -1;
    const ch = t.charCodeAt(at);
    if (ch === PIPE || ch === GT) return this.blockText(at, indent);
    let value: unknown;
    let after: number;
    if (ch === DQ || ch === SQ) {
      const q = this.quoted(at, indent);
      value = q.value;
      after = q.after;
    } else if (ch === LBRACKET || ch === LBRACE) {
      const f = this.flow(at);
      value = f.value;
      after = f.after;
    } else {
      const s = this.plain(at, this.end, false);
      after = s.after;
      // Only blanks, or blanks and a comment, follow it on its line; with no comment it may go on below.
      let rest = after;
      while (rest < this.end && t.charCodeAt(rest) === SPACE) rest++;
      if (rest < this.end) {
        value = resolve(s.raw);
      } else {
        value = resolve(this.continuePlain(s.raw, indent));
        after = this.end;
      }
    }
    this.restOfLine(after);
    // A more indented line after a one-line value continues it (or is an error): js-yaml's to read.
    if (this.seek(this.next) && this.indent > indent) throw OUTSIDE;
    return value;
  }

  /**
   * A plain scalar `first` goes on over the lines below indented deeper than `indent`, folded as YAML folds them (a
   * line break a space, each empty line a line break). A continuation that starts like another node, or holds a
   * comment or a `: `, is js-yaml's to judge. The current line becomes the last continuation.
   */
  private continuePlain(first: string, indent: number): string {
    const t = this.text;
    let out = first;
    let breaks = 0;
    for (let s = this.next; s < t.length; ) {
      const nl = breakAfter(t, s);
      const e = contentEnd(t, s, nl);
      let a = s;
      while (a < e && t.charCodeAt(a) === SPACE) a++;
      if (a === e) {
        breaks++;
        s = nl + 1;
        continue;
      }
      if (a - s <= indent) break;
      if (!isPlainStart(t.charCodeAt(a), a + 1 < e ? t.charCodeAt(a + 1) : NL)) throw OUTSIDE;
      let b = e;
      while (b > a && t.charCodeAt(b - 1) === SPACE) b--;
      const line = t.slice(a, b);
      if (line.includes(': ') || line.endsWith(':') || line.includes(' #')) throw OUTSIDE;
      out += breaks === 0 ? ` ${line}` : `${'\n'.repeat(breaks)}${line}`;
      breaks = 0;
      this.lineStart = s;
      this.end = e;
      this.next = nl + 1;
      s = nl + 1;
    }
    return out;
  }

  /** The value on the lines after an entry with nothing after its `:` or `-`: a block, or null. */
  private nested(indent: number, keyed: boolean): unknown {
    if (!this.seek(this.next)) return null;
    if (this.indent > indent) return this.block(this.indent);
    // A list may sit at its key's own indentation.
    if (keyed && this.indent === indent && this.isEntry(this.content)) return this.list(indent);
    return null;
  }

  /** Only blanks, or blanks and a comment, may follow a value on its line. */
  private restOfLine(at: number): void {
    const t = this.text;
    if (at >= this.end) return;
    if (t.charCodeAt(at) !== SPACE) throw OUTSIDE;
    while (at < this.end && t.charCodeAt(at) === SPACE) at++;
    if (at < this.end && t.charCodeAt(at) !== HASH) throw OUTSIDE;
  }

  /** Whether a mapping key starts at `at`: a plain or quoted key, then `:` and a blank or the line's end. */
  private startsKey(at: number): boolean {
    const t = this.text;
    const ch = t.charCodeAt(at);
    let colon: number;
    // Looked for on this line only: searching the text would make a long list of items without a `:` quadratic.
    if (ch === DQ || ch === SQ) {
      const close = this.onLine(ch, at + 1);
      if (close === -1) return false;
      colon = close + 1;
    } else {
      if (!isKeyStart(ch)) return false;
      colon = this.onLine(COLON, at);
      if (colon === -1) return false;
    }
    if (colon >= this.end || t.charCodeAt(colon) !== COLON) return false;
    const after = colon + 1 < this.end ? t.charCodeAt(colon + 1) : NL;
    return after === SPACE || after === NL;
  }

  /** Where the character `c` is first on the current line from `at`, or -1. */
  private onLine(c: number, at: number): number {
    for (let i = at; i < this.end; i++) if (this.text.charCodeAt(i) === c) return i;
    return -1;
  }

  /** The key at `at` and the position after its `:`. */
  private key(at: number): { key: string; after: number } {
    const t = this.text;
    const ch = t.charCodeAt(at);
    let key: string;
    let colon: number;
    if (ch === DQ || ch === SQ) {
      const q = this.quoted(at);
      key = q.value;
      colon = q.after;
    } else {
      colon = at;
      while (colon < this.end) {
        const c = t.charCodeAt(colon);
        if (c === COLON) break;
        if (!isKeyChar(c)) throw OUTSIDE;
        colon++;
      }
      if (colon === at || t.charCodeAt(colon - 1) === SPACE || !isKeyStart(ch)) throw OUTSIDE;
      key = String(resolve(t.slice(at, colon)));
    }
    if (colon - at > MAX_KEY || colon >= this.end || t.charCodeAt(colon) !== COLON) throw OUTSIDE;
    const after = colon + 1;
    if (after < this.end && t.charCodeAt(after) !== SPACE) throw OUTSIDE;
    return { key, after };
  }

  /**
   * A quoted scalar (no escapes: a backslash is outside the subset), closed on its line; or, as a block entry's value
   * (`within` its indentation), on a later line, its lines folded as YAML folds them. The current line is then the
   * one that closes it.
   */
  private quoted(at: number, within?: number): { value: string; after: number } {
    const t = this.text;
    const q = t.charCodeAt(at);
    let close = t.indexOf(q === DQ ? '"' : "'", at + 1);
    // In single quotes, '' is a quote.
    while (q === SQ && close !== -1 && t.charCodeAt(close + 1) === SQ) close = t.indexOf("'", close + 2);
    if (close === -1) throw OUTSIDE;
    let value: string;
    if (close < this.end) value = t.slice(at + 1, close);
    else if (within === undefined) throw OUTSIDE;
    else value = this.foldQuoted(at + 1, close, within);
    return { value: q === SQ ? unquoteSingle(value) : value, after: close + 1 };
  }

  /**
   * The text between quotes from `from` to `close` over several lines: each line break a space, or with empty lines
   * after it one line break per empty line; blanks around a break dropped. Every line after the first is indented
   * deeper than `within` (else js-yaml's to judge), and the current line becomes the one holding `close`.
   */
  private foldQuoted(from: number, close: number, within: number): string {
    const t = this.text;
    let out = '';
    let s = from;
    let first = true;
    let breaks = 0;
    for (;;) {
      let nl = t.indexOf('\n', s);
      const last = nl === -1 || nl > close;
      if (last) nl = close;
      let a = s;
      if (!first) {
        while (a < nl && t.charCodeAt(a) === SPACE) a++;
        if (a - s <= within && (a < nl || last)) throw OUTSIDE;
      }
      let b = last ? nl : contentEnd(t, s, nl);
      if (!last) while (b > a && t.charCodeAt(b - 1) === SPACE) b--;
      if (a === b && !first && !last) {
        breaks++;
      } else {
        if (!first) out += breaks === 0 ? ' ' : '\n'.repeat(breaks);
        out += t.slice(a, b);
        breaks = 0;
      }
      if (last) {
        this.lineStart = s;
        break;
      }
      first = false;
      s = nl + 1;
    }
    const nl = breakAfter(t, close);
    this.end = contentEnd(t, close, nl);
    this.next = nl + 1;
    return out;
  }

  /**
   * A plain scalar from `at` (inside a flow collection when `inFlow`): its text up to a comment, the line's end, or
   * (in a flow) a `,`, `]`, `}` or `: `. A `: ` in a block value is a second mapping on one line: outside.
   */
  private plain(at: number, end: number, inFlow: boolean): { raw: string; after: number } {
    const t = this.text;
    const first = t.charCodeAt(at);
    if (!isPlainStart(first, at + 1 < end ? t.charCodeAt(at + 1) : NL)) throw OUTSIDE;
    let i = at;
    let last = at;
    for (; i < end; i++) {
      const c = t.charCodeAt(i);
      if (c === SPACE) continue;
      if (c === HASH && t.charCodeAt(i - 1) === SPACE) break;
      if (c === COLON) {
        const n = i + 1 < end ? t.charCodeAt(i + 1) : NL;
        if (n === SPACE || n === NL || (inFlow && isFlowIndicator(n))) {
          if (!inFlow) throw OUTSIDE;
          break;
        }
      }
      if (inFlow && isFlowIndicator(c)) break;
      last = i + 1;
    }
    return { raw: t.slice(at, last), after: last };
  }

  /** A flow collection closed on its line. */
  private flow(at: number): { value: unknown; after: number } {
    this.enter();
    const t = this.text;
    const isList = t.charCodeAt(at) === LBRACKET;
    const close = isList ? RBRACKET : RBRACE;
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    const node = this.offsets ? this.offsets.open(isList ? 'list' : 'mapping') : -1;
    let i = this.blanks(at + 1);
    if (t.charCodeAt(i) === close) {
      this.depth--;
      this.vAt = at;
      this.vNode = node;
      return { value: isList ? list : map, after: i + 1 };
    }
    for (;;) {
      if (isList) {
        const v = this.flowScalarOrCollection(i);
        list.push(v.value);
        this.offsets?.add(node, -1, undefined, this.vAt, this.vNode);
        i = this.blanks(v.after);
      } else {
        const k = this.flowScalarOrCollection(i, true);
        if (typeof k.value !== 'string' || t.charCodeAt(k.after) !== COLON || t.charCodeAt(k.after + 1) !== SPACE)
          throw OUTSIDE;
        const key = k.value;
        if (key === '__proto__' || Object.hasOwn(map, key)) throw OUTSIDE;
        const keyAt = i;
        const v = this.flowScalarOrCollection(this.blanks(k.after + 1));
        map[key] = v.value;
        this.offsets?.add(node, keyAt, key, this.vAt, this.vNode);
        i = this.blanks(v.after);
      }
      const c = i < this.end ? t.charCodeAt(i) : NL;
      if (c === close) {
        this.depth--;
        this.vAt = at;
        this.vNode = node;
        return { value: isList ? list : map, after: i + 1 };
      }
      if (c !== COMMA) throw OUTSIDE;
      i = this.blanks(i + 1);
      // A trailing comma, or an empty entry, is js-yaml's to judge.
      const n = i < this.end ? t.charCodeAt(i) : NL;
      if (n === close || n === COMMA) throw OUTSIDE;
    }
  }

  private blanks(at: number): number {
    while (at < this.end && this.text.charCodeAt(at) === SPACE) at++;
    if (at >= this.end) throw OUTSIDE;
    return at;
  }

  /** A flow entry: a quoted or plain scalar (a key's, when `asKey`), or a nested collection. */
  private flowScalarOrCollection(at: number, asKey = false): { value: unknown; after: number } {
    const t = this.text;
    const ch = t.charCodeAt(at);
    this.vAt = at;
    this.vNode = -1;
    if (ch === DQ || ch === SQ) return this.quoted(at);
    if (ch === LBRACKET || ch === LBRACE) {
      if (asKey) throw OUTSIDE;
      return this.flow(at);
    }
    const s = this.plain(at, this.end, true);
    if (s.raw === '') throw OUTSIDE;
    const n = t.charCodeAt(s.after);
    // In a list, `a: b` is a one-pair mapping; in a mapping, a key needs its `: `, a value ends at `,` or the close.
    if (!asKey && n === COLON) throw OUTSIDE;
    if (asKey) {
      for (let k = at; k < s.after; k++) if (!isKeyChar(t.charCodeAt(k))) throw OUTSIDE;
      if (!isKeyStart(ch)) throw OUTSIDE;
      return { value: String(resolve(s.raw)), after: s.after };
    }
    return { value: resolve(s.raw), after: s.after };
  }

  /**
   * A `|` or `>` scalar: its header at `at`, its lines below, more indented than `indent`. Left to js-yaml: an
   * indentation indicator, a folded scalar with more-indented lines, a first line that is blank.
   */
  private blockText(at: number, indent: number): string {
    const t = this.text;
    const folded = t.charCodeAt(at) === GT;
    let i = at + 1;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    const c = i < this.end ? t.charCodeAt(i) : NL;
    if (c === DASH) {
      chomp = 'strip';
      i++;
    } else if (c === 0x2b /* + */) {
      chomp = 'keep';
      i++;
    }
    this.restOfLine(i);
    const n = t.length;
    const lines: string[] = [];
    let blockIndent = -1;
    let s = this.next;
    let trailingBlank = 0;
    while (s < n) {
      const nl = breakAfter(t, s);
      const e = contentEnd(t, s, nl);
      let c2 = s;
      while (c2 < e && t.charCodeAt(c2) === SPACE) c2++;
      if (c2 === e) {
        // A blank line: part of the text when more lines follow; a line of spaces beyond the text's indentation
        // is content js-yaml keeps, which this subset does not write.
        if (blockIndent === -1 || e - s > blockIndent) throw OUTSIDE;
        lines.push('');
        trailingBlank++;
        s = nl + 1;
        continue;
      }
      const ind = c2 - s;
      if (blockIndent === -1) {
        if (ind <= indent) break;
        blockIndent = ind;
      } else if (ind < blockIndent) {
        break;
      }
      if (ind > blockIndent && folded) throw OUTSIDE;
      lines.push(t.slice(s + blockIndent, e));
      trailingBlank = 0;
      s = nl + 1;
    }
    if (blockIndent === -1) throw OUTSIDE;
    const body = lines.slice(0, lines.length - trailingBlank);
    let text = folded ? foldLines(body) : body.join('\n');
    // Clipped text ends with one line break, even at the end of a file without one (as js-yaml reads it).
    if (chomp === 'clip') text += '\n';
    else if (chomp === 'keep') throw OUTSIDE;
    // The line after the text: the next entry, a comment, or the end.
    this.seek(s);
    if (!this.atEnd && this.indent > indent) throw OUTSIDE;
    return text;
  }
}

/** Where the line starting at `s` breaks: its `\n`, or the end of the text. */
function breakAfter(t: string, s: number): number {
  const nl = t.indexOf('\n', s);
  return nl === -1 ? t.length : nl;
}

/** Where the content of the line from `s` to its break `nl` ends: before a CR of a CRLF. */
function contentEnd(t: string, s: number, nl: number): number {
  return nl > s && t.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
}

/** In single quotes, '' is a quote. */
function unquoteSingle(s: string): string {
  return s.includes("''") ? s.replaceAll("''", "'") : s;
}

/** `>` text: lines joined by a space, each blank line a newline. */
function foldLines(lines: string[]): string {
  let out = '';
  let blanks = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l === '') {
      blanks++;
      continue;
    }
    if (i > 0) out += blanks > 0 ? '\n'.repeat(blanks) : ' ';
    blanks = 0;
    out += l;
  }
  return out;
}

/** A plain scalar's value as js-yaml's core schema resolves it (null, boolean, integer, float), else the text. */
function resolve(raw: string): unknown {
  const c = raw.charCodeAt(0);
  // Only these can start a null, boolean or number; anything else is a string (the common case, made cheap).
  if (!(c === 0x7e || c === 0x2b || c === DASH || c === 0x2e || (c >= 0x30 && c <= 0x39) || RESOLVABLE.test(raw))) {
    return raw;
  }
  for (const type of IMPLICIT) {
    if (type.resolve(raw)) return type.construct(raw);
  }
  return raw;
}

const RESOLVABLE = /^(?:[nN]ull|NULL|[tT]rue|TRUE|[fF]alse|FALSE)$/;

function isKeyChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === DASH ||
    c === 0x2e ||
    c === 0x2f ||
    c === SPACE
  );
}

function isKeyStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

/** YAML's indicators may not start a plain scalar, except `-`, `?` and `:` before a character that is not a blank. */
function isPlainStart(c: number, next: number): boolean {
  switch (c) {
    case DASH:
    case 0x3f /* ? */:
    case COLON:
      return next !== SPACE && next !== NL && !isFlowIndicator(next) && c === DASH;
    case COMMA:
    case LBRACKET:
    case RBRACKET:
    case LBRACE:
    case RBRACE:
    case HASH:
    case 0x26 /* & */:
    case 0x2a /* * */:
    case 0x21 /* ! */:
    case PIPE:
    case GT:
    case SQ:
    case DQ:
    case 0x25 /* % */:
    case 0x40 /* @ */:
    case 0x60 /* ` */:
    case SPACE:
    case NL:
      return false;
    default:
      return true;
  }
}
