import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import type { ManifestFile } from '../../src/model/manifest.js';
import { ROOT } from '../helpers/fixtures.js';
import { lineIn, sampleManifest, sampleText } from '../helpers/samples.js';

test('KServe InferenceService (model spec and classic framework key) and LLMInferenceService', () => {
  const text = sampleText('kserve-isvc.yaml');
  const r = readSurface([sampleManifest('kserve-isvc.yaml')]);
  assert.deepEqual(r.problems, []);
  const [llama, sklearn, qwen] = r.inventory.models;
  assert.deepEqual([llama.ref.kind, llama.ref.name, llama.use], ['InferenceService', 'llama3-8b', 'serving']);
  assert.equal(llama.model, 'hf://meta-llama/Meta-Llama-3-8B-Instruct');
  assert.equal(llama.provider, 'huggingface');
  assert.equal(llama.runtime, 'kserve-huggingfaceserver:v0.15.2');
  assert.equal(llama.identity, 'system:serviceaccount:models:kserve-hf-reader');
  assert.equal(llama.at?.model.line, lineIn(text, 'storageUri: hf://meta-llama'));
  assert.equal(llama.at?.runtime.line, lineIn(text, 'runtimeVersion: v0.15.2'));
  assert.equal(sklearn.provider, 'sklearn');
  assert.equal(sklearn.model, 'gs://kfserving-examples/models/sklearn/1.0/model');
  assert.equal(sklearn.at?.model.line, lineIn(text, 'storageUri: gs://'));
  assert.equal(qwen.ref.kind, 'LLMInferenceService');
  assert.equal(qwen.model, 'hf://Qwen/Qwen2.5-7B-Instruct');
  assert.equal(qwen.identity, 'system:serviceaccount:models:llm-sa');
  assert.equal(qwen.position.line, lineIn(text, 'name: qwen-chat') - 3);
});

const UPSTREAM = join(ROOT, 'test/fixtures/upstream');
function upstream(path: string): { text: string; file: ManifestFile } {
  const text = readFileSync(join(UPSTREAM, path), 'utf8');
  return { text, file: readManifestText(text, path) };
}

test('KServe v1beta1 predictor forms: model (hf:// revision, format version apart), framework key, storage spec, storageUris', () => {
  const { text, file } = upstream('kserve/isvc-v1beta1-model.yaml');
  const r = readSurface([file]);
  assert.deepEqual(r.problems, []);
  const byName = (n: string, target?: string) =>
    r.inventory.models.find((m) => m.ref.name === n && m.target === target)!;
  const llama = byName('llama-chat');
  assert.equal(llama.model, 'hf://meta-llama/Llama-3.1-8B-Instruct:0e9e39f249a16976918f6564b8830bc894c89659');
  assert.equal(llama.revision, '0e9e39f249a16976918f6564b8830bc894c89659', 'the revision of the hf:// URI');
  assert.equal(llama.provider, 'huggingface (format 1)', 'modelFormat.version is the format version');
  assert.equal(llama.runtime, 'kserve-huggingfaceserver:v0.20.0');
  assert.equal(llama.identity, 'system:serviceaccount:models:hf-reader');
  assert.equal(byName('sklearn-iris').runtime, '1.5.2');
  const xgb = byName('xgb-fraud');
  assert.equal(xgb.model, 'storage:s3-models/fraud/xgb/v7/');
  assert.equal(xgb.at?.model.line, lineIn(text, 'path: fraud/xgb/v7/'));
  assert.equal(xgb.identity, 'system:serviceaccount:models:default', 'no serviceAccountName: the default one');
  assert.equal(byName('multi-artifact').model, 'hf://Qwen/Qwen3-8B, s3://adapters/qwen3-8b/support-lora');
});

test('KServe v0.20 canary[]: each canary predictor is its own model of the InferenceService, at its storageUri', () => {
  const { text, file } = upstream('kserve/isvc-v1beta1-model.yaml');
  const ranker = readSurface([file]).inventory.models.filter((m) => m.ref.name === 'ranker');
  assert.deepEqual(
    ranker.map((m) => [m.target, m.model]),
    [
      [undefined, 's3://models/ranker/v3'],
      ['canary:v4', 's3://models/ranker/v4'],
    ],
  );
  assert.equal(ranker[1].at?.model.line, lineIn(text, 'storageUri: s3://models/ranker/v4'));
  assert.equal(ranker[1].position.line, lineIn(text, '- trafficPercent: 10'));
});

