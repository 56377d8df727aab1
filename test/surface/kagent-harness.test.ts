import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import type { AgentSurface } from '../../src/model/surface.js';
import { git, ROOT, runCli, tempDir, writeAt } from '../helpers/fixtures.js';
import { lineIn } from '../helpers/samples.js';
import { commit, edit, type DiffJson } from '../diff/scenario.js';

/**
 * kagent runtime surface beyond models and tool servers: Harness type and image, AgentHarness channels, skills,
 * plugins, shareTools, the SandboxAgent sandbox fields; ModelConfig and RemoteMCPServer credentials and TLS.
 * Fixtures written from kagent 5229184e280a (go/api/v1alpha2, go/api/v1alpha3, go/api/config/crd/bases).
 */
const DIR = join(ROOT, 'test/fixtures/upstream/kagent');
const text = (f: string) => readFileSync(join(DIR, f), 'utf8');

function surfaces(yaml: string): AgentSurface[] {
  const r = readSurface([readManifestText(yaml, 'agents/a.yaml')]);
  assert.deepEqual(r.problems, []);
  return r.agents as AgentSurface[];
}

/** The events of the one agent named `name`, as [type, direction, line, subject, aspect]. */
function events(base: string, head: string, name: string) {
  const b = surfaces(base).find((a) => a.agent.name === name);
  const h = surfaces(head).find((a) => a.agent.name === name);
  return diffSurfaces(b, h).map((e) => [e.type, e.direction, e.line, e.subject, e.scope.aspect ?? '']);
}

function swap(yaml: string, from: string, to: string): string {
  assert.equal(yaml.split(from).length, 2, `one ${from}`);
  return yaml.replace(from, to);
}

const HARNESS = `apiVersion: kagent.dev/v1alpha3
kind: AgentHarness
metadata: {name: claw, namespace: agents}
spec:
  backend: openclaw
  image: ghcr.io/example/openclaw:1.0
  substrate:
    workerPoolRef: {name: pool}
  modelConfigRef: claw-model
  channels:
    - name: team
      type: slack
      slack:
        botToken:
          valueFrom: {type: Secret, name: slack-bot, key: bot}
        appToken:
          valueFrom: {type: Secret, name: slack-bot, key: app}
        openclaw:
          channelAccess: allowlist
          allowlistChannels: ["C123"]
    - name: pager
      type: telegram
      telegram:
        botToken: {valueFrom: {type: Secret, name: tg, key: token}}
        allowedUserIDs: ["1001", "1002"]
---
apiVersion: kagent.dev/v1alpha3
kind: ModelConfig
metadata: {name: claw-model, namespace: agents}
spec:
  provider: Anthropic
  model: claude-sonnet-4-5
  apiKeySecret: anthropic-key
  apiKeySecretKey: key
`;

test('AgentHarness: channels say who may prompt, channel tokens are credentials, the image is the runtime', () => {
  const [claw] = surfaces(HARNESS);
  assert.deepEqual(
    claw.sandbox?.channels?.map((c) => [c.type, c.name, c.access, c.allowed, c.at?.access?.line]),
    [
      ['slack', 'team', 'allowlist', ['C123'], lineIn(HARNESS, 'channelAccess: allowlist')],
      ['telegram', 'pager', 'allowlist', ['1001', '1002'], lineIn(HARNESS, 'allowedUserIDs')],
    ],
  );
  assert.deepEqual(claw.sandbox?.credentials, [
    'slack team appToken from Secret slack-bot/app',
    'slack team botToken from Secret slack-bot/bot',
    'telegram pager botToken from Secret tg/token',
  ]);
  assert.deepEqual(claw.models[0].credentials, ['api key from Secret anthropic-key/key']);
  // The upstream fixture: an OpenClaw Slack channel on an allow-list.
  const r = readSurface(readdirSync(DIR).map((f) => readManifestText(text(f), `agents/${f}`)));
  const ops = r.agents.find((a) => a.agent.name === 'ops-claw')!;
  assert.deepEqual(
    ops.sandbox?.channels?.map((c) => `${c.type} ${c.name}: ${c.access} ${c.allowed}`),
    ['slack ops: allowlist C0123OPS'],
  );
  const scribe = r.agents.find((a) => a.agent.name === 'incident-scribe')!;
  assert.equal(scribe.sandbox?.harnessType, 'kagent');
  assert.deepEqual(scribe.extensions?.skills, [
    'plugin oci ghcr.io/example/sre-plugins@sha256:aa11bb22cc33dd44ee55ff66aa77bb88cc99dd00ee11ff22aa33bb44cc55dd66 (runbook-lookup)',
    'postmortem: git https://github.com/example/agent-skills@4f1c2d3e4b5a69788796a5b4c3d2e1f0a9b8c7d6 path skills/postmortem',
  ]);
});

