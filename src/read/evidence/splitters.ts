/**
 * Byte-level record splitters for evidence streams. Each takes Buffers in any chunking and calls back with
 * one record's text and its 1-based starting line. Only the unfinished tail of the last chunk is kept, so
 * memory stays flat whatever the input size; a record longer than MAX_RECORD_BYTES is skipped (reported).
 */

import { isBlank } from './record-text.js';

export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

export interface RecordSink {
  record(text: string, line: number): void;
  /**
   * When set, the line splitter hands over each line's bytes (CR stripped, never empty) instead of its text: the
   * parallel audit reader decodes them on another thread. `buf` is only valid during the call.
   */
  range?: (buf: Buffer, start: number, end: number, line: number) => void;
  /** A record too large to hold; skipped. */
  oversized(line: number): void;
}

export interface Splitter {
  write(chunk: Buffer): void;
  end(): void;
}

/** JSON lines (and any line-oriented text). Strips a trailing CR; empty lines are skipped. */
export class LineSplitter implements Splitter {
  private tail: Buffer[] = [];
  private tailBytes = 0;
  private skipping = false;
  private line = 1;

  constructor(private readonly sink: RecordSink) {}

  write(chunk: Buffer): void {
    let start = 0;
    let nl = chunk.indexOf(10, 0);
    if (nl !== -1 && (this.tailBytes > 0 || this.skipping)) {
      if (this.skipping) {
        this.skipping = false;
      } else {
        this.tail.push(chunk.subarray(0, nl));
        this.emit(Buffer.concat(this.tail));
      }
      this.tail = [];
      this.tailBytes = 0;
      this.line++;
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    while (nl !== -1) {
      if (nl > start) this.emitRange(chunk, start, nl);
      this.line++;
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    if (start < chunk.length && !this.skipping) {
      const rest = chunk.subarray(start);
      this.tailBytes += rest.length;
      if (this.tailBytes > MAX_RECORD_BYTES) {
        this.sink.oversized(this.line);
        this.skipping = true;
        this.tail = [];
        this.tailBytes = 0;
      } else {
        // Copy: a subarray would keep the whole input chunk alive.
        this.tail.push(Buffer.from(rest));
      }
    }
  }

  end(): void {
    if (this.tailBytes > 0 && !this.skipping) this.emit(Buffer.concat(this.tail));
    this.tail = [];
    this.tailBytes = 0;
  }

  private emitRange(buf: Buffer, start: number, end: number): void {
    if (buf[end - 1] === 13) end--;
    if (end <= start) return;
    if (this.sink.range) {
      this.sink.range(buf, start, end, this.line);
      return;
    }
    const text = buf.toString('utf8', start, end);
    if (isBlank(text)) return;
    this.sink.record(text, this.line);
  }

  private emit(buf: Buffer): void {
    this.emitRange(buf, 0, buf.length);
  }
}

/**
 * Kinds of the containers open at the first KIND_LEVELS depths. The first two decide where records are (elements of
 * the root array, or of an array in the root object); the rest only name what a cut-off document ends inside. Deeper
 * levels are only counted, so a stream of a billion `[` costs no memory.
 */
const KIND_LEVELS = 64;

/** What a JSON document's splitter reports besides records: the document ends before it is finished. */
export interface JsonRecordSink extends RecordSink {
  /**
   * The input ended inside a string, object or array. `line` is where the file's last content is. `counted` when
   * the record cut off was already reported (larger than 16 MiB): the cut is then no record of its own.
   */
  truncated(line: number, reason: string, counted: boolean): void;
}

/**
 * A JSON document whose records are the elements of its root array, or of an array under one of `keys` in its
 * root object (CloudTrail `{"Records": [...]}`, Kubernetes `{"kind": "List", "items": [...]}`); a root object with
 * no such array is one record (a pretty-printed Kubescape profile, or several objects back to back as `jq .`
 * writes them). A byte scanner tracks strings and nesting, so the document is never held whole.
 */
export class JsonElementSplitter implements Splitter {
  private depth = 0;
  private inString = false;
  private escape = false;
  private stack: number[] = [];
  /** Depth at which records (elements) live; -1 until known. */
  private elementDepth = -1;
  private lastKey = '';
  private keyBuf: number[] | null = null;
  private capture: Buffer[] = [];
  private captureBytes = 0;
  private captureStart = -1;
  private captureLine = 0;
  /** The capture is the root object itself, a record unless a records array turns up inside it. */
  private rootCapture = false;
  private skipping = false;
  private line = 1;
  /** Line of the last byte that is not white space: where a cut-off document is said to end. */
  private endLine = 1;
  /** Records handed over: a cut-off document says how many came before the cut. */
  private emitted = 0;

  constructor(
    private readonly sink: JsonRecordSink,
    private readonly keys: ReadonlySet<string>,
  ) {}

  write(chunk: Buffer): void {
    let segStart = this.captureStart >= 0 ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 10) this.line++;
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === 92) this.escape = true;
        else if (c === 34) {
          this.inString = false;
          if (this.keyBuf) {
            this.lastKey = Buffer.from(this.keyBuf).toString('utf8');
            this.keyBuf = null;
          }
        } else if (this.keyBuf && this.keyBuf.length < 64) this.keyBuf.push(c);
        continue;
      }
      if (c === 34) {
        this.inString = true;
        // Keys of the root object are remembered to find the records array.
        if (this.depth === 1 && this.stack[0] === 123) this.keyBuf = [];
        continue;
      }
      if (c === 123 || c === 91) {
        if (this.elementDepth === -1) {
          if (this.depth === 0 && c === 91) this.elementDepth = 1;
          else if (this.depth === 1 && c === 91 && this.stack[0] === 123 && this.keys.has(this.lastKey)) {
            this.elementDepth = 2;
            // The root object holds the records: it is their wrapper, not a record.
            if (this.rootCapture) {
              this.dropCapture();
              segStart = -1;
            }
          }
        }
        if (this.depth === 0 && c === 123 && this.elementDepth === -1 && this.captureStart < 0) {
          this.startCapture(i);
          segStart = i;
          this.rootCapture = true;
        } else if (this.depth === this.elementDepth && this.captureStart < 0 && c === 123 && this.isRecordArray()) {
          this.startCapture(i);
          segStart = i;
        }
        if (this.depth < KIND_LEVELS) this.stack.push(c);
        this.depth++;
        continue;
      }
      if (c === 125 || c === 93) {
        // A closer with nothing open is garbage between documents: skipped, so the next document is still found.
        if (this.depth === 0) continue;
        if (this.depth <= KIND_LEVELS) this.stack.pop();
        this.depth--;
        const closes = this.rootCapture ? this.depth === 0 : this.depth === this.elementDepth;
        if (closes && this.captureStart >= 0 && c === 125) {
          if (!this.skipping) {
            this.capture.push(chunk.subarray(segStart, i + 1));
            this.sink.record(Buffer.concat(this.capture).toString('utf8'), this.captureLine);
            this.emitted++;
          } else if (this.rootCapture) {
            // Said only now: a records array further on would have made the root object no record at all.
            this.sink.oversized(this.captureLine);
          }
          this.dropCapture();
          segStart = -1;
        }
        if (this.depth < this.elementDepth) this.elementDepth = -1;
      }
    }
    if (this.captureStart >= 0 && !this.skipping && segStart >= 0) {
      const part = Buffer.from(chunk.subarray(segStart));
      this.captureBytes += part.length;
      if (this.captureBytes > MAX_RECORD_BYTES) {
        if (!this.rootCapture) this.sink.oversized(this.captureLine);
        this.skipping = true;
        this.capture = [];
        this.captureBytes = 0;
      } else {
        this.capture.push(part);
      }
    }
    this.noteEnd(chunk);
  }

  private startCapture(i: number): void {
    this.captureStart = i;
    this.captureLine = this.line;
    this.skipping = false;
  }

  private dropCapture(): void {
    this.capture = [];
    this.captureBytes = 0;
    this.captureStart = -1;
    this.rootCapture = false;
    this.skipping = false;
  }

  /** The line of the chunk's last content byte, found from its end (a chunk of white space leaves it as it was). */
  private noteEnd(chunk: Buffer): void {
    let newlines = 0;
    for (let i = chunk.length - 1; i >= 0; i--) {
      const c = chunk[i];
      if (c === 10) newlines++;
      else if (c !== 32 && c !== 9 && c !== 13) {
        this.endLine = this.line - newlines;
        return;
      }
    }
  }

  private isRecordArray(): boolean {
    return this.stack[this.depth - 1] === 91;
  }

  end(): void {
    if (!this.inString && this.depth === 0) return;
    const what = this.inString
      ? 'string'
      : this.depth <= KIND_LEVELS
        ? this.stack[this.depth - 1] === 123
          ? 'object'
          : 'array'
        : `object or array ${this.depth} levels deep`;
    const capturing = this.captureStart >= 0;
    const n = this.emitted;
    const before =
      n === 0
        ? 'no record came before it'
        : `${n} complete record${n === 1 ? '' : 's'} before it ${n === 1 ? 'was' : 'were'} read`;
    const where = !capturing
      ? before
      : this.skipping && !this.rootCapture
        ? `the record that starts at line ${this.captureLine}, larger than 16 MiB, was skipped`
        : `the ${this.rootCapture ? 'document' : 'record'} that starts at line ${this.captureLine} is incomplete${this.rootCapture && n === 0 ? '' : `; ${before}`}`;
    this.sink.truncated(
      this.endLine,
      `the file ends inside an unfinished ${what}: the JSON document is cut off (${where})`,
      capturing && this.skipping && !this.rootCapture,
    );
  }
}

