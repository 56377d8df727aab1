import type { Rule, RuleHit } from './rule.js';

/** `closed` means a named signal was validated against runtime data; anything less is still open. */
export const closedWithoutEvidence: Rule = {
  id: 'closed-without-evidence',
  severity: 'error',
  summary: "A threat is 'closed' but none of its evidence signals has been validated against runtime data.",
  help: 'Validate one of its evidence signals with runtime data (`threatcat ingest`), or set the threat back to open.',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { catalog } of ctx.catalogs) {
      catalog.data.threats.forEach((t, i) => {
        if (t.status !== 'closed') return;
        const validated = t.evidence.filter((e) => e.validated);
        if (validated.length === 0) {
          const why =
            t.evidence.length === 0 ? 'it has no evidence signals' : 'no evidence signal has a `validated` record';
          hits.push({
            catalog,
            path: ['threats', i, 'status'],
            message: `threat '${t.id}' is closed but ${why}; set status: open or run threatcat ingest`,
            subject: t.id,
          });
          return;
        }
        t.evidence.forEach((e, j) => {
          if (e.fired && (!e.validated || e.fired.at >= e.validated.at)) {
            hits.push({
              catalog,
              path: ['threats', i, 'evidence', j, 'fired'],
              message: `threat '${t.id}' is closed but its ${e.source} signal fired at ${e.fired.at}; it must be re-opened`,
              subject: t.id,
            });
          }
        });
      });
    }
    return hits;
  },
};
