import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsYaml from 'js-yaml';
import type { AgentSurface, SurfaceMcpServer } from '../../src/model/surface.js';
import type { ThreatCatalog } from '../../src/model/catalog.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { catalogPlan, planReopen, type CatalogPlanInput } from '../../src/analyse/reopen-plan.js';
import { shadowElements } from '../../src/analyse/shadow.js';
import { schemaFindings } from '../../src/analyse/schema-findings.js';
import { applyYamlEdits } from '../../src/render/yaml-edit.js';
import { loadCatalogText } from '../../src/read/catalog-file.js';
import { readLibrary } from '../../src/read/library.js';

/**
 * The model part of the plan on each kind of element (model, delegation, memory store, tool server identity), with
 * the real library: valid catalogs, ids that never collide, and a plan that is a no-op once applied.
 */

const at = (file: string, line: number) => ({ file, line, column: 1 });
const STAMP = { ref: 'abc123', at: '2026-11-21T12:00:00Z' };
const TEMPLATES = readLibrary();

const CATALOG = `# A hand-written catalog: its comments and style must survive.
apiVersion: threatcat.dev/v1alpha1
kind: ThreatCatalog
metadata:
  name: ops
  owners: { security: ["@sec"], platform: ["@platform"] }
agent:
  name: ops
  workload: { kind: Agent, name: ops, namespace: a }
  manifests: [agent.yaml]
  autonomyTier: autonomous
  aivss:
    version: "0.5"
    factors: { autonomyOfAction: 1.0, goalDrivenPlanning: 0.5, selfModification: 0.0, toolUse: 1.0, memoryUse: 0.0, contextualAwareness: 0.5, dynamicIdentity: 0.5, multiAgentInteractions: 0.0, nonDeterminism: 0.5, opacityAndReflexivity: 0.5 }
components:
  - id: model            # the agent's LLM
    category: inference
    trustSource: { kind: ModelConfig, name: m, namespace: a }
    telemetry: [sdk-callback]
    blastSurface: [tool-call arguments]
  - id: mcp-tools
    category: mcp-tool
    trustSource: { kind: RemoteMCPServer, name: tools, namespace: a }
    telemetry: [mcp-log]
    blastSurface: [tool get]
  - id: sa-ops
    category: identity
    trustSource: { kind: ServiceAccount, name: ops, namespace: a }
    telemetry: [kube-audit]
    blastSurface: []
threats:
  - id: ops.L2-tool-data-exfiltration
    title: Data read through one tool call leaves through the arguments of another
    class: coercion
    layer: L2
    components: [mcp-tools, model]
    status: open
    evidence:
      - source: mcp-log
        signal: { description: d }
  - id: ops.L2-memory-poisoning   # an instance of that template (by its id): a new store joins it
    title: Something else entirely
    class: coercion
    layer: L2
    components: [model]
    status: open
    evidence: []
`;

function server(over: Partial<SurfaceMcpServer> = {}): SurfaceMcpServer {
  return {
    ref: { kind: 'RemoteMCPServer', name: 'tools', namespace: 'a' },
    position: at('agent.yaml', 10),
    url: 'http://tools.a:8084/mcp',
    allowedTools: ['get'],
    ...over,
  };
}

function surface(over: Partial<AgentSurface> = {}): AgentSurface {
  return {
    agent: { kind: 'Agent', name: 'ops', namespace: 'a', position: at('agent.yaml', 1) },
    type: 'Declarative',
    workload: { kind: 'Agent', name: 'ops', namespace: 'a' },
    serviceAccount: { kind: 'ServiceAccount', name: 'ops', namespace: 'a', position: at('agent.yaml', 30) },
    identity: 'system:serviceaccount:a:ops',
    models: [
      {
        ref: { kind: 'ModelConfig', name: 'm', namespace: 'a' },
        use: 'agent',
        position: at('agent.yaml', 5),
        provider: 'OpenAI',
        model: 'gpt-4o',
      },
    ],
    mcpServers: [server()],
    delegations: [],
    memory: [],
    autonomy: { tier: 'autonomous', approvalTools: [], position: at('agent.yaml', 1) },
    permissions: [],
    ...over,
  };
}

function plan(text: string, base: AgentSurface, head: AgentSurface, taken: string[] = []) {
  const data = jsYaml.load(text) as ThreatCatalog;
  const input: CatalogPlanInput = {
    file: 'ops.threats.yaml',
    data,
    events: diffSurfaces(base, head),
    surface: {
      head,
      base,
      templates: TEMPLATES,
      uncovered: shadowElements(data, head),
      takenThreatIds: new Set(taken),
    },
  };
  const p = planReopen([input], STAMP);
  const after = applyYamlEdits(text, p.edits[0]?.edits ?? []);
  const loaded = loadCatalogText(after, 'ops.threats.yaml', '/x/ops.threats.yaml');
  assert.deepEqual(schemaFindings(loaded), [], after);
  const written = loaded.data as ThreatCatalog;
  // Applying the plan again (made on the written catalog) changes nothing.
  assert.deepEqual(catalogPlan(written, input, STAMP).edits, [], 'a second plan is empty');
  const ids = [...written.components, ...(written.delegations ?? [])].map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length, `unique component ids: ${ids}`);
  const threatIds = written.threats.map((t) => t.id);
  assert.equal(new Set([...threatIds, ...taken]).size, threatIds.length + taken.length, 'unique threat ids');
  for (const t of written.threats)
    for (const c of t.components) assert.ok(ids.includes(c), `${t.id} names a component that exists: ${c}`);
  return { plan: p, text: after, data: written };
}

