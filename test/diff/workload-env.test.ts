import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { commit, convergeInit, type DiffJson, diffJson, edit, line, reopened } from './scenario.js';
import { runCli, tempDir } from '../helpers/fixtures.js';
import type { ThreatCatalog } from '../../src/model/catalog.js';

/**
 * A custom agent run as a plain Deployment (a LangGraph or OpenAI Agents SDK app) takes its model, provider key and
 * MCP servers from its environment. A pull request that swaps the model, the key's Secret, the image or an MCP URL
 * there must not pass unseen: each is an event at the changed line (in the Deployment or in the ConfigMap the
 * environment comes from), on a catalog `init` wrote from the same manifests (real git repositories and commits).
 */

const APP = 'apps/bot';
const DEPLOY = `${APP}/deploy.yaml`;
const CONFIG = `${APP}/config.yaml`;
const CATALOG = `${APP}/support-bot.threats.yaml`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: support-bot, namespace: bots}
spec:
  selector: {matchLabels: {app: support-bot}}
  template:
    metadata: {labels: {app: support-bot}}
    spec:
      serviceAccountName: support-bot
      containers:
        - name: agent
          image: ghcr.io/acme/support-bot:1.4.0
          args: ["--graph", "support"]
          envFrom:
            - configMapRef: {name: support-bot-llm}
          env:
            - {name: LOG_LEVEL, value: info}
            - name: OPENAI_API_KEY
              valueFrom: {secretKeyRef: {name: openai, key: api-key}}
            - {name: GITHUB_MCP_URL, value: "https://api.githubcopilot.com/mcp/"}
        - name: cache
          image: redis:7.2
`;

const CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata: {name: support-bot-llm, namespace: bots}
data:
  OPENAI_MODEL: gpt-4o-mini
  OPENAI_BASE_URL: https://api.openai.com/v1
  TEMPERATURE: "0.2"
`;

/** The app's catalog written by `init`, every threat closed with evidence: the converged state a PR starts from. */
function botRepo(): string {
  const dir = tempDir('threatcat-workload-env-');
  mkdirSync(join(dir, APP), { recursive: true });
  writeFileSync(join(dir, DEPLOY), DEPLOYMENT);
  writeFileSync(join(dir, CONFIG), CONFIGMAP);
  convergeInit(dir, 'support-bot', APP);
  return dir;
}

function pr(dir: string, path: string, from: string, to: string): DiffJson {
  edit(dir, path, from, to);
  commit(dir, `${from} -> ${to}`);
  return diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out;
}

function catalog(dir: string): ThreatCatalog {
  return jsYaml.load(readFileSync(join(dir, CATALOG), 'utf8')) as ThreatCatalog;
}

test('init models a plain Deployment agent from its environment: its model (from a ConfigMap) and the MCP server its env names', () => {
  const dir = botRepo();
  const c = catalog(dir);
  const mcp = c.components.filter((x) => x.category === 'mcp-tool').map((x) => x.trustSource);
  assert.deepEqual(mcp, [{ kind: 'EnvMCPServer', name: 'GITHUB_MCP_URL', namespace: 'bots' }]);
  assert.ok(c.components.some((x) => x.category === 'inference' && x.trustSource.kind === 'Deployment'));
  // And a diff of nothing is quiet: the catalog agrees with what it modelled.
  const none = diffJson(dir, '--base', 'HEAD');
  assert.deepEqual(none.out.events, []);
  assert.deepEqual(none.out.findings, []);
});

test('a model swapped in the ConfigMap the agent reads its environment from re-opens its model threats at that line', () => {
  const dir = botRepo();
  const out = pr(dir, CONFIG, 'OPENAI_MODEL: gpt-4o-mini', 'OPENAI_MODEL: o3');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.file, e.line, e.subject]),
    [['model-version-updated', CONFIG, line(dir, CONFIG, 'OPENAI_MODEL'), 'Deployment bots/support-bot']],
  );
  assert.deepEqual(
    [(out.events[0].before as { model: string }).model, (out.events[0].after as { model: string }).model],
    ['gpt-4o-mini', 'o3'],
  );
  assert.ok(reopened(out).length > 0, 'the model component has threats to re-open');
});

test('the ConfigMap kept in a platform folder: init reads the model from it, and a model swapped there is the same event', () => {
  const dir = tempDir('threatcat-workload-env-shared-');
  const SHARED = 'platform/llm/support-bot.yaml';
  mkdirSync(join(dir, APP), { recursive: true });
  mkdirSync(join(dir, 'platform/llm'), { recursive: true });
  writeFileSync(join(dir, DEPLOY), DEPLOYMENT);
  writeFileSync(join(dir, SHARED), CONFIGMAP);
  convergeInit(dir, 'support-bot', APP);
  const model = catalog(dir).components.find((x) => x.category === 'inference');
  assert.match(JSON.stringify(model), /gpt-4o-mini/, 'init named the model the shared ConfigMap gives');
  const out = pr(dir, SHARED, 'OPENAI_MODEL: gpt-4o-mini', 'OPENAI_MODEL: o3');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.file, e.line, e.subject]),
    [['model-version-updated', SHARED, line(dir, SHARED, 'OPENAI_MODEL'), 'Deployment bots/support-bot']],
  );
  assert.ok(reopened(out).length > 0, 'the model component has threats to re-open');
});

