// The life of one agent's threat model, as a team lives it, through the bundled CLI (run `npm run build` first):
// Day 1 `init` → people review factors and CVSS → `validate --fix` → commit through the pre-commit hook → a
// branch that adds an MCP server, bumps the model and binds a Role → `diff --write` → `validate` clean → commit →
// two weeks of runtime evidence, `ingest --write --commit` (through the hook) → `validate` clean → a later snapshot
// with new behaviour → baseline drift re-opens threats. A real git repository in a temp dir, real files, Debian's
// pre-commit installing threatcat's hook from a snapshot of this checkout (as test/precommit.test.ts does).
// `validate` must exit 0 wherever a person did nothing wrong. Each step is a subtest, so a failing step is named
// and the steps after it still report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import type { ThreatCatalog } from '../src/model/catalog.js';
import { BIN, ROOT, tempDir } from './helpers/fixtures.js';

const AGENT_DIR = 'agents/ops-agent';
const CATALOG = `${AGENT_DIR}/ops-agent.threats.yaml`;
const AGENT_SA = 'system:serviceaccount:agents:ops-agent';
const TOOLS_SA = 'system:serviceaccount:agents:k8s-tools';
const AGENT_POD = 'ops-agent-7d9f8c6b5d-q2x7k';
const TOOLS_POD = 'k8s-tools-5f6d7c8b9-m4n8p';

// ---------------------------------------------------------------------------------------------------------------
// The agent: a kagent Agent whose tools run in an in-cluster tool server with its own ServiceAccount and Role.

const FILES: Record<string, string> = {
  'agent.yaml': `apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata:
  name: ops-agent
  namespace: agents
spec:
  type: Declarative
  description: Answers operators' questions about the cluster.
  declarative:
    modelConfig: ops-model
    systemMessage: You help operators understand the cluster. Never change anything.
    tools:
      - type: McpServer
        mcpServer:
          apiGroup: kagent.dev
          kind: RemoteMCPServer
          name: k8s-tools
          toolNames: [k8s_get_resources, k8s_get_pod_logs]
`,
  'model.yaml': `apiVersion: kagent.dev/v1alpha2
kind: ModelConfig
metadata:
  name: ops-model
  namespace: agents
spec:
  provider: OpenAI
  model: gpt-4o-2024-08-06
  apiKeySecret: openai-key
  apiKeySecretKey: key
`,
  'tools.yaml': `apiVersion: kagent.dev/v1alpha2
kind: RemoteMCPServer
metadata:
  name: k8s-tools
  namespace: agents
spec:
  description: Read-only Kubernetes tools
  protocol: STREAMABLE_HTTP
  url: http://k8s-tools.agents.svc.cluster.local:8084/mcp
---
apiVersion: v1
kind: Service
metadata:
  name: k8s-tools
  namespace: agents
spec:
  selector: { app: k8s-tools }
  ports: [{ port: 8084, targetPort: 8084 }]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: k8s-tools
  namespace: agents
spec:
  selector: { matchLabels: { app: k8s-tools } }
  template:
    metadata: { labels: { app: k8s-tools } }
    spec:
      serviceAccountName: k8s-tools
      containers: [{ name: tools, image: ghcr.io/example/k8s-tools:1.4.0 }]
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: k8s-tools
  namespace: agents
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: k8s-tools-read
  namespace: agents
rules:
  - apiGroups: [""]
    resources: [pods, pods/log]
    verbs: [get, list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: k8s-tools-read
  namespace: agents
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: k8s-tools-read }
subjects: [{ kind: ServiceAccount, name: k8s-tools, namespace: agents }]
`,
  'rbac.yaml': `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ops-agent
  namespace: agents
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops-agent-read
  namespace: agents
rules:
  - apiGroups: [""]
    resources: [pods, events]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ops-agent-read
  namespace: agents
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: ops-agent-read }
subjects: [{ kind: ServiceAccount, name: ops-agent, namespace: agents }]
`,
};

