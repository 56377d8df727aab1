import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSurface } from '../../src/read/manifests/surface.js';
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