test('KServe custom containers: the image is the model version; vLLM arguments name the model; transformers too', () => {
  const { text, file } = upstream('kserve/isvc-v1beta1-custom-container.yaml');
  const r = readSurface([file]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.models.map((m) => [m.ref.name, m.target, m.provider, m.model, m.revision, m.runtime]),
    [
      [
        'custom-classifier',
        undefined,
        undefined,
        'registry.example.com/ml/intent-classifier:2.4.1',
        undefined,
        undefined,
      ],
      [
        'custom-classifier',
        'transformer',
        undefined,
        'registry.example.com/ml/intent-preprocess@sha256:3f1b4c7e9a2d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8',
        undefined,
        undefined,
      ],
      [
        'qwen-vllm-custom',
        undefined,
        'vLLM',
        'Qwen/Qwen3-8B',
        '9c925d64d72725edaf899c6cb9c377fd0709d9c5',
        'vllm/vllm-openai:v0.11.0',
      ],
      // transformer.custom is not a v1beta1 field (the API server prunes it): not trusted, not an error.
      ['with-custom-transformer', undefined, 'sklearn', 's3://models/churn/v2', undefined, undefined],
    ],
  );
  const classifier = r.inventory.models[0];
  assert.equal(classifier.at?.model.line, lineIn(text, 'image: registry.example.com/ml/intent-classifier:2.4.1'));
  assert.equal(classifier.identity, 'system:serviceaccount:models:classifier-sa');
});

test('KFServing v1alpha2 (spec.default / spec.canary) is recognised, with no error; serving.kserve.io/v1alpha2 too', () => {
  const { text, file } = upstream('kserve/isvc-v1alpha2-legacy.yaml');
  const r = readSurface([file]);
  assert.deepEqual(r.problems, [], 'no "spec.predictor is required"');
  assert.deepEqual(
    r.inventory.models.map((m) => [m.ref.apiVersion, m.ref.name, m.target, m.provider, m.model, m.identity]),
    [
      [
        'serving.kubeflow.org/v1alpha2',
        'flowers-sample',
        undefined,
        'tensorflow',
        'gs://kfserving-samples/models/tensorflow/flowers',
        'system:serviceaccount:legacy:sa-gcs',
      ],
      [
        'serving.kubeflow.org/v1alpha2',
        'flowers-sample',
        'canary',
        'tensorflow',
        'gs://kfserving-samples/models/tensorflow/flowers-2',
        'system:serviceaccount:legacy:default',
      ],
      [
        'serving.kubeflow.org/v1alpha2',
        'custom-sample',
        undefined,
        undefined,
        'docker.io/example/custom-sample:0.3',
        'system:serviceaccount:legacy:default',
      ],
      [
        'serving.kserve.io/v1alpha2',
        'sklearn-iris-old',
        undefined,
        'sklearn',
        'gs://kfserving-samples/models/sklearn/iris',
        'system:serviceaccount:legacy:default',
      ],
    ],
  );
  assert.equal(r.inventory.models[0].runtime, '1.14.0');
  assert.equal(
    r.inventory.models[1].at?.model.line,
    lineIn(text, 'storageUri: gs://kfserving-samples/models/tensorflow/flowers-2'),
  );
});

test('LLMInferenceService v1alpha2 and v1alpha1: runtime image, baseRefs, LoRA adapters, ServiceAccount', () => {
  const { text, file } = upstream('kserve/llminferenceservice.yaml');
  const r = readSurface([file]);
  assert.deepEqual(r.problems, []);
  const [qwen, opt] = r.inventory.models;
  assert.equal(qwen.ref.apiVersion, 'serving.kserve.io/v1alpha2');
  assert.equal(qwen.model, 'hf://Qwen/Qwen3-8B');
  assert.equal(qwen.revision, 'adapters: support-tone=hf://example-org/qwen3-8b-support-lora');
  assert.equal(qwen.at?.revision.line, lineIn(text, 'adapters:'));
  assert.equal(qwen.runtime, 'vllm/vllm-openai:v0.11.0; baseRefs: kserve-config-llm-decode-template');
  assert.equal(qwen.at?.runtime.line, lineIn(text, 'image: vllm/vllm-openai:v0.11.0'));
  assert.equal(qwen.identity, 'system:serviceaccount:llm:llm-runner');
  assert.deepEqual(
    [opt.model, opt.runtime, opt.identity],
    ['hf://facebook/opt-125m', 'docker.io/vllm/vllm-openai-cpu:v0.23.0', 'system:serviceaccount:llm:default'],
  );
});

