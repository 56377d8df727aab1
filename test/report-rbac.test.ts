import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { copyExample, runCli, tempDir, ROOT } from './helpers/fixtures.js';
import { generateAuditLog } from './helpers/audit-log.js';
import { kubectl, kubectlInstalled, startKubeStandIn } from './helpers/kube-api-stand-in.js';
import { readManifestText } from '../src/read/manifests/manifest-file.js';
import { RbacIndex, declaredPermissions } from '../src/read/manifests/rbac.js';
import { bootstrapPermissions } from '../src/read/manifests/bootstrap-bindings.js';
import { ruleAllows } from '../src/analyse/rbac-match.js';
import { leastPrivilege } from '../src/analyse/least-privilege.js';
import { renderRbacYaml } from '../src/render/rbac-yaml.js';
import type { RbacRequest } from '../src/model/surface.js';
import type { ObservedRequest } from '../src/model/baseline.js';

const AGENT = 'system:serviceaccount:agents:k8s-ops-sa';
const TOOLS = 'system:serviceaccount:kagent:kagent-tools';
const DAYS = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-09', '2026-11-10'];
const ARTIFACTS = join(ROOT, 'test-artifacts');

interface Observed {
  identity: string;
  /** identity|verb|group|resource|namespace (namespace "" = cluster-wide) or identity|verb|url */
  tuple: string;
  req: RbacRequest;
}

/**
 * The allowed requests of the given identities, read from the raw audit lines with nothing of threatcat's: a
 * request counts when a response stage shows neither 401/403 nor a `forbid` decision, and shows a status code or an
 * `allow` decision (what the API server's authorizer let through).
 */
function allowedRequests(lines: readonly string[], identities: ReadonlySet<string>): Observed[] {
  const out: Observed[] = [];
  for (const line of lines) {
    let e: Record<string, any>;
    try {
      e = JSON.parse(line);
    } catch {
      continue;
    }
    if (e?.kind !== 'Event' || typeof e.verb !== 'string' || !identities.has(e.user?.username)) continue;
    if (!['ResponseStarted', 'ResponseComplete', 'Panic'].includes(e.stage)) continue;
    const code = typeof e.responseStatus?.code === 'number' ? e.responseStatus.code : 0;
    const decision = e.annotations?.['authorization.k8s.io/decision'];
    if (code === 401 || code === 403 || decision === 'forbid') continue;
    if (decision !== 'allow' && code === 0) continue;
    const identity = e.user.username as string;
    const ref = e.objectRef;
    if (!ref) {
      const url = String(e.requestURI).split('?')[0];
      out.push({ identity, tuple: `${identity}|${e.verb}|${url}`, req: { verb: e.verb, nonResourceURL: url } });
      continue;
    }
    const resource = ref.subresource ? `${ref.resource}/${ref.subresource}` : ref.resource;
    const ns = ref.namespace ?? '';
    out.push({
      identity,
      tuple: `${identity}|${e.verb}|${ref.apiGroup ?? ''}|${resource}|${ns}`,
      req: {
        verb: e.verb,
        apiGroup: ref.apiGroup ?? '',
        resource: ref.resource,
        ...(ref.subresource ? { subresource: ref.subresource } : {}),
        ...(ns ? { namespace: ns } : {}),
        ...(ref.name ? { name: ref.name } : {}),
      },
    });
  }
  return out;
}

function generatedTuples(yamlText: string, identities: readonly string[]) {
  const file = readManifestText(yamlText, 'least-privilege.yaml');
  assert.deepEqual(file.problems, [], 'the generated file reads as Kubernetes manifests');
  const index = new RbacIndex([file]);
  const perms = identities.flatMap((id) => index.permissionsOf(id));
  assert.deepEqual(index.problems, []);
  return {
    perms,
    tuples: new Set(
      perms.map((p) =>
        p.nonResourceURL !== undefined
          ? `${p.identity}|${p.verb}|${p.nonResourceURL}`
          : `${p.identity}|${p.verb}|${p.apiGroup}|${p.resource}|${p.namespace === '*' ? '' : p.namespace}`,
      ),
    ),
  };
}

