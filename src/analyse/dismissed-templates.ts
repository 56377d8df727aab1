import { closest } from 'fastest-levenshtein';
import type { NodePath, ThreatCatalog } from '../model/catalog.js';

/** The finding id, the same in `validate` and `diff`. */
export const DISMISSED_UNKNOWN = 'dismissed-unknown-template';

/** A `dismissed` entry that names no library template: it keeps nothing out. */
export interface UnknownDismissal {
  path: NodePath;
  /** The id as written. */
  given: string;
  /** The library template id nearest to it (edit distance). */
  closest: string;
  message: string;
}

/**
 * The template a `dismissed` entry names: a template id, or the threat id init gives it (`<agent>.<template id>`).
 * The one reading both `diff --write` (which templates stay out) and this check go by.
 */
export function dismissedTemplateId(given: string, known: { has(id: string): boolean }): string | undefined {
  if (known.has(given)) return given;
  const dot = given.indexOf('.');
  const suffix = dot >= 0 ? given.slice(dot + 1) : given;
  return known.has(suffix) ? suffix : undefined;
}

/**
 * The `dismissed` entries whose template is not in the library (a typo, a template renamed since): without a word,
 * the threat the person meant to keep out would come back on every `diff --write` that makes it apply.
 */
export function unknownDismissals(data: ThreatCatalog, known: ReadonlySet<string>): UnknownDismissal[] {
  const out: UnknownDismissal[] = [];
  const list = Array.isArray(data?.dismissed) ? data.dismissed : [];
  if (list.length === 0 || known.size === 0) return out;
  const ids = [...known].sort();
  list.forEach((d, i) => {
    const given = d?.template;
    if (typeof given !== 'string' || dismissedTemplateId(given, known) !== undefined) return;
    // `<agent>.<template id>`: what follows the agent's name is what was meant to name a template.
    const near = closest(given.slice(given.indexOf('.') + 1), ids);
    out.push({
      path: ['dismissed', i, 'template'],
      given,
      closest: near,
      message:
        `dismissed template '${given}' is not in the built-in library, so it keeps nothing out: ` +
        `diff --write adds the threat again whenever a change makes it apply. Did you mean '${near}'?`,
    });
  });
  return out;
}
