import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import type { ManifestFile } from '../../src/model/manifest.js';
import { ROOT } from '../helpers/fixtures.js';
import { lineIn } from '../helpers/samples.js';

function upstream(path: string): { text: string; file: ManifestFile } {
  const text = readFileSync(join(ROOT, 'test/fixtures/upstream', path), 'utf8');
  return { text, file: readManifestText(text, path) };
}

test('KAITO Workspace: presets (KAITO names and Hugging Face ids), adapters, runtime choice, a custom template, tuning', () => {
  const { text, file } = upstream('kaito/workspace.yaml');
  const r = readSurface([file]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.models.map((m) => [m.ref.name, m.ref.apiVersion, m.use, m.model, m.runtime, m.identity]),
    [
      ['workspace-llama-3-1-8b-instruct', 'kaito.sh/v1beta1', 'serving', 'llama-3.1-8b-instruct', 'vllm', undefined],
      ['qwen3-06b', 'kaito.sh/v1beta1', 'serving', 'Qwen/Qwen3-0.6B', undefined, undefined],
      [
        'workspace-custom-llm',
        'kaito.sh/v1beta1',
        'serving',
        'microsoft/Phi-3-mini-4k-instruct',
        'mcr.microsoft.com/aks/kaito/kaito-base:0.2.0',
        'system:serviceaccount:kaito:custom-llm-sa',
      ],
      ['workspace-tuning-phi-3', 'kaito.sh/v1beta1', 'tuning', 'phi-3-mini-128k-instruct', undefined, undefined],
      ['workspace-falcon-7b', 'kaito.sh/v1alpha1', 'serving', 'falcon-7b-instruct', undefined, undefined],
    ],
  );
  const [llama, , custom, tuning] = r.inventory.models;
  assert.equal(llama.revision, 'adapters: support-adapter=myregistry.azurecr.io/adapters/llama-support:0.0.3');
  assert.equal(llama.at?.runtime.line, lineIn(text, 'kaito.sh/runtime: vllm'));
  assert.equal(custom.at?.model.line, lineIn(text, 'args: [launch'));
  assert.match(
    tuning.revision!,
    /^method qlora; input https:\/\/huggingface\.co\/datasets\/.*; output myregistry\.azurecr\.io\/adapters\/phi-3-dolly:0\.0\.1$/,
  );
  assert.equal(tuning.at?.model.line, lineIn(text, 'name: phi-3-mini-128k-instruct'));
});

test('KAITO InferenceSet (v1beta1 and v1alpha1) and MultiRoleInference: the preset is the model', () => {
  const sets = upstream('kaito/inferenceset.yaml');
  const multi = upstream('kaito/multiroleinference.yaml');
  const r = readSurface([sets.file, multi.file]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.models.map((m) => [m.ref.kind, m.ref.name, m.model, m.at?.model.file, m.at?.model.line]),
    [
      [
        'InferenceSet',
        'phi-4-mini',
        'phi-4-mini-instruct',
        sets.file.file,
        lineIn(sets.text, 'name: phi-4-mini-instruct'),
      ],
      [
        'InferenceSet',
        'mistral-7b',
        'mistral-7b-instruct',
        sets.file.file,
        lineIn(sets.text, 'name: mistral-7b-instruct'),
      ],
      [
        'MultiRoleInference',
        'phi-4-mini-pd',
        'phi-4-mini-instruct',
        multi.file.file,
        lineIn(multi.text, 'name: phi-4-mini-instruct'),
      ],
    ],
  );
});

