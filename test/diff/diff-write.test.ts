import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffLines } from 'diff';
import jsYaml from 'js-yaml';
import { git, runCli, tempDir } from '../helpers/fixtures.js';
import { CATALOG, commit, convergedRepo, diffJson, edit, reopened } from './scenario.js';

const MODEL = 'manifests/model.yaml';

/** A converged repo whose catalog carries human comments, and a model bump committed on top. */
function bumpedRepo(): string {
  const dir = convergedRepo((d) => {
    edit(
      d,
      CATALOG,
      /( {2}- id: K8SOPS-L1-01\n)/,
      '  # Reviewed by @alice on 2026-10-01: keep the two signals together.\n$1',
    );
    edit(
      d,
      CATALOG,
      /( {2}- id: K8SOPS-L5-01\n(?:.*\n)*? {4}status: closed)\n/,
      '$1   # closed after the October window\n',
    );
  });
  edit(dir, MODEL, 'model: claude-sonnet-4-5-20250929', 'model: claude-sonnet-4-6');
  commit(dir, 'bump model');
  return dir;
}

test('--write re-opens the planned threats with a reopened record; comments and every other line survive', () => {
  const dir = bumpedRepo();
  const before = readFileSync(join(dir, CATALOG), 'utf8');
  const head = git(dir, 'rev-parse', 'HEAD');
  const r = runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--head', 'HEAD', '--write']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /Re-opened:/);
  const after = readFileSync(join(dir, CATALOG), 'utf8');
  const removed = diffLines(before, after)
    .filter((p) => p.removed)
    .flatMap((p) => p.value.replace(/\n$/, '').split('\n'));
  assert.deepEqual(removed, ['    status: closed', '    status: closed   # closed after the October window']);
  assert.ok(after.includes('  # Reviewed by @alice on 2026-10-01: keep the two signals together.\n'));
  assert.ok(
    after.includes('    status: open   # closed after the October window\n'),
    'the comment on the status line stays',
  );
  const data = jsYaml.load(after, { schema: jsYaml.CORE_SCHEMA }) as {
    threats: Array<{ id: string; status: string; reopened?: Record<string, string> }>;
  };
  const l1 = data.threats.find((t) => t.id === 'K8SOPS-L1-01')!;
  assert.equal(l1.status, 'open');
  assert.deepEqual(l1.reopened, {
    event: 'model-version-updated',
    ref: head,
    at: '2026-11-21T12:00:00Z',
    subject: 'ModelConfig agents/k8s-ops-model',
  });
  assert.deepEqual(
    data.threats
      .filter((t) => t.status === 'open')
      .map((t) => t.id)
      .sort(),
    ['K8SOPS-L1-01', 'K8SOPS-L5-01'],
  );
  // The written catalog is still valid for the schema.
  const v = runCli(['validate', '-C', dir, '--format', 'json']);
  assert.deepEqual(
    JSON.parse(v.stdout).findings.filter((f: { rule: string }) => f.rule === 'schema'),
    [],
  );
});

test('--write twice equals --write once (same bytes), and the check passes once applied', () => {
  const dir = bumpedRepo();
  assert.equal(
    runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--head', 'HEAD', '--write'], {
      env: { THREATCAT_NOW: '2026-11-21T12:00:00Z' },
    }).code,
    0,
  );
  const once = readFileSync(join(dir, CATALOG));
  const second = runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--head', 'HEAD', '--write'], {
    env: { THREATCAT_NOW: '2026-12-01T08:00:00Z' },
  });
  assert.equal(second.code, 0, second.stdout + second.stderr);
  assert.ok(readFileSync(join(dir, CATALOG)).equals(once), 'second run changed the catalog');
  // Committed, the head now reflects the plan: without --write the check is clean.
  commit(dir, 'apply re-open plan');
  const { code, out } = diffJson(dir, '--base', 'HEAD~2', '--head', 'HEAD');
  assert.equal(code, 0);
  assert.deepEqual(out.reopen, []);
  assert.deepEqual(out.alreadyOpen.map((x) => x.threat).sort(), ['K8SOPS-L1-01', 'K8SOPS-L5-01']);
  assert.equal(out.events.length, 1);
});

