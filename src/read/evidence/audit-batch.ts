import {
  type AuditLine,
  auditLineOf,
  emptyAuditLine,
  type KnownKey,
  STAGE_RECEIVED,
  type WorkloadOf,
  workloadCache,
} from './kube-audit.js';
import { invalidJson, isBlank, NULL_RECORD } from './record-text.js';
import { BadRecord } from './reader.js';

/**
 * The wire format between the audit parser threads and the thread that counts (parallel-audit.ts). A batch is
 * whole lines of one file; its result says, per line, what `auditLineOf` made of it — in typed arrays and plain
 * string arrays, which cross threads cheaply (no parsed objects are cloned).
 */
export interface AuditBatchIn {
  /** The lines' bytes, back to back (CR stripped, never empty). */
  bytes: Uint8Array;
  /** End offset of line i in `bytes` (it starts where line i-1 ends). */
  ends: Int32Array;
  lines: number;
}

export const KIND_BLANK = 0;
export const KIND_BAD = 1;
/** KIND_STAGE + stage (STAGE_RECEIVED, STAGE_STARTED, STAGE_OTHER), plus LONG_DONE when set. */
export const KIND_STAGE = 2;
export const LONG_DONE = 8;
/** The line's auditID is a lowercase UUID, sent as four words in `idWords` (not as a string). */
export const ID_UUID = 16;

export interface AuditBatchOut {
  kinds: Uint8Array;
  /** Per line of a counted stage: its key's number in this parser's table of keys. */
  keys: Int32Array;
  /** Keys first seen in this batch, 8 strings each (KEY_FIELDS order), numbered from the table's previous size. */
  newKeys: string[];
  /** Per line, at 4 * line: the auditID's words when it is a UUID (ID_UUID). */
  idWords: Int32Array;
  /** Per line of a counted stage whose auditID is not a UUID, in order: the auditID ("" when absent). */
  ids: string[];
  /**
   * Per line of a counted stage, in order: the object names back to back (one string crosses faster than
   * thousands; the summary keeps a copy of a name, never the slice), and each name's length.
   */
  names: string;
  nameLengths: Int32Array;
  /** Per line of a counted stage, in order: the normalised time (kept by the summary as it is: sent whole). */
  times: string[];
  /** Per bad line, in order: why. */
  reasons: string[];
}

export const KEY_FIELDS = [
  'identity',
  'workload',
  'verb',
  'apiGroup',
  'resource',
  'namespace',
  'path',
  'decision',
] as const;

/** One parser thread's state: its table of request keys (so each key crosses once) and its workload cache. */
export class AuditBatchParser {
  private readonly keyNumbers = new Map<string, number>();
  private readonly workloadOf: WorkloadOf = workloadCache();
  private readonly scratch: AuditLine = emptyAuditLine();

