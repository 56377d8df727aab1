import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { EXIT } from '../io.js';
import { argumentError, parseCommandArgs, type CommandSpec } from '../args.js';
import { openDiffStates, type DiffStates } from '../../read/git-repo.js';

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
  // Git's part (resolving the refs, listing both states) needs none of the rest of diff: begun here, git works
  // while the analysis loads (~100 ms of a large diff). Not with --write, whose refs are resolved once the
  // repository lock is held. When a check below fails the command line, git's answer goes unused.
  let states: Promise<DiffStates> | undefined;
  if (!values.write && (values.base !== undefined || values.staged) && !(values.staged && values.head !== undefined)) {
    const root = resolve(values.C ?? '.');
    states = openDiffStates(root, { base: values.base ?? 'HEAD', head: values.head, staged: values.staged });
    states.catch(() => undefined); // reported where it is awaited, after the command line's own checks
  }
  const { diffWith } = await import('./diff-run.js');
  return diffWith(SPEC, values, io, states);
}