test('without --write the check fails (exit 1) while head still has closed threats the change invalidates', () => {
  const dir = bumpedRepo();
  const before = readFileSync(join(dir, CATALOG));
  const { code, out } = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  assert.equal(code, 1);
  assert.equal(out.pending, true);
  assert.deepEqual(reopened(out), ['K8SOPS-L1-01', 'K8SOPS-L5-01']);
  assert.ok(readFileSync(join(dir, CATALOG)).equals(before), 'nothing written without --write');
});

test('--staged compares the index with HEAD: staged changes count, unstaged ones do not', () => {
  const dir = convergedRepo();
  edit(dir, MODEL, 'model: claude-sonnet-4-5-20250929', 'model: claude-sonnet-4-6');
  git(dir, 'add', MODEL);
  // Unstaged: a new permission in the working tree only.
  edit(dir, 'manifests/rbac.yaml', 'verbs: ["get"]', 'verbs: ["get", "list"]');
  const staged = diffJson(dir, '--staged');
  assert.deepEqual(
    staged.out.events.map((e) => e.type),
    ['model-version-updated'],
  );
  assert.equal(staged.out.head, 'index');
  // The working tree (default head) sees both.
  const worktree = diffJson(dir, '--base', 'HEAD');
  assert.deepEqual(worktree.out.events.map((e) => e.type).sort(), ['model-version-updated', 'permissions-changed']);
  // --staged --write edits the catalog in the working tree, for the author to stage.
  assert.equal(runCli(['diff', '-C', dir, '--staged', '--write']).code, 0);
  assert.match(
    readFileSync(join(dir, CATALOG), 'utf8'),
    /reopened:\n {6}event: model-version-updated\n {6}ref: index on [0-9a-f]{12}\n/,
  );
});

test('the working tree includes new files nobody has added yet', () => {
  const dir = convergedRepo();
  writeFileSync(
    join(dir, 'manifests/extra-rbac.yaml'),
    [
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: RoleBinding',
      'metadata: { name: extra, namespace: prod }',
      'roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: k8s-ops }',
      'subjects: [{ kind: ServiceAccount, name: k8s-ops-sa, namespace: agents }]',
      '',
    ].join('\n'),
  );
  const { out } = diffJson(dir, '--base', 'HEAD');
  // The same ClusterRole, now also bound in namespace prod: new (namespace-scoped) permissions.
  assert.ok(
    out.events.some((e) => e.type === 'permissions-changed'),
    JSON.stringify(out.events),
  );
});

test('bad refs and bad option combinations exit 2 naming the problem', () => {
  const dir = convergedRepo();
  const bad = runCli(['diff', '-C', dir, '--base', 'no-such-branch']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--base no-such-branch: no such commit/);
  const badHead = runCli(['diff', '-C', dir, '--base', 'HEAD', '--head', 'v9.9.9']);
  assert.equal(badHead.code, 2);
  assert.match(badHead.stderr, /--head v9\.9\.9: no such commit/);
  assert.match(runCli(['diff', '-C', dir]).stderr, /needs --base/);
  assert.equal(runCli(['diff', '-C', dir, '--staged', '--head', 'HEAD']).code, 2);
  assert.match(runCli(['diff', '-C', dir, '--base', '--upload-pack=x']).stderr, /--base/);
  const notRepo = runCli(['diff', '-C', '/tmp', '--base', 'HEAD']);
  assert.equal(notRepo.code, 2);
  assert.match(notRepo.stderr, /not inside a git work tree/);
  for (const r of [bad, badHead, notRepo]) assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});

test('github and sarif formats annotate the changed lines', () => {
  const dir = bumpedRepo();
  const gh = runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'github']);
  assert.match(
    gh.stdout,
    /^::warning file=manifests\/model\.yaml,line=8,col=\d+,title=threatcat model-version-updated::ModelConfig agents\/k8s-ops-model: .*Re-opens K8SOPS-L1-01, K8SOPS-L5-01/m,
  );
  const sarif = JSON.parse(
    runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'sarif']).stdout,
  );
  const result = sarif.runs[0].results[0];
  assert.equal(result.ruleId, 'model-version-updated');
  assert.deepEqual(result.locations[0].physicalLocation.region.startLine, 8);
  const text = runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--head', 'HEAD']);
  // The same line validate prints for a finding: file:line:col  severity  rule  message.
  assert.match(
    text.stdout,
    /^manifests\/model\.yaml:8:\d+ {2}warning {2}model-version-updated {2}ModelConfig agents\/k8s-ops-model: model \S+ → \S+ \(agent agents\/k8s-ops\)\.$/m,
  );
});

