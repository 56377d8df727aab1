import type { DiffEvent } from '../model/diff-result.js';
import type { Finding } from '../model/finding.js';
import { findingType } from '../analyse/registry.js';
import { describeChange } from './event-view.js';

/** A threat a change concerns, as the CLI and the Action both list them. */
export interface ConcernedThreat {
  catalog: string;
  threat: string;
  events: readonly string[];
}

/**
 * The one mapping from a surface event to a finding (rule id = the event type, as in the JSON `type`): text,
 * SARIF and GitHub annotations all show an event with these words, at the changed node.
 */
export function eventFindings(
  events: readonly DiffEvent[],
  reopen: readonly ConcernedThreat[],
  alreadyOpen: readonly ConcernedThreat[] = [],
): Finding[] {
  const named = (list: readonly ConcernedThreat[], e: DiffEvent) =>
    list.filter((x) => x.catalog === e.catalog && x.events.includes(e.type)).map((x) => x.threat);
  return events.map((e) => {
    const reopens = named(reopen, e);
    const concerns = named(alreadyOpen, e);
    const tail = [
      ...(reopens.length > 0 ? [`Re-opens ${reopens.join(', ')} in ${e.catalog}.`] : []),
      ...(concerns.length > 0 ? [`Concerns ${concerns.join(', ')} (already open).`] : []),
    ];
    return {
      rule: e.type,
      severity: findingType(e.type)?.severity ?? 'warning',
      file: e.file,
      line: e.line,
      column: e.column,
      message: `${e.subject}${e.direction === 'changed' ? '' : ` (${e.direction})`}: ${describeChange(e)} (agent ${e.agent}).${tail.length ? ` ${tail.join(' ')}` : ''}`,
      subject: `${e.catalog}#${e.subject}`,
    };
  });
}

export { describeChange } from './event-view.js';
