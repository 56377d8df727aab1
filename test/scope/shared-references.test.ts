// Objects an agent names that platform repositories keep in a shared folder (kagent's chart installs
// `default-model-config` and the `kagent-tool-server` RemoteMCPServer): the agent's ModelConfig, RemoteMCPServer,
// ToolHive MCPToolConfig, KServe ServingRuntime are followed by name wherever they are, so a pull request that
// changes only the shared file re-opens what the same change inside the agent's folder would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInit } from '../../src/app/init.js';
import { runValidate } from '../../src/app/validate.js';
import { EXAMPLE } from '../helpers/fixtures.js';
import { commitAll, diff, type DiffOut, exampleFiles, replaceIn, repoWith } from './repo.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const AGENT_DIR = 'agents/k8s-ops';
const CATALOG = `${AGENT_DIR}/k8s-ops.threats.yaml`;
const IN_FOLDER = `${AGENT_DIR}/manifests/platform.yaml`;
const SHARED = 'platform/kagent/shared.yaml';

const MODEL = readFileSync(join(EXAMPLE, 'manifests/model.yaml'), 'utf8');
const TOOLS = readFileSync(join(EXAMPLE, 'manifests/tools.yaml'), 'utf8');
/** The ModelConfig and RemoteMCPServer the example agent names, in one file. */
const PLATFORM = `${MODEL}---\n${TOOLS}`;

/**
 * The example agent (Agent, ServiceAccount, RBAC) with its ModelConfig and RemoteMCPServer in `at`: its own
 * folder (the control) or a shared platform folder. `extra` adds files.
 */
function repo(at: string, extra: Record<string, string> = {}, platform = PLATFORM): string {
  const files = exampleFiles(AGENT_DIR);
  delete files[`${AGENT_DIR}/manifests/model.yaml`];
  delete files[`${AGENT_DIR}/manifests/tools.yaml`];
  return repoWith({ ...files, [at]: platform, ...extra });
}

/** The events and re-open plan of a diff, with the changed file's path made the same in both cases. */
function comparable(out: DiffOut, at: string): unknown {
  return {
    events: out.events.map((e) => ({ ...e, file: e.file === at ? '<platform>' : e.file })),
    reopen: out.reopen,
  };
}

/** The same change, committed in the shared folder and in the agent's folder: the two diffs. */
function bothWays(
  from: string,
  to: string,
  extra: Record<string, string> = {},
  platform = PLATFORM,
): { shared: DiffOut; control: DiffOut } {
  const run = (at: string) => {
    const dir = repo(at, extra, platform);
    replaceIn(dir, at, from, to);
    commitAll(dir, 'platform change');
    return diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  };
  return { shared: run(SHARED), control: run(IN_FOLDER) };
}

function surfaceOf(dir: string) {
  const r = runValidate({ root: dir, paths: [], now: NOW, keepValid: true });
  assert.equal(r.valid?.length, 1);
  const c = r.valid[0];
  assert.ok(c?.surface, `the catalog's surface: ${JSON.stringify(r.findings)}`);
  return { surface: c.surface, manifests: c.manifests, findings: r.findings };
}

test('a model swapped in the shared ModelConfig is the event it is when the file is in the agent folder', () => {
  const { shared, control } = bothWays('model: claude-sonnet-4-5-20250929', 'model: some-unvetted-model');
  const e = shared.events.find((x) => x.type === 'model-version-updated');
  assert.ok(e, `model-version-updated: ${JSON.stringify(shared.events)}`);
  assert.equal(e.file, SHARED);
  assert.equal(e.catalog, CATALOG);
  assert.ok(shared.reopen.length > 0, 'the change re-opens threats');
  assert.deepEqual(comparable(shared, SHARED), comparable(control, IN_FOLDER));
});

