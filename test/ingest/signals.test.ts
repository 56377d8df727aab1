import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateThreat, glob, type SignalContext } from '../../src/analyse/evidence/signals.js';
import { attribute } from '../../src/analyse/evidence/attribution.js';
import type { Threat } from '../../src/model/catalog.js';
import type { Row } from '../../src/model/observation.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { readEvidence } from '../../src/read/evidence/read-evidence.js';
import { execBinary } from '../../src/model/exec-binary.js';
import { ROOT, tempDir } from '../helpers/fixtures.js';

const T = '2026-11-20T10:00:00.000Z';
const base = { count: 2, first: T, last: T, days: { '2026-11-20': 2 } };
const ROWS: Row[] = [
  { type: 'exec', source: 'ebpf', workload: 'agents/k8s-ops', binary: '/usr/bin/curl', ...base },
  { type: 'seen', source: 'ebpf', workload: 'agents/k8s-ops', ...base },
  { type: 'file', source: 'ebpf', workload: 'agents/other', path: '/etc/shadow', ...base },
  { type: 'seen', source: 'ebpf', workload: 'agents/other', ...base },
  {
    type: 'tool',
    source: 'mcp-log',
    workload: 'agents/k8s-ops',
    server: 's',
    tool: 'k8s_delete_resource',
    outcome: 'error',
    ...base,
  },
  {
    type: 'api',
    source: 'kube-audit',
    identity: 'system:serviceaccount:kagent:kagent-tools',
    workload: 'kagent/kagent-tools',
    verb: 'delete',
    apiGroup: 'apps',
    resource: 'deployments',
    namespace: 'prod',
    path: '',
    decision: 'allow',
    names: ['web'],
    namesTruncated: false,
    ...base,
  },
];

function ctx(rows: Row[] = ROWS): SignalContext {
  const attribution = attribute(
    {
      workload: 'agents/k8s-ops',
      identity: 'system:serviceaccount:agents:k8s-ops-sa',
      servers: [{ name: 'kagent-tool-server', workloads: ['kagent/kagent-tools'] }],
    },
    rows,
  );
  return {
    attribution,
    snapshot: `sha256:${'a'.repeat(64)}`,
    now: '2026-11-21T00:00:00.000Z',
    maxEvidenceAgeDays: 30,
    sourcesInSnapshot: new Set(rows.map((r) => r.source)),
    convergence: { state: 'learning', windowDays: 1, quietDays: 0, reason: 'observed 1 of 14 days' },
    drift: [],
    workload: 'agents/k8s-ops',
    identity: 'system:serviceaccount:agents:k8s-ops-sa',
  };
}

function threat(evidence: Threat['evidence'], status: Threat['status'] = 'open'): Threat {
  return { id: 'X-01', title: 't', class: 'coercion', layer: 'L3', components: ['c'], status, evidence };
}

test('glob: * spans any characters, the rest is literal', () => {
  assert.ok(glob('*/curl', '/usr/bin/curl'));
  assert.ok(glob('k8s_*_resource', 'k8s_delete_resource'));
  assert.ok(!glob('/bin/sh', '/bin/shx'));
  assert.ok(!glob('a.c', 'abc'), 'dot is literal');
});

test('a match fires only on rows of the signal source attributed to the agent (its workload, its tool server)', () => {
  const r = evaluateThreat(
    threat([
      { source: 'ebpf', signal: { description: 'curl', match: { binary: '*/curl' } } },
      { source: 'ebpf', signal: { description: 'shadow', match: { path: '/etc/shadow' } } },
      { source: 'sdk-callback', signal: { description: 'delete via sdk', match: { tool: 'k8s_delete_resource' } } },
      {
        source: 'kube-audit',
        signal: {
          description: 'tool server deletes',
          match: { verb: 'delete', resource: 'deployments', namespace: 'prod', name: 'w*' },
        },
      },
    ]),
    ctx(),
  );
  assert.deepEqual(
    r.signals.map((s) => s.outcome),
    ['fired', 'validated', 'gap', 'fired'],
  );
  assert.equal(r.status, 'open');
  assert.equal(r.reopened?.event, 'signal-fired');
  assert.match((r.signals[2] as { reason: string }).reason, /the snapshot has no sdk-callback data/);
  assert.deepEqual((r.signals[0] as { record: unknown }).record, {
    at: T,
    snapshot: `sha256:${'a'.repeat(64)}`,
    events: 2,
  });
});

test('all signals validated and none fired closes; a source without a reader is always a gap', () => {
  const ok = evaluateThreat(
    threat([{ source: 'mcp-log', signal: { description: 'unlogged', match: { outcome: 'unlogged' } } }]),
    ctx(),
  );
  assert.equal(ok.status, 'closed');
  const admission = evaluateThreat(
    threat([{ source: 'admission', signal: { description: 'denied', match: { decision: 'forbid' } } }]),
    ctx(),
  );
  assert.equal(admission.status, 'open');
  assert.match((admission.signals[0] as { reason: string }).reason, /no reader for admission/);
});