/** The pull request: a GitHub MCP server, a newer model, and a Role bound to the agent. */
const GITHUB_SERVER = `apiVersion: kagent.dev/v1alpha2
kind: RemoteMCPServer
metadata:
  name: github
  namespace: agents
spec:
  description: GitHub issues
  protocol: STREAMABLE_HTTP
  url: https://api.githubcopilot.com/mcp/
  headersFrom:
    - name: Authorization
      valueFrom: { type: Secret, name: github-token, key: token }
`;
const GITHUB_TOOL = `      - type: McpServer
        mcpServer:
          apiGroup: kagent.dev
          kind: RemoteMCPServer
          name: github
          toolNames: [search_issues, create_issue]
`;
const CONFIGMAP_ROLE = `---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops-agent-configmaps
  namespace: agents
rules:
  - apiGroups: [""]
    resources: [configmaps]
    verbs: [get, list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ops-agent-configmaps
  namespace: agents
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: ops-agent-configmaps }
subjects: [{ kind: ServiceAccount, name: ops-agent, namespace: agents }]
`;

// ---------------------------------------------------------------------------------------------------------------
// Runtime evidence: kube-audit lines of the agent's and its tool server's identities (every stage, as the API
// server writes them) and tool-call lines (SDK callback and MCP server log), the same routine every two hours.

interface ApiCall {
  who: string;
  pod: string;
  verb: string;
  resource: string;
  sub?: string;
  code?: number;
}
const ROUTINE: ApiCall[] = [
  { who: AGENT_SA, pod: AGENT_POD, verb: 'list', resource: 'pods' },
  { who: AGENT_SA, pod: AGENT_POD, verb: 'get', resource: 'pods' },
  { who: AGENT_SA, pod: AGENT_POD, verb: 'watch', resource: 'events' },
  { who: AGENT_SA, pod: AGENT_POD, verb: 'get', resource: 'configmaps' },
  { who: TOOLS_SA, pod: TOOLS_POD, verb: 'list', resource: 'pods' },
  { who: TOOLS_SA, pod: TOOLS_POD, verb: 'get', resource: 'pods', sub: 'log' },
];
const ROUTINE_TOOLS = [
  { server: 'k8s-tools', tool: 'k8s_get_resources' },
  { server: 'k8s-tools', tool: 'k8s_get_pod_logs' },
  { server: 'github', tool: 'search_issues' },
];

function days(from: string, count: number): string[] {
  const d = new Date(`${from}T00:00:00Z`);
  return Array.from({ length: count }, () => {
    const day = d.toISOString().slice(0, 10);
    d.setUTCDate(d.getUTCDate() + 1);
    return day;
  });
}

/** Evidence of these days; `novel` calls and tools happen once, on the afternoon of the last day. */
function evidence(on: string[], novel: { calls?: ApiCall[]; tools?: typeof ROUTINE_TOOLS } = {}) {
  const audit: string[] = [];
  const tools: string[] = [];
  let n = 0;
  for (const day of on) {
    for (let h = 8; h < 18; h += 2) {
      const last = day === on[on.length - 1] && h === 16;
      const hh = String(h).padStart(2, '0');
      [...ROUTINE, ...(last ? (novel.calls ?? []) : [])].forEach((c, i) => {
        const id = `${day}-${hh}-${i}-${n++}`;
        const t0 = `${day}T${hh}:0${i}:00.000000Z`;
        const t1 = `${day}T${hh}:0${i}:00.250000Z`;
        const line = (stage: string, at: string, code?: number) =>
          JSON.stringify({
            kind: 'Event',
            apiVersion: 'audit.k8s.io/v1',
            level: 'Metadata',
            auditID: id,
            stage,
            requestURI: `/api/v1/namespaces/agents/${c.resource}${c.verb === 'watch' ? '?watch=true' : ''}`,
            verb: c.verb,
            user: {
              username: c.who,
              groups: ['system:serviceaccounts', 'system:authenticated'],
              extra: { 'authentication.kubernetes.io/pod-name': [c.pod] },
            },
            objectRef: {
              resource: c.resource,
              namespace: 'agents',
              apiVersion: 'v1',
              ...(c.sub ? { subresource: c.sub } : {}),
            },
            requestReceivedTimestamp: t0,
            stageTimestamp: at,
            ...(code ? { responseStatus: { metadata: {}, code } } : {}),
            annotations: { 'authorization.k8s.io/decision': c.code === 403 ? 'forbid' : 'allow' },
          });
        audit.push(line('RequestReceived', t0));
        if (c.verb === 'watch') audit.push(line('ResponseStarted', t1, 200));
        audit.push(line('ResponseComplete', t1, c.code ?? 200));
      });
      [...ROUTINE_TOOLS, ...(last ? (novel.tools ?? []) : [])].forEach((t, i) => {
        const time = `${day}T${hh}:1${i}:00Z`;
        const call = { time, workload: 'agents/ops-agent', server: t.server, tool: t.tool, outcome: 'ok' };
        tools.push(JSON.stringify(call), JSON.stringify({ ...call, source: 'mcp-log' }));
      });
    }
  }
  return { audit: `${audit.join('\n')}\n`, tools: `${tools.join('\n')}\n` };
}

