import type { Rule, RuleHit } from './rule.js';
import { acceptanceSites, daysUntil, isCalendarDate } from './acceptances.js';

/** Past its re-review date an acceptance no longer holds: the entry counts as open again. */
export const acceptanceExpired: Rule = {
  id: 'acceptance-expired',
  severity: 'error',
  summary: 'An acceptance is past its reReviewBy date, so the entry counts as open again.',
  help: 'Re-review the risk: renew the acceptance with a new reReviewBy date and reason, or set the entry back to open.',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const site of acceptanceSites(ctx)) {
      const date = site.acceptance?.reReviewBy;
      if (!date || !isCalendarDate(date)) continue; // acceptance-missing-rereview reports it
      const days = daysUntil(ctx.today, date);
      if (days < 0) {
        hits.push({
          catalog: site.catalog,
          path: [...site.path, 'acceptance', 'reReviewBy'],
          subject: site.subject,
          message: `${site.what}: acceptance expired on ${date} (${-days} day${days === -1 ? '' : 's'} ago); it counts as open until re-reviewed`,
        });
      }
    }
    return hits;
  },
};
