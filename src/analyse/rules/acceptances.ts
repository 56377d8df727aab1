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
        sites.push({
          catalog,
          path: ['threats', i],
          what: `threat '${t.id}'`,
          subject: t.id,
          acceptance: t.acceptance,
        });
      }
    });
    (catalog.data.permissions ?? []).forEach((p, i) => {
      p.dormant.forEach((d, j) => {
        if (d.disposition === 'accepted') {
          const name = `${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ''}${d.resource} in ${d.namespace}`;
          sites.push({
            catalog,
            path: ['permissions', i, 'dormant', j],
            what: `dormant permission '${name}' of ${p.identity}`,
            acceptance: d.acceptance,
          });
        }
      });
    });
  }
  return sites;
}

/** YYYY-MM-DD naming a real day (the schema's date format lets 2026-02-31 and 2026-19-01 through). */
export function isCalendarDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Whole days from `today` to `date` (both YYYY-MM-DD); negative when `date` is past. */
export function daysUntil(today: string, date: string): number {
  const t = Date.parse(`${today}T00:00:00Z`);
  const d = Date.parse(`${date}T00:00:00Z`);
  return Math.round((d - t) / 86_400_000);
}
