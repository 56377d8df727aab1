import type { Io } from '../io.js';
import { EXIT } from '../io.js';
import { argumentError, parseCommandArgs, pickFormat, type CommandSpec } from '../args.js';
import { readConfig } from '../../read/config.js';
import { resolveRoot } from '../../read/workspace.js';
import { runDiff } from '../../app/diff.js';
import { DIFF_FORMATS, renderDiff } from '../../render/diff.js';

const SPEC: CommandSpec = {
  name: 'diff',
  help: `Usage: threatcat diff --base REF [--head REF | --staged] [--write] [-C DIR] [--format text|json|github|sarif]

Agent-surface changes between two states of the repository (read through git, nothing is checked out),
and the scoped re-open plan: which closed or accepted threats each change invalidates.
  --base REF    the state to compare with (--staged: default HEAD)
  --head REF    the changed state (default: the working tree)
  --staged      compare the index with --base (the pre-commit hook)
  --write       apply the plan: status back to open, with a reopened record (event, ref, at, subject)
Events: mcp-connection-added, mcp-connection-removed, model-version-updated, tool-surface-modified,
autonomy-tier-changed, permissions-changed (docs/diff.md; the re-open table: docs/reopen.md).
Exit: 0 nothing to re-open (or --write applied it), 1 threats still to re-open or an error finding,
2 usage error or unreadable input.
`,
};

export async function diffCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(SPEC, argv, {
    base: { type: 'string' },
    head: { type: 'string' },
    staged: { type: 'boolean' },
    write: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(SPEC.help);
    return EXIT.clean;
  }
  if (positionals.length > 0)
    throw argumentError(SPEC, `takes no paths (got '${positionals[0]}'); use -C DIR for the repository`);
  const format = pickFormat(SPEC, values.format, DIFF_FORMATS, 'text');
  if (values.base === undefined && !values.staged) throw argumentError(SPEC, 'needs --base REF (or --staged)');
  if (values.staged && values.head !== undefined) throw argumentError(SPEC, '--staged and --head cannot be combined');
  const root = resolveRoot(values.C);
  const config = readConfig(root, values.config);
  const result = await runDiff({
    root,
    config,
    base: values.base ?? 'HEAD',
    head: values.head,
    staged: values.staged,
    write: values.write,
    now: io.now(),
  });
  for (const e of result.inputErrors) io.stderr(`${e.toString()}\n`);
  io.stdout(renderDiff(format, result, { color: io.color }));
  if (result.inputErrors.length > 0) return EXIT.usage;
  if (result.pending || result.findings.some((f) => f.severity === 'error')) return EXIT.findings;
  return EXIT.clean;
}
