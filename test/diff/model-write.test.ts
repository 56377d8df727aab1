import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { git, runCli, tempDir, writeAt } from '../helpers/fixtures.js';
import { APP, commit, convergeInit, diffJson, edit, INIT_CATALOG, initRepo, reopened } from './scenario.js';

/**
 * `diff --write` on a catalog `init` wrote and `ingest` converged: what the change brings in is modelled (a
 * component and the library's threats), what it takes out is marked, the written catalog validates, and a second
 * write changes nothing.
 */

const AGENT = `${APP}/agent.yaml`;
const TOOLS = `${APP}/tools.yaml`;
const MODEL = `${APP}/model.yaml`;
const RBAC = `${APP}/rbac.yaml`;

interface Catalog {
  components: Array<{
    id: string;
    category: string;
    trustSource: { kind: string; name: string; namespace?: string };
    telemetry: string[];
    blastSurface: string[];
    added?: { event?: string; ref: string; at: string; subject: string };
    removed?: { event?: string; ref: string; at: string; subject: string };
  }>;
  threats: Array<{
    id: string;
    class: string;
    status: string;
    components: string[];
    evidence: Array<{ source: string }>;
    cvss?: { base: number; vector?: string };
    aivss?: { score: number };
    added?: { event?: string; ref: string; at: string; subject: string };
    orphaned?: { event?: string; subject: string };
  }>;
}

