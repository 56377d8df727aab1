import {
  MAX_NAMES,
  ROW_KEYS,
  type ApiRow,
  type ObservationSummary,
  type ReaderName,
  type Row,
  type RowType,
  type TelemetrySource,
} from '../../model/observation.js';

/** The fields that key an api row. */
export type ApiRowKey = Pick<
  ApiRow,
  'identity' | 'workload' | 'verb' | 'apiGroup' | 'resource' | 'namespace' | 'path' | 'decision'
>;

/**
 * Builds an observation summary from events or from other summaries. Pure: no I/O.
 * Adding an event and merging a row use the same arithmetic, so merge(parts) == ingest(whole).
 */
export class SummaryBuilder {
  private readonly rows = new Map<string, Row>();
  /** The api rows again, by identity then the other key fields (the hot path's index into `rows`). */
  private readonly apiRows = new Map<string, Map<string, ApiRow>>();
  private readonly strings = new Map<string, string>();
  readonly snapshots = new Set<string>();
  readonly sources: Partial<Record<ReaderName, number>> = {};
  malformed = 0;

  countEvents(reader: ReaderName, n: number): void {
    this.sources[reader] = (this.sources[reader] ?? 0) + n;
  }

  /** One Kubernetes API request (the hot path: a million of these must stay cheap). */
  api(k: ApiRowKey, time: string, name: string): void {
    this.bumpApi(this.apiRow(k), time, name);
  }

  /**
   * The row of one request key, made when first needed (with no events yet: count it with `bumpApi` at once, or
   * the summary would hold an empty row).
   */
  apiRow(k: ApiRowKey): ApiRow {
    const identity = k.identity;
    // Two levels (identity, then the rest): shorter keys to build and hash on every request.
    let byIdentity = this.apiRows.get(identity);
    if (!byIdentity) {
      byIdentity = new Map();
      this.apiRows.set(this.intern(identity), byIdentity);
    }
    const sub = `${k.workload}\0${k.verb}\0${k.apiGroup}\0${k.resource}\0${k.namespace}\0${k.path}\0${k.decision}`;
    let row = byIdentity.get(sub);
    if (!row) {
      const key = `api\0kube-audit\0${identity}\0${sub}`;
      row = {
        type: 'api',
        source: 'kube-audit',
        identity: this.intern(identity),
        workload: this.intern(k.workload),
        verb: this.intern(k.verb),
        apiGroup: this.intern(k.apiGroup),
        resource: this.intern(k.resource),
        namespace: this.intern(k.namespace),
        path: this.intern(k.path),
        decision: k.decision,
        names: [],
        namesTruncated: false,
        count: 0,
        first: '',
        last: '',
        days: {},
      };
      this.rows.set(this.intern(key), row);
      byIdentity.set(this.intern(sub), row);
    }
    return row;
  }

  /** One request of a row from `apiRow`. */
  bumpApi(row: ApiRow, time: string, name: string): void {
    bump(row, time, 1);
    if (name) addName(row, name, this);
  }

  /** Any other row type: `fields` holds the key fields of ROW_KEYS[type]. */
  add(
    type: Exclude<RowType, 'api'>,
    source: TelemetrySource,
    fields: Record<string, string>,
    time: string,
    n = 1,
  ): void {
    const keys = ROW_KEYS[type];
    let key = `${type}\0${source}`;
    for (const k of keys) key += `\0${fields[k] ?? ''}`;
    let row = this.rows.get(key);
    if (!row) {
      const r: Record<string, unknown> = { type, source };
      for (const k of keys) r[k] = this.intern(fields[k] ?? '');
      Object.assign(r, { count: 0, first: time, last: time, days: {} });
      row = r as unknown as Row;
      this.rows.set(this.intern(key), row);
    }
    bump(row, time, n);
  }

  /** Merges a complete row (from a summary file or another builder). */
  merge(row: Row): void {
    const key = rowKey(row);
    const have = this.rows.get(key);
    if (!have) {
      const copy = { ...row, days: { ...row.days } } as Row;
      this.rows.set(key, copy);
      if (copy.type === 'api') {
        copy.names = [...(row as ApiRow).names];
        if (copy.source === 'kube-audit') {
          let byIdentity = this.apiRows.get(copy.identity);
          if (!byIdentity) {
            byIdentity = new Map();
            this.apiRows.set(copy.identity, byIdentity);
          }
          byIdentity.set(
            `${copy.workload}\0${copy.verb}\0${copy.apiGroup}\0${copy.resource}\0${copy.namespace}\0${copy.path}\0${copy.decision}`,
            copy,
          );
        }
      }
      return;
    }
    have.count += row.count;
    if (row.first < have.first) have.first = row.first;
    if (row.last > have.last) have.last = row.last;
    for (const [d, n] of Object.entries(row.days)) have.days[d] = (have.days[d] ?? 0) + n;
    if (have.type === 'api' && row.type === 'api') {
      if (row.namesTruncated) have.namesTruncated = true;
      for (const n of row.names) addName(have, n, this);
    }
  }

