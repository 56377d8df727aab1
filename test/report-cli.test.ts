import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyExample, editFile, runCli, EXAMPLE } from './helpers/fixtures.js';
import { convergedExample } from './helpers/converged.js';

test('report --format json has exactly the documented shape, threats sorted by AIVSS', () => {
  const r = runCli(['report', '-C', EXAMPLE, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['catalogs']);
  const [c] = out.catalogs;
  assert.deepEqual(Object.keys(c), ['file', 'agent', 'aars', 'counts', 'dormant', 'threats']);
  assert.deepEqual(c.counts, { open: 8, closed: 0, accepted: 0 });
  assert.equal(c.file, 'k8s-ops.threats.yaml');
  assert.equal(c.agent, 'k8s-ops');
  assert.equal(c.aars, 6.5);
  assert.equal(c.dormant, 0);
  for (const t of c.threats) assert.deepEqual(Object.keys(t), ['id', 'title', 'status', 'class', 'layer', 'aivss']);
  // CVSS 7.0 with the seed's factors (AARS 6.5), proof-of-concept: the published v0.5 example, 6.5 Medium.
  assert.deepEqual(c.threats.find((t: { id: string }) => t.id === 'K8SOPS-L1-01').aivss, {
    score: 6.5,
    severity: 'Medium',
    vector: '(CVSS:7.0/AARS:6.5)',
  });
  // Attacked (ThM 1.0): 6.75 rounds half-up to 6.8.
  assert.equal(c.threats.find((t: { id: string }) => t.id === 'K8SOPS-CL-01').aivss.score, 6.8);
  const scores = c.threats.map((t: { aivss: { score: number } | null }) => t.aivss?.score ?? -1);
  assert.deepEqual(
    scores,
    [...scores].sort((a, b) => b - a),
    'highest AIVSS first',
  );
  assert.equal(c.threats[0].id, 'K8SOPS-L4-01');
  const last = c.threats[c.threats.length - 1];
  assert.deepEqual([last.id, last.aivss], ['K8SOPS-L5-01', null], 'a threat without CVSS has no score and comes last');
});

test('report counts convergence from what the catalog holds: closed, accepted, expired acceptance, dormant, gaps, window', () => {
  const dir = convergedExample();
  const json = JSON.parse(runCli(['report', '-C', dir, '--format', 'json']).stdout).catalogs[0];
  assert.deepEqual(json.counts, { open: 6, closed: 1, accepted: 1 }, 'the expired acceptance counts as open');
  assert.equal(json.dormant, 2);
  assert.equal(json.threats.find((t: { id: string }) => t.id === 'K8SOPS-L7-01').status, 'open');

  const md = runCli(['report', '-C', dir]);
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /\| 6 \| 1 \| 1 \| 2 \| 2\/12 \| 1 \| 6 \| 28 days observed \|/);
  assert.match(
    md.stdout,
    /- K8SOPS-L3-01: kube-audit · pods\/exec requested/,
    'the signal neither validated nor fired is a gap',
  );
  assert.doesNotMatch(md.stdout, /- K8SOPS-L3-01: ebpf/, 'the validated signal is not');
  assert.doesNotMatch(md.stdout, /- K8SOPS-L6-01: kube-audit/, 'the fired signal is not');
  assert.match(
    md.stdout,
    /\| threat K8SOPS-L7-01 \| @example\/platform \| 2026-11-01 \| expired 20 days ago: counts as open \|/,
  );
  assert.match(md.stdout, /\| threat K8SOPS-L5-01 \| @example\/security \| 2026-11-28 \| due in 7 days \|/);
  assert.match(md.stdout, /\| system:serviceaccount:agents:k8s-ops-sa \| get secrets \| \\\* \| 9 \| revoke \|/);
});

