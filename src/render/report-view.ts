import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { ReportCatalog } from '../analyse/report.js';
import { formatScore } from '../analyse/aivss.js';
import { packageRoot } from '../read/package-dir.js';
import { componentsDiagram } from './mermaid.js';

/** What both the Markdown and the HTML templates see: the report model plus display strings. */
export interface ReportView {
  generated: string;
  today: string;
  catalogs: Array<
    ReportCatalog & {
      diagram: string;
      threatRows: Array<
        ReportCatalog['threats'][number] & {
          score: string;
          severity: string;
          vector: string;
          layerText: string;
          owaspText: string;
        }
      >;
      observation: string;
      provisionalNote: string;
    }
  >;
  totals: { catalogs: number; open: number; closed: number; accepted: number; dormant: number };
}

export function reportView(report: ReportCatalog[], opts: { today: string; generated: string }): ReportView {
  const totals = { catalogs: report.length, open: 0, closed: 0, accepted: 0, dormant: 0 };
  for (const r of report) {
    totals.open += r.counts.open;
    totals.closed += r.counts.closed;
    totals.accepted += r.counts.accepted;
    totals.dormant += r.dormant.length;
  }
  return {
    generated: opts.generated,
    today: opts.today,
    totals,
    catalogs: report.map((r) => ({
      ...r,
      diagram: componentsDiagram(r),
      observation: [
        r.daysObserved !== null
          ? `${r.daysObserved} day${r.daysObserved === 1 ? '' : 's'} observed`
          : r.observed
            ? 'runtime evidence ingested, no observation window recorded'
            : 'no runtime evidence ingested yet (Day 1 hypothesis)',
        // An empty baseline says nothing the days observed do not.
        ...(r.baseline.state === 'learning' || r.baseline.state === 'converged'
          ? [`baseline ${r.baseline.state} (${r.baseline.reason})`]
          : []),
      ].join('; '),
      provisionalNote: r.provisional
        ? ' (provisional: the v0.8 formula is reconstructed, not from the published PDF)'
        : '',
      threatRows: r.threats.map((t) => ({
        ...t,
        score: t.aivss ? formatScore(t.aivss.score) : 'n/a',
        severity: t.aivss ? t.aivss.severity : 'n/a',
        vector: t.aivss ? t.aivss.vector : 'no CVSS base',
        layerText: t.layer === 'cross-layer' && t.layers.length > 0 ? `cross-layer (${t.layers.join('+')})` : t.layer,
        owaspText: t.owasp.join(', '),
      })),
    })),
  };
}

/** templates/<name>, compiled once per process. */
const compiled = new Map<string, HandlebarsTemplateDelegate>();
export function template(name: string, opts: { markdown: boolean }): HandlebarsTemplateDelegate {
  let t = compiled.get(name);
  if (!t) {
    const hb = Handlebars.create();
    registerHelpers(hb, opts.markdown);
    const source = readFileSync(join(packageRoot(), 'templates', name), 'utf8');
    // Markdown has its own escaping (the `md` helper): Handlebars' HTML escaping would show &amp; in tables.
    t = hb.compile(source, { noEscape: opts.markdown });
    compiled.set(name, t);
  }
  return t;
}

function registerHelpers(hb: typeof Handlebars, markdown: boolean): void {
  hb.registerHelper('md', (value: unknown) => escapeMarkdown(String(value ?? '')));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('gt', (a: number, b: number) => a > b);
  hb.registerHelper('lt', (a: number, b: number) => a < b);
  hb.registerHelper('plural', (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`);
  hb.registerHelper('dec1', (n: number) => formatScore(n));
  hb.registerHelper('dueText', (days: number) =>
    days < 0
      ? `expired ${-days} day${days === -1 ? '' : 's'} ago: counts as open`
      : days === 0
        ? 'due today'
        : `due in ${days} day${days === 1 ? '' : 's'}`,
  );
  if (markdown) hb.registerHelper('json', (v: unknown) => JSON.stringify(v));
}

/**
 * Text from a catalog placed in a Markdown report file (a paragraph or a table cell). Unlike a PR comment
 * (render/markdown-escape.ts), a file notifies nobody, so @mentions and #refs stay readable as they are: characters that Markdown or the HTML it
 * may contain would interpret are escaped, line breaks flattened, so a title cannot add links, images, tables
 * or raw HTML to the report.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\r\n]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Parentheses and ! only build links and images after a ], which is escaped.
      .replace(/[\\`*_{}[\]#|~]/g, (c) => `\\${c}`)
  );
}
