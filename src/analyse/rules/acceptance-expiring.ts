import type { Rule, RuleHit } from './rule.js';
import { acceptanceSites, daysUntil, isCalendarDate } from './acceptances.js';

/** Warn ahead of the re-review date, so the review happens before the entry silently re-opens. */
export const acceptanceExpiring: Rule = {
  id: 'acceptance-expiring',
  severity: 'warning',
  summary: 'An acceptance reaches its reReviewBy date soon (within acceptanceWarningDays, default 14).',
  help: 'Schedule the re-review before the reReviewBy date: renew the acceptance or re-open the entry.',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const site of acceptanceSites(ctx)) {
      const date = site.acceptance?.reReviewBy;
      if (!date || !isCalendarDate(date)) continue; // acceptance-missing-rereview reports it
      const days = daysUntil(ctx.today, date);
      if (days >= 0 && days <= ctx.acceptanceWarningDays) {
        hits.push({
          catalog: site.catalog,
          path: [...site.path, 'acceptance', 'reReviewBy'],
          subject: site.subject,
          message: `${site.what}: acceptance must be re-reviewed by ${date} (${days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`})`,
        });
      }
    }
    return hits;
  },
};
