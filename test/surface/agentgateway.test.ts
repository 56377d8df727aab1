import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import type { ManifestFile } from '../../src/model/manifest.js';
import { ROOT } from '../helpers/fixtures.js';
import { lineIn } from '../helpers/samples.js';

/** Our agentgateway fixtures, written from agentgateway v1.4 CRDs (research/toolhive-agentgateway.md §2). */
const AG = join(ROOT, 'test/fixtures/upstream/agentgateway');
const agText = (f: string) => readFileSync(join(AG, f), 'utf8');
const agFiles = (): ManifestFile[] =>
  readdirSync(AG)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readManifestText(agText(f), `gw/${f}`));

test('every agentgateway fixture: a2a, aws, static and dynamicForwardProxy backends are valid; every provider read', () => {
  const r = readSurface(agFiles());
  assert.deepEqual(r.problems, [], 'no error finding on valid upstream input');
  assert.deepEqual(
    r.inventory.models.map((m) =>
      [m.ref.kind, m.ref.name, m.target ?? '-', m.provider, m.model ?? '-', m.endpoint ?? '-'].join(' '),
    ),
    [
      'AgentgatewayBackend vllm-local - custom qwen2.5-7b-instruct http://vllm-qwen.ai-gateway.svc.cluster.local:8000',
      'AgentgatewayBackend ollama-edge - custom - ollama.models.svc.cluster.local:11434',
      'AgentgatewayBackend openai-prod - openai gpt-4o-mini -',
      'AgentgatewayBackend llm-failover claude-primary anthropic claude-sonnet-4-5 -',
      'AgentgatewayBackend llm-failover azure-primary azureopenai gpt-4o research-ai.openai.azure.com',
      'AgentgatewayBackend llm-failover bedrock-fallback bedrock anthropic.claude-3-5-sonnet-20240620-v1:0 bedrock eu-west-1',
      'AgentgatewayBackend llm-failover vertex-fallback vertexai gemini-2.5-pro vertexai research-prod/europe-west4',
      'AgentgatewayBackend llm-failover foundry-fallback azure gpt-4.1 azure research-foundry/agents',
      'AgentgatewayBackend llm-failover gemini-direct gemini - -',
      'AgentgatewayModel gpt-4o - OpenAI gpt-4o -',
      'AgentgatewayModel local-llama - Ollama local-llama http://ollama.models.svc.cluster.local:11434',
      'AgentgatewayModel smart - virtual failover gpt-4o priority 0, local-llama (llama3.1:8b) priority 1 -',
    ],
  );
  assert.deepEqual(
    r.inventory.mcpServers.map((s) => [s.target, s.url ?? '-', s.transport ?? '-', s.backend?.name ?? '-']),
    [
      ['fetch', 'http://mcp-web-fetch-proxy.research-agents.svc.cluster.local:8080/mcp', 'StreamableHTTP', '-'],
      ['wiki', 'http://mcp.wiki.example.com:443/sse', 'SSE', '-'],
      // backendRef: a Service in the backend's namespace, followed to what serves it.
      ['calc', 'http://calculator-mcp.ai-gateway.svc.cluster.local:3000/mcp', 'StreamableHTTP', 'calculator-mcp'],
      // The selector's namespace (team: research) is not in these manifests: the target stays unresolved.
      ['team-tools', '-', '-', '-'],
    ],
  );
});

test('a selector target: one MCP server per matching Service port, named as agentgateway names it', () => {
  const t = `${agText('backend-mcp.yaml')}
---
apiVersion: v1
kind: Namespace
metadata:
  name: research-team
  labels: {team: research}
---
apiVersion: v1
kind: Service
metadata:
  name: search-mcp
  namespace: research-team
  labels: {expose-mcp: "true"}
  annotations: {agentgateway.dev/mcp-target-name: search}
spec:
  ports:
    - {name: http, port: 80}
    - {name: sse, port: 9000, appProtocol: kgateway.dev/mcp-sse}
`;
  const r = readSurface([readManifestText(t, 'gw/mcp.yaml')]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.mcpServers
      .filter((s) => !['fetch', 'wiki', 'calc'].includes(s.target!))
      .map((s) => [s.target, s.url, s.transport, s.position.line]),
    [
      [
        'notes-mcp-mcp',
        'http://notes-mcp.research-team.svc.cluster.local:8000/api/mcp',
        'StreamableHTTP',
        lineIn(t, 'apiVersion: v1', 'policies:'),
      ],
      [
        'search',
        'http://search-mcp.research-team.svc.cluster.local:9000/sse',
        'SSE',
        lineIn(t, 'name: search-mcp') - 3,
      ],
    ],
  );
});

