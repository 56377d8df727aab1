import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for the GitHub REST API, answering the way GitHub does for the endpoints the Action uses:
 * Link-header pagination, 201/200/204 on writes, 422 "Unprocessable Entity" with "Line must be part of the diff"
 * for review comments outside the diff, 403 "Resource not accessible by integration" for read-only tokens.
 * Every request is recorded (method, path, query, parsed body) so tests can assert the exact calls.
 */

export interface User {
  login: string;
  type: 'User' | 'Bot';
}

export const BOT: User = { login: 'github-actions[bot]', type: 'Bot' };

export interface IssueComment {
  id: number;
  body: string;
  user: User;
}

export interface ReviewComment {
  id: number;
  body: string;
  path: string;
  line: number;
  start_line?: number | null;
  side: string;
  user: User;
  in_reply_to_id?: number;
  commit_id: string;
}

export interface Review {
  id: number;
  body: string;
  event: string;
  commit_id: string;
  comments: unknown[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  authorization?: string;
}

export interface PrFile {
  filename: string;
  status: string;
  patch?: string;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  pull: number;
  files: PrFile[];
  /** Page size the server uses (GitHub caps per_page at 100; smaller here to exercise pagination). */
  pageSize?: number;
  /** Every write answers 403 (a read-only GITHUB_TOKEN). */
  readOnly?: boolean;
  /** GraphQL viewer login (GitHub answers "github-actions" for GITHUB_TOKEN); undefined → 404. */
  viewer?: string;
  /** Reject any review that has inline comments with 422 (GitHub's view of the diff differs). */
  rejectInline?: boolean;
  /** Answer POST issue comments with a 500 that echoes the Authorization header (a hostile or broken proxy). */
  echoTokenOnComment?: boolean;
  /** Who the token is: comments it creates are theirs (default github-actions[bot]). */
  author?: User;
  /** GET /user answers this login; undefined → 403, as GitHub answers for GITHUB_TOKEN. */
  restUser?: string;
  /** What GET /repos/{o}/{r}/pulls/{n} answers (the PR as GitHub sees it now). */
  pullRequest?: { headSha: string; baseSha: string; headRepo: string; headRef: string };
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  issueComments: IssueComment[] = [];
  reviewComments: ReviewComment[] = [];
  reviews: Review[] = [];
  /** Review threads resolved through GraphQL (thread id = "T_<first comment id>"). */
  resolvedThreads = new Set<string>();
  private nextId = 1000;
  private server?: Server;
  url = '';

