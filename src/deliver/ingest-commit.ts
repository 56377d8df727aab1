import { simpleGit } from 'simple-git';
import { UsageError } from '../model/input-error.js';

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

/** Before anything is written: a commit must not sweep up changes someone else staged. */
export async function assertNothingStaged(root: string): Promise<void> {
  const git = gitAt(root);
  let staged: string;
  try {
    staged = await git.raw(['diff', '--cached', '--name-only']);
  } catch (err) {
    throw new UsageError(`--commit: ${root} is not a usable git work tree (${firstLine((err as Error).message)})`);
  }
  const files = staged.split('\n').filter(Boolean);
  if (files.length > 0) {
    const shown = files.slice(0, 5).join(', ') + (files.length > 5 ? `, … (${files.length} files)` : '');
    throw new UsageError(
      `--commit: refusing to commit on top of unrelated staged changes (${shown}); commit or unstage them first`,
    );
  }
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
