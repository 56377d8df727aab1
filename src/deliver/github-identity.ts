import type { GitHubClient } from './github-client.js';

/** The login GitHub gives comments made with a workflow's GITHUB_TOKEN (REST: type "Bot"). */
export const ACTIONS_BOT = 'github-actions[bot]';

export interface Identity {
  login: string;
  /** How it was learned, for the log. */
  source: 'graphql-viewer' | 'rest-user' | 'default';
}

/**
 * Who the token writes as, so only our own comments are ever matched. GET /user answers 403 for GITHUB_TOKEN
 * (Danger JS duplicated comments by relying on it), so ask GraphQL `viewer` first — it works for GITHUB_TOKEN, app
 * and personal tokens — then GET /user, and fall back to github-actions[bot] when neither answers.
 */
export async function tokenIdentity(client: GitHubClient, graphqlUrl: string): Promise<Identity> {
  try {
    const res = await client.request('POST {url}', {
      url: graphqlUrl,
      data: { query: 'query { viewer { login } }' },
      request: { retries: 0 },
    });
    const login = (res.data as { data?: { viewer?: { login?: unknown } } })?.data?.viewer?.login;
    if (typeof login === 'string' && login.length > 0) return { login, source: 'graphql-viewer' };
  } catch {
    // try REST next
  }
  try {
    // Works for personal and app-user tokens where GraphQL is not served (e.g. some GHES proxies); 403 for GITHUB_TOKEN.
    const { data } = await client.request('GET /user', { request: { retries: 0 } });
    if (typeof data?.login === 'string' && data.login.length > 0) return { login: data.login, source: 'rest-user' };
  } catch {
    // fall through to the default
  }
  return { login: ACTIONS_BOT, source: 'default' };
}

/** GraphQL names bots without the "[bot]" suffix that REST gives them. */
export function sameLogin(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const norm = (s: string) => s.toLowerCase().replace(/\[bot\]$/, '');
  return norm(a) === norm(b);
}
