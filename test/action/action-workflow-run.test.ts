import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { editFile, tempDir } from '../helpers/fixtures.js';
import { FakeGitHub } from '../helpers/github-server.js';
import { prFiles, prRepo, runAction, TOKEN, type PrRepo } from '../helpers/action-env.js';

/**
 * The documented fork pattern: an unprivileged pull_request run writes its results; a workflow_run job (base
 * repository, write token, no PR code) delivers them as the summary comment and review, treating them as data.
 */
const CATALOG = 'examples/k8s-ops/k8s-ops.threats.yaml';
const servers: FakeGitHub[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

function forkPr(): PrRepo {
  return prRepo((dir) => {
    editFile(join(dir, CATALOG), 'autonomyOfAction: 0.5 ', 'autonomyOfAction: 0.7 ');
    editFile(join(dir, 'examples/k8s-ops/manifests/rbac.yaml'), '    verbs: ["get"]\n', '    verbs: ["get", "list"]\n');
    // Text from the fork that must stay inert in the comment.
    editFile(
      join(dir, CATALOG),
      /title: Secrets and ConfigMaps read.*\n/,
      'title: "@acme/admins <img src=x onerror=alert(1)> [win](https://evil.example) Secrets and ConfigMaps read"\n',
    );
  });
}

async function server(repo: PrRepo, headSha = repo.head) {
  const gh = new FakeGitHub({
    owner: 'acme',
    repo: 'agents',
    pull: 7,
    files: prFiles(repo),
    viewer: 'github-actions',
    pullRequest: { headSha, baseSha: repo.base, headRepo: 'mallory/agents', headRef: 'feature' },
  });
  await gh.start();
  servers.push(gh);
  return gh;
}

/** The pull_request run of the fork: no requests, a results file. */
async function forkRun(repo: PrRepo, gh: FakeGitHub): Promise<string> {
  const r = await runAction({ repo, apiUrl: gh.url, fork: true, inputs: { results: 'results/threatcat.json' } });
  assert.equal(r.code, 1);
  assert.equal(gh.requests.length, 0);
  return join(repo.dir, 'results/threatcat.json');
}

/** The workflow_run job: a clean workspace holding only the downloaded results. */
async function deliverRun(repo: PrRepo, gh: FakeGitHub, resultsFile: string, headSha = repo.head) {
  const workspace = tempDir('threatcat-wr-');
  writeFileSync(join(workspace, 'threatcat.json'), readFileSync(resultsFile));
  const wsRepo = { ...repo, dir: workspace };
  return runAction({
    repo: wsRepo,
    apiUrl: gh.url,
    eventName: 'workflow_run',
    inputs: { results: 'threatcat.json' },
    payload: {
      action: 'completed',
      workflow_run: { id: 99, event: 'pull_request', head_sha: headSha, pull_requests: [] },
    },
  });
}

test('fork PR results delivered by workflow_run: one summary comment and one review, untrusted text inert', async () => {
  const repo = forkPr();
  const gh = await server(repo);
  const file = await forkRun(repo, gh);
  const r = await deliverRun(repo, gh, file);
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(
    gh.writes().map((w) => `${w.method} ${w.path}`),
    ['POST /repos/acme/agents/issues/7/comments', 'POST /repos/acme/agents/pulls/7/reviews'],
  );
  const body = gh.issueComments[0].body;
  assert.match(body, /K8SOPS-L2-01/);
  assert.match(
    body,
    // a zero-width space after @ (an entity alone is a plain @ again in the text GitHub scans for mentions)
    /&#64;&#8203;acme\/admins &lt;img src=x onerror=alert\(1\)&gt; \\\[win\\\]\(https&#58;\/\/evil\.example\)/,
  );
  assert.doesNotMatch(body, /@acme|<img|(?<!\\)\]\(https(:|&#58;)\/\/evil/);
  assert.match(body, /comes from a fork/);
  const diff = gh.diffLines();
  for (const c of gh.reviews[0].comments as Array<{ path: string; line: number }>)
    assert.ok(diff.get(c.path)?.has(c.line));
  // Delivered again (a re-run of the workflow_run job): updated in place, nothing repeated.
  const again = await deliverRun(repo, gh, file);
  assert.equal(again.code, 0);
  assert.deepEqual(
    gh
      .writes()
      .map((w) => `${w.method} ${w.path}`)
      .slice(2),
    [`PATCH /repos/acme/agents/issues/comments/${gh.issueComments[0].id}`],
  );
  assert.ok(!(r.stdout + r.summary + again.stdout).includes(TOKEN));
});

test('results for another head than the triggering run built are refused before any request', async () => {
  const repo = forkPr();
  const gh = await server(repo);
  const file = await forkRun(repo, gh);
  const r = await deliverRun(repo, gh, file, 'f'.repeat(40));
  assert.equal(r.code, 2);
  assert.match(
    r.stdout,
    /::error title=threatcat::the results are for [0-9a-f]{12}, but the triggering run built ffffffffffff/,
  );
  assert.equal(gh.requests.length, 0);
});

test('a PR that has moved on since the results were made gets nothing', async () => {
  const repo = forkPr();
  const gh = await server(repo, 'e'.repeat(40));
  const file = await forkRun(repo, gh);
  const r = await deliverRun(repo, gh, file);
  assert.equal(r.code, 2);
  assert.match(r.stdout, /is at eeeeeeeeeeee, not at the results' head/);
  assert.equal(gh.writes().length, 0);
});

test('a tampered results file (not the schema, or a catalog that is not a catalog) is refused', async () => {
  const repo = forkPr();
  const gh = await server(repo);
  const file = await forkRun(repo, gh);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  data.analysis.catalogs[0].data.threats[0].class = 'pwned';
  const bad = join(tempDir(), 'bad.json');
  writeFileSync(bad, JSON.stringify(data));
  const r = await deliverRun(repo, gh, bad);
  assert.equal(r.code, 2);
  assert.match(r.stdout, /is not a threatcat results file/);
  writeFileSync(bad, '{"kind": "threatcat-action-results", "version": 1, "extra": "x"}');
  assert.equal((await deliverRun(repo, gh, bad)).code, 2);
  assert.equal(gh.requests.length, 0);
});