test('a new model object: an inference component (id not taken), its library threats, the existing ones extended', () => {
  const base = surface();
  const head = surface({
    models: [
      ...base.models,
      {
        ref: { kind: 'ModelConfig', name: 'embedder', namespace: 'a' },
        use: 'memory',
        position: at('agent.yaml', 7),
        provider: 'OpenAI',
        model: 'text-embedding-3-small',
      },
    ],
  });
  const { plan: p, data, text } = plan(CATALOG, base, head);
  const c = data.components.find((x) => x.trustSource.name === 'embedder')!;
  assert.equal(c.category, 'inference');
  assert.notEqual(c.id, 'model', 'the id init would give is taken: another one');
  assert.equal(c.added?.event, 'model-version-updated');
  assert.deepEqual(p.model[0].covers, ['ModelConfig/a/embedder']);
  // The exfiltration threat already exists: it gains the new model instead of being duplicated.
  const exfil = data.threats.filter(
    (t) => t.title === 'Data read through one tool call leaves through the arguments of another',
  );
  assert.equal(exfil.length, 1);
  assert.ok(exfil[0].components.includes(c.id));
  // The file's comments and flow style are kept.
  assert.ok(text.startsWith('# A hand-written catalog: its comments and style must survive.\n'));
  assert.ok(text.includes("  - id: model            # the agent's LLM\n"));
  assert.ok(
    text.includes(
      '  - id: ops.L2-memory-poisoning   # an instance of that template (by its id): a new store joins it\n',
    ),
  );
});

test('a delegation target: a delegations section after the components, with its threats', () => {
  const base = surface();
  const head = surface({
    delegations: [{ ref: { kind: 'Agent', name: 'helper', namespace: 'a' }, position: at('agent.yaml', 18) }],
  });
  const { data, text } = plan(CATALOG, base, head);
  assert.deepEqual(
    data.delegations?.map((d) => [d.id, d.to, d.added?.event]),
    [['to-helper', { agent: 'helper', namespace: 'a' }, 'tool-surface-modified']],
  );
  assert.ok(text.indexOf('delegations:') < text.indexOf('threats:'), 'where init writes it');
  assert.ok(
    data.threats.some((t) => t.components.includes('to-helper') && t.added?.subject === 'delegation to Agent a/helper'),
  );
});

test('a memory store: a rag-memory component recorded as the tool-surface change that brought it, and threat ids that do not collide', () => {
  const base = surface();
  const head = surface({
    memory: [
      {
        ref: { kind: 'StatefulSet', name: 'qdrant', namespace: 'a' },
        engine: 'qdrant',
        position: at('agent.yaml', 22),
      },
    ],
  });
  const { data } = plan(CATALOG, base, head, ['ops.L2-rag-poisoning-sensitive-reads']);
  const c = data.components.find((x) => x.category === 'rag-memory')!;
  assert.equal(c.trustSource.name, 'qdrant');
  assert.equal(c.added?.event, 'tool-surface-modified', 'a store is reached like a tool (aspect memory)');
  assert.equal(c.added?.subject, 'memory StatefulSet a/qdrant');
  const mem = data.threats.filter((t) => t.components.includes(c.id) && t.added);
  assert.ok(mem.length > 0);
  assert.ok(!mem.some((t) => t.id === 'ops.L2-rag-poisoning-sensitive-reads'), 'taken by another catalog');
  // The catalog's own instance of the memory-poisoning template gains the store; no second one is added.
  assert.ok(data.threats.find((t) => t.id === 'ops.L2-memory-poisoning')!.components.includes(c.id));
  assert.equal(data.threats.filter((t) => t.id.includes('L2-memory-poisoning')).length, 1);
});

test('a tool server running as its own ServiceAccount: an identity component, recorded as a permissions or connection change', () => {
  const base = surface();
  const head = surface({ mcpServers: [server({ identity: 'system:serviceaccount:tools:tools-sa' })] });
  const { data } = plan(CATALOG, base, head);
  const c = data.components.find((x) => x.trustSource.name === 'tools-sa')!;
  assert.deepEqual([c.category, c.trustSource.namespace], ['identity', 'tools']);
  assert.ok(c.added?.event);
});

test('a removed server and model: components marked removed, their own threats orphaned, nothing deleted', () => {
  const base = surface();
  const head = surface({ mcpServers: [] });
  const { plan: p, data } = plan(CATALOG, base, head);
  assert.deepEqual(p.model[0].removed, [{ id: 'mcp-tools', subject: 'RemoteMCPServer a/tools' }]);
  assert.equal(data.components.length, 3);
  assert.equal(data.components[1].removed?.event, 'mcp-connection-removed');
  assert.equal(data.threats[0].orphaned?.event, 'mcp-connection-removed');
  assert.equal(data.threats[1].orphaned, undefined, 'a threat about the model is not concerned');
});

test('a model replaced by another: the new one modelled, the old one marked removed, no threat orphaned', () => {
  const base = surface();
  const head = surface({
    models: [{ ...base.models[0], ref: { kind: 'ModelConfig', name: 'm2', namespace: 'a' }, model: 'gpt-4.1' }],
  });
  const { plan: p, data } = plan(CATALOG, base, head);
  const m = p.model[0];
  assert.deepEqual(
    m.components.map((c) => [c.category, c.subject]),
    [['inference', 'ModelConfig/a/m2']],
  );
  assert.deepEqual(m.removed, [{ id: 'model', subject: 'ModelConfig a/m' }]);
  assert.deepEqual(m.orphaned, []);
  const exfil = data.threats[0];
  assert.ok(exfil.components.includes(m.components[0].id), 'the threat about the model gains the new one');
});