  constructor(readonly opts: FakeGitHubOptions) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()));
  }

  id(): number {
    return this.nextId++;
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
  }

  /** Lines inside the hunks of each file's patch, per side (independent of the Action's own parser). */
  diffLines(side: 'RIGHT' | 'LEFT' = 'RIGHT'): Map<string, Set<number>> {
    const out = new Map<string, Set<number>>();
    for (const f of this.opts.files) {
      const set = new Set<number>();
      let line = 0;
      let old = 0;
      for (const l of (f.patch ?? '').split('\n')) {
        const m = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
        if (m) {
          old = Number(m[1]);
          line = Number(m[2]);
          continue;
        }
        if (l.startsWith('\\') || line === 0) continue;
        if (l.startsWith('-')) {
          if (side === 'LEFT') set.add(old);
          old += 1;
          continue;
        }
        if (l.startsWith('+')) {
          if (side === 'RIGHT') set.add(line);
          line += 1;
          continue;
        }
        set.add(side === 'RIGHT' ? line : old);
        line += 1;
        old += 1;
      }
      out.set(f.filename, set);
    }
    return out;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    const body = raw ? JSON.parse(raw) : undefined;
    const auth = req.headers.authorization;
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body,
      authorization: auth,
    });
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-media-type': 'github.v3',
        ...headers,
      });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    if (!auth || !/^(token|bearer) \S+$/i.test(auth))
      return send(401, { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest' });

    const { owner, repo, pull } = this.opts;
    const base = `/repos/${owner}/${repo}`;
    const method = req.method;
    const path = url.pathname;
    const forbidden = () =>
      send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '403',
      });

    if (method === 'POST' && path === '/graphql') {
      if (this.opts.viewer === undefined) return send(404, { message: 'Not Found' });
      const query = String(body?.query ?? '');
      if (/viewer\s*\{\s*login/.test(query)) return send(200, { data: { viewer: { login: this.opts.viewer } } });
      if (/reviewThreads/.test(query)) {
        const nodes = this.reviewComments
          .filter((c) => !c.in_reply_to_id)
          .map((c) => ({
            id: `T_${c.id}`,
            isResolved: this.resolvedThreads.has(`T_${c.id}`),
            comments: { nodes: [{ databaseId: c.id }] },
          }));
        return send(200, {
          data: {
            repository: {
              pullRequest: { reviewThreads: { pageInfo: { hasNextPage: false, endCursor: null }, nodes } },
            },
          },
        });
      }
      if (/resolveReviewThread/.test(query)) {
        if (this.opts.readOnly)
          return send(200, {
            data: null,
            errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
          });
        this.resolvedThreads.add(String(body.variables?.id));
        return send(200, { data: { resolveReviewThread: { thread: { id: body.variables?.id, isResolved: true } } } });
      }
      return send(200, { data: null, errors: [{ message: 'unsupported query in the test stand-in' }] });
    }
    if (method === 'GET' && path === '/user') {
      if (this.opts.restUser === undefined) return forbidden();
      return send(200, { login: this.opts.restUser, type: 'User' });
    }
    if (method !== 'GET' && this.opts.readOnly) return forbidden();
    const me = this.opts.author ?? BOT;

    if (method === 'GET' && path === `${base}/issues/${pull}/comments`) {
      return this.page(
        url,
        res,
        this.issueComments.map((c) => ({
          ...c,
          html_url: `https://github.com/${owner}/${repo}/pull/${pull}#issuecomment-${c.id}`,
        })),
      );
    }
    if (method === 'POST' && path === `${base}/issues/${pull}/comments`) {
      if (this.opts.echoTokenOnComment)
        return send(500, { message: `upstream failed for request with authorization: ${auth}` });
      const c: IssueComment = { id: this.id(), body: body.body, user: me };
      this.issueComments.push(c);
      return send(201, { ...c, html_url: `https://github.com/${owner}/${repo}/pull/${pull}#issuecomment-${c.id}` });
    }
    let m = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(path);
    if (m) {
      const c = this.issueComments.find((x) => x.id === Number(m![1]));
      if (!c) return send(404, { message: 'Not Found' });
      if (c.user.login !== me.login) return forbidden();
      if (method === 'PATCH') {
        c.body = body.body;
        return send(200, { ...c, html_url: `https://github.com/${owner}/${repo}/pull/${pull}#issuecomment-${c.id}` });
      }
      if (method === 'DELETE') {
        this.issueComments = this.issueComments.filter((x) => x !== c);
        return send(204);
      }
    }
    if (method === 'GET' && path === `${base}/pulls/${pull}` && this.opts.pullRequest) {
      const p = this.opts.pullRequest;
      return send(200, {
        number: pull,
        state: 'open',
        head: {
          sha: p.headSha,
          ref: p.headRef,
          repo: { full_name: p.headRepo, fork: p.headRepo !== `${owner}/${repo}` },
        },
        base: { sha: p.baseSha, ref: 'main', repo: { full_name: `${owner}/${repo}` } },
      });
    }
    if (method === 'GET' && path === `${base}/pulls/${pull}/files`) return this.page(url, res, this.opts.files);
    if (method === 'GET' && path === `${base}/pulls/${pull}/comments`) return this.page(url, res, this.reviewComments);
    if (method === 'POST' && path === `${base}/pulls/${pull}/reviews`) {
      const comments = (body.comments ?? []) as Array<{
        path: string;
        line: number;
        side?: string;
        start_line?: number;
        body: string;
      }>;
      if (this.opts.rejectInline && comments.length > 0) return this.unprocessable(res);
      for (const c of comments) {
        const side = c.side ?? 'RIGHT';
        if (side !== 'RIGHT' && side !== 'LEFT') return this.unprocessable(res);
        const set = this.diffLines(side).get(c.path);
        const range = c.start_line
          ? Array.from({ length: c.line - c.start_line + 1 }, (_, i) => c.start_line! + i)
          : [c.line];
        if (!set || range.some((l) => !set.has(l))) return this.unprocessable(res);
      }
      const review: Review = { id: this.id(), body: body.body, event: body.event, commit_id: body.commit_id, comments };
      this.reviews.push(review);
      for (const c of comments) {
        this.reviewComments.push({
          id: this.id(),
          body: c.body,
          path: c.path,
          line: c.line,
          start_line: c.start_line ?? null,
          side: c.side ?? 'RIGHT',
          user: me,
          commit_id: body.commit_id,
        });
      }
      return send(200, { id: review.id, state: body.event === 'COMMENT' ? 'COMMENTED' : 'PENDING', body: review.body });
    }
    m = new RegExp(`^${base}/pulls/comments/(\\d+)$`).exec(path);
    if (m && method === 'DELETE') {
      const c = this.reviewComments.find((x) => x.id === Number(m![1]));
      if (!c) return send(404, { message: 'Not Found' });
      if (c.user.login !== me.login) return forbidden();
      this.reviewComments = this.reviewComments.filter((x) => x !== c);
      return send(204);
    }
    return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  private unprocessable(res: ServerResponse): void {
    res.writeHead(422, { 'content-type': 'application/json; charset=utf-8' });
    res.end(
      JSON.stringify({
        message: 'Unprocessable Entity',
        errors: ['Line must be part of the diff'],
        documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
        status: '422',
      }),
    );
  }

  /** GitHub-style pagination: per_page (max 100, server page size), page, Link header with next/last. */
  private page(url: URL, res: ServerResponse, items: unknown[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100, this.opts.pageSize ?? 100);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (p: number, rel: string) => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(p));
      return `<${this.url}${u.pathname}${u.search}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      ...(links.length ? { link: links.join(', ') } : {}),
    });
    res.end(JSON.stringify(slice));
  }
}