test("the shared RemoteMCPServer's URL moved to an outside host is the event it is in the agent folder", () => {
  const { shared, control } = bothWays(
    'url: http://kagent-tools.kagent:8084/mcp',
    'url: https://mcp.attacker.example/mcp',
  );
  const e = shared.events.find((x) => x.type === 'mcp-connection-added');
  assert.ok(e, `mcp-connection-added: ${JSON.stringify(shared.events)}`);
  assert.equal(e.file, SHARED);
  assert.deepEqual(comparable(shared, SHARED), comparable(control, IN_FOLDER));
});

test('init and validate read the shared ModelConfig and RemoteMCPServer as they read them in the folder', () => {
  const catalogs: string[] = [];
  for (const at of [SHARED, IN_FOLDER]) {
    const dir = repo(at);
    const { surface } = surfaceOf(dir);
    const model = surface.models.find((m) => m.ref.kind === 'ModelConfig');
    assert.equal(model?.model, 'claude-sonnet-4-5-20250929');
    assert.equal(model?.definedAt?.file, at);
    const server = surface.mcpServers.find((s) => s.ref.kind === 'RemoteMCPServer');
    assert.equal(server?.url, 'http://kagent-tools.kagent:8084/mcp');
    assert.equal(server?.definedAt?.file, at);
    const fresh = repoWith({
      [`${AGENT_DIR}/agent.yaml`]: readFileSync(join(EXAMPLE, 'manifests/agent.yaml'), 'utf8'),
      [at.replace(`${AGENT_DIR}/manifests/`, `${AGENT_DIR}/`)]: PLATFORM,
    });
    const out = runInit({ root: fresh, dir: AGENT_DIR, agent: 'k8s-ops', aivssVersion: '0.8', warn: () => {} });
    catalogs.push(readFileSync(join(fresh, out.file), 'utf8'));
  }
  assert.match(catalogs[0], /ModelConfig k8s-ops-model: Anthropic claude-sonnet-4-5-20250929/);
  assert.match(catalogs[0], /RemoteMCPServer kagent-tool-server \(http:\/\/kagent-tools\.kagent:8084\/mcp\)/);
  // The same catalog, but for the paths of the files it names.
  const strip = (t: string) => t.replace(/\S*(platform\/kagent\/shared|platform)\.yaml/g, '<platform>');
  assert.deepEqual(strip(catalogs[0]), strip(catalogs[1]));
});

test("a shared RemoteMCPServer's URL is read as the Flux Kustomization of its folder substitutes it, and followed", () => {
  const tools = TOOLS.replace(
    'url: http://kagent-tools.kagent:8084/mcp',
    'url: http://${TOOLS_SERVICE}.kagent:8084/mcp',
  );
  const dir = repo(
    SHARED,
    {
      'clusters/prod/platform.yaml':
        'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: platform, namespace: flux-system}\nspec:\n  interval: 10m\n  path: ./platform/kagent\n  prune: true\n  sourceRef: {kind: GitRepository, name: flux-system}\n  postBuild:\n    substitute:\n      TOOLS_SERVICE: kagent-tools\n',
      'platform/tools-server/deploy.yaml':
        'apiVersion: v1\nkind: Service\nmetadata: {name: kagent-tools, namespace: kagent}\nspec:\n  selector: {app: kagent-tools}\n  ports: [{port: 8084}]\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: kagent-tools, namespace: kagent}\nspec:\n  selector: {matchLabels: {app: kagent-tools}}\n  template:\n    metadata: {labels: {app: kagent-tools}}\n    spec:\n      serviceAccountName: kagent-tools\n      containers: [{name: tools, image: ghcr.io/kagent-dev/kagent/tools:0.7.4}]\n',
    },
    `${MODEL}---\n${tools}`,
  );
  const { surface } = surfaceOf(dir);
  const server = surface.mcpServers.find((s) => s.ref.kind === 'RemoteMCPServer');
  assert.equal(server?.url, 'http://kagent-tools.kagent:8084/mcp');
  assert.deepEqual(
    (surface.toolIdentities ?? []).map((t) => t.identity),
    ['system:serviceaccount:kagent:kagent-tools'],
    'the Service the substituted URL names leads to the tool server identity',
  );
});

