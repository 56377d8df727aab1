import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import AjvDraft04Module from 'ajv-draft-04';
import { editFile, git, NO_SARIF_SCHEMA, runCli, SARIF_SCHEMA, tempDir } from '../helpers/fixtures.js';
import { FakeGitHub, type User } from '../helpers/github-server.js';
import { prFiles, prRepo, readSarif, runAction, TOKEN, type ActionRun, type PrRepo } from '../helpers/action-env.js';

// ajv-draft-04 is CommonJS: its class is the module's `default` property.
const AjvDraft04 = AjvDraft04Module.default;

const CATALOG = 'examples/k8s-ops/k8s-ops.threats.yaml';
const RBAC = 'examples/k8s-ops/manifests/rbac.yaml';
const MALLORY: User = { login: 'mallory', type: 'User' };
const MARKER = '<!-- threatcat:summary -->';

/** Every run's output, checked for the token at the end. */
const seen: ActionRun[] = [];
const servers: FakeGitHub[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

async function start(
  repo: PrRepo,
  opts: Partial<ConstructorParameters<typeof FakeGitHub>[0]> = {},
): Promise<FakeGitHub> {
  const gh = new FakeGitHub({
    owner: 'acme',
    repo: 'agents',
    pull: 7,
    files: prFiles(repo),
    viewer: 'github-actions',
    ...opts,
  });
  await gh.start();
  servers.push(gh);
  return gh;
}

async function run(
  repo: PrRepo,
  gh: FakeGitHub,
  extra: Partial<Parameters<typeof runAction>[0]> = {},
): Promise<ActionRun> {
  const r = await runAction({ repo, apiUrl: gh.url, ...extra });
  seen.push(r);
  return r;
}

/**
 * The PR: two AIVSS factors set to illegal levels in the catalog (errors on changed lines) and `list` added to the
 * agent's secrets rule (a permissions-changed event on a changed manifest line). The base already has an acceptance
 * that expires soon (a warning on a catalog line the PR does not touch). Main moves on meanwhile with a schema error
 * of its own, present in the merge commit GITHUB_SHA but not in the PR head.
 */
function examplePr(): PrRepo {
  return prRepo(
    (dir) => {
      editFile(join(dir, CATALOG), 'autonomyOfAction: 0.5 ', 'autonomyOfAction: 0.7 ');
      editFile(join(dir, CATALOG), 'goalDrivenPlanning: 1.0 ', 'goalDrivenPlanning: 0.8 ');
      editFile(join(dir, RBAC), '    verbs: ["get"]\n', '    verbs: ["get", "list"]\n');
    },
    (dir) => {
      editFile(join(dir, CATALOG), '    layer: L7\n', '    layer: L9\n');
    },
    (dir) => {
      editFile(
        join(dir, CATALOG),
        /( {2}- id: K8SOPS-L5-01\n(?: {4}.*\n)*?) {4}status: open\n/,
        '$1    status: accepted\n    acceptance: { by: "@example/security", reason: audited weekly, reReviewBy: "2026-11-28" }\n',
      );
    },
  );
}

function lineIn(repo: PrRepo, needle: string): number {
  return (
    git(repo.dir, 'show', `${repo.head}:${CATALOG}`)
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1
  );
}

function writesOf(gh: FakeGitHub): string[] {
  return gh.writes().map((r) => `${r.method} ${r.path}`);
}

test('same-repository PR: one summary comment and one review on diff lines; a re-run updates the comment and repeats nothing', async () => {
  const repo = examplePr();
  // Three comments before ours so the lookup has to follow Link pagination (page size 2): one by another user
  // carries our marker and must be ignored and left alone.
  const gh = await start(repo, { pageSize: 2 });
  gh.issueComments.push(
    { id: 1, body: 'LGTM', user: { login: 'alice', type: 'User' } },
    { id: 2, body: `${MARKER}\nfake summary planted by someone else`, user: MALLORY },
    { id: 3, body: 'another comment', user: { login: 'bob', type: 'User' } },
  );

  const first = await run(repo, gh);
  assert.equal(first.code, 1, first.stdout + first.stderr);
  assert.deepEqual(writesOf(gh), [
    'POST /repos/acme/agents/issues/7/comments',
    'POST /repos/acme/agents/pulls/7/reviews',
  ]);
  const ours = gh.issueComments.filter((c) => c.user.login === 'github-actions[bot]');
  assert.equal(ours.length, 1);
  assert.ok(ours[0].body.startsWith(MARKER));
  assert.match(ours[0].body, /aivss-factor-level/);
  assert.match(ours[0].body, /acceptance-expiring/);
  assert.match(ours[0].body, /\*\*Permissions changed\*\* .*: permissions `\+ list secrets in /);
  // The open threats whose evidence the new permission invalidates, with class, layer and AIVSS.
  assert.match(
    ours[0].body,
    /\| `K8SOPS-L2-01` Secrets and ConfigMaps read into the context .*\| open: re-validate its evidence \| coercion \| L2 \| \*\*\d+\.\d\*\* (Medium|High|Critical) \| 7\.5 \(poc\) \| permissions-changed \|/,
  );
  assert.match(ours[0].body, /```mermaid\nflowchart LR/);
  assert.doesNotMatch(ours[0].body, /L9/, 'the merge commit was analysed instead of the PR head');
  assert.equal(gh.issueComments.find((c) => c.id === 2)!.body, `${MARKER}\nfake summary planted by someone else`);

  // The review: COMMENT on the head commit, inline comments only on RIGHT lines inside the diff hunks.
  assert.equal(gh.reviews.length, 1);
  const review = gh.reviews[0];
  assert.equal(review.event, 'COMMENT');
  assert.equal(review.commit_id, repo.head);
  const diff = gh.diffLines();
  const inline = review.comments as Array<{ path: string; line: number; side: string; body: string }>;
  // The event sits where `threatcat diff` puts it: the changed node of the manifest.
  const cli = JSON.parse(
    runCli(['diff', '-C', repo.dir, '--base', repo.base, '--head', repo.head, '--format', 'json']).stdout,
  );
  assert.equal(cli.events.length, 1);
  const rbacRule = cli.events[0].line;
  assert.equal(cli.events[0].file, RBAC);
  assert.deepEqual(
    inline.map((c) => `${c.path}:${c.line}`).sort(),
    [
      `${CATALOG}:${lineIn(repo, 'autonomyOfAction: 0.7')}`,
      `${CATALOG}:${lineIn(repo, 'goalDrivenPlanning: 0.8')}`,
      `${RBAC}:${rbacRule}`,
    ].sort(),
  );
  const eventComment = inline.find((c) => c.path === RBAC)!;
  assert.match(eventComment.body, /permissions-changed/);
  assert.match(eventComment.body, /`K8SOPS-L2-01` \(L2, coercion, AIVSS \d+\.\d\)/);
  for (const c of inline) {
    assert.equal(c.side, 'RIGHT');
    assert.ok(diff.get(c.path)?.has(c.line), `${c.path}:${c.line} is not in the PR diff`);
  }
  // The expiring acceptance sits on an unchanged catalog line: summary and annotation only.
  assert.ok(!inline.some((c) => /acceptance-expiring/.test(c.body)));
  assert.match(
    first.stdout,
    new RegExp(
      `::warning file=examples/k8s-ops/k8s-ops\\.threats\\.yaml,line=${lineIn(repo, 'reReviewBy')},col=\\d+,title=threatcat acceptance-expiring::`,
    ),
  );
  assert.match(first.summary, /acceptance-expiring/);
  assert.equal(first.outputs.findings, '3');
  assert.equal(first.outputs.events, '1');
  assert.equal(first.outputs.reopened, '0');
  assert.equal(first.outputs.concerned, '4');
  assert.equal(first.outputs.sarif, join(repo.dir, 'threatcat.sarif'));

  // Second run, same PR state.
  const before = gh.requests.length;
  const second = await run(repo, gh);
  assert.equal(second.code, 1);
  const secondWrites = gh.requests
    .slice(before)
    .filter((r) => r.method !== 'GET' && r.path !== '/graphql')
    .map((r) => `${r.method} ${r.path}`);
  assert.deepEqual(secondWrites, [`PATCH /repos/acme/agents/issues/comments/${ours[0].id}`]);
  assert.equal(gh.issueComments.filter((c) => c.body.includes(MARKER)).length, 2, "ours and mallory's, nothing more");
  assert.equal(gh.issueComments.filter((c) => c.user.login === 'github-actions[bot]').length, 1);
  assert.equal(gh.reviews.length, 1, 'nothing new to say: no second review');
  assert.equal(gh.reviewComments.length, 3);
  assert.match(second.stdout, /3 already there/);
  // The comment lookup followed the Link header to the last page.
  assert.ok(
    gh.requests.some((r) => r.method === 'GET' && r.path.endsWith('/issues/7/comments') && r.query.get('page') === '2'),
  );
});

test('when GraphQL is unavailable the comment is still matched as github-actions[bot], never duplicated', async () => {
  const repo = examplePr();
  const gh = await start(repo, { viewer: undefined });
  await run(repo, gh);
  await run(repo, gh);
  assert.deepEqual(writesOf(gh), [
    'POST /repos/acme/agents/issues/7/comments',
    'POST /repos/acme/agents/pulls/7/reviews',
    `PATCH /repos/acme/agents/issues/comments/${gh.issueComments[0].id}`,
  ]);
});

test('a personal token without GraphQL: identity from GET /user, its comment found and updated', async () => {
  const repo = examplePr();
  const gh = await start(repo, { viewer: undefined, restUser: 'ci-user', author: { login: 'ci-user', type: 'User' } });
  gh.issueComments.push({ id: 5, body: `${MARKER}\nplanted`, user: { login: 'github-actions[bot]', type: 'Bot' } });
  const first = await run(repo, gh);
  assert.match(first.stdout, /writing as ci-user \(GET \/user\)/);
  await run(repo, gh);
  const ours = gh.issueComments.filter((c) => c.user.login === 'ci-user');
  assert.equal(ours.length, 1);
  assert.deepEqual(writesOf(gh), [
    'POST /repos/acme/agents/issues/7/comments',
    'POST /repos/acme/agents/pulls/7/reviews',
    `PATCH /repos/acme/agents/issues/comments/${ours[0].id}`,
  ]);
  assert.equal(gh.issueComments.find((c) => c.id === 5)!.body, `${MARKER}\nplanted`, 'not ours: left alone');
});

test('outdated inline comments are deleted on the next run; replied-to ones are kept and their threads resolved', async () => {
  const repo = examplePr();
  const gh = await start(repo);
  await run(repo, gh);
  assert.equal(gh.reviewComments.length, 3);
  const onGoal = gh.reviewComments.find(
    (c) => c.path === CATALOG && c.line === lineIn(repo, 'goalDrivenPlanning: 0.8'),
  )!;
  const onAutonomy = gh.reviewComments.find((c) => c.path === CATALOG && c !== onGoal)!;
  const onRbac = gh.reviewComments.find((c) => c.path === RBAC)!;
  gh.reviewComments.push({
    id: gh.id(),
    body: 'why is 0.8 wrong?',
    path: onGoal.path,
    line: onGoal.line,
    side: 'RIGHT',
    user: MALLORY,
    in_reply_to_id: onGoal.id,
    commit_id: repo.head,
  });

  // The author fixes both factors in a new commit on the branch.
  git(repo.dir, 'checkout', '-q', 'feature');
  editFile(join(repo.dir, CATALOG), 'autonomyOfAction: 0.7 ', 'autonomyOfAction: 0.5 ');
  editFile(join(repo.dir, CATALOG), 'goalDrivenPlanning: 0.8 ', 'goalDrivenPlanning: 1.0 ');
  git(repo.dir, 'commit', '-qam', 'fix the factors');
  const next: PrRepo = { ...repo, head: git(repo.dir, 'rev-parse', 'HEAD') };
  git(repo.dir, 'checkout', '-q', '--detach', next.head);
  next.checkedOut = next.head;
  gh.opts.files = prFiles(next);
  const before = gh.requests.length;
  const r = await run(next, gh);
  assert.equal(r.code, 0, 'only the expiring acceptance (a warning) is left');
  const writes = gh.requests
    .slice(before)
    .filter((x) => x.method !== 'GET' && x.path !== '/graphql')
    .map((x) => `${x.method} ${x.path}`);
  assert.ok(writes.includes(`DELETE /repos/acme/agents/pulls/comments/${onAutonomy.id}`), writes.join('\n'));
  assert.ok(
    !writes.includes(`DELETE /repos/acme/agents/pulls/comments/${onGoal.id}`),
    'a comment with a reply is kept',
  );
  assert.deepEqual([...gh.resolvedThreads], [`T_${onGoal.id}`], 'and its thread resolved');
  assert.ok(
    !writes.includes(`DELETE /repos/acme/agents/pulls/comments/${onRbac.id}`),
    'the permission change is still in the PR',
  );
  assert.ok(!writes.some((w) => w.endsWith('/reviews')), 'nothing new on the changed lines');
});

test('422 on the review: retried once without inline comments, which are listed in the review body', async () => {
  const repo = examplePr();
  const gh = await start(repo, { rejectInline: true });
  const r = await run(repo, gh);
  assert.equal(r.code, 1);
  const posts = gh.requests.filter((x) => x.method === 'POST' && x.path.endsWith('/reviews'));
  assert.equal(posts.length, 2);
  assert.equal(posts[0].body.comments.length, 3);
  assert.equal(posts[1].body.comments, undefined);
  assert.equal(gh.reviews.length, 1);
  assert.match(gh.reviews[0].body, /GitHub did not accept them as inline comments/);
  assert.match(gh.reviews[0].body, /autonomyOfAction/);
  assert.match(r.stdout, /rejected the inline comments \(422\)/);
});

test('read-only token (403 Resource not accessible by integration): one refused write, then annotations and summary only', async () => {
  const repo = examplePr();
  const gh = await start(repo, { readOnly: true });
  const r = await run(repo, gh);
  assert.equal(r.code, 1, 'fail-on: error still decides the exit code');
  assert.deepEqual(writesOf(gh), ['POST /repos/acme/agents/issues/7/comments']);
  assert.match(
    r.stdout,
    /::warning title=threatcat::cannot write to the pull request \(HTTP 403: Resource not accessible by integration/,
  );
  assert.match(r.stdout, /::error file=examples\/k8s-ops\/k8s-ops\.threats\.yaml,line=\d+/);
  assert.match(r.summary, /may not write to this pull request/);
  const never = await run(repo, gh, { inputs: { 'fail-on': 'never' } });
  assert.equal(never.code, 0);
});

test('fork PR: no write requests at all, job summary and annotations written, exit per fail-on', async () => {
  const repo = examplePr();
  const gh = await start(repo);
  const r = await run(repo, gh, { fork: true });
  assert.equal(r.code, 1);
  assert.deepEqual(
    gh.requests.filter((x) => x.method !== 'GET').map((x) => `${x.method} ${x.path}`),
    [],
  );
  assert.match(r.summary, /comes from a fork/);
  assert.match(r.summary, /aivss-factor-level/);
  assert.match(r.stdout, /::error file=examples\/k8s-ops\/k8s-ops\.threats\.yaml/);
  assert.equal(r.outputs.findings, '3');
  assert.equal((await run(repo, gh, { fork: true, inputs: { 'fail-on': 'never' } })).code, 0);
  // Warnings only do not fail with fail-on: error, but do with fail-on: warning.
  assert.equal(gh.requests.filter((x) => x.method !== 'GET').length, 0);
});

test('mode: commit on a fork pushes nothing and says so', async () => {
  const repo = examplePr();
  const gh = await start(repo);
  const headBefore = git(repo.dir, 'rev-parse', 'feature');
  const r = await run(repo, gh, { fork: true, inputs: { mode: 'commit' } });
  assert.equal(r.code, 1);
  assert.equal(git(repo.dir, 'rev-parse', 'feature'), headBefore);
  assert.match(r.summary, /mode: commit does nothing on a fork/);
  assert.equal(gh.requests.filter((x) => x.method !== 'GET').length, 0);
});

test('more than 30 inline comments: 30 in the review, the rest listed in its body', async () => {
  const repo = prRepo((dir) => {
    const extra = Array.from({ length: 34 }, (_, i) =>
      [
        `  - id: EXTRA-${i}`,
        `    title: extra threat ${i}`,
        '    class: coercion',
        '    layer: L2',
        `    components: [no-such-component-${i}]`,
        '    status: open',
        '    evidence: []',
      ].join('\n'),
    ).join('\n');
    const file = join(dir, CATALOG);
    editFile(file, /\n$/, `\n${extra}\n`);
  });
  const gh = await start(repo);
  const r = await run(repo, gh);
  assert.equal(r.code, 1);
  assert.equal(gh.reviews.length, 1);
  assert.equal(gh.reviews[0].comments.length, 30);
  assert.equal((gh.reviews[0].body.match(/^- `/gm) ?? []).length, 4);
  // At most 10 error annotations in the step.
  assert.equal((r.stdout.match(/^::error /gm) ?? []).length, 10);
  assert.match(r.stdout, /more annotations left out/);
});

test('a server that echoes the Authorization header in an error does not get the token printed', async () => {
  const repo = examplePr();
  const gh = await start(repo, { echoTokenOnComment: true });
  const r = await run(repo, gh);
  assert.match(r.stdout, /summary comment failed: HTTP 500/);
  assert.ok(
    gh.requests.every((x) => x.authorization === `token ${TOKEN}`),
    'the token is sent, as a header only',
  );
});

test('the SARIF file passes the SARIF 2.1.0 schema and carries stable fingerprints', async (t) => {
  const repo = examplePr();
  const gh = await start(repo);
  await run(repo, gh);
  const sarif = readSarif(repo);
  if (SARIF_SCHEMA) {
    const schema = JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8'));
    assert.equal(schema.$schema, 'http://json-schema.org/draft-04/schema#');
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid: boolean = validate(sarif);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
  } else {
    t.diagnostic(NO_SARIF_SCHEMA);
  }
  const results = sarif.runs[0].results as Array<{
    ruleId: string;
    partialFingerprints: Record<string, string>;
    locations: any[];
  }>;
  assert.deepEqual(results.map((x) => x.ruleId).sort(), [
    'acceptance-expiring',
    'aivss-factor-level',
    'aivss-factor-level',
    'evidence-invalidated',
    'evidence-invalidated',
    'evidence-invalidated',
    'evidence-invalidated',
    'permissions-changed',
  ]);
  // security-severity from AIVSS on the threats, as GitHub code scanning reads it (a string, 0.1-10).
  for (const x of results.filter((y) => y.ruleId === 'evidence-invalidated') as any[]) {
    assert.match(x.properties['security-severity'], /^\d+\.\d$/);
  }
  for (const x of results) {
    assert.match(x.locations[0].physicalLocation.artifactLocation.uri, /^examples\/k8s-ops\//);
    assert.match(x.partialFingerprints['threatcat/v1'], /^[0-9a-f]{32}$/);
    assert.ok(x.partialFingerprints.primaryLocationLineHash, 'the fingerprint code scanning reads');
  }
  const again = await run(repo, gh);
  assert.equal(again.code, 1);
  assert.deepEqual(
    readSarif(repo).runs[0].results.map((x: any) => x.partialFingerprints),
    results.map((x) => x.partialFingerprints),
  );
});

test('the token appears in no output of any run (stdout, stderr, job summary, outputs)', () => {
  assert.ok(seen.length >= 10, `only ${seen.length} runs recorded`);
  for (const r of seen) {
    for (const [name, text] of Object.entries({
      stdout: r.stdout,
      stderr: r.stderr,
      summary: r.summary,
      outputs: r.outputText,
    })) {
      assert.ok(!text.includes(TOKEN), `token printed in ${name}`);
      assert.ok(!text.includes(TOKEN.slice(4, 24)), `part of the token printed in ${name}`);
    }
  }
});

/**
 * A threat that was closed against runtime evidence, and a PR that widens the permission it depends on: the catalog
 * must re-open it. The PR also touches the threat's CVSS line, so its status line is inside the diff and the Action
 * can offer the catalog edit as a suggestion.
 */
const SNAPSHOT = `sha256:${'ab'.repeat(32)}`;
function closedThreatPr(): PrRepo {
  return prRepo(
    (dir) => {
      editFile(join(dir, RBAC), '    verbs: ["get"]\n', '    verbs: ["get", "list"]\n');
      editFile(
        join(dir, CATALOG),
        '    cvss: { base: 7.5, exploitMaturity: poc }\n',
        '    cvss: { base: 7.6, exploitMaturity: poc }\n',
      );
    },
    undefined,
    (dir) => {
      editFile(
        join(dir, CATALOG),
        '    cvss: { base: 7.5, exploitMaturity: poc }\n    status: open\n',
        '    cvss: { base: 7.5, exploitMaturity: poc }\n    status: closed\n',
      );
      editFile(
        join(dir, CATALOG),
        '          match: { verb: [get, list], resource: secrets, decision: allow }\n',
        `          match: { verb: [get, list], resource: secrets, decision: allow }\n        validated: { at: "2026-11-15T00:00:00Z", snapshot: "${SNAPSHOT}", events: 42 }\n`,
      );
    },
  );
}

test('check mode: a re-open the catalog does not record fails the check and is offered as a suggestion on the catalog lines', async () => {
  const repo = closedThreatPr();
  const gh = await start(repo);
  const r = await run(repo, gh);
  assert.equal(r.code, 1, r.stdout);
  assert.equal(r.outputs.reopened, '1');
  assert.match(
    r.stdout,
    /::error file=examples\/k8s-ops\/k8s-ops\.threats\.yaml,line=\d+,col=1,title=threatcat reopen-pending::K8SOPS-L2-01 is re-opened by permissions-changed/,
  );
  const summary = gh.issueComments[0].body;
  assert.match(summary, /\| `K8SOPS-L2-01` .*\| \*\*re-open pending\*\*: the catalog still says `closed` \|/);
  const statusLine = lineIn(repo, 'status: closed');
  const suggestion = gh.reviews[0].comments.find((c: any) => /```suggestion/.test(c.body)) as {
    path: string;
    line: number;
    body: string;
    start_line?: number;
  };
  assert.ok(suggestion, 'a suggestion comment');
  assert.equal(suggestion.path, CATALOG);
  assert.equal(suggestion.line, statusLine);
  assert.equal(suggestion.start_line, undefined);
  assert.match(suggestion.body, /```suggestion\n {4}status: open\n {4}reopened:\n/);
  assert.ok(gh.diffLines().get(CATALOG)!.has(statusLine));
  // A later run (another time stamp in the suggested record) repeats neither the suggestion nor anything else.
  await run(repo, gh, { env: { THREATCAT_NOW: '2026-11-22T08:30:00Z' } });
  assert.equal(gh.reviews.length, 1);
  assert.ok(!gh.requests.some((x) => x.method === 'DELETE'));
});

test('mode: commit applies the re-open plan and pushes one commit to the PR branch', async () => {
  const repo = closedThreatPr();
  const origin = tempDir('threatcat-origin-');
  git(origin, 'init', '-q', '--bare');
  git(repo.dir, 'remote', 'add', 'origin', origin);
  git(repo.dir, 'push', '-q', 'origin', 'main', 'feature');
  const gh = await start(repo);
  const r = await run(repo, gh, { inputs: { mode: 'commit' } });
  assert.equal(r.code, 0, r.stdout);
  const pushed = git(origin, 'rev-parse', 'feature');
  assert.notEqual(pushed, repo.head);
  assert.equal(git(origin, 'rev-parse', `${pushed}^`), repo.head, 'exactly one commit on top of the PR head');
  const catalog = git(origin, 'show', `${pushed}:${CATALOG}`);
  assert.match(
    catalog,
    /- id: K8SOPS-L2-01\n(?: {4}.*\n)*? {4}status: open\n {4}reopened:\n {6}event: permissions-changed\n/,
  );
  assert.deepEqual(git(origin, 'diff', '--name-only', repo.head, pushed).split('\n'), [CATALOG]);
  assert.match(r.summary, new RegExp(`pushed ${pushed.slice(0, 12)} to feature`));
  assert.ok(
    !gh.reviews.some((x) => x.comments.some((c: any) => /```suggestion/.test(c.body))),
    'no suggestion once applied',
  );
  // The job's own checkout is untouched.
  assert.equal(git(repo.dir, 'rev-parse', 'HEAD'), repo.checkedOut);
});

test('mode: commit when the push is refused: a warning, nothing forced, the check fails on the pending re-open', async () => {
  const repo = closedThreatPr();
  const origin = tempDir('threatcat-origin-');
  git(origin, 'init', '-q', '--bare');
  git(repo.dir, 'remote', 'add', 'origin', origin);
  git(repo.dir, 'push', '-q', 'origin', 'main', 'feature');
  // Someone pushed to the branch after the run started: the Action's commit no longer fast-forwards.
  const other = tempDir('threatcat-other-');
  git(other, 'clone', '-q', '-b', 'feature', origin, '.');
  git(other, 'commit', '-q', '--allow-empty', '-m', 'meanwhile');
  git(other, 'push', '-q', 'origin', 'feature');
  const moved = git(origin, 'rev-parse', 'feature');
  const gh = await start(repo);
  const r = await run(repo, gh, { inputs: { mode: 'commit' } });
  assert.equal(r.code, 1, r.stdout);
  assert.match(
    r.stdout,
    /::warning title=threatcat::mode: commit could not push the re-open plan to feature: .*rejected/,
  );
  assert.equal(git(origin, 'rev-parse', 'feature'), moved, 'nothing forced');
  assert.match(r.stdout, /title=threatcat reopen-pending::/);
});
