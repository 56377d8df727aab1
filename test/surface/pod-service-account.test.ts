// A PodSpec may still name its ServiceAccount with the deprecated `serviceAccount` field, which the API server
// copies into `serviceAccountName` when that is empty. Every reader of a PodSpec must see the same identity the
// pods get, or a model server that runs as a privileged account is reported as running as `default`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';

const ISVC = `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: llama, namespace: models}
spec:
  predictor:
    serviceAccount: hf-reader
    model:
      modelFormat: {name: huggingface}
      args: [--model_id=meta-llama/Llama-3.1-8B-Instruct]
`;

const VLLM = `apiVersion: apps/v1
kind: Deployment
metadata: {name: vllm, namespace: models}
spec:
  template:
    spec:
      serviceAccount: gpu-runner
      containers:
        - name: vllm
          image: vllm/vllm-openai:v0.8.5
          args: [--model, Qwen/Qwen2.5-7B-Instruct]
`;

test('KServe predictors and model-server Deployments run as the ServiceAccount the deprecated field names, located there', () => {
  const models = readSurface([readManifestText(`${ISVC}---\n${VLLM}`, 'models.yaml')]).inventory.models;
  assert.deepEqual(
    models.map((m) => [m.ref.name, m.identity, m.at?.identity?.line]),
    [
      ['llama', 'system:serviceaccount:models:hf-reader', 6],
      ['vllm', 'system:serviceaccount:models:gpu-runner', 17],
    ],
  );
});

test('a plain agent: serviceAccountName wins over the alias, as in the API server; the identity is located where it is written', () => {
  const agent = (podSpec: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: agent, namespace: agents}
spec:
  template:
    spec:
${podSpec}      containers: [{name: a, image: agent:1}]
`;
  const KEY = { kind: 'Deployment', name: 'agent', namespace: 'agents' };
  const sa = (podSpec: string) => {
    const s = findAgentSurface([readManifestText(agent(podSpec), 'agent.yaml')], KEY)!;
    return [s.identity, s.serviceAccount?.position.line];
  };
  assert.deepEqual(sa('      serviceAccount: legacy\n'), ['system:serviceaccount:agents:legacy', 7]);
  assert.deepEqual(sa('      serviceAccountName: agent\n      serviceAccount: legacy\n'), [
    'system:serviceaccount:agents:agent',
    7,
  ]);
  // Neither: the namespace's default, located at the pod spec where the name would go.
  assert.deepEqual(sa(''), ['system:serviceaccount:agents:default', 6]);
});
