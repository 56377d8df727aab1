import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { APP, commit, type DiffJson, diffJson, edit, INIT_CATALOG, initRepo, line, reopened } from './scenario.js';
import { ROOT } from '../helpers/fixtures.js';
import type { Threat, ThreatCatalog } from '../../src/model/catalog.js';

/**
 * A pull request that changes only the model a runtime's arguments name, or what runs a BYO agent: one
 * model-version-updated at the changed line, re-opening the threats of that model's component, on catalogs `init`
 * wrote from the same manifests (real git repositories and commits). Arguments that name no model change nothing.
 */

const UPSTREAM = join(ROOT, 'test/fixtures/upstream');
const ISVC = `${APP}/isvc.yaml`;
const AGENT = `${APP}/agent.yaml`;

const infraCompromise = (t: Threat) => t.class === 'compromise' && (t.layer === 'L4' || t.layer === 'cross-layer');

/**
 * The threats that touch the one component whose trustSource is this object and that a model-version-updated
 * re-opens (their own reopenOn, when set, names it), less those `skip` leaves closed.
 */
function threatsOf(dir: string, kind: string, name: string, skip: (t: Threat) => boolean = () => false): string[] {
  const data = jsYaml.load(readFileSync(join(dir, INIT_CATALOG), 'utf8')) as ThreatCatalog;
  const ids = data.components
    .filter((c) => c.category === 'inference' && c.trustSource.kind === kind && c.trustSource.name === name)
    .map((c) => c.id);
  assert.equal(ids.length, 1, `one inference component for ${kind} ${name}: ${ids}`);
  return data.threats
    .filter((t) => t.components.includes(ids[0]) && !skip(t))
    .filter((t) => t.reopenOn === undefined || t.reopenOn.includes('model-version-updated'))
    .map((t) => t.id)
    .sort();
}

function pr(dir: string, path: string, from: string, to: string): DiffJson {
  edit(dir, path, from, to);
  commit(dir, `${from} -> ${to}`);
  return diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out;
}

function oneModelEvent(out: DiffJson, file: string, lineNo: number, subject: string): DiffJson['events'][number] {
  assert.deepEqual(
    out.events.map((e) => [e.type, e.direction, e.file, e.line, e.subject]),
    [['model-version-updated', 'changed', file, lineNo, subject]],
  );
  return out.events[0];
}

const kserveRepo = () => initRepo((d) => copyFileSync(join(UPSTREAM, 'kserve/isvc-v1beta1-args.yaml'), join(d, ISVC)));

test('KServe Hugging Face runtime: a new --model_id is model-version-updated at that argument, re-opening its model threats; other arguments change nothing', () => {
  const dir = kserveRepo();
  const out = pr(
    dir,
    ISVC,
    '--model_id=meta-llama/Meta-Llama-3.1-8B-Instruct',
    '--model_id=someone/Llama-3.1-8B-uncensored',
  );
  const e = oneModelEvent(out, ISVC, line(dir, ISVC, 'someone/Llama'), 'InferenceService models/hf-llama');
  assert.deepEqual(
    [(e.before as { model: string }).model, (e.after as { model: string }).model],
    ['meta-llama/Meta-Llama-3.1-8B-Instruct', 'someone/Llama-3.1-8B-uncensored'],
  );
  const expected = threatsOf(dir, 'InferenceService', 'hf-llama', infraCompromise);
  assert.ok(expected.length > 0);
  assert.deepEqual(reopened(out), expected);
  // Arguments that name no model (ports, lengths, the served name beside a storage URI) change nothing.
  edit(dir, ISVC, '--max_model_len=8192', '--max_model_len=4096');
  edit(dir, ISVC, '"--port", "8080"', '"--port", "9090"');
  edit(dir, ISVC, 'args: ["--port=8080"]', 'args: ["--port=9090"]');
  edit(dir, ISVC, '--model_name=bert', '--model_name=bert-v2');
  commit(dir, 'ports');
  const unrelated = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  assert.deepEqual(unrelated.out.events, []);
  assert.deepEqual(unrelated.out.reopen, []);
  assert.equal(unrelated.code, 0);
});

test('KServe Hugging Face runtime: a new --model_revision is model-version-updated too', () => {
  const dir = kserveRepo();
  const out = pr(dir, ISVC, '--model_revision=0e9e39f2', '--model_revision=ffffffff');
  const e = oneModelEvent(out, ISVC, line(dir, ISVC, '--model_revision=ffff'), 'InferenceService models/hf-llama');
  assert.equal((e.after as { revision: string }).revision, 'ffffffff49a16976918f6564b8830bc894c89659');
  assert.deepEqual(reopened(out), threatsOf(dir, 'InferenceService', 'hf-llama', infraCompromise));
});

