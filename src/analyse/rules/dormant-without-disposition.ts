import type { Rule, RuleHit } from './rule.js';
import { daysUntil, isCalendarDate } from './acceptances.js';

/**
 * Every dormant permission needs a decision: revoke it, justify it in writing, or accept it with a re-review date.
 * `threatcat ingest` records when it found one (`triageBy`, `dormantTriageDays` later): until that day the missing
 * decision is a warning, so the commit ingest makes passes the project's own gate; after it, an error — the same
 * shape as an acceptance reaching its `reReviewBy`.
 */
export const dormantWithoutDisposition: Rule = {
  id: 'dormant-without-disposition',
  severity: 'error',
  summary:
    "A dormant permission has no disposition (revoke, justified, accepted) — a warning until its triageBy date, an error after — or is 'justified' without a written justification.",
  help: 'Give the dormant permission a disposition: revoke it in RBAC, mark it justified with a reason, or accept it with a reReviewBy date.',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { catalog } of ctx.catalogs) {
      (catalog.data.permissions ?? []).forEach((p, i) => {
        p.dormant.forEach((d, j) => {
          const name = `${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ''}${d.resource} (namespace ${d.namespace})`;
          const path = ['permissions', i, 'dormant', j];
          if (!d.disposition) {
            const due = d.triageBy;
            if (due !== undefined && isCalendarDate(due)) {
              const days = daysUntil(ctx.today, due);
              const when = days === 0 ? 'today' : days > 0 ? `in ${plural(days)}` : `${plural(-days)} ago`;
              hits.push({
                catalog,
                path: [...path, 'triageBy'],
                severity: days >= 0 ? 'warning' : 'error',
                message:
                  days >= 0
                    ? `dormant permission ${name} of ${p.identity} (blast ${d.blast}) needs a disposition by ${due} (${when}): revoke, justified or accepted`
                    : `dormant permission ${name} of ${p.identity} (blast ${d.blast}) was due for a disposition on ${due} (${when}): revoke, justified or accepted`,
              });
              return;
            }
            hits.push({
              catalog,
              path,
              message: `dormant permission ${name} of ${p.identity} (blast ${d.blast}) has no disposition: revoke, justified or accepted${
                due !== undefined ? ` (triageBy '${due}' is not a calendar day)` : ''
              }`,
            });
          } else if (d.disposition === 'justified' && !d.justification) {
            hits.push({
              catalog,
              path: [...path, 'disposition'],
              message: `dormant permission ${name} of ${p.identity} is 'justified' without a justification`,
            });
          }
        });
      });
    }
    return hits;
  },
};

function plural(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}
