import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyExample, editFile, git, runCli, EXAMPLE } from './helpers/fixtures.js';
import { convergedExample, detailedExample } from './helpers/converged.js';

test('report --format json has exactly the documented shape, threats sorted by AIVSS', () => {
  const r = runCli(['report', '-C', EXAMPLE, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  // 0.1's keys first, in their order; later keys are additions (docs/report.md).
  assert.deepEqual(Object.keys(out), ['catalogs', 'source']);
  assert.deepEqual(out.source, { threatcat: '0.1.0', commit: out.source.commit, dirty: false });
  assert.match(out.source.commit, /^[0-9a-f]{40}$/, 'the example is committed in this repository');
  const [c] = out.catalogs;
  assert.deepEqual(Object.keys(c).slice(0, 6), ['file', 'agent', 'aars', 'counts', 'dormant', 'threats']);
  assert.deepEqual(c.counts, { open: 8, closed: 0, accepted: 0 });
  assert.equal(c.file, 'k8s-ops.threats.yaml');
  assert.equal(c.agent, 'k8s-ops');
  assert.equal(c.aars, 6.5);
  assert.equal(c.dormant, 0);
  for (const t of c.threats)
    assert.deepEqual(Object.keys(t).slice(0, 6), ['id', 'title', 'status', 'class', 'layer', 'aivss']);
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
  assert.match(
    md.stdout,
    /\*\*system:serviceaccount:agents:k8s-ops-sa\*\* \(agent-sa\): 2 permissions in 2 rows\n\n\| Resource \| Verbs \| Scope \| Blast \| Disposition \|\n\|---\|---\|---\|---:\|---\|\n\| secrets \| get \| all namespaces \| 9 \| revoke \|/,
  );
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
  assert.match(r.stdout, /\| n\/a\\\* \| n\/a \| \*\*K8SOPS-L5-01\*\*/);
  assert.match(
    r.stdout,
    /\\\* n\/a: the threat has no CVSS base score yet, and AIVSS amplifies a CVSS v4\.0 base score\. Add cvss:/,
  );
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

test('the report lists open threats first, then accepted (until when), then closed (by what, when)', () => {
  const r = runCli(['report', '-C', detailedExample()]);
  assert.equal(r.code, 0, r.stderr);
  const open = r.stdout.indexOf('#### Open (6)');
  const accepted = r.stdout.indexOf('#### Accepted (1)');
  const closed = r.stdout.indexOf('#### Closed (1)');
  assert.ok(open > 0 && open < accepted && accepted < closed, 'open, accepted, closed in that order');
  const closedTable = r.stdout.slice(closed, r.stdout.indexOf('### Threat details'));
  assert.match(closedTable, /\| 7\.4 \| High \| \*\*K8SOPS-L4-01\*\* .* \| closed 2026-11-17 \(ebpf\) \|/);
  assert.doesNotMatch(r.stdout.slice(open, accepted), /K8SOPS-L4-01/, 'the closed threat is not among the open ones');
  assert.match(r.stdout.slice(accepted, closed), /\| \*\*K8SOPS-L5-01\*\* .* \| until 2026-11-28 \|/);
  assert.match(r.stdout.slice(open, accepted), /\| \*\*K8SOPS-L7-01\*\* .* \| acceptance expired 2026-11-01 \|/);
  assert.match(
    r.stdout.slice(open, accepted),
    /\| \*\*K8SOPS-L2-01\*\* .* \| re-opened 2026-11-19 \(mcp-connection-added\) \|/,
  );
});

test('each threat has a detail section: description, capability, mitigations, what closed it, what re-opened it', () => {
  const r = runCli(['report', '-C', detailedExample()]);
  assert.equal(r.code, 0, r.stderr);
  const details = r.stdout.slice(r.stdout.indexOf('### Threat details'));
  const section = (id: string) => {
    const start = details.indexOf(`#### ${id}:`);
    assert.ok(start >= 0, `a section for ${id}`);
    const next = details.indexOf('\n#### ', start + 1);
    return details.slice(start, next === -1 ? undefined : next);
  };
  const l4 = section('K8SOPS-L4-01');
  assert.match(l4, /^\*\*closed\*\* · closed 2026-11-17 \(ebpf\)/m);
  assert.match(l4, /The projected token in the agent pod is a bearer credential for everything its RBAC allows\./);
  assert.match(
    l4,
    /- \*\*Mitigations\*\*:\n {2}- Bound, short-lived projected tokens \(expirationSeconds 600\)\n {2}- Least-privilege RBAC/,
  );
  assert.match(
    l4,
    /- \*\*Closed by\*\*: ebpf signal “the projected token file read by a process other than the agent runtime”, validated 2026-11-17 against snapshot sha256:abababababab… \(3 events\)/,
  );
  assert.match(l4, /- \*\*Reachable capability\*\*:\n {2}- components: agent-sa, cluster-runtime/);
  const l2 = section('K8SOPS-L2-01');
  assert.match(
    l2,
    /- \*\*Re-opened\*\*: re-opened 2026-11-19 by mcp-connection-added: MCP server github added \(git 4f2a9c1\)/,
  );
  assert.match(
    l2,
    /- \*\*Reachable capability\*\*: Cluster-wide get on secrets, and read on configmaps\.\n {2}- components: agent-sa, tool-server\n {2}- RBAC: get, list secrets, configmaps/,
  );
  const l6 = section('K8SOPS-L6-01');
  assert.match(l6, / {2}- kube-audit · .* · fired 2026-11-16 · snapshot sha256:abababababab… · 1 event\n/);
  assert.match(l6, / {2}- admission · .* · gap: produced nothing in the evidence ingested\n/);
  const l5 = section('K8SOPS-L5-01');
  assert.match(l5, /- \*\*AIVSS\*\*: n\/a: the threat has no CVSS base score yet/);
  assert.match(
    l5,
    /- \*\*Acceptance\*\*: accepted by @example\/security: SDK tracing lands next sprint; re-review by 2026-11-28/,
  );

  const json = JSON.parse(runCli(['report', '-C', detailedExample(), '--format', 'json']).stdout).catalogs[0];
  const t = json.threats.find((x: { id: string }) => x.id === 'K8SOPS-L4-01');
  assert.deepEqual(t.mitigations, [
    'Bound, short-lived projected tokens (expirationSeconds 600)',
    'Least-privilege RBAC generated from the observed baseline',
  ]);
  assert.deepEqual(t.evidence[1].validated, {
    at: '2026-11-17T00:00:00Z',
    snapshot: `sha256:${'ab'.repeat(32)}`,
    events: 3,
  });
  assert.equal(
    json.threats.find((x: { id: string }) => x.id === 'K8SOPS-L2-01').reopened.event,
    'mcp-connection-added',
  );
});

test('dormant permissions are grouped by identity and resource, verbs merged', () => {
  const dir = copyExample();
  const verbs = ['get', 'list', 'watch'];
  const resources = [
    'pods',
    'services',
    'configmaps',
    'secrets',
    'events',
    'nodes',
    'namespaces',
    'jobs',
    'leases',
    'endpoints',
  ];
  const entries = resources.flatMap((res, i) =>
    verbs.map(
      (v) =>
        `      - { apiGroup: "", resource: ${res}, verb: ${v}, namespace: "*", blast: ${res === 'secrets' ? 9 : 2}${
          res === 'secrets' && v === 'get'
            ? ', disposition: revoke'
            : i === 0
              ? ', disposition: justified, justification: reads pod status'
              : ''
        } }`,
    ),
  );
  writeFileSync(
    join(dir, 'k8s-ops.threats.yaml'),
    `${readFileSync(join(dir, 'k8s-ops.threats.yaml'), 'utf8')}permissions:\n  - identity: system:serviceaccount:kagent:kagent-tools\n    observedWindow: { from: "2026-10-20T00:00:00Z", to: "2026-11-17T00:00:00Z" }\n    dormant:\n${entries.join('\n')}\n`,
  );
  const r = runCli(['report', '-C', dir]);
  assert.equal(r.code, 0, r.stderr);
  const section = r.stdout.slice(r.stdout.indexOf('### Dormant permissions'));
  assert.match(section, /\*\*system:serviceaccount:kagent:kagent-tools\*\*: 30 permissions in 10 rows/);
  const rows = section.split('\n').filter((l) => /^\| [a-z]/.test(l) && !l.startsWith('| Resource'));
  assert.equal(rows.length, 10, rows.join('\n'));
  assert.equal(rows[0], '| secrets | get, list, watch | all namespaces | 9 | revoke: get; none: list, watch |');
  assert.ok(rows.includes('| pods | get, list, watch | all namespaces | 2 | justified |'));
});

test('the report names the commit and the threatcat version it was made from, and says when files are uncommitted', () => {
  const dir = copyExample();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'catalog');
  const head = git(dir, 'rev-parse', 'HEAD').trim();
  const clean = runCli(['report', '-C', dir]);
  assert.match(
    clean.stdout,
    new RegExp(`^Made from commit ${head.slice(0, 12)} by threatcat 0\\\\\\.1\\.0 · generated`, 'm'),
  );
  const json = JSON.parse(runCli(['report', '-C', dir, '--format', 'json']).stdout);
  assert.deepEqual(json.source, { threatcat: '0.1.0', commit: head, dirty: false });

  // A change to a file the report reads (a manifest) makes it a working-tree report; a README does not.
  writeFileSync(join(dir, 'README.md'), 'notes\n');
  assert.match(runCli(['report', '-C', dir]).stdout, new RegExp(`^Made from commit ${head.slice(0, 12)} by`, 'm'));
  editFile(join(dir, 'manifests/rbac.yaml'), 'verbs: ["get"]', 'verbs: ["get", "list"]');
  assert.match(
    runCli(['report', '-C', dir]).stdout,
    new RegExp(`^Made from commit ${head.slice(0, 12)} \\(working tree, uncommitted changes\\) by`, 'm'),
  );
  assert.equal(JSON.parse(runCli(['report', '-C', dir, '--format', 'json']).stdout).source.dirty, true);

  const plain = copyExample();
  assert.match(runCli(['report', '-C', plain]).stdout, /^Made from a directory outside git by threatcat/m);
});

test('report --format md is the markdown report (md is an alias of markdown); an unknown format still names both', () => {
  const md = runCli(['report', '-C', EXAMPLE, '--format', 'md']);
  assert.equal(md.code, 0, md.stderr);
  const markdown = runCli(['report', '-C', EXAMPLE, '--format', 'markdown']);
  assert.equal(markdown.code, 0, markdown.stderr);
  assert.equal(md.stdout, markdown.stdout);
  assert.match(md.stdout, /```mermaid/);
  const help = runCli(['report', '--help']);
  assert.match(help.stdout, /--format markdown\|md\|html\|json\|rbac/);
  // Other commands offer no markdown, so md is no format of theirs.
  const validate = runCli(['validate', '-C', EXAMPLE, '--format', 'md']);
  assert.equal(validate.code, 2, validate.stdout);
  assert.match(validate.stderr, /--format md: expected one of text, json, sarif, github/);
});
