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