test('a name defined in two namespaces resolves to the one in the agent namespace', () => {
  // Another team's ModelConfig of the same name, first in the file: neither read as the agent's nor an event.
  const other = MODEL.replace('namespace: agents', 'namespace: team-b').replace(
    'model: claude-sonnet-4-5-20250929',
    'model: team-b-model',
  );
  const dir = repo(SHARED, {}, `${other}---\n${PLATFORM}`);
  const { surface } = surfaceOf(dir);
  const models = surface.models.filter((m) => m.ref.kind === 'ModelConfig');
  assert.deepEqual(
    models.map((m) => [m.ref.namespace, m.model, m.definedAt?.file]),
    [['agents', 'claude-sonnet-4-5-20250929', SHARED]],
  );
  replaceIn(dir, SHARED, 'model: team-b-model', 'model: team-b-next');
  commitAll(dir, "team b's model");
  assert.deepEqual(diff(dir, '--base', 'HEAD~1', '--head', 'HEAD').events, []);
  replaceIn(dir, SHARED, 'model: claude-sonnet-4-5-20250929', 'model: claude-sonnet-4-6');
  commitAll(dir, "the agent's model");
  const events = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD').events;
  assert.deepEqual(
    events.map((e) => [e.type, e.subject.split(':')[0], e.file]),
    [['model-version-updated', 'ModelConfig agents/k8s-ops-model', SHARED]],
  );
});

test('a reference to an object defined nowhere stays a bare reference while the shared ones are followed', () => {
  // The agent's ModelConfig is nowhere in the repository (installed with kagent); its tool server is shared.
  const dir = repo(SHARED, {}, TOOLS);
  const { surface } = surfaceOf(dir);
  const model = surface.models.find((m) => m.ref.kind === 'ModelConfig');
  assert.ok(model, 'the reference is kept');
  assert.equal(model.ref.name, 'k8s-ops-model');
  assert.equal(model.definedAt, undefined);
  assert.equal(model.model, undefined);
  assert.equal(surface.mcpServers.find((s) => s.ref.kind === 'RemoteMCPServer')?.definedAt?.file, SHARED);
  replaceIn(dir, SHARED, 'url: http://kagent-tools.kagent:8084/mcp', 'url: https://mcp.attacker.example/mcp');
  commitAll(dir, 'outside tools');
  const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.file]),
    [['mcp-connection-added', SHARED]],
  );
});

test('a ModelConfig nobody references is not pulled into the agent surface, even in the same file', () => {
  const unrelated = MODEL.replaceAll('k8s-ops-model', 'batch-model').replace(
    'model: claude-sonnet-4-5-20250929',
    'model: batch-llm',
  );
  const dir = repo(
    SHARED,
    { 'platform/other/models.yaml': unrelated },
    `${PLATFORM}---\n${unrelated.replaceAll('batch', 'spare')}`,
  );
  const { surface, manifests } = surfaceOf(dir);
  assert.deepEqual(
    surface.models.filter((m) => m.ref.kind === 'ModelConfig').map((m) => [m.ref.name, m.definedAt?.file]),
    [['k8s-ops-model', SHARED]],
  );
  assert.ok(!manifests.some((m) => m.file === 'platform/other/models.yaml'), 'the unrelated file is not read');
  replaceIn(dir, 'platform/other/models.yaml', 'model: batch-llm', 'model: batch-llm-2');
  replaceIn(dir, SHARED, 'model: spare-llm', 'model: spare-llm-2');
  commitAll(dir, 'other models');
  assert.deepEqual(diff(dir, '--base', 'HEAD~1', '--head', 'HEAD').events, []);
});

