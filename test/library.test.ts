import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { libraryDir, loadLibraryText, readLibrary } from '../src/read/library.js';
import { libraryTemplateIds } from '../src/read/library-ids.js';
import { InputError } from '../src/model/input-error.js';
import { tempDir } from './helpers/fixtures.js';
import { applicableTemplates } from '../src/analyse/init-catalog.js';
import type { AgentSurface, DeclaredPermission } from '../src/model/surface.js';

const templates = readLibrary();
const byId = new Map(templates.map((t) => [t.id, t]));

test('every built-in library file passes schema/library.schema.json', () => {
  const files = readdirSync(libraryDir()).filter((f) => f.endsWith('.yaml'));
  assert.ok(files.length >= 5);
  for (const f of files) {
    const lib = loadLibraryText(readFileSync(join(libraryDir(), f), 'utf8'), f);
    assert.equal(`${lib.metadata.name}.yaml`, f, 'one file per category, named after it');
    for (const t of lib.templates) assert.equal(t.category, lib.metadata.name, `${t.id} is filed under its category`);
  }
});

test('the library covers the seven MAESTRO layers of the seed threat model (004) and both classes', () => {
  for (const layer of ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7']) {
    assert.ok(
      templates.some((t) => t.layer === layer),
      `no template on ${layer}`,
    );
  }
  for (const id of [
    'L1-injected-manifest-generation',
    'L2-context-secret-exfiltration',
    'L3-tool-output-command-execution',
    'L4-cluster-credential-lateral-movement',
    'L5-undetected-agent-actions',
    'L6-agent-written-security-policy',
    'L7-subagent-cascade',
  ]) {
    assert.ok(byId.has(id), id);
  }
  assert.ok(templates.some((t) => t.class === 'coercion'));
  assert.ok(templates.some((t) => t.class === 'compromise'));
});

test('the library has every example of the method (000), IMDS theft and tool-description poisoning, with the right class', () => {
  const expected: Record<string, 'coercion' | 'compromise'> = {
    'CL-mcp-confused-deputy': 'coercion',
    'L2-prompt-injected-sql': 'coercion',
    'L2-rag-poisoning-sensitive-reads': 'coercion',
    'L7-mcp-chain-leaves-compliance-boundary': 'coercion',
    'L7-delegation-hijack': 'coercion',
    'L4-container-escape-cve': 'compromise',
    'L4-sa-token-theft': 'compromise',
    'L4-kubelet-api-exploitation': 'compromise',
    'L4-base-image-supply-chain': 'compromise',
    'L4-imds-credential-theft': 'compromise',
    'L3-mcp-tool-description-poisoning': 'coercion',
  };
  for (const [id, cls] of Object.entries(expected)) {
    assert.equal(byId.get(id)?.class, cls, id);
  }
});

test('every OWASP agentic threat T1..T15 is mapped by at least one template', () => {
  const mapped = new Set(templates.flatMap((t) => t.owasp ?? []));
  for (let i = 1; i <= 15; i++) assert.ok(mapped.has(`T${i}`), `T${i} unmapped`);
});

test('every template proposes evidence and says what re-opens it; cross-layer ones name their layers', () => {
  for (const t of templates) {
    assert.ok(t.evidence.length > 0 && t.reopenOn.length > 0, t.id);
    if (t.layer === 'cross-layer') assert.ok((t.layers ?? []).length >= 2, t.id);
  }
});

test("validate's quick read of the library's template ids (for dismissed entries) finds exactly the templates", () => {
  assert.deepEqual([...libraryTemplateIds()].sort(), templates.map((t) => t.id).sort());
});

test('a broken library file is rejected naming file:line and the field', () => {
  const dir = tempDir();
  const text = readFileSync(join(libraryDir(), 'runtime.yaml'), 'utf8').replace(
    '    class: compromise\n    layer: L4\n    owasp: [T3, T11]',
    '    class: compromise\n    layer: L9\n    owasp: [T3, T11]',
  );
  writeFileSync(join(dir, 'runtime.yaml'), text);
  const line = text.split('\n').findIndex((l) => l.includes('layer: L9')) + 1;
  assert.throws(
    () => readLibrary(dir),
    (err: unknown) => err instanceof InputError && err.position.line === line && /layer/.test(err.message),
  );
});

test('a duplicate template id across files is rejected', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.yaml'), readFileSync(join(libraryDir(), 'runtime.yaml'), 'utf8'));
  writeFileSync(join(dir, 'b.yaml'), readFileSync(join(libraryDir(), 'runtime.yaml'), 'utf8'));
  assert.throws(() => readLibrary(dir), /duplicate template id 'L4-container-escape-cve'/);
});

test('a library condition reads nothing a model bump changes, so diff may skip the applicability check for one', () => {
  // src/analyse/reopen-plan.ts movesApplicability skips asking which templates apply when every event is a
  // model-version-updated: a condition on the model (a new key here) would be missed there without a word.
  // `egress` (added with the open-egress and IMDS templates) reads the pods' NetworkPolicies, whose changes are
  // permissions-changed events: weighed in movesApplicability and applicabilityEvent, never the model.
  const schema = JSON.parse(readFileSync(join(libraryDir(), '..', 'schema', 'library.schema.json'), 'utf8'));
  assert.deepEqual(Object.keys(schema.definitions.Condition.properties).sort(), [
    'any',
    'autonomy',
    'codeExecution',
    'component',
    'egress',
    'mcpServer',
    'memory',
    'permission',
  ]);
});

