import type { Io } from '../io.js';
import { EXIT } from '../io.js';
import { argumentError, parseCommandArgs, type CommandSpec } from '../args.js';
import { resolveRoot } from '../../read/workspace.js';
import { UsageError } from '../../model/input-error.js';
import { actionEntry } from '../../action/entry.js';

const SPEC: CommandSpec = {
  name: 'action',
  help: `Usage: threatcat action [-C DIR]

The GitHub Action's entry: reads the runner's environment (GITHUB_EVENT_PATH, GITHUB_* and the INPUT_*
variables of action.yml), validates, computes the PR's surface diff, and delivers the summary comment,
review, annotations, job summary and SARIF. action.yml runs the same function from dist/action.js;
this command runs it from any workflow step (e.g. \`npx threatcat action\` with the INPUT_* variables set).
Inputs and outputs: docs/action.md.
`,
};

export async function actionCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(SPEC, argv, {});
  if (values.help) {
    io.stdout(SPEC.help);
    return EXIT.clean;
  }
  if (values.format !== undefined)
    throw argumentError(
      SPEC,
      'output goes to the runner (comments, annotations, job summary, SARIF); --format does not apply',
    );
  if (!io.env.GITHUB_EVENT_PATH || !io.env.GITHUB_EVENT_NAME) {
    throw new UsageError(
      'action: not running in GitHub Actions (GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set); see docs/action.md',
    );
  }
  return actionEntry({
    stdout: io.stdout,
    stderr: io.stderr,
    env: io.env,
    cwd: resolveRoot(values.C ?? io.cwd),
    now: io.now,
  });
}
