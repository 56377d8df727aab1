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
    throw new UsageError(
      `--commit: git commit failed: ${firstLine((err as Error).message)} (the files are written; commit them by hand)`,
    );
  }
  return (await git.revparse(['HEAD'])).trim();
}

function firstLine(s: string): string {
  return s.split('\n').find((l) => l.trim()) ?? s;
}
