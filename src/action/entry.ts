import { InputError, UsageError } from '../model/input-error.js';
import { runAction } from '../app/action.js';
import { errorMessage } from '../deliver/github-client.js';
import { makeRedactor } from '../render/redact.js';
import { escapeData } from '../render/workflow-commands.js';
import { readRunContext } from './context.js';
import { readInputs } from './inputs.js';

export interface ActionIo {
  stdout(s: string): void;
  stderr(s: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now(): Date;
}

/**
 * The Action's shell (dist/action.js and `threatcat action`): read the runner's environment, run the Action,
 * and turn any failure into one `::error` line. Every byte that leaves goes through the redactor.
 */
export async function actionEntry(io: ActionIo): Promise<number> {
  const redact = makeRedactor([io.env.INPUT_TOKEN ?? '', io.env.GITHUB_TOKEN ?? ''].map((s) => s.trim()));
  const log = (s: string) => io.stdout(redact(`${s}\n`));
  try {
    const inputs = readInputs(io.env);
    const ctx = readRunContext(io.env, io.cwd);
    return await runAction({ inputs, ctx, env: io.env, now: io.now(), log, redact });
  } catch (err) {
    const message =
      err instanceof InputError
        ? err.toString()
        : err instanceof UsageError
          ? err.message
          : `internal error: ${errorMessage(err)}`;
    log(`::error title=threatcat::${escapeData(message)}`);
    if (io.env.THREATCAT_DEBUG && err instanceof Error) io.stderr(redact(`${err.stack ?? ''}\n`));
    return 2;
  }
}