test("LLMInferenceService router: the gateway, routing group and InferencePool are where its traffic goes (a config's pool under the service's own gateway)", () => {
  const { text, file } = upstream('kserve/llminferenceservice-router.yaml');
  const [group, next] = readSurface([file]).inventory.models;
  assert.equal(
    group.endpoint,
    'gateway gateways/llm-gateway listener internal; route: managed by KServe; routing group support weight 90; InferencePool support-qwen-pool',
  );
  assert.equal(group.at?.endpoint.line, lineIn(text, 'router:'));
  assert.equal(
    next.endpoint,
    'gateway gateways/llm-gateway; route parent Gateway gateways/llm-gateway; route backend InferencePool support-llm-next-inference-pool weight 100; InferencePool selecting app.kubernetes.io/name=support-llm-next; endpoint picker support-llm-next-epp-service',
  );
  // The pool of an LLMInferenceServiceConfig it names (config_merge.go: the service's own fields over its configs').
  const cfg = `apiVersion: serving.kserve.io/v1alpha2
kind: LLMInferenceServiceConfig
metadata: {name: shared-scheduler, namespace: llm}
spec:
  router:
    scheduler:
      pool:
        ref:
          name: shared-pool
---
apiVersion: serving.kserve.io/v1alpha2
kind: LLMInferenceService
metadata: {name: chat, namespace: llm}
spec:
  model: {uri: hf://Qwen/Qwen3-8B}
  baseRefs: [{name: shared-scheduler}]
  router:
    gateway:
      refs: [{name: internal-gw}]
`;
  const [chat] = readSurface([readManifestText(cfg, 'chat.yaml')]).inventory.models;
  assert.equal(chat.endpoint, 'gateway internal-gw; InferencePool shared-pool');
  assert.equal(chat.at?.['endpointTarget:1:InferencePool shared-pool']?.line, lineIn(cfg, 'name: shared-pool'));
});

test('KServe runtimes and unknown kinds of the group are skipped; a malformed known kind is one problem naming the field', () => {
  const { file } = upstream('kserve/servingruntime.yaml');
  const rt = readSurface([file]);
  assert.deepEqual([rt.problems, rt.inventory.models], [[], []]);
  const text = `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: a, namespace: m}
spec:
  predictor:
    model: {modelFormat: {name: onnx}, storageUri: s3://a}
  canary:
    - trafficPercent: 5
---
apiVersion: serving.kubeflow.org/v1alpha2
kind: InferenceService
metadata: {name: b, namespace: m}
spec:
  default:
    transformer: {custom: {container: {image: t:1}}}
---
apiVersion: serving.kserve.io/v1alpha2
kind: LLMInferenceService
metadata: {name: c, namespace: m}
spec:
  model: {name: x}
`;
  const r = readSurface([readManifestText(text, 'bad.yaml')]);
  assert.deepEqual(
    r.problems.map((p) => `${p.position.file}:${p.position.line}: ${p.message}`),
    [
      'bad.yaml:8: InferenceService a: spec.canary[0].predictor is required',
      'bad.yaml:14: InferenceService b: spec.default.predictor is required',
      'bad.yaml:21: LLMInferenceService c: spec.model.uri is required',
    ],
  );
});

test('a ServingRuntime the manifests define is the runtime of the InferenceServices that name it, at its image', () => {
  const rt = upstream('kserve/servingruntime.yaml');
  const isvc = readManifestText(
    `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: q, namespace: models}
spec:
  predictor:
    model:
      modelFormat: {name: vLLM}
      runtime: vllm-runtime
      storageUri: hf://Qwen/Qwen3-8B
`,
    'isvc.yaml',
  );
  const [m] = readSurface([isvc, rt.file]).inventory.models;
  assert.equal(
    m.runtime,
    'vllm-runtime (quay.io/example/vllm@sha256:4f550996130e7d16cacb24ca9a2865e7cf51eddaab014ceaf31a1ea6ef86d4ec)',
  );
  assert.deepEqual(
    [m.at?.runtime.file, m.at?.runtime.line],
    [rt.file.file, lineIn(rt.text, 'image: quay.io/example/vllm@')],
  );
});

test('KServe v1beta1: a model named by the runtime arguments (Hugging Face --model_id, vLLM --model, vllm serve)', () => {
  const { text, file } = upstream('kserve/isvc-v1beta1-args.yaml');
  const r = readSurface([file]);
  assert.deepEqual(r.problems, []);
  const facts = (n: string) => {
    const m = r.inventory.models.find((x) => x.ref.name === n)!;
    return [m.provider, m.model, m.revision, m.runtime, m.at?.model?.line];
  };
  assert.deepEqual(facts('hf-llama'), [
    'huggingface',
    'meta-llama/Meta-Llama-3.1-8B-Instruct',
    '0e9e39f249a16976918f6564b8830bc894c89659',
    undefined,
    lineIn(text, '      args:', 'name: hf-llama'),
  ]);
  // $(MODEL) from the inline container's env; the flags that name no model are not part of it.
  assert.deepEqual(facts('vllm-qwen'), [
    'vllm',
    'Qwen/Qwen2.5-7B-Instruct',
    undefined,
    'vllm-openai',
    lineIn(text, 'args: ["--model", "$(MODEL)"'),
  ]);
  assert.deepEqual(facts('vllm-mistral'), [
    'vllm',
    'mistralai/Mistral-7B-Instruct-v0.3',
    undefined,
    'vllm-openai',
    lineIn(text, 'command: ["vllm", "serve"'),
  ]);
  // Beside a storage URI, --model_name only names the endpoint.
  assert.deepEqual(facts('hf-bert'), [
    'huggingface',
    'gs://kfserving-examples/models/hf/bert-base-uncased',
    undefined,
    undefined,
    lineIn(text, 'storageUri: gs://kfserving-examples/models/hf/bert'),
  ]);
});

