import type { Rule, RuleHit } from './rule.js';

/**
 * An object of a kind the surface readers know (kagent, RBAC, ToolHive, KServe…) whose fields have the wrong
 * shape: its surface cannot be trusted, so it is an error at the offending node. Each problem is reported once,
 * even when several catalogs share the manifest.
 */
export const surfaceMalformed: Rule<Set<string>> = {
  id: 'surface-malformed',
  severity: 'error',
  summary: 'A manifest object of a known kind (kagent, RBAC, ToolHive, KServe…) has a field of the wrong shape.',
  help: 'Correct the field named in the message so the object matches its CRD; until then threatcat cannot tell what the agent reaches through it. For a duplicate, keep one definition.',
  // The problems already reported, across every batch of catalogs.
  init: () => new Set(),
  check(ctx, seen = new Set()) {
    const hits: RuleHit[] = [];
    for (const { catalog, surfaceProblems } of ctx.catalogs) {
      for (const p of surfaceProblems) {
        const key = `${p.position.file}:${p.position.line}:${p.position.column}:${p.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        hits.push({ catalog, path: ['agent', 'manifests'], at: p.position, message: p.message });
      }
    }
    return hits;
  },
};
