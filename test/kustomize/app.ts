import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE } from '../helpers/fixtures.js';
import { kustomizeTool } from '../../src/read/kustomize-build.js';

/** Why the rendering tests cannot run here (one line), or false. */
export function noKustomize(): string | false {
  const tool = kustomizeTool();
  return 'missing' in tool ? `Kustomize rendering tests skipped: ${tool.missing}` : false;
}

export const APP = 'agents/k8s-ops';
export const CATALOG = `${APP}/k8s-ops.threats.yaml`;
export const OVERLAY = `${APP}/overlays/prod`;

const VLLM = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: llm
  namespace: agents
spec:
  selector:
    matchLabels: { app: llm }
  template:
    metadata:
      labels: { app: llm }
    spec:
      containers:
        - name: vllm
          image: vllm/vllm-openai:v0.6.2
          args: ["--model", "meta-llama/Llama-3.1-8B-Instruct"]
`;

/**
 * The example agent as a Kustomize app: its manifests are the base, the prod overlay patches the model (a
 * strategic-merge patch file), adds a tool to the approval list (an inline JSON 6902 patch) and pins the vLLM
 * image (`images:`). The catalog's scope is its folder; every threat is closed (converged).
 */
export function overlayApp(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of ['agent.yaml', 'model.yaml', 'rbac.yaml', 'tools.yaml'])
    files[`${APP}/base/${f}`] = readFileSync(join(EXAMPLE, 'manifests', f), 'utf8');
  files[`${APP}/base/llm.yaml`] = VLLM;
  files[`${APP}/base/kustomization.yaml`] = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - agent.yaml
  - model.yaml
  - rbac.yaml
  - tools.yaml
  - llm.yaml
`;
  files[`${OVERLAY}/kustomization.yaml`] = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
patches:
  - path: model-patch.yaml
  - target:
      kind: Agent
      name: k8s-ops
    patch: |-
      - op: add
        path: /spec/declarative/tools/0/mcpServer/requireApproval/-
        value: k8s_patch_resource
images:
  - name: vllm/vllm-openai
    newTag: v0.6.3
`;
  files[`${OVERLAY}/model-patch.yaml`] = `apiVersion: kagent.dev/v1alpha2
kind: ModelConfig
metadata:
  name: k8s-ops-model
  namespace: agents
spec:
  model: claude-opus-4-5
`;
  files[CATALOG] = readFileSync(join(EXAMPLE, 'k8s-ops.threats.yaml'), 'utf8')
    .replace(/^ {4}status: open$/gm, '    status: closed')
    .replace('    - manifests/*.yaml', '    - "**/*.{yaml,yml,json}"');
  return files;
}
