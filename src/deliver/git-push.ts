import { simpleGit } from 'simple-git';

/** The identity GitHub shows for commits made by Actions (the account's noreply address). */
export const ACTIONS_COMMITTER = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/**
 * Commits `files` (paths relative to `dir`) in the worktree at `dir` and pushes that commit to `branch` on `remote`.
 * A plain fast-forward push: if the branch moved since the run started, the push fails and nothing is forced.
 * Returns the new commit's SHA, or undefined when the files did not change.
 */
export async function commitAndPush(
  dir: string,
  files: string[],
  message: string,
  branch: string,
  remote = 'origin',
): Promise<string | undefined> {
  const git = simpleGit({
    baseDir: dir,
    config: [`user.name=${ACTIONS_COMMITTER.name}`, `user.email=${ACTIONS_COMMITTER.email}`],
  });
  await git.add(files);
  const status = await git.status();
  if (status.staged.length === 0) return undefined;
  await git.commit(message);
  const sha = (await git.revparse(['HEAD'])).trim();
  await git.push(remote, `HEAD:refs/heads/${branch}`);
  return sha;
}
