import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
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
