import type { Io } from '../io.js';
import { EXIT } from '../io.js';
import { parseCommandArgs, pickFormat, type CommandSpec } from '../args.js';
import { resolveRoot } from '../../read/workspace.js';
import { runValidate } from '../../app/validate.js';
import { renderFindings, FINDING_FORMATS } from '../../render/findings.js';

const SPEC: CommandSpec = {
  name: 'validate',
  help: `Usage: threatcat validate [PATH...] [-C DIR] [--format text|json|sarif|github] [--config FILE]

Checks catalogs against schema/catalog.schema.json and the semantic rules.
Without PATH, every catalog matching the configured globs under DIR (default **/*.threats.yaml).
PATH and --config are relative to DIR (like git -C). Configuration: DIR/.threatcat.yaml.
Exit: 0 clean (warnings allowed), 1 an error-severity finding, 2 usage error or unreadable input.
`,
};

export async function validateCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(SPEC, argv, {});
  if (values.help) {
    io.stdout(SPEC.help);
    return EXIT.clean;
  }
  const format = pickFormat(SPEC, values.format, FINDING_FORMATS, 'text');
  const root = resolveRoot(values.C);
  const out = runValidate({ root, configPath: values.config, paths: positionals, now: io.now() });
  if (out.catalogs.length === 0) {
    io.stderr(`threatcat: no catalogs found under ${root} (looked for ${out.config.catalogs.join(', ')})\n`);
  }
  io.stdout(renderFindings(format, out.findings, out.catalogs, { color: io.color }));
  if (out.unreadable) return EXIT.usage;
  return out.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.clean;
}
