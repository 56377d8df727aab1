import { simpleGit } from 'simple-git';
import { UsageError } from '../model/input-error.js';
import { explainGitLockError } from './repo-lock.js';

/** The commit could not take git's lock: the written files stay recorded in the journal for the next run. */
export class GitLockBusy extends UsageError {}

export const SNAPSHOT_TRAILER = 'Threatcat-Snapshot';

/** simple-git drops ambient GIT_* variables; the commit identity CI sets that way must get through. */
const IDENTITY_ENV = [
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_AUTHOR_DATE',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
  'GIT_COMMITTER_DATE',
];

function gitAt(root: string) {
  return simpleGit({ baseDir: root, allowEnvironment: IDENTITY_ENV } as Parameters<typeof simpleGit>[0]);
}

/**
 * Before anything is written: a commit must not sweep up changes someone else staged. `ours` are files an
 * interrupted ingest staged (its journal names them): the next run commits them, they are not someone else's.
 */
export async function assertNothingStaged(root: string, ours: readonly string[] = []): Promise<void> {
  const git = gitAt(root);
  let staged: string;
  try {
    staged = await git.raw(['diff', '--cached', '--name-only']);
  } catch (err) {
    throw new UsageError(`--commit: ${root} is not a usable git work tree (${firstLine((err as Error).message)})`);
  }
  const prefix = ours.length > 0 ? (await git.raw(['rev-parse', '--show-prefix'])).trim() : '';
  const own = new Set(ours.map((f) => prefix + f));
  const files = staged.split('\n').filter((f) => f && !own.has(f));
  if (files.length > 0) {
    const shown = files.slice(0, 5).join(', ') + (files.length > 5 ? `, … (${files.length} files)` : '');
    throw new UsageError(
      `--commit: refusing to commit on top of unrelated staged changes (${shown}); commit or unstage them first`,
    );
  }
}

/** Of these repository paths, those whose working-tree or staged content differs from HEAD. */
export async function stagedOrChanged(root: string, files: readonly string[]): Promise<string[]> {
  const git = gitAt(root);
  const out: string[] = [];
  for (const f of files)
    if ((await git.raw(['status', '--porcelain', '--untracked-files=all', '--', f])).trim()) out.push(f);
  return out;
}

/** The commit that already recorded this snapshot, if any. */
export async function commitOfSnapshot(root: string, digest: string): Promise<string | undefined> {
  const git = gitAt(root);
  try {
    const out = await git.raw(['log', '-F', `--grep=${SNAPSHOT_TRAILER}: ${digest}`, '--format=%H', '-n', '1']);
    return out.trim() || undefined;
  } catch {
    // No commits yet.
    return undefined;
  }
}

/** One commit of exactly these files. Returns its hash. */
export async function commitFiles(root: string, files: string[], message: string): Promise<string> {
  const git = gitAt(root);
  try {
    await git.add(['--', ...files]);
    await git.commit(message, files);
  } catch (err) {
    const lock = explainGitLockError(root, (err as Error).message);
    if (lock) throw new GitLockBusy(`--commit: ${lock} (the files are written: the next run commits them)`);
    // A hook that refused the commit (the project's pre-commit, a commit-msg check) explains itself over many
    // lines: all of them, or nobody can tell what to fix.
    const output = hookOutput((err as Error).message);
    throw new UsageError(
      '--commit: git commit failed (the files are written; fix what it says and commit them, or commit them by hand):',
      { detail: output },
    );
  }
  return (await git.revparse(['HEAD'])).trim();
}

/** git's (and its hooks') whole output, indented, without terminal control sequences. */
function hookOutput(message: string): string {
  return message
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .map((l) => `  ${l}`)
    .join('\n')
    .trimEnd();
}

function firstLine(s: string): string {
  return s.split('\n').find((l) => l.trim()) ?? s;
}
