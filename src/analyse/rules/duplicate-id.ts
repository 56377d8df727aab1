import type { CatalogDoc, NodePath } from '../../model/catalog.js';
import { detached, type Rule, type RuleHit } from './rule.js';

/**
 * Each threat id seen so far, with where it was first used: the file and a way to find its line, which is worked
 * out only when the id comes again (`locate` keeps the catalog's text, not its data).
 */
type FirstUses = Map<string, { file: string; locate: CatalogDoc['locate']; path: NodePath }>;

/**
 * Threat ids must be unique across every catalog (they name alerts, SARIF results and re-open records);
 * component and delegation ids share one namespace within their catalog (threats reference both).
 */
export const duplicateId: Rule<FirstUses> = {
  id: 'duplicate-id',
  severity: 'error',
  summary:
    'A threat id is used twice (in one catalog or across catalogs), or a component/delegation id twice in one catalog.',
  help: 'Give each threat a unique id across catalogs, and each component or delegation a unique id within its catalog.',
  init: () => new Map(),
  check(ctx, threatIds = new Map()) {
    const hits: RuleHit[] = [];
    for (const { catalog } of ctx.catalogs) {
      catalog.data.threats.forEach((t, i) => {
        const path = ['threats', i, 'id'];
        const first = threatIds.get(t.id);
        if (first) {
          const line = first.locate(first.path).line;
          // A catalog file is read once per validation, so its name tells whether the first use is in this one.
          const where = first.file === catalog.file ? `line ${line}` : `${first.file}:${line}`;
          hits.push({ catalog, path, message: `threat id '${t.id}' is already used at ${where}`, subject: t.id });
        } else {
          threatIds.set(detached(t.id), { file: catalog.file, locate: catalog.locate, path });
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
