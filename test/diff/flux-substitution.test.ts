import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP, INIT_CATALOG, commit, diffJson, edit, initRepo, line } from './scenario.js';
import { runCli, writeAt } from '../helpers/fixtures.js';

/**
 * Flux GitOps repositories set values per cluster with post-build substitution: the Flux Kustomization that
 * applies the agent's folder replaces `${LLM_MODEL}` in every object it applies with its `postBuild.substitute`
 * value (or a `substituteFrom` ConfigMap's key). A pull request that changes that value changes the model that
 * runs; it must be the same event, at the changed line, as an edit of the ModelConfig itself (real git repositories
 * and commits; a catalog `init` wrote from the same files).
 */

const MODEL = `${APP}/model.yaml`;
const FLUX = 'clusters/prod/apps.yaml';
const VARS = 'clusters/prod/cluster-vars.yaml';

const FLUX_KUSTOMIZATION = `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: agents
  namespace: flux-system
spec:
  interval: 10m
  path: ./${APP}
  prune: true
  sourceRef:
    kind: GitRepository
    name: flux-system
  postBuild:
    substitute:
      LLM_MODEL: claude-sonnet-4-5-20250929
    substituteFrom:
      - kind: ConfigMap
        name: cluster-vars
      - kind: Secret
        name: cluster-secrets
        optional: true
`;

const CLUSTER_VARS = `apiVersion: v1
kind: ConfigMap
metadata:
  name: cluster-vars
  namespace: flux-system
data:
  LLM_PROVIDER: Anthropic
  MAX_TOKENS: "4096"
`;

/** The example agent with its model and provider left to the cluster's Flux variables. */
function fluxRepo(): string {
  return initRepo((dir) => {
    const file = join(dir, APP, 'model.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('model: claude-sonnet-4-5-20250929', 'model: ${LLM_MODEL}')
        .replace('provider: Anthropic', 'provider: ${LLM_PROVIDER:=OpenAI}'),
    );
    writeAt(dir, FLUX, FLUX_KUSTOMIZATION);
    writeAt(dir, VARS, CLUSTER_VARS);
  });
}

test('init reads the model the Flux Kustomization substitutes, not the placeholder', () => {
  const dir = fluxRepo();
  const catalog = readFileSync(join(dir, INIT_CATALOG), 'utf8');
  assert.ok(catalog.includes('ModelConfig k8s-ops-model: Anthropic claude-sonnet-4-5-20250929'), 'substituted model');
  assert.ok(!catalog.includes('${LLM_MODEL}'), 'no placeholder left in the catalog');
});

test('a model changed in postBuild.substitute is model-version-updated at the substitute entry', () => {
  const dir = fluxRepo();
  edit(dir, FLUX, 'LLM_MODEL: claude-sonnet-4-5-20250929', 'LLM_MODEL: claude-opus-4-1');
  commit(dir, 'prod: switch the agents to opus');
  const { out } = diffJson(dir, '--base', 'main');
  const events = out.events.map((e) => [e.type, e.file, e.line]);
  assert.deepEqual(events, [['model-version-updated', FLUX, line(dir, FLUX, 'LLM_MODEL: claude-opus-4-1')]]);
  assert.match(JSON.stringify(out.events[0].after), /claude-opus-4-1/);
});

test('a value changed in a substituteFrom ConfigMap of the repository is an event at its key', () => {
  const dir = fluxRepo();
  edit(dir, VARS, 'LLM_PROVIDER: Anthropic', 'LLM_PROVIDER: OpenAI');
  commit(dir, 'prod: the agents move to OpenAI');
  const { out } = diffJson(dir, '--base', 'main');
  assert.ok(out.events.length > 0, 'the provider swap is an event');
  for (const e of out.events) assert.equal(`${e.file}:${e.line}`, `${VARS}:${line(dir, VARS, 'LLM_PROVIDER: OpenAI')}`);
});

test('inline substitute wins over substituteFrom: the ConfigMap value counts once the inline one is gone', () => {
  const dir = fluxRepo();
  edit(dir, VARS, '  MAX_TOKENS: "4096"\n', '  MAX_TOKENS: "4096"\n  LLM_MODEL: claude-haiku-4-5\n');
  commit(dir, 'cluster vars: a model the Kustomization overrides');
  assert.deepEqual(diffJson(dir, '--base', 'main').out.events, [], 'overridden by postBuild.substitute: no change');
  edit(dir, FLUX, '      LLM_MODEL: claude-sonnet-4-5-20250929\n', '');
  commit(dir, 'prod: take the model from cluster-vars');
  const events = diffJson(dir, '--base', 'main').out.events.map((e) => [e.type, e.file, e.line]);
  assert.deepEqual(events, [['model-version-updated', VARS, line(dir, VARS, 'LLM_MODEL: claude-haiku-4-5')]]);
});

