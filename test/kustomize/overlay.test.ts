// Kustomize apps are built from both git states (no checkout), and each event points at the source line that made
// the change: the overlay's patch, the kustomization's `images:`, or the base resource (issue 10 item 3).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, writeAt } from '../helpers/fixtures.js';
import { commitAll, diff, lineAt, replaceIn, repoWith, validate } from '../scope/repo.js';
import { APP, CATALOG, noKustomize, OVERLAY, overlayApp } from './app.js';

const skip = noKustomize();

describe('Kustomize apps, built', { skip }, () => {
  const PATCH = `${OVERLAY}/model-patch.yaml`;
  const KUST = `${OVERLAY}/kustomization.yaml`;

  test('a model bumped in the overlay patch is one event at the patch line', () => {
    const dir = repoWith(overlayApp());
    replaceIn(dir, PATCH, 'model: claude-opus-4-5', 'model: claude-opus-4-6');
    commitAll(dir, 'bump');
    const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
    assert.deepEqual(
      out.events.map((e) => [e.type, e.catalog, e.file, e.line]),
      [['model-version-updated', CATALOG, PATCH, lineAt(dir, PATCH, 'model: claude-opus-4-6')]],
    );
  });

  test('a base change the overlay overrides is no event; one it does not override is, at the base line', () => {
    const dir = repoWith(overlayApp());
    replaceIn(dir, `${APP}/base/model.yaml`, 'model: claude-sonnet-4-5-20250929', 'model: claude-haiku-4-5');
    commitAll(dir, 'base model, overridden');
    assert.deepEqual(diff(dir, '--base', 'HEAD~1', '--head', 'HEAD').events, []);
    replaceIn(dir, `${APP}/base/model.yaml`, 'provider: Anthropic', 'provider: OpenAI');
    commitAll(dir, 'base provider');
    const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
    assert.deepEqual(
      out.events.map((e) => [e.type, e.file, e.line]),
      [['model-version-updated', `${APP}/base/model.yaml`, lineAt(dir, `${APP}/base/model.yaml`, 'provider: OpenAI')]],
    );
  });

  test('an inline JSON 6902 patch is located inside the kustomization', () => {
    const dir = repoWith(overlayApp());
    replaceIn(dir, KUST, 'value: k8s_patch_resource', 'value: k8s_get_events');
    commitAll(dir, 'approval moves to another tool');
    const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
    const e = out.events.find((x) => x.type === 'autonomy-tier-changed');
    assert.ok(e, JSON.stringify(out.events));
    assert.equal(e.file, KUST);
    assert.equal(e.line, lineAt(dir, KUST, 'value: k8s_get_events'));
  });

  test("an image bumped with the overlay's images: is a model event at newTag", () => {
    const dir = repoWith(overlayApp());
    replaceIn(dir, KUST, 'newTag: v0.6.3', 'newTag: v0.7.0');
    commitAll(dir, 'vllm');
    const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
    assert.deepEqual(
      out.events.map((e) => [e.type, e.file, e.line]),
      [['model-version-updated', KUST, lineAt(dir, KUST, 'newTag: v0.7.0')]],
    );
  });

  test('a resource the overlay adds is an event at its own file', () => {
    const dir = repoWith(overlayApp());
    const extra = `${OVERLAY}/fetch-server.yaml`;
    writeAt(
      dir,
      extra,
      'apiVersion: toolhive.stacklok.dev/v1beta1\nkind: MCPServer\nmetadata:\n  name: fetch\n  namespace: agents\nspec:\n  image: ghcr.io/stackloklabs/gofetch/server:1.0\n  transport: streamable-http\n',
    );
    replaceIn(dir, KUST, '  - ../../base\n', '  - ../../base\n  - fetch-server.yaml\n');
    commitAll(dir, 'fetch server in prod');
    const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
    const added = out.events.find((e) => e.type === 'mcp-connection-added');
    assert.ok(added, JSON.stringify(out.events));
    assert.equal(added.file, extra);
    assert.equal(added.line, lineAt(dir, extra, 'apiVersion:'));
    assert.ok(out.findings.some((f) => f.rule === 'shadow-component' && f.file === extra));
  });

  test("an overlay that swaps the Agent's ServiceAccount: an event and a shadow identity at the patch line; --write models the new account and marks the old one removed", () => {
    const dir = repoWith(overlayApp());
    writeAt(
      dir,
      `${OVERLAY}/admin-sa.yaml`,
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: k8s-ops-admin\n  namespace: agents\n',
    );
    replaceIn(dir, KUST, '  - ../../base\n', '  - ../../base\n  - admin-sa.yaml\n');
    replaceIn(
      dir,
      KUST,
      'images:\n',
      `  - target:
      kind: Agent
      name: k8s-ops
    patch: |-
      - op: replace
        path: /spec/declarative/deployment/serviceAccountName
        value: k8s-ops-admin
images:
`,
    );
    commitAll(dir, 'prod runs as k8s-ops-admin');
    const at = lineAt(dir, KUST, 'value: k8s-ops-admin');
    const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
    const swap = out.events.find((e) => e.type === 'permissions-changed' && e.subject.startsWith('identity of'));
    assert.deepEqual([swap?.file, swap?.line], [KUST, at], JSON.stringify(out.events));
    // The old account's component no longer covers the identity the agent runs as.
    assert.deepEqual(
      out.findings.filter((f) => f.rule === 'shadow-component').map((f) => [f.file, f.line]),
      [[KUST, at]],
    );
    assert.match(out.findings[0].message, /identity ServiceAccount agents\/k8s-ops-admin is reachable/);

    const w = runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--write']);
    assert.equal(w.code, 0, w.stdout + w.stderr);
    const catalog = readFileSync(join(dir, CATALOG), 'utf8');
    assert.match(catalog, /trustSource: \{ ?kind: ServiceAccount, name: k8s-ops-admin, namespace: agents ?\}/);
    assert.match(
      catalog,
      /- id: agent-sa\n(?: {4}.*\n)*? {4}removed:\n(?: {6}.*\n)*? {6}subject: .*identity of agents\/k8s-ops/,
    );
    const again = diff(dir, '--base', 'HEAD~1');
    assert.deepEqual(
      again.findings.filter((f) => f.rule === 'shadow-component'),
      [],
    );
  });

  test('comments and key order in the overlay are no event', () => {
    const dir = repoWith(overlayApp());
    replaceIn(dir, PATCH, 'spec:\n', '# prod runs the bigger model\nspec:\n');
    replaceIn(dir, KUST, 'images:\n', '# pinned by the platform team\nimages:\n');
    commitAll(dir, 'comments');
    assert.deepEqual(diff(dir, '--base', 'HEAD~1', '--head', 'HEAD').events, []);
  });

  test('validate reads the built app: no finding on the kustomization or the patch', () => {
    const dir = repoWith(overlayApp());
    const v = validate(dir);
    assert.ok(
      !v.findings.some((f) => f.rule === 'manifest-syntax'),
      `no manifest error: ${JSON.stringify(v.findings)}`,
    );
    assert.ok(!v.findings.some((f) => f.file === KUST || f.file === PATCH));
  });

  test('a remote base is a note and is never fetched; the local files are read as they are', () => {
    const dir = repoWith(overlayApp());
    replaceIn(dir, KUST, '  - ../../base\n', '  - ../../base\n  - https://github.com/example/agents//base?ref=v1\n');
    const v = validate(dir);
    const notes = v.findings.filter((f) => f.rule === 'manifest-not-rendered');
    assert.equal(notes.length, 1, JSON.stringify(v.findings));
    assert.equal(notes[0].severity, 'note');
    assert.equal(notes[0].file, KUST);
    assert.equal(notes[0].line, lineAt(dir, KUST, 'https://github.com'));
    assert.match(
      notes[0].message,
      /remote resource 'https:\/\/github\.com\/example\/agents\/\/base\?ref=v1' is not fetched/,
    );
    assert.ok(!v.findings.some((f) => f.severity === 'error' && (f.file === KUST || f.file === PATCH)));
  });

  test('Helm, paths out of the repository and exec functions are refused before kustomize runs', () => {
    const dir = repoWith(overlayApp());
    const marker = join(dir, 'exec-ran');
    writeAt(dir, `${OVERLAY}/evil.sh`, `#!/bin/sh\ntouch ${marker}\ncat\n`);
    writeAt(
      dir,
      `${OVERLAY}/fn.yaml`,
      'apiVersion: example.com/v1\nkind: Evil\nmetadata:\n  name: evil\n  annotations:\n    config.kubernetes.io/function: |\n      exec:\n        path: ./evil.sh\n',
    );
    replaceIn(dir, KUST, 'images:\n', 'transformers:\n  - fn.yaml\nimages:\n');
    const v = validate(dir);
    assert.ok(!existsSync(marker), 'the exec function did not run');
    const note = v.findings.find((f) => f.rule === 'manifest-not-rendered');
    assert.ok(note, JSON.stringify(v.findings));
    assert.match(note.message, /Kustomize could not build agents\/k8s-ops\/overlays\/prod/);

    replaceIn(
      dir,
      KUST,
      'transformers:\n  - fn.yaml\n',
      'helmCharts:\n  - name: x\n    repo: https://charts.example.com\n',
    );
    const helm = validate(dir).findings.find((f) => f.rule === 'manifest-not-rendered');
    assert.match(helm?.message ?? '', /helmCharts: Helm is not run on repository content/);

    replaceIn(dir, KUST, 'helmCharts:\n  - name: x\n    repo: https://charts.example.com\n', '');
    replaceIn(dir, KUST, '  - ../../base\n', '  - ../../base\n  - ../../../../../../etc\n');
    const out = validate(dir).findings.find((f) => f.rule === 'manifest-not-rendered');
    assert.match(out?.message ?? '', /leads out of the repository/);
  });

  test('apps of several agents are built together, and alone when they cannot be', () => {
    const files = overlayApp();
    // A second agent whose app defines an object the first one also defines: one kustomize run cannot hold both.
    const other: Record<string, string> = {};
    for (const [p, t] of Object.entries(files)) other[p.replace('agents/k8s-ops', 'agents/k8s-ops-b')] = t;
    const dir = repoWith({ ...files, ...other });
    replaceIn(dir, PATCH, 'model: claude-opus-4-5', 'model: claude-opus-4-6');
    replaceIn(dir, PATCH.replace('k8s-ops', 'k8s-ops-b'), 'model: claude-opus-4-5', 'model: claude-opus-4-6');
    commitAll(dir, 'both');
    const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
    assert.deepEqual(out.events.map((e) => e.catalog).sort(), ['agents/k8s-ops-b/k8s-ops.threats.yaml', CATALOG]);
  });

  test('a base outside the agent folder: a change there is an event for every overlay built on it', () => {
    const files = overlayApp();
    const moved: Record<string, string> = {};
    for (const [p, t] of Object.entries(files))
      moved[p.startsWith(`${APP}/base/`) ? p.replace(`${APP}/base/`, 'bases/k8s-ops/') : p] = t;
    moved[`${OVERLAY}/kustomization.yaml`] = moved[`${OVERLAY}/kustomization.yaml`].replace(
      '../../base',
      '../../../../bases/k8s-ops',
    );
    const dir = repoWith(moved);
    replaceIn(dir, 'bases/k8s-ops/model.yaml', 'provider: Anthropic', 'provider: OpenAI');
    commitAll(dir, 'shared base');
    const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
    assert.deepEqual(
      out.events.map((e) => [e.type, e.catalog, e.file]),
      [['model-version-updated', CATALOG, 'bases/k8s-ops/model.yaml']],
    );
  });
});

