import { shadowElements, shadowMessage } from '../shadow.js';
import type { Rule, RuleHit } from './rule.js';

/** Every shadow component of the agent (analyse/shadow.ts), reported where the manifest references it. */
export const shadowComponent: Rule = {
  id: 'shadow-component',
  severity: 'error',
  summary:
    "An MCP server, model, tool server identity, delegation target, memory store or identity in the agent's manifests that no catalog component covers.",
  help: "Run `threatcat diff --base <ref> --write` (ref: the branch the change started from): it adds the element's component and the library's threats for it, as init would. Or add a component whose trustSource names the object, with its threats, by hand.",
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { catalog, globs, surface } of ctx.catalogs) {
      if (globs.every((g) => g.files.length === 0)) continue;
      if (!surface) continue; // workload-missing says so
      for (const e of shadowElements(catalog.data, surface)) {
        hits.push({
          catalog,
          path: ['components'],
          key: true,
          at: e.position,
          subject: e.subject,
          message: shadowMessage(e, surface, catalog.file),
        });
      }
    }
    return hits;
  },
};