  mergeSummary(s: ObservationSummary): void {
    for (const d of s.snapshots) this.snapshots.add(d);
    for (const [k, n] of Object.entries(s.sources)) this.countEvents(k as ReaderName, n ?? 0);
    this.malformed += s.malformed;
    for (const r of s.rows) this.merge(r);
  }

  get size(): number {
    return this.rows.size;
  }

  /** Rows sorted by their key: the same set of events gives the same summary, byte for byte. */
  toSummary(): ObservationSummary {
    const keys = [...this.rows.keys()].sort();
    return {
      apiVersion: 'threatcat.dev/v1alpha1',
      kind: 'ObservationSummary',
      snapshots: [...this.snapshots].sort(),
      sources: Object.fromEntries(Object.entries(this.sources).sort(([a], [b]) => a.localeCompare(b))),
      malformed: this.malformed,
      rows: keys.map((k) => normaliseRow(this.rows.get(k)!)),
    };
  }

  /** A private copy of a string: map keys and row fields must not keep parsed input lines alive. */
  intern(s: string): string {
    const have = this.strings.get(s);
    if (have !== undefined) return have;
    const copy = s.length === 0 ? '' : Buffer.from(s, 'utf8').toString('utf8');
    this.strings.set(copy, copy);
    return copy;
  }
}

export function rowKey(row: Row): string {
  let key = `${row.type}\0${row.source}`;
  const r = row as unknown as Record<string, string>;
  for (const k of ROW_KEYS[row.type]) key += `\0${r[k] ?? ''}`;
  return key;
}

/** The day of the previous event: consecutive events share it, and one string object keys the maps faster. */
let lastDay = '';

function bump(row: Row, time: string, n: number): void {
  if (row.count === 0) {
    row.first = time;
    row.last = time;
  }
  row.count += n;
  if (time < row.first) row.first = time;
  else if (time > row.last) row.last = time;
  if (!time.startsWith(lastDay) || lastDay === '') lastDay = time.slice(0, 10);
  const days = row.days;
  const have = days[lastDay];
  days[lastDay] = have === undefined ? n : have + n;
}

/** Keeps the MAX_NAMES smallest names: the result depends only on the set of names, so merging is exact. */
function addName(row: ApiRow, name: string, b: SummaryBuilder): void {
  const names = row.names;
  if (names.length >= MAX_NAMES && name > names[names.length - 1]) {
    row.namesTruncated = true;
    return;
  }
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid] < name) lo = mid + 1;
    else hi = mid;
  }
  if (names[lo] === name) return;
  names.splice(lo, 0, b.intern(name));
  if (names.length > MAX_NAMES) {
    names.pop();
    row.namesTruncated = true;
  }
}

function normaliseRow(row: Row): Row {
  const days = Object.fromEntries(Object.entries(row.days).sort(([a], [b]) => a.localeCompare(b)));
  return { ...row, days };
}

const ISO_Z = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z$/;

/**
 * Normalises a timestamp to RFC 3339 UTC with milliseconds, so plain string comparison orders times
 * (producers write 0 to 9 fractional digits and sometimes offsets). Returns "" when it is not a time.
 */
export function normTime(s: unknown): string {
  if (typeof s === 'number' && Number.isFinite(s)) {
    // Falco evt.time and similar: nanoseconds (or ms / s) since the epoch.
    const ms = s > 1e17 ? s / 1e6 : s > 1e14 ? s / 1e3 : s > 1e11 ? s : s * 1000;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? '' : d.toISOString();
  }
  if (typeof s !== 'string' || s.length < 10) return '';
  // Fast path: the audit log's own format, RFC 3339 UTC with microseconds (27 characters).
  if (
    s.length === 27 &&
    s.charCodeAt(26) === 90 &&
    s.charCodeAt(19) === 46 &&
    s.charCodeAt(10) === 84 &&
    s.charCodeAt(4) === 45
  ) {
    return `${s.slice(0, 23)}Z`;
  }
  const m = ISO_Z.exec(s);
  if (m) return `${m[1]}.${(`${m[2] ?? ''}000`).slice(0, 3)}Z`;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}