// A ToolHive server and a KServe model in the agent's folder, their MCPToolConfig and ClusterServingRuntime shared.
const SERVERS = `apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPServer
metadata: {name: web-fetch, namespace: agents}
spec:
  image: ghcr.io/stackloklabs/gofetch/server:1.0.0
  transport: streamable-http
  toolConfigRef: {name: fetch-tool-policy}
---
apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: qwen, namespace: agents}
spec:
  predictor:
    model:
      modelFormat: {name: vLLM}
      runtime: vllm-runtime
      storageUri: hf://Qwen/Qwen3-8B
`;
const RUNTIMES = `apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPToolConfig
metadata: {name: fetch-tool-policy, namespace: agents}
spec:
  toolsFilter: [fetch]
---
apiVersion: serving.kserve.io/v1alpha1
kind: ClusterServingRuntime
metadata: {name: vllm-runtime}
spec:
  supportedModelFormats: [{name: vLLM}]
  containers:
    - name: kserve-container
      image: quay.io/example/vllm:0.8.0
`;

test("a ToolHive server's shared MCPToolConfig and an InferenceService's shared runtime are read and diffed", () => {
  const extra = { [`${AGENT_DIR}/manifests/servers.yaml`]: SERVERS };
  const { surface } = surfaceOf(repo(SHARED, extra, `${PLATFORM}---\n${RUNTIMES}`));
  const fetch = surface.mcpServers.find((s) => s.ref.kind === 'MCPServer');
  assert.deepEqual(fetch?.allowedTools, ['fetch']);
  const qwen = surface.models.find((m) => m.ref.kind === 'InferenceService');
  assert.equal(qwen?.runtime, 'vllm-runtime (quay.io/example/vllm:0.8.0)');
  assert.equal(qwen?.at?.runtime?.file, SHARED);
  for (const [from, to, type] of [
    ['toolsFilter: [fetch]', 'toolsFilter: [fetch, fetch_any_url]', 'tool-surface-modified'],
    ['image: quay.io/example/vllm:0.8.0', 'image: quay.io/example/vllm:0.9.0', 'model-version-updated'],
  ]) {
    const { shared, control } = bothWays(from, to, extra, `${PLATFORM}---\n${RUNTIMES}`);
    assert.ok(
      shared.events.some((e) => e.type === type && e.file === SHARED),
      `${type}: ${JSON.stringify(shared.events)}`,
    );
    assert.deepEqual(comparable(shared, SHARED), comparable(control, IN_FOLDER));
  }
});

test("kagent's default-model-config in a shared folder is the model of an Agent that names none, both ways", () => {
  // The Agent names no ModelConfig: kagent uses `default-model-config` (its chart installs it), found by its kind.
  const agent = readFileSync(join(EXAMPLE, 'manifests/agent.yaml'), 'utf8').replace(
    '    modelConfig: k8s-ops-model\n',
    '',
  );
  // The shared file holds the ModelConfig only: nothing in it is named in the agent's files.
  const platform = MODEL.replace('name: k8s-ops-model', 'name: default-model-config');
  const own = { [`${AGENT_DIR}/manifests/agent.yaml`]: agent, [`${AGENT_DIR}/manifests/tools.yaml`]: TOOLS };
  const run = (at: string) => {
    const dir = repo(at, own, platform);
    const model = surfaceOf(dir).surface.models.find((m) => m.ref.kind === 'ModelConfig');
    assert.deepEqual(
      [model?.ref.name, model?.model, model?.definedAt?.file],
      ['default-model-config', 'claude-sonnet-4-5-20250929', at],
    );
    replaceIn(dir, at, 'model: claude-sonnet-4-5-20250929', 'model: some-unvetted-model');
    commitAll(dir, 'the default model');
    return diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  };
  const shared = run(SHARED);
  assert.ok(
    shared.events.some((e) => e.type === 'model-version-updated' && e.file === SHARED),
    JSON.stringify(shared.events),
  );
  assert.deepEqual(comparable(shared, SHARED), comparable(run(IN_FOLDER), IN_FOLDER));
});