test('--staged before the first commit compares the index with nothing (everything staged is new)', () => {
  const dir = convergedRepo();
  rmSync(join(dir, '.git'), { recursive: true, force: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  const { code, out } = diffJson(dir, '--staged');
  assert.ok(
    out.events.some((e) => e.type === 'mcp-connection-added' && /kagent-tool-server/.test(e.subject)),
    JSON.stringify(out.events),
  );
  assert.equal(code, 1, 'the new agent invalidates the closed threats');
});

test('-C a directory inside the repository: paths are relative to it, and --write edits its catalogs', () => {
  const repo = tempDir('threatcat-sub-');
  const dir = join(repo, 'platform');
  cpSync(convergedRepo(), dir, { recursive: true, filter: (src) => !src.includes('/.git') });
  writeFileSync(join(repo, 'README.md'), 'monorepo\n');
  git(repo, 'init', '-q', '-b', 'main');
  commit(repo, 'base');
  edit(dir, MODEL, 'model: claude-sonnet-4-5-20250929', 'model: claude-sonnet-4-6');
  const { out } = diffJson(dir, '--base', 'main');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.file, e.catalog]),
    [['model-version-updated', MODEL, CATALOG]],
  );
  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write']).code, 0);
  assert.match(readFileSync(join(dir, CATALOG), 'utf8'), /reopened:\n {6}event: model-version-updated/);
});

test('--write records the autonomy tier the change leaves: approvals dropped make the catalog say autonomous, the autonomy factor and the AIVSS scores follow, and the report too', () => {
  const dir = convergedRepo();
  edit(
    dir,
    'manifests/agent.yaml',
    /\n {10}requireApproval:\n {12}- k8s_apply_manifest\n {12}- k8s_delete_resource/,
    '',
  );
  commit(dir, 'no more approvals');
  const { out } = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  const tier = out.events.find((e) => e.type === 'autonomy-tier-changed' && e.subject === 'autonomy tier');
  assert.deepEqual([tier?.before, tier?.after], ['approval', 'autonomous']);
  const w = runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--head', 'HEAD', '--write'], {
    env: { THREATCAT_NOW: '2026-11-21T12:00:00Z' },
  });
  assert.equal(w.code, 0, w.stdout + w.stderr);
  const catalog = jsYaml.load(readFileSync(join(dir, CATALOG), 'utf8')) as { agent: { autonomyTier: string } };
  assert.equal(catalog.agent.autonomyTier, 'autonomous');
  // The factor init would propose for what the agent now does alone (the catalog held its proposal for base), with
  // the person's comment on its line, and every AIVSS score recomputed with it: validate has nothing stale to say.
  const text = readFileSync(join(dir, CATALOG), 'utf8');
  assert.match(text, /\n {6}autonomyOfAction: 1\.0 {8}# 0\.70\n/);
  assert.match(text, /vector: "?\(CVSS:7\.0\/AARS:7\.0\)/);
  const v = JSON.parse(runCli(['validate', '-C', dir, '--format', 'json']).stdout) as { findings: { rule: string }[] };
  assert.deepEqual(
    v.findings.filter((f) => f.rule === 'schema' || f.rule === 'aivss-score-stale'),
    [],
  );
  commit(dir, 'threat model: diff --write');
  assert.match(runCli(['report', '-C', dir]).stdout, /autonomy tier \*\*autonomous\*\*/);
});

test('--write leaves a tier the catalog declares on purpose (not the one the manifests had) as it is', () => {
  const dir = convergedRepo((d) => edit(d, CATALOG, 'autonomyTier: approval', 'autonomyTier: manual'));
  edit(
    dir,
    'manifests/agent.yaml',
    /\n {10}requireApproval:\n {12}- k8s_apply_manifest\n {12}- k8s_delete_resource/,
    '',
  );
  commit(dir, 'no more approvals');
  runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--head', 'HEAD', '--write']);
  const catalog = jsYaml.load(readFileSync(join(dir, CATALOG), 'utf8')) as { agent: { autonomyTier: string } };
  assert.equal(catalog.agent.autonomyTier, 'manual');
});