describe('Kustomize generators, built', { skip }, () => {
  const BASE = 'apps/triage-bot/base';
  const PROD = 'apps/triage-bot/overlays/prod';
  const files: Record<string, string> = {
    [`${BASE}/kustomization.yaml`]: `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: triage
resources:
  - deployment.yaml
configMapGenerator:
  - name: triage-bot-config
    literals:
      - OPENAI_MODEL=gpt-4.1-mini
`,
    [`${BASE}/deployment.yaml`]: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: triage-bot
spec:
  template:
    spec:
      serviceAccountName: triage-bot
      containers:
        - name: agent
          image: ghcr.io/acme/triage-bot:1.4.0
          envFrom:
            - configMapRef:
                name: triage-bot-config
`,
    [`${PROD}/kustomization.yaml`]: `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
configMapGenerator:
  - name: triage-bot-config
    behavior: merge
    literals:
      - LOG_LEVEL=info
      - OPENAI_MODEL=gpt-4.1
`,
  };

  test("a model set by an overlay's configMapGenerator literal (behavior: merge) is an event at that literal, not at line 1 of the base kustomization", () => {
    const dir = repoWith(files);
    const init = runCli(['init', '--agent', 'triage-bot', '-C', dir, 'apps/triage-bot']);
    assert.equal(init.code, 0, init.stdout + init.stderr);
    commitAll(dir, 'catalog');
    replaceIn(dir, `${PROD}/kustomization.yaml`, 'OPENAI_MODEL=gpt-4.1', 'OPENAI_MODEL=gpt-5');
    commitAll(dir, 'prod: gpt-5');
    const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
    assert.deepEqual(
      out.events.map((e) => [e.type, e.file, e.line]),
      [
        [
          'model-version-updated',
          `${PROD}/kustomization.yaml`,
          lineAt(dir, `${PROD}/kustomization.yaml`, 'OPENAI_MODEL=gpt-5'),
        ],
      ],
    );
  });

  test('a Deployment whose ServiceAccount a strategic-merge patch swaps: validate flags the new account until --write models it; init models the rendered account', () => {
    const dir = repoWith(files);
    const CAT = 'apps/triage-bot/triage-bot.threats.yaml';
    assert.equal(runCli(['init', '--agent', 'triage-bot', '-C', dir, 'apps/triage-bot']).code, 0);
    commitAll(dir, 'catalog');
    const PATCH = `${PROD}/identity-patch.yaml`;
    writeAt(
      dir,
      PATCH,
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: triage-bot\nspec:\n  template:\n    spec:\n      serviceAccountName: triage-admin\n',
    );
    replaceIn(
      dir,
      `${PROD}/kustomization.yaml`,
      'configMapGenerator:',
      'patches:\n  - path: identity-patch.yaml\nconfigMapGenerator:',
    );
    commitAll(dir, 'prod runs as triage-admin');
    const at = lineAt(dir, PATCH, 'serviceAccountName: triage-admin');
    const swap = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD').events.find((e) =>
      e.subject.startsWith('identity of'),
    );
    assert.deepEqual([swap?.type, swap?.file, swap?.line], ['permissions-changed', PATCH, at]);
    const before = validate(dir);
    assert.deepEqual(
      before.findings.map((f) => [f.rule, f.file, f.line]),
      [['shadow-component', PATCH, at]],
    );
    assert.equal(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--write']).code, 0);
    const after = validate(dir);
    assert.deepEqual([after.code, after.findings], [0, []]);
    assert.match(
      readFileSync(join(dir, CAT), 'utf8'),
      /trustSource: \{kind: ServiceAccount, name: triage-admin, namespace: triage\}/,
    );

    // init on the overlay's state writes the account the agent runs as, not the base's.
    const fresh = repoWith(files);
    writeAt(fresh, PATCH, readFileSync(join(dir, PATCH), 'utf8'));
    writeAt(fresh, `${PROD}/kustomization.yaml`, readFileSync(join(dir, `${PROD}/kustomization.yaml`), 'utf8'));
    assert.equal(runCli(['init', '--agent', 'triage-bot', '-C', fresh, 'apps/triage-bot']).code, 0);
    const written = readFileSync(join(fresh, CAT), 'utf8');
    assert.match(written, /name: triage-admin/);
    assert.doesNotMatch(written, /trustSource: \{kind: ServiceAccount, name: triage-bot/);
    assert.deepEqual(validate(fresh).findings, []);
  });
});

if (skip) console.log(`# ${skip}`);