test('a model changed in one provider of a failover group is one model-version-updated at its line', () => {
  const base = agText('backend-ai.yaml');
  const head = base.replace('model: gemini-2.5-pro', 'model: gemini-3.0-pro');
  const agent = readManifestText(
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: app, namespace: ai-gateway}
spec: {template: {spec: {containers: [{name: a, image: app:1}]}}}
`,
    'gw/app.yaml',
  );
  const key = { kind: 'Deployment', name: 'app', namespace: 'ai-gateway' };
  const events = diffSurfaces(
    findAgentSurface([readManifestText(base, 'gw/ai.yaml'), agent], key),
    findAgentSurface([readManifestText(head, 'gw/ai.yaml'), agent], key),
  );
  assert.deepEqual(
    events.map((e) => [e.type, e.line, e.before, e.after]),
    [
      [
        'model-version-updated',
        lineIn(head, 'model: gemini-3.0-pro'),
        { provider: 'vertexai', model: 'gemini-2.5-pro', endpoint: 'vertexai research-prod/europe-west4' },
        { provider: 'vertexai', model: 'gemini-3.0-pro', endpoint: 'vertexai research-prod/europe-west4' },
      ],
    ],
  );
});

test('malformed agentgateway objects: one problem each, naming the field', () => {
  const m = readManifestText(
    `apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayBackend
metadata: {name: none, namespace: g}
spec:
  policies: {}
---
apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayBackend
metadata: {name: two, namespace: g}
spec:
  ai:
    provider:
      openai: {model: a}
      anthropic: {model: b}
---
apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayModel
metadata: {name: m, namespace: g}
spec:
  parentRefs: [{name: gw}]
`,
    'bad.yaml',
  );
  assert.deepEqual(
    readSurface([m]).problems.map((p) => `${p.position.line}: ${p.message}`),
    [
      '4: AgentgatewayBackend none: spec needs exactly one of ai, static, dynamicForwardProxy, mcp, aws, a2a',
      '12: AgentgatewayBackend two: spec.ai.provider needs exactly one of openai, azureopenai, azure, anthropic, gemini, vertexai, bedrock, custom',
      '19: AgentgatewayModel m: spec needs exactly one of provider, virtualModel',
    ],
  );
});

test('a virtual model whose failover order is swapped is a model update at the priority that changed', () => {
  // agentgateway_model_types.go at 75b4e6ce6e0e: FailoverModelTarget.priority (WeightedModelTarget.weight,
  // ConditionalModelTarget.when) decides where the traffic goes; it was not read, so a swap was no event.
  const base = agText('model-and-policy.yaml');
  const head = base.replace('          priority: 0\n', '          priority: 2\n');
  assert.notEqual(head, base);
  const agent = readManifestText(
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: app, namespace: ai-gateway}
spec: {template: {spec: {containers: [{name: a, image: app:1}]}}}
`,
    'gw/app.yaml',
  );
  const key = { kind: 'Deployment', name: 'app', namespace: 'ai-gateway' };
  const events = diffSurfaces(
    findAgentSurface([readManifestText(base, 'gw/m.yaml'), agent], key),
    findAgentSurface([readManifestText(head, 'gw/m.yaml'), agent], key),
  );
  assert.deepEqual(
    events.map((e) => [e.type, e.line, e.subject]),
    [['model-version-updated', lineIn(head, 'priority: 2'), 'AgentgatewayModel ai-gateway/smart']],
  );
});

