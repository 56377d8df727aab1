// An overlay's namePrefix renames the agent's ModelConfig, MCP server and ServiceAccount, but kustomize rewrites
// a kagent Agent's references to them only when the kustomization says how (configurations: nameReference). Left as
// they were, the agent names objects that do not exist: threatcat followed nothing behind them, so a model bump
// in the base gave "0 surface events" and validate said clean. Real kustomize (kubectl), real files, the built CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, lineOf, runCli, tempDir } from '../helpers/fixtures.js';
import { noKustomize } from '../kustomize/app.js';

const RULE = 'reference-renamed';

/** The example's manifests as a base, and a prod overlay that renames everything; the catalog init writes for it. */
function prefixedOverlay(): string {
  const dir = tempDir('threatcat-renamed-');
  mkdirSync(join(dir, 'overlays/prod'), { recursive: true });
  cpSync(join(EXAMPLE, 'manifests'), join(dir, 'base'), { recursive: true });
  writeFileSync(
    join(dir, 'base/kustomization.yaml'),
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [agent.yaml, model.yaml, rbac.yaml, tools.yaml]\n',
  );
  writeFileSync(
    join(dir, 'overlays/prod/kustomization.yaml'),
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: prod-agents\nnamePrefix: prod-\nresources: [../../base]\n',
  );
  const init = runCli(['init', '--agent', 'prod-k8s-ops', '-C', dir, 'overlays/prod']);
  assert.equal(init.code, 0, init.stdout + init.stderr);
  return dir;
}

const findings = (dir: string) => {
  const r = runCli(['validate', '-C', dir, '--format', 'json']);
  const out = JSON.parse(r.stdout) as {
    findings: Array<{ rule: string; file: string; line: number; message: string }>;
  };
  return { code: r.code, all: out.findings, renamed: out.findings.filter((f) => f.rule === RULE) };
};

test('references a namePrefix overlay renamed without rewriting them: one error at each reference, naming the new name', {
  skip: noKustomize(),
}, () => {
  const dir = prefixedOverlay();
  const { code, renamed } = findings(dir);
  const agent = join(dir, 'base/agent.yaml');
  assert.deepEqual(
    renamed.map((f) => [f.file, f.line]),
    [
      ['base/agent.yaml', lineOf(agent, 'modelConfig: k8s-ops-model')],
      ['base/agent.yaml', lineOf(agent, 'name: kagent-tool-server')],
      ['base/agent.yaml', lineOf(agent, 'serviceAccountName: k8s-ops-sa')],
    ],
  );
  assert.match(
    renamed[0].message,
    /names its model ModelConfig k8s-ops-model, but its Kustomize build renamed that object to prod-k8s-ops-model \(base\/model\.yaml:\d+\)/,
  );
  assert.match(
    renamed[2].message,
    /ServiceAccount k8s-ops-sa, but its Kustomize build renamed that object to prod-k8s-ops-sa/,
  );
  assert.equal(code, 1);
});

test('with a nameReference configuration kustomize rewrites the references: no reference-renamed finding', {
  skip: noKustomize(),
}, () => {
  const dir = prefixedOverlay();
  writeFileSync(
    join(dir, 'overlays/prod/kagent-names.yaml'),
    [
      'nameReference:',
      '  - kind: ModelConfig',
      '    fieldSpecs: [{ kind: Agent, path: spec/declarative/modelConfig }]',
      '  - kind: RemoteMCPServer',
      '    fieldSpecs: [{ kind: Agent, path: spec/declarative/tools/mcpServer/name }]',
      '  - kind: ServiceAccount',
      '    fieldSpecs: [{ kind: Agent, path: spec/declarative/deployment/serviceAccountName }]',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'overlays/prod/kustomization.yaml'),
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: prod-agents\nnamePrefix: prod-\nresources: [../../base]\nconfigurations: [kagent-names.yaml]\n',
  );
  const { renamed, all } = findings(dir);
  assert.deepEqual(renamed, []);
  // Now the agent reaches the renamed model: the catalog init wrote on the broken names does not cover it.
  assert.ok(
    all.some((f) => f.rule === 'shadow-component' && /ModelConfig prod-agents\/prod-k8s-ops-model/.test(f.message)),
  );
});
