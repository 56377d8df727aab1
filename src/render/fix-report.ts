import type { FixChange } from '../analyse/fix-plan.js';
import { oneLine } from './findings-text.js';

/** `validate --fix`: one line per rewritten value, `file:line  subject  field: old → new`, then a count. */
export function renderFixes(changes: readonly FixChange[], written: readonly string[]): string {
  if (changes.length === 0) return 'threatcat: --fix: every derived value is current; nothing rewritten\n';
  const lines = changes.map(
    (c) => `${c.file}:${c.line}  ${oneLine(c.subject)}  ${c.field}: ${oneLine(c.old)} → ${oneLine(c.new)}`,
  );
  lines.push(
    `threatcat: --fix: ${changes.length} derived value${changes.length === 1 ? '' : 's'} rewritten in ${written.length} catalog${written.length === 1 ? '' : 's'}`,
  );
  return `${lines.join('\n')}\n`;
}
