import type { GitHubClient } from './github-client.js';
import { statusOf } from './github-client.js';
import type { RepoRef } from '../model/repo.js';
import { sameLogin } from './github-identity.js';
import { fingerprintMarker, readFingerprint, type PostedComment, type ReviewPlan } from '../model/review.js';
import { DiffLines } from '../model/diff-lines.js';

/** Our earlier inline comments (fingerprint marker, our identity) and whether anyone replied to each. */
export async function postedReviewComments(
  client: GitHubClient,
  repo: RepoRef,
  pull: number,
  me: string,
): Promise<PostedComment[]> {
  const all = await client.paginate(client.rest.pulls.listReviewComments, {
    ...repo,
    pull_number: pull,
    per_page: 100,
  });
  const repliedTo = new Set(all.map((c) => c.in_reply_to_id).filter((x): x is number => typeof x === 'number'));
  const posted: PostedComment[] = [];
  for (const c of all) {
    if (!sameLogin(c.user?.login, me)) continue;
    const fingerprint = readFingerprint(c.body ?? '');
    if (fingerprint) posted.push({ id: c.id, fingerprint, hasReplies: repliedTo.has(c.id) });
  }
  return posted;
}

/**
 * The PR's diff as GitHub computed it (pulls.listFiles patches). Files whose patch GitHub leaves out (too large,
 * binary) are missing: `gitDiff` fills them in from the local clone when given.
 */
export async function pullRequestDiffLines(
  client: GitHubClient,
  repo: RepoRef,
  pull: number,
  gitDiff?: () => Promise<string>,
): Promise<DiffLines> {
  const lines = new DiffLines();
  let missingPatch = false;
  try {
    const files = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 });
    for (const f of files) {
      if (f.patch) lines.addFilePatch(f.filename, f.patch);
      else if (f.status !== 'removed') missingPatch = true;
    }
  } catch (err) {
    if (!gitDiff) throw err;
    missingPatch = true;
  }
  if (missingPatch && gitDiff) {
    const local = new DiffLines();
    local.addUnifiedDiff(await gitDiff());
    for (const f of local.files()) if (!lines.files().includes(f)) lines.merge(local, f);
  }
  return lines;
}

export interface ReviewOutcome {
  /** Inline comments GitHub accepted. */
  inline: number;
  /** A review was created (with or without inline comments). */
  reviewed: boolean;
  /** 422 on the inline comments: retried with everything listed in the body. */
  inlineRejected: boolean;
  removed: number;
  resolved: number;
}

/**
 * One review per run with all new inline comments (RIGHT side, or LEFT for removals; single lines or a suggestion's
 * range), event COMMENT so it is not left pending. A 422 (GitHub names no culprit) is retried once without inline
 * comments. Outdated comments of ours are then deleted, or their threads resolved when someone replied.
 */
export async function submitReview(
  client: GitHubClient,
  repo: RepoRef,
  pull: number,
  commitId: string,
  plan: ReviewPlan,
  body: (opts: { inlineDropped: boolean }) => string,
  graphqlUrl?: string,
): Promise<ReviewOutcome> {
  const outcome: ReviewOutcome = { inline: 0, reviewed: false, inlineRejected: false, removed: 0, resolved: 0 };
  if (plan.post.length > 0 || plan.overflow.length > 0) {
    const comments = plan.post.map((c) => ({
      path: c.path,
      body: `${c.body}\n${fingerprintMarker(c.fingerprint)}`,
      line: c.line,
      side: c.side ?? 'RIGHT',
      ...(c.startLine !== undefined ? { start_line: c.startLine, start_side: 'RIGHT' as const } : {}),
    }));
    try {
      await client.rest.pulls.createReview({
        ...repo,
        pull_number: pull,
        commit_id: commitId,
        event: 'COMMENT',
        body: body({ inlineDropped: false }),
        comments,
      });
      outcome.inline = comments.length;
    } catch (err) {
      if (statusOf(err) !== 422 || comments.length === 0) throw err;
      outcome.inlineRejected = true;
      await client.rest.pulls.createReview({
        ...repo,
        pull_number: pull,
        commit_id: commitId,
        event: 'COMMENT',
        body: body({ inlineDropped: true }),
      });
    }
    outcome.reviewed = true;
  }
  for (const id of plan.remove) {
    try {
      await client.rest.pulls.deleteReviewComment({ ...repo, comment_id: id });
      outcome.removed += 1;
    } catch (err) {
      // Already gone (someone deleted it, or a concurrent run did): nothing left to tidy.
      if (statusOf(err) !== 404) throw err;
    }
  }
  if (plan.resolve.length > 0 && graphqlUrl)
    outcome.resolved = await resolveThreads(client, graphqlUrl, repo, pull, plan.resolve);
  return outcome;
}

const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;

const RESOLVE_MUTATION =
  'mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }';

/**
 * Someone replied to an outdated comment of ours: deleting it would take the conversation with it, so its thread is
 * resolved instead (GraphQL only; where GraphQL is unavailable the thread is left as it is).
 */
/** The part of the GraphQL answer read here. */
interface ThreadsData {
  repository?: {
    pullRequest?: {
      reviewThreads?: {
        nodes?: Array<{ id: string; isResolved: boolean; comments?: { nodes?: Array<{ databaseId?: number }> } }>;
        pageInfo?: { hasNextPage: boolean; endCursor: string | null };
      };
    };
  };
}

async function resolveThreads(
  client: GitHubClient,
  graphqlUrl: string,
  repo: RepoRef,
  pull: number,
  commentIds: number[],
): Promise<number> {
  const wanted = new Set(commentIds);
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await client.request('POST {url}', {
      url: graphqlUrl,
      data: { query, variables },
      request: { retries: 0 },
    });
    const body = res.data as { data?: ThreadsData; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error('GraphQL error');
    return body.data;
  };
  let resolved = 0;
  try {
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const data = await gql(THREADS_QUERY, { owner: repo.owner, repo: repo.repo, number: pull, cursor });
      const threads = data.repository?.pullRequest?.reviewThreads;
      for (const t of threads?.nodes ?? []) {
        const first = t?.comments?.nodes?.[0]?.databaseId;
        if (!t.isResolved && first !== undefined && wanted.has(first)) {
          await gql(RESOLVE_MUTATION, { id: t.id });
          resolved += 1;
        }
      }
      if (!threads?.pageInfo?.hasNextPage) break;
      cursor = threads.pageInfo.endCursor ?? null;
    }
  } catch {
    // Threads stay open; the comments are still correct history.
  }
  return resolved;
}