/** The example agent with two audit-log snapshots ingested (--write merges them into the baseline). */
function ingestedExample(seed: number, opts: { routineOnly?: boolean } = {}) {
  const dir = copyExample();
  const lines = generateAuditLog({ seed, days: DAYS, requests: 2500, malformed: 6, ...opts });
  const half = Math.floor(lines.length / 2);
  mkdirSync(join(dir, 'held-out'), { recursive: true });
  writeFileSync(join(dir, 'held-out/audit-1.jsonl'), `${lines.slice(0, half).join('\n')}\n`);
  writeFileSync(join(dir, 'held-out/audit-2.jsonl'), `${lines.slice(half).join('\n')}\n`);
  for (const f of ['held-out/audit-1.jsonl', 'held-out/audit-2.jsonl']) {
    const r = runCli(['ingest', f, '--write', '-C', dir]);
    assert.ok(r.code === 0 || r.code === 1, `ingest ${f}: ${r.stderr}`);
  }
  return { dir, lines };
}

test('report --format rbac grants exactly the allowed requests of held-out audit logs, nothing more', async () => {
  for (const seed of [7001, 7002, 7003]) {
    const { dir, lines } = ingestedExample(seed);
    const r = runCli(['report', '--format', 'rbac', '-C', dir, '--output', 'least-privilege.yaml']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /least privilege for 2 identities: \d+ rules; of 33 declared grants, \d+ removed/);
    const text = readFileSync(join(dir, 'least-privilege.yaml'), 'utf8');

    const observed = allowedRequests(lines, new Set([AGENT, TOOLS]));
    assert.ok(observed.length > 500, `seed ${seed}: ${observed.length} allowed requests of the agent`);
    const { perms, tuples } = generatedTuples(text, [AGENT, TOOLS]);
    assert.ok(
      perms.every((p) => !p.wildcard),
      'no wildcard in the generated rules',
    );
    // Every allowed request, with its object name, is allowed by the generated RBAC (Kubernetes' own matching).
    const denied = observed.filter((o) => !perms.some((p) => p.identity === o.identity && ruleAllows(p, o.req)));
    assert.deepEqual(
      denied.map((o) => o.tuple),
      [],
      `seed ${seed}: every observed request is allowed`,
    );
    // …and nothing else: each generated grant is one observed identity × verb × resource × namespace.
    assert.deepEqual([...tuples].sort(), [...new Set(observed.map((o) => o.tuple))].sort(), `seed ${seed}`);
    // The identities the agent does not own (other ServiceAccounts, humans) get nothing.
    assert.doesNotMatch(text, /vector|node-agent|deployer|alice|agents:other/);

    if (seed === 7001) {
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, 'least-privilege-k8s-ops.yaml'), text);
      // The rules' comments: count and last use of each verb.
      assert.match(
        text,
        /# list: \d+ allowed requests, last 2026-11-1\d \d\d:\d\d UTC\n {2}- apiGroups: \[""\]\n {4}resources: \[pods\]/,
      );
    }
  }
});

test('kubectl apply --dry-run=client accepts the generated file (kubectl needs an API server: a stand-in answers)', async (t) => {
  if (!kubectlInstalled()) {
    assert.fail('kubectl not found: install it (the Kubernetes release binary, or Debian/Google Cloud SDK packages)');
  }
  const { dir } = ingestedExample(7001);
  const r = runCli(['report', '--format', 'rbac', '-C', dir, '--output', 'least-privilege.yaml']);
  assert.equal(r.code, 0, r.stderr);
  const file = join(dir, 'least-privilege.yaml');
  const docs = parseAllDocuments(readFileSync(file, 'utf8'));
  const server = await startKubeStandIn();
  t.after(() => server.close());
  const out = await kubectl(server, ['apply', '--dry-run=client', '-f', file]);
  assert.equal(out.code, 0, out.stderr);
  const created = out.stdout.trim().split('\n');
  assert.equal(created.length, docs.length, out.stdout);
  for (const line of created)
    assert.match(
      line,
      /^(cluster)?role(binding)?\.rbac\.authorization\.k8s\.io\/threatcat:[a-z0-9-]+:[a-z0-9-]+ created \(dry run\)$/,
    );
  assert.ok(
    created.some((l) => l.startsWith('rolebinding.')),
    'namespaced bindings',
  );
  // It asked for discovery and for each object (to decide between create and patch): it read the file for real.
  assert.ok(
    server.requests.some((q) =>
      q.startsWith('GET /apis/rbac.authorization.k8s.io/v1/namespaces/agents/roles/threatcat:agents:k8s-ops-sa'),
    ),
  );
  // What a broken file gets from the same kubectl: the stand-in is not a rubber stamp.
  const bad = join(tempDir(), 'bad.yaml');
  writeFileSync(
    bad,
    'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: x, namespace: a }\nrules: [ {\n',
  );
  const refused = await kubectl(server, ['apply', '--dry-run=client', '-f', bad]);
  assert.notEqual(refused.code, 0);
  assert.match(refused.stderr, /error converting YAML to JSON|yaml: line/);
});

