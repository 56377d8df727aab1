import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { isVllmImage } from '../../src/read/manifests/model-deployments.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { ROOT } from '../helpers/fixtures.js';
import { lineIn, sampleManifest, sampleText } from '../helpers/samples.js';

test('vLLM: --model=… with --revision, and `vllm serve <model>` in sh -c; Ollama: every pulled model, in one entry per server', () => {
  const text = sampleText('vllm-ollama-deployments.yaml');
  const r = readSurface([sampleManifest('vllm-ollama-deployments.yaml')]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.models.map((m) => [m.ref.name, m.provider, m.model, m.revision, m.runtime, m.identity]),
    [
      [
        'vllm-mistral',
        'vLLM',
        'mistralai/Mistral-7B-Instruct-v0.3',
        'e0bc86c23ce5aae1db576c8cca6f06f1f73af2db',
        'vllm/vllm-openai:v0.8.5',
        'system:serviceaccount:models:vllm',
      ],
      [
        'vllm-llama',
        'vLLM',
        'meta-llama/Llama-3.2-1B-Instruct',
        undefined,
        'vllm/vllm-openai:latest',
        'system:serviceaccount:models:default',
      ],
      [
        'ollama',
        'Ollama',
        'llama3.2:3b, nomic-embed-text:latest',
        undefined,
        'ollama/ollama:0.6.8',
        'system:serviceaccount:models:ollama',
      ],
    ],
  );
  const [mistral, , ollama] = r.inventory.models;
  assert.equal(mistral.at?.model.line, lineIn(text, 'args:', 'name: vllm-mistral'));
  assert.equal(mistral.at?.runtime.line, lineIn(text, 'image: vllm/vllm-openai:v0.8.5'));
  assert.equal(ollama.endpoint, '0.0.0.0:11434');
  assert.equal(ollama.at?.model.line, lineIn(text, 'command: ["/bin/sh", "-c", "sleep 5'));
});

test('vLLM positional model after `vllm serve`, $(VAR) expanded from env; other Deployments are not models', () => {
  const m = readManifestText(
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: v, namespace: ns}
spec:
  template:
    spec:
      containers:
        - name: vllm
          image: registry.local/custom-llm:1
          command: ["vllm", "serve"]
          args: ["$(MODEL_ID)", "--revision", "abc123"]
          env:
            - {name: MODEL_ID, value: Qwen/Qwen2.5-0.5B}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: ns}
spec:
  template:
    spec:
      containers:
        - {name: web, image: nginx:1.27, args: ["serve", "x"]}
`,
    'd.yaml',
  );
  const r = readSurface([m]);
  assert.deepEqual(
    r.inventory.models.map((x) => [x.ref.name, x.model, x.revision]),
    [['v', 'Qwen/Qwen2.5-0.5B', 'abc123']],
  );
  assert.equal(r.inventory.models[0].at?.model.line, 11);
});

test('an Ollama server that pulls nothing in its manifest has an unknown model, but is on the surface', () => {
  const m = readManifestText(
    `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: o, namespace: ns}
spec:
  template:
    spec:
      containers:
        - {name: ollama, image: docker.io/ollama/ollama:0.6.8}
`,
    'o.yaml',
  );
  const [model] = readSurface([m]).inventory.models;
  assert.equal(model.provider, 'Ollama');
  assert.equal(model.model, undefined);
  assert.equal(model.ref.kind, 'StatefulSet');
});

test('vLLM images by name: the semantic router is no model server; bare `vllm serve` arguments and rocm/vllm are', () => {
  const text = readFileSync(join(ROOT, 'test/fixtures/upstream/vllm/deployments.yaml'), 'utf8');
  const r = readSurface([readManifestText(text, 'vllm/deployments.yaml')]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.models.map((m) => [m.ref.name, m.provider, m.model, m.revision, m.runtime]),
    [
      ['qwen3', 'vLLM', 'Qwen/Qwen3-8B', undefined, 'vllm/vllm-openai:v0.11.0'],
      [
        'llama-rocm',
        'vLLM',
        'meta-llama/Llama-3.1-8B-Instruct',
        '0e9e39f249a16976918f6564b8830bc894c89659',
        'rocm/vllm:rocm6.3.1_vllm_0.8.5_20250521',
      ],
      ['mistral', 'vLLM', 'mistralai/Mistral-7B-Instruct-v0.3', undefined, 'docker.io/vllm/vllm-openai-cpu:v0.23.0'],
    ],
  );
  assert.equal(r.inventory.models[0].at?.model.line, lineIn(text, 'args: ["Qwen/Qwen3-8B"'));
  for (const image of [
    'ghcr.io/vllm-project/semantic-router/extproc:v0.3.0',
    'ghcr.io/vllm-project/semantic-router/vllm-sr:v0.3.0',
    'ghcr.io/vllm-project/semantic-router/mock-vllm:latest',
  ])
    assert.equal(isVllmImage(image), false, image);
  for (const image of [
    'vllm/vllm-openai:v0.11.0',
    'vllm/vllm-tpu:nightly',
    'rocm/vllm:latest',
    'quay.io/acme/vllm@sha256:ab',
  ])
    assert.equal(isVllmImage(image), true, image);
});

test('an object written without a namespace stays namespace-less; its identity takes the agent namespace', () => {
  const text = readFileSync(join(ROOT, 'test/fixtures/upstream/vllm/deployments.yaml'), 'utf8');
  const agent = `apiVersion: apps/v1