function catalogOf(dir: string): Catalog {
  return jsYaml.load(readFileSync(join(dir, INIT_CATALOG), 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as Catalog;
}

const GITHUB_REF = `      - type: McpServer
        mcpServer:
          apiGroup: kagent.dev
          kind: RemoteMCPServer
          name: github-mcp
          toolNames:
            - create_pull_request
            - get_file_contents
      - type: Agent
`;

const GITHUB_SERVER = `---
apiVersion: kagent.dev/v1alpha2
kind: RemoteMCPServer
metadata:
  name: github-mcp
  namespace: agents
spec:
  description: GitHub's MCP server
  protocol: STREAMABLE_HTTP
  url: https://api.githubcopilot.com/mcp/
`;

const CLUSTER_ADMIN = `---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: k8s-ops-admin
  namespace: agents
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: ServiceAccount
    name: k8s-ops-sa
    namespace: agents
`;

/** The pull request of issue 11: a new MCP server, a model bump and the agent bound to cluster-admin. */
function pullRequest(dir: string): void {
  edit(dir, AGENT, '      - type: Agent\n', GITHUB_REF);
  writeFileSync(join(dir, TOOLS), `${readFileSync(join(dir, TOOLS), 'utf8')}${GITHUB_SERVER}`);
  edit(dir, MODEL, 'model: claude-sonnet-4-5-20250929', 'model: claude-sonnet-4-6');
  writeFileSync(join(dir, RBAC), `${readFileSync(join(dir, RBAC), 'utf8')}${CLUSTER_ADMIN}`);
  commit(dir, 'github MCP server, model bump, cluster-admin binding');
}

function lineIn(dir: string, path: string, pred: (l: string, i: number, all: string[]) => boolean): number {
  const lines = readFileSync(join(dir, path), 'utf8').split('\n');
  return lines.findIndex((l, i) => pred(l, i, lines)) + 1;
}

test('a new MCP server, a model bump and a cluster-admin binding: events at the changed lines; --write models the server and validates clean; a second --write is a no-op', () => {
  const dir = initRepo();
  pullRequest(dir);
  const before = catalogOf(dir);

  const planned = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.equal(planned.code, 1, 'threats to re-open and a server to model: the check fails until applied');
  assert.deepEqual(
    planned.out.events.map((e) => [e.type, e.direction, e.file, e.line]),
    [
      ['mcp-connection-added', 'widened', AGENT, lineIn(dir, AGENT, (l) => l.includes('name: github-mcp'))],
      ['model-version-updated', 'changed', MODEL, lineIn(dir, MODEL, (l) => l.includes('claude-sonnet-4-6'))],
      ['permissions-changed', 'widened', RBAC, lineIn(dir, RBAC, (l) => l.includes('name: cluster-admin'))],
    ],
  );
  // One shadow-component finding for the new server, naming the command that fixes it.
  assert.deepEqual(
    planned.out.findings.map((f) => [f.rule, f.file]),
    [['shadow-component', AGENT]],
  );
  assert.match(planned.out.findings[0].message, /`threatcat diff --base main --write` adds it/);
  // The remote server runs no container of the cluster, and the model bump changes no image: the compromise
  // threats about containers and images stay closed.
  for (const id of ['k8s-ops.L4-container-escape-cve', 'k8s-ops.L4-base-image-supply-chain'])
    assert.ok(!reopened(planned.out).includes(id), `${id} is not re-opened`);

  const w = runCli(['diff', '-C', dir, '--base', 'main', '--write']);
  assert.equal(w.code, 0, w.stdout + w.stderr);
  assert.match(w.stdout, /Modelled:\n.*\+ mcp-tool mcp-github-mcp/);
  const after = catalogOf(dir);

  // The component, in its category, with its trust source, telemetry and blast surface, and where it came from.
  const component = after.components.find((c) => c.trustSource.name === 'github-mcp')!;
  assert.deepEqual(component, {
    id: 'mcp-github-mcp',
    category: 'mcp-tool',
    description: 'RemoteMCPServer github-mcp (https://api.githubcopilot.com/mcp/); the agent may call 2 tools.',
    trustSource: { kind: 'RemoteMCPServer', name: 'github-mcp', namespace: 'agents' },
    telemetry: ['mcp-log', 'sdk-callback', 'kube-audit'],
    blastSurface: ['tool create_pull_request', 'tool get_file_contents'],
    added: {
      event: 'mcp-connection-added',
      ref: `working tree on ${git(dir, 'rev-parse', 'main').slice(0, 12)}`,
      at: '2026-11-21T12:00:00Z',
      subject: 'RemoteMCPServer agents/github-mcp',
    },
  });
  // Threats of templates the catalog already had gain the component (no duplicates); templates that apply only
  // now are added, open, with the proposed signals, recorded as added by the event.
  const oldIds = new Set(before.threats.map((t) => t.id));
  const fresh = after.threats.filter((t) => !oldIds.has(t.id));
  assert.ok(fresh.length > 0, 'the library has threats for the new server');
  for (const t of fresh) {
    assert.equal(t.status, 'open', t.id);
    assert.ok(t.components.includes('mcp-github-mcp'), t.id);
    assert.ok(t.evidence.length > 0, t.id);
    assert.equal(t.added?.event, 'mcp-connection-added', t.id);
    assert.equal(t.added?.subject, 'RemoteMCPServer agents/github-mcp');
  }
  const exfil = after.threats.filter((t) => t.id.endsWith('.L2-tool-data-exfiltration'));
  assert.equal(exfil.length, 1, 'one threat per template');
  assert.ok(exfil[0].components.includes('mcp-github-mcp'));
  assert.equal(exfil[0].status, 'open');
  const ids = after.threats.map((t) => t.id);
  assert.equal(new Set(ids).size, ids.length, 'no duplicate threat id');

  // What --write wrote is what the next command accepts.
  const v = runCli(['validate', '-C', dir]);
  assert.equal(v.code, 0, v.stdout + v.stderr);
  const again = diffJson(dir, '--base', 'main');
  assert.equal(again.code, 0, JSON.stringify(again.out.findings));
  assert.deepEqual([again.out.reopen, again.out.model, again.out.findings], [[], [], []]);
  const text = readFileSync(join(dir, INIT_CATALOG), 'utf8');
  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write']).code, 0);
  assert.equal(readFileSync(join(dir, INIT_CATALOG), 'utf8'), text, 'a second --write changes no byte');
  // Every comment init wrote is still there.
  const comments = (s: string) => s.split('\n').filter((l) => l.trimStart().startsWith('#'));
  assert.deepEqual(comments(text), comments(git(dir, 'show', `main:${INIT_CATALOG}`)));
});

test('removing the MCP connection re-opens the tool-call-signal threats; the server is marked removed and its own threats orphaned', () => {
  const dir = initRepo();
  const text = readFileSync(join(dir, AGENT), 'utf8');
  const start = text.indexOf('      - type: McpServer');
  writeFileSync(join(dir, AGENT), text.slice(0, start) + text.slice(text.indexOf('      - type: Agent')));
  commit(dir, 'drop the tool server');
  const before = catalogOf(dir);
  const { out } = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  const removal = out.events.find((e) => e.type === 'mcp-connection-removed')!;
  assert.equal(removal.direction, 'narrowed');
  // At the reference in base, the line the pull request deleted.
  const baseLines = git(dir, 'show', `main:${AGENT}`).split('\n');
  assert.equal(removal.line, baseLines.findIndex((l) => l.includes('name: kagent-tool-server')) + 1);
  const model = out.model[0];
  assert.deepEqual(model.removed, [
    { id: 'mcp-kagent-tool-server', subject: 'RemoteMCPServer agents/kagent-tool-server' },
  ]);
  // Threats of the mcp-tool library templates concerned that server alone: marked, not re-opened.
  assert.ok(model.orphaned.includes('k8s-ops.L2-tool-data-exfiltration'));
  for (const id of model.orphaned) assert.ok(!reopened(out).includes(id), id);
  // Every other threat the addition of the same server re-opens is re-opened by its removal (docs/reopen.md).
  const addition = diffJson(dir, '--base', 'HEAD', '--head', 'main').out;
  assert.equal(addition.events.find((e) => e.type === 'mcp-connection-added')?.subject, removal.subject);
  const by = (o: typeof out, type: string) =>
    o.reopen
      .filter((r) => r.events.includes(type))
      .map((r) => r.threat)
      .sort();
  const expected = by(addition, 'mcp-connection-added').filter((id) => !model.orphaned.includes(id));
  assert.ok(expected.length >= 5, `${expected.length} threats re-opened by the addition`);
  assert.deepEqual(by(out, 'mcp-connection-removed'), expected);
  // They are the tool-call-signal threats (sdk-callback, mcp-log) and those that touch the server's component.
  for (const id of expected) {
    const t = before.threats.find((x) => x.id === id)!;
    assert.ok(
      t.components.includes('mcp-kagent-tool-server') ||
        t.evidence.some((e) => e.source === 'sdk-callback' || e.source === 'mcp-log'),
      id,
    );
  }

  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write']).code, 0);
  const after = catalogOf(dir);
  assert.equal(after.components.length, before.components.length, 'nothing is deleted');
  assert.equal(
    after.components.find((c) => c.id === 'mcp-kagent-tool-server')?.removed?.event,
    'mcp-connection-removed',
  );
  assert.equal(
    after.threats.find((t) => t.id === 'k8s-ops.L2-tool-data-exfiltration')?.orphaned?.event,
    'mcp-connection-removed',
  );
  const v = runCli(['validate', '-C', dir]);
  assert.equal(v.code, 0, v.stdout + v.stderr);
});

test('adding one tool re-opens the coercion threats of that server only: no compromise threat, no container escape', () => {
  const dir = initRepo();
  edit(
    dir,
    AGENT,
    '            - k8s_get_events\n',
    '            - k8s_get_events\n            - k8s_describe_resource\n',
  );
  commit(dir, 'one more tool');
  const { out } = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.direction, e.line]),
    [['tool-surface-modified', 'widened', lineIn(dir, AGENT, (l) => l.includes('k8s_describe_resource'))]],
  );
  const classes = new Map(catalogOf(dir).threats.map((t) => [t.id, t.class]));
  const hit = reopened(out);
  assert.ok(hit.length > 0);
  assert.deepEqual(
    hit.filter((id) => classes.get(id) === 'compromise'),
    [],
    'compromise threats are about code and containers, which a tool list does not change',
  );
  // And a narrowing of the same list re-opens only what names the removed tool.
  const dir2 = initRepo();
  edit(dir2, AGENT, '            - k8s_get_events\n', '');
  commit(dir2, 'one tool less');
  const narrowed = diffJson(dir2, '--base', 'main', '--head', 'HEAD').out;
  assert.equal(narrowed.events[0].direction, 'narrowed');
  assert.deepEqual(reopened(narrowed), []);
});

