// A GitOps object outside the agent's folder — an Argo CD Application's `kustomize:` block, a Flux Kustomization's
// `images`/`patches`/`targetNamespace` — is written into the folder's kustomization by the controller before it
// builds it: what runs is what it says, and a pull request that changes only it changes the agent.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/fixtures.js';
import { commitAll, diff, exampleFiles, lineAt, replaceIn, repoWith, validate } from '../scope/repo.js';
import { APP, CATALOG, noKustomize, OVERLAY, overlayApp } from './app.js';

const skip = noKustomize();
const APPS = 'clusters/prod/apps.yaml';

/** A NIM model server in the base: its image names the model (nvcr.io/nim/<org>/<model>:<tag>). */
const NIM = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nim
  namespace: agents
spec:
  selector:
    matchLabels: { app: nim }
  template:
    metadata:
      labels: { app: nim }
    spec:
      containers:
        - name: nim
          image: nvcr.io/nim/meta/llama-3.1-8b-instruct:1.8.4
`;

function withNim(): Record<string, string> {
  const files = overlayApp();
  files[`${APP}/base/nim.yaml`] = NIM;
  files[`${APP}/base/kustomization.yaml`] += '  - nim.yaml\n';
  return files;
}

const argoApp = (kustomize: string, path = OVERLAY) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: k8s-ops
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://github.com/example/gitops.git
    targetRevision: main
    path: ${path}
    kustomize:
${kustomize.replace(/^/gm, '      ')}
  destination:
    server: https://kubernetes.default.svc
    namespace: agents
`;

const ARGO_IMAGES = argoApp(`images:
  - vllm/vllm-openai:v0.7.1
  - nvcr.io/nim/meta/llama-3.1-8b-instruct=nvcr.io/nim/meta/llama-3.3-70b-instruct:1.9.0`);

