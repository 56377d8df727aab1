import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { editFile, runCli } from '../helpers/fixtures.js';
import { FakeGitHub } from '../helpers/github-server.js';
import { prFiles, prRepo, runAction, TOKEN } from '../helpers/action-env.js';

const servers: FakeGitHub[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

test('threatcat action runs the same Action: a fork PR gets the job summary, no API writes, exit per fail-on', async () => {
  const repo = prRepo((dir) => {
    editFile(join(dir, 'examples/k8s-ops/manifests/model.yaml'), 'claude-sonnet-4-5-20250929', 'claude-sonnet-4-6');
  });
  const gh = new FakeGitHub({ owner: 'acme', repo: 'agents', pull: 7, files: prFiles(repo), viewer: 'github-actions' });
  await gh.start();
  servers.push(gh);
  const r = await runAction({ repo, apiUrl: gh.url, fork: true, viaCli: true });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.summary, /model-version-updated/);
  assert.equal(r.outputs.events, '1');
  assert.equal(gh.writes().length, 0);
  assert.ok(!(r.stdout + r.stderr + r.summary + r.outputText).includes(TOKEN));
});

test('threatcat action outside GitHub Actions is a usage error, not a crash', () => {
  const r = runCli(['action'], { env: { GITHUB_EVENT_PATH: '', GITHUB_EVENT_NAME: '' } });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /not running in GitHub Actions/);
});
