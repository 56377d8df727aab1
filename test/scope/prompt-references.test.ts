// Where a kagent agent's instructions come from (systemMessageFrom, promptTemplate.dataSources): the ConfigMaps are
// followed by name wherever the repository keeps them, so a pull request that edits only a shared prompt file, or
// points the agent at another prompt, re-opens the model's threats as the same change in the agent's folder would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE } from '../helpers/fixtures.js';
import { commitAll, diff, type DiffOut, exampleFiles, lineAt, replaceIn, repoWith } from './repo.js';

const AGENT_DIR = 'apps/k8s-ops';
const AGENT = `${AGENT_DIR}/manifests/agent.yaml`;
const CATALOG = `${AGENT_DIR}/k8s-ops.threats.yaml`;
const IN_FOLDER = `${AGENT_DIR}/manifests/prompts.yaml`;
const SHARED = 'platform/prompts/prompts.yaml';

/** The example agent, its instructions read from ConfigMaps (kagent 5229184e280a go/api/v1alpha3/agent_types.go). */
const AGENT_YAML = readFileSync(join(EXAMPLE, 'manifests/agent.yaml'), 'utf8').replace(
  '    systemMessage: |\n      You are a Kubernetes operations assistant. Ask before destructive actions.\n',
  `    systemMessageFrom:
      type: ConfigMap
      name: k8s-ops-prompt
      key: system.md
    promptTemplate:
      dataSources:
        - kind: ConfigMap
          name: ops-runbooks
          alias: runbooks
`,
);

const PROMPTS = `apiVersion: v1
kind: ConfigMap
metadata:
  name: k8s-ops-prompt
  namespace: agents
data:
  system.md: |
    You are a Kubernetes operations assistant. Ask before destructive actions.
    {{include "runbooks/drain"}}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ops-runbooks
  namespace: agents
data:
  drain: Cordon the node, then drain it with a timeout.
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: unrelated-settings
  namespace: agents
data:
  LOG_LEVEL: info
`;

function repo(at: string): string {
  assert.notEqual(AGENT_YAML, readFileSync(join(EXAMPLE, 'manifests/agent.yaml'), 'utf8'), 'the example was rewritten');
  return repoWith({ ...exampleFiles(AGENT_DIR), [AGENT]: AGENT_YAML, [at]: PROMPTS });
}

function comparable(out: DiffOut, at: string): unknown {
  return {
    events: out.events.map((e) => ({ ...e, file: e.file === at ? '<prompts>' : e.file })),
    reopen: out.reopen,
  };
}

/** The same edit of the prompts file, committed in the shared folder and in the agent's folder. */
function bothWays(from: string, to: string): { shared: DiffOut; control: DiffOut; line: number } {
  let line = 0;
  const run = (at: string) => {
    const dir = repo(at);
    replaceIn(dir, at, from, to);
    commitAll(dir, 'prompt change');
    line = lineAt(dir, at, to.split('\n')[0]);
    return diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  };
  return { shared: run(SHARED), control: run(IN_FOLDER), line };
}

test("the agent's system prompt edited in a shared ConfigMap re-opens its model threats at that line", () => {
  const { shared, control, line } = bothWays('Ask before destructive actions.', 'Never ask before acting.');
  assert.deepEqual(
    shared.events.map((e) => [e.type, e.file, e.line, e.catalog]),
    [['model-version-updated', SHARED, line - 1, CATALOG]],
  );
  assert.ok(shared.reopen.length > 0, 'the change re-opens threats');
  assert.deepEqual(comparable(shared, SHARED), comparable(control, IN_FOLDER));
});

test('a prompt data source edited in the shared folder is the same event; an unrelated ConfigMap is no event', () => {
  const { shared, control, line } = bothWays(
    'drain: Cordon the node, then drain it with a timeout.',
    'drain: Delete the node.',
  );
  assert.deepEqual(
    shared.events.map((e) => [e.type, e.file, e.line]),
    [['model-version-updated', SHARED, line]],
  );
  assert.deepEqual(comparable(shared, SHARED), comparable(control, IN_FOLDER));
  const other = bothWays('LOG_LEVEL: info', 'LOG_LEVEL: debug');
  assert.deepEqual(other.shared.events, []);
  assert.deepEqual(other.control.events, []);
});

test("the agent pointed at another prompt ConfigMap is an event at its reference, whatever the prompt's folder", () => {
  const dir = repo(SHARED);
  replaceIn(dir, AGENT, 'name: k8s-ops-prompt', 'name: unrelated-settings');
  commitAll(dir, 'another prompt');
  const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.file, e.line]),
    [['model-version-updated', AGENT, lineAt(dir, AGENT, 'systemMessageFrom:')]],
  );
  assert.ok(out.reopen.length > 0, 'the change re-opens threats');
});

test('a system message kept in a Secret in the shared folder is followed by name: its text edited is an event at the Secret key, never printed', () => {
  const secret = (text: string) =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: k8s-ops-prompt\n  namespace: agents\ntype: Opaque\nstringData:\n  system.md: ${JSON.stringify(text)}\n`;
  const agent = AGENT_YAML.replace(
    'type: ConfigMap\n      name: k8s-ops-prompt',
    'type: Secret\n      name: k8s-ops-prompt',
  );
  const dir = repoWith({
    ...exampleFiles(AGENT_DIR),
    [AGENT]: agent,
    [SHARED]: PROMPTS.replace(/^apiVersion: v1\nkind: ConfigMap\nmetadata:\n {2}name: k8s-ops-prompt[\s\S]*?---\n/, ''),
    'platform/prompts/secret.yaml': secret('Ask before destructive actions.'),
  });
  replaceIn(dir, 'platform/prompts/secret.yaml', 'Ask before destructive actions.', 'Never ask.');
  commitAll(dir, 'prompt change');
  const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.file, e.line]),
    [
      [
        'model-version-updated',
        'platform/prompts/secret.yaml',
        lineAt(dir, 'platform/prompts/secret.yaml', 'system.md:'),
      ],
    ],
  );
  assert.doesNotMatch(JSON.stringify(out), /Never ask|Ask before/);
  assert.ok(out.reopen.length > 0, 'the change re-opens threats');
});
