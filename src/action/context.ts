import { readFileSync } from 'node:fs';
import type { RunContext } from '../model/action-run.js';
import { UsageError } from '../model/input-error.js';

export type { PullRequestContext, RunContext } from '../model/action-run.js';

interface PullRequestPayload {
  number?: number;
  pull_request?: {
    number: number;
    base: { sha: string; ref?: string; repo?: { full_name?: string } | null };
    head: { sha: string; ref: string; repo?: { full_name?: string; fork?: boolean } | null };
  };
}

/** What @actions/github's `context` would give, read from the runner's environment and event file. */
export function readRunContext(env: NodeJS.ProcessEnv, cwd: string): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo)
    throw new UsageError('GITHUB_REPOSITORY is not set (owner/name): run this inside GitHub Actions');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const apiUrl = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  const ctx: RunContext = {
    eventName,
    repo: { owner, repo },
    apiUrl,
    graphqlUrl: (env.GITHUB_GRAPHQL_URL ?? `${apiUrl.replace(/\/api\/v3$/, '/api')}/graphql`).replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE ?? cwd,
    runId: env.GITHUB_RUN_ID,
  };
  if (eventName === 'workflow_run') {
    const run = readPayload<{ workflow_run?: { head_sha?: string; event?: string; id?: number } }>(
      env,
      eventName,
    ).workflow_run;
    if (!run?.head_sha) throw new UsageError('no workflow_run.head_sha in the event payload');
    ctx.workflowRun = { headSha: run.head_sha, event: run.event ?? '', id: run.id };
  }
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const path = env.GITHUB_EVENT_PATH!;
    const payload = readPayload<PullRequestPayload>(env, eventName);
    const pr = payload.pull_request;
    if (!pr?.base?.sha || !pr?.head?.sha)
      throw new UsageError(`${path}: no pull_request.base.sha / head.sha in the event payload`);
    const baseRepo = pr.base.repo?.full_name ?? `${owner}/${repo}`;
    const headRepo = pr.head.repo?.full_name ?? '';
    ctx.pr = {
      number: pr.number ?? payload.number!,
      baseSha: pr.base.sha,
      headSha: pr.head.sha,
      ...(pr.base.ref || env.GITHUB_BASE_REF ? { baseRef: pr.base.ref || env.GITHUB_BASE_REF } : {}),
      headRef: pr.head.ref,
      baseRepo,
      headRepo,
      // A deleted fork has no head repo: treat it as a fork too.
      fork: headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    };
  }
  return ctx;
}

function readPayload<T>(env: NodeJS.ProcessEnv, eventName: string): T {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) throw new UsageError(`GITHUB_EVENT_PATH is not set for a ${eventName} event`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new UsageError(`cannot read the event payload ${path}: ${(err as Error).message}`);
  }
}
