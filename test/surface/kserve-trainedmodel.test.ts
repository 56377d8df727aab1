// KServe objects that change the model an InferenceService serves without being an InferenceService: a TrainedModel
// loads another model into a running InferenceService (multi-model serving), and the LLMInferenceServiceConfig an
// LLMInferenceService names in `baseRefs` supplies its container image (and may supply its model). A pull request
// that swaps either must be a model update, never silent. Fixtures written from kserve's CRDs
// (config/crd/full/serving.kserve.io_trainedmodels.yaml, llmisvc/serving.kserve.io_llminferenceserviceconfigs.yaml)
// and pkg/controller/v1alpha2/llmisvc/config_merge.go at aaac4e294dae.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { runDiff } from '../../src/app/diff.js';
import { lineIn } from '../helpers/samples.js';
import { commitAll, exampleFiles, lineAt, replaceIn, repoWith } from '../scope/repo.js';

const AGENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: app, namespace: models}
spec: {template: {spec: {containers: [{name: a, image: app:1}]}}}
`;
const KEY = { kind: 'Deployment', name: 'app', namespace: 'models' };
const surface = (...texts: string[]) =>
  findAgentSurface(
    [...texts.map((t, i) => readManifestText(t, `m/f${i}.yaml`)), readManifestText(AGENT, 'm/app.yaml')],
    KEY,
  );
const read = (...texts: string[]) => readSurface(texts.map((t, i) => readManifestText(t, `m/f${i}.yaml`)));

const ISVC = `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: sklearn-mms, namespace: models}
spec:
  predictor:
    serviceAccountName: mms-reader
    model:
      modelFormat: {name: sklearn}
      runtime: kserve-mlserver
`;

const TRAINED = `apiVersion: serving.kserve.io/v1alpha1
kind: TrainedModel
metadata: {name: fraud, namespace: models}
spec:
  inferenceService: sklearn-mms
  model:
    framework: sklearn
    storageUri: gs://models/fraud/v7
    memory: 256Mi
`;

test('a TrainedModel is a model served by its InferenceService, as that one, with its storage URI', () => {
  const r = read(ISVC, TRAINED);
  assert.deepEqual(r.problems, []);
  const m = r.inventory.models.find((x) => x.ref.kind === 'TrainedModel');
  assert.ok(m);
  assert.deepEqual(
    [m.use, m.provider, m.model, m.runtime, m.identity],
    [
      'serving',
      'sklearn',
      'gs://models/fraud/v7',
      'InferenceService sklearn-mms (kserve-mlserver)',
      'system:serviceaccount:models:mms-reader',
    ],
  );
});

test('a new storage URI of a TrainedModel is a model update on its line; a new TrainedModel is a model added', () => {
  const v8 = TRAINED.replace('fraud/v7', 'fraud/v8');
  const events = diffSurfaces(surface(ISVC, TRAINED), surface(ISVC, v8));
  assert.deepEqual(
    events.map((e) => [e.type, e.direction, e.subject, e.line]),
    [['model-version-updated', 'changed', 'TrainedModel models/fraud', lineIn(v8, 'storageUri')]],
  );
  const added = diffSurfaces(surface(ISVC), surface(ISVC, TRAINED));
  assert.deepEqual(
    added.map((e) => [e.type, e.direction, e.subject]),
    [['model-version-updated', 'widened', 'TrainedModel models/fraud']],
  );
});

test('a TrainedModel without its required fields is a problem, not an exception', () => {
  const r = read(`apiVersion: serving.kserve.io/v1alpha1
kind: TrainedModel
metadata: {name: broken, namespace: models}
spec:
  model: {storageUri: [1]}
`);
  assert.deepEqual(
    r.problems.map((p) => p.message),
    [
      'TrainedModel broken: spec.model.storageUri must be a string',
      'TrainedModel broken: spec.inferenceService is required',
      'TrainedModel broken: spec.model.storageUri is required',
      'TrainedModel broken: spec.model.framework is required',
    ],
  );
});

const CONFIG = `apiVersion: serving.kserve.io/v1alpha2
kind: LLMInferenceServiceConfig
metadata: {name: my-vllm-template, namespace: models}
spec:
  template:
    containers:
      - name: main
        image: registry.example.com/vllm-patched:0.11
`;

const LLM = `apiVersion: serving.kserve.io/v1alpha2
kind: LLMInferenceService
metadata: {name: llama, namespace: models}
spec:
  baseRefs: [{name: my-vllm-template}]
  model: {uri: "hf://meta-llama/Llama-3.1-8B-Instruct", name: llama}
`;

test("the image of the LLMInferenceServiceConfig named in baseRefs is the service's runtime, at the config", () => {
  const [m] = read(LLM, CONFIG).inventory.models;
  assert.equal(m.runtime, 'registry.example.com/vllm-patched:0.11; baseRefs: my-vllm-template');
  assert.deepEqual([m.at?.runtime.file, m.at?.runtime.line], ['m/f1.yaml', lineIn(CONFIG, 'image:')]);
  const swapped = CONFIG.replace('vllm-patched:0.11', 'vllm-unvetted:latest');
  const events = diffSurfaces(surface(LLM, CONFIG), surface(LLM, swapped));
  assert.deepEqual(
    events.map((e) => [e.type, e.file, e.line, e.scope.aspect]),
    [['model-version-updated', 'm/f1.yaml', lineIn(swapped, 'image:'), 'runtime']],
  );
  // The service's own image wins; later baseRefs win over earlier ones; a config may give the model.
  const own = LLM.replace(
    '  model:',
    '  template:\n    containers: [{name: main, image: vllm/vllm-openai:v0.11.0}]\n  model:',
  );
  assert.match(read(own, CONFIG).inventory.models[0].runtime!, /^vllm\/vllm-openai:v0\.11\.0;/);
  const second = CONFIG.replace('my-vllm-template', 'override').replace('vllm-patched:0.11', 'other:1');
  const both = LLM.replace('[{name: my-vllm-template}]', '[{name: my-vllm-template}, {name: override}]');
  assert.match(read(both, CONFIG, second).inventory.models[0].runtime!, /^registry\.example\.com\/other:1;/);
  const noModel = LLM.replace(/ {2}model: .*\n/, '');
  const withModel = `${CONFIG}  model: {uri: "hf://Qwen/Qwen3-8B"}\n`;
  const r = read(noModel, withModel);
  assert.deepEqual(r.problems, []);
  assert.equal(r.inventory.models[0].model, 'hf://Qwen/Qwen3-8B');
});

test("an LLMInferenceServiceConfig kept in a shared folder is followed by name: a new image there is the agent's event", async () => {
  const dir = repoWith({
    ...exampleFiles('agents/k8s-ops'),
    'agents/k8s-ops/manifests/llm.yaml': LLM.replaceAll('namespace: models', 'namespace: agents'),
    'platform/kserve/configs.yaml': CONFIG.replaceAll('namespace: models', 'namespace: agents'),
  });
  replaceIn(dir, 'platform/kserve/configs.yaml', 'vllm-patched:0.11', 'vllm-unvetted:latest');
  commitAll(dir, 'new runtime image');
  const r = await runDiff({ root: dir, base: 'HEAD~1', head: 'HEAD', now: new Date('2026-11-21T12:00:00Z') });
  const e = r.events.filter((x) => x.subject === 'LLMInferenceService agents/llama');
  assert.deepEqual(
    e.map((x) => [x.type, x.file, x.line]),
    [
      [
        'model-version-updated',
        'platform/kserve/configs.yaml',
        lineAt(dir, 'platform/kserve/configs.yaml', 'vllm-unvetted'),
      ],
    ],
  );
});