test('AgentHarness diff: a new image, a channel opened to everyone, an allow-list dropped, a token Secret swapped', () => {
  // The image is the whole OpenClaw runtime: a model-version update of the runtime.
  let head = swap(HARNESS, 'openclaw:1.0', 'openclaw:2.0-untrusted');
  assert.deepEqual(events(HARNESS, head, 'claw'), [
    ['model-version-updated', 'changed', lineIn(head, 'image:'), 'AgentHarness agents/claw: runtime', 'runtime'],
  ]);
  // channelAccess open: anyone in the Slack workspace may prompt the agent.
  head = swap(HARNESS, 'channelAccess: allowlist', 'channelAccess: open');
  assert.deepEqual(events(HARNESS, head, 'claw'), [
    [
      'autonomy-tier-changed',
      'widened',
      lineIn(head, 'channelAccess: open'),
      'AgentHarness agents/claw: channel slack team: who may prompt',
      'channels',
    ],
  ]);
  // Unset, kagent configures OpenClaw's Slack channel as open (channels_shared.go).
  head = swap(HARNESS, '          channelAccess: allowlist\n', '');
  assert.deepEqual(
    events(HARNESS, head, 'claw').map((e) => e.slice(0, 2)),
    [['autonomy-tier-changed', 'widened']],
  );
  // Telegram without allowedUserIDs: OpenClaw pairs direct messages, approved at run time (wider than a list).
  head = swap(HARNESS, '        allowedUserIDs: ["1001", "1002"]\n', '');
  assert.deepEqual(events(HARNESS, head, 'claw'), [
    [
      'autonomy-tier-changed',
      'widened',
      lineIn(head, 'telegram:'),
      'AgentHarness agents/claw: channel telegram pager: who may prompt',
      'channels',
    ],
  ]);
  // One more user on the allow-list widens it; the channel removed narrows.
  head = swap(HARNESS, '["1001", "1002"]', '["1001", "1002", "1003"]');
  assert.deepEqual(
    events(HARNESS, head, 'claw').map((e) => e.slice(0, 3)),
    [['autonomy-tier-changed', 'widened', lineIn(head, 'allowedUserIDs')]],
  );
  head = swap(
    HARNESS,
    '          channelAccess: allowlist\n          allowlistChannels: ["C123"]\n',
    '          channelAccess: disabled\n',
  );
  assert.deepEqual(
    events(HARNESS, head, 'claw').map((e) => e.slice(0, 3)),
    [['autonomy-tier-changed', 'narrowed', lineIn(head, 'channelAccess: disabled')]],
  );
  // The bot token from another Secret: another Slack app speaks for the agent.
  head = swap(HARNESS, 'name: slack-bot, key: bot}', 'name: other-bot, key: bot}');
  assert.deepEqual(events(HARNESS, head, 'claw'), [
    [
      'tool-surface-modified',
      'changed',
      lineIn(head, 'botToken:'),
      'AgentHarness agents/claw: runtime credentials',
      'credentials',
    ],
  ]);
  // The model's API key from another Secret: another account.
  head = swap(HARNESS, 'apiKeySecret: anthropic-key', 'apiKeySecret: other-team-key');
  assert.deepEqual(events(HARNESS, head, 'claw'), [
    ['model-version-updated', 'changed', lineIn(head, 'apiKeySecret'), 'ModelConfig agents/claw-model', 'model'],
  ]);
  // Channels listed in another order, a comment: nothing.
  const reordered = HARNESS.replace(
    /( {4}- name: team[\s\S]*?)( {4}- name: pager[\s\S]*?)---/,
    (_m, a: string, b: string) => `${b}${a}---`,
  );
  assert.notEqual(reordered, HARNESS);
  assert.deepEqual(events(HARNESS, `${reordered}# reviewed\n`, 'claw'), []);
});

