import type { Io } from '../io.js';
import { EXIT } from '../io.js';
import { parseCommandArgs, pickFailOn, pickFormat, type CommandSpec } from '../args.js';
import { isFailing } from '../../analyse/registry.js';
import { resolveRoot } from '../../read/workspace.js';
import { runValidate } from '../../app/validate.js';
import { renderFindings, FINDING_FORMATS } from '../../render/findings.js';
import { renderFixes } from '../../render/fix-report.js';

const SPEC: CommandSpec = {
  name: 'validate',
  help: `Usage: threatcat validate [PATH...] [--fix] [-C DIR] [--format text|json|sarif|github] [--config FILE]
                          [--fail-on error|warning|never]

Checks catalogs against schema/catalog.schema.json and the semantic rules.
Without PATH, every catalog matching the configured globs under DIR (default **/*.threats.yaml).
PATH and --config are relative to DIR (like git -C). Configuration: DIR/.threatcat.yaml.

  --fix      first rewrite what threatcat derives, in place (comments, key order and every other byte kept;
             atomic; a second run changes nothing): each threat's aivss block (score, severity, vector) from its
             cvss and agent.aivss, and each dormant permission's blast score. Prints what it changed
             (file:line, threat, old → new; on stderr with --format json|sarif|github), then validates.
             Findings that need a person are left for the person. The pre-commit hook only checks: run
             --fix yourself after editing factors or CVSS bases.
  --fail-on  which findings fail the check (exit 1): error (default), warning (errors and warnings), never.
Exit: 0 clean (warnings allowed), 1 a finding that fails the check, 2 usage error or unreadable input.
`,
};

export async function validateCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(SPEC, argv, {
    fix: { type: 'boolean' },
    'fail-on': { type: 'string' },
  });
  if (values.help) {
    io.stdout(SPEC.help);
    return EXIT.clean;
  }
  const format = pickFormat(SPEC, values.format, FINDING_FORMATS, 'text');
  const failOn = pickFailOn(SPEC, values['fail-on']);
  const root = resolveRoot(values.C);
  const out = runValidate({
    root,
    configPath: values.config,
    paths: positionals,
    now: io.now(),
    fix: Boolean(values.fix),
    onWait: (m) => io.stderr(`threatcat: ${m}\n`),
  });
  if (out.catalogs.length === 0) {
    io.stderr(`threatcat: no catalogs found under ${root} (looked for ${out.config.catalogs.join(', ')})\n`);
  }
  if (out.fixed) {
    // Machine-readable formats keep stdout to the findings document.
    const fixes = renderFixes(out.fixed, out.written ?? []);
    if (format === 'text') io.stdout(fixes);
    else io.stderr(fixes);
  }
  io.stdout(renderFindings(format, out.findings, out.catalogs, { color: io.color }));
  if (out.unreadable) return EXIT.usage;
  return isFailing(out.findings, failOn) ? EXIT.findings : EXIT.clean;
}
