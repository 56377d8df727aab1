import type { Position } from '../../model/finding.js';
import type { NodePath } from '../../model/catalog.js';

/**
 * Finds the source position of a node in plain block-style YAML by reading lines and indentation, without
 * building a YAML document (what makes `diff` report lines cheaply). It answers exactly as
 * readManifestText's `locate` does — a collection that is a key's value at its key, a scalar at its value,
 * else the nearest existing ancestor — and gives up (undefined) on anything it does not model: tabs, flow
 * collections it would have to enter, anchors, tags, aliases, complex keys, directives. The caller then uses
 * the full parser. test/diff/fast-locate.test.ts checks it against the full parser on every node of the samples.
 */
export class FastLocator {
  private readonly lines: string[];
  /** [first line, end line) of each document with content, in order. */
  private readonly docs: Array<[number, number]> | undefined;

  constructor(private readonly text: string, private readonly file: string) {
    this.lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    this.docs = /\t/.test(text) || /^%/m.test(text) ? undefined : this.segment();
  }

  /** Position of the node at `path` inside the n-th document that has content. */
  locate(docIndex: number, path: NodePath, kind: string, name: string): Position | undefined {
    const doc = this.docs?.[docIndex];
    if (!doc) return undefined;
    const [start, end] = doc;
    const first = this.nextContent(start, end);
    if (first === -1 || indentOf(this.lines[first]) !== 0 || !isKeyLine(this.lines[first], 0)) return undefined;
    let node: Node = { kind: 'map', line: first, col: 0, indent: 0, start: first, end };
    // The documents must line up with the parser's: the one asked for declares this kind and name.
    if (this.scalarAt(node, ['kind']) !== kind || this.scalarAt(node, ['metadata', 'name']) !== name) return undefined;
    let key: { line: number; col: number } | undefined;
    for (const seg of path) {
      const next = node.kind === 'map' && typeof seg === 'string' ? this.mapChild(node, seg)
        : node.kind === 'seq' && typeof seg === 'number' ? this.seqItem(node, seg)
          : node.kind === 'unknown' || node.kind === 'flow' ? null : undefined;
      if (next === null) return undefined;
      if (next === undefined) break;
      node = next.node;
      key = next.key;
    }
    if (node.kind === 'unknown') return undefined;
    const at = key && (node.kind === 'map' || node.kind === 'seq' || node.kind === 'flow') ? key : node;
    return { file: this.file, line: at.line + 1, column: at.col + 1 };
  }