kind: Deployment
metadata: {name: agent}
spec:
  template:
    spec:
      serviceAccountName: agent
      containers: [{name: agent, image: example/agent:1}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: mistral-view}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
subjects: [{kind: ServiceAccount, name: mistral}]
`;
  const files = [readManifestText(text, 'vllm.yaml'), readManifestText(agent, 'agent.yaml')];
  const read = readSurface(files);
  const mistral = read.inventory.models.find((m) => m.ref.name === 'mistral')!;
  assert.equal(mistral.ref.namespace, undefined, 'not "default"');
  assert.equal(mistral.identity, 'system:serviceaccount:*:mistral', 'namespace unknown until an agent is asked for');
  const surface = findAgentSurface(files, { kind: 'Deployment', name: 'agent', namespace: 'models' }, read)!;
  assert.equal(surface.identity, 'system:serviceaccount:models:agent', "the catalog's namespace");
  const inSurface = surface.models.find((m) => m.ref.name === 'mistral')!;
  assert.equal(inSurface.ref.namespace, undefined);
  assert.equal(inSurface.identity, 'system:serviceaccount:models:mistral');
  // The namespace-less RoleBinding grants the server's identity in that namespace (built-in view).
  const perms = read.rbac.permissionsOf(inSurface.identity!);
  assert.ok(perms.some((p) => p.resource === 'pods' && p.verb === 'list' && p.namespace === 'models'));
  assert.equal(perms[0].binding.namespace, undefined, 'the binding is not given a namespace it does not have');
  // Without any namespace known, no "default" is written into the agent either.
  const unknown = findAgentSurface(files, { kind: 'Deployment', name: 'agent' }, read)!;
  assert.equal(unknown.agent.namespace, undefined);
  assert.equal(unknown.workload.namespace, undefined);
  assert.equal(unknown.identity, 'system:serviceaccount:*:agent');
});

test('TGI, SGLang, llama.cpp and NVIDIA NIM servers, and vLLM LoRA adapters: model and revision from their flags, env or image', () => {
  const text = readFileSync(join(ROOT, 'test/fixtures/upstream/model-servers/deployments.yaml'), 'utf8');
  const r = readSurface([readManifestText(text, 'model-servers/deployments.yaml')]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.models.map((m) => [m.ref.name, m.use, m.provider, m.model, m.revision, m.runtime]),
    [
      [
        'tgi-llama',
        'serving',
        'TGI',
        'meta-llama/Llama-3.1-8B-Instruct',
        '0e9e39f249a16976918f6564b8830bc894c89659; adapters: predibase/customer_support',
        'ghcr.io/huggingface/text-generation-inference:3.3.4',
      ],
      [
        'tgi-env',
        'serving',
        'TGI',
        'HuggingFaceH4/zephyr-7b-beta',
        undefined,
        'ghcr.io/huggingface/text-generation-inference:3.3.4',
      ],
      ['sglang-qwen', 'serving', 'SGLang', 'Qwen/Qwen2.5-7B-Instruct', undefined, 'lmsysorg/sglang:v0.5.5-cu129'],
      [
        'llamacpp-gemma',
        'serving',
        'llama.cpp',
        'hf://ggml-org/gemma-3-4b-it-GGUF:Q4_K_M',
        undefined,
        'ghcr.io/ggml-org/llama.cpp:server-cuda',
      ],
      [
        'llamacpp-local',
        'serving',
        'llama.cpp',
        '/models/mistral-7b-instruct-v0.3.Q4_K_M.gguf',
        undefined,
        'ghcr.io/ggml-org/llama.cpp:server',
      ],
      [
        'nim-llama',
        'serving',
        'NVIDIA NIM',
        'meta/llama-3.1-8b-instruct',
        '1.8.4',
        'nvcr.io/nim/meta/llama-3.1-8b-instruct:1.8.4',
      ],
      [
        'vllm-lora',
        'serving',
        'vLLM',
        'meta-llama/Llama-3.1-8B-Instruct',
        'adapters: sql-lora=jeeejeee/llama32-3b-text2sql-spider, support-lora=/adapters/support',
        'vllm/vllm-openai:v0.11.0',
      ],
    ],
  );
  const at = (name: string) => r.inventory.models.find((m) => m.ref.name === name)!.at!;
  assert.equal(at('tgi-env').model.line, lineIn(text, 'value: HuggingFaceH4/zephyr-7b-beta'));
  assert.equal(at('sglang-qwen').model.line, lineIn(text, 'args: ["--model-path"'));
  assert.equal(at('nim-llama').model.line, lineIn(text, 'image: nvcr.io/nim/meta/llama-3.1-8b-instruct'));
});

// vLLM's multi-node serving (and SGLang's, llm-d's wide expert parallelism) runs as a LeaderWorkerSet
// (kubernetes-sigs/lws api/leaderworkerset/v1: spec.leaderWorkerTemplate.{leaderTemplate, workerTemplate, size}); it
// was not read, so the model its leader serves, swapped in a pull request, gave no event.
test('a LeaderWorkerSet serves the model its leader runs (else its worker template); a swap is a model update', () => {
  const lws = (model: string) => `apiVersion: leaderworkerset.x-k8s.io/v1