/**
 * Multi-document YAML split at `---` lines, and `kind: List` output (`kubectl get -o yaml`) split at its
 * top-level `items:` entries, so each record is one Kubernetes object.
 */
export class YamlDocumentSplitter implements Splitter {
  private readonly lines: LineSplitter;
  private doc: string[] = [];
  private docBytes = 0;
  private docLine = 1;
  private inItems = false;
  /** After a List's items: its own trailing keys (kind, metadata) are not a record. */
  private listTrailer = false;
  private itemsIndent = '';
  private skipping = false;

  constructor(private readonly sink: RecordSink) {
    this.lines = new LineSplitter({
      record: (text, line) => this.onLine(text, line),
      oversized: (line) => sink.oversized(line),
    });
  }

  write(chunk: Buffer): void {
    this.lines.write(chunk);
  }

  end(): void {
    this.lines.end();
    this.flush();
  }

  private onLine(text: string, line: number): void {
    if (/^---(\s|$)/.test(text) || /^\.\.\.\s*$/.test(text)) {
      this.flush();
      this.inItems = false;
      this.listTrailer = false;
      this.docLine = line + 1;
      return;
    }
    if (this.listTrailer) return;
    if (/^items:\s*(#.*)?$/.test(text)) {
      // Everything before `items:` in a List is its header; the items follow as top-level sequence entries.
      this.doc = [];
      this.docBytes = 0;
      this.inItems = true;
      this.itemsIndent = '';
      this.docLine = line + 1;
      return;
    }
    if (this.inItems) {
      const m = /^(\s*)- /.exec(text);
      if (m && (this.doc.length === 0 || m[1] === this.itemsIndent)) {
        this.flush();
        this.itemsIndent = m[1];
        this.docLine = line;
        this.push(`${m[1]}  ${text.slice(m[0].length)}`);
        return;
      }
      if (/^\S/.test(text) && !text.startsWith('#')) {
        // Back at the List's own top level (kind:, metadata:): end of the items.
        this.flush();
        this.inItems = false;
        this.listTrailer = true;
        return;
      }
    }
    if (this.doc.length === 0 && !this.inItems) this.docLine = line;
    this.push(text);
  }

  private push(text: string): void {
    if (this.skipping) return;
    this.docBytes += text.length + 1;
    if (this.docBytes > MAX_RECORD_BYTES) {
      this.sink.oversized(this.docLine);
      this.skipping = true;
      this.doc = [];
      return;
    }
    this.doc.push(text);
  }

  private flush(): void {
    const blank = this.doc.every((l) => /^\s*(#.*)?$/.test(l));
    if (!blank && !this.skipping) this.sink.record(this.doc.join('\n'), this.docLine);
    this.doc = [];
    this.docBytes = 0;
    this.skipping = false;
  }
}
