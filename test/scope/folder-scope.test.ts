// An agent's scope follows its folder: init records it as a glob, so a file added there later is part of the agent's
// surface in diff and validate (issue 10 item 2). Through the built CLI, on real git repositories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { ownedFiles, PathIndex } from '../../src/read/diff-inputs.js';
import { runCli, writeAt } from '../helpers/fixtures.js';
import { commitAll, diff, exampleFiles, lineAt, repoWith, validate } from './repo.js';

const NEW_SERVER = `# A ToolHive MCP server someone drops into the agent's folder, its ServiceAccount bound to cluster-admin.
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPServer
metadata:
  name: kubectl-runner
  namespace: agents
spec:
  image: ghcr.io/example/kubectl-mcp:1.0
  transport: streamable-http
  serviceAccount: kubectl-runner
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: kubectl-runner
  namespace: agents
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: kubectl-runner-admin
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: ServiceAccount
    name: kubectl-runner
    namespace: agents
`;

test('init records the agent folder as a glob; a new MCP server file bound to cluster-admin is an event and a shadow component', () => {
  const files = exampleFiles('agents/k8s-ops');
  delete files['agents/k8s-ops/k8s-ops.threats.yaml'];
  const dir = repoWith(files);
  const init = runCli(['init', '--agent', 'k8s-ops', 'agents/k8s-ops', '-C', dir]);
  assert.equal(init.code, 0, init.stderr);
  const catalogPath = 'agents/k8s-ops/k8s-ops.threats.yaml';
  const catalog = parse(readFileSync(join(dir, catalogPath), 'utf8'));
  assert.deepEqual(catalog.agent.manifests, ['**/*.{yaml,yml,json,jsonc,toml}']);
  assert.equal(validate(dir).code, 0, 'the Day-1 catalog validates clean');
  commitAll(dir, 'catalog');

  // Dropped into a subfolder of the agent's folder, not named anywhere in the catalog.
  writeAt(dir, 'agents/k8s-ops/tools/kubectl-runner.yaml', NEW_SERVER);
  const file = 'agents/k8s-ops/tools/kubectl-runner.yaml';
  const out = diff(dir, '--base', 'HEAD');
  const added = out.events.find((e) => e.type === 'mcp-connection-added');
  assert.ok(added, `an mcp-connection-added event: ${JSON.stringify(out.events)}`);
  assert.equal(added.file, file);
  assert.equal(added.catalog, catalogPath);
  const perms = out.events.find((e) => e.type === 'permissions-changed' && e.identity?.includes('kubectl-runner'));
  assert.ok(perms, `the new server's identity brings in its grants: ${JSON.stringify(out.events)}`);
  assert.deepEqual(perms.builtinRoles, ['cluster-admin']);
  assert.equal(perms.file, file);
  assert.equal(perms.line, lineAt(dir, file, 'name: cluster-admin'));
  assert.ok(
    out.findings.some((f) => f.rule === 'shadow-component' && f.file === file),
    'diff names the uncovered server',
  );

  const v = validate(dir);
  assert.equal(v.code, 1);
  const shadow = v.findings.filter((f) => f.rule === 'shadow-component');
  assert.ok(
    shadow.some((f) => f.file === file && /kubectl-runner/.test(f.message)),
    `validate flags the shadow component: ${JSON.stringify(v.findings)}`,
  );
});

test('a dotfile in the folder is in scope too: an MCP client config added as .vscode/mcp.json is an event', () => {
  const dir = repoWith(exampleFiles('agents/k8s-ops', '**/*.{yaml,yml,json}'));
  writeAt(
    dir,
    'agents/k8s-ops/.vscode/mcp.json',
    '{\n  // VS Code keeps its MCP servers here\n  "servers": {\n    "github": { "type": "http", "url": "https://api.githubcopilot.com/mcp/" },\n  },\n}\n',
  );
  const out = diff(dir, '--base', 'HEAD');
  assert.ok(
    out.events.some((e) => e.type === 'mcp-connection-added' && e.file === 'agents/k8s-ops/.vscode/mcp.json'),
    JSON.stringify(out.events),
  );
});

test('catalogs and their baselines are never manifests, through git paths as through the file system', () => {
  const files = [
    'a/a.threats.yaml',
    'a/a.baseline.json',
    'a/agent.yaml',
    'a/.mcp.json',
    'a/.vscode/mcp.json',
    'a/deep/tools.yml',
    'a/notes.txt',
  ];
  const dir = repoWith(Object.fromEntries(files.map((f) => [f, '{}\n'])));
  const pattern = '**/*.{yaml,yml,json}';
  const viaGit = ownedFiles('a/a.threats.yaml', { agent: { manifests: [pattern] } }, new PathIndex(files), () => false);
  assert.deepEqual(viaGit, ['a/.mcp.json', 'a/.vscode/mcp.json', 'a/agent.yaml', 'a/deep/tools.yml']);
  const viaFs = globSync([pattern], { cwd: join(dir, 'a'), dot: true })
    .filter((f) => !/\.threats\.ya?ml$|\.baseline\.json$/.test(f))
    .map((f) => `a/${f}`)
    .sort();
  assert.deepEqual(viaGit, viaFs);
  // validate agrees: the baseline is not read as a manifest (it would be a JSON object of no known kind anyway).
  writeAt(dir, 'a/a.baseline.json', '{ not json');
  const r = runCli(['validate', '-C', dir, '--format', 'json', 'a/a.threats.yaml']);
  assert.ok(!/a\.baseline\.json.*JSON syntax/.test(r.stdout), r.stdout);
});

test('a catalog with an explicit file list keeps working', () => {
  const dir = repoWith(exampleFiles('agents/k8s-ops'));
  writeAt(
    dir,
    'agents/k8s-ops/manifests/model.yaml',
    readFileSync(join(dir, 'agents/k8s-ops/manifests/model.yaml'), 'utf8').replace(
      'claude-sonnet-4-5-20250929',
      'claude-opus-4-5',
    ),
  );
  commitAll(dir, 'bump');
  const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.file, e.line]),
    [['model-version-updated', 'agents/k8s-ops/manifests/model.yaml', 8]],
  );
});