const TEMPLATE = `apiVersion: kagent.dev/v1alpha3
kind: AgentTemplate
metadata: {name: helper, namespace: agents, labels: {tier: std}}
spec:
  modelConfig: {name: m}
  systemPrompt: help
  tools:
    - mcp:
        server: {kind: RemoteMCPServer, name: k8s}
        tools: [k8s_get_resources]
---
apiVersion: kagent.dev/v1alpha3
kind: Harness
metadata: {name: h, namespace: agents}
spec:
  kagent: {}
  workload: {image: ghcr.io/kagent-dev/kagent/adk:0.10.0}
  substrate: {workerPoolRef: {name: pool}, snapshotPolicy: {location: "gs://x"}}
  allowedAgentTemplates: {selector: {matchLabels: {tier: std}}}
---
apiVersion: kagent.dev/v1alpha3
kind: ModelConfig
metadata: {name: m, namespace: agents}
spec: {provider: OpenAI, model: gpt-4o}
---
apiVersion: kagent.dev/v1alpha3
kind: RemoteMCPServer
metadata: {name: k8s, namespace: agents}
spec: {description: k8s, url: "https://kagent-tools.example.com/mcp"}
`;

const SKILLS = `  skills:
    - name: deploy
      source: {git: {url: "https://github.com/x/skills", commit: "${'a'.repeat(40)}"}}
  plugins:
    - source: {oci: "ghcr.io/x/plugin@sha256:${'b'.repeat(64)}"}
      skills: [lint]
  tools:
`;

test('AgentTemplate diff: the Harness becomes Claude Code, skills and plugins loaded, the tool server TLS check off', () => {
  let head = swap(swap(TEMPLATE, '  kagent: {}', '  claude: {}'), 'kagent/adk:0.10.0', 'example/claude-code:latest');
  assert.deepEqual(events(TEMPLATE, head, 'helper'), [
    [
      'tool-surface-modified',
      'widened',
      lineIn(head, 'claude: {}'),
      'AgentTemplate agents/helper: harness type',
      'harness',
    ],
    ['model-version-updated', 'changed', lineIn(head, 'workload:'), 'AgentTemplate agents/helper: runtime', 'runtime'],
  ]);
  head = swap(TEMPLATE, '  tools:\n', SKILLS);
  assert.deepEqual(events(TEMPLATE, head, 'helper'), [
    [
      'tool-surface-modified',
      'widened',
      lineIn(head, '- name: deploy'),
      'AgentTemplate agents/helper: skills and plugins',
      'skills',
    ],
  ]);
  // The plugin selects another skill of its bundle: one skill set for another.
  const other = swap(head, 'skills: [lint]', 'skills: [lint, release]');
  assert.deepEqual(
    events(head, other, 'helper').map((e) => e.slice(0, 3)),
    [['tool-surface-modified', 'changed', lineIn(other, '- source: {oci:')]],
  );
  head = swap(
    TEMPLATE,
    'url: "https://kagent-tools.example.com/mcp"}',
    'url: "https://kagent-tools.example.com/mcp", tls: {disableVerify: true}}',
  );
  assert.deepEqual(events(TEMPLATE, head, 'helper'), [
    ['tool-surface-modified', 'widened', lineIn(head, 'disableVerify'), 'RemoteMCPServer agents/k8s: TLS', 'tls'],
  ]);
  head = swap(
    TEMPLATE,
    'spec: {provider: OpenAI, model: gpt-4o}',
    'spec: {provider: OpenAI, model: gpt-4o, tls: {disableVerify: true}}',
  );
  assert.deepEqual(events(TEMPLATE, head, 'helper'), [
    ['model-version-updated', 'widened', lineIn(head, 'disableVerify'), 'ModelConfig agents/m', 'model'],
  ]);
});

