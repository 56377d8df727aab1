import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { VERSION } from '../version.js';

const GitHub = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHub>;

export interface ClientOptions {
  token: string;
  baseUrl: string;
  /** Where Octokit's warnings go (through the Action's redacting sink). */
  warn: (message: string) => void;
}

/**
 * Octokit against GITHUB_API_URL (GHES, or the tests' loopback server), with GitHub's rate-limit advice applied
 * by the retry and throttling plugins: honour retry-after, retry primary limits twice, secondary limits once.
 */
export function createGitHubClient(opts: ClientOptions): GitHubClient {
  return new GitHub({
    auth: opts.token,
    baseUrl: opts.baseUrl,
    userAgent: `threatcat-action/${VERSION}`,
    log: { debug: () => {}, info: () => {}, warn: opts.warn, error: opts.warn },
    throttle: {
      onRateLimit: (retryAfter, options, _octokit, retryCount) => {
        opts.warn(
          `GitHub rate limit hit on ${options.method} ${options.url}; ${retryCount < 2 ? `retrying in ${retryAfter}s` : 'giving up'}`,
        );
        return retryCount < 2;
      },
      onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
        opts.warn(
          `GitHub secondary rate limit hit on ${options.method} ${options.url}; ${retryCount < 1 ? `retrying in ${retryAfter}s` : 'giving up'}`,
        );
        return retryCount < 1;
      },
    },
  });
}

/** HTTP status of an Octokit RequestError (or undefined for network and other errors). */
export function statusOf(err: unknown): number | undefined {
  const s = (err as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/** A token that may not write here: fork PRs, `permissions:` without pull-requests: write. */
export function isReadOnlyError(err: unknown): boolean {
  const status = statusOf(err);
  if (status === 401) return true;
  if (status !== 403) return false;
  const msg = errorMessage(err);
  return !/rate limit/i.test(msg);
}

/**
 * The message only: Octokit errors carry the request (with headers) in other properties, which are never printed.
 */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) {
    const status = statusOf(err);
    if (status) return `HTTP ${status}: ${err.message.split('\n')[0].slice(0, 500)}`;
    // git errors put the useful part (e.g. "! [rejected]") after a first line naming the remote
    return err.message
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, 4)
      .join(' / ')
      .slice(0, 500);
  }
  return String(err).slice(0, 500);
}
