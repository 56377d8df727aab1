import type { Rule, RuleHit } from './rule.js';

/** A manifest path that matches nothing means the catalog follows manifests that moved or never existed. */
export const manifestPathUnmatched: Rule = {
  id: 'manifest-path-unmatched',
  severity: 'error',
  summary: 'An agent.manifests path or glob matches no file, or points outside the repository (never read).',
  help: 'Point the agent.manifests entry at files inside the repository (paths and globs are relative to the catalog).',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { catalog, globs } of ctx.catalogs) {
      globs.forEach((g, i) => {
        if (g.outside) {
          hits.push({
            catalog,
            path: ['agent', 'manifests', i],
            message: `manifest path '${g.pattern}' points outside the repository; nothing there is read`,
          });
        } else if (g.files.length === 0) {
          hits.push({
            catalog,
            path: ['agent', 'manifests', i],
            message: `manifest path '${g.pattern}' matches no file (paths are relative to the catalog's folder)`,
          });
        }
      });
    }
    return hits;
  },
};