const AGENT = `apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata: {name: ops, namespace: agents}
spec:
  type: Declarative
  declarative:
    modelConfig: m
    systemMessage: You are helpful.
    tools:
      - type: McpServer
        mcpServer: {apiGroup: kagent.dev, kind: RemoteMCPServer, name: k8s, toolNames: [k8s_get_resources]}
---
apiVersion: kagent.dev/v1alpha2
kind: ModelConfig
metadata: {name: m, namespace: agents}
spec: {provider: OpenAI, model: gpt-4o, apiKeySecret: openai, apiKeySecretKey: key}
`;

test('Agent v1alpha2 diff: skills from a git branch and an image, shareTools, API key passthrough and headers', () => {
  let head = swap(
    AGENT,
    '  type: Declarative\n',
    '  type: Declarative\n  skills:\n    gitRefs:\n      - url: https://github.com/someone/random-skills\n    refs: ["ghcr.io/someone/skill:latest"]\n',
  );
  const [a] = surfaces(head);
  assert.deepEqual(a.extensions?.skills, [
    'git https://github.com/someone/random-skills@main',
    'oci ghcr.io/someone/skill:latest',
  ]);
  assert.deepEqual(events(AGENT, head, 'ops'), [
    [
      'tool-surface-modified',
      'widened',
      lineIn(head, '- url: https://github.com/someone'),
      'Agent agents/ops: skills and plugins',
      'skills',
    ],
  ]);
  head = swap(AGENT, '    modelConfig: m\n', '    modelConfig: m\n    shareTools: true\n');
  const d = diffSurfaces(surfaces(AGENT)[0], surfaces(head)[0]);
  assert.deepEqual(
    d.map((e) => [e.type, e.direction, e.line, e.subject, e.scope.tools]),
    [
      [
        'tool-surface-modified',
        'widened',
        lineIn(head, 'shareTools'),
        'Agent agents/ops: built-in tools',
        ['create_share_link', 'delete_share_link', 'list_share_links'],
      ],
    ],
  );
  // The caller's bearer token becomes the API key; a header is sent with every prompt.
  head = swap(
    AGENT,
    'apiKeySecret: openai, apiKeySecretKey: key}',
    'apiKeyPassthrough: true, defaultHeaders: {X-Org: other}}',
  );
  const e = diffSurfaces(surfaces(AGENT)[0], surfaces(head)[0]);
  assert.deepEqual(
    e.map((x) => [x.type, x.direction, x.line, x.after]),
    [
      [
        'model-version-updated',
        'changed',
        lineIn(head, 'apiKeyPassthrough'),
        {
          provider: 'OpenAI',
          model: 'gpt-4o',
          credentials: "api key forwarded from the caller's bearer token, header X-Org (literal)",
        },
      ],
    ],
  );
});

const SANDBOX = `apiVersion: kagent.dev/v1alpha3
kind: SandboxAgent
metadata: {name: sb, namespace: agents}
spec:
  type: Declarative
  substrate: {workerPoolRef: {name: pool-a}}
  sandbox:
    network:
      allowedDomains: [api.example.com]
  declarative:
    modelConfig: m
`;

test('SandboxAgent diff: allowed domains, allowedNamespaces and the WorkerPool are compared', () => {
  let head = swap(SANDBOX, '[api.example.com]', '[api.example.com, "*"]');
  assert.deepEqual(events(SANDBOX, head, 'sb'), [
    [
      'tool-surface-modified',
      'widened',
      lineIn(head, 'allowedDomains'),
      'SandboxAgent agents/sb: allowed domains',
      'allowed-domains',
    ],
  ]);
  head = swap(SANDBOX, '  type: Declarative\n', '  type: Declarative\n  allowedNamespaces: {from: All}\n');
  assert.deepEqual(events(SANDBOX, head, 'sb'), [
    [
      'autonomy-tier-changed',
      'widened',
      lineIn(head, 'allowedNamespaces'),
      'SandboxAgent agents/sb: namespaces that may use it as a tool',
      'callers',
    ],
  ]);
  head = swap(SANDBOX, 'pool-a', 'pool-shared');
  assert.deepEqual(events(SANDBOX, head, 'sb'), [
    ['model-version-updated', 'changed', lineIn(head, 'pool-shared'), 'SandboxAgent agents/sb: runtime', 'runtime'],
  ]);
});

