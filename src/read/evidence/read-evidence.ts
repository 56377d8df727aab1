import type { FileReport } from '../../model/ingest-result.js';

export type { FileReport } from '../../model/ingest-result.js';
import jsYaml from 'js-yaml';
import { expandsBeyond, LIMIT_MESSAGES, LIMITS } from '../limits.js';
import { yamlErrorAt, yamlOptions } from '../yaml-document.js';
import { SummaryBuilder } from './summary-builder.js';
import type { ReaderName } from '../../model/observation.js';
import { createReader, detectEnvelope, detectReader, type ReaderOptions } from './detect.js';
import { type AuditEnvelope, NOT_EVIDENCE } from './audit-envelope.js';
import { BadRecord, type EvidenceReader, type ReadContext } from './reader.js';
import {
  JsonElementSplitter,
  LineSplitter,
  YamlDocumentSplitter,
  type JsonRecordSink,
  type Splitter,
} from './splitters.js';
import { invalidJson, NULL_RECORD } from './record-text.js';
import { type Framing, FramingSniffer } from './framing.js';
import type { LineTarget } from './audit-batch.js';
import { ParallelAuditLines } from './parallel-audit.js';
import type { KubeAuditReader } from './kube-audit.js';
import { statSync } from 'node:fs';
import { checkEvidenceFile, combineDigests, streamFile, type StreamProgress } from './stream.js';
import { usableCpus } from '../usable-cpus.js';

/** Malformed records named per file (the rest are only counted). */
export const MALFORMED_SAMPLES = 5;
/**
 * Malformed records after which a file that holds more of them than events is passed over: a record that fails to
 * parse costs tens of microseconds (the parser's error), so a file of millions of two-byte lines (or a small gzip of
 * it) would take hours to say that it is not evidence. A log with a few bad lines among its events is read whole.
 */
export const MALFORMED_LIMIT = 100_000;

export interface EvidenceFile {
  abs: string;
  /** As shown in messages. */
  file: string;
}

export interface EvidenceReadResult {
  builder: SummaryBuilder;
  /** sha256 of the snapshot (one file: its own digest; several: of their sorted digests). */
  digest: string;
  files: FileReport[];
  events: number;
  folded: number;
  malformed: number;
  /** Parser threads that read a large audit log beside this one (0: every line was parsed here). */
  threads: number;
}

export interface ReadOptions {
  /** Force one reader for every file (`--source`). */
  source?: ReaderName;
  /** RFC 3339; for records without a time. */
  now: string;
  /** Called as each file is read (progress on a TTY): bytes of the file as stored, of its size. */
  onProgress?: (file: string, progress: StreamProgress) => void;
  /**
   * Threads that parse a large Kubernetes audit log while this one counts (parallel-audit.ts); 0 parses on this
   * thread only. Default: one fewer than the CPUs this process may use (cores, and the container's CPU quota), at
   * most 4 (none on one CPU: a thread would only contend).
   * The result is the same either way.
   */
  threads?: number;
  /** Files smaller than this (as stored) are read on this thread: starting a thread costs more. Default 8 MiB. */
  parallelFromBytes?: number;
  /** Where ToolHive servers run (`ingest --namespace`, the catalogued servers): their audit events name none. */
  toolhive?: ReaderOptions['toolhive'];
}

const PARALLEL_FROM_BYTES = 8 * 1024 * 1024;

/** Starts the parser threads on first need, once per run. */
type ParallelStart = () => ParallelAuditLines | undefined;

/**
 * Streams every evidence file once, in constant memory, into one summary. The format of each file is
 * detected from its first record unless `source` is given; framing (JSON lines, one JSON document with a
 * records array, YAML documents) is detected from its first bytes. Bad records are counted, never fatal.
 */
