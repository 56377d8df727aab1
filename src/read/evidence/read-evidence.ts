import jsYaml from 'js-yaml';
import { expandsBeyond, LIMIT_MESSAGES, LIMITS } from '../limits.js';
import { yamlErrorAt, yamlOptions } from '../yaml-document.js';
import { SummaryBuilder } from './summary-builder.js';
import type { ReaderName } from '../../model/observation.js';
import { createReader, detectReader } from './detect.js';
import { BadRecord, type EvidenceReader, type ReadContext } from './reader.js';
import {
  JsonElementSplitter,
  LineSplitter,
  YamlDocumentSplitter,
  type RecordSink,
  type Splitter,
} from './splitters.js';
import { checkEvidenceFile, combineDigests, streamFile } from './stream.js';

/** Malformed records named per file (the rest are only counted). */
export const MALFORMED_SAMPLES = 5;
const HEAD_LIMIT = 1024 * 1024;

export interface EvidenceFile {
  abs: string;
  /** As shown in messages. */
  file: string;
}

export interface FileReport {
  file: string;
  reader: ReaderName | undefined;
  digest: string;
  bytes: number;
  gzip: boolean;
  events: number;
  malformed: number;
  /** The first few malformed records: line and why. */
  samples: Array<{ line: number; reason: string }>;
}

export interface EvidenceReadResult {
  builder: SummaryBuilder;
  /** sha256 of the snapshot (one file: its own digest; several: of their sorted digests). */
  digest: string;
  files: FileReport[];
  events: number;
  malformed: number;
}

export interface ReadOptions {
  /** Force one reader for every file (`--source`). */
  source?: ReaderName;
  /** RFC 3339; for records without a time. */
  now: string;
  /** Called now and then with bytes read so far (progress on a TTY). */
  onProgress?: (file: string, bytes: number) => void;
}

/**
 * Streams every evidence file once, in constant memory, into one summary. The format of each file is
 * detected from its first record unless `source` is given; framing (JSON lines, one JSON document with a
 * records array, YAML documents) is detected from its first bytes. Bad records are counted, never fatal.
 */
export async function readEvidence(files: EvidenceFile[], opts: ReadOptions): Promise<EvidenceReadResult> {
  const builder = new SummaryBuilder();
  const readers = new Map<ReaderName, EvidenceReader>();
  const ctx: ReadContext = { builder, now: opts.now };
  const reports: FileReport[] = [];
  for (const f of files) checkEvidenceFile(f.abs, f.file);
  for (const f of files) reports.push(await readOne(f, opts, readers, ctx));
  // Records a reader held back count now, for the last file it read.
  for (const [name, reader] of readers) {
    const n = reader.finish?.(ctx) ?? 0;
    const last = [...reports].reverse().find((r) => r.reader === name);
    if (n > 0 && last) last.events += n;
  }
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
    malformed,
  };
}

type Framing = 'lines' | 'json-doc' | 'yaml';

