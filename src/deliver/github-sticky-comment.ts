import type { GitHubClient } from './github-client.js';
import type { RepoRef } from '../model/repo.js';
import { sameLogin } from './github-identity.js';

export interface StickyResult {
  action: 'created' | 'updated';
  id: number;
  url?: string;
}

/**
 * One summary comment per PR (and marker): the first comment by our own identity holding the marker is updated in
 * place; a marker in anyone else's comment is ignored, so nobody can make the Action edit or delete their text.
 * Older duplicates of ours (e.g. from two concurrent runs) are deleted.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  issue: number,
  marker: string,
  body: string,
  me: string,
  /** false: only update a comment that is already there (a PR that needs no comment keeps an earlier one true). */
  create = true,
): Promise<StickyResult | undefined> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: issue,
    per_page: 100,
  });
  const ours = comments.filter((c) => sameLogin(c.user?.login, me) && (c.body ?? '').includes(marker));
  if (ours.length === 0) {
    if (!create) return undefined;
    const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issue, body });
    return { action: 'created', id: data.id, url: data.html_url };
  }
  const [keep, ...extra] = ours;
  const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: keep.id, body });
  for (const c of extra) await client.rest.issues.deleteComment({ ...repo, comment_id: c.id });
  return { action: 'updated', id: data.id, url: data.html_url };
}
