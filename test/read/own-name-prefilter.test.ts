// The reference search finds files by words; before parsing one it asks whether the file could hold an object of a
// kind found by its own name (a ModelConfig, a RemoteMCPServer…) under a searched name. A wrong "no" would drop
// that object from an agent's reach: every way YAML and JSON can spell an object's name must answer "yes", and a
// file that merely mentions the word (a URL, a description, a reference from an Agent) answers "no".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { mentionsName, namesItCouldHold } from '../../src/read/references.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { readWorkspace } from '../../src/read/workspace.js';
import { readConfig } from '../../src/read/config.js';
import { gitRepo } from '../helpers/fixtures.js';

/** What the manifest reader itself parses as the file's objects' names (the oracle). */
function parsedNames(text: string, file = 'x.yaml'): string[] {
  return readManifestText(text, file).objects.map((o) => o.name);
}

const SPELLINGS: Record<string, string> = {
  plain: 'apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  name: shared-gpt\n',
  'double quotes': 'apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  name: "shared-gpt"\n',
  'single-quoted key and value':
    "apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  'name': 'shared-gpt'\n",
  'flow mapping': 'apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata: {namespace: ai, name: shared-gpt}\n',
  'space before the colon': 'apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  name  :  shared-gpt\n',
  'value on the next line': 'apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  name:\n    shared-gpt\n',
  'next line, a comment after it':
    'apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  name:\n    "shared-gpt"  # platform\n',
  'next line, CRLF':
    'apiVersion: kagent.dev/v1alpha2\r\nkind: ModelConfig\r\nmetadata:\r\n  name:\r\n    shared-gpt\r\n',
  'folded block scalar': 'apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  name: >-\n    shared-gpt\n',
  'literal block scalar': 'apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  name: |-\n    shared-gpt\n',
  tag: 'apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  name: !!str shared-gpt\n',
  'anchor in a list': 'apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nx: [&n shared-gpt]\nmetadata:\n  name: *n\n',
  'alias in the same document':
    'apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  labels: {app: &n shared-gpt}\n  name: *n\n',
  'CRLF line ends': 'apiVersion: kagent.dev/v1alpha2\r\nkind: ModelConfig\r\nmetadata:\r\n  name: shared-gpt\r\n',
  'comment after the value':
    'apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  name: shared-gpt # the platform model\n',
};

for (const [shape, text] of Object.entries(SPELLINGS)) {
  test(`an object named in YAML (${shape}) can be found by its name before parsing`, () => {
    const names = parsedNames(text);
    assert.ok(
      names.some((n) => n.trim() === 'shared-gpt'),
      `fixture parses: ${JSON.stringify(names)}`,
    );
    assert.deepEqual(namesItCouldHold(text, ['shared-gpt']), ['shared-gpt']);
  });
}

test('an object named in JSON, compact or indented, can be found by its name before parsing', () => {
  const o = { apiVersion: 'kagent.dev/v1alpha2', kind: 'ModelConfig', metadata: { name: 'shared-gpt' } };
  for (const text of [JSON.stringify(o), JSON.stringify(o, null, 2), JSON.stringify([o]).replace(/:/g, ' : ')])
    assert.deepEqual(namesItCouldHold(text, ['shared-gpt']), ['shared-gpt'], text);
});

test('a file that only mentions a searched word is not parsed for it', () => {
  const agent = `apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata: {name: a, namespace: team}
spec:
  declarative:
    modelConfig: shared-gpt
    tools:
      - mcpServer: {kind: RemoteMCPServer, name: a-tools}
`;
  const server = `apiVersion: kagent.dev/v1alpha2
kind: RemoteMCPServer
metadata:
  name: a-tools
spec:
  description: tools for shared-gpt
  url: http://tools.team:8084/mcp
`;
  assert.deepEqual(namesItCouldHold(agent, ['shared-gpt', 'tools']), []);
  assert.deepEqual(namesItCouldHold(server, ['shared-gpt', 'tools']), []);
});

test('a file that mentions a kind found through references keeps every name, whatever it spells', () => {
  // A RoleBinding finds a ServiceAccount by naming it as a subject: that is no object's own name.
  const binding = `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: b}
roleRef: {kind: ClusterRole, name: view}
subjects: [{kind: ServiceAccount, name: a-sa}]
`;
  assert.deepEqual(namesItCouldHold(binding, ['a-sa', 'tools']), ['a-sa', 'tools']);
  // Even a kind written where a pattern for `kind:` would not see it (the value on the next line).
  const split = 'apiVersion: v1\nkind:\n  Service\nmetadata: {name: tools-svc}\nspec: {selector: {app: tools}}\n';
  assert.deepEqual(namesItCouldHold(split, ['tools']), ['tools']);
});

test('whatever way the yaml library writes an object, its own name is seen before parsing', () => {
  const name = fc.stringMatching(/^[a-z0-9]([a-z0-9.-]{0,20}[a-z0-9])?$/).filter((n) => n.length >= 3);
  const style = fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED');
  fc.assert(
    fc.property(
      name,
      style,
      fc.boolean(),
      fc.integer({ min: 20, max: 120 }),
      fc.string({ maxLength: 30 }),
      (n, defaultStringType, flow, lineWidth, description) => {
        const o = {
          apiVersion: 'kagent.dev/v1alpha2',
          kind: 'ModelConfig',
          metadata: { name: n, namespace: 'ai' },
          spec: { description, model: n },
        };
        const text = stringify(o, {
          defaultStringType: defaultStringType as 'PLAIN',
          collectionStyle: flow ? 'flow' : 'block',
          lineWidth,
          minContentWidth: 0,
        });
        // Only a file that spells the name in one piece is found by the search at all (a long double-quoted
        // scalar may be folded across lines with an escaped line break).
        fc.pre(parsedNames(text).includes(n) && mentionsName(text, n));
        return namesItCouldHold(text, [n]).includes(n);
      },
    ),
    { numRuns: 500 },
  );
});

test('a ModelConfig in a shared folder named through an alias still joins the agent that names it', () => {
  const repo = gitRepo({
    'agents/a/agent.yaml': `apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata: {name: a, namespace: ai}
spec:
  type: Declarative
  declarative: {modelConfig: shared-gpt, systemMessage: hi}
`,
    'platform/models.yaml': `apiVersion: kagent.dev/v1alpha2
kind: ModelConfig
metadata:
  labels: {serves: &gpt shared-gpt}
  name: *gpt
  namespace: ai
spec: {provider: OpenAI, model: gpt-4.1}
`,
    'agents/a/a.threats.yaml': `apiVersion: threatcat.dev/v1alpha1
kind: ThreatCatalog
metadata: {name: a, owners: {security: ["@s"], platform: ["@p"]}}
agent:
  name: a
  workload: {kind: Agent, name: a, namespace: ai}
  manifests: ["*.yaml"]
  autonomyTier: approval
  aivss: {version: "0.5", factors: {autonomyOfAction: 0, goalDrivenPlanning: 0, selfModification: 0, toolUse: 0, memoryUse: 0, contextualAwareness: 0, dynamicIdentity: 0, multiAgentInteractions: 0, nonDeterminism: 0, opacityAndReflexivity: 0}}
components: []
threats: []
`,
  });
  const ws = readWorkspace(repo, readConfig(repo), []);
  const files = ws.catalogs[0].manifests.map((m) => m.file).sort();
  assert.deepEqual(files, ['agents/a/agent.yaml', 'platform/models.yaml']);
});