kind: LeaderWorkerSet
metadata: {name: llama-405b, namespace: models}
spec:
  replicas: 1
  leaderWorkerTemplate:
    size: 2
    leaderTemplate:
      spec:
        serviceAccountName: vllm
        containers:
          - name: vllm-leader
            image: vllm/vllm-openai:v0.11.0
            command:
              - sh
              - -c
              - "bash /vllm-workspace/examples/online_serving/multi-node-serving.sh leader --ray_cluster_size=$(LWS_GROUP_SIZE); vllm serve ${model} --port 8080 --tensor-parallel-size 8 --pipeline-parallel-size 2"
    workerTemplate:
      spec:
        containers:
          - name: vllm-worker
            image: vllm/vllm-openai:v0.11.0
            command: [sh, -c, "bash /vllm-workspace/examples/online_serving/multi-node-serving.sh worker --ray_address=$(LWS_LEADER_ADDRESS)"]
---
apiVersion: leaderworkerset.x-k8s.io/v1
kind: LeaderWorkerSet
metadata: {name: qwen, namespace: models}
spec:
  leaderWorkerTemplate:
    size: 2
    workerTemplate:
      spec:
        containers:
          - name: sglang
            image: lmsysorg/sglang:v0.5.3
            command: [python3, -m, sglang.launch_server, --model-path, Qwen/Qwen3-235B-A22B, --nnodes, "2"]
`;
  const base = lws('meta-llama/Llama-3.1-405B-Instruct');
  const r = readSurface([readManifestText(base, 'm/lws.yaml')]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.models.map((m) => [m.ref.kind, m.ref.name, m.provider, m.model, m.identity]),
    [
      [
        'LeaderWorkerSet',
        'llama-405b',
        'vLLM',
        'meta-llama/Llama-3.1-405B-Instruct',
        'system:serviceaccount:models:vllm',
      ],
      ['LeaderWorkerSet', 'qwen', 'SGLang', 'Qwen/Qwen3-235B-A22B', 'system:serviceaccount:models:default'],
    ],
  );
  const agent = readManifestText(
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app, namespace: models}\nspec: {template: {spec: {containers: [{name: a, image: app:1}]}}}\n',
    'm/app.yaml',
  );
  const key = { kind: 'Deployment', name: 'app', namespace: 'models' };
  const head = lws('deepseek-ai/DeepSeek-V3');
  const events = diffSurfaces(
    findAgentSurface([readManifestText(base, 'm/lws.yaml'), agent], key),
    findAgentSurface([readManifestText(head, 'm/lws.yaml'), agent], key),
  );
  assert.deepEqual(
    events.map((e) => [e.type, e.line, e.subject]),
    [['model-version-updated', lineIn(head, 'command:'), 'LeaderWorkerSet models/llama-405b']],
  );
});
