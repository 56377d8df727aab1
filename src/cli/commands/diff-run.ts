import type { Io } from '../io.js';
import { EXIT } from '../io.js';
import { argumentError, pickFailOn, pickFormat, type CommandSpec } from '../args.js';
import { isFailing, REOPEN_PENDING } from '../../analyse/registry.js';
import type { Finding } from '../../model/finding.js';
import { readConfig } from '../../read/config.js';
import type { DiffStates } from '../../read/git-repo.js';
import { resolveRoot } from '../../read/workspace.js';
import { runDiff } from '../../app/diff.js';
import { DIFF_FORMATS, renderDiff } from '../../render/diff.js';

/** `threatcat diff`'s options, parsed (src/cli/commands/diff.ts). */
export interface DiffArgs {
  base?: string;
  head?: string;
  staged?: boolean;
  write?: boolean;
  'fail-on'?: string;
  format?: string;
  C?: string;
  config?: string;
}

/**
 * The rest of `threatcat diff`, loaded once the command line is parsed: `states` are the git states the
 * command line names, opened ahead (absent with --write).
 */
export async function diffWith(
  spec: CommandSpec,
  values: DiffArgs,
  io: Io,
  states: Promise<DiffStates> | undefined,
): Promise<number> {
  const format = pickFormat(spec, values.format, DIFF_FORMATS, 'text');
  const failOn = pickFailOn(spec, values['fail-on']);
  if (values.base === undefined && !values.staged) throw argumentError(spec, 'needs --base REF (or --staged)');
  if (values.staged && values.head !== undefined) throw argumentError(spec, '--staged and --head cannot be combined');
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
    states,
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
