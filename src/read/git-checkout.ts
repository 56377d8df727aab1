import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';

/** The repository that contains `dir`, and `dir`'s path inside it ('' or 'a/b/'). */
export async function locateRepo(dir: string): Promise<{ git: SimpleGit; top: string; prefix: string }> {
  const git = simpleGit({ baseDir: dir });
  const top = (await git.revparse(['--show-toplevel'])).trim();
  const prefix = (await git.revparse(['--show-prefix'])).trim();
  return { git: simpleGit({ baseDir: top }), top, prefix };
}

export async function hasCommit(git: SimpleGit, sha: string): Promise<boolean> {
  try {
    await git.raw(['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * actions/checkout fetches only the merge commit by default; the PR's base and head may be absent.
 * Fetch them by SHA (GitHub allows it) before giving up with a hint.
 */
export async function ensureCommits(git: SimpleGit, shas: string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const sha of shas) if (!(await hasCommit(git, sha))) missing.push(sha);
  if (missing.length === 0) return [];
  try {
    await git.raw(['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', ...missing]);
  } catch {
    // reported below
  }
  const still: string[] = [];
  for (const sha of missing) if (!(await hasCommit(git, sha))) still.push(sha);
  return still;
}

/**
 * A detached worktree at `sha`: the Action analyses the PR head even when the job checked out the merge
 * commit (GITHUB_SHA), without touching the job's own working tree.
 */
export async function addWorktree(git: SimpleGit, sha: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = join(mkdtempSync(join(tmpdir(), 'threatcat-head-')), 'tree');
  await git.raw(['worktree', 'add', '--detach', '--quiet', dir, sha]);
  return {
    dir,
    remove: async () => {
      try {
        await git.raw(['worktree', 'remove', '--force', dir]);
      } catch {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
