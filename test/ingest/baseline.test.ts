import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baselineConvergence, updateBaseline } from '../../src/analyse/evidence/baseline.js';
import type { Baseline } from '../../src/model/baseline.js';
import type { AttributedRow } from '../../src/analyse/evidence/attribution.js';
import { copyExample, git, runCli } from '../helpers/fixtures.js';

const W = { namespace: 'agents', name: 'k8s-ops' };
const D = (n: number) => `sha256:${String(n).padStart(64, '0')}`;

function exec(binary: string, first: string, last = first): AttributedRow {
  return {
    via: 'agent',
    row: {
      type: 'exec',
      source: 'ebpf',
      workload: 'agents/k8s-ops',
      binary,
      count: 1,
      first,
      last,
      days: { [first.slice(0, 10)]: 1 },
    },
  };
}

test('convergence: a window of at least 14 days with nothing new in the last 7', () => {
  const a = updateBaseline(
    undefined,
    W,
    [exec('/usr/bin/python3', '2026-11-01T00:00:00.000Z', '2026-11-10T00:00:00.000Z')],
    D(1),
  );
  assert.equal(a.after.state, 'learning');
  assert.match(a.after.reason, /observed 9 of 14 days/);
  const b = updateBaseline(
    a.baseline,
    W,
    [exec('/usr/bin/git', '2026-11-12T00:00:00.000Z', '2026-11-16T00:00:00.000Z')],
    D(2),
  );
  assert.equal(b.after.state, 'learning', 'git first seen 4 days before the end');
  assert.deepEqual(b.drift, [], 'no drift while learning');
  const c = updateBaseline(b.baseline, W, [exec('/usr/bin/python3', '2026-11-20T00:00:00.000Z')], D(3));
  assert.equal(c.after.state, 'converged');
  assert.equal(c.after.windowDays, 19);
  assert.equal(baselineConvergence(c.baseline).state, 'converged');
});

test('once converged, new behaviour is drift; known behaviour is not; the same snapshot twice changes nothing', () => {
  const base = updateBaseline(
    undefined,
    W,
    [exec('/usr/bin/python3', '2026-10-01T00:00:00.000Z', '2026-10-30T00:00:00.000Z')],
    D(1),
  ).baseline;
  assert.equal(baselineConvergence(base).state, 'converged');
  const known = updateBaseline(base, W, [exec('/usr/bin/python3', '2026-11-02T00:00:00.000Z')], D(2));
  assert.deepEqual(known.drift, []);
  const fresh = updateBaseline(known.baseline, W, [exec('/bin/sh', '2026-11-03T00:00:00.000Z')], D(3));
  assert.deepEqual(
    fresh.drift.map((d) => [d.kind, d.key]),
    [['exec', '/bin/sh']],
  );
  assert.equal(fresh.after.state, 'learning', 'new behaviour starts a new quiet period');
  const replay = updateBaseline(fresh.baseline, W, [exec('/bin/sh', '2026-11-03T00:00:00.000Z')], D(3));
  assert.equal(replay.changed, false);
  assert.deepEqual(replay.drift, []);
});

