import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Io } from '../io.js';
import { EXIT } from '../io.js';
import { parseCommandArgs, pickFormat } from '../args.js';
import { readConfig } from '../../read/config.js';
import { readWorkspace, resolveRoot } from '../../read/workspace.js';
import { schemaFindings } from '../../analyse/schema-findings.js';
import { buildReport, type BaselineWindow } from '../../analyse/report.js';
import { baselineConvergence } from '../../analyse/evidence/baseline.js';
import type { Baseline } from '../../model/baseline.js';
import type { ThreatCatalog } from '../../model/catalog.js';
import { renderReportJson } from '../../render/report-json.js';
import { reportView } from '../../render/report-view.js';
import { renderReportMarkdown } from '../../render/report-markdown.js';
import { renderReportHtml } from '../../render/report-html.js';
import { oneLine } from '../../model/inert-text.js';

const HELP = `Usage: threatcat report [PATH...] [--format markdown|html|json] [--output FILE] [-C DIR] [--config FILE]

The whole picture, for people: per agent, the components diagram, threats sorted by AIVSS, convergence
(open/closed/accepted, signal gaps, dormant permissions, days observed) and acceptances near expiry.
Without PATH, every catalog under DIR; PATH and --output FILE are relative to DIR. markdown (default)
uses a Mermaid diagram; html is one self-contained file that renders offline; json is stable (docs/report.md).
Exit: 0 written, 2 usage error, unreadable or schema-invalid catalog (run threatcat validate).
`;

const FORMATS = ['markdown', 'html', 'json'] as const;

export async function reportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { output: { type: 'string', short: 'o' } });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.clean;
  }
  const format = pickFormat(values.format, FORMATS, 'markdown');
  const root = resolveRoot(values.C);
  const config = readConfig(root, values.config);
  const ws = readWorkspace(root, config, positionals);
  for (const e of ws.inputErrors) io.stderr(`${e.toString()}\n`);
  // The report is for people: a broken baseline costs it the convergence state, not the whole page.
  for (const c of ws.catalogs) if (c.baselineError) io.stderr(`threatcat: warning: ${c.baselineError.toString()}\n`);
  const invalid = ws.catalogs.flatMap((c) => schemaFindings(c.loaded));
  for (const f of invalid) io.stderr(`${oneLine(f.file)}:${f.line}:${f.column}: ${oneLine(f.message)}\n`);
  if (ws.inputErrors.length > 0 || invalid.length > 0) {
    io.stderr('threatcat: report needs valid catalogs; run threatcat validate for the details\n');
    return EXIT.usage;
  }
  if (ws.catalogs.length === 0)
    io.stderr(`threatcat: no catalogs found under ${root} (looked for ${config.catalogs.join(', ')})\n`);

  const now = io.now();
  const today = now.toISOString().slice(0, 10);
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
    reportView(report, { today, generated: `${now.toISOString().slice(0, 16).replace('T', ' ')} UTC` });
  const text =
    format === 'json'
      ? renderReportJson(report)
      : format === 'html'
        ? renderReportHtml(view())
        : renderReportMarkdown(view());

  if (values.output) {
    // Like every other path of a command, relative to -C DIR (as git -C does).
    const out = resolve(root, values.output);
    mkdirSync(dirname(out), { recursive: true });
    const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
    writeFileSync(tmp, text);
    renameSync(tmp, out);
    io.stderr(
      `threatcat: wrote ${values.output} (${Math.ceil(Buffer.byteLength(text) / 1024)} KiB, ${report.length} catalog${report.length === 1 ? '' : 's'})\n`,
    );
  } else {
    io.stdout(text);
  }
  return EXIT.clean;
}

/** The baseline's window and convergence state, for the report's convergence section. */
function baselineWindow(baseline: Baseline | undefined): BaselineWindow | undefined {
  if (!baseline?.window.from || !baseline.window.to) return undefined;
  const { state, reason } = baselineConvergence(baseline);
  return { from: baseline.window.from, to: baseline.window.to, convergence: { state, reason } };
}