test('KServe v1beta1: --model_id replaces the storage URI (the Hugging Face server loads it instead of /mnt/models)', () => {
  const file = readManifestText(
    `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: hf, namespace: models}
spec:
  predictor:
    model:
      modelFormat: {name: huggingface}
      storageUri: hf://meta-llama/Llama-3.1-8B-Instruct:abc123
      args: [--model_name=hf, --model_id=Qwen/Qwen2.5-7B-Instruct]
`,
    'isvc.yaml',
  );
  const [m] = readSurface([file]).inventory.models;
  assert.deepEqual([m.model, m.revision], ['Qwen/Qwen2.5-7B-Instruct', undefined]);
  // A vLLM runtime handed the downloaded copy (--model /mnt/models): the model is still the storage URI.
  const vllm = readManifestText(
    `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: v, namespace: models}
spec:
  predictor:
    model:
      modelFormat: {name: vllm}
      runtime: vllm-openai
      storageUri: s3://models/llama-3.1-8b/v2
      args: ["--model=/mnt/models", "--served-model-name=llama"]
`,
    'v.yaml',
  );
  assert.equal(readSurface([vllm]).inventory.models[0].model, 's3://models/llama-3.1-8b/v2');
});

test('KServe InferenceGraph: its routes from root are a model of their own, located step by step; a malformed graph is a problem each', () => {
  const name = 'test/fixtures/upstream/kserve/inferencegraph.yaml';
  const text = readFileSync(join(ROOT, name), 'utf8');
  const r = readSurface([readManifestText(text, name)]);
  assert.deepEqual(r.problems, []);
  const graph = r.inventory.models.find((m) => m.ref.kind === 'InferenceGraph')!;
  assert.deepEqual(
    [graph.ref.name, graph.ref.namespace, graph.use, graph.provider],
    ['claims-router', 'claims', 'serving', 'KServe InferenceGraph'],
  );
  // The node no route reaches (`unused`) answers nothing.
  assert.equal(
    graph.model,
    'root Sequence: InferenceService claims-screen, node answer; answer Splitter: InferenceService claims-llm-stable weight 90, InferenceService claims-llm-canary weight 10',
  );
  assert.equal(graph.identity, 'system:serviceaccount:claims:claims-router');
  assert.equal(graph.at?.['modelTarget:3:InferenceService claims-llm-canary'].line, lineIn(text, 'claims-llm-canary'));
  assert.equal(graph.at?.['modelTargetRoute:3:weight 10'].line, lineIn(text, 'weight: 10'));
  const bad = readManifestText(
    `apiVersion: serving.kserve.io/v1alpha1
kind: InferenceGraph
metadata: {name: g, namespace: m}
spec:
  nodes:
    first:
      routerType: Sequence
      steps:
        - serviceName: a
          serviceUrl: http://b
        - {}
    constructor:
      routerType: Sequence
`,
    'bad.yaml',
  );
  assert.deepEqual(
    readSurface([bad]).problems.map((p) => `${p.position.line}: ${p.message}`),
    ['5: InferenceGraph g: spec.nodes needs a root node'],
  );
  const noRoot = readSurface([bad]).inventory.models[0];
  assert.equal(noRoot.model, undefined);
  const steps = readManifestText(
    `apiVersion: serving.kserve.io/v1alpha1
kind: InferenceGraph
metadata: {name: g, namespace: m}
spec:
  nodes:
    root:
      routerType: Fan
      steps:
        - serviceName: a
          serviceUrl: http://b
        - nodeName: constructor
`,
    'steps.yaml',
  );
  assert.deepEqual(
    readSurface([steps]).problems.map((p) => `${p.position.line}: ${p.message}`),
    [
      '7: InferenceGraph g: node root needs a routerType of Sequence, Splitter, Ensemble, Switch',
      '9: InferenceGraph g: step 0 of node root needs exactly one of serviceName, serviceUrl, nodeName',
    ],
  );
});