test('malformed channels and skill sources: a problem at the field, never a throw', () => {
  const yaml = `apiVersion: kagent.dev/v1alpha3
kind: AgentHarness
metadata: {name: bad, namespace: agents}
spec:
  backend: openclaw
  channels:
    - {name: x, type: irc}
    - 7
    - {name: y, type: slack, slack: {openclaw: {channelAccess: [open]}}}
---
apiVersion: kagent.dev/v1alpha3
kind: AgentTemplate
metadata: {name: t, namespace: agents}
spec:
  modelConfig: {name: m}
  skills:
    - {name: s, source: {}}
    - {name: u, source: 3}
  plugins: {a: 1}
---
apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata: {name: g, namespace: agents}
spec:
  skills: [oops]
  declarative: {modelConfig: m, shareTools: maybe}
---
apiVersion: kagent.dev/v1alpha2
kind: ModelConfig
metadata: {name: m, namespace: agents}
spec: {model: x, tls: {disableVerify: sure}, defaultHeaders: [a]}
`;
  const r = readSurface([readManifestText(yaml, 'agents/bad.yaml')]);
  const byLine = (a: [number, string], b: [number, string]) => a[0] - b[0] || a[1].localeCompare(b[1]);
  assert.deepEqual(
    r.problems.map((p): [number, string] => [p.position.line, p.message]).sort(byLine),
    (
      [
        [lineIn(yaml, '- 7'), 'AgentHarness bad: spec.channels[1] must be a mapping'],
        [lineIn(yaml, 'type: irc'), 'AgentHarness bad: spec.channels[0].type must be slack or telegram'],
        [
          lineIn(yaml, 'channelAccess: [open]'),
          'AgentHarness bad: spec.channels[2].slack.openclaw.channelAccess must be a string',
        ],
        [lineIn(yaml, 'source: {}'), 'AgentTemplate t: spec.skills[0].source needs exactly one of oci, git, bucket'],
        [lineIn(yaml, 'source: 3'), 'AgentTemplate t: spec.skills[1].source must be a mapping'],
        [lineIn(yaml, 'plugins: {a: 1}'), 'AgentTemplate t: spec.plugins must be a list'],
        [lineIn(yaml, 'skills: [oops]'), 'Agent g: spec.skills must be a mapping'],
        [lineIn(yaml, 'shareTools: maybe'), 'Agent g: spec.declarative.shareTools must be a boolean'],
        [lineIn(yaml, 'disableVerify: sure'), 'ModelConfig m: spec.tls.disableVerify must be a boolean'],
        [lineIn(yaml, 'defaultHeaders: [a]'), 'ModelConfig m: spec.defaultHeaders must be a mapping'],
      ] as Array<[number, string]>
    ).sort(byLine),
  );
});

