import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);

// src/model/surface-event.ts
var SURFACE_EVENT_TYPES = [
  "mcp-connection-added",
  "mcp-connection-removed",
  "model-version-updated",
  "tool-surface-modified",
  "autonomy-tier-changed",
  "permissions-changed"
];
function setDirection(before, after) {
  const b = new Set(before);
  const a = new Set(after);
  const gained = after.some((x) => !b.has(x));
  const lost = before.some((x) => !a.has(x));
  return gained && !lost ? "widened" : lost && !gained ? "narrowed" : "changed";
}
function inverse(d) {
  return d === "widened" ? "narrowed" : d === "narrowed" ? "widened" : "changed";
}
var AUTONOMY_ANNOTATION_PATTERN = /autonom|approval|human-in-the-loop|hitl/i;

// src/analyse/rules/acceptances.ts
function acceptanceSites(ctx) {
  const sites = [];
  for (const { catalog } of ctx.catalogs) {
    catalog.data.threats.forEach((t, i) => {
      if (t.status === "accepted") {
        sites.push({
          catalog,
          path: ["threats", i],
          what: `threat '${t.id}'`,
          subject: t.id,
          acceptance: t.acceptance
        });
      }
    });
    (catalog.data.permissions ?? []).forEach((p, i) => {
      p.dormant.forEach((d, j) => {
        if (d.disposition === "accepted") {
          const name = `${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ""}${d.resource} in ${d.namespace}`;
          sites.push({
            catalog,
            path: ["permissions", i, "dormant", j],
            what: `dormant permission '${name}' of ${p.identity}`,
            acceptance: d.acceptance
          });
        }
      });
    });
  }
  return sites;
}
function isCalendarDate(date) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
function daysUntil(today, date) {
  const t = Date.parse(`${today}T00:00:00Z`);
  const d = Date.parse(`${date}T00:00:00Z`);
  return Math.round((d - t) / 864e5);
}

export {
  SURFACE_EVENT_TYPES,
  setDirection,
  inverse,
  AUTONOMY_ANNOTATION_PATTERN,
  acceptanceSites,
  isCalendarDate,
  daysUntil
};