test('an accepted threat stays accepted unless a signal fires', () => {
  const quiet = evaluateThreat(
    threat([{ source: 'mcp-log', signal: { description: 'x', match: { outcome: 'unlogged' } } }], 'accepted'),
    ctx(),
  );
  assert.equal(quiet.status, 'accepted');
  const fired = evaluateThreat(
    threat([{ source: 'mcp-log', signal: { description: 'x', match: { outcome: 'error' } } }], 'accepted'),
    ctx(),
  );
  assert.equal(fired.status, 'open');
});

test('fields that apply to no common row type never fire (binary and tool together)', () => {
  const r = evaluateThreat(
    threat([{ source: 'ebpf', signal: { description: 'x', match: { binary: '*', tool: '*' } } }]),
    ctx(),
  );
  assert.equal(r.signals[0].outcome, 'validated');
});

test('a new-behaviour gap names the state that decided it, never a converged state as the reason it is not converged', () => {
  const signal: Threat['evidence'] = [
    { source: 'ebpf', signal: { description: 'new exec', match: { newBehaviour: true } } },
  ];
  const learning = { state: 'learning' as const, windowDays: 13, quietDays: 13, reason: 'observed 13 of 14 days' };
  const converged = {
    state: 'converged' as const,
    windowDays: 15,
    quietDays: 15,
    reason: '15-day window, nothing new in the last 15 days',
  };
  // The snapshot that converges the baseline: drift is judged against the state before it, so this is a gap, and
  // it says the baseline converged with this snapshot.
  const converging = evaluateThreat(threat(signal), { ...ctx(), convergence: learning, convergenceAfter: converged });
  const reason = (converging.signals[0] as { reason: string }).reason;
  assert.equal(
    reason,
    'the baseline converged with this snapshot (15-day window, nothing new in the last 15 days): new behaviour is told against it from the next snapshot on',
  );
  assert.doesNotMatch(reason, /not converged/);
  // Still learning after the snapshot: the reason is the state now.
  const still = evaluateThreat(threat(signal), {
    ...ctx(),
    convergence: learning,
    convergenceAfter: {
      ...learning,
      windowDays: 13,
      reason: 'new behaviour 2 days before the end of the window (needs 7 quiet days)',
    },
  });
  assert.equal(
    (still.signals[0] as { reason: string }).reason,
    'the baseline is not converged yet (new behaviour 2 days before the end of the window (needs 7 quiet days)): new behaviour cannot be told',
  );
});

test("a ToolHive server's proxy runner (its own pods, another ServiceAccount) is plumbing: its API requests are not the agent's, its tool server's still are", () => {
  const proxy = 'system:serviceaccount:tools:github-proxy-runner';
  const server = 'system:serviceaccount:tools:github-sa';
  const api = (identity: string, verb: string): Row => ({
    ...(ROWS[5] as Extract<Row, { type: 'api' }>),
    identity,
    workload: 'tools/github',
    verb,
    resource: 'secrets',
    namespace: 'tools',
  });
  const scope = {
    workload: 'agents/k8s-ops',
    servers: [{ name: 'github', identity: server, workloads: ['tools/github'], infrastructure: [proxy] }],
  };
  const a = attribute(scope, [api(proxy, 'get'), api(server, 'list')]);
  assert.deepEqual(
    a.rows.map((r) => [(r.row as Extract<Row, { type: 'api' }>).identity, r.via]),
    [[server, 'github']],
  );
  assert.ok(!a.identities.has(proxy));
  // Without the plumbing said, the proxy runner's requests from the server's pods were taken for the agent's.
  const before = attribute({ ...scope, servers: [{ ...scope.servers[0], infrastructure: undefined }] }, [
    api(proxy, 'get'),
  ]);
  assert.equal(before.rows.length, 1);
});

const SAMPLES = join(ROOT, 'test/fixtures/samples');
const sampleLine = (name: string, n: number) =>
  JSON.parse(readFileSync(join(SAMPLES, name), 'utf8').trim().split('\n')[n]) as Record<string, any>;