export async function readEvidence(files: EvidenceFile[], opts: ReadOptions): Promise<EvidenceReadResult> {
  const builder = new SummaryBuilder();
  const readers = new Map<ReaderName, EvidenceReader>();
  const ctx: ReadContext = {
    builder,
    now: opts.now,
    file: {},
    folded: (file) => {
      ((file ?? ctx.file) as FileReport).folded++;
    },
    counted: (events, file) => {
      (file as FileReport).events += events;
    },
  };
  const reports: FileReport[] = [];
  for (const f of files) checkEvidenceFile(f.abs, f.file);
  let pool: ParallelAuditLines | undefined | null = null;
  const parallel: ParallelStart = () => {
    if (pool === null) pool = ParallelAuditLines.start(opts.threads ?? defaultThreads());
    return pool;
  };
  try {
    for (const f of files) reports.push(await readOne(f, opts, readers, ctx, parallel));
  } finally {
    await (pool as ParallelAuditLines | undefined | null)?.close();
  }
  // Records a reader held back are accounted for now, each in the file it came from.
  for (const reader of readers.values()) reader.finish?.(ctx);
  for (const report of reports) {
    if (report.reader && report.reader !== 'summary' && report.events > 0)
      builder.countEvents(report.reader, report.events);
  }
  const digests = reports.map((r) => r.digest);
  for (const d of digests) builder.snapshots.add(d);
  const malformed = reports.reduce((n, r) => n + r.malformed, 0);
  builder.malformed += malformed;
  return {
    builder,
    digest: combineDigests(digests),
    files: reports,
    events: reports.reduce((n, r) => n + r.events, 0),
    folded: reports.reduce((n, r) => n + r.folded, 0),
    malformed,
    threads: (pool as ParallelAuditLines | undefined | null)?.threads ?? 0,
  };
}

/**
 * Root keys whose array holds the records of a JSON document: CloudTrail `Records`, a List's `items`, OTLP
 * `resourceSpans`; CloudWatch Logs `events` (filter-log-events) and `logEvents` (subscription data), Azure
 * `records` (Event Hub bodies, storage blobs before November 2018).
 */
const RECORD_ARRAYS: ReadonlySet<string> = new Set([
  'Records',
  'items',
  'resourceSpans',
  'events',
  'logEvents',
  'records',
]);