test('report --format markdown: a Mermaid components diagram per agent and the threats table', () => {
  const r = runCli(['report', '-C', EXAMPLE]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^## k8s-ops \(Agent agents\/k8s-ops\)$/m);
  const diagram = /```mermaid\n([\s\S]*?)```/.exec(r.stdout)?.[1] ?? '';
  assert.match(diagram, /^flowchart TB$/m);
  assert.match(diagram, /c1\["tool-server<br\/>RemoteMCPServer kagent-tool-server<br\/>6 open threats"\]/);
  assert.match(diagram, /agent -\. delegates \.-> d0/);
  assert.match(r.stdout, /\| 7\.4 \| High \| \*\*K8SOPS-L4-01\*\* Stolen ServiceAccount token/);
  assert.match(r.stdout, /\| n\/a \| n\/a \| \*\*K8SOPS-L5-01\*\*/);
  assert.match(r.stdout, /no runtime evidence ingested yet \(Day 1 hypothesis\)/);
  assert.match(r.stdout, /\| 8 \| 0 \| 0 \| 0 \| 0\/12 \| 0 \| 0 \|/, 'Day 1: no gaps before any evidence');
});

test('catalog text cannot break out of Markdown tables, Mermaid labels or code fences', () => {
  const dir = copyExample();
  const file = join(dir, 'k8s-ops.threats.yaml');
  editFile(
    file,
    'title: Malicious manifest generation or tool execution goes undetected',
    'title: "pwn | <img src=x onerror=alert(1)> [link](http://evil) ```"',
  );
  editFile(
    file,
    'trustSource: { kind: RemoteMCPServer, name: kagent-tool-server, namespace: agents }',
    'trustSource: { kind: RemoteMCPServer, name: "x\\"]\\n  click agent call alert(1) %%{init: {}}%% `", namespace: agents }',
  );
  const r = runCli(['report', '-C', dir]);
  assert.equal(r.code, 0, r.stderr);
  const row = r.stdout.split('\n').find((l) => l.includes('K8SOPS-L5-01'))!;
  assert.equal(row.split(/(?<!\\)\|/).length, 10, `the row keeps its 8 cells: ${row}`);
  assert.doesNotMatch(r.stdout, /<img/);
  assert.match(r.stdout, /\\\[link\\\]\(http:\/\/evil\)/, 'the brackets are escaped, so no link is formed');
  assert.doesNotMatch(r.stdout, /(?<!\\)\[link(?<!\\)\]\(/);
  const diagram = /```mermaid\n([\s\S]*?)```/.exec(r.stdout)?.[1] ?? '';
  assert.doesNotMatch(diagram, /^\s*click /m, 'no injected Mermaid statement');
  assert.doesNotMatch(diagram, /%%\{|`/, 'no directive, nothing that closes the fence');
  assert.match(
    diagram,
    /c1\["tool-server<br\/>RemoteMCPServer x#34;#93; click agent call alert#40;1#41; #37;#37;#123;init#58; #123;#125;#125;#37;#37; #96;<br\/>/,
  );
});

test('report --output writes the file; unreadable or invalid catalogs exit 2', () => {
  const dir = copyExample();
  const r = runCli(['report', '-C', dir, '--format', 'json', '--output', join(dir, 'out/report.json')]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /wrote .*report\.json/);
  assert.equal(JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')).catalogs.length, 1);

  writeFileSync(join(dir, 'bad.threats.yaml'), 'apiVersion: threatcat.dev/v1alpha1\nkind: ThreatCatalog\n');
  const bad = runCli(['report', '-C', dir]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /bad\.threats\.yaml:\d+:\d+: /);
  assert.match(
    runCli(['report', '-C', EXAMPLE, '--format', 'pdf']).stderr,
    /--format pdf: expected one of markdown, html, json/,
  );
});

test('days observed come from the baseline beside the catalog when ingest wrote one', () => {
  const dir = copyExample();
  writeFileSync(
    join(dir, 'k8s-ops.baseline.json'),
    JSON.stringify({
      apiVersion: 'threatcat.dev/v1alpha1',
      kind: 'Baseline',
      workload: { namespace: 'agents', name: 'k8s-ops' },
      window: { from: '2026-10-10T08:00:00Z', to: '2026-11-14T09:30:00Z' },
      behaviours: [],
    }),
  );
  const r = runCli(['report', '-C', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /\| 35 days observed \|/);
  assert.match(
    r.stdout,
    /\| 8 \| 0 \| 0 \| 0 \| 0\/12 \| 0 \| 12 \|/,
    'after an observation every signal that neither validated nor fired is a gap',
  );
  writeFileSync(join(dir, 'k8s-ops.baseline.json'), '{ not json');
  const broken = runCli(['report', '-C', dir]);
  assert.equal(broken.code, 0);
  assert.match(broken.stderr, /warning: k8s-ops\.baseline\.json/);
});
