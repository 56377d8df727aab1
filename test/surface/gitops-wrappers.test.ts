// A Flux HelmRelease or an Argo CD Application with a Helm source installs a chart when the cluster reconciles it:
// kagent's own chart creates the default ModelConfig and tool server from its values. threatcat does not render
// charts, so such an object in an agent's folder must say so (manifest-not-rendered), as a Chart.yaml does — a
// pull request that edits the values must never look like a change that was checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { git, gitRepo, runCli, writeAt } from '../helpers/fixtures.js';

const HELM_RELEASE = `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: kagent
  namespace: kagent
spec:
  interval: 10m
  chart:
    spec:
      chart: kagent
      version: 0.7.x
      sourceRef: { kind: HelmRepository, name: kagent }
  values:
    providers:
      default: openAI
`;

const OCI_RELEASE = `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: { name: tools, namespace: agents }
spec:
  chartRef: { kind: OCIRepository, name: mcp-tools }
`;

const ARGO_CHART = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: { name: tools, namespace: argocd }
spec:
  project: default
  source:
    repoURL: https://charts.example.com
    chart: mcp-tools
    targetRevision: 1.2.0
    helm:
      valuesObject: { replicas: 1 }
  destination: { server: https://kubernetes.default.svc, namespace: agents }
`;

const ARGO_SOURCES = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: { name: multi, namespace: argocd }
spec:
  sources:
    - repoURL: https://github.com/example/values
      ref: values
    - repoURL: https://github.com/example/charts
      path: charts/agent
      helm:
        valueFiles: [$values/agent/values.yaml]
`;

const ARGO_SET = `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: { name: agents, namespace: argocd }
spec:
  generators: [{ list: { elements: [{ team: a }] } }]
  template:
    metadata: { name: 'agent-{{team}}' }
    spec:
      source: { repoURL: https://charts.example.com, chart: agent, targetRevision: 2.0.0 }
      destination: { namespace: agents }
`;

const ARGO_PLAIN = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: { name: plain, namespace: argocd }
spec:
  source: { repoURL: https://github.com/example/x, path: deploy }
`;

test('each Helm-installing GitOps object is one note at its first line, naming it and its chart', () => {
  const cases: Array<[string, string, RegExp]> = [
    [HELM_RELEASE, 'release.yaml', /^Flux HelmRelease kagent installs Helm chart kagent when it is reconciled/],
    [OCI_RELEASE, 'oci.yaml', /^Flux HelmRelease tools installs Helm chart OCIRepository mcp-tools/],
    [ARGO_CHART, 'app.yaml', /^Argo CD Application tools installs Helm chart mcp-tools/],
    [ARGO_SOURCES, 'multi.yaml', /^Argo CD Application multi installs Helm chart charts\/agent/],
    [ARGO_SET, 'set.yaml', /^Argo CD ApplicationSet agents installs Helm chart agent/],
  ];
  for (const [text, file, message] of cases) {
    const read = readManifestText(text, file);
    assert.equal(read.problems.length, 0, file);
    assert.equal(read.notes?.length, 1, file);
    assert.match(read.notes![0].message, message, file);
    assert.match(read.notes![0].message, /not read.*list the output in agent\.manifests/, file);
    assert.deepEqual(read.notes![0].position, { file, line: 1, column: 1 }, file);
    // The object itself is still read (as an unknown kind), so nothing else about the file changes.
    assert.equal(read.objects.length, 1, file);
  }
});

test('an Argo CD Application of plain manifests, and ordinary objects, get no note', () => {
  assert.equal(readManifestText(ARGO_PLAIN, 'plain.yaml').notes, undefined);
  const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\ndata: { chart: kagent }\n';
  assert.equal(readManifestText(cm, 'cm.yaml').notes, undefined);
  // The same kind name in another API group is not Flux's.
  const other = HELM_RELEASE.replace('helm.toolkit.fluxcd.io/v2', 'example.com/v1');
  assert.equal(readManifestText(other, 'other.yaml').notes, undefined);
});

test('validate and diff say that an agent folder with a HelmRelease is not read, at file:line', () => {
  const deploy =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: a, namespace: agents }\nspec:\n  template:\n    spec:\n      serviceAccountName: a\n';
  const repo = gitRepo({
    'agents/a/agent.yaml': deploy,
    'agents/a/release.yaml': `${ARGO_PLAIN}---\n${HELM_RELEASE}`,
  });
  const init = runCli(['init', '--agent', 'a', '-C', repo, 'agents/a']);
  assert.equal(init.code, 0, init.stderr);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'catalog');
  const v = runCli(['validate', '-C', repo, '--format', 'json']);
  assert.equal(v.code, 0, v.stderr);
  const notes = (JSON.parse(v.stdout).findings as Array<{ rule: string; file: string; line: number }>).filter(
    (f) => f.rule === 'manifest-not-rendered',
  );
  assert.deepEqual(
    notes.map((n) => `${n.file}:${n.line}`),
    ['agents/a/release.yaml:7'],
  );
  // A pull request that changes only the values: the diff says what it could not check.
  writeAt(
    repo,
    'agents/a/release.yaml',
    `${ARGO_PLAIN}---\n${HELM_RELEASE.replace('default: openAI', 'default: ollama')}`,
  );
  git(repo, 'commit', '-qam', 'values');
  const d = runCli(['diff', '--base', 'HEAD~1', '-C', repo]);
  assert.equal(d.code, 0, d.stderr);
  assert.match(d.stdout, /agents\/a\/release\.yaml:7:1 +note +manifest-not-rendered +Flux HelmRelease kagent/);
});