// ---------------------------------------------------------------------------------------------------------------

interface Run {
  code: number;
  out: string;
  stdout: string;
}

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Run {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, stdout: r.stdout ?? '' };
}

/** A snapshot of this checkout (as it is on disk), built, committed: the repository pre-commit installs the hook from. */
function hookRepository(work: string, env: NodeJS.ProcessEnv): { path: string; rev: string } {
  const path = join(work, 'hook-repo');
  mkdirSync(path);
  const files = sh('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT, env)
    .out.split('\0')
    .filter(Boolean);
  for (const f of files) {
    try {
      mkdirSync(dirname(join(path, f)), { recursive: true });
      cpSync(join(ROOT, f), join(path, f));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(path, 'node_modules'), 'dir');
  const built = sh(process.execPath, ['scripts/build.mjs'], path, { ...process.env });
  rmSync(join(path, 'node_modules'));
  assert.equal(built.code, 0, built.out);
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['add', '-A'],
    ['commit', '-qm', 'snapshot'],
  ])
    assert.equal(sh('git', args, path, env).code, 0);
  return { path, rev: sh('git', ['rev-parse', 'HEAD'], path, env).out.trim() };
}

test('the lifecycle of a threat model: init, review, --fix, hook, a pull request, ingest, drift', async (t) => {
  const precommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  assert.equal(precommit.status, 0, 'pre-commit is not installed: apt-get install -y pre-commit (.ci/run does this)');
  const work = tempDir('threatcat-lifecycle-');
  const repo = join(work, 'repo');
  mkdirSync(join(repo, AGENT_DIR), { recursive: true });
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: work,
    PRE_COMMIT_HOME: join(work, 'pre-commit-cache'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Platform Team',
    GIT_AUTHOR_EMAIL: 'platform@example.com',
    GIT_COMMITTER_NAME: 'Platform Team',
    GIT_COMMITTER_EMAIL: 'platform@example.com',
    // Installing the hook must download nothing.
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
  };
  /** The clock of each step: the hook's validate and threatcat's own runs see the same day. */
  let now = '2026-11-01T09:00:00Z';
  const env = () => ({ ...baseEnv, THREATCAT_NOW: now });
  const threatcat = (...args: string[]) => sh(process.execPath, [BIN, ...args], repo, env());
  const git = (...args: string[]) => sh('git', args, repo, env());
  const catalog = () => readFileSync(join(repo, CATALOG), 'utf8');
  const codes: Array<[string, number]> = [];
  const step = async (name: string, fn: () => void) => {
    await t.test(name, fn);
  };
  const expectCode = (label: string, r: Run, code: number) => {
    codes.push([label, r.code]);
    assert.equal(r.code, code, `${label}: exit ${r.code}\n${r.out}`);
  };
  const validateClean = (label: string) => {
    const v = threatcat('validate', '--format', 'json');
    expectCode(label, v, 0);
    const errors = JSON.parse(v.stdout).findings.filter((f: { severity: string }) => f.severity === 'error');
    assert.deepEqual(errors, [], `${label}: no error finding`);
  };

  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(repo, AGENT_DIR, name), text);
  assert.equal(git('init', '-q', '-b', 'main').code, 0);

  await step('Day 1: init writes a catalog that validates clean', () => {
    expectCode('init', threatcat('init', '--agent', 'ops-agent', AGENT_DIR), 0);
    validateClean('validate after init');
    const c = parse(catalog()) as ThreatCatalog;
    assert.ok(c.threats.length > 5 && c.threats.every((x) => x.status === 'open'));
  });

  await step('people review the factors and a CVSS base; validate names the fix; validate --fix recomputes', () => {
    const before = catalog();
    const after = before
      .replace(/^( {6}nonDeterminism:) 0\.5 # .*$/m, '$1 1.0 # reviewed 2026-11-01: the image sets temperature 1.0')
      .replace(
        /^( {4}cvss: \{base:) 8\.7, exploitMaturity: poc\}/m,
        '$1 9.3, exploitMaturity: attacked} # CVE-2026-1234 (runc), reviewed 2026-11-01;',
      );
    assert.notEqual(after, before, 'the factor and the container-escape CVSS base were edited');
    writeFileSync(join(repo, CATALOG), after);
    const stale = threatcat('validate');
    expectCode('validate after the review (stale AIVSS)', stale, 1);
    assert.match(stale.stdout, /aivss-score-stale .*run `threatcat validate --fix` to rewrite it/);
    const fix = threatcat('validate', '--fix');
    expectCode('validate --fix', fix, 0);
    assert.match(
      fix.stdout,
      /ops-agent\.L4-container-escape-cve {2}aivss: [\d.]+ \w+ \(CVSS:8\.7\/AARS:4\.0\) → [\d.]+ \w+ \(CVSS:9\.3\/AARS:4\.5\)/,
    );
    const fixed = catalog();
    assert.ok(fixed.includes('# reviewed 2026-11-01: the image sets temperature 1.0'), 'the reviewer’s comment kept');
    assert.ok(fixed.includes('# CVE-2026-1234 (runc), reviewed 2026-11-01;'));
    expectCode('validate --fix again (no-op)', threatcat('validate', '--fix'), 0);
    assert.equal(catalog(), fixed, 'idempotent');
    validateClean('validate after --fix');
  });

  await step('commit through the pre-commit hook (Debian pre-commit, threatcat-validate)', () => {
    const hook = hookRepository(work, env());
    writeFileSync(
      join(repo, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hook.path}\n    rev: ${hook.rev}\n    hooks:\n      - id: threatcat-validate\n`,
    );
    expectCode('pre-commit install', sh('pre-commit', ['install'], repo, env()), 0);
    expectCode('pre-commit install-hooks', sh('pre-commit', ['install-hooks'], repo, env()), 0);
    git('add', '-A');
    const c = git('commit', '-m', 'ops-agent: Day-1 threat model, reviewed');
    expectCode('git commit (hook)', c, 0);
    assert.match(c.out, /threatcat validate\.+Passed/);
  });

  await step('a branch adds an MCP server, bumps the model and binds a Role; diff --write models it', () => {
    now = '2026-11-02T10:00:00Z';
    git('checkout', '-q', '-b', 'github-tools');
    const agent = join(repo, AGENT_DIR, 'agent.yaml');
    writeFileSync(agent, `${readFileSync(agent, 'utf8')}${GITHUB_TOOL}`);
    writeFileSync(join(repo, AGENT_DIR, 'github.yaml'), GITHUB_SERVER);
    const model = join(repo, AGENT_DIR, 'model.yaml');
    writeFileSync(model, readFileSync(model, 'utf8').replace('gpt-4o-2024-08-06', 'gpt-4.1-2025-04-14'));
    const rbac = join(repo, AGENT_DIR, 'rbac.yaml');
    writeFileSync(rbac, `${readFileSync(rbac, 'utf8')}${CONFIGMAP_ROLE}`);

    const d = threatcat('diff', '--base', 'main', '--format', 'json');
    const events = (JSON.parse(d.stdout).events as Array<{ type: string; file: string }>).map(
      (e) => `${e.type} ${e.file}`,
    );
    for (const want of [
      `mcp-connection-added ${AGENT_DIR}/agent.yaml`,
      `model-version-updated ${AGENT_DIR}/model.yaml`,
      `permissions-changed ${AGENT_DIR}/rbac.yaml`,
    ])
      assert.ok(events.includes(want), `${want} in ${events.join(', ')}`);

    const w = threatcat('diff', '--base', 'main', '--write');
    codes.push(['diff --write', w.code]);
    const written = catalog();
    const c = parse(written) as ThreatCatalog;
    assert.ok(
      c.components.some(
        (x) => x.category === 'mcp-tool' && x.trustSource.kind === 'RemoteMCPServer' && x.trustSource.name === 'github',
      ),
      `diff --write models the new MCP server as a component:\n${w.out}`,
    );
    const again = threatcat('diff', '--base', 'main', '--write');
    codes.push(['diff --write again', again.code]);
    assert.equal(catalog(), written, 'a second diff --write changes nothing');
  });

  await step('validate is clean after diff --write, and the commit passes the hook', () => {
    validateClean('validate after diff --write');
    git('add', '-A');
    const c = git('commit', '-m', 'ops-agent: GitHub issues tools, gpt-4.1, configmaps');
    expectCode('git commit of the pull request (hook)', c, 0);
    expectCode('git checkout main', git('checkout', '-q', 'main'), 0);
    expectCode('git merge', git('merge', '-q', '--ff-only', 'github-tools'), 0);
  });

  const ev = join(work, 'evidence');
  mkdirSync(ev);
  await step('two weeks of evidence: ingest --write --commit makes a commit the hook accepts; validate clean', () => {
    now = '2026-11-18T06:00:00Z';
    const two = evidence(days('2026-11-03', 15));
    writeFileSync(join(ev, 'audit-1.jsonl'), two.audit);
    writeFileSync(join(ev, 'tool-calls-1.jsonl'), two.tools);
    const head = git('rev-parse', 'HEAD').out.trim();
    const r = threatcat('ingest', join(ev, 'audit-1.jsonl'), join(ev, 'tool-calls-1.jsonl'), '--write', '--commit');
    expectCode('ingest --write --commit (two weeks)', r, 0);
    assert.match(r.stdout, /Committed [0-9a-f]{12}/);
    assert.notEqual(git('rev-parse', 'HEAD').out.trim(), head);
    assert.match(r.stdout, /Baseline of .*: converged/);
    assert.match(
      r.stdout,
      /, 0 malformed|events \(kube-audit \d+, tool-calls \d+\), \d+ duplicate stage line\(s\) folded\n/,
    );
    const message = git('log', '-1', '--format=%B').out;
    assert.match(message, /New dormant permissions \(each needs a disposition .* by 2026-12-02;/);
    validateClean('validate after the ingest commit');
  });

  await step('a later snapshot with new behaviour: baseline drift re-opens threats', () => {
    now = '2026-11-20T06:00:00Z';
    const later = evidence(days('2026-11-18', 2), {
      calls: [
        { who: AGENT_SA, pod: AGENT_POD, verb: 'list', resource: 'secrets', code: 403 },
        { who: TOOLS_SA, pod: TOOLS_POD, verb: 'delete', resource: 'pods' },
      ],
      tools: [{ server: 'github', tool: 'create_issue' }],
    });
    writeFileSync(join(ev, 'audit-2.jsonl'), later.audit);
    writeFileSync(join(ev, 'tool-calls-2.jsonl'), later.tools);
    const r = threatcat('ingest', join(ev, 'audit-2.jsonl'), join(ev, 'tool-calls-2.jsonl'), '--write', '--commit');
    expectCode('ingest --write --commit (new behaviour)', r, 1);
    assert.match(r.stdout, /BASELINE DRIFT: coercion threats re-opened/);
    assert.match(r.stdout, /new tool github\/create_issue/);
    assert.match(r.stdout, /new api delete pods/);
    assert.match(r.stdout, /Committed [0-9a-f]{12}/);
    const c = parse(catalog()) as ThreatCatalog;
    const drifted = c.threats.filter((x) => x.reopened?.event === 'baseline-drift');
    assert.ok(drifted.length > 0, 'a threat re-opened with baseline-drift');
    assert.ok(drifted.every((x) => x.status === 'open'));
    validateClean('validate after the drift commit');
  });

  t.diagnostic(`exit codes: ${codes.map(([l, c]) => `${l}=${c}`).join('; ')}`);
});
