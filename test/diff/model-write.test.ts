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
  const added = after.threats.filter((t) => !oldIds.has(t.id));
  // (The cluster-admin binding makes other library threats apply: the test below is about those.)
  const fresh = added.filter((t) => t.added?.event !== 'permissions-changed');
  assert.deepEqual(
    added
      .filter((t) => t.added?.event === 'permissions-changed')
      .map((t) => t.id)
      .filter((id) => id.endsWith('.L6-wildcard-grant')),
    ['k8s-ops.L6-wildcard-grant'],
  );
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
  // Every comment init wrote is still there (and each threat added says why it applies, as init's do).
  const comments = (s: string) => s.split('\n').filter((l) => l.trimStart().startsWith('#'));
  const kept = comments(text);
  for (const c of comments(git(dir, 'show', `main:${INIT_CATALOG}`))) assert.ok(kept.includes(c), c);
  assert.equal(
    kept.filter((c) => /^ {2}# applies (because: |to every agent)/.test(c)).length,
    after.threats.length,
    'a reason above every threat',
  );
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

const EDIT_BINDING = `---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: triage-bot-edit
  namespace: triage
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit }
subjects:
  - kind: ServiceAccount
    name: triage-bot
    namespace: triage
`;

const TRIAGE_CATALOG = 'apps/triage/triage-bot.threats.yaml';
const EXFIL = 'triage-bot.L2-context-secret-exfiltration';

/** The catalog's text without the threat `id` (its lines, and the comment above it). */
function withoutThreat(text: string, id: string): string {
  const lines = text.split('\n');
  const at = lines.indexOf(`  - id: ${id}`);
  assert.ok(at > 0, `${id} in the catalog`);
  const start = lines[at - 1].startsWith('  # ') ? at - 1 : at;
  let end = at + 1;
  while (end < lines.length && lines[end].startsWith('    ')) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

test('init on a read-only agent, then a RoleBinding to the built-in edit role: --write adds the library threats the grant makes apply (open, why above each, as init writes them), the catalog validates, a second --write adds nothing, and a threat a person removed and dismissed stays out', () => {
  const dir = tempDir('threatcat-applicable-');
  for (const [path, text] of Object.entries(TRIAGE)) writeAt(dir, path, text);
  convergeInit(dir, 'triage-bot', 'apps/triage');
  assert.ok(!readFileSync(join(dir, TRIAGE_CATALOG), 'utf8').includes(EXFIL), 'get/list pods: no secret to exfiltrate');
  git(dir, 'checkout', '-q', '-b', 'pr');
  writeFileSync(join(dir, 'apps/triage/rbac.yaml'), TRIAGE['apps/triage/rbac.yaml'] + EDIT_BINDING);
  commit(dir, 'triage-bot may edit its namespace');

  // Before --write the check fails: the catalog does not model what the agent can now do. Text, JSON and the
  // pull request comment (the same lines) name the threat and why it applies.
  const planned = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.equal(planned.code, 1);
  assert.equal(planned.out.pending, true);
  const proposed = planned.out.model[0].threats.find((t) => t.id === EXFIL) as
    | { id: string; components: string[]; reason?: string }
    | undefined;
  assert.deepEqual(proposed && { ...proposed, reason: proposed.reason?.split(';')[0] }, {
    id: EXFIL,
    components: ['sa-triage-bot', 'model'],
    reason: 'applies because: permission get secrets',
  });
  const text = runCli(['diff', '-C', dir, '--base', 'main', '--head', 'HEAD']).stdout;
  assert.match(
    text,
    /\n {2}apps\/triage\/triage-bot\.threats\.yaml {2}\+ threat triage-bot\.L2-context-secret-exfiltration \(sa-triage-bot, model\): applies because: permission get secrets; list secrets; watch secrets; get configmaps; \+2 more\n/,
  );

  const w = runCli(['diff', '-C', dir, '--base', 'main', '--write']);
  assert.equal(w.code, 0, w.stdout + w.stderr);
  const written = readFileSync(join(dir, TRIAGE_CATALOG), 'utf8');
  const data = jsYaml.load(written, { schema: jsYaml.CORE_SCHEMA }) as { threats: Array<Record<string, unknown>> };
  const threat = data.threats.find((t) => t.id === EXFIL)!;
  assert.equal(threat.status, 'open');
  const added = threat.added as { event: string; subject: string };
  assert.equal(added.event, 'permissions-changed');
  assert.match(
    added.subject,
    /^system:serviceaccount:triage:triage-bot: \d+ permissions added through the built-in ClusterRole edit/,
  );
  const lines = written.split('\n');
  assert.equal(
    lines[lines.indexOf(`  - id: ${EXFIL}`) - 1],
    '  # applies because: permission get secrets; list secrets; watch secrets; get configmaps; +2 more',
  );
  // Every threat the grant makes apply is the one init writes for the new manifests (same capability, CVSS, signals,
  // AIVSS from the factors the plan refreshed), plus the record of the change that brought it.
  const fresh = tempDir('threatcat-applicable-init-');
  for (const [path, t] of Object.entries(TRIAGE)) writeAt(fresh, path, t);
  writeFileSync(join(fresh, 'apps/triage/rbac.yaml'), TRIAGE['apps/triage/rbac.yaml'] + EDIT_BINDING);
  assert.equal(runCli(['init', '--agent', 'triage-bot', '-C', fresh, 'apps/triage']).code, 0);
  const init = jsYaml.load(readFileSync(join(fresh, TRIAGE_CATALOG), 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as {
    threats: Array<Record<string, unknown>>;
  };
  const before = new Set(
    (jsYaml.load(git(dir, 'show', `main:${TRIAGE_CATALOG}`)) as typeof data).threats.map((t) => t.id),
  );
  const brought = data.threats.filter((t) => !before.has(t.id));
  assert.deepEqual(
    brought.map((t) => t.id).sort(),
    init.threats
      .map((t) => t.id as string)
      .filter((id) => !before.has(id))
      .sort(),
    'every library threat init proposes now and did not before',
  );
  assert.ok(brought.length >= 4, brought.map((t) => t.id).join(', '));
  for (const t of brought) {
    const { added: _, ...rest } = t;
    assert.deepEqual(
      rest,
      init.threats.find((x) => x.id === t.id),
      String(t.id),
    );
  }

  // The loop closes: what --write wrote validates, and the same range again plans and writes nothing.
  const v = runCli(['validate', '-C', dir]);
  assert.equal(v.code, 0, v.stdout + v.stderr);
  const again = diffJson(dir, '--base', 'main');
  assert.equal(again.code, 0, JSON.stringify(again.out.model));
  assert.deepEqual(again.out.model, []);
  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write']).code, 0);
  assert.equal(readFileSync(join(dir, TRIAGE_CATALOG), 'utf8'), written, 'a second --write changes no byte');
  commit(dir, 'threat model for the edit binding');

  // A person decides the threat does not apply. Deleted alone, the next --write over the same change brings it back…
  writeFileSync(join(dir, TRIAGE_CATALOG), withoutThreat(written, EXFIL));
  assert.deepEqual(
    diffJson(dir, '--base', 'main').out.model[0]?.threats.map((t) => t.id),
    [EXFIL],
  );
  // …listed under `dismissed` with the reason, it stays out, on this diff and every later one.
  writeFileSync(
    join(dir, TRIAGE_CATALOG),
    `${withoutThreat(written, EXFIL)}dismissed:\n  - template: L2-context-secret-exfiltration\n    reason: the triage namespace holds no secret\n    by: "@example/security"\n`,
  );
  assert.equal(runCli(['validate', '-C', dir]).code, 0);
  commit(dir, 'secret exfiltration does not apply to triage-bot');
  const dismissed = readFileSync(join(dir, TRIAGE_CATALOG), 'utf8');
  const after = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.equal(after.code, 0, JSON.stringify(after.out.model));
  assert.deepEqual(after.out.model, []);
  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write']).code, 0);
  assert.equal(readFileSync(join(dir, TRIAGE_CATALOG), 'utf8'), dismissed);
});

test("a grant that moves what a library threat relies on: --write rewrites the threat's capability as init derives it, where the catalog holds init's value; a capability a person wrote stays", () => {
  const dir = tempDir('threatcat-capability-');
  const rbac = TRIAGE['apps/triage/rbac.yaml'].replace('resources: ["pods"]', 'resources: ["pods", "secrets"]');
  writeAt(dir, 'apps/triage/deployment.yaml', TRIAGE['apps/triage/deployment.yaml']);
  writeAt(dir, 'apps/triage/rbac.yaml', rbac);
  convergeInit(dir, 'triage-bot', 'apps/triage');
  git(dir, 'checkout', '-q', '-b', 'pr');
  writeFileSync(
    join(dir, 'apps/triage/rbac.yaml'),
    rbac.replace('verbs: ["get", "list"]', 'verbs: ["get", "list", "watch"]'),
  );
  commit(dir, 'triage-bot watches pods and secrets');
  const base = readFileSync(join(dir, TRIAGE_CATALOG), 'utf8');
  const initRules = '        - { apiGroups: [ "" ], resources: [ secrets ], verbs: [ get, list ] }\n';
  assert.ok(base.includes(`      rules:\n${initRules}`), base);

  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write']).code, 0);
  const written = readFileSync(join(dir, TRIAGE_CATALOG), 'utf8');
  assert.ok(!written.includes(initRules));
  assert.match(
    written,
    /\n {4}capability:\n {6}description: Read access to secrets or configmaps\.\n {6}rules:\n {8}- \{ ?apiGroups: \[ ?"" ?\], resources: \[ ?secrets ?\], verbs: \[ ?get, list, watch ?\] ?\}\n/,
    'the rule as init writes it on the new manifests',
  );
  assert.equal(runCli(['validate', '-C', dir]).code, 0);

  // The same change on a catalog whose capability a person narrowed to what the agent needs.
  const own = '        - { apiGroups: [ "" ], resources: [ secrets ], verbs: [ get ] } # only the webhook token\n';
  writeFileSync(join(dir, TRIAGE_CATALOG), base.replace(initRules, own));
  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write']).code, 0);
  const kept = readFileSync(join(dir, TRIAGE_CATALOG), 'utf8');
  assert.ok(kept.includes(own), kept);
  assert.doesNotMatch(kept, /verbs: \[ ?get, list, watch ?\]/, 'no capability rewritten');
});

test('the approval list removed (approval -> autonomous): diff lists the excessive-agency threat with why it applies; --write adds it and sets the tier, validate is clean, a second --write changes no byte', () => {
  const dir = initRepo();
  assert.ok(
    !readFileSync(join(dir, INIT_CATALOG), 'utf8').includes(`id: ${UNAPPROVED}`),
    'two tools wait for approval',
  );
  edit(
    dir,
    AGENT,
    '          requireApproval:\n            - k8s_apply_manifest\n            - k8s_delete_resource\n',
    '',
  );
  commit(dir, 'k8s-ops acts without approval');

  const planned = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.equal(planned.code, 1);
  assert.ok(
    planned.out.events.some(
      (e) => e.type === 'autonomy-tier-changed' && e.before === 'approval' && e.after === 'autonomous',
    ),
  );
  const proposed = planned.out.model[0]?.threats.find((t) => t.id === UNAPPROVED) as { reason?: string } | undefined;
  assert.equal(proposed?.reason, 'applies because: autonomy tier autonomous');

  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write']).code, 0);
  const written = readFileSync(join(dir, INIT_CATALOG), 'utf8');
  const data = jsYaml.load(written, { schema: jsYaml.CORE_SCHEMA }) as {
    agent: { autonomyTier: string };
    threats: Array<{ id: string; status: string; added?: { event: string } }>;
  };
  assert.equal(data.agent.autonomyTier, 'autonomous');
  const threat = data.threats.find((t) => t.id === UNAPPROVED);
  assert.equal(threat?.status, 'open');
  assert.equal(threat?.added?.event, 'autonomy-tier-changed');
  const lines = written.split('\n');
  assert.equal(lines[lines.indexOf(`  - id: ${UNAPPROVED}`) - 1], '  # applies because: autonomy tier autonomous');
  const v = runCli(['validate', '-C', dir]);
  assert.equal(v.code, 0, v.stdout + v.stderr);
  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write']).code, 0);
  assert.equal(readFileSync(join(dir, INIT_CATALOG), 'utf8'), written, 'a second --write changes no byte');
});

test('a tool server gains tools: --write rewrites its one-line blast surface in block style once it no longer fits, validate is clean, a second --write changes no byte', () => {
  const dir = initRepo((d) => {
    edit(d, AGENT, '      - type: Agent\n', GITHUB_REF);
    writeFileSync(join(d, TOOLS), `${readFileSync(join(d, TOOLS), 'utf8')}${GITHUB_SERVER}`);
  });
  const initial = readFileSync(join(dir, INIT_CATALOG), 'utf8');
  assert.match(initial, /\n {4}blastSurface: \[ ?tool create_pull_request, tool get_file_contents ?\]\n/);
  edit(dir, AGENT, '            - get_file_contents\n', `            - get_file_contents\n${MORE_TOOLS}`);
  commit(dir, 'github-mcp: more tools');

  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write']).code, 0);
  const written = readFileSync(join(dir, INIT_CATALOG), 'utf8');
  const tools = [
    'create_pull_request',
    'get_file_contents',
    'list_pull_requests',
    'merge_pull_request',
    'create_issue',
  ];
  assert.ok(
    written.includes(`    blastSurface:\n${tools.map((t) => `      - tool ${t}\n`).join('')}`),
    written.slice(written.indexOf('id: mcp-github-mcp'), written.indexOf('id: mcp-github-mcp') + 600),
  );
  const v = runCli(['validate', '-C', dir]);
  assert.equal(v.code, 0, v.stdout + v.stderr);
  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write']).code, 0);
  assert.equal(readFileSync(join(dir, INIT_CATALOG), 'utf8'), written, 'a second --write changes no byte');
});

test('a dismissal that names no library template (a typo) keeps nothing out: diff says so at the entry, naming the template meant, and fails; corrected, the threat stays out', () => {
  const dir = tempDir('threatcat-dismissed-typo-');
  for (const [path, text] of Object.entries(TRIAGE)) writeAt(dir, path, text);
  convergeInit(dir, 'triage-bot', 'apps/triage');
  const catalog = join(dir, TRIAGE_CATALOG);
  const typo = `${readFileSync(catalog, 'utf8')}dismissed:\n  - template: L2-context-secret-exfiltraton\n    reason: the triage namespace holds no secret\n`;
  writeFileSync(catalog, typo);
  git(dir, 'checkout', '-q', '-b', 'pr');
  writeFileSync(join(dir, 'apps/triage/rbac.yaml'), TRIAGE['apps/triage/rbac.yaml'] + EDIT_BINDING);
  commit(dir, 'triage-bot may edit its namespace; secret exfiltration dismissed');

  const planned = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.equal(planned.code, 1);
  const f = planned.out.findings.find((x) => x.rule === 'dismissed-unknown-template');
  assert.deepEqual(f && [f.severity, f.file, f.line], [
    'error',
    TRIAGE_CATALOG,
    typo.split('\n').indexOf('  - template: L2-context-secret-exfiltraton') + 1,
  ]);
  assert.match(f?.message ?? '', /'L2-context-secret-exfiltraton'.*Did you mean 'L2-context-secret-exfiltration'\?$/);
  // …which is why: the threat the person meant to keep out is proposed again.
  assert.ok(planned.out.model[0]?.threats.some((t) => t.id === EXFIL));

  writeFileSync(catalog, typo.replace('exfiltraton', 'exfiltration'));
  commit(dir, 'dismissal corrected');
  const fixed = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.deepEqual(
    fixed.out.findings.filter((x) => x.rule === 'dismissed-unknown-template'),
    [],
  );
  assert.ok(!fixed.out.model[0]?.threats.some((t) => t.id === EXFIL));
});

test('a catalog with 3,000 dismissed templates, then a grant to the edit role: --write writes the whole plan (threats re-opened, the library threats it makes apply with why, factors and scores), the catalog validates, every dismissal is kept byte for byte, and a second --write changes no byte', () => {
  const dir = tempDir('threatcat-many-dismissed-');
  for (const [path, text] of Object.entries(TRIAGE)) writeAt(dir, path, text);
  convergeInit(dir, 'triage-bot', 'apps/triage');
  const catalog = join(dir, TRIAGE_CATALOG);
  const dismissals = Array.from(
    { length: 3000 },
    (_, i) =>
      `  - template: ${i % 2 ? 'L7-delegation-hijack' : 'L7-subagent-cascade'}\n    reason: triage-bot delegates to no agent (${i})\n`,
  ).join('');
  writeFileSync(catalog, `${readFileSync(catalog, 'utf8')}dismissed:\n${dismissals}`);
  commit(dir, 'delegation threats dismissed');
  git(dir, 'checkout', '-q', '-b', 'pr');
  writeFileSync(join(dir, 'apps/triage/rbac.yaml'), TRIAGE['apps/triage/rbac.yaml'] + EDIT_BINDING);
  commit(dir, 'triage-bot may edit its namespace');

  const planned = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.equal(planned.code, 1);
  const adds = planned.out.model[0].threats.map((t) => t.id);
  assert.ok(adds.length >= 4 && planned.out.reopen.length > 0, JSON.stringify(planned.out.model));

  // A hang guard, not a timing: the plan's ~70 edits on a 300 KiB catalog took seconds each when every edit
  // parsed the catalog again (bench/write.mjs measures it).
  const w = runCli(['diff', '-C', dir, '--base', 'main', '--write'], { timeout: 300_000 });
  assert.equal(w.code, 0, w.stdout + w.stderr);
  const written = readFileSync(catalog, 'utf8');
  const data = jsYaml.load(written, { schema: jsYaml.CORE_SCHEMA }) as {
    threats: Array<{ id: string; status: string; reopened?: unknown }>;
    dismissed: unknown[];
  };
  for (const id of adds) assert.equal(data.threats.find((t) => t.id === id)?.status, 'open', id);
  for (const r of planned.out.reopen) {
    const t = data.threats.find((x) => x.id === r.threat);
    assert.ok(t?.status === 'open' && t.reopened, r.threat);
  }
  assert.equal(data.dismissed.length, 3000);
  assert.ok(written.endsWith(`dismissed:\n${dismissals}`), 'the dismissals are the bytes they were');
  const v = runCli(['validate', '-C', dir]);
  assert.equal(v.code, 0, v.stdout + v.stderr);
  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write'], { timeout: 300_000 }).code, 0);
  assert.equal(readFileSync(catalog, 'utf8'), written, 'a second --write changes no byte');
});

const UNAPPROVED = 'k8s-ops.L3-unapproved-agent-action';
const MORE_TOOLS = '            - list_pull_requests\n            - merge_pull_request\n            - create_issue\n';

/** NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR: line breaks to YAML 1.1 parsers, editors and diff views. */
const SEPARATORS = /[\u0085\u2028\u2029]/;
const SERVER = 'postgres\u2028mcp\u2029db\u0085x';
const TOOL = 'run\u2028query';

test('a server and tools whose names hold U+2028, U+2029 and NEL: --write keeps each as an escape in a double-quoted scalar (or a comment), never a line break; the catalog re-reads to the same names and validates', () => {
  const dir = initRepo();
  // The manifests spell the characters as YAML escapes (a name is data, whatever it holds).
  const yamlName = '"postgres\\Lmcp\\Pdb\\Nx"';
  edit(
    dir,
    AGENT,
    '      - type: Agent\n',
    `      - type: McpServer
        mcpServer:
          apiGroup: kagent.dev
          kind: RemoteMCPServer
          name: ${yamlName}
          toolNames:
            - "run\\Lquery"
            - "list\\Ptables"
      - type: Agent
`,
  );
  writeFileSync(
    join(dir, TOOLS),
    `${readFileSync(join(dir, TOOLS), 'utf8')}---
apiVersion: kagent.dev/v1alpha2
kind: RemoteMCPServer
metadata:
  name: ${yamlName}
  namespace: agents
spec:
  description: "Postgres\\L tools"
  protocol: STREAMABLE_HTTP
  url: https://db-mcp.example.com/mcp
`,
  );
  commit(dir, 'a database MCP server');

  const w = runCli(['diff', '-C', dir, '--base', 'main', '--write']);
  assert.equal(w.code, 0, w.stdout + w.stderr);
  const written = readFileSync(join(dir, INIT_CATALOG), 'utf8');
  assert.ok(!SEPARATORS.test(written), 'no raw line separator in the written catalog');
  // Each name once escaped where init's data names it: in double-quoted scalars, and in the comment saying why a
  // threat applies (a comment has no escapes: the text shows where the character was).
  const lines = written.split('\n');
  assert.ok(
    lines.includes(
      '    trustSource: {kind: RemoteMCPServer, name: "postgres\\u2028mcp\\u2029db\\u0085x", namespace: agents}',
    ),
  );
  assert.ok(lines.includes('  # applies because: MCP server postgres\\u2028mcp\\u2029db\\u0085x'));
  const after = catalogOf(dir);
  const component = after.components.find((c) => c.trustSource.name === SERVER);
  assert.ok(component, 'the name re-reads to the same string');
  assert.deepEqual(component.blastSurface, [`tool ${TOOL}`, 'tool list\u2029tables']);
  assert.equal(component.added?.subject, `RemoteMCPServer agents/${SERVER}`);
  const sql = after.threats.find((t) => t.id.endsWith('.L2-prompt-injected-sql'));
  assert.ok(sql?.components.includes(component.id));
  assert.equal(runCli(['validate', '-C', dir]).code, 0);
  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write']).code, 0);
  assert.equal(readFileSync(join(dir, INIT_CATALOG), 'utf8'), written, 'a second --write changes no byte');

  // Merged; the next pull request gives the server more tools: its blast surface is rewritten in block style, the
  // names still escaped.
  commit(dir, 'modelled');
  git(dir, 'branch', '-f', 'main', 'HEAD');
  edit(dir, AGENT, '            - "list\\Ptables"\n', `            - "list\\Ptables"\n${MORE_TOOLS}`);
  commit(dir, 'more tools');
  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write']).code, 0);
  const block = readFileSync(join(dir, INIT_CATALOG), 'utf8');
  assert.ok(!SEPARATORS.test(block), 'no raw line separator in the block style either');
  const at = block.indexOf('id: mcp-postgres');
  assert.ok(
    block.includes('      - "tool run\\u2028query"\n      - "tool list\\u2029tables"\n'),
    block.slice(at, at + 600),
  );
  assert.deepEqual(
    catalogOf(dir)
      .components.find((c) => c.trustSource.name === SERVER)
      ?.blastSurface.slice(0, 2),
    [`tool ${TOOL}`, 'tool list\u2029tables'],
  );
  assert.equal(runCli(['validate', '-C', dir]).code, 0);
});
