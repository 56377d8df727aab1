import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { decompose } from '../../src/analyse/init-catalog.js';
import type { AgentSurface } from '../../src/model/surface.js';
import { EXAMPLE } from '../helpers/fixtures.js';
import jsYaml from 'js-yaml';
import { CATALOG, commit, convergedRepo, diffJson, edit } from '../diff/scenario.js';

/**
 * The headers a kagent Agent sends to the agent it delegates to: `tools[] {type: Agent, agent, headersFrom[] {name,
 * value | valueFrom {type, name, key}}}` (kagent 5229184e280a go/api/v1alpha3/agent_types.go Tool.headersFrom;
 * go/core/internal/controller/translator/agent/compiler.go hands them to RemoteAgentConfig.Headers).
 */
const HEADERS = `      - type: Agent
        agent:
          apiGroup: kagent.dev
          kind: Agent
          name: gitops-agent
        headersFrom:
          - name: Authorization
            valueFrom:
              type: Secret
              name: gitops-token
              key: token
          - name: X-Team
            value: platform
`;
const BASE = readFileSync(join(EXAMPLE, 'manifests/agent.yaml'), 'utf8');
const AGENT = BASE.replace(
  '      - type: Agent\n        agent:\n          apiGroup: kagent.dev\n          kind: Agent\n          name: gitops-agent\n',
  HEADERS,
);

function surface(yaml: string): AgentSurface {
  const r = readSurface([readManifestText(yaml, 'agents/agent.yaml')]);
  assert.deepEqual(r.problems, []);
  return r.agents[0] as AgentSurface;
}

const lineOf = (yaml: string, needle: string) => yaml.split('\n').findIndex((l) => l.includes(needle)) + 1;

test('an Agent tool reads the headers sent to the delegated agent as its credentials', () => {
  assert.notEqual(AGENT, BASE);
  const d = surface(AGENT).delegations[0];
  assert.deepEqual(d.credentials, ['header Authorization from Secret gitops-token/token', 'header X-Team (literal)']);
  const out = decompose(surface(AGENT)).delegations[0];
  assert.match(
    out.description ?? '',
    /sends header Authorization from Secret gitops-token\/token, header X-Team \(literal\)\./,
  );
});

test("a swapped Secret on a delegation is a credentials change at the header's entry", () => {
  const head = AGENT.replace('name: gitops-token', 'name: cluster-admin-token');
  const events = diffSurfaces(surface(AGENT), surface(head));
  assert.deepEqual(
    events.map((e) => [e.type, e.direction, e.line, e.subject, e.scope.aspect, e.before, e.after]),
    [
      [
        'tool-surface-modified',
        'changed',
        lineOf(head, '- name: Authorization'),
        'delegation to Agent agents/gitops-agent: credentials',
        'delegation-credentials',
        ['header Authorization from Secret gitops-token/token', 'header X-Team (literal)'],
        ['header Authorization from Secret cluster-admin-token/token', 'header X-Team (literal)'],
      ],
    ],
  );
  // Headers added where there were none widen; all removed narrow.
  assert.deepEqual(
    diffSurfaces(surface(BASE), surface(AGENT)).map((e) => [e.direction, e.line]),
    [['widened', lineOf(AGENT, '- name: Authorization')]],
  );
  assert.deepEqual(
    diffSurfaces(surface(AGENT), surface(BASE)).map((e) => e.direction),
    ['narrowed'],
  );
});

test('diff re-opens the threats on the delegation entry when its Secret is swapped, and none when it is dropped', () => {
  const dir = convergedRepo((d) => edit(d, 'manifests/agent.yaml', BASE, AGENT));
  edit(dir, 'manifests/agent.yaml', 'name: gitops-token', 'name: cluster-admin-token');
  commit(dir, 'another token for the subagent');
  const { out } = diffJson(dir, '--base', 'main');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.file, e.line]),
    [['tool-surface-modified', 'manifests/agent.yaml', lineOf(AGENT, '- name: Authorization')]],
  );
  assert.ok(out.reopen.length > 0, 'threats re-opened');
  // Only the threats that touch the delegation entry to gitops-agent (the example catalog's `to-gitops`).
  const catalog = jsYaml.load(readFileSync(join(dir, CATALOG), 'utf8')) as {
    threats: Array<{ id: string; components: string[] }>;
  };
  const onEdge = catalog.threats.filter((t) => t.components.includes('to-gitops')).map((t) => t.id);
  assert.deepEqual(out.reopen.map((r) => r.threat).sort(), onEdge.sort());
  const narrowed = convergedRepo((d) => edit(d, 'manifests/agent.yaml', BASE, AGENT));
  edit(
    narrowed,
    'manifests/agent.yaml',
    AGENT.slice(AGENT.indexOf('        headersFrom:'), AGENT.indexOf('    deployment:')),
    '',
  );
  commit(narrowed, 'no headers');
  const after = diffJson(narrowed, '--base', 'main').out;
  assert.deepEqual(
    after.events.map((e) => [e.type, e.direction]),
    [['tool-surface-modified', 'narrowed']],
  );
  assert.deepEqual(after.reopen, []);
});