async function readOne(
  f: EvidenceFile,
  opts: ReadOptions,
  readers: Map<ReaderName, EvidenceReader>,
  ctx: ReadContext,
): Promise<FileReport> {
  const report: FileReport = {
    file: f.file,
    reader: opts.source,
    digest: '',
    bytes: 0,
    gzip: false,
    events: 0,
    malformed: 0,
    samples: [],
  };
  let reader: EvidenceReader | undefined;
  let framing: Framing = 'lines';
  const bad = (line: number, reason: string) => {
    report.malformed++;
    if (report.samples.length < MALFORMED_SAMPLES) report.samples.push({ line, reason });
  };
  const use = (name: ReaderName) => {
    let r = readers.get(name);
    if (!r) {
      r = createReader(name);
      readers.set(name, r);
    }
    r.startFile?.();
    report.reader = name;
    return r;
  };
  if (opts.source) reader = use(opts.source);
  let lastLine = 0;
  const sink: RecordSink = {
    oversized: (line) => bad(line, 'record larger than 16 MiB; skipped'),
    record: (text, line) => {
      lastLine = line;
      // Half of a real audit log is RequestReceived stages, which never count: skip them unparsed. The API server
      // writes `stage` right before `requestURI`, so a match there cannot be a nested object's field.
      if (reader?.name === 'kube-audit' && isRequestReceived(text)) return;
      let record: unknown;
      try {
        record = framing === 'yaml' ? jsYaml.load(text, yamlOptions()) : JSON.parse(text);
      } catch (err) {
        bad(
          line,
          framing === 'yaml'
            ? `invalid YAML: ${yamlErrorAt(err, f.file).message.replace(/^YAML syntax error: /, '')}`
            : 'invalid JSON',
        );
        return;
      }
      // An alias bomb in one YAML record: the readers iterate its lists, which an alias would multiply.
      const over = framing === 'yaml' && text.includes('*') ? expandsBeyond(record, LIMITS.nodes) : undefined;
      if (over) {
        bad(line, LIMIT_MESSAGES[over]);
        return;
      }
      if (record === null || record === undefined) return;
      if (!reader) {
        const name = detectReader(record);
        if (!name) {
          bad(
            line,
            'unrecognised record (not audit, Kubescape, Tetragon, Falco, CloudTrail, tool-call or summary); use --source',
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
  let splitter: Splitter | undefined;
  const head: Buffer[] = [];
  let headBytes = 0;
  let seen = 0;
  let lastProgress = 0;
  const decide = (final: boolean): void => {
    const text = Buffer.concat(head).toString('utf8');
    const chosen = chooseFraming(text, final || headBytes >= HEAD_LIMIT);
    if (!chosen) return;
    framing = chosen.framing;
    splitter =
      chosen.framing === 'lines'
        ? new LineSplitter(sink)
        : chosen.framing === 'yaml'
          ? new YamlDocumentSplitter(sink)
          : new JsonElementSplitter(sink, new Set(['Records', 'items']));
    for (const c of head) splitter.write(c);
    head.length = 0;
  };
  const info = await streamFile(f.abs, f.file, (chunk) => {
    seen += chunk.length;
    if (opts.onProgress && seen - lastProgress > 64 * 1024 * 1024) {
      lastProgress = seen;
      opts.onProgress(f.file, seen);
    }
    if (splitter) {
      splitter.write(chunk);
      return;
    }
    head.push(chunk);
    headBytes += chunk.length;
    decide(false);
  });
  if (!splitter && head.length > 0) decide(true);
  splitter?.end();
  if (info.corrupt) bad(lastLine + 1, info.corrupt);
  Object.assign(report, { digest: info.digest, bytes: info.bytes, gzip: info.gzip });
  return report;
}

function isRequestReceived(text: string): boolean {
  // Most lines are not RequestReceived: a forward search for the distinctive part skips along the line quickly,
  // where the bounded backwards search below compares at every position.
  if (text.indexOf('RequestReceived"') === -1) return false;
  // `stage` is the fifth key: look near the start only (a backwards search from there is bounded).
  const i = text.lastIndexOf('"stage":"RequestReceived"', 512);
  if (i === -1) return false;
  const uri = text.indexOf('"requestURI"');
  return uri === -1 || i < uri;
}

/** Framing from the first bytes; undefined while more bytes are needed. */
export function chooseFraming(head: string, final: boolean): { framing: Framing } | undefined {
  let i = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < head.length && /\s/.test(head[i])) i++;
  if (i >= head.length) return final ? { framing: 'lines' } : undefined;
  const c = head[i];
  if (c === '[') return { framing: 'json-doc' };
  if (c !== '{') return { framing: 'yaml' };
  if (/^\{\s*"(Records|items)"\s*:\s*\[/.test(head.slice(i))) return { framing: 'json-doc' };
  const nl = head.indexOf('\n', i);
  if (nl === -1 && !final) return undefined;
  const first = head.slice(i, nl === -1 ? undefined : nl).trim();
  try {
    const o = JSON.parse(first) as Record<string, unknown>;
    // One-line documents holding the records array (a minified CloudTrail file or kubectl List).
    if (Array.isArray(o?.Records) || (o?.kind === 'List' && Array.isArray(o?.items))) return { framing: 'json-doc' };
    return { framing: 'lines' };
  } catch {
    // A pretty-printed document, or a first line that is simply broken: a document only if it does not close.
    return { framing: nl !== -1 && /^\{\s*$/.test(first) ? 'json-doc' : 'lines' };
  }
}
