import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import jsYaml from 'js-yaml';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCli, tempDir, ROOT, EXAMPLE } from './helpers/fixtures.js';
import { SAMPLES } from './helpers/samples.js';
import type { ThreatCatalog } from '../src/model/catalog.js';

const RAG_AGENT = join(ROOT, 'test/fixtures/rag-agent');

function copy(from: string, sub = ''): string {
  const dir = tempDir();
  cpSync(from, join(dir, sub), { recursive: true });
  return dir;
}

function initAndRead(dir: string, agent: string, sub = '.', extra: string[] = []) {
  const r = runCli(['init', '--agent', agent, '-C', dir, sub, ...extra]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const file = join(dir, sub, `${agent}.threats.yaml`);
  const text = readFileSync(file, 'utf8');
  return { r, file, text, catalog: parse(text) as ThreatCatalog };
}

function assertValidates(dir: string) {
  const v = runCli(['validate', '-C', dir, '--format', 'json']);
  assert.equal(v.code, 0, v.stdout + v.stderr);
  assert.deepEqual(JSON.parse(v.stdout).findings, []);
}

function layersAndClasses(c: ThreatCatalog) {
  const layers = new Set(c.threats.flatMap((t) => (t.layer === 'cross-layer' ? (t.layers ?? []) : [t.layer])));
  return { layers, classes: new Set(c.threats.map((t) => t.class)) };
}

test('init on the reference samples: a Day-1 catalog that validates clean', () => {
  const dir = copy(SAMPLES);
  const { catalog } = initAndRead(dir, 'k8s-agent');
  assertValidates(dir);
  const categories = new Set(catalog.components.map((c) => c.category));
  for (const c of ['inference', 'mcp-tool', 'identity', 'runtime', 'rag-memory'])
    assert.ok(categories.has(c as never), `no ${c} component`);
  assert.ok(
    (catalog.delegations ?? []).some((d) => d.to.agent === 'promql-agent'),
    'the agent-as-tool edge is a delegation',
  );
  const sa = catalog.components.find((c) => c.category === 'identity' && c.trustSource.name === 'k8s-agent-sa');
  assert.ok(
    sa?.telemetry.includes('iam-events'),
    'the IRSA-bound ServiceAccount is watched in the cloud audit trail too',
  );
  assert.ok(sa?.blastSurface.some((b) => b.includes('arn:aws:iam::111122223333:role/k8s-agent-irsa')));
  const { layers, classes } = layersAndClasses(catalog);
  assert.ok(layers.size >= 5, `threats in ${[...layers].join(', ')}`);
  assert.deepEqual([...classes].sort(), ['coercion', 'compromise']);
  assert.ok(
    catalog.threats.every((t) => t.status === 'open'),
    'Day 1: every threat is open',
  );
  assert.ok(catalog.threats.every((t) => t.evidence.length > 0 && (t.reopenOn ?? []).length > 0));
  assert.equal(catalog.agent.autonomyTier, 'approval');
});

test('init on a small kagent + RBAC repository: components, capability, factor reasons as comments', () => {
  const dir = copy(RAG_AGENT, 'deploy');
  const { text, catalog, r } = initAndRead(dir, 'support-bot', 'deploy');
  assertValidates(dir);
  assert.match(r.stdout, /wrote deploy\/support-bot\.threats\.yaml/);
  assert.deepEqual(catalog.agent.workload, { kind: 'Agent', name: 'support-bot', namespace: 'support' });
  assert.deepEqual(
    catalog.agent.manifests,
    ['**/*.{yaml,yml,json,jsonc,toml}'],
    "the agent's folder, relative to the catalog: whatever is added there is part of its surface",
  );
  const byCategory = (cat: string) => catalog.components.filter((c) => c.category === cat);
  assert.equal(byCategory('inference').length, 1);
  assert.equal(byCategory('mcp-tool')[0].trustSource.name, 'tickets-mcp');
  assert.equal(byCategory('identity')[0].trustSource.name, 'support-bot-sa');
  assert.ok(byCategory('identity')[0].blastSurface.includes('get, list secrets (cluster-wide)'));
  assert.equal(byCategory('runtime').length, 1);
  assert.deepEqual(
    byCategory('rag-memory').map((c) => c.trustSource),
    [{ kind: 'StatefulSet', name: 'qdrant', namespace: 'support' }],
    'the Qdrant StatefulSet is the RAG store',
  );
  assert.match(text, /memoryUse: 0\.5 # RAG store qdrant \(StatefulSet qdrant\); assumed read-only/);
  assert.ok(
    catalog.threats.some(
      (t) => t.id === 'support-bot.L2-rag-poisoning-sensitive-reads' && t.components.includes('memory-qdrant'),
    ),
  );

  // No approval list: full autonomy, and the reason is written next to the value.
  assert.equal(catalog.agent.autonomyTier, 'autonomous');
  assert.equal(catalog.agent.aivss.factors.autonomyOfAction, 1);
  assert.match(text, /autonomyOfAction: 1\.0 # no tool waits for human approval \(no approval list\)/);
  assert.match(text, /contextualAwareness: 1\.0 # reads cluster state cluster-wide/);

  const ids = catalog.threats.map((t) => t.id);
  const secrets = catalog.threats.find((t) => t.id === 'support-bot.L2-context-secret-exfiltration');
  assert.ok(secrets, ids.join(', '));
  assert.deepEqual(secrets.capability?.rules, [
    { apiGroups: [''], resources: ['secrets', 'configmaps'], verbs: ['get', 'list'] },
  ]);
  assert.ok(ids.includes('support-bot.L2-prompt-injected-sql'), 'the SQL tool brings prompt-injected SQL');
  assert.ok(
    ids.includes('support-bot.L7-mcp-chain-leaves-compliance-boundary'),
    'the remote MCP server brings the compliance-boundary threat',
  );
  assert.ok(
    ids.includes('support-bot.L4-cluster-credential-lateral-movement'),
    'a ClusterRoleBinding brings lateral movement',
  );
  assert.ok(
    !ids.some((t) => t.endsWith('L6-agent-written-security-policy')),
    'no RBAC write, no agent-written policy threat',
  );
  assert.ok(!ids.some((t) => t.endsWith('L7-delegation-hijack')), 'no delegation, no delegation hijack');
  const { layers, classes } = layersAndClasses(catalog);
  assert.ok(layers.size >= 5, [...layers].join(', '));
  assert.equal(classes.size, 2);

  // Every scored threat carries the computed AIVSS block (validate's aivss-score-stale agrees, see above).
  const scored = catalog.threats.filter((t) => t.cvss);
  assert.ok(
    scored.length > 0 && scored.every((t) => t.aivss && /^\(CVSS:\d+\.\d\/AARS:\d+\.\d\)$/.test(t.aivss.vector)),
  );
  assert.match(text, /# applies because: permission get secrets \(cluster-wide\)/);
});

test('init never overwrites a catalog without --force', () => {
  const dir = copy(RAG_AGENT);
  initAndRead(dir, 'support-bot');
  const file = join(dir, 'support-bot.threats.yaml');
  writeFileSync(file, '# reviewed by security\n');
  const again = runCli(['init', '--agent', 'support-bot', '-C', dir]);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /support-bot\.threats\.yaml already exists; not overwriting it \(use --force/);
  assert.equal(readFileSync(file, 'utf8'), '# reviewed by security\n');
  const forced = runCli(['init', '--agent', 'support-bot', '-C', dir, '--force']);
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(readFileSync(file, 'utf8'), /kind: ThreatCatalog/);
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.endsWith('.tmp')),
    [],
    'no temp file left behind',
  );
});

test('init with an unknown agent exits 2 naming the agents it found', () => {
  const dir = copy(RAG_AGENT);
  const r = runCli(['init', '--agent', 'nope', '-C', dir]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no agent named nope .*support\/support-bot/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('init usage errors: no --agent, a DIR that is not a directory, an unknown AIVSS version', () => {
  const dir = copy(RAG_AGENT);
  assert.match(runCli(['init', '-C', dir]).stderr, /--agent NAME is required/);
  const notDir = runCli(['init', '--agent', 'support-bot', '-C', dir, 'agent.yaml']);
  assert.equal(notDir.code, 2);
  assert.match(notDir.stderr, /agent\.yaml: not a directory/);
  assert.match(
    runCli(['init', '--agent', 'support-bot', '-C', dir, '--aivss-version', '0.9']).stderr,
    /expected 0\.5 or 0\.8/,
  );
});

test('init --aivss-version 0.8 records the provisional version and still validates', () => {
  const dir = copy(RAG_AGENT);
  const { catalog, text } = initAndRead(dir, 'support-bot', '.', ['--aivss-version', '0.8']);
  assert.equal(catalog.agent.aivss.version, '0.8');
  assert.match(text, /OWASP AIVSS v0\.8 \(provisional formula\)/);
  assertValidates(dir);
});

test('init --format json summarises what was written', () => {
  const dir = copy(join(EXAMPLE, 'manifests'), 'manifests');
  const r = runCli(['init', '--agent', 'k8s-ops', '-C', dir, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.file, 'k8s-ops.threats.yaml');
  assert.equal(out.agent, 'k8s-ops');
  assert.ok(out.components.some((c: { category: string }) => c.category === 'mcp-tool'));
  assert.ok(out.threats.length > 10 && out.threats.every((t: { status: string }) => t.status === 'open'));
  assertValidates(dir);
});

test('init on a server and tools whose names hold U+2028, U+2029 and NEL: escaped in double quotes and in the reason comments, never a line break; the names re-read the same', () => {
  const dir = copy(join(EXAMPLE, 'manifests'));
  const agent = join(dir, 'agent.yaml');
  writeFileSync(
    agent,
    readFileSync(agent, 'utf8').replace(
      '      - type: Agent\n',
      '      - type: McpServer\n        mcpServer:\n          apiGroup: kagent.dev\n          kind: RemoteMCPServer\n          name: "postgres\\Lmcp\\Pdb\\Nx"\n          toolNames: ["run\\Lquery"]\n      - type: Agent\n',
    ),
  );
  writeFileSync(
    join(dir, 'tools.yaml'),
    `${readFileSync(join(dir, 'tools.yaml'), 'utf8')}---\napiVersion: kagent.dev/v1alpha2\nkind: RemoteMCPServer\nmetadata:\n  name: "postgres\\Lmcp\\Pdb\\Nx"\n  namespace: agents\nspec:\n  protocol: STREAMABLE_HTTP\n  url: https://db-mcp.example.com/mcp\n`,
  );
  const { text, catalog } = initAndRead(dir, 'k8s-ops');
  assert.doesNotMatch(text, /[\u0085\u2028\u2029]/, 'no raw line separator');
  const server = catalog.components.find((c) => c.trustSource.name === 'postgres\u2028mcp\u2029db\u0085x');
  assert.ok(server, 'the name re-reads to the same string');
  assert.deepEqual(server.blastSurface, ['tool run\u2028query']);
  assert.ok(text.split('\n').includes('  # applies because: MCP server postgres\\u2028mcp\\u2029db\\u0085x'));
  assertValidates(dir);
});

test('the catalog init writes reads the same in a YAML 1.1 parser (PyYAML, which yamllint uses): no kubelet port pattern breaks it', () => {
  const dir = copy(EXAMPLE);
  const { file, text } = initAndRead(dir, 'k8s-ops', 'manifests');
  assert.match(text, /":10250\*"/, 'the example reaches the kubelet ports (nodes/proxy), written in a flow list');
  // Debian's pre-commit, which the tests need, depends on python3-yaml.
  const py = spawnSync(
    'python3',
    ['-c', 'import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1])), default=str))', file],
    { encoding: 'utf8' },
  );
  assert.equal(py.status, 0, py.stderr);
  assert.deepEqual(JSON.parse(py.stdout), jsYaml.load(text));
});
