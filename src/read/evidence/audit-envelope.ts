import { invalidJson } from './record-text.js';
import { BadRecord } from './reader.js';

/**
 * A managed cluster's audit log, as its cloud exports it: each record of the export wraps one Kubernetes audit
 * event (a JSON string to parse, or fields to map). Unwrapped, the event is read by the reader its content picks
 * (kube-audit), the one native JSON lines go to: the same stage folding, attribution and signals, and the same
 * reader instance across files, so an export and a native log of the same requests count each request once.
 */
export interface AuditEnvelope {
  /** For people: the export, as docs/ingest.md names it. */
  readonly name: string;
  /** The event the record wraps, why the record is malformed, or NOT_EVIDENCE for a record that is no evidence. */
  unwrap(record: unknown): unknown;
}

/**
 * A record of the export's own plumbing (a delivery health check): no evidence, like a blank line — not counted as
 * a record at all, so it is neither an event nor malformed.
 */
export const NOT_EVIDENCE: unique symbol = Symbol('not evidence');

/** A JSON string holding the audit event: parsed, or why not (`what` names where the string was). */
export function parseWrapped(text: string, what: string): unknown {
  let inner: unknown;
  try {
    inner = JSON.parse(text);
  } catch {
    return new BadRecord(`${what} is not JSON: ${invalidJson(text)}`);
  }
  if (inner === null || typeof inner !== 'object' || Array.isArray(inner))
    return new BadRecord(`${what} is not a JSON object`);
  return inner;
}

/** A name from the data, in a reason: quoted, one line, not too long to read. */
export function quoted(s: string): string {
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);
}
