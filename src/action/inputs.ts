import { UsageError } from '../model/input-error.js';

import { COMMENT_WHEN, FAIL_ON, MODES, type ActionInputs } from '../model/action-run.js';

export type { ActionInputs } from '../model/action-run.js';

/**
 * The runner passes each input as INPUT_<NAME> (upper case, spaces → '_', hyphens kept) and does not enforce
 * `required` or defaults for local runs, so every input is checked here.
 */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const get = (name: string, fallback = ''): string => {
    const v = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    return v === undefined || v.trim() === '' ? fallback : v.trim();
  };
  return {
    mode: oneOf('mode', get('mode', 'check'), MODES),
    token: get('token', env.GITHUB_TOKEN ?? ''),
    comment: bool('comment', get('comment', 'true')),
    commentWhen: oneOf('comment-when', get('comment-when', 'changes'), COMMENT_WHEN),
    reviewComments: bool('review-comments', get('review-comments', 'true')),
    sarif: get('sarif', 'threatcat.sarif'),
    failOn: oneOf('fail-on', get('fail-on', 'error'), FAIL_ON),
    config: get('config'),
    workingDirectory: get('working-directory', '.'),
    results: get('results'),
  };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`input '${name}': '${value}' is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** YAML 1.2 core booleans, as @actions/core getBooleanInput accepts them. */
function bool(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input '${name}': '${value}' is not a boolean (true or false)`);
}