test("the provider key's Secret swapped, the base URL moved or a new image: each an event at its line", () => {
  const dir = botRepo();
  const key = pr(dir, DEPLOY, '{name: openai, key: api-key}', '{name: openai-org-admin, key: api-key}');
  assert.deepEqual(
    key.events.map((e) => [e.type, e.file, e.line]),
    // The line that changed: the `secretKeyRef` that names the new Secret, not the variable's `name:` above it.
    [['model-version-updated', DEPLOY, line(dir, DEPLOY, 'openai-org-admin')]],
  );
  assert.match(JSON.stringify(key.events[0].after), /openai-org-admin/);
  const url = pr(dir, CONFIG, 'https://api.openai.com/v1', 'https://llm-proxy.example.net/v1');
  assert.deepEqual(
    url.events.map((e) => [e.type, e.file, e.line]),
    [['model-version-updated', CONFIG, line(dir, CONFIG, 'OPENAI_BASE_URL')]],
  );
  const image = pr(dir, DEPLOY, 'support-bot:1.4.0', 'support-bot:1.5.0');
  assert.deepEqual(
    image.events.map((e) => [e.type, e.file, e.line]),
    [['model-version-updated', DEPLOY, line(dir, DEPLOY, 'support-bot:1.5.0')]],
  );
  assert.ok(reopened(image).length > 0);
});

test("a Secret swapped in the pod's second container is an event at that Secret's line, not the first container's", () => {
  const dir = botRepo();
  // The sidecar gets a Secret of its own (a first pull request), then the pull request under test swaps it.
  edit(
    dir,
    DEPLOY,
    '          image: redis:7.2\n',
    '          image: redis:7.2\n          env:\n            - name: REDIS_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: redis\n                  key: password\n',
  );
  commit(dir, 'cache: a password');
  const swap = pr(dir, DEPLOY, '                  name: redis\n', '                  name: redis-admin\n');
  assert.deepEqual(
    swap.events.map((e) => [e.type, e.file, e.line]),
    [['model-version-updated', DEPLOY, line(dir, DEPLOY, 'name: redis-admin')]],
  );
  assert.match(JSON.stringify(swap.events[0].after), /env REDIS_PASSWORD from Secret redis-admin\/password/);
  assert.ok(reopened(swap).length > 0, "the Secret is one of the agent's accounts: its threats re-open");
});

test('an MCP URL in the environment changed or added is a connection event; a new one is a shadow component until modelled', () => {
  const dir = botRepo();
  const moved = pr(dir, DEPLOY, 'https://api.githubcopilot.com/mcp/', 'https://mcp.evil.example/mcp');
  assert.deepEqual(
    moved.events.map((e) => [e.type, e.file, e.line, e.subject]),
    [
      [
        'mcp-connection-added',
        DEPLOY,
        line(dir, DEPLOY, 'mcp.evil.example'),
        'EnvMCPServer bots/GITHUB_MCP_URL: endpoint',
      ],
    ],
  );
  const added = pr(
    dir,
    DEPLOY,
    '            - {name: LOG_LEVEL, value: info}\n',
    '            - {name: LOG_LEVEL, value: info}\n            - {name: JIRA_TOOLS, value: "http://jira-mcp.tools.svc:8080/mcp"}\n',
  );
  assert.deepEqual(
    added.events.map((e) => [e.type, e.direction, e.line]),
    [['mcp-connection-added', 'widened', line(dir, DEPLOY, 'jira-mcp')]],
  );
  assert.deepEqual(
    added.findings.map((f) => [f.rule, f.line]),
    [['shadow-component', line(dir, DEPLOY, 'jira-mcp')]],
  );
  // diff --write models it; validate then agrees.
  const w = runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--write']);
  assert.equal(w.code, 0, w.stdout + w.stderr);
  assert.ok(catalog(dir).components.some((x) => x.trustSource.name === 'JIRA_TOOLS'));
  const v = runCli(['validate', '-C', dir]);
  assert.equal(v.code, 0, v.stdout + v.stderr);
});

test('environment that names no model, endpoint, key or MCP server changes nothing', () => {
  const dir = botRepo();
  edit(dir, DEPLOY, '{name: LOG_LEVEL, value: info}', '{name: LOG_LEVEL, value: debug}');
  edit(dir, CONFIG, 'TEMPERATURE: "0.2"', 'TEMPERATURE: "0.7"');
  commit(dir, 'tuning');
  const out = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  assert.deepEqual(out.out.events, []);
  assert.equal(out.code, 0);
});

