import type { Rule, RuleHit } from './rule.js';

/** Every dormant permission needs a decision: revoke it, justify it in writing, or accept it with a re-review date. */
export const dormantWithoutDisposition: Rule = {
  id: 'dormant-without-disposition',
  severity: 'error',
  summary:
    "A dormant permission has no disposition (revoke, justified, accepted), or is 'justified' without a written justification.",
  help: 'Give the dormant permission a disposition: revoke it in RBAC, mark it justified with a reason, or accept it with a reReviewBy date.',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { catalog } of ctx.catalogs) {
      (catalog.data.permissions ?? []).forEach((p, i) => {
        p.dormant.forEach((d, j) => {
          const name = `${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ''}${d.resource} (namespace ${d.namespace})`;
          const path = ['permissions', i, 'dormant', j];
          if (!d.disposition) {
            hits.push({
              catalog,
              path,
              message: `dormant permission ${name} of ${p.identity} (blast ${d.blast}) has no disposition: revoke, justified or accepted`,
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
