import jsYaml from 'js-yaml';
import type { Reopened, Threat } from '../model/catalog.js';
import type { ReopenEntry } from '../analyse/reopen-plan.js';
import { setYamlValue } from '../render/yaml-edit.js';

/** Longest `reopened.subject` written: enough for people, short enough to keep the catalog readable. */
const MAX_SUBJECT = 300;

/**
 * Applies the re-open plan to one catalog's text: each listed threat goes back to `status: open` with a
 * `reopened` record (event, ref, at, subject) right after its status. Threats are found by id in the text
 * given (which may differ from the text the plan was made on). A threat already open is left alone, so a
 * second run changes nothing. Everything outside the edited nodes stays byte-for-byte.
 */
export function applyReopenToCatalog(
  text: string,
  entries: readonly ReopenEntry[],
  stamp: { ref: string; at: string },
): string {
  const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) as { threats?: Threat[] } | null;
  const threats = Array.isArray(data?.threats) ? data!.threats : [];
  let out = text;
  for (const entry of entries) {
    const index = threats.findIndex((t) => t?.id === entry.threat);
    if (index < 0 || threats[index].status === 'open') continue;
    const subject = entry.subjects.join('; ');
    const record: Reopened = {
      event: entry.events[0],
      ref: stamp.ref,
      at: stamp.at,
      subject: subject.length > MAX_SUBJECT ? `${subject.slice(0, MAX_SUBJECT - 1)}…` : subject,
    };
    out = setYamlValue(out, ['threats', index, 'status'], 'open');
    out = setYamlValue(out, ['threats', index, 'reopened'], record, { after: 'status' });
  }
  return out;
}

/** RFC 3339 UTC to the second, as the schema's date-time fields are written. */
export function timestamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
