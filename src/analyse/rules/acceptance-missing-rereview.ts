import type { Rule, RuleHit } from './rule.js';
import { acceptanceSites, isCalendarDate } from './acceptances.js';

/** An accepted risk without a dated re-review is a permanent exception, which the method does not allow. */
export const acceptanceMissingRereview: Rule = {
  id: 'acceptance-missing-rereview',
  severity: 'error',
  summary:
    "An 'accepted' threat or dormant permission has no acceptance record, or no reReviewBy date (or one that is not a calendar date).",
  help: 'Add an acceptance record with by, reason and a calendar reReviewBy date (YYYY-MM-DD).',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const site of acceptanceSites(ctx)) {
      if (!site.acceptance) {
        const path = site.path[0] === 'threats' ? [...site.path, 'status'] : [...site.path, 'disposition'];
        hits.push({
          catalog: site.catalog,
          path,
          message: `${site.what} is accepted without an acceptance record (by, reason, reReviewBy)`,
          subject: site.subject,
        });
      } else if (!site.acceptance.reReviewBy) {
        hits.push({
          catalog: site.catalog,
          path: [...site.path, 'acceptance'],
          message: `${site.what} is accepted without a reReviewBy date`,
          subject: site.subject,
        });
      } else if (!isCalendarDate(site.acceptance.reReviewBy)) {
        // Otherwise it would never expire: no date compares as past.
        hits.push({
          catalog: site.catalog,
          path: [...site.path, 'acceptance', 'reReviewBy'],
          message: `${site.what}: reReviewBy ${site.acceptance.reReviewBy} is not a calendar date`,
          subject: site.subject,
        });
      }
    }
    return hits;
  },
};
