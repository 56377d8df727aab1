import validateLine from '../../generated/observation-summary-validator.js';
import { normTime } from './summary-builder.js';
import type { ReaderName, Row } from '../../model/observation.js';
import { ROW_KEYS } from '../../model/observation.js';
import { BadRecord, isObject, type EvidenceReader, type ReadContext } from './reader.js';

const ROW_TYPES = new Set(Object.keys(ROW_KEYS));
/** Default source per row type, for rows written by a query that leaves it out. */
const DEFAULT_SOURCE: Record<string, string> = {
  api: 'kube-audit',
  tool: 'sdk-callback',
  exec: 'ebpf',
  file: 'ebpf',
  endpoint: 'ebpf',
  alert: 'ebpf',
  cloud: 'iam-events',
  session: 'iam-events',
};
/** Rows that are one event each (the others are details of events counted in a `seen` row). */
const PRIMARY = new Set(['api', 'tool', 'cloud', 'session', 'seen']);

export function isSummaryLine(o: Record<string, unknown>): boolean {
  return o.kind === 'ObservationSummary' || (typeof o.type === 'string' && ROW_TYPES.has(o.type) && 'count' in o);
}

/**
 * An observation summary (JSON lines: a header, then rows), as `--emit-summary` writes it or a log platform's
 * query produces it (ClickHouse JSONEachRow, Trino/Athena, Loki: docs/ingest.md). Rows are merged exactly;
 * numbers given as strings (ClickHouse quotes 64-bit integers) are accepted. This reader counts its own events
 * per source (the header's, or `summary` for header-less rows).
 */
export function summaryReader(): EvidenceReader {
  let headerSeen = false;
  return {
    name: 'summary',
    startFile() {
      headerSeen = false;
    },
    read(o: unknown, ctx: ReadContext) {
      if (!isObject(o) || !isSummaryLine(o)) return new BadRecord('not an observation summary line');
      const line = coerce(o);
      if (!validateLine(line)) {
        const err = validateLine.errors?.find((e) => e.keyword !== 'if') ?? validateLine.errors?.[0];
        return new BadRecord(
          `invalid summary line: ${err ? `${err.instancePath || '/'} ${err.message}` : 'schema mismatch'}`,
        );
      }
      const b = ctx.builder;
      if (line.kind === 'ObservationSummary') {
        headerSeen = true;
        for (const d of (line.snapshots as string[] | undefined) ?? []) b.snapshots.add(d);
        for (const [k, n] of Object.entries((line.sources as Record<string, number> | undefined) ?? {}))
          b.countEvents(k as ReaderName, n);
        b.malformed += (line.malformed as number | undefined) ?? 0;
        return Object.values((line.sources as Record<string, number> | undefined) ?? {}).reduce((a, n) => a + n, 0);
      }
      const row = completeRow(line);
      b.merge(row);
      // With a header, events were counted per original reader; without one, the rows are all there is.
      if (headerSeen || !PRIMARY.has(row.type)) return 0;
      b.countEvents('summary', row.count);
      return row.count;
    },
  };
}

function coerce(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...o };
  if (typeof out.count === 'string' && /^\d+$/.test(out.count)) out.count = Number(out.count);
  if (isObject(out.days)) {
    out.days = Object.fromEntries(
      Object.entries(out.days).map(([k, v]) => [k, typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v]),
    );
  }
  return out;
}

function completeRow(o: Record<string, unknown>): Row {
  const type = o.type as Row['type'];
  const row: Record<string, unknown> = { type, source: o.source ?? DEFAULT_SOURCE[type] };
  for (const k of ROW_KEYS[type]) row[k] = o[k] ?? (type === 'api' && k === 'decision' ? 'allow' : '');
  row.count = o.count;
  row.first = normTime(o.first);
  row.last = normTime(o.last);
  row.days = (o.days as Record<string, number> | undefined) ?? { [String(row.first).slice(0, 10)]: o.count as number };
  if (type === 'api') {
    row.names = [...new Set((o.names as string[] | undefined) ?? [])].sort().slice(0, 32);
    row.namesTruncated = Boolean(o.namesTruncated) || ((o.names as string[] | undefined)?.length ?? 0) > 32;
  }
  return row as unknown as Row;
}
