import type { Rule, RuleHit } from './rule.js';
import { baselineConvergence } from '../evidence/baseline.js';

/**
 * Where the per-Deployment baseline stands: until it converges, new behaviour cannot be told from normal
 * behaviour, so coercion threats that rely on drift signals stay open. A note, so it informs without failing.
 */
export const baselineConvergenceRule: Rule = {
  id: 'baseline-convergence',
  severity: 'note',
  summary:
    'The state of the per-Deployment behaviour baseline kept by threatcat ingest: learning (drift cannot be told yet) or converged (new behaviour re-opens coercion threats).',
  help: 'Nothing to fix: keep ingesting evidence until the baseline converges (14 days observed, nothing new in the last 7).',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { catalog, baseline } of ctx.catalogs) {
      if (!baseline) continue;
      const c = baselineConvergence(baseline);
      const consequence =
        c.state === 'converged'
          ? 'new behaviour is baseline-drift and re-opens the scoped coercion threats'
          : 'drift signals cannot fire until it converges (a 14-day window with 7 quiet days)';
      hits.push({
        catalog,
        path: ['agent', 'workload'],
        key: true,
        message: `baseline ${c.state}: ${c.reason}; ${consequence}`,
      });
    }
    return hits;
  },
};