  /** A simple scalar's text (quotes removed), for checks; undefined when it is anything else. */
  private scalarAt(root: Node, path: string[]): string | undefined {
    let node: Node = root;
    for (const seg of path) {
      if (node.kind !== 'map') return undefined;
      const next = this.mapChild(node, seg);
      if (!next) return undefined;
      node = next.node;
    }
    if (node.kind !== 'scalar') return undefined;
    const raw = stripComment(this.lines[node.line].slice(node.col));
    const m = /^"([^"\\]*)"$|^'([^']*)'$/.exec(raw);
    return m ? m[1] ?? m[2] : raw;
  }

  /** Documents split at `---` lines; a document is kept only if it has content (as js-yaml yields objects). */
  private segment(): Array<[number, number]> | undefined {
    const out: Array<[number, number]> = [];
    let start = 0;
    const close = (end: number) => {
      if (this.nextContent(start, end) !== -1) out.push([start, end]);
    };
    for (let i = 0; i < this.lines.length; i++) {
      const l = this.lines[i];
      if (/^(---|\.\.\.)(\s|$)/.test(l)) {
        if (l.replace(/^(---|\.\.\.)/, '').replace(/\s+#.*$/, '').trim() !== '') return undefined;
        close(i);
        start = i + 1;
      }
    }
    close(this.lines.length);
    return out;
  }

  private nextContent(from: number, end: number): number {
    for (let i = from; i < end; i++) if (!isBlank(this.lines[i])) return i;
    return -1;
  }

  /** The value of `key` in a block mapping; undefined = no such key; null = cannot tell. */
  private mapChild(map: Node, want: string): Step | null | undefined {
    for (let i = map.start; i < map.end; i++) {
      const line = this.lines[i];
      if (isBlank(line)) continue;
      const col = i === map.line ? map.col : indentOf(line);
      if (col < map.indent) break;
      if (col !== map.indent) continue;
      // A sequence written at its key's indentation belongs to that key's value.
      if (i !== map.line && /^-(\s|$)/.test(line.slice(col))) continue;
      const k = parseKey(line, col);
      if (k === null) return null;
      if (k.key !== want) continue;
      const keyPos = { line: i, col };
      const rest = line.slice(k.after);
      const value = stripComment(rest);
      if (value !== '') {
        if (/^[&!*?]/.test(value)) return null;
        const vcol = k.after + (rest.length - rest.trimStart().length);
        if (value.startsWith('{') || value.startsWith('[')) return { node: { kind: 'flow', line: i, col: vcol, indent: -1, start: i, end: i }, key: keyPos };
        if (/^['"]/.test(value) && !closedQuote(value)) return null;
        return { node: { kind: 'scalar', line: i, col: vcol, indent: -1, start: i, end: i }, key: keyPos };
      }
      // The value is below the key: a block collection, a scalar on the next lines, or nothing.
      const childEnd = this.blockEnd(i + 1, map.end, col);
      const next = this.nextContent(i + 1, childEnd);
      if (next === -1) return { node: { kind: 'scalar', line: i, col, indent: -1, start: i, end: i }, key: keyPos };
      const ncol = indentOf(this.lines[next]);
      const body = this.lines[next].slice(ncol);
      if (/^-(\s|$)/.test(body)) return { node: { kind: 'seq', line: next, col: ncol, indent: ncol, start: next, end: childEnd }, key: keyPos };
      if (ncol > col && isKeyLine(this.lines[next], ncol)) return { node: { kind: 'map', line: next, col: ncol, indent: ncol, start: next, end: childEnd }, key: keyPos };
      return null;
    }
    return undefined;
  }

  /** The n-th item of a block sequence. */
  private seqItem(seq: Node, n: number): Step | null | undefined {
    let count = -1;
    for (let i = seq.start; i < seq.end; i++) {
      const line = this.lines[i];
      if (isBlank(line)) continue;
      const col = indentOf(line);
      if (col < seq.indent) break;
      if (col !== seq.indent || !/^-(\s|$)/.test(line.slice(col))) continue;
      if (++count !== n) continue;
      const after = line.slice(col + 1);
      const value = stripComment(after);
      const vcol = col + 1 + (after.length - after.trimStart().length);
      const itemEnd = this.itemEnd(i + 1, seq.end, col);
      if (value === '') return null;
      if (/^[&!*?]/.test(value) || value.startsWith('- ')) return null;
      if (value.startsWith('{') || value.startsWith('[')) return { node: { kind: 'flow', line: i, col: vcol, indent: -1, start: i, end: i } };
      if (isKeyLine(line, vcol)) return { node: { kind: 'map', line: i, col: vcol, indent: vcol, start: i, end: itemEnd } };
      if (/^['"]/.test(value) && !closedQuote(value)) return null;
      return { node: { kind: 'scalar', line: i, col: vcol, indent: -1, start: i, end: i } };
    }
    return undefined;
  }

  /** First line at or after `from` that is back at indentation ≤ `indent` (a sequence at `indent` continues). */
  private blockEnd(from: number, end: number, indent: number): number {
    for (let i = from; i < end; i++) {
      const line = this.lines[i];
      if (isBlank(line)) continue;
      const col = indentOf(line);
      if (col < indent || (col === indent && !/^-(\s|$)/.test(line.slice(col)))) return i;
    }
    return end;
  }

  private itemEnd(from: number, end: number, indent: number): number {
    for (let i = from; i < end; i++) {
      const line = this.lines[i];
      if (isBlank(line)) continue;
      if (indentOf(line) <= indent) return i;
    }
    return end;
  }
}

interface Node {
  kind: 'map' | 'seq' | 'scalar' | 'flow' | 'unknown';
  line: number;
  col: number;
  /** Column of the collection's entries. */
  indent: number;
  /** Lines [start, end) that belong to the node. */
  start: number;
  end: number;
}

interface Step {
  node: Node;
  key?: { line: number; col: number };
}

function isBlank(line: string): boolean {
  const t = line.trimStart();
  return t === '' || t.startsWith('#');
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

const PLAIN_KEY = /^([^\s#'"{}[\],&*!|>%@`?:-][^#]*?|-[^\s#][^#]*?)\s*:(?=\s|$)/;
const QUOTED_KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')\s*:(?=\s|$)/;

function isKeyLine(line: string, col: number): boolean {
  const s = line.slice(col);
  return PLAIN_KEY.test(s) || QUOTED_KEY.test(s);
}

/** The key at `col` and the offset just after its colon; null when the line is not a simple key. */
function parseKey(line: string, col: number): { key: string; after: number } | null {
  const s = line.slice(col);
  const q = QUOTED_KEY.exec(s);
  if (q) {
    const raw = q[1];
    if (raw.startsWith('"')) {
      if (raw.includes('\\')) return null;
      return { key: raw.slice(1, -1), after: col + q[0].length };
    }
    return { key: raw.slice(1, -1).replace(/''/g, "'"), after: col + q[0].length };
  }
  const m = PLAIN_KEY.exec(s);
  if (!m) return null;
  return { key: m[1].trimEnd(), after: col + m[0].length };
}

function stripComment(rest: string): string {
  const t = rest.trim();
  if (t.startsWith('#')) return '';
  if (/^['"]/.test(t)) return t;
  return t.replace(/\s+#.*$/, '');
}

function closedQuote(value: string): boolean {
  const q = value[0];
  if (q === "'") return /^'(?:[^']|'')*'/.test(value);
  return /^"(?:[^"\\]|\\.)*"/.test(value);
}