test('an object labelled kustomize.toolkit.fluxcd.io/substitute: disabled keeps its placeholder', () => {
  const dir = fluxRepo();
  edit(dir, MODEL, /metadata:\n/, 'metadata:\n  labels: {kustomize.toolkit.fluxcd.io/substitute: disabled}\n');
  commit(dir, 'opt the model out of substitution');
  const { out } = diffJson(dir, '--base', 'main');
  const model = out.events.filter((e) => e.type === 'model-version-updated');
  assert.equal(model.length, 1);
  assert.equal(model[0].file, MODEL);
  assert.match(JSON.stringify(model[0].after), /\$\{LLM_MODEL\}/);
});

test('a variable the Kustomization does not set is one note at the placeholder, and a Secret value is never printed', () => {
  const dir = fluxRepo();
  edit(dir, `${APP}/tools.yaml`, /url: \S+/, 'url: ${TOOLS_URL}');
  writeAt(
    dir,
    'clusters/prod/cluster-secrets.yaml',
    'apiVersion: v1\nkind: Secret\nmetadata: {name: cluster-secrets, namespace: flux-system}\nstringData:\n  LLM_PROVIDER: s3cr3t-provider-value\n',
  );
  const v = runCli(['validate', '-C', dir, '--format', 'json']);
  const out = JSON.parse(v.stdout) as {
    findings: Array<{ rule: string; file: string; line: number; message: string }>;
  };
  const notes = out.findings.filter((f) => f.rule === 'manifest-not-rendered');
  assert.deepEqual(
    notes.map((f) => `${f.file}:${f.line}`),
    [`${APP}/tools.yaml:${line(dir, `${APP}/tools.yaml`, 'url: ${TOOLS_URL}')}`],
  );
  assert.match(notes[0].message, /TOOLS_URL/);
  assert.ok(!v.stdout.includes('s3cr3t'), 'the Secret value is not printed');
});

const SHARED_MODEL = 'platform/models/model.yaml';
const PLATFORM_FLUX = 'clusters/prod/platform.yaml';

/**
 * The agent's ModelConfig kept in the platform team's folder, found by reference, with its model left to the Flux
 * Kustomization that applies that folder (not the agent's).
 */
function sharedModelRepo(): string {
  return initRepo((dir) => {
    const own = join(dir, APP, 'model.yaml');
    const text = readFileSync(own, 'utf8').replace('model: claude-sonnet-4-5-20250929', 'model: ${LLM_MODEL}');
    rmSync(own);
    writeAt(dir, SHARED_MODEL, text);
    writeAt(
      dir,
      PLATFORM_FLUX,
      FLUX_KUSTOMIZATION.replace('name: agents', 'name: platform-models')
        .replace(`path: ./${APP}`, 'path: ./platform/models')
        .replace(/ {4}substituteFrom:[\s\S]*$/, ''),
    );
  });
}

test('init reads a ModelConfig found by reference as the Flux Kustomization of its own folder applies it', () => {
  const dir = sharedModelRepo();
  const catalog = readFileSync(join(dir, INIT_CATALOG), 'utf8');
  assert.ok(catalog.includes('claude-sonnet-4-5-20250929'), 'the substituted model');
  assert.ok(!catalog.includes('${LLM_MODEL}'), 'no placeholder left in the catalog');
});

test('a substitute value changed for a shared ModelConfig reaches the agent that names it, at the substitute entry', () => {
  const dir = sharedModelRepo();
  edit(dir, PLATFORM_FLUX, 'LLM_MODEL: claude-sonnet-4-5-20250929', 'LLM_MODEL: claude-opus-4-1');
  commit(dir, 'platform: every agent of the shared model config moves to opus');
  const { out } = diffJson(dir, '--base', 'main');
  const events = out.events.map((e) => [e.type, e.file, e.line]);
  assert.deepEqual(events, [
    ['model-version-updated', PLATFORM_FLUX, line(dir, PLATFORM_FLUX, 'LLM_MODEL: claude-opus-4-1')],
  ]);
  assert.match(JSON.stringify(out.events[0].after), /claude-opus-4-1/);
});
