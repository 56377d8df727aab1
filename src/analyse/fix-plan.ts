import type { AivssResult, CatalogDoc } from '../model/catalog.js';
import type { FileEdits, YamlEdit } from '../model/edit.js';
import { aivssBlock, formatScore, threatAivss } from './aivss.js';
import { blastOf } from './evidence/blast.js';

/**
 * What `threatcat validate --fix` rewrites: the values threatcat derives from inputs a person keeps in the catalog.
 * - a threat's `aivss` block (score, severity, vector), from its `cvss` and `agent.aivss` (rule aivss-score-stale);
 *   a threat with a CVSS base and no block gets one, as `init` would have written it;
 * - a dormant permission's `blast`, from the blast table (what `ingest` writes).
 * Nothing a person decides is touched: a threat with an `aivss` block but no `cvss` needs a person (add the base or
 * drop the block), and so does every other finding. Pure: the edits go to render/yaml-edit.ts, one field at a
 * time, so comments and the rest of the file stay as they are.
 */

export interface FixChange {
  file: string;
  /** 1-based line of the value changed (or of the key it is added under). */
  line: number;
  /** The threat id, or the dormant permission's identity and grant. */
  subject: string;
  /** Dotted field, e.g. `aivss` or `dormant.blast`. */
  field: string;
  /** As people read it: "5.7 Medium (CVSS:8.8/AARS:3.0)"; "(none)" when the value is added. */
  old: string;
  new: string;
}

export interface FixPlan {
  edits: FileEdits[];
  changes: FixChange[];
}

const AIVSS_FIELDS = ['score', 'severity', 'vector'] as const;

/** What `init` writes beside the block, so a person reading the catalog knows not to type it. */
export const AIVSS_COMMENT = 'computed by threatcat from cvss and agent.aivss; never edit by hand';

/** Fixes for catalogs that passed the schema (a broken catalog's inputs cannot be trusted to derive from). */
export function planFixes(catalogs: readonly CatalogDoc[]): FixPlan {
  const plan: FixPlan = { edits: [], changes: [] };
  for (const catalog of catalogs) {
    const edits: YamlEdit[] = [];
    const profile = catalog.data.agent.aivss;
    catalog.data.threats.forEach((threat, i) => {
      const computed = threatAivss(threat, profile);
      if (!computed) return;
      const want = aivssBlock(computed);
      const have = threat.aivss;
      if (!have) {
        edits.push({
          op: 'set',
          path: ['threats', i, 'aivss'],
          value: want,
          after: 'cvss',
          flowLike: 'cvss',
          comment: AIVSS_COMMENT,
        });
        plan.changes.push({
          file: catalog.file,
          line: catalog.locate(['threats', i, 'cvss']).line,
          subject: threat.id,
          field: 'aivss',
          old: '(none)',
          new: describeAivss(want),
        });
        return;
      }
      const stale = AIVSS_FIELDS.filter((k) => have[k] !== want[k]);
      if (stale.length === 0) return;
      // Only the fields that differ: a person's layout of the block (flow or block, comments) stays.
      for (const k of stale) edits.push({ op: 'set', path: ['threats', i, 'aivss', k], value: want[k] });
      plan.changes.push({
        file: catalog.file,
        line: catalog.locate(['threats', i, 'aivss', stale[0]]).line,
        subject: threat.id,
        field: 'aivss',
        old: describeAivss(have),
        new: describeAivss(want),
      });
    });
    (catalog.data.permissions ?? []).forEach((p, i) => {
      p.dormant.forEach((d, j) => {
        const want = blastOf({
          apiGroup: d.apiGroup,
          resource: d.resource,
          verb: d.verb,
          nonResourceURL: d.resource.startsWith('/') ? d.resource : undefined,
        }).score;
        if (d.blast === want) return;
        const path = ['permissions', i, 'dormant', j, 'blast'];
        edits.push({ op: 'set', path, value: want });
        plan.changes.push({
          file: catalog.file,
          line: catalog.locate(path).line,
          subject: `${p.identity} ${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ''}${d.resource} (namespace ${d.namespace})`,
          field: 'dormant.blast',
          old: String(d.blast),
          new: String(want),
        });
      });
    });
    if (edits.length > 0) plan.edits.push({ file: catalog.file, edits });
  }
  return plan;
}

function describeAivss(a: Partial<AivssResult>): string {
  const score = typeof a.score === 'number' ? formatScore(a.score) : String(a.score ?? '?');
  return `${score} ${a.severity ?? '?'} ${a.vector ?? '?'}`;
}
