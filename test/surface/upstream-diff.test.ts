import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { commit, convergedRepo, diffJson, edit, line } from '../diff/scenario.js';
import { ROOT, runCli } from '../helpers/fixtures.js';

const UPSTREAM = join(ROOT, 'test/fixtures/upstream');
const CATALOG = 'k8s-ops.threats.yaml';

test('a JSONC .vscode/mcp.json dropped into the agent folder is read by validate and diff (dotfiles are in the glob)', () => {
  const dir = convergedRepo((d) =>
    edit(d, CATALOG, '    - manifests/*.yaml\n', '    - manifests/*.yaml\n    - "**/*.json"\n'),
  );
  mkdirSync(join(dir, '.vscode'));
  copyFileSync(join(UPSTREAM, 'mcp-client/.vscode/mcp.json'), join(dir, '.vscode/mcp.json'));
  commit(dir, 'VS Code MCP servers');
  const { out } = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  const added = out.events.filter((e) => e.type === 'mcp-connection-added');
  assert.deepEqual(
    added.map((e) => [e.file, e.line, e.subject]),
    ['dbhub', 'github', 'legacy-sse', 'slack', 'my-tools'].map((name) => [
      '.vscode/mcp.json',
      line(dir, '.vscode/mcp.json', `"${name}"`),
      `MCPClientServer ${name}`,
    ]),
  );
  assert.ok(!out.findings.some((f) => /syntax error/i.test(f.message)), JSON.stringify(out.findings));
  const v = runCli(['validate', '-C', dir, '--format', 'json']);
  const findings = JSON.parse(v.stdout) as { findings: Array<{ rule: string; file: string; message: string }> };
  assert.ok(
    findings.findings.some((f) => f.rule === 'shadow-component' && /MCPClientServer dbhub/.test(f.message)),
    v.stdout,
  );
  assert.ok(!findings.findings.some((f) => /YAML|JSON syntax/.test(f.message)), v.stdout);
});

test('a KServe canary model bump is model-version-updated at the canary storageUri, naming the canary', () => {
  const dir = convergedRepo((d) =>
    copyFileSync(join(UPSTREAM, 'kserve/isvc-v1beta1-model.yaml'), join(d, 'manifests/isvc.yaml')),
  );
  edit(dir, 'manifests/isvc.yaml', 'storageUri: s3://models/ranker/v4', 'storageUri: s3://models/ranker/v5');
  commit(dir, 'canary v5');
  const { out } = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.file, e.line, e.subject]),
    [
      [
        'model-version-updated',
        'manifests/isvc.yaml',
        line(dir, 'manifests/isvc.yaml', 's3://models/ranker/v5'),
        'InferenceService models/ranker canary:v4',
      ],
    ],
  );
});

test('a model server written without a namespace is reported without one, and its bump is one event', () => {
  const dir = convergedRepo((d) =>
    copyFileSync(join(UPSTREAM, 'vllm/deployments.yaml'), join(d, 'manifests/vllm.yaml')),
  );
  edit(
    dir,
    'manifests/vllm.yaml',
    '"mistralai/Mistral-7B-Instruct-v0.3"',
    '"mistralai/Mistral-Small-24B-Instruct-2501"',
  );
  commit(dir, 'bigger mistral');
  const { out } = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.line, e.subject]),
    [['model-version-updated', line(dir, 'manifests/vllm.yaml', 'Mistral-Small-24B'), 'Deployment mistral']],
  );
});

test('validate on every upstream fixture (KServe, KAITO, vLLM, MCP client configs, built-in RBAC): no manifest error', () => {
  const dir = convergedRepo((d) => {
    edit(d, CATALOG, '    - manifests/*.yaml\n', '    - manifests/*.yaml\n    - "upstream/**"\n');
    cpSync(UPSTREAM, join(d, 'upstream'), { recursive: true });
  });
  const v = runCli(['validate', '-C', dir, '--format', 'json']);
  const { findings } = JSON.parse(v.stdout) as { findings: Array<{ rule: string; file: string; message: string }> };
  const manifestErrors = findings.filter((f) => f.rule !== 'shadow-component' && f.file.startsWith('upstream/'));
  assert.deepEqual(manifestErrors, []);
  // Every server of the MCP client configs is seen (the dotfiles included), whatever the client.
  for (const name of [
    'k8s-readonly',
    'dbhub',
    'context7',
    'remote-linear',
    'gh-remote',
    'linear-ws',
    'pg-zed',
    'jira-oc',
    'playwright-amp',
    'github-goose',
    'sqlite-cont',
    'context7-cx',
    'figma-cx',
  ])
    assert.ok(
      findings.some((f) => f.rule === 'shadow-component' && f.message.includes(`MCPClientServer ${name}`)),
      name,
    );
});
