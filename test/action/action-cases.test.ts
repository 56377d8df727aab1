import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { editFile, git, runCli } from '../helpers/fixtures.js';
import { FakeGitHub } from '../helpers/github-server.js';
import { prFiles, prRepo, runAction, TOKEN } from '../helpers/action-env.js';

const CATALOG = 'examples/k8s-ops/k8s-ops.threats.yaml';
const servers: FakeGitHub[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

function pr() {
  return prRepo((dir) => {
    editFile(join(dir, CATALOG), 'autonomyOfAction: 0.5 ', 'autonomyOfAction: 0.7 ');
    editFile(join(dir, 'examples/k8s-ops/manifests/rbac.yaml'), '    verbs: ["get"]\n', '    verbs: ["get", "list"]\n');
  });
}

async function server(repo: ReturnType<typeof pr>) {
  const gh = new FakeGitHub({ owner: 'acme', repo: 'agents', pull: 7, files: prFiles(repo), viewer: 'github-actions' });
  await gh.start();
  servers.push(gh);
  return gh;
}

test('working-directory: catalogs in a subdirectory, paths in comments and annotations relative to the repository', async () => {
  const repo = pr();
  const gh = await server(repo);
  const r = await runAction({
    repo,
    apiUrl: gh.url,
    inputs: { 'working-directory': 'examples', sarif: 'out/tc.sarif' },
  });
  assert.equal(r.code, 1, r.stdout);
  assert.deepEqual(gh.reviews[0].comments.map((c: any) => c.path).sort(), [
    CATALOG,
    'examples/k8s-ops/manifests/rbac.yaml',
  ]);
  assert.match(r.stdout, /::error file=examples\/k8s-ops\/k8s-ops\.threats\.yaml,line=31,/);
  assert.equal(r.outputs.sarif, join(repo.dir, 'out/tc.sarif'));
  assert.equal(r.outputs.events, '1');
});

test('a bad input value stops the run with exit 2 and one clear error, before any request', async () => {
  const repo = pr();
  const gh = await server(repo);
  const r = await runAction({ repo, apiUrl: gh.url, inputs: { 'fail-on': 'sometimes' } });
  assert.equal(r.code, 2);
  assert.match(r.stdout, /::error title=threatcat::input 'fail-on': 'sometimes' is not one of error, warning, never/);
  assert.doesNotMatch(r.stdout + r.stderr, /at .*\.js:\d+/, 'no stack trace');
  assert.equal(gh.requests.length, 0);
});

test('push event: validate only, no API requests, annotations and job summary', async () => {
  const repo = pr();
  const gh = await server(repo);
  const r = await runAction({ repo, apiUrl: gh.url, eventName: 'push' });
  assert.equal(r.code, 1);
  assert.equal(gh.requests.length, 0);
  assert.match(r.stdout, /::error file=examples\/k8s-ops\/k8s-ops\.threats\.yaml,line=31,/);
  assert.match(r.summary, /No surface diff was computed/);
  assert.equal(r.outputs.events, '0');
  assert.ok(!(r.stdout + r.summary + r.outputText).includes(TOKEN));
});

test('fail-on: warning fails on a warning, error does not', async () => {
  const repo = prRepo((dir) => {
    editFile(
      join(dir, CATALOG),
      /( {2}- id: K8SOPS-L5-01\n(?: {4}.*\n)*?) {4}status: open\n/,
      '$1    status: accepted\n    acceptance: { by: "@example/security", reason: audited weekly, reReviewBy: "2026-11-28" }\n',
    );
  });
  const gh = await server(repo);
  assert.equal((await runAction({ repo, apiUrl: gh.url, fork: true })).code, 0);
  assert.equal((await runAction({ repo, apiUrl: gh.url, fork: true, inputs: { 'fail-on': 'warning' } })).code, 1);
  assert.equal(gh.requests.length, 0);
});

test('a removal is commented on the base side (LEFT) of the diff; one problem reported by validate and diff is posted once', async () => {
  const AGENT = 'examples/k8s-ops/manifests/agent.yaml';
  const repo = prRepo((dir) => {
    editFile(
      join(dir, AGENT),
      / {6}- type: Agent\n {8}agent:\n {10}apiGroup: kagent.dev\n {10}kind: Agent\n {10}name: gitops-agent\n/,
      '',
    );
    editFile(
      join(dir, AGENT),
      '            - k8s_delete_resource\n          requireApproval:',
      '          requireApproval:',
    );
  });
  const gh = await server(repo);
  const r = await runAction({ repo, apiUrl: gh.url });
  assert.equal(r.code, 1, r.stdout);
  const comments = gh.reviews[0].comments as Array<{ path: string; line: number; side: string; body: string }>;
  // The line `threatcat diff` gives the event (the removed node, in base), inside the removed block.
  const cli = JSON.parse(
    runCli(['diff', '-C', repo.dir, '--base', repo.base, '--head', repo.head, '--format', 'json']).stdout,
  );
  const event = cli.events.find((e: { subject: string }) => /gitops-agent/.test(e.subject));
  const baseLine = event.line;
  const baseText = git(repo.dir, 'show', `${repo.base}:${AGENT}`).split('\n');
  assert.ok(
    baseLine > baseText.indexOf('      - type: Agent') &&
      baseLine <= baseText.indexOf('          name: gitops-agent') + 1,
  );
  const removal = comments.find((c) => c.side === 'LEFT');
  assert.ok(removal, JSON.stringify(comments, null, 2));
  assert.equal(removal.path, AGENT);
  assert.equal(removal.line, baseLine);
  assert.match(removal.body, /delegation to Agent agents\/gitops-agent/);
  assert.ok(gh.diffLines('LEFT').get(AGENT)!.has(removal.line));
  const approval = comments.filter((c) => /requireApproval tool/.test(c.body));
  assert.equal(approval.length, 1, 'the same message at the same line once');
  // one annotation (the log's folded list of findings has it once too, in the CLI's text format)
  assert.equal((r.stdout.match(/^::\w+ .*requireApproval tool 'k8s_delete_resource'/gm) ?? []).length, 1);
  assert.equal(
    (r.stdout.match(/^\S+:\d+:\d+ {2}\w+ {2}\S+ {2}.*requireApproval tool 'k8s_delete_resource'/gm) ?? []).length,
    1,
  );
});

test('bodies sent to GitHub are scrubbed of the token too (here planted in a catalog title)', async () => {
  const repo = prRepo((dir) => {
    editFile(join(dir, CATALOG), /title: Secrets and ConfigMaps read.*\n/, `title: "leaked ${TOKEN} here"\n`);
    editFile(join(dir, 'examples/k8s-ops/manifests/rbac.yaml'), '    verbs: ["get"]\n', '    verbs: ["get", "list"]\n');
  });
  const gh = await server(repo);
  const r = await runAction({ repo, apiUrl: gh.url });
  assert.equal(r.code, 0, r.stdout);
  const sent = JSON.stringify(gh.requests.map((x) => x.body ?? null));
  assert.match(sent, /leaked \*\*\* here/);
  assert.ok(!sent.includes(TOKEN));
  assert.ok(!(r.stdout + r.stderr + r.summary + r.outputText).includes(TOKEN));
});