test('KServe vLLM flags in model.args ($(VAR) expanded) and vllm serve <model> in model.command', () => {
  const dir = kserveRepo();
  let out = pr(dir, ISVC, 'value: Qwen/Qwen2.5-7B-Instruct', 'value: Qwen/Qwen2.5-72B-Instruct');
  const e = oneModelEvent(out, ISVC, line(dir, ISVC, '"--model", "$(MODEL)"'), 'InferenceService models/vllm-qwen');
  assert.equal((e.after as { model: string }).model, 'Qwen/Qwen2.5-72B-Instruct');
  assert.deepEqual(reopened(out), threatsOf(dir, 'InferenceService', 'vllm-qwen', infraCompromise));
  out = pr(dir, ISVC, '"mistralai/Mistral-7B-Instruct-v0.3"', '"mistralai/Mistral-Small-24B-Instruct-2501"');
  oneModelEvent(out, ISVC, line(dir, ISVC, 'Mistral-Small-24B'), 'InferenceService models/vllm-mistral');
});

/** The example agent replaced by a BYO Agent of the same name (kagent.dev_agents.yaml v1alpha2 spec.byo.deployment). */
const byoRepo = () =>
  initRepo((d) => {
    const byo = readFileSync(join(UPSTREAM, 'kagent/12-agent-byo-v1alpha2.yaml'), 'utf8')
      .replace('name: langgraph-helper\n  namespace: kagent', 'name: k8s-ops\n  namespace: agents')
      .replace('    deployment:\n', '    deployment:\n      serviceAccountName: k8s-ops-sa\n');
    writeFileSync(join(d, AGENT), byo);
  });

test('kagent BYO Agent: a new image is model-version-updated (runtime) at the image, re-opening its threats with L4 compromise', () => {
  const dir = byoRepo();
  const out = pr(
    dir,
    AGENT,
    'image: ghcr.io/example/langgraph-agent:1.0',
    'image: ghcr.io/example/langgraph-agent:2.0',
  );
  const e = oneModelEvent(out, AGENT, line(dir, AGENT, 'langgraph-agent:2.0'), 'Agent agents/k8s-ops');
  assert.deepEqual(
    [(e.before as { runtime: string }).runtime, (e.after as { runtime: string }).runtime],
    ['ghcr.io/example/langgraph-agent:1.0', 'ghcr.io/example/langgraph-agent:2.0'],
  );
  const expected = threatsOf(dir, 'Agent', 'k8s-ops');
  assert.ok(expected.length > 0);
  assert.deepEqual(reopened(out), expected);
});

test('kagent BYO Agent: another Secret in env or envFrom, or another model in its env, is model-version-updated', () => {
  const dir = byoRepo();
  let out = pr(dir, AGENT, '{name: openai, key: key}', '{name: org-admin-openai, key: key}');
  // At the line that changed (the `secretKeyRef` naming the new Secret), not the `env:` list.
  let e = oneModelEvent(out, AGENT, line(dir, AGENT, 'org-admin-openai'), 'Agent agents/k8s-ops');
  assert.deepEqual(
    (e.after as { credentials: string }).credentials,
    'env OPENAI_API_KEY from Secret org-admin-openai/key, envFrom Secret langsmith',
  );
  assert.deepEqual(reopened(out), threatsOf(dir, 'Agent', 'k8s-ops', infraCompromise));
  out = pr(dir, AGENT, 'secretRef: {name: langsmith}', 'secretRef: {name: prod-db}');
  oneModelEvent(out, AGENT, line(dir, AGENT, 'prod-db'), 'Agent agents/k8s-ops');
  out = pr(dir, AGENT, 'value: gpt-4o-mini', 'value: gpt-4.1');
  e = oneModelEvent(out, AGENT, line(dir, AGENT, 'value: gpt-4.1'), 'Agent agents/k8s-ops');
  assert.equal((e.after as { model: string }).model, 'gpt-4.1');
  // Other literal env and ConfigMaps are settings, not the model or a credential.
  edit(dir, AGENT, 'value: info', 'value: debug');
  edit(dir, AGENT, 'configMapRef: {name: agent-settings}', 'configMapRef: {name: agent-settings-v2}');
  commit(dir, 'settings');
  assert.deepEqual(diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out.events, []);
});

const SERVERS = `${APP}/servers.yaml`;