const TRIAGE = {
  'apps/triage/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: triage-bot
  namespace: triage
spec:
  template:
    spec:
      serviceAccountName: triage-bot
      containers:
        - name: agent
          image: ghcr.io/acme/triage-bot:1.4.0
          env:
            - name: OPENAI_MODEL
              value: gpt-4.1
`,
  'apps/triage/rbac.yaml': `apiVersion: v1
kind: ServiceAccount
metadata:
  name: triage-bot
  namespace: triage
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: triage-bot
  namespace: triage
rules:
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["get", "list"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: triage-bot
  namespace: triage
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: triage-bot }
subjects:
  - kind: ServiceAccount
    name: triage-bot
    namespace: triage
`,
};

const ADMIN_BINDING = `---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: triage-admin
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
  - kind: ServiceAccount
    name: triage-bot
    namespace: triage
`;

test('a binding that widens the agent to cluster-admin and a model bump: --write re-derives what init derived (CVSS bases raised to the reach with their reason and AIVSS, component descriptions and blast surfaces), as init would on the new manifests; what a person wrote stays', () => {
  const dir = tempDir('threatcat-cvss-reach-');
  for (const [path, text] of Object.entries(TRIAGE)) writeAt(dir, path, text);
  convergeInit(dir, 'triage-bot', 'apps/triage');
  const CAT = 'apps/triage/triage-bot.threats.yaml';
  // A person replaced one proposed base with the concrete vulnerability's.
  edit(dir, CAT, /^ {6}base: 4\.8 #.*$/m, '      base: 5.1 # CVE-2026-0001, reviewed');
  // And described the identity in their own words.
  edit(dir, CAT, 'description: system:serviceaccount:triage:triage-bot.', 'description: the bot account');
  assert.equal(runCli(['validate', '--fix', '-C', dir]).code, 0);
  commit(dir, 'reviewed base');
  git(dir, 'checkout', '-q', '-b', 'pr');
  writeFileSync(join(dir, 'apps/triage/rbac.yaml'), TRIAGE['apps/triage/rbac.yaml'] + ADMIN_BINDING);
  edit(dir, 'apps/triage/deployment.yaml', 'value: gpt-4.1', 'value: gpt-5');
  commit(dir, 'triage-bot is cluster-admin, on gpt-5');

  const w = runCli(['diff', '-C', dir, '--base', 'main', '--write']);
  assert.equal(w.code, 0, w.stdout + w.stderr);
  const text = readFileSync(join(dir, CAT), 'utf8');
  const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) as Catalog;
  const injection = data.threats.find((t) => t.id === 'triage-bot.L1-indirect-prompt-injection')!;
  assert.equal(injection.cvss?.vector, 'CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H');
  assert.equal(injection.cvss?.base, 9.5);
  const baseLine = text.split('\n').find((l) => l.includes('base: 9.5'))!;
  assert.match(
    baseLine,
    /# VC:H\/VI:H\/VA:H\/SC:H\/SI:H\/SA:H because triage:triage-bot may do anything to every resource cluster-wide via ClusterRole cluster-admin/,
  );
  assert.doesNotMatch(text, /may get pods in triage/, 'no reason names the reach the agent had before');
  assert.match(text, /aivss: \{ ?score: \d+\.\d, severity: \w+, vector: \(CVSS:9\.5\//);
  // The person's base is theirs.
  assert.match(text, /base: 5\.1 # CVE-2026-0001, reviewed\n/);
  // What init derived for the components follows the manifests (the model, the identity's grants); the
  // description the person wrote stays.
  const component = (id: string) => data.components.find((c) => c.id === id) as Record<string, unknown>;
  assert.equal(component('model').description, 'Deployment triage-bot: OpenAI gpt-5.');
  assert.equal(component('sa-triage-bot').description, 'the bot account');

  // What --write wrote is what the next command accepts, and what init writes for the same manifests.
  const v = runCli(['validate', '-C', dir]);
  assert.equal(v.code, 0, v.stdout + v.stderr);
  const fresh = tempDir('threatcat-cvss-init-');
  for (const [path, t] of Object.entries(TRIAGE)) writeAt(fresh, path, t);
  writeFileSync(join(fresh, 'apps/triage/rbac.yaml'), TRIAGE['apps/triage/rbac.yaml'] + ADMIN_BINDING);
  assert.equal(runCli(['init', '--agent', 'triage-bot', '-C', fresh, 'apps/triage']).code, 0);
  const init = jsYaml.load(readFileSync(join(fresh, CAT), 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as typeof data;
  // (init also proposes other AIVSS factors, and threats of templates that only apply to a writer: a person's call.)
  const ids = new Set(data.threats.map((t) => t.id));
  const reach = (c: typeof data) =>
    c.threats.filter((t) => ids.has(t.id) && t.cvss?.vector?.includes('SA:H')).map((t) => [t.id, t.cvss]);
  assert.ok(reach(data).length >= 1);
  assert.deepEqual(
    reach(data),
    reach(init).filter(([id]) => id !== 'triage-bot.L4-sa-token-theft'),
  );
  assert.deepEqual(
    data.components.map((c) => [c.id, c.blastSurface]),
    init.components.map((c) => [c.id, c.blastSurface]),
  );
  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write']).code, 0);
  assert.equal(readFileSync(join(dir, CAT), 'utf8'), text, 'a second --write changes no byte');
});
