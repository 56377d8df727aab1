import type { CatalogDoc, NodePath } from '../../model/catalog.js';
import type { Rule, RuleHit } from './rule.js';

/**
 * Threat ids must be unique across every catalog (they name alerts, SARIF results and re-open records);
 * component and delegation ids share one namespace within their catalog (threats reference both).
 */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  summary:
    'A threat id is used twice (in one catalog or across catalogs), or a component/delegation id twice in one catalog.',
  help: 'Give each threat a unique id across catalogs, and each component or delegation a unique id within its catalog.',
  check(ctx) {
    const hits: RuleHit[] = [];
    const threatIds = new Map<string, { catalog: CatalogDoc; path: NodePath }>();
    for (const { catalog } of ctx.catalogs) {
      catalog.data.threats.forEach((t, i) => {
        const path = ['threats', i, 'id'];
        const first = threatIds.get(t.id);
        if (first) {
          const line = first.catalog.locate(first.path).line;
          const where = first.catalog === catalog ? `line ${line}` : `${first.catalog.file}:${line}`;
          hits.push({ catalog, path, message: `threat id '${t.id}' is already used at ${where}`, subject: t.id });
        } else {
          threatIds.set(t.id, { catalog, path });
        }
      });
      const local = new Map<string, NodePath>();
      const parts: Array<['components' | 'delegations', Array<{ id: string }>]> = [
        ['components', catalog.data.components],
        ['delegations', catalog.data.delegations ?? []],
      ];
      for (const [section, list] of parts) {
        list.forEach((c, i) => {
          const path = [section, i, 'id'];
          const first = local.get(c.id);
          if (first) {
            hits.push({
              catalog,
              path,
              message: `id '${c.id}' is already used at line ${catalog.locate(first).line}`,
              subject: c.id,
            });
          } else {
            local.set(c.id, path);
          }
        });
      }
    }
    return hits;
  },
};