test("a Secret mounted as a volume into the agent's pod (secret, projected, Secrets Store CSI) is one of its accounts, at the volume", () => {
  const dir = botRepo();
  // corev1.Volume: a Secret volume, a projected volume with a Secret source, and a Secrets Store CSI volume
  // (kubernetes-sigs/secrets-store-csi-driver: driver secrets-store.csi.k8s.io, volumeAttributes.secretProviderClass).
  const secret = pr(
    dir,
    DEPLOY,
    '          image: redis:7.2\n',
    '          image: redis:7.2\n      volumes:\n        - name: db-admin\n          secret:\n            secretName: support-db-admin\n',
  );
  assert.deepEqual(
    secret.events.map((e) => [e.type, e.direction, e.file, e.line, e.subject]),
    [
      [
        'model-version-updated',
        'changed',
        DEPLOY,
        line(dir, DEPLOY, 'secretName: support-db-admin'),
        'Deployment bots/support-bot',
      ],
    ],
  );
  assert.match(JSON.stringify(secret.events[0].after), /volume db-admin from Secret support-db-admin/);
  assert.ok(reopened(secret).length > 0, "the Secret is one of the agent's accounts: its threats re-open");
  const projected = pr(
    dir,
    DEPLOY,
    '            secretName: support-db-admin\n',
    '            secretName: support-db-admin\n        - name: creds\n          projected:\n            sources:\n              - configMap: {name: support-bot-llm}\n              - secret:\n                  name: stripe-live\n',
  );
  assert.deepEqual(
    projected.events.map((e) => [e.type, e.line]),
    [['model-version-updated', line(dir, DEPLOY, 'name: stripe-live')]],
  );
  assert.match(JSON.stringify(projected.events[0].after), /volume creds from Secret stripe-live/);
  const csi = pr(
    dir,
    DEPLOY,
    '                  name: stripe-live\n',
    '                  name: stripe-live\n        - name: vault\n          csi:\n            driver: secrets-store.csi.k8s.io\n            readOnly: true\n            volumeAttributes:\n              secretProviderClass: prod-payments\n',
  );
  assert.deepEqual(
    csi.events.map((e) => [e.type, e.line]),
    [['model-version-updated', line(dir, DEPLOY, 'secretProviderClass: prod-payments')]],
  );
  assert.match(JSON.stringify(csi.events[0].after), /volume vault from SecretProviderClass prod-payments/);
});

test("a node directory mounted into the agent's pod (hostPath) is a host-paths event at the volume; made writable, another", () => {
  const dir = botRepo();
  const mounted = pr(
    dir,
    DEPLOY,
    '          image: redis:7.2\n',
    '          image: redis:7.2\n      volumes:\n        - name: docker\n          hostPath:\n            path: /var/run/docker.sock\n',
  );
  assert.deepEqual(
    mounted.events.map((e) => [e.type, e.direction, e.file, e.line, e.subject, e.after]),
    [
      [
        'tool-surface-modified',
        'widened',
        DEPLOY,
        line(dir, DEPLOY, '- name: docker'),
        'Deployment bots/support-bot: host paths',
        ['/var/run/docker.sock:/var/run/docker.sock'],
      ],
    ],
  );
  // The agent container mounts it read-only, then the pull request under test drops readOnly.
  edit(
    dir,
    DEPLOY,
    '          image: ghcr.io/acme/support-bot:1.4.0\n',
    '          image: ghcr.io/acme/support-bot:1.4.0\n          volumeMounts:\n            - {name: docker, mountPath: /host/docker.sock, readOnly: true}\n',
  );
  commit(dir, 'mount it read-only');
  const writable = pr(dir, DEPLOY, ', readOnly: true}', '}');
  assert.deepEqual(
    writable.events.map((e) => [e.type, e.direction, e.line, e.after]),
    [
      [
        'tool-surface-modified',
        'changed',
        line(dir, DEPLOY, '- name: docker'),
        ['/var/run/docker.sock:/host/docker.sock'],
      ],
    ],
  );
});

test("a registry Secret added to the agent's pod (imagePullSecrets) is one of its accounts, at its name", () => {
  const dir = botRepo();
  const out = pr(
    dir,
    DEPLOY,
    '      serviceAccountName: support-bot\n',
    '      serviceAccountName: support-bot\n      imagePullSecrets:\n        - name: acme-registry\n',
  );
  assert.deepEqual(
    out.events.map((e) => [e.type, e.direction, e.file, e.line]),
    [['model-version-updated', 'changed', DEPLOY, line(dir, DEPLOY, '- name: acme-registry')]],
  );
  assert.match(JSON.stringify(out.events[0].after), /image pull credentials from Secret acme-registry/);
});