test('a model bump moves no template: surfaces that differ only in their models get the same templates', () => {
  // The check behind the key list above: every condition exercised (tiers, code execution, egress open, isolated
  // and allowing the metadata service, grants, tools, memory, delegations), then only the models changed as a
  // model-version-updated change does (provider, model, endpoint, a second model), and the same question asked.
  const at = { file: 'm.yaml', line: 1, column: 1 };
  const ref = { kind: 'RoleBinding', name: 'b' };
  const perm = (verb: string, resource: string, namespace = 'ns'): DeclaredPermission => ({
    identity: 'system:serviceaccount:ns:a',
    apiGroup: '',
    resource,
    verb,
    namespace,
    wildcard: verb === '*' || resource === '*',
    binding: ref,
    role: { kind: 'Role', name: 'r' },
    position: at,
  });
  const peer = (p: string, flags: { internet?: boolean; metadata?: boolean }) => ({
    peer: p,
    ports: 'any port',
    portList: [],
    policy: { kind: 'NetworkPolicy', name: 'np' },
    position: at,
    ...flags,
  });
  const egresses: Array<AgentSurface['egress']> = [
    undefined,
    { pods: { labels: {} }, isolated: false, policies: [], allowed: [] },
    {
      pods: { labels: {} },
      isolated: true,
      policies: [{ ref: { kind: 'NetworkPolicy', name: 'np' }, position: at }],
      allowed: [peer('ipBlock 10.0.0.0/8', {})],
    },
    {
      pods: { labels: {} },
      isolated: true,
      policies: [{ ref: { kind: 'NetworkPolicy', name: 'np' }, position: at }],
      allowed: [peer('ipBlock 169.254.169.254/32', { metadata: true }), peer('anywhere', { internet: true })],
    },
  ];
  const model = (name: string, provider: string, endpoint?: string) => ({
    ref: { kind: 'ModelConfig', name: 'm', namespace: 'ns' },
    use: 'agent' as const,
    provider,
    model: name,
    ...(endpoint ? { endpoint } : {}),
    position: at,
  });
  const bumps = [
    [],
    [model('claude-sonnet-4-5', 'Anthropic')],
    [model('gpt-4.1', 'OpenAI', 'https://api.openai.com/v1')],
    [model('llama-3', 'Ollama', 'http://ollama:11434'), { ...model('nomic-embed', 'Ollama'), use: 'memory' as const }],
  ] as unknown as AgentSurface['models'][];
  const shapes: Array<Partial<AgentSurface>> = [];
  for (const tier of ['manual', 'approval', 'autonomous'] as const)
    for (const egress of egresses)
      shapes.push({
        autonomy: {
          tier,
          approvalTools: tier === 'approval' ? ['k8s_delete'] : [],
          codeExecution: tier !== 'manual',
          position: at,
        },
        egress,
        permissions:
          tier === 'manual' ? [] : [perm('get', 'secrets', '*'), perm('*', '*'), perm('create', 'pods/exec')],
        mcpServers:
          tier === 'manual'
            ? []
            : [
                {
                  ref: { kind: 'RemoteMCPServer', name: 'gh' },
                  url: 'https://api.githubcopilot.com/mcp/',
                  position: at,
                },
                {
                  ref: { kind: 'MCPServer', name: 'pg' },
                  image: 'postgres-mcp',
                  allowedTools: ['run_sql'],
                  position: at,
                },
              ],
        memory:
          tier === 'autonomous' ? [{ ref: { kind: 'StatefulSet', name: 'q' }, engine: 'qdrant', position: at }] : [],
        delegations:
          tier === 'approval' ? [{ ref: { kind: 'Agent', name: 'helper', namespace: 'ns' }, position: at }] : [],
      } as Partial<AgentSurface>);
  const surfaceOf = (shape: Partial<AgentSurface>, models: AgentSurface['models']): AgentSurface =>
    ({
      agent: { kind: 'Agent', name: 'a', namespace: 'ns', position: at },
      type: 'Declarative',
      workload: { kind: 'Deployment', name: 'a', namespace: 'ns' },
      serviceAccount: { kind: 'ServiceAccount', name: 'a', namespace: 'ns', position: at },
      identity: 'system:serviceaccount:ns:a',
      models,
      mcpServers: [],
      delegations: [],
      memory: [],
      permissions: [],
      ...shape,
    }) as AgentSurface;
  const applied = new Set<string>();
  let seen = 0;
  for (const shape of shapes) {
    const ids = bumps.map((models) =>
      applicableTemplates(surfaceOf(shape, models), templates)
        .map((a) => `${a.template.id} ${a.reason}`)
        .sort(),
    );
    for (const other of ids.slice(1)) assert.deepEqual(other, ids[0]);
    for (const id of ids[0]) applied.add(id.split(' ')[0]);
    seen += ids[0].length;
  }
  // Every template applied to some shape: no condition went unexercised.
  assert.deepEqual(
    templates.map((t) => t.id).filter((id) => !applied.has(id)),
    [],
  );
  assert.ok(seen > 0);
});
