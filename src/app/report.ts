import { resolve } from 'node:path';
import type { Baseline } from '../model/baseline.js';
import type { ThreatCatalog } from '../model/catalog.js';
import type { InputError } from '../model/input-error.js';
import type { Finding } from '../model/finding.js';
import { readConfig, type Config } from '../read/config.js';
import { readWorkspace } from '../read/workspace.js';
import { baselineConvergence } from '../analyse/evidence/baseline.js';
import { buildReport, type BaselineWindow } from '../analyse/report.js';
import { schemaFindings } from '../analyse/schema-findings.js';
import { renderReportHtml } from '../render/report-html.js';
import { renderReportJson } from '../render/report-json.js';
import { renderReportMarkdown } from '../render/report-markdown.js';
import { reportView } from '../render/report-view.js';
import { writeFileAtomic } from '../deliver/atomic-write.js';

export const REPORT_FORMATS = ['markdown', 'html', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  root: string;
  configPath?: string;
  paths: string[];
  format: ReportFormat;
  /** Write here (relative to root, like every path given to a command) instead of returning the text. */
  output?: string;
  now: Date;
}

export type ReportOutcome =
  | {
      ok: false;
      config: Config;
      /** Catalogs that cannot be read, or that fail the schema: the report needs valid catalogs. */
      inputErrors: InputError[];
      invalid: Finding[];
      baselineWarnings: InputError[];
    }
  | {
      ok: true;
      config: Config;
      text: string;
      catalogs: number;
      /** Where the report was written (absolute), when `output` was given. */
      written?: string;
      baselineWarnings: InputError[];
    };

/** `threatcat report`: the catalogs and baselines (read), the report (analyse), its format (render), a file (deliver). */
export function runReport(opts: ReportOptions): ReportOutcome {
  const config = readConfig(opts.root, opts.configPath);
  const ws = readWorkspace(opts.root, config, opts.paths);
  // The report is for people: a broken baseline costs it the convergence state, not the whole page.
  const baselineWarnings = ws.catalogs.flatMap((c) => (c.baselineError ? [c.baselineError] : []));
  const invalid = ws.catalogs.flatMap((c) => schemaFindings(c.loaded));
  if (ws.inputErrors.length > 0 || invalid.length > 0)
    return { ok: false, config, inputErrors: ws.inputErrors, invalid, baselineWarnings };

  const today = opts.now.toISOString().slice(0, 10);
  const report = buildReport({
    catalogs: ws.catalogs.map((c) => ({
      file: c.loaded.file,
      data: c.loaded.data as ThreatCatalog,
      baseline: baselineWindow(c.baseline),
    })),
    today,
    acceptanceWarningDays: config.acceptanceWarningDays,
  });
  const view = () =>
    reportView(report, { today, generated: `${opts.now.toISOString().slice(0, 16).replace('T', ' ')} UTC` });
  const text =
    opts.format === 'json'
      ? renderReportJson(report)
      : opts.format === 'html'
        ? renderReportHtml(view())
        : renderReportMarkdown(view());
  let written: string | undefined;
  if (opts.output) {
    written = resolve(opts.root, opts.output);
    writeFileAtomic(written, text, { createDirs: true });
  }
  return { ok: true, config, text, catalogs: report.length, written, baselineWarnings };
}

/** The baseline's window and convergence state, for the report's convergence section. */
function baselineWindow(baseline: Baseline | undefined): BaselineWindow | undefined {
  if (!baseline?.window.from || !baseline.window.to) return undefined;
  const { state, reason } = baselineConvergence(baseline);
  return { from: baseline.window.from, to: baseline.window.to, convergence: { state, reason } };
}