// A TrainedModel loads another model into a running InferenceService (kserve aaac4e294dae
// pkg/apis/serving/v1alpha1/trained_model.go): it names the InferenceService, which names nothing back.
const TRAINED = `apiVersion: serving.kserve.io/v1alpha1
kind: TrainedModel
metadata: {name: qwen-support-lora, namespace: agents}
spec:
  inferenceService: qwen
  model:
    framework: vLLM
    storageUri: hf://example/qwen3-support-lora
    memory: 1Gi
`;

test("a TrainedModel kept in a shared folder loads its model into the agent folder's InferenceService: read and diffed", () => {
  const extra = { [`${AGENT_DIR}/manifests/servers.yaml`]: SERVERS };
  const platform = `${PLATFORM}---\n${RUNTIMES}---\n${TRAINED}`;
  const { surface } = surfaceOf(repo(SHARED, extra, platform));
  const lora = surface.models.find((m) => m.ref.kind === 'TrainedModel');
  assert.deepEqual([lora?.model, lora?.definedAt?.file], ['hf://example/qwen3-support-lora', SHARED]);
  const { shared, control } = bothWays(
    'storageUri: hf://example/qwen3-support-lora',
    'storageUri: hf://unknown/uncensored-lora',
    extra,
    platform,
  );
  const e = shared.events.find((x) => x.type === 'model-version-updated');
  assert.ok(e, JSON.stringify(shared.events));
  assert.equal(e.file, SHARED);
  assert.ok(e.subject.startsWith('TrainedModel agents/qwen-support-lora'), e.subject);
  assert.deepEqual(comparable(shared, SHARED), comparable(control, IN_FOLDER));
});

// An AgentTemplate runs in the Harness of its namespace whose selector matches its labels (kagent 5229184e280a
// go/api/v1alpha3/harness_types.go allowedAgentTemplates): the platform team's Harness names no agent.
const TEMPLATE = `apiVersion: kagent.dev/v1alpha3
kind: AgentTemplate
metadata:
  name: scribe
  namespace: team-a
  labels:
    app.kubernetes.io/name: scribe
    kagent.dev/runtime: standard
spec:
  modelConfig:
    name: scribe-model
  systemPrompt: Summarise incidents.
---
apiVersion: kagent.dev/v1alpha3
kind: ModelConfig
metadata:
  name: scribe-model
  namespace: team-a
spec:
  provider: Anthropic
  model: claude-sonnet-4-5
`;
const HARNESS = `apiVersion: kagent.dev/v1alpha3
kind: Harness
metadata:
  name: standard-runtime
  namespace: team-a
spec:
  kagent: {}
  workload:
    image: ghcr.io/kagent-dev/kagent/app:0.9.1
  allowedAgentTemplates:
    selector:
      matchLabels:
        kagent.dev/runtime: standard
`;

test('the Harness that admits an AgentTemplate, kept in a shared folder, is its runtime: a new image there is its event', () => {
  const run = (at: string) => {
    const dir = repoWith({ 'apps/scribe/template.yaml': TEMPLATE, [at]: HARNESS });
    const out = runInit({ root: dir, dir: 'apps/scribe', agent: 'scribe', aivssVersion: '0.8', warn: () => {} });
    assert.ok(readFileSync(join(dir, out.file), 'utf8').includes('kind: AgentTemplate, name: scribe'));
    commitAll(dir, 'catalog');
    replaceIn(dir, at, 'app:0.9.1', 'app:0.9.2-unvetted');
    commitAll(dir, 'new runtime');
    return diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  };
  const shared = run('platform/harnesses.yaml');
  assert.deepEqual(
    shared.events.map((e) => [e.type, e.file, e.catalog]),
    [['model-version-updated', 'platform/harnesses.yaml', 'apps/scribe/scribe.threats.yaml']],
  );
  assert.deepEqual(
    comparable(shared, 'platform/harnesses.yaml'),
    comparable(run('apps/scribe/harness.yaml'), 'apps/scribe/harness.yaml'),
  );
});
