import { simpleGit } from 'simple-git';
import { UsageError } from '../read/input-error.js';

export const SNAPSHOT_TRAILER = 'Threatcat-Snapshot';

/** Before anything is written: a commit must not sweep up changes someone else staged. */
export async function assertNothingStaged(root: string): Promise<void> {
  const git = simpleGit({ baseDir: root });
  let staged: string;
  try {
    staged = await git.raw(['diff', '--cached', '--name-only']);
  } catch (err) {
    throw new UsageError(`--commit: ${root} is not a usable git work tree (${firstLine((err as Error).message)})`);
  }
  const files = staged.split('\n').filter(Boolean);
  if (files.length > 0) {
    const shown = files.slice(0, 5).join(', ') + (files.length > 5 ? `, … (${files.length} files)` : '');
    throw new UsageError(`--commit: refusing to commit on top of unrelated staged changes (${shown}); commit or unstage them first`);
  }
}

/** The commit that already recorded this snapshot, if any. */
export async function commitOfSnapshot(root: string, digest: string): Promise<string | undefined> {
  const git = simpleGit({ baseDir: root });
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
  const git = simpleGit({ baseDir: root });
  await git.add(['--', ...files]);
  await git.commit(message, files);
  return (await git.revparse(['HEAD'])).trim();
}

function firstLine(s: string): string {
  return s.split('\n').find((l) => l.trim()) ?? s;
}