  parse(batch: AuditBatchIn): AuditBatchOut {
    const n = batch.lines;
    const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
    const out: AuditBatchOut = {
      kinds: new Uint8Array(n),
      keys: new Int32Array(n),
      idWords: new Int32Array(4 * n),
      newKeys: [],
      ids: [],
      names: '',
      nameLengths: new Int32Array(n),
      times: [],
      reasons: [],
    };
    let start = 0;
    let names = '';
    for (let i = 0; i < n; i++) {
      const end = batch.ends[i];
      const text = bytes.toString('utf8', start, end);
      start = end;
      if (isBlank(text)) continue; // KIND_BLANK: no record at all, as on the sequential path
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        out.kinds[i] = KIND_BAD;
        out.reasons.push(invalidJson(text));
        continue;
      }
      if (record === null) {
        out.kinds[i] = KIND_BAD;
        out.reasons.push(NULL_RECORD);
        continue;
      }
      const line = auditLineOf(record, this.workloadOf, this.scratch);
      if (line instanceof BadRecord) {
        out.kinds[i] = KIND_BAD;
        out.reasons.push(line.reason);
        continue;
      }
      out.kinds[i] = KIND_STAGE + line.stage + (line.longDone ? LONG_DONE : 0);
      if (line.stage === STAGE_RECEIVED) continue;
      const c = line.call;
      // At least as fine as the summary's own row key (identity, then the other fields joined), so requests that
      // share a number always share a row; the counting thread looks each number's row up in the summary.
      const key = `${c.identity.length}:${c.identity}\0${c.workload}\0${c.verb}\0${c.apiGroup}\0${c.resource}\0${c.namespace}\0${c.path}\0${c.decision}`;
      let k = this.keyNumbers.get(key);
      if (k === undefined) {
        k = this.keyNumbers.size;
        this.keyNumbers.set(key, k);
        out.newKeys.push(c.identity, c.workload, c.verb, c.apiGroup, c.resource, c.namespace, c.path, c.decision);
      }
      out.keys[i] = k;
      if (line.id.uuid) {
        out.kinds[i] |= ID_UUID;
        out.idWords.set(line.id.words, 4 * i);
      } else out.ids.push(line.id.text);
      out.nameLengths[out.times.length] = c.name.length;
      if (c.name) names += c.name;
      out.times.push(c.time);
    }
    out.names = names;
    return out;
  }
}

/** What the counting side does with each line, in file order. */
export interface LineTarget {
  /** A record (a non-blank line): what it is, or why it is bad. */
  record(lineNo: number, line: AuditLine | string): void;
  /** A line too long to hold (skipped by the splitter). */
  oversized(lineNo: number): void;
}

/**
 * The counting side of one parser thread: its table of keys, grown from each answer's new keys, and the lines of
 * an answer handed to `target` in order (one reused AuditLine: the target must not keep it).
 */
export class AuditBatchCounter {
  private readonly table: KnownKey[] = [];
  private readonly line = emptyAuditLine();

  count(out: AuditBatchOut, lineNos: Int32Array, lines: number, target: LineTarget): void {
    const table = this.table;
    const nk = out.newKeys;
    for (let i = 0; i < nk.length; i += KEY_FIELDS.length) {
      table.push({
        identity: nk[i],
        workload: nk[i + 1],
        verb: nk[i + 2],
        apiGroup: nk[i + 3],
        resource: nk[i + 4],
        namespace: nk[i + 5],
        path: nk[i + 6],
        decision: nk[i + 7] as KnownKey['decision'],
      });
    }
    const line = this.line;
    const call = line.call;
    const id = line.id;
    let bad = 0;
    let e = 0;
    let t = 0;
    let at = 0;
    for (let i = 0; i < lines; i++) {
      const kind = out.kinds[i];
      if (kind === KIND_BLANK) continue;
      if (kind === KIND_BAD) {
        target.record(lineNos[i], out.reasons[bad++]);
        continue;
      }
      line.stage = ((kind & 7) - KIND_STAGE) as AuditLine['stage'];
      line.longDone = (kind & LONG_DONE) !== 0;
      if (line.stage !== STAGE_RECEIVED) {
        const key = table[out.keys[i]];
        call.identity = key.identity;
        call.workload = key.workload;
        call.verb = key.verb;
        call.apiGroup = key.apiGroup;
        call.resource = key.resource;
        call.namespace = key.namespace;
        call.path = key.path;
        call.decision = key.decision;
        call.key = key;
        if (kind & ID_UUID) {
          const w = 4 * i;
          id.uuid = true;
          id.text = '';
          id.words[0] = out.idWords[w];
          id.words[1] = out.idWords[w + 1];
          id.words[2] = out.idWords[w + 2];
          id.words[3] = out.idWords[w + 3];
        } else {
          id.uuid = false;
          id.text = out.ids[t++];
        }
        const len = out.nameLengths[e];
        call.name = len === 0 ? '' : out.names.substring(at, at + len);
        at += len;
        call.time = out.times[e];
        e++;
      }
      target.record(lineNos[i], line);
    }
  }
}