/** A busybox image: every tool is a link to /bin/busybox, which each source reports in its own way. */
const BUSYBOX_EXECS: Record<string, (tool: 'sh' | 'ls') => object> = {
  // Tetragon: `binary` is the path given to execve, `arguments` leave out argv[0]: busybox run by its own name.
  tetragon: (tool) => {
    const e = sampleLine('tetragon.jsonl', 2);
    Object.assign(e.process_exec.process, {
      binary: '/bin/busybox',
      arguments: tool === 'sh' ? 'sh -c "id"' : 'ls -l /',
    });
    return e;
  },
  // Falco: proc.exepath is resolved (/bin/busybox); proc.name is the comm the link gave (`sh`).
  falco: (tool) => {
    const e = sampleLine('falco.jsonl', 0);
    Object.assign(e.output_fields, {
      'proc.exepath': '/bin/busybox',
      'proc.name': tool,
      'proc.cmdline': tool === 'sh' ? 'sh -c id' : 'ls -l /',
    });
    return e;
  },
  // Kubescape node-agent: execs[].path is the resolved executable, args the whole argv (argv[0] first).
  kubescape: (tool) => {
    const p = jsYaml.load(readFileSync(join(SAMPLES, 'kubescape-applicationprofile.yaml'), 'utf8')) as any;
    for (const c of [...p.spec.containers, ...(p.spec.initContainers ?? [])])
      c.execs = [{ path: '/bin/busybox', args: tool === 'sh' ? ['/bin/sh', '-c', 'id'] : ['ls', '-l', '/'] }];
    return p;
  },
};

async function busyboxRows(source: string, tool: 'sh' | 'ls'): Promise<Row[]> {
  const file = join(tempDir(), `${source}.json`);
  writeFileSync(file, `${JSON.stringify(BUSYBOX_EXECS[source](tool))}\n`);
  const r = await readEvidence([{ abs: file, file }], { now: '2026-08-21T00:00:00.000Z' });
  assert.equal(r.files[0].reader, source);
  return r.builder.toSummary().rows;
}

for (const source of Object.keys(BUSYBOX_EXECS)) {
  test(`${source}: a /bin/sh signal fires on a busybox image's shell and not on busybox ls; a /bin/busybox signal on both`, async () => {
    const signals = (binary: string): Threat['evidence'] => [
      { source: 'ebpf', signal: { description: `runs ${binary}`, match: { binary } } },
    ];
    const outcome = (rows: Row[], binary: string) => {
      const c = { ...ctx(rows), now: '2026-08-21T00:00:00.000Z', workload: 'agents/k8s-agent' };
      c.attribution = attribute({ workload: 'agents/k8s-agent', identity: undefined, servers: [] }, rows);
      return evaluateThreat(threat(signals(binary)), c).signals[0].outcome;
    };
    const sh = await busyboxRows(source, 'sh');
    const ls = await busyboxRows(source, 'ls');
    const binaries = (rows: Row[]) => rows.flatMap((r) => (r.type === 'exec' ? [r.binary] : []));
    assert.deepEqual(binaries(sh), ['/bin/busybox (sh)']);
    assert.deepEqual(binaries(ls), ['/bin/busybox (ls)']);
    assert.equal(outcome(sh, '/bin/sh'), 'fired');
    assert.equal(outcome(sh, '*/sh'), 'fired');
    assert.equal(outcome(ls, '/bin/sh'), 'validated');
    assert.equal(outcome(ls, '/bin/bash'), 'validated');
    assert.equal(outcome(sh, '/bin/busybox'), 'fired');
    assert.equal(outcome(ls, '/bin/busybox'), 'fired');
  });
}

test('a busybox exec whose evidence does not say the tool stays /bin/busybox and fires no /bin/sh signal (Tetragon /proc scan, argv[0] gone)', async () => {
  const e = sampleLine('tetragon.jsonl', 2);
  Object.assign(e.process_exec.process, { binary: '/bin/busybox', arguments: '-c "sleep 3600"', flags: 'procFS auid' });
  const file = join(tempDir(), 'tetragon.json');
  writeFileSync(file, `${JSON.stringify(e)}\n`);
  const r = await readEvidence([{ abs: file, file }], { now: '2026-08-21T00:00:00.000Z' });
  const rows = r.builder.toSummary().rows;
  assert.deepEqual(
    rows.flatMap((x) => (x.type === 'exec' ? [x.binary] : [])),
    ['/bin/busybox'],
  );
});

test("the tool a busybox exec ran: argv[0], a login shell's -sh, the first argument after busybox; never an option or busybox itself", () => {
  assert.equal(execBinary('/bin/busybox', ['-sh']), '/bin/busybox (sh)');
  assert.equal(execBinary('/bin/busybox', ['busybox', '/bin/ash', '-l']), '/bin/busybox (ash)');
  assert.equal(execBinary('/bin/busybox', ['busybox', '--install', '-s']), '/bin/busybox');
  assert.equal(execBinary('/bin/busybox', ['busybox']), '/bin/busybox');
  assert.equal(execBinary('/usr/bin/python3', ['sh']), '/usr/bin/python3', 'only a multi-call binary names a tool');
});