// AgentgatewayModel `spec.policies` (ModelPolicies: authorization, auth, promptGuard) and the `ai.promptGuard` of an
// AgentgatewayBackend (ai_policy.go AIPromptGuard), at agentgateway 75b4e6ce6e0e: none was read, so deleting the
// guard or the rule in front of a model, or swapping its key, gave no event.
const GUARDED_MODEL = `apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayModel
metadata: {name: claude, namespace: ai-gateway}
spec:
  parentRefs:
    - name: agent-gw
  provider: Anthropic
  match: {model: claude-sonnet-4-5}
  policies:
    authorization:
      action: Allow
      policy:
        matchExpressions:
          - 'request.headers["x-entitlement-tier"] == "pro"'
    auth:
      secretRef: {name: anthropic-secret}
    promptGuard:
      request:
        - regex:
            action: Reject
            builtins: [Ssn, CreditCard]
      response:
        - googleModelArmor: {projectId: acme, templateId: support}
---
apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayBackend
metadata: {name: openai, namespace: ai-gateway}
spec:
  ai:
    provider:
      openai: {model: gpt-4o-mini}
  policies:
    ai:
      promptGuard:
        request:
          - webhook:
              backendRef: {name: pii-guard, port: 8080}
`;

test('model policies and prompt guards of the CRDs: read, and a guard or rule removed widens the model at its line', () => {
  const r = readSurface([readManifestText(GUARDED_MODEL, 'gw/m.yaml')]);
  assert.deepEqual(r.problems, []);
  const m = Object.fromEntries(r.inventory.models.map((x) => [x.ref.name, x]));
  assert.deepEqual(
    [m.claude.authorization, m.claude.credentials, m.claude.guardrails],
    [
      ['Allow: request.headers["x-entitlement-tier"] == "pro"'],
      ['header Authorization from Secret anthropic-secret/Authorization'],
      ['request regex Reject: CreditCard', 'request regex Reject: Ssn', 'response googleModelArmor acme/support'],
    ],
  );
  assert.deepEqual(m.openai.guardrails, ['request webhook pii-guard']);
  const agent = readManifestText(
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: app, namespace: ai-gateway}
spec: {template: {spec: {containers: [{name: a, image: app:1}]}}}
`,
    'gw/app.yaml',
  );
  const key = { kind: 'Deployment', name: 'app', namespace: 'ai-gateway' };
  const change = (from: string, to: string) => {
    const head = GUARDED_MODEL.replace(from, to);
    assert.notEqual(head, GUARDED_MODEL);
    return diffSurfaces(
      findAgentSurface([readManifestText(GUARDED_MODEL, 'gw/m.yaml'), agent], key),
      findAgentSurface([readManifestText(head, 'gw/m.yaml'), agent], key),
    ).map((e) => [e.type, e.direction, e.line, e.subject]);
  };
  assert.deepEqual(change('[Ssn, CreditCard]', '[CreditCard]'), [
    [
      'model-version-updated',
      'widened',
      lineIn(GUARDED_MODEL, '[Ssn, CreditCard]'),
      'AgentgatewayModel ai-gateway/claude: guardrails',
    ],
  ]);
  assert.deepEqual(
    change(
      '  policies:\n    ai:\n      promptGuard:\n        request:\n          - webhook:\n              backendRef: {name: pii-guard, port: 8080}\n',
      '',
    ),
    [
      [
        'model-version-updated',
        'widened',
        lineIn(GUARDED_MODEL, '- webhook:'),
        'AgentgatewayBackend ai-gateway/openai: guardrails',
      ],
    ],
  );
  // The only rule gone: anyone may use the model.
  const rule = change(
    `    authorization:\n      action: Allow\n      policy:\n        matchExpressions:\n          - 'request.headers["x-entitlement-tier"] == "pro"'\n`,
    '',
  );
  assert.deepEqual(rule, [
    [
      'model-version-updated',
      'widened',
      lineIn(GUARDED_MODEL, '    authorization:'),
      'AgentgatewayModel ai-gateway/claude: authorization',
    ],
  ]);
});

// What a provider itself asks its cloud to check, and where an AgentgatewayModel sends prompts when it has no baseURL
// (agentgateway @75b4e6ce6e0e agentgateway_backend_types.go `BedrockSettings.Guardrail`, `OpenAIConfig.Moderation`
// (#2519), agentgateway_model_types.go `spec.bedrock|vertexai|azure|custom`, ModelPolicies `transformations`). None
// was read: dropping the Bedrock guardrail, turning inline moderation from Block to Score, pointing a Custom model at
// another Service or computing the model by CEL gave no event.
const PROVIDER_SETTINGS = `apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayBackend
metadata: {name: llm, namespace: ai-gateway}
spec:
  ai:
    groups:
      - providers:
          - name: bedrock
            bedrock:
              region: eu-west-1
              model: anthropic.claude-sonnet-4-5
              guardrail:
                identifier: support-pii
                version: "3"
          - name: openai
            openai:
              model: gpt-4.1
              moderation:
                policy:
                  input: {mode: Block}
                  output: {mode: Score}
---
apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayModel
metadata: {name: local, namespace: ai-gateway}
spec:
  parentRefs:
    - name: agent-gw
  provider: Custom
  custom:
    backendRef: {name: vllm-llama, port: 8000}
    formats:
      - type: Completions
---
apiVersion: agentgateway.dev/v1alpha1
kind: AgentgatewayModel
metadata: {name: nova, namespace: ai-gateway}
spec:
  parentRefs:
    - name: agent-gw
  provider: Bedrock
  bedrock:
    region: us-east-1
    guardrail: {identifier: nova-guard, version: "1"}
`;

test('provider guardrails and a model provider settings: read, and one loosened or moved is an event at its line', () => {
  const r = readSurface([readManifestText(PROVIDER_SETTINGS, 'gw/p.yaml')]);
  assert.deepEqual(r.problems, []);
  const m = Object.fromEntries(r.inventory.models.map((x) => [x.target ?? x.ref.name, x]));
  assert.deepEqual(m.bedrock.guardrails, ['bedrock guardrail support-pii@3']);
  assert.deepEqual(m.openai.guardrails, ['request inline openAI moderation omni-moderation-latest']);
  assert.deepEqual(
    [m.local.endpoint, m.nova.endpoint, m.nova.guardrails],
    ['http://vllm-llama.ai-gateway.svc.cluster.local:8000', 'bedrock us-east-1', ['bedrock guardrail nova-guard@1']],
  );
  const agent = readManifestText(
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: app, namespace: ai-gateway}
spec: {template: {spec: {containers: [{name: a, image: app:1}]}}}
`,
    'gw/app.yaml',
  );
  const key = { kind: 'Deployment', name: 'app', namespace: 'ai-gateway' };
  const change = (from: string, to: string) => {
    const head = PROVIDER_SETTINGS.replace(from, to);
    assert.notEqual(head, PROVIDER_SETTINGS);
    return diffSurfaces(
      findAgentSurface([readManifestText(PROVIDER_SETTINGS, 'gw/p.yaml'), agent], key),
      findAgentSurface([readManifestText(head, 'gw/p.yaml'), agent], key),
    ).map((e) => [e.type, e.direction, e.line, e.subject]);
  };
  assert.deepEqual(
    change('              guardrail:\n                identifier: support-pii\n                version: "3"\n', ''),
    [
      [
        'model-version-updated',
        'widened',
        lineIn(PROVIDER_SETTINGS, '              guardrail:'),
        'AgentgatewayBackend ai-gateway/llm bedrock: guardrails',
      ],
    ],
  );
  assert.deepEqual(change('input: {mode: Block}', 'input: {mode: Score}'), [
    [
      'model-version-updated',
      'widened',
      lineIn(PROVIDER_SETTINGS, 'input: {mode: Block}'),
      'AgentgatewayBackend ai-gateway/llm openai: guardrails',
    ],
  ]);
  const moved = PROVIDER_SETTINGS.replace('vllm-llama', 'vllm-uncensored');
  assert.deepEqual(change('vllm-llama', 'vllm-uncensored'), [
    ['model-version-updated', 'changed', lineIn(moved, 'vllm-uncensored'), 'AgentgatewayModel ai-gateway/local'],
  ]);
  assert.deepEqual(change('    guardrail: {identifier: nova-guard, version: "1"}\n', ''), [
    [
      'model-version-updated',
      'widened',
      lineIn(PROVIDER_SETTINGS, 'nova-guard'),
      'AgentgatewayModel ai-gateway/nova: guardrails',
    ],
  ]);
  const cel = `    region: us-east-1\n    guardrail: {identifier: nova-guard, version: "1"}\n  policies:\n    transformations:\n      - {field: model, expression: '"amazon.nova-premier-v1:0"'}\n`;
  const computed = PROVIDER_SETTINGS.replace(
    '    region: us-east-1\n    guardrail: {identifier: nova-guard, version: "1"}\n',
    cel,
  );
  assert.deepEqual(change('    region: us-east-1\n    guardrail: {identifier: nova-guard, version: "1"}\n', cel), [
    ['model-version-updated', 'changed', lineIn(computed, 'field: model'), 'AgentgatewayModel ai-gateway/nova'],
  ]);
});
