import type { Rule, RuleHit } from './rule.js';
import { aivssBlock, formatScore, threatAivss } from '../aivss.js';

/**
 * A threat's `aivss` block is written by threatcat; scores are computed, never typed by hand. When the CVSS
 * base, the exploit maturity, the agent's factors or the AIVSS version change, the block goes stale.
 */
export const aivssScoreStale: Rule = {
  id: 'aivss-score-stale',
  severity: 'error',
  summary: "A threat's aivss block does not equal the score computed from its CVSS base and the agent's AIVSS factors.",
  help: "Run `threatcat validate --fix` to rewrite the derived aivss blocks from the CVSS base and the agent's factors.",
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { catalog } of ctx.catalogs) {
      const profile = catalog.data.agent.aivss;
      catalog.data.threats.forEach((threat, i) => {
        if (!threat.aivss) return;
        const computed = threatAivss(threat, profile);
        if (!computed) {
          hits.push({
            catalog,
            path: ['threats', i, 'aivss'],
            key: true,
            subject: threat.id,
            message: `threat '${threat.id}' has an aivss block but no cvss.base to compute it from; add cvss or remove aivss`,
          });
          return;
        }
        const want = aivssBlock(computed);
        const field = (['score', 'severity', 'vector'] as const).find((k) => threat.aivss![k] !== want[k]);
        if (!field) return;
        const had = threat.aivss;
        hits.push({
          catalog,
          path: ['threats', i, 'aivss', field],
          subject: threat.id,
          message:
            `threat '${threat.id}': aivss is stale: the catalog says ${typeof had.score === 'number' ? formatScore(had.score) : had.score} ${had.severity} ${had.vector}, ` +
            `AIVSS v${profile.version} computes ${formatScore(want.score)} ${want.severity} ${want.vector}; ` +
            'run `threatcat validate --fix` to rewrite it',
        });
      });
    }
    return hits;
  },
};
