import type { Io } from '../io.js';
import { EXIT } from '../io.js';
import { parseCommandArgs, pickFormat, type CommandSpec } from '../args.js';
import { resolveRoot } from '../../read/workspace.js';
import { REPORT_FORMATS, runReport } from '../../app/report.js';

const SPEC: CommandSpec = {
  name: 'report',
  help: `Usage: threatcat report [PATH...] [--format markdown|html|json] [--output FILE] [-C DIR] [--config FILE]

The whole picture, for people: per agent, the components diagram, threats sorted by AIVSS, convergence
(open/closed/accepted, signal gaps, dormant permissions, days observed) and acceptances near expiry.
Without PATH, every catalog under DIR. markdown (default) uses a Mermaid diagram; html is one
self-contained file that renders offline; json is stable (docs/report.md).
PATH and --output are relative to DIR (like git -C).
Exit: 0 written, 2 usage error, unreadable or schema-invalid catalog (run threatcat validate).
`,
};

export async function reportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(SPEC, argv, { output: { type: 'string', short: 'o' } });
  if (values.help) {
    io.stdout(SPEC.help);
    return EXIT.clean;
  }
  const format = pickFormat(SPEC, values.format, REPORT_FORMATS, 'markdown');
  const root = resolveRoot(values.C);
  const out = runReport({
    root,
    configPath: values.config,
    paths: positionals,
    format,
    output: values.output,
    now: io.now(),
  });
  for (const w of out.baselineWarnings) io.stderr(`threatcat: warning: ${w.toString()}\n`);
  if (!out.ok) {
    for (const e of out.inputErrors) io.stderr(`${e.toString()}\n`);
    for (const f of out.invalid) io.stderr(`${f.file}:${f.line}:${f.column}: ${f.message}\n`);
    io.stderr('threatcat: report needs valid catalogs; run threatcat validate for the details\n');
    return EXIT.usage;
  }
  if (out.catalogs === 0)
    io.stderr(`threatcat: no catalogs found under ${root} (looked for ${out.config.catalogs.join(', ')})\n`);
  if (out.written) {
    io.stderr(
      `threatcat: wrote ${values.output} (${Math.ceil(Buffer.byteLength(out.text) / 1024)} KiB, ${out.catalogs} catalog${out.catalogs === 1 ? '' : 's'})\n`,
    );
  } else {
    io.stdout(out.text);
  }
  return EXIT.clean;
}