async function readOne(
  f: EvidenceFile,
  opts: ReadOptions,
  readers: Map<ReaderName, EvidenceReader>,
  ctx: ReadContext,
  parallel: ParallelStart,
): Promise<FileReport> {
  const report: FileReport = {
    file: f.file,
    reader: opts.source,
    digest: '',
    bytes: 0,
    gzip: false,
    records: 0,
    events: 0,
    folded: 0,
    malformed: 0,
    samples: [],
  };
  ctx.file = report;
  let reader: EvidenceReader | undefined;
  let framing: Framing = 'lines';
  /** Set once the file is past MALFORMED_LIMIT: the rest is hashed, not read. */
  let passedOver = false;
  /** Why the rest of the file was not read: a malformed record, always named (past the samples too). */
  const stop = (line: number, reason: string) => {
    report.malformed++;
    report.samples.push({ line, reason });
  };
  const bad = (line: number, reason: string) => {
    report.malformed++;
    if (report.samples.length < MALFORMED_SAMPLES) report.samples.push({ line, reason });
    if (report.malformed > MALFORMED_LIMIT && report.malformed > report.events + report.folded && !passedOver) {
      passedOver = true;
      stop(
        line,
        `more than ${MALFORMED_LIMIT} malformed records and fewer events (the limit; not evidence threatcat reads?): the rest of the file was not read`,
      );
    }
  };
  const use = (name: ReaderName) => {
    let r = readers.get(name);
    if (!r) {
      r = createReader(name, { toolhive: opts.toolhive });
      readers.set(name, r);
    }
    r.startFile?.();
    report.reader = name;
    return r;
  };
  if (opts.source) reader = use(opts.source);
  // A cloud export wraps each event (detect.ts): known from the first record that is either an export's or a
  // reader's, and then every record of the file is unwrapped, whatever --source forces.
  let envelope: AuditEnvelope | undefined;
  let wrapped: boolean | undefined;
  let lastLine = 0;
  /** Set when the stream broke off (a damaged gzip): that break is named, not the document it cut short. */
  let broken = false;
  const sink: JsonRecordSink = {
    oversized: (line) => {
      if (passedOver) return;
      report.records++;
      bad(line, 'record larger than 16 MiB; skipped');
    },
    // A JSON document cut off (a log copied while written, an upload that stopped): always named, as it says why the
    // file holds fewer records than it should.
    truncated: (line, reason, counted) => {
      if (passedOver) return;
      if (!counted) {
        report.records++;
        report.malformed++;
      }
      if (!broken) report.samples.push({ line, reason });
    },
    record: (text, line) => {
      if (passedOver) return;
      lastLine = line;
      report.records++;
      // Every record is parsed, RequestReceived stages included: a truncated or garbled line must be counted as
      // malformed, never skipped on the strength of a substring (the accounting is exact: events + folded +
      // malformed = records).
      let record: unknown;
      try {
        record = framing === 'yaml' ? jsYaml.load(text, yamlOptions()) : JSON.parse(text);
      } catch (err) {
        bad(
          line,
          framing === 'yaml'
            ? `invalid YAML: ${oneLine(yamlErrorAt(err, f.file).message.replace(/^YAML syntax error: /, ''))}`
            : invalidJson(text),
        );
        return;
      }
      // An alias bomb in one YAML record: the readers iterate its lists, which an alias would multiply.
      const over = framing === 'yaml' && text.includes('*') ? expandsBeyond(record, LIMITS.nodes) : undefined;
      if (over) {
        bad(line, LIMIT_MESSAGES[over]);
        return;
      }
      if (record === null || record === undefined) {
        bad(line, framing === 'yaml' ? 'an empty YAML document' : NULL_RECORD);
        return;
      }
      if (wrapped === undefined) {
        envelope = detectEnvelope(record);
        if (envelope) wrapped = true;
        else if (detectReader(record)) wrapped = false;
      }
      if (envelope) {
        record = envelope.unwrap(record);
        if (record === NOT_EVIDENCE) {
          report.records--;
          return;
        }
        if (record instanceof BadRecord) {
          bad(line, record.reason);
          return;
        }
      }
      if (!reader) {
        const name = detectReader(record);
        if (!name) {
          bad(
            line,
            'unrecognised record (not audit, an EKS/AKS/GKE audit export, Kubescape, a Kubescape alert, Tetragon, Falco, CloudTrail, tool-call, ToolHive audit, OTLP or summary); use --source',
          );
          return;
        }
        reader = use(name);
      }
      const n = reader.read(record, ctx);
      if (n instanceof BadRecord) bad(line, n.reason);
      else report.events += n;
    },
  };
  // A large audit log in JSON lines: from the chunk after its reader is known, lines go to the parser threads
  // and come back here, in order, to be counted by the same reader.
  let lines: ParallelAuditLines | undefined;
  let audit: KubeAuditReader | undefined;
  const target: LineTarget = {
    record: (line, parsed) => {
      if (passedOver) return;
      lastLine = line;
      report.records++;
      if (typeof parsed === 'string') bad(line, parsed);
      else report.events += (audit as KubeAuditReader).fold(parsed, ctx);
    },
    oversized: (line) => sink.oversized(line),
  };
  const goParallel = (): void => {
    // The parser threads read native audit lines only; an export's records are unwrapped here.
    if (framing !== 'lines' || reader?.name !== 'kube-audit' || wrapped !== false) return;
    if (statSync(f.abs).size < (opts.parallelFromBytes ?? PARALLEL_FROM_BYTES)) return;
    lines = parallel();
    if (!lines) return;
    const to = lines;
    audit = reader as KubeAuditReader;
    sink.range = (buf, start, end, line) => to.add(buf, start, end, line);
    const oversized = sink.oversized;
    sink.oversized = (line) => (sink.range ? to.skip(line) : oversized(line));
    target.oversized = oversized;
  };
  let decided = false;
  let splitter: Splitter | undefined;
  // The bytes read while the framing is undecided: up to the end of the first line, 16 MiB at most.
  const head: Buffer[] = [];
  const sniffer = new FramingSniffer();
  const decide = (chosen: Framing | undefined): void => {
    if (!chosen) return;
    framing = chosen;
    splitter =
      chosen === 'lines'
        ? new LineSplitter(sink)
        : chosen === 'yaml'
          ? new YamlDocumentSplitter(sink)
          : new JsonElementSplitter(sink, RECORD_ARRAYS);
    for (const c of head) splitter.write(c);
    head.length = 0;
  };
  const progress = opts.onProgress;
  const info = await streamFile(
    f.abs,
    f.file,
    (chunk) => {
      if (passedOver) return;
      if (splitter) {
        splitter.write(chunk);
        if (lines) return lines.settle(target);
      } else {
        head.push(chunk);
        decide(sniffer.write(chunk));
      }
      if (splitter && !decided) {
        decided = true;
        goParallel();
      }
    },
    progress && ((p) => progress(f.file, p)),
  );
  broken = info.corrupt !== undefined;
  if (!splitter && head.length > 0) decide(sniffer.end());
  splitter?.end();
  if (lines) {
    await lines.drain(target);
    sink.range = undefined;
  }
  if (info.corrupt && !passedOver) stop(lastLine + 1, info.corrupt);
  Object.assign(report, { digest: info.digest, bytes: info.bytes, gzip: info.gzip });
  return report;
}

function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}

function defaultThreads(): number {
  return Math.max(0, Math.min(4, usableCpus() - 1));
}
