import { MAX_RECORD_BYTES } from './splitters.js';

export type Framing = 'lines' | 'json-doc' | 'yaml';

/** Bytes of a first line that is not JSON looked at for YAML's first key: more is neither YAML nor JSON lines. */
const TEXT_HEAD_LIMIT = 1024 * 1024;

/**
 * Root keys whose array makes the file one JSON document of records, not JSON lines: CloudTrail `Records`, a
 * List's `items` (`kubectl get -o json | jq -c .` writes `kind` after them, so a List is known by its array alone),
 * CloudWatch Logs `events` and `logEvents`, Azure `records`. OTLP's `resourceSpans` is not one: the collector's file
 * exporter writes one request a line, so a whole request on one line is a JSON-lines record.
 */
const DOCUMENT_ARRAYS: ReadonlySet<string> = new Set(['Records', 'items', 'events', 'logEvents', 'records']);

/** First keys that say "a Kubernetes List" or "CloudWatch Logs subscription data" before its records array. */
const DOCUMENT_HEADS = [
  /^\{\s*"kind"\s*:\s*"\w*List"/,
  /^\{\s*"(messageType|owner|logGroup|logStream|subscriptionFilters)"\s*:/,
];
const HEAD_PEEK = 256;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12;

/**
 * Decides a file's framing from its first bytes, fed chunk by chunk: JSON lines, one JSON document (its records the
 * elements of an array), or YAML documents. A file that starts with `{` is scanned byte by byte through its first
 * line (strings and nesting tracked, never parsed whole), so a minified document of any size is told from JSON
 * lines: by a records array in its root object, as soon as that array opens, or by the root object not closing on
 * its line. Only the first line is scanned, and it is decided at 16 MiB at the latest (a longer first line is
 * skipped as oversized whatever the framing): the caller holds that much at most.
 */
export class FramingSniffer {
  private started = false;
  private bomSkip = 0;
  /** `{`: the first line is scanned as JSON; else the first line's text decides (YAML or not). */
  private json = false;
  private peek: number[] = [];
  private text: Buffer[] = [];
  private textBytes = 0;
  private depth = 0;
  private inString = false;
  private escape = false;
  private keyBuf: number[] | null = null;
  private lastKey = '';
  /** The root object closed on the first line; set to what follows it there (0: nothing yet). */
  private closed = false;
  private scanned = 0;

  /** The framing once the bytes so far decide it. */
  write(chunk: Buffer): Framing | undefined {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (!this.started) {
        // A UTF-8 byte order mark is not content.
        if (this.bomSkip < 3 && c === [0xef, 0xbb, 0xbf][this.bomSkip]) {
          this.bomSkip++;
          continue;
        }
        if (isSpace(c)) continue;
        this.started = true;
        if (c === 91) return 'json-doc';
        this.json = c === 123;
        if (!this.json) return this.textWrite(chunk.subarray(i));
      }
      if (!this.json) return this.textWrite(chunk.subarray(i));
      const decided = this.scan(c);
      if (decided) return decided;
      if (++this.scanned > MAX_RECORD_BYTES) return 'lines';
    }
    return undefined;
  }

  /** The framing of a file that ends here. */
  end(): Framing {
    if (!this.started) return 'lines';
    if (!this.json) return this.textDecide(true) ?? 'lines';
    // One line that stops inside an object, an array or a string: a minified document cut off. As a document, the
    // records complete before the cut are read, and the cut is named for what it is.
    return this.closed ? 'lines' : 'json-doc';
  }

  private scan(c: number): Framing | undefined {
    if (this.peek.length < HEAD_PEEK) {
      this.peek.push(c);
      if (this.peek.length === 64 || c === 10) {
        const head = Buffer.from(this.peek).toString('utf8');
        if (DOCUMENT_HEADS.some((re) => re.test(head))) return 'json-doc';
      }
    }
    if (c === 10) return this.lineEnds();
    if (this.closed) {
      // Objects back to back on one line (`jq -c -j`, Firehose's concatenated records): a document of objects.
      if (isSpace(c)) return undefined;
      return c === 123 ? 'json-doc' : 'lines';
    }
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
      return undefined;
    }
    if (c === 34) {
      this.inString = true;
      if (this.depth === 1) this.keyBuf = [];
      return undefined;
    }
    if (c === 123 || c === 91) {
      // As the document splitter finds its records: an array opened in the root object after one of these keys.
      if (c === 91 && this.depth === 1 && DOCUMENT_ARRAYS.has(this.lastKey)) return 'json-doc';
      this.depth++;
    } else if (c === 125 || c === 93) {
      this.depth--;
      if (this.depth === 0) this.closed = true;
      // A closer too many is garbage: the first line is no JSON, and a JSON-lines file reads past it.
      if (this.depth < 0) return 'lines';
    }
    return undefined;
  }

  /** The first line ended (a newline) before it said "document". */
  private lineEnds(): Framing {
    if (this.closed) return 'lines';
    // A root object left open at the end of its line: pretty-printed (`{` alone, as kubectl and jq write it, or an
    // OTLP/HTTP body's `{"resourceSpans": [`), else a first line that is broken and the rest JSON lines.
    const first = Buffer.from(this.peek).toString('utf8').trim();
    return /^\{$/.test(first) || /^\{\s*"resourceSpans"\s*:\s*\[/.test(first) ? 'json-doc' : 'lines';
  }

  private textWrite(rest: Buffer): Framing | undefined {
    this.text.push(Buffer.from(rest));
    this.textBytes += rest.length;
    return this.textDecide(false);
  }

  /**
   * YAML (Kubescape profiles, kubectl -o yaml) starts with a key, a document marker, a directive or a comment. A
   * JSON-lines file whose first line is garbage (binary, or a fragment) stays JSON lines: that line is malformed, and
   * the rest are read as they are.
   */
  private textDecide(final: boolean): Framing | undefined {
    const head = Buffer.concat(this.text);
    this.text = [head];
    const nl = head.indexOf(10);
    if (nl === -1 && !final && this.textBytes < TEXT_HEAD_LIMIT) return undefined;
    const first = head.toString('utf8', 0, nl === -1 ? head.length : nl);
    return /^(---|%[A-Z]|#|- |[A-Za-z_"'][\w./"' -]*:(\s|$))/.test(first) ? 'yaml' : 'lines';
  }
}

/** The framing of a whole text (the fuzz target's entry, and tests'). */
export function framingOf(text: Buffer | string): Framing {
  const sniffer = new FramingSniffer();
  return sniffer.write(Buffer.from(text)) ?? sniffer.end();
}