/** init's catalog for the agent, written from the repository's manifests. */
function initCatalog(dir: string): string {
  rmSync(join(dir, CATALOG));
  const r = runCli(['init', '-C', dir, '--agent', 'k8s-ops', APP]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  return readFileSync(join(dir, CATALOG), 'utf8');
}

describe('Argo CD Application kustomize options over the agent folder', { skip }, () => {
  test('init reads the image the Application sets, not the one of the folder', () => {
    const files = withNim();
    files[APPS] = ARGO_IMAGES;
    const catalog = initCatalog(repoWith(files));
    assert.match(catalog, /llama-3\.3-70b-instruct/);
    assert.doesNotMatch(catalog, /llama-3\.1-8b-instruct/);
  });

  test("a tag bumped in the Application's kustomize.images is a model event at the Application's line", () => {
    const files = withNim();
    files[APPS] = ARGO_IMAGES;
    const dir = repoWith(files);
    replaceIn(dir, APPS, 'vllm/vllm-openai:v0.7.1', 'vllm/vllm-openai:v0.8.0');
    commitAll(dir, 'prod: vllm 0.8.0');
    const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
    assert.deepEqual(
      out.events.map((e) => [e.type, e.catalog, e.file, e.line]),
      [['model-version-updated', CATALOG, APPS, lineAt(dir, APPS, 'vllm/vllm-openai:v0.8.0')]],
    );
  });

  test('a patch the Application adds that gives the agent a tool is a tool event at the patch line', () => {
    const files = overlayApp();
    files[APPS] = argoApp(`patches:
  - target:
      kind: Agent
      name: k8s-ops
    patch: |-
      - op: add
        path: /spec/declarative/tools/0/mcpServer/toolNames/-
        value: k8s_get_events`);
    const dir = repoWith(files);
    replaceIn(dir, APPS, 'value: k8s_get_events', 'value: k8s_create_resource');
    commitAll(dir, 'prod: one more tool');
    const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
    const tool = out.events.filter((e) => e.type === 'tool-surface-modified');
    assert.ok(tool.length > 0, JSON.stringify(out.events));
    for (const e of tool) assert.deepEqual([e.file, e.line], [APPS, lineAt(dir, APPS, 'value: k8s_create_resource')]);
  });

  test('a change to an Application of another folder is no event', () => {
    const files = overlayApp();
    files[APPS] = ARGO_IMAGES;
    files['clusters/prod/other.yaml'] = argoApp('images:\n  - vllm/vllm-openai:v0.7.1', 'apps/other').replace(
      'name: k8s-ops',
      'name: other',
    );
    files['apps/other/kustomization.yaml'] = 'resources: []\n';
    const dir = repoWith(files);
    replaceIn(dir, 'clusters/prod/other.yaml', 'vllm/vllm-openai:v0.7.1', 'vllm/vllm-openai:v0.9.0');
    commitAll(dir, 'other: vllm 0.9.0');
    assert.deepEqual(diff(dir, '--base', 'HEAD~1', '--head', 'HEAD').events, []);
    // The same bump in the agent's own Application is the agent's.
    replaceIn(dir, APPS, 'vllm/vllm-openai:v0.7.1', 'vllm/vllm-openai:v0.9.0');
    commitAll(dir, 'k8s-ops: vllm 0.9.0');
    assert.deepEqual(
      diff(dir, '--base', 'HEAD~1', '--head', 'HEAD').events.map((e) => e.file),
      [APPS],
    );
  });

  test('a remote patch path or a component out of the repository is a note and nothing is fetched', () => {
    const files = overlayApp();
    files[APPS] = argoApp(`patches:
  - path: https://example.com/patch.yaml
components:
  - ../../../../../../etc`);
    const dir = repoWith(files);
    const v = validate(dir);
    const notes = v.findings.filter((f) => f.rule === 'manifest-not-rendered');
    assert.equal(notes.length, 1, JSON.stringify(v.findings));
    assert.equal(`${notes[0].file}:${notes[0].line}`, `${APPS}:${lineAt(dir, APPS, 'https://example.com/patch.yaml')}`);
    assert.match(notes[0].message, /remote patch 'https:\/\/example\.com\/patch\.yaml' is not fetched/);
    replaceIn(dir, APPS, '  - path: https://example.com/patch.yaml\n', '  - path: model-patch.yaml\n');
    const out = validate(dir).findings.filter((f) => f.rule === 'manifest-not-rendered');
    assert.equal(out.length, 1, JSON.stringify(out));
    assert.match(out[0].message, /leads out of the repository/);
    assert.ok(!existsSync(join(dir, 'etc')));
  });
});

const FLUX = 'clusters/prod/agents.yaml';

const fluxKustomization = (path: string, options: string) => `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: agents
  namespace: flux-system
spec:
  interval: 10m
  path: ./${path}
  prune: true
  sourceRef:
    kind: GitRepository
    name: flux-system
${options.replace(/^/gm, '  ')}
`;

const FLUX_OPTIONS = `images:
  - name: nvcr.io/nim/meta/llama-3.1-8b-instruct
    newName: nvcr.io/nim/meta/llama-3.3-70b-instruct
    newTag: 1.9.0
patches:
  - target:
      kind: Agent
      name: k8s-ops
    patch: |-
      - op: add
        path: /spec/declarative/tools/0/mcpServer/toolNames/-
        value: k8s_get_events`;

/**
 * An ApplicationSet as Argo CD's docs write one for "this app on every production cluster": a cluster generator,
 * Go templates in the name and destination, and the source path and kustomize options written out.
 */
const argoAppSet = (kustomize: string, path = OVERLAY) => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: k8s-ops
  namespace: argocd
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
    - clusters:
        selector:
          matchLabels:
            env: prod
  template:
    metadata:
      name: '{{.name}}-k8s-ops'
    spec:
      project: default
      source:
        repoURL: https://github.com/example/gitops.git
        targetRevision: main
        path: ${path}
        kustomize:
${kustomize.replace(/^/gm, '          ')}
      destination:
        server: '{{.server}}'
        namespace: agents
`;

describe('Argo CD ApplicationSet kustomize options over the agent folder', { skip }, () => {
  const images = (tag: string) => `images:
  - vllm/vllm-openai:v0.7.1
  - nvcr.io/nim/meta/llama-3.1-8b-instruct=nvcr.io/nim/meta/llama-3.3-70b-instruct:${tag}`;

  test("a tag bumped in the template's kustomize.images is a model event at the ApplicationSet's line", () => {
    const files = withNim();
    files[APPS] = argoAppSet(images('1.9.0'));
    assert.match(initCatalog(repoWith(files)), /llama-3\.3-70b-instruct/);
    const dir = repoWith(files);
    replaceIn(dir, APPS, 'llama-3.3-70b-instruct:1.9.0', 'llama-3.3-70b-instruct:1.10.1');
    commitAll(dir, 'prod: nim 1.10.1');
    const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
    assert.deepEqual(
      out.events.map((e) => [e.type, e.catalog, e.file, e.line]),
      [['model-version-updated', CATALOG, APPS, lineAt(dir, APPS, 'llama-3.3-70b-instruct:1.10.1')]],
    );
  });

  test('options a generator fills in ({{…}}) are not applied as written: the folder is read as it is', () => {
    const files = withNim();
    files[APPS] = argoAppSet(images('{{.metadata.labels.nimTag}}'));
    const catalog = initCatalog(repoWith(files));
    assert.doesNotMatch(catalog, /\{\{|llama-3\.3/);
    assert.match(catalog, /llama-3\.1-8b-instruct/);
    // The same for a templated path: which folder each Application builds is the generator's.
    files[APPS] = argoAppSet(images('1.9.0'), '{{.path.path}}');
    assert.match(initCatalog(repoWith(files)), /llama-3\.1-8b-instruct/);
  });
});

describe('Flux Kustomization images and patches over the agent folder', { skip }, () => {
  test('over a Kustomize app: a newTag bump is a model event at the Flux line', () => {
    const files = withNim();
    files[FLUX] = fluxKustomization(OVERLAY, FLUX_OPTIONS);
    const dir = repoWith(files);
    assert.match(initCatalog(dir), /llama-3\.3-70b-instruct/);
    const repo = repoWith({ ...files });
    replaceIn(repo, FLUX, 'newTag: 1.9.0', 'newTag: 1.10.1');
    commitAll(repo, 'prod: nim 1.10.1');
    const out = diff(repo, '--base', 'HEAD~1', '--head', 'HEAD');
    assert.deepEqual(
      out.events.map((e) => [e.type, e.file, e.line]),
      [['model-version-updated', FLUX, lineAt(repo, FLUX, 'newTag: 1.10.1')]],
    );
  });

  test('over a folder of plain manifests (Flux generates its kustomization): the image and a patched tool are read from the Flux Kustomization', () => {
    const files = exampleFiles(APP);
    files[`${APP}/manifests/nim.yaml`] = NIM;
    files[FLUX] = fluxKustomization(`${APP}/manifests`, FLUX_OPTIONS);
    const dir = repoWith(files);
    const catalog = initCatalog(repoWith({ ...files }));
    assert.match(catalog, /llama-3\.3-70b-instruct/);
    assert.doesNotMatch(catalog, /llama-3\.1-8b-instruct/);
    assert.deepEqual(
      validate(dir).findings.filter((f) => f.rule === 'manifest-not-rendered'),
      [],
      'built: no note',
    );
    replaceIn(dir, FLUX, 'value: k8s_get_events', 'value: k8s_create_resource');
    commitAll(dir, 'prod: another tool');
    const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
    const tool = out.events.filter((e) => e.type === 'tool-surface-modified');
    assert.ok(tool.length > 0, JSON.stringify(out.events));
    for (const e of tool) assert.deepEqual([e.file, e.line], [FLUX, lineAt(dir, FLUX, 'value: k8s_create_resource')]);
  });

  test('without kubectl or kustomize the options are one note and the files are read as they are', () => {
    const files = exampleFiles(APP);
    files[`${APP}/manifests/nim.yaml`] = NIM;
    files[FLUX] = fluxKustomization(`${APP}/manifests`, FLUX_OPTIONS);
    const dir = repoWith(files);
    const r = runCli(['validate', '-C', dir, '--format', 'json'], { env: { THREATCAT_KUSTOMIZE: 'off' } });
    const out = JSON.parse(r.stdout) as {
      findings: Array<{ rule: string; file: string; line: number; message: string }>;
    };
    const notes = out.findings.filter((f) => f.rule === 'manifest-not-rendered');
    assert.equal(notes.length, 1, JSON.stringify(notes));
    assert.equal(notes[0].file, FLUX);
    assert.match(notes[0].message, /Flux Kustomization agents .*THREATCAT_KUSTOMIZE=off/);
  });
});

test('Argo CD options over a folder without a kustomization are one note at the kustomize block (Argo CD cannot build it)', () => {
  const files = exampleFiles(APP);
  files[APPS] = argoApp('images:\n  - vllm/vllm-openai:v0.7.1', `${APP}/manifests`);
  const dir = repoWith(files);
  const notes = validate(dir).findings.filter((f) => f.rule === 'manifest-not-rendered');
  assert.deepEqual(
    notes.map((f) => `${f.file}:${f.line}`),
    [`${APPS}:${lineAt(dir, APPS, 'kustomize:')}`],
  );
  assert.match(notes[0].message, /has no kustomization\.yaml: Argo CD cannot build it/);
});
