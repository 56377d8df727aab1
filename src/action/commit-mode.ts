import type { PullRequestContext } from './context.js';
import { joinRoot } from './analysis.js';
import type { SurfaceDiffer } from './differ.js';
import { addWorktree } from '../read/git-checkout.js';
import type { DeliverState } from './pr-delivery.js';
import { commitAndPush } from '../deliver/git-push.js';

/** Applies the re-open plan in a worktree of the head and pushes one commit to the PR branch. */
export async function applyAndPush(
  git: NonNullable<DeliverState['repoGit']>,
  pr: PullRequestContext,
  prefix: string,
  differ: SurfaceDiffer,
  refs: { base: string; head: string },
  now: Date,
  cleanups: Array<() => Promise<void>>,
): Promise<string | undefined> {
  const wt = await addWorktree(git, pr.headSha);
  cleanups.push(wt.remove);
  const root = joinRoot(wt.dir, prefix);
  const result = await differ({ root, base: refs.base, head: refs.head, write: true, now });
  const files = [...new Set(result.reopen.map((r) => `${prefix}${r.catalog}`))];
  if (files.length === 0) return undefined;
  return commitAndPush(
    wt.dir,
    files,
    `threatcat: re-open threats invalidated by ${pr.baseSha.slice(0, 12)}..${pr.headSha.slice(0, 12)}\n\n${result.reopen.map((r) => `- ${r.threat}: ${r.events.join(', ')}`).join('\n')}\n`,
    pr.headRef,
  );
}
