import type { Acceptance, CatalogDoc, NodePath } from '../../model/catalog.js';
import type { RuleContext } from './rule.js';

/** Every accept-the-risk record in the catalogs: accepted threats and accepted dormant permissions. */
export interface AcceptanceSite {
  catalog: CatalogDoc;
  /** Path of the thing accepted (threat or dormant entry). */
  path: NodePath;
  what: string;
  subject?: string;
  acceptance?: Acceptance;
}

export function acceptanceSites(ctx: RuleContext): AcceptanceSite[] {
  const sites: AcceptanceSite[] = [];
  for (const { catalog } of ctx.catalogs) {
    catalog.data.threats.forEach((t, i) => {
      if (t.status === 'accepted') {
        sites.push({ catalog, path: ['threats', i], what: `threat '${t.id}'`, subject: t.id, acceptance: t.acceptance });
      }
    });
    (catalog.data.permissions ?? []).forEach((p, i) => {
      p.dormant.forEach((d, j) => {
        if (d.disposition === 'accepted') {
          const name = `${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ''}${d.resource} in ${d.namespace}`;
          sites.push({ catalog, path: ['permissions', i, 'dormant', j], what: `dormant permission '${name}' of ${p.identity}`, acceptance: d.acceptance });
        }
      });
    });
  }
  return sites;
}

/** Whole days from `today` to `date` (both YYYY-MM-DD); negative when `date` is past. */
export function daysUntil(today: string, date: string): number {
  const t = Date.parse(`${today}T00:00:00Z`);
  const d = Date.parse(`${date}T00:00:00Z`);
  return Math.round((d - t) / 86_400_000);
}