test('model servers in plain Deployments (TGI, SGLang, llama.cpp, NIM, vLLM LoRA): each model change is one model-version-updated, other arguments none', () => {
  const dir = initRepo((d) => copyFileSync(join(UPSTREAM, 'model-servers/deployments.yaml'), join(d, SERVERS)));
  // [server, from, to, the line the event points at: the new value, else (a joined revision) the container's args]
  const cases: Array<[string, string, string, string]> = [
    [
      'tgi-llama',
      '- meta-llama/Llama-3.1-8B-Instruct\n            - --revision',
      '- meta-llama/Llama-3.3-70B-Instruct\n            - --revision',
      'Llama-3.3-70B',
    ],
    ['tgi-llama', '- predibase/customer_support', '- someone/jailbreak-lora', 'args:'],
    ['tgi-env', 'value: HuggingFaceH4/zephyr-7b-beta', 'value: HuggingFaceH4/zephyr-7b-alpha', 'zephyr-7b-alpha'],
    ['sglang-qwen', '"--model-path", "Qwen/Qwen2.5-7B-Instruct"', '"--model-path", "Qwen/Qwen3-8B"', 'Qwen3-8B'],
    ['llamacpp-gemma', '"ggml-org/gemma-3-4b-it-GGUF:Q4_K_M"', '"ggml-org/gemma-3-12b-it-GGUF:Q4_K_M"', 'gemma-3-12b'],
    ['llamacpp-local', '"-m", "/models/mistral-7b', '"-m", "/models/other-7b', '/models/other-7b'],
    ['nim-llama', 'llama-3.1-8b-instruct:1.8.4', 'llama-3.1-8b-instruct:1.9.0', 'llama-3.1-8b-instruct:1.9.0'],
    ['vllm-lora', 'support-lora=/adapters/support', 'support-lora=/adapters/support-v2', 'args:'],
  ];
  for (const [name, from, to, at] of cases) {
    const out = pr(dir, SERVERS, from, to);
    const lines = readFileSync(join(dir, SERVERS), 'utf8').split('\n');
    const start = lines.indexOf(`  name: ${name}`);
    const expected = lines.findIndex((l, i) => i > start && l.includes(at)) + 1;
    assert.deepEqual(
      out.events.map((x) => [x.type, x.direction, x.file, x.line, x.subject]),
      [['model-version-updated', 'changed', SERVERS, expected, `Deployment models/${name}`]],
      `${name}: ${from} -> ${to}`,
    );
    assert.deepEqual(
      reopened(out),
      threatsOf(dir, 'Deployment', name, name === 'nim-llama' ? () => false : infraCompromise),
      name,
    );
  }
  // Arguments that name no model (ports, context sizes) change nothing.
  edit(
    dir,
    SERVERS,
    '            - "8080"\n          env:\n            - name: HF_TOKEN',
    '            - "9090"\n          env:\n            - name: HF_TOKEN',
  );
  edit(dir, SERVERS, '"--port", "30000"', '"--port", "30001"');
  edit(dir, SERVERS, '"-c", "8192"', '"-c", "16384"');
  edit(dir, SERVERS, 'value: "8080"', 'value: "9090"');
  edit(dir, SERVERS, '            - "8000"', '            - "8001"');
  commit(dir, 'ports');
  const unrelated = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  assert.deepEqual(unrelated.out.events, []);
  assert.equal(unrelated.code, 0);
});

test('a model server run as another ServiceAccount (KServe predictor, plain Deployment) is model-version-updated at that line, re-opening its threats with L4 compromise', () => {
  // The ServiceAccount is the server's RBAC, and where KServe's storage initializer takes the credentials it
  // fetches the weights with: another one is another server, as another image is.
  const dir = kserveRepo();
  const out = pr(
    dir,
    ISVC,
    '  predictor:\n    model:\n      modelFormat:\n        name: huggingface',
    '  predictor:\n    serviceAccountName: hf-weights-reader\n    model:\n      modelFormat:\n        name: huggingface',
  );
  const e = oneModelEvent(out, ISVC, line(dir, ISVC, 'hf-weights-reader'), 'InferenceService models/hf-llama');
  assert.deepEqual(
    [(e.before as { identity: string }).identity, (e.after as { identity: string }).identity],
    ['system:serviceaccount:models:default', 'system:serviceaccount:models:hf-weights-reader'],
  );
  assert.deepEqual(reopened(out), threatsOf(dir, 'InferenceService', 'hf-llama'));

  const plain = initRepo((d) => copyFileSync(join(UPSTREAM, 'model-servers/deployments.yaml'), join(d, SERVERS)));
  const moved = pr(
    plain,
    SERVERS,
    '      labels: {app: tgi-llama}\n    spec:\n      containers:',
    '      labels: {app: tgi-llama}\n    spec:\n      serviceAccountName: cluster-ops\n      containers:',
  );
  assert.deepEqual(
    moved.events.map((x) => [x.type, x.direction, x.file, x.line, x.subject]),
    [['model-version-updated', 'changed', SERVERS, line(plain, SERVERS, 'cluster-ops'), 'Deployment models/tgi-llama']],
  );
  assert.deepEqual(reopened(moved), threatsOf(plain, 'Deployment', 'tgi-llama'));
});