test('ingest: drift against a converged baseline re-opens the coercion threats with baseline-drift and exits 1', () => {
  const dir = copyExample();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'example');
  const first = runCli(
    ['ingest', 'evidence/audit.jsonl.gz', 'evidence/tool-calls.jsonl', 'evidence/tetragon.jsonl', '--write', '-C', dir],
    { cwd: dir },
  );
  assert.equal(first.code, 0, first.stderr);
  // Pretend the observation window started three weeks earlier: the baseline is converged.
  const path = join(dir, 'k8s-ops.baseline.json');
  const b = JSON.parse(readFileSync(path, 'utf8')) as Baseline;
  b.window.from = '2026-10-20T00:00:00.000Z';
  for (const x of b.behaviours) x.first = '2026-10-20T00:00:00.000Z';
  writeFileSync(path, JSON.stringify(b, null, 2));
  const calls = join(dir, 'new.jsonl');
  writeFileSync(
    calls,
    '{"time":"2026-11-21T08:00:00Z","workload":"agents/k8s-ops","server":"kagent-tool-server","tool":"k8s_get_events","outcome":"ok"}\n' +
      '{"time":"2026-11-21T08:01:00Z","workload":"agents/k8s-ops","server":"github-mcp","tool":"create_pull_request","outcome":"ok"}\n',
  );
  const r = runCli(['ingest', 'new.jsonl', '--write', '--format', 'json', '-C', dir], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(
    out.drift.map((d: { kind: string; behaviour: string }) => `${d.kind} ${d.behaviour}`),
    ['tool github-mcp/create_pull_request'],
  );
  const reopened = out.reopened.map((x: { threat: string; event: string }) => `${x.threat} ${x.event}`);
  // Closed coercion threats re-open; compromise threats (L3) do not; open ones (L6, CL) are already untrusted.
  assert.deepEqual(reopened, [
    'K8SOPS-L1-01 baseline-drift',
    'K8SOPS-L2-01 baseline-drift',
    'K8SOPS-L5-01 baseline-drift',
    'K8SOPS-L7-01 baseline-drift',
  ]);
  const catalog = readFileSync(join(dir, 'k8s-ops.threats.yaml'), 'utf8');
  const l1 = catalog.slice(catalog.indexOf('id: K8SOPS-L1-01'), catalog.indexOf('id: K8SOPS-L2-01'));
  assert.match(l1, /status: open\n {4}reopened:\n {6}event: baseline-drift/);
  const l3 = catalog.slice(catalog.indexOf('id: K8SOPS-L3-01'), catalog.indexOf('id: K8SOPS-L4-01'));
  assert.match(l3, /status: closed/);
});

test('the baseline keeps the allowed API requests per identity and namespace, merged across snapshots', () => {
  const api = (
    verb: string,
    namespace: string,
    decision: 'allow' | 'forbid' | 'unknown',
    first: string,
    count = 1,
  ): AttributedRow => ({
    via: 'agent',
    row: {
      type: 'api',
      source: 'kube-audit',
      identity: 'system:serviceaccount:agents:k8s-ops-sa',
      workload: 'agents/k8s-ops',
      verb,
      apiGroup: 'apps',
      resource: 'deployments',
      namespace,
      path: '',
      decision,
      names: [],
      namesTruncated: false,
      count,
      first,
      last: first,
      days: { [first.slice(0, 10)]: count },
    },
  });
  const w1 = { from: '2026-11-01T00:00:00Z', to: '2026-11-03T00:00:00Z' };
  const a = updateBaseline(
    undefined,
    W,
    [
      api('patch', 'shop', 'allow', '2026-11-02T10:00:00Z', 3),
      api('delete', 'shop', 'forbid', '2026-11-02T11:00:00Z'),
      api('get', 'shop', 'unknown', '2026-11-02T12:00:00Z'),
    ],
    D(1),
    w1,
  );
  assert.deepEqual(a.baseline.requests, {
    window: w1,
    allowed: [
      {
        identity: 'system:serviceaccount:agents:k8s-ops-sa',
        verb: 'patch',
        apiGroup: 'apps',
        resource: 'deployments',
        namespace: 'shop',
        count: 3,
        first: '2026-11-02T10:00:00Z',
        last: '2026-11-02T10:00:00Z',
      },
    ],
  });
  const b = updateBaseline(a.baseline, W, [api('patch', 'shop', 'allow', '2026-11-05T09:00:00Z', 2)], D(2), {
    from: '2026-11-04T00:00:00Z',
    to: '2026-11-06T00:00:00Z',
  });
  assert.deepEqual(b.baseline.requests?.window, { from: '2026-11-01T00:00:00Z', to: '2026-11-06T00:00:00Z' });
  assert.deepEqual(
    b.baseline.requests?.allowed.map((r) => [r.verb, r.namespace, r.count, r.first, r.last]),
    [['patch', 'shop', 5, '2026-11-02T10:00:00Z', '2026-11-05T09:00:00Z']],
  );
  assert.equal(
    updateBaseline(b.baseline, W, [api('patch', 'shop', 'allow', '2026-11-05T09:00:00Z')], D(2), w1).changed,
    false,
  );
  // A snapshot without kube-audit evidence leaves the requests as they were.
  const c = updateBaseline(b.baseline, W, [exec('/usr/bin/python3', '2026-11-07T00:00:00Z')], D(3));
  assert.deepEqual(c.baseline.requests, b.baseline.requests);
});
