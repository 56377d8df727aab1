import type { Rule, RuleHit } from './rule.js';

const LEVELS = [0, 0.5, 1];

/** OWASP AIVSS (v0.5 and v0.8) scores each agentic factor at exactly 0, 0.5 or 1.0. */
export const aivssFactorLevel: Rule = {
  id: 'aivss-factor-level',
  severity: 'error',
  summary: 'An AIVSS agentic risk factor is not one of the legal levels 0, 0.5 or 1.0.',
  help: 'Use one of the legal levels 0, 0.5 or 1.0 (the message names the nearest one).',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { catalog } of ctx.catalogs) {
      for (const [name, value] of Object.entries(catalog.data.agent.aivss.factors)) {
        if (LEVELS.includes(value)) continue;
        const nearest = nearestLevel(value);
        hits.push({
          catalog,
          path: ['agent', 'aivss', 'factors', name],
          message: `AIVSS factor ${name} is ${value}; AIVSS v${catalog.data.agent.aivss.version} allows only 0, 0.5 or 1.0 (nearest: ${nearest.toFixed(1)})`,
        });
      }
    }
    return hits;
  },
};

/** The nearest legal level; a tie (0.25, 0.75) goes up, the cautious direction for a risk factor. */
export function nearestLevel(value: number): number {
  return Math.min(1, Math.max(0, Math.round(value * 2) / 2));
}