test('the diff against the declared RBAC says what would be removed and narrowed', () => {
  const { dir } = ingestedExample(7004, { routineOnly: true });
  const r = runCli(['report', '--format', 'rbac', '-C', dir]);
  assert.equal(r.code, 0, r.stderr);
  const text = r.stdout;
  assert.match(text, /# {3}ClusterRoleBinding k8s-ops → ClusterRole k8s-ops:\n/);
  // The routine agent never read a secret nor touched RBAC or network policies.
  assert.match(text, /# {5}remove +get secrets +all namespaces +blast 9 +never used in the window\n/);
  assert.match(
    text,
    /# {5}remove +get,list,create,patch rbac\.authorization\.k8s\.io\/rolebindings +all namespaces +blast 9/,
  );
  assert.match(text, /# {5}remove +get,list,create,patch,delete networking\.k8s\.io\/networkpolicies/);
  // Deployments are patched only in the namespaces the agent works in: the cluster-wide grant is narrowed.
  assert.match(
    text,
    /# {5}narrow +get,patch apps\/deployments +all namespaces +blast 7 +cluster-wide grant used only in namespaces agents, default, shop\n/,
  );
  // The tool server's ServiceAccount has no RBAC in these manifests: what it used is listed as granted elsewhere.
  assert.match(
    text,
    /ServiceAccount kagent\/kagent-tools \(agent k8s-ops\)[\s\S]*# {3}Observed, not granted by the declared RBAC:\n[\s\S]*# {5}add +get,list pods +ns agents +granted outside these manifests/,
  );
  assert.doesNotMatch(text, /resources: \[secrets\]|networkpolicies\]|rolebindings\]/, 'no dormant grant is generated');
});

test('wildcards are expanded to what was used; names, unobservable verbs and the API server defaults are kept apart', () => {
  const manifests = readManifestText(
    [
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: Role',
      'metadata: { name: config, namespace: agents }',
      'rules:',
      '  - { apiGroups: [""], resources: [configmaps], verbs: ["*"] }',
      '  - { apiGroups: [""], resources: [secrets], resourceNames: [agent-config], verbs: [get] }',
      '  - { apiGroups: ["rbac.authorization.k8s.io"], resources: [roles], verbs: [bind] }',
      '---',
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: RoleBinding',
      'metadata: { name: config, namespace: agents }',
      'roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: config }',
      'subjects: [{ kind: ServiceAccount, name: bot, namespace: agents }]',
    ].join('\n'),
    'rbac.yaml',
  );
  const id = 'system:serviceaccount:agents:bot';
  const req = (verb: string, resource: string, extra: Partial<ObservedRequest> = {}): ObservedRequest => ({
    identity: id,
    verb,
    apiGroup: '',
    resource,
    namespace: 'agents',
    count: 3,
    first: '2026-11-02T10:00:00Z',
    last: '2026-11-09T10:00:00Z',
    ...extra,
  });
  const lp = leastPrivilege({
    agents: [
      {
        catalog: 'bot.threats.yaml',
        agent: 'bot',
        identities: [id],
        declared: declaredPermissions([manifests], id),
        requests: {
          window: { from: '2026-11-01T00:00:00Z', to: '2026-11-10T00:00:00Z' },
          allowed: [
            req('get', 'configmaps'),
            req('patch', 'configmaps', { count: 1, last: '2026-11-05T08:30:00Z' }),
            req('get', 'secrets'),
            req('get', '', { resource: '', namespace: '', path: '/version' }),
            req('list', 'pods', { namespace: 'Not A Namespace' }),
          ],
        },
      },
    ],
    implicit: bootstrapPermissions,
  });
  const [bot] = lp.identities;
  const role = bot.roles.find((r) => r.kind === 'Role')!;
  assert.deepEqual(
    role.rules.map((r) => [r.resources, r.verbs, r.resourceNames]),
    [
      [['configmaps'], ['get', 'patch'], undefined],
      [['secrets'], ['get'], ['agent-config']],
    ],
    'the wildcard became the verbs used; the name-limited grant stays limited to its names',
  );
  const cluster = bot.roles.find((r) => r.kind === 'ClusterRole')!;
  assert.deepEqual(cluster.rules[0].nonResourceURLs, ['/version']);
  assert.deepEqual(cluster.rules[0].implicitlyGrantedBy, ['system:discovery']);
  assert.deepEqual(
    bot.diff.map((d) => [d.action, d.verbs.join(','), d.resource, d.detail]),
    [
      ['remove', 'bind', 'roles', 'cannot be seen in audit logs: grant it by hand if the agent needs it'],
      ['narrow', '*', 'configmaps', 'wildcard used only as get configmaps, patch configmaps'],
      ['keep', 'get', 'secrets', ''],
    ],
  );
  assert.deepEqual(lp.skipped, [
    { identity: id, reason: 'a request in namespace "Not A Namespace", not a valid namespace name, is left out' },
  ]);
  const text = renderRbacYaml(lp, {
    version: '0.1.0',
    source: 'commit 0123456789ab',
    generated: '2026-11-21 12:00 UTC',
  });
  assert.match(
    text,
    /# get: 3 allowed requests, last 2026-11-09 10:00 UTC\n {2}# patch: 1 allowed request, last 2026-11-05 08:30 UTC\n {2}- apiGroups: \[""\]\n {4}resources: \[configmaps\]\n {4}verbs: \[get, patch\]/,
  );
  assert.match(text, /also granted to every ServiceAccount by the built-in system:discovery/);
});

test('hostile strings from evidence and catalogs stay values and comments in the generated YAML', () => {
  const id = 'system:serviceaccount:agents:bot';
  const lp = leastPrivilege({
    agents: [
      {
        catalog: 'bot.threats.yaml',
        agent: 'bot\r- kind: ClusterRoleBinding\u2028x: 1',
        identities: [id],
        declared: [],
        requests: {
          window: { from: '2026-11-01T00:00:00Z', to: '2026-11-10T00:00:00Z' },
          allowed: [
            {
              identity: id,
              verb: 'get\n  - apiGroups: ["*"]',
              apiGroup: '',
              resource: 'pods\r# x',
              namespace: 'agents',
              count: 1,
              first: '2026-11-02T10:00:00Z',
              last: '2026-11-02T10:00:00Z',
            },
          ],
        },
      },
    ],
  });
  const text = renderRbacYaml(lp, { version: '0.1.0', source: 'commit x', generated: 'now' });
  const docs = parseAllDocuments(text).map((d) => d.toJS());
  assert.deepEqual(
    docs.map((d) => d.kind),
    ['Role', 'RoleBinding'],
  );
  assert.deepEqual(docs[0].rules, [
    { apiGroups: [''], resources: ['pods\r# x'], verbs: ['get\n  - apiGroups: ["*"]'] },
  ]);
  assert.equal(docs[0].metadata.annotations['threatcat.dev/agents'], 'bot\r- kind: ClusterRoleBinding\u2028x: 1');
  for (const line of text.split(/\r\n|\r|\n|\u2028/)) {
    assert.ok(!/^\s*- kind: ClusterRoleBinding/.test(line), `no injected line: ${JSON.stringify(line)}`);
  }
});

test('report --format rbac before any kube-audit evidence says what to do and exits 2', () => {
  const dir = copyExample();
  const r = runCli(['report', '--format', 'rbac', '-C', dir]);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /no baseline holds kube-audit evidence for these agents; run threatcat ingest --write/);
});