test('init on an AgentHarness, then diff: the open channel re-opens coercion threats, the image runtime ones', () => {
  const dir = tempDir('threatcat-harness-');
  cpSync(DIR, join(dir, 'agents'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  const r = runCli(['init', '--agent', 'ops-claw', '-C', dir, 'agents']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const catalog = join(dir, 'agents/ops-claw.threats.yaml');
  // init names who may prompt the agent in its runtime component.
  assert.match(readFileSync(catalog, 'utf8'), /- prompts from the slack channel ops \(allowlist\)/);
  // Converged: every threat closed, as after the observation window.
  writeFileSync(catalog, readFileSync(catalog, 'utf8').replace(/^ {4}status: open$/gm, '    status: closed'));
  commit(dir, 'agents');
  const f = 'agents/09-agentharness-openclaw.yaml';
  edit(dir, f, 'channelAccess: allowlist', 'channelAccess: open');
  edit(
    dir,
    f,
    '  modelConfigRef: bedrock-claude',
    '  image: ghcr.io/example/openclaw:2.0\n  modelConfigRef: bedrock-claude',
  );
  commit(dir, 'open to the workspace, another runtime');
  const d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  const t = readFileSync(join(dir, f), 'utf8');
  assert.deepEqual(
    d.events.map((e) => [e.type, e.direction, e.file, e.line, e.subject]),
    [
      [
        'model-version-updated',
        'changed',
        f,
        lineIn(t, 'image: ghcr.io/example/openclaw:2.0'),
        'AgentHarness team-a/ops-claw: runtime',
      ],
      [
        'autonomy-tier-changed',
        'widened',
        f,
        lineIn(t, 'channelAccess: open'),
        'AgentHarness team-a/ops-claw: channel slack ops: who may prompt',
      ],
    ],
  );
  const byEvent = (type: string) =>
    d.reopen
      .filter((x) => x.events.includes(type))
      .map((x) => x.threat)
      .sort();
  // Anyone in the workspace may now prompt it: the coercion threats; the new image: what runs in the container.
  assert.ok(
    byEvent('autonomy-tier-changed').includes('ops-claw.L1-indirect-prompt-injection'),
    JSON.stringify(d.reopen),
  );
  assert.ok(byEvent('model-version-updated').includes('ops-claw.L4-base-image-supply-chain'), JSON.stringify(d.reopen));
});

/**
 * Declarative runtime env (kagent 5229184e280a): v1alpha3 `spec.declarative.env` ([]corev1.EnvVar, Agent and
 * SandboxAgent alike), v1alpha2 `spec.declarative.deployment.env` and `envFrom` (SharedDeploymentSpec).
 */
const ENV_AGENTS = `apiVersion: kagent.dev/v1alpha3
kind: SandboxAgent
metadata: {name: repo-helper, namespace: team-a}
spec:
  type: Declarative
  description: Opens pull requests in the team's repositories.
  declarative:
    modelConfig: helper-model
    systemMessage: You open small, reviewed pull requests.
    env:
      - name: LOG_LEVEL
        value: info
      - name: GITHUB_TOKEN
        valueFrom:
          secretKeyRef:
            name: github-readonly
            key: token
---
apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata: {name: triage, namespace: team-a}
spec:
  type: Declarative
  description: Triages incidents.
  declarative:
    modelConfig: helper-model
    systemMessage: You triage incidents.
    deployment:
      envFrom:
        - secretRef: {name: triage-extra}
---
apiVersion: kagent.dev/v1alpha2
kind: ModelConfig
metadata: {name: helper-model, namespace: team-a}
spec:
  provider: OpenAI
  model: gpt-4.1
  apiKeySecret: openai
  apiKeySecretKey: key
`;

test('Declarative env Secrets: a SandboxAgent env Secret swapped, and one added to an Agent deployment.env, are runtime-credential events at the secretKeyRef', () => {
  const dir = tempDir('threatcat-env-');
  const f = 'agents/agents.yaml';
  writeAt(dir, f, ENV_AGENTS);
  git(dir, 'init', '-q', '-b', 'main');
  for (const agent of ['repo-helper', 'triage']) {
    const r = runCli(['init', '--agent', agent, '-C', dir, 'agents']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const catalog = join(dir, `agents/${agent}.threats.yaml`);
    writeFileSync(catalog, readFileSync(catalog, 'utf8').replace(/^ {4}status: open$/gm, '    status: closed'));
  }
  commit(dir, 'agents');
  edit(dir, f, 'name: github-readonly', 'name: github-admin');
  edit(
    dir,
    f,
    '    deployment:\n',
    '    deployment:\n      env:\n        - name: PAGER_KEY\n          valueFrom:\n            secretKeyRef: {name: pagerduty, key: api-key}\n',
  );
  commit(dir, 'a broader GitHub token, a PagerDuty key');
  const d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  const t = readFileSync(join(dir, f), 'utf8');
  assert.deepEqual(
    d.events.map((e) => [e.type, e.direction, e.file, e.line, e.subject, e.before, e.after]),
    [
      [
        'tool-surface-modified',
        'changed',
        f,
        lineIn(t, 'secretKeyRef:'),
        'SandboxAgent team-a/repo-helper: runtime credentials',
        ['env GITHUB_TOKEN from Secret github-readonly/token'],
        ['env GITHUB_TOKEN from Secret github-admin/token'],
      ],
      [
        'tool-surface-modified',
        'widened',
        f,
        lineIn(t, 'secretKeyRef: {name: pagerduty'),
        'Agent team-a/triage: runtime credentials',
        ['envFrom Secret triage-extra'],
        ['env PAGER_KEY from Secret pagerduty/api-key', 'envFrom Secret triage-extra'],
      ],
    ],
    JSON.stringify(d.events),
  );
  assert.ok(d.reopen.length > 0, JSON.stringify(d));
});