test('KAITO RAGEngine: its vector store, the embedding model (local or remote) and the LLM it calls', () => {
  const { text, file } = upstream('kaito/ragengine.yaml');
  const r = readSurface([file]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.memory.map((m) => [m.ref.name, m.engine]),
    [
      ['ragengine-docs', 'qdrant'],
      ['ragengine-remote-embed', 'faiss'],
      ['ragengine-start', 'faiss'],
    ],
  );
  assert.deepEqual(
    r.inventory.models.map((m) => [m.ref.name, m.use, m.target, m.model, m.endpoint]),
    [
      ['ragengine-docs', 'memory', 'embedding', 'BAAI/bge-small-en-v1.5', undefined],
      [
        'ragengine-docs',
        'serving',
        'inference',
        undefined,
        'http://workspace-llama-3-1-8b-instruct.kaito.svc/v1/chat/completions',
      ],
      ['ragengine-remote-embed', 'memory', 'embedding', undefined, 'https://api.openai.com/v1/embeddings'],
      ['ragengine-remote-embed', 'serving', 'inference', undefined, 'https://api.openai.com/v1/chat/completions'],
      ['ragengine-start', 'memory', 'embedding', 'BAAI/bge-small-en-v1.5', undefined],
      ['ragengine-start', 'serving', 'inference', undefined, 'http://phi-3.kaito.svc/v1/chat/completions'],
    ],
  );
  assert.equal(r.inventory.models[1].at?.endpoint.line, lineIn(text, 'url: http://workspace-llama-3-1-8b-instruct'));
});

test('malformed KAITO objects are one problem each, naming the field; other kaito.sh kinds are skipped', () => {
  const text = `apiVersion: kaito.sh/v1beta1
kind: RAGEngine
metadata: {name: both, namespace: k}
spec:
  embedding:
    local: {modelID: BAAI/bge-small-en-v1.5}
    remote: {url: https://example.com}
---
apiVersion: kaito.sh/v1beta1
kind: InferenceSet
metadata: {name: empty, namespace: k}
spec:
  template: {resource: {instanceType: x}}
---
apiVersion: kaito.sh/v1alpha1
kind: ModelMirror
metadata: {name: mirror, namespace: k}
spec: {mode: pull}
`;
  const r = readSurface([readManifestText(text, 'kaito.yaml')]);
  assert.deepEqual(
    r.problems.map((p) => `${p.position.line}: ${p.message}`),
    [
      '5: RAGEngine both: spec.embedding needs exactly one of local or remote',
      '13: InferenceSet empty: spec.template.inference is required',
    ],
  );
});

// The Hugging Face token a preset or a MultiRoleInference downloads its model with (PresetOptions.modelAccessSecret,
// MultiRoleInferenceModelSpec.modelAccessSecret; kaito api/v1beta1/workspace_types.go, api/v1alpha1
// multiroleinference_types.go and examples/inference/*.yaml @056b8280b1a8) was not read: a Workspace switched to
// another account's token gave no event, unlike a RAGEngine's.
test("KAITO model access Secrets: the preset's and a MultiRoleInference's token; another Secret is a model update", () => {
  const text = `apiVersion: kaito.sh/v1beta1
kind: Workspace
metadata: {name: llama, namespace: kaito}
resource: {instanceType: Standard_NC24ads_A100_v4}
inference:
  preset:
    name: llama-3.1-8b-instruct
    presetOptions:
      modelAccessSecret: hf-token
---
apiVersion: kaito.sh/v1alpha1
kind: MultiRoleInference
metadata: {name: deepseek-pd, namespace: kaito}
spec:
  model:
    name: deepseek-ai/DeepSeek-V3
    modelAccessSecret: hf-token
  roles: [{type: prefill}, {type: decode}]
`;
  const r = readSurface([readManifestText(text, 'k/m.yaml')]);
  assert.deepEqual(
    r.inventory.models.map((m) => [m.ref.name, m.credentials]),
    [
      ['llama', ['Hugging Face token from Secret hf-token']],
      ['deepseek-pd', ['Hugging Face token from Secret hf-token']],
    ],
  );
  const agent = readManifestText(
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app, namespace: kaito}\nspec: {template: {spec: {containers: [{name: a, image: app:1}]}}}\n',
    'k/app.yaml',
  );
  const key = { kind: 'Deployment', name: 'app', namespace: 'kaito' };
  const head = text.replace('      modelAccessSecret: hf-token', '      modelAccessSecret: hf-token-org-admin');
  const events = diffSurfaces(
    findAgentSurface([readManifestText(text, 'k/m.yaml'), agent], key),
    findAgentSurface([readManifestText(head, 'k/m.yaml'), agent], key),
  );
  assert.deepEqual(
    events.map((e) => [e.type, e.line, e.subject]),
    [['model-version-updated', lineIn(head, 'hf-token-org-admin'), 'Workspace kaito/llama']],
  );
});
