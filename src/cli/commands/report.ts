import type { Io } from '../io.js';
import { EXIT } from '../io.js';
import { parseCommandArgs, pickFormat, type CommandSpec } from '../args.js';
import { resolveRoot } from '../../read/workspace.js';
import { REPORT_FORMATS, runReport } from '../../app/report.js';
import { oneLine } from '../../model/inert-text.js';

const SPEC: CommandSpec = {
  name: 'report',
  help: `Usage: threatcat report [PATH...] [--format markdown|md|html|json|rbac] [--output FILE] [-C DIR] [--config FILE]

The whole picture, for people: per agent, the components diagram, threats (open, then accepted, then
closed) with a detail section each, convergence (signal gaps, dormant permissions, days observed),
acceptances near expiry, and the commit it was made from.
Without PATH, every catalog under DIR. markdown (default; md for short) uses a Mermaid diagram; html is one
self-contained file that renders offline and prints; json is stable (docs/report.md).
rbac writes least-privilege RBAC from the observed baseline: per agent identity, the Roles, ClusterRoles
and bindings that grant exactly the API requests allowed in the ingested kube-audit evidence, each rule
commented with its request count and last use, and what it removes from the declared RBAC (kubectl
apply -f takes the file; docs/report.md).
PATH and --output are relative to DIR (like git -C).
Exit: 0 written, 2 usage error, unreadable or schema-invalid catalog (run threatcat validate), or
rbac without any kube-audit evidence in the baselines (run threatcat ingest --write first).
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
  const out = await runReport({
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
    for (const f of out.invalid) io.stderr(`${oneLine(f.file)}:${f.line}:${f.column}: ${oneLine(f.message)}\n`);
    io.stderr('threatcat: report needs valid catalogs; run threatcat validate for the details\n');
    return EXIT.usage;
  }
  if (out.catalogs === 0)
    io.stderr(`threatcat: no catalogs found under ${root} (looked for ${out.config.catalogs.join(', ')})\n`);
  if (out.rbac) {
    const observed = out.rbac.identities.filter((i) => i.observed);
    if (out.catalogs > 0 && observed.length === 0) {
      io.stderr(
        'threatcat: report --format rbac: no baseline holds kube-audit evidence for these agents; run threatcat ingest --write with the cluster audit log first\n',
      );
      return EXIT.usage;
    }
    const rules = observed.reduce((n, i) => n + i.summary.generatedRules, 0);
    const removed = observed.reduce((n, i) => n + i.summary.removed, 0);
    const narrowed = observed.reduce((n, i) => n + i.summary.narrowed, 0);
    const declared = observed.reduce((n, i) => n + i.summary.declared, 0);
    io.stderr(
      `threatcat: least privilege for ${observed.length} identit${observed.length === 1 ? 'y' : 'ies'}: ${rules} rule${rules === 1 ? '' : 's'}; of ${declared} declared grant${declared === 1 ? '' : 's'}, ${removed} removed and ${narrowed} narrowed\n`,
    );
  }
  if (out.written) {
    io.stderr(
      `threatcat: wrote ${values.output} (${Math.ceil(Buffer.byteLength(out.text) / 1024)} KiB, ${out.catalogs} catalog${out.catalogs === 1 ? '' : 's'})\n`,
    );
  } else {
    io.stdout(out.text);
  }
  return EXIT.clean;
}
