import { DISMISSED_UNKNOWN, unknownDismissals } from '../dismissed-templates.js';
import type { Rule, RuleHit } from './rule.js';

/**
 * A `dismissed` entry that names no template of the built-in library: a typo, or a template renamed by an upgrade.
 * It keeps nothing out, so the threat the person dismissed comes back with every `diff --write` that makes it
 * apply. The library's ids are asked for only when a catalog dismisses something.
 */
export const dismissedUnknownTemplate: Rule = {
  id: DISMISSED_UNKNOWN,
  severity: 'error',
  summary: 'A `dismissed` entry names a template that is not in the built-in library: it keeps nothing out.',
  help: 'Write the id of the library template (the message names the nearest one; docs/library.md lists them all), or the threat id init gives it (<agent>.<template id>).',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { catalog } of ctx.catalogs) {
      if (!Array.isArray(catalog.data.dismissed) || catalog.data.dismissed.length === 0 || !ctx.templateIds) continue;
      for (const u of unknownDismissals(catalog.data, ctx.templateIds()))
        hits.push({ catalog, path: u.path, message: u.message, subject: u.given });
    }
    return hits;
  },
};
