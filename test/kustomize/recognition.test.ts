// Valid upstream input is never an "invalid manifest": kustomizations, Components, JSON 6902 patch lists and Helm
// templates are recognised (issue 10: they blocked the pre-commit hook). Needs no kubectl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { runCli } from '../helpers/fixtures.js';
import { exampleFiles, lineAt, repoWith } from '../scope/repo.js';

const KUSTOMIZATION = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: agents
resources:
  - agent.yaml
`;
const COMPONENT = `apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
patches:
  - path: approval.yaml
`;
const JSON6902 = `- op: add
  path: /spec/declarative/tools/0/mcpServer/requireApproval/-
  value: k8s_patch_resource
- op: remove
  path: /spec/description
`;
const HELM = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "agent.fullname" . }}
  labels:
    {{- include "agent.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount }}
`;
const PROMETHEUS_RULE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: alerts
data:
  rules.yaml: |
    - alert: AgentDown
      annotations:
        summary: "{{ $labels.instance }} is down"
`;

test('kustomizations and Components are not objects: no object, no problem', () => {
  for (const [file, text] of [
    ['kustomization.yaml', KUSTOMIZATION],
    ['components/approval/kustomization.yaml', COMPONENT],
  ]) {
    const m = readManifestText(text, file);
    assert.deepEqual([m.objects.length, m.problems, m.notes], [0, [], undefined], file);
  }
});

test('a JSON 6902 patch list, in YAML or JSON, is not a manifest and not wrong', () => {
  assert.deepEqual(readManifestText(JSON6902, 'overlays/prod/add-approval.yaml').problems, []);
  const json = '[{ "op": "replace", "path": "/spec/url", "value": "http://tools:8084/mcp" }]';
  assert.deepEqual(readManifestText(json, 'overlays/prod/url.json').problems, []);
  // A list of something else is still reported.
  assert.match(readManifestText('- a\n- b\n', 'x.yaml').problems[0].message, /expected a Kubernetes object/);
});

test('a Helm template is one note at its first action, never a YAML error', () => {
  const m = readManifestText(HELM, 'chart/templates/deployment.yaml');
  assert.deepEqual([m.objects.length, m.problems], [0, []]);
  assert.equal(m.notes?.length, 1);
  assert.equal(m.notes?.[0].position.line, 4);
  assert.match(m.notes?.[0].message ?? '', /helm template RELEASE CHART_DIR/);
});

test('template syntax inside a string value keeps a manifest a manifest', () => {
  const m = readManifestText(PROMETHEUS_RULE, 'monitoring/alerts.yaml');
  assert.deepEqual([m.objects.map((o) => o.name), m.problems, m.notes], [['alerts'], [], undefined]);
});

test('validate (the pre-commit hook) on an agent folder with Kustomize, a Helm chart and patches: notes, no error', () => {
  const files = exampleFiles('agents/k8s-ops', '**/*.{yaml,yml,json}');
  const base = 'agents/k8s-ops/manifests';
  files[`${base}/kustomization.yaml`] =
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [agent.yaml, model.yaml, rbac.yaml, tools.yaml]\n';
  files['agents/k8s-ops/overlays/prod/kustomization.yaml'] =
    'resources: [../../manifests]\ncomponents: [../../components/approval]\npatches:\n  - path: url.yaml\n    target: { kind: RemoteMCPServer }\n  - path: model.yaml\n';
  files['agents/k8s-ops/overlays/prod/url.yaml'] = JSON6902;
  files['agents/k8s-ops/overlays/prod/model.yaml'] =
    'apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  name: k8s-ops-model\nspec:\n  model: claude-opus-4-5\n';
  files['agents/k8s-ops/components/approval/kustomization.yaml'] = COMPONENT;
  // A strategic-merge patch without a name (its target comes from the kustomization) is not a nameless object.
  files['agents/k8s-ops/components/approval/approval.yaml'] =
    '$patch: merge\nkind: Agent\napiVersion: kagent.dev/v1alpha2\nmetadata: {}\n';
  files['agents/k8s-ops/chart/Chart.yaml'] = 'apiVersion: v2\nname: k8s-ops-extras\nversion: 0.1.0\n';
  files['agents/k8s-ops/chart/values.yaml'] = 'replicaCount: 1\n';
  files['agents/k8s-ops/chart/templates/deployment.yaml'] = HELM;
  files['agents/k8s-ops/chart/templates/service.yaml'] = HELM.replace('Deployment', 'Service');
  files['agents/k8s-ops/monitoring/alerts.yaml'] = PROMETHEUS_RULE;
  const dir = repoWith(files);
  // As on a machine without kubectl: the apps are read as plain files.
  const r = runCli(['validate', '-C', dir, '--format', 'json'], { env: { THREATCAT_KUSTOMIZE: 'off' } });
  const out = JSON.parse(r.stdout) as {
    findings: Array<{ rule: string; severity: string; file: string; line: number }>;
  };
  const errors = out.findings.filter((f) => f.severity === 'error' && f.rule !== 'closed-without-evidence');
  assert.deepEqual(errors, [], 'no error on valid upstream input');
  const notes = out.findings.filter((f) => f.rule === 'manifest-not-rendered');
  assert.deepEqual(notes.map((n) => [n.file, n.line]).sort(), [
    ['agents/k8s-ops/chart/Chart.yaml', 1],
    ['agents/k8s-ops/overlays/prod/kustomization.yaml', 1],
  ]);
  assert.ok(lineAt(dir, 'agents/k8s-ops/chart/Chart.yaml', 'apiVersion') === 1);
});

test("a kagent prompt template's {{include}} inside a string is not a Helm template", () => {
  const text =
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: prompt\ndata:\n  system.md: |\n    You coordinate releases. {{include "policy/rules.md"}}\n';
  const m = readManifestText(text, 'agents/prompt.yaml');
  assert.deepEqual([m.objects.map((o) => o.name), m.notes], [['prompt'], undefined]);
});
