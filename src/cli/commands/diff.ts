import type { Io } from '../io.js';
import { EXIT } from '../io.js';
import { argumentError, parseCommandArgs, pickFailOn, pickFormat, type CommandSpec } from '../args.js';
import { isFailing, REOPEN_PENDING } from '../../analyse/registry.js';
import type { Finding } from '../../model/finding.js';
import { readConfig } from '../../read/config.js';
import { resolveRoot } from '../../read/workspace.js';
import { runDiff } from '../../app/diff.js';
import { DIFF_FORMATS, renderDiff } from '../../render/diff.js';

const SPEC: CommandSpec = {
  name: 'diff',
  help: `Usage: threatcat diff --base REF [--head REF | --staged] [--write] [-C DIR] [--format text|json|github|sarif]
                      [--fail-on error|warning|never]

Agent-surface changes between two states of the repository (read through git, nothing is checked out),
and the scoped re-open plan: which closed or accepted threats each change invalidates.
  --base REF    the state to compare with (--staged: default HEAD)
  --head REF    the changed state (default: the working tree)
  --staged      compare the index with --base (the pre-commit hook)
  --write       apply the plan: status back to open, with a reopened record (event, ref, at, subject)
Events: mcp-connection-added, mcp-connection-removed, model-version-updated, tool-surface-modified,
autonomy-tier-changed, permissions-changed (docs/diff.md; the re-open table: docs/reopen.md).
  --fail-on     which findings fail the check (exit 1): error (default), warning, never
Exit: 0 nothing to re-open (or --write applied it), 1 threats still to re-open or a failing finding,
2 usage error or unreadable input.
`,
};

export async function diffCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(SPEC, argv, {
    base: { type: 'string' },
    head: { type: 'string' },
    staged: { type: 'boolean' },
    write: { type: 'boolean' },
    'fail-on': { type: 'string' },
  });
  if (values.help) {
    io.stdout(SPEC.help);
    return EXIT.clean;
  }
  if (positionals.length > 0)
    throw argumentError(SPEC, `takes no paths (got '${positionals[0]}'); use -C DIR for the repository`);
  const format = pickFormat(SPEC, values.format, DIFF_FORMATS, 'text');
  const failOn = pickFailOn(SPEC, values['fail-on']);
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
    // The edited texts are only needed to write them.
    changes: Boolean(values.write),
    now: io.now(),
    onWait: (m) => io.stderr(`threatcat: ${m}\n`),
  });
  for (const e of result.inputErrors) io.stderr(`${e.toString()}\n`);
  io.stdout(renderDiff(format, result, { color: io.color }));
  if (result.inputErrors.length > 0) return EXIT.usage;
  // A re-open the catalog does not record yet fails like an error finding, as in the Action.
  const pending: Finding[] = result.pending
    ? result.reopen.map((r) => ({
        rule: REOPEN_PENDING,
        severity: 'error',
        file: r.catalog,
        line: 1,
        column: 1,
        message: `${r.threat} is re-opened by ${r.events.join(', ')}`,
      }))
    : [];
  return isFailing([...result.findings, ...pending], failOn) ? EXIT.findings : EXIT.clean;
}
