import type { Rule, RuleHit } from './rule.js';

/** Threats and permission entries must reference components (or delegations) that the catalog defines. */
export const unknownComponent: Rule = {
  id: 'unknown-component',
  severity: 'error',
  summary: 'A threat or permission entry references a component id that the catalog does not define.',
  help: "Use an id from the catalog's components (the message lists them), or add the missing component.",
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { catalog } of ctx.catalogs) {
      const known = new Set([...catalog.data.components, ...(catalog.data.delegations ?? [])].map((c) => c.id));
      const list = [...known].sort().join(', ') || 'none';
      catalog.data.threats.forEach((t, i) => {
        t.components.forEach((ref, j) => {
          if (!known.has(ref)) {
            hits.push({
              catalog,
              path: ['threats', i, 'components', j],
              message: `threat '${t.id}' references unknown component '${ref}' (known: ${list})`,
              subject: t.id,
            });
          }
        });
      });
      (catalog.data.permissions ?? []).forEach((p, i) => {
        if (p.component !== undefined && !known.has(p.component)) {
          hits.push({
            catalog,
            path: ['permissions', i, 'component'],
            message: `permissions entry for '${p.identity}' references unknown component '${p.component}' (known: ${list})`,
          });
        }
      });
    }
    return hits;
  },
};
