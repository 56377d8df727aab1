import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import type { ThreatCatalog } from '../../src/model/catalog.js';
import { join } from 'node:path';
import { APP, commit, convergeInit, type DiffJson, diffJson, edit, INIT_CATALOG, initRepo, line } from './scenario.js';
import { git, runCli, tempDir } from '../helpers/fixtures.js';

/**
 * A coerced agent exfiltrates over the network: the NetworkPolicies that select its pods bound where it can send
 * data. A pull request that deletes the policy, or allows 0.0.0.0/0, widens that reach as surely as a new tool, and
 * must be an event at the changed line (real git repositories and commits, the built CLI). Policies are modelled on
 * networking.k8s.io/v1; a kagent Agent's pods carry the labels kagent's manifest builder gives them
 * (`app: kagent`, `kagent: <agent>`).
 */

const NETPOL = `${APP}/netpol.yaml`;

/** Egress of the example's kagent Agent (agents/k8s-ops) limited to DNS and the API server. */
const AGENT_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: k8s-ops-egress
  namespace: agents
spec:
  podSelector:
    matchLabels:
      kagent: k8s-ops
  policyTypes: [Egress]
  egress:
    - to:
        - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}
          podSelector: {matchLabels: {k8s-app: kube-dns}}
      ports:
        - {protocol: UDP, port: 53}
    - to:
        - ipBlock: {cidr: 10.96.0.1/32}
      ports:
        - {port: 443}
`;

function pr(dir: string, message: string): DiffJson {
  commit(dir, message);
  return diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out;
}

const network = (out: DiffJson) => out.events.filter((e) => e.type === 'permissions-changed');

test('deleting the NetworkPolicy that limits a kagent Agent’s egress is a widened event at the policy in base, naming 0.0.0.0/0 and 169.254.169.254', () => {
  const dir = initRepo((d) => writeFileSync(join(d, NETPOL), AGENT_POLICY));
  const at = line(dir, NETPOL, 'kind: NetworkPolicy');
  rmSync(join(dir, NETPOL));
  const out = pr(dir, 'drop the egress policy');
  const events = network(out);
  assert.equal(events.length, 1, JSON.stringify(out.events, null, 2));
  const [e] = events;
  assert.equal(e.direction, 'widened');
  assert.equal(e.file, NETPOL);
  // The object's first line: `apiVersion`, just above `kind`.
  assert.equal(e.line, at - 1);
  assert.match(e.subject, /egress of agents\/k8s-ops: no NetworkPolicy limits it/);
  assert.match(e.subject, /0\.0\.0\.0\/0/);
  assert.match(e.subject, /169\.254\.169\.254/);
  assert.ok(out.reopen.length > 0, 'a wider reach re-opens the threats of the agent’s identity');
});

const BOT = 'apps/bot';
const DEPLOY = `${BOT}/deploy.yaml`;
const BOT_NETPOL = `${BOT}/netpol.yaml`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: support-bot, namespace: bots}
spec:
  selector: {matchLabels: {app: support-bot}}
  template:
    metadata: {labels: {app: support-bot, tier: agent}}
    spec:
      serviceAccountName: support-bot
      containers:
        - name: agent
          image: ghcr.io/acme/support-bot:1.4.0
          env:
            - {name: OPENAI_MODEL, value: gpt-4o-mini}
            - name: OPENAI_API_KEY
              valueFrom: {secretKeyRef: {name: openai, key: api-key}}
`;

/** Selects the bot's pods by expression; DNS only. No policyTypes: its egress rules make it an egress policy. */
const BOT_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: bot-egress, namespace: bots}
spec:
  podSelector:
    matchExpressions:
      - {key: tier, operator: In, values: [agent, worker]}
  egress:
    - ports:
        - {protocol: UDP, port: 53}
      to:
        - namespaceSelector: {}
          podSelector: {matchLabels: {k8s-app: kube-dns}}
`;

/** Limits another app's pods (and another namespace's): nothing to do with the bot. */
const OTHER_POLICIES = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-egress, namespace: bots}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: workers-egress, namespace: bots}
spec:
  podSelector:
    matchExpressions:
      - {key: tier, operator: NotIn, values: [agent]}
  policyTypes: [Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: elsewhere}
spec:
  podSelector: {}
  policyTypes: [Egress]
`;

function botRepo(extra?: (dir: string) => void): string {
  const dir = tempDir('threatcat-netpol-');
  mkdirSync(join(dir, BOT), { recursive: true });
  writeFileSync(join(dir, DEPLOY), DEPLOYMENT);
  writeFileSync(join(dir, BOT_NETPOL), BOT_POLICY);
  extra?.(dir);
  convergeInit(dir, 'support-bot', BOT);
  return dir;
}

test('an egress rule to 0.0.0.0/0 added to the policy of a plain Deployment agent is a widened event at the rule, naming the internet and cloud metadata', () => {
  const dir = botRepo();
  edit(
    dir,
    BOT_NETPOL,
    '          podSelector: {matchLabels: {k8s-app: kube-dns}}\n',
    '          podSelector: {matchLabels: {k8s-app: kube-dns}}\n    - to:\n        - ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}\n',
  );
  const out = pr(dir, 'let the bot reach the internet');
  const events = network(out);
  assert.equal(events.length, 1, JSON.stringify(out.events, null, 2));
  const [e] = events;
  assert.equal(e.direction, 'widened');
  assert.equal(e.file, BOT_NETPOL);
  assert.equal(e.line, line(dir, BOT_NETPOL, 'cidr: 0.0.0.0/0'));
  assert.match(e.subject, /ipBlock 0\.0\.0\.0\/0 except 10\.0\.0\.0\/8 on any port allowed/);
  assert.match(e.subject, /the internet \(0\.0\.0\.0\/0\)/);
  assert.match(e.subject, /cloud metadata service \(169\.254\.169\.254, fd00:ec2::254\)/);
  assert.deepEqual(e.after, ['ipBlock 0.0.0.0/0 except 10.0.0.0/8 on any port']);
});

test('a rule to an address block that excepts 169.254.169.254 does not say cloud metadata is reachable; removing it is a narrowed event', () => {
  const dir = botRepo();
  edit(
    dir,
    BOT_NETPOL,
    '          podSelector: {matchLabels: {k8s-app: kube-dns}}\n',
    '          podSelector: {matchLabels: {k8s-app: kube-dns}}\n    - to:\n        - ipBlock: {cidr: 0.0.0.0/0, except: [169.254.0.0/16]}\n      ports: [{port: 443}]\n',
  );
  const widened = network(pr(dir, 'https out'));
  assert.equal(widened.length, 1);
  assert.match(widened[0].subject, /the internet \(0\.0\.0\.0\/0\) now reachable/);
  assert.doesNotMatch(widened[0].subject, /metadata/);
  git(dir, 'revert', '--no-edit', 'HEAD');
  const narrowed = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out;
  const events = network(narrowed);
  assert.equal(events.length, 1);
  assert.equal(events[0].direction, 'narrowed');
  assert.match(events[0].subject, /no longer allowed/);
});

test('deleting NetworkPolicies that do not select the agent’s pods (another app, another namespace) is no event; deleting its own is one', () => {
  const dir = botRepo((d) => writeFileSync(join(d, `${BOT}/other.yaml`), OTHER_POLICIES));
  rmSync(join(dir, `${BOT}/other.yaml`));
  const out = pr(dir, 'drop the other apps’ policies');
  assert.deepEqual(network(out), []);
  // The bot's own policy, selected by expression, is the one that limits it.
  const at = line(dir, BOT_NETPOL, 'apiVersion');
  rmSync(join(dir, BOT_NETPOL));
  const own = network(pr(dir, 'drop the bot’s policy'));
  assert.deepEqual(
    own.map((e) => [e.direction, e.file, e.line]),
    [['widened', BOT_NETPOL, at]],
  );
});

test('init records the agent’s egress in its runtime component: what the NetworkPolicy allows, and no metadata service it cannot reach', () => {
  const runtime = (dir: string) =>
    (jsYaml.load(readFileSync(join(dir, BOT, 'support-bot.threats.yaml'), 'utf8')) as ThreatCatalog).components.find(
      (c) => c.category === 'runtime',
    );
  const limited = runtime(botRepo());
  assert.ok(
    limited?.blastSurface.includes(
      'the network destinations NetworkPolicy bot-egress allows: pods k8s-app=kube-dns in namespaces {} on UDP/53',
    ),
    JSON.stringify(limited?.blastSurface),
  );
  assert.ok(!limited?.blastSurface.some((b) => b.includes('169.254.169.254')));
  const open = runtime(botRepo((d) => rmSync(join(d, BOT_NETPOL))));
  assert.ok(open?.blastSurface.some((b) => /any network destination, the internet included/.test(b)));
});

/** The bot's policy with a second rule: HTTPS to the private address space. */
const BOT_POLICY_HTTPS = `${BOT_POLICY}    - to:
        - ipBlock: {cidr: 10.0.0.0/8}
      ports:
        - {port: 443}
`;

test('a port added to an allowed destination is one widened event at the new port, saying what it adds; reverting it is one narrowed event', () => {
  const dir = botRepo((d) => writeFileSync(join(d, BOT_NETPOL), BOT_POLICY_HTTPS));
  edit(dir, BOT_NETPOL, '        - {port: 443}\n', '        - {port: 443}\n        - {port: 5432}\n');
  const out = pr(dir, 'the bot also reaches Postgres');
  const events = network(out);
  assert.equal(events.length, 1, JSON.stringify(out.events, null, 2));
  const [e] = events;
  assert.equal(e.direction, 'widened');
  assert.equal(e.file, BOT_NETPOL);
  assert.equal(e.line, line(dir, BOT_NETPOL, 'port: 5432'));
  assert.match(
    e.subject,
    /egress of bots\/support-bot: ipBlock 10\.0\.0\.0\/8 on TCP\/5432 allowed \(was on TCP\/443\)/,
  );
  assert.deepEqual(e.before, ['ipBlock 10.0.0.0/8 on TCP/443']);
  assert.deepEqual(e.after, ['ipBlock 10.0.0.0/8 on TCP/443, TCP/5432']);
  git(dir, 'revert', '--no-edit', 'HEAD');
  const back = network(diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out);
  assert.deepEqual(
    back.map((x) => [x.direction, x.file, x.line]),
    [['narrowed', BOT_NETPOL, line(dir, BOT_NETPOL, 'cidr: 10.0.0.0/8')]],
  );
  assert.match(back[0].subject, /ipBlock 10\.0\.0\.0\/8 on TCP\/5432 no longer allowed \(now on TCP\/443\)/);
});

test('the ports of an allowed destination removed is one widened event at the destination: any port, where it was HTTPS only', () => {
  const dir = botRepo((d) => writeFileSync(join(d, BOT_NETPOL), BOT_POLICY_HTTPS));
  edit(dir, BOT_NETPOL, '      ports:\n        - {port: 443}\n', '');
  const events = network(pr(dir, 'any port to the private network'));
  assert.deepEqual(
    events.map((e) => [e.direction, e.file, e.line]),
    [['widened', BOT_NETPOL, line(dir, BOT_NETPOL, 'cidr: 10.0.0.0/8')]],
  );
  assert.match(events[0].subject, /ipBlock 10\.0\.0\.0\/8 on any port allowed \(was on TCP\/443\)/);
  assert.doesNotMatch(events[0].subject, /metadata/);
});

test('HTTPS to the internet does not reach the cloud metadata service (it listens on TCP/80); opening port 80 there does, in one widened event', () => {
  const dir = botRepo();
  edit(
    dir,
    BOT_NETPOL,
    '          podSelector: {matchLabels: {k8s-app: kube-dns}}\n',
    '          podSelector: {matchLabels: {k8s-app: kube-dns}}\n    - to:\n        - ipBlock: {cidr: 0.0.0.0/0}\n      ports:\n        - {port: 443}\n',
  );
  const https = network(pr(dir, 'https out'));
  assert.equal(https.length, 1);
  assert.match(
    https[0].subject,
    /ipBlock 0\.0\.0\.0\/0 on TCP\/443 allowed: the internet \(0\.0\.0\.0\/0\) now reachable$/,
  );
  edit(dir, BOT_NETPOL, '        - {port: 443}\n', '        - {port: 443}\n        - {protocol: UDP, port: 80}\n');
  const udp = network(pr(dir, 'UDP/80 out'));
  assert.equal(udp.length, 1);
  assert.doesNotMatch(udp[0].subject, /metadata/);
  edit(dir, BOT_NETPOL, '        - {port: 443}\n', '        - {port: 443}\n        - {port: 1, endPort: 1024}\n');
  const low = network(pr(dir, 'the low ports out'));
  assert.equal(low.length, 1, JSON.stringify(low, null, 2));
  assert.equal(low[0].line, line(dir, BOT_NETPOL, 'endPort: 1024'));
  assert.match(
    low[0].subject,
    /ipBlock 0\.0\.0\.0\/0 on TCP\/1-1024 allowed \(was on TCP\/443, UDP\/80\): the cloud metadata service \(169\.254\.169\.254, fd00:ec2::254\) now reachable/,
  );
});

/** A platform team's namespace default: no egress for any pod of `bots`, kept outside the bot's folder. */
const PLATFORM = 'platform/namespaces/bots';
const DEFAULT_DENY = `${PLATFORM}/network.yaml`;
const PLATFORM_POLICIES = `apiVersion: v1
kind: Namespace
metadata: {name: bots}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-egress
  namespace: bots
spec:
  podSelector: {}
  policyTypes: [Egress]
`;
/** Another namespace's default, and a policy of `bots` for another app: neither limits the bot. */
const OTHER_PLATFORM_POLICIES = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny-egress, namespace: web}
spec:
  podSelector: {}
  policyTypes: [Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-only, namespace: bots}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
`;

function platformRepo(): string {
  return botRepo((d) => {
    rmSync(join(d, BOT_NETPOL));
    mkdirSync(join(d, PLATFORM), { recursive: true });
    writeFileSync(join(d, DEFAULT_DENY), PLATFORM_POLICIES);
    writeFileSync(join(d, 'platform/namespaces/others.yaml'), OTHER_PLATFORM_POLICIES);
  });
}

test('a namespace default-deny kept in a platform folder limits the agent: init says so, deleting it is a widened event at it, deleting the others is none', () => {
  const dir = platformRepo();
  const catalog = jsYaml.load(readFileSync(join(dir, BOT, 'support-bot.threats.yaml'), 'utf8')) as ThreatCatalog;
  const runtime = catalog.components.find((c) => c.category === 'runtime');
  assert.ok(
    runtime?.blastSurface.includes('no network destination (NetworkPolicy default-deny-egress allows no egress)'),
    JSON.stringify(runtime?.blastSurface),
  );
  assert.ok(!runtime?.blastSurface.some((b) => b.includes('169.254.169.254')));
  rmSync(join(dir, 'platform/namespaces/others.yaml'));
  assert.deepEqual(network(pr(dir, 'drop the other namespaces’ policies')), []);
  const at = line(dir, DEFAULT_DENY, 'apiVersion: networking.k8s.io/v1');
  rmSync(join(dir, DEFAULT_DENY));
  const events = network(pr(dir, 'drop the namespace default'));
  assert.deepEqual(
    events.map((e) => [e.direction, e.file, e.line]),
    [['widened', DEFAULT_DENY, at]],
  );
  assert.match(events[0].subject, /no NetworkPolicy limits it any more \(NetworkPolicy bots\/default-deny-egress/);
});

test('a rule added to the platform’s namespace default is a widened event at the rule', () => {
  const dir = platformRepo();
  edit(
    dir,
    DEFAULT_DENY,
    '  policyTypes: [Egress]\n',
    '  policyTypes: [Egress]\n  egress:\n    - to:\n        - ipBlock: {cidr: 0.0.0.0/0}\n',
  );
  const events = network(pr(dir, 'let the namespace out'));
  assert.deepEqual(
    events.map((e) => [e.direction, e.file, e.line]),
    [['widened', DEFAULT_DENY, line(dir, DEFAULT_DENY, 'cidr: 0.0.0.0/0')]],
  );
  assert.match(events[0].subject, /169\.254\.169\.254/);
});

test('the egress policy deleted: diff lists the IMDS credential theft and open-egress exfiltration threats with why they now apply; --write adds them, validate is clean, a second --write changes no byte', () => {
  const dir = initRepo((d) => writeFileSync(join(d, NETPOL), AGENT_POLICY));
  const catalog = join(dir, INIT_CATALOG);
  const initial = readFileSync(catalog, 'utf8');
  // DNS and the API server only: neither the metadata service nor the internet is reachable, so init proposes neither.
  for (const id of [IMDS, OPEN_EGRESS]) assert.ok(!initial.includes(`id: ${id}`), id);
  rmSync(join(dir, NETPOL));
  commit(dir, 'drop the egress policy');

  const planned = diffJson(dir, '--base', 'main', '--head', 'HEAD');
  assert.equal(planned.code, 1, 'the catalog does not model the new reach yet');
  const threats = new Map(planned.out.model[0]?.threats.map((t) => [t.id, t as { reason?: string }]) ?? []);
  assert.equal(
    threats.get(OPEN_EGRESS)?.reason,
    'applies because: egress to the internet (no NetworkPolicy limits egress)',
  );
  assert.equal(
    threats.get(IMDS)?.reason,
    'applies because: egress to the instance metadata service (169.254.169.254, fd00:ec2::254) (no NetworkPolicy limits egress)',
  );

  const w = runCli(['diff', '-C', dir, '--base', 'main', '--write']);
  assert.equal(w.code, 0, w.stdout + w.stderr);
  const written = readFileSync(catalog, 'utf8');
  const data = jsYaml.load(written) as ThreatCatalog;
  for (const id of [IMDS, OPEN_EGRESS]) {
    const t = data.threats.find((x) => x.id === id);
    assert.equal(t?.status, 'open', id);
    assert.equal(t?.added?.event, 'permissions-changed', id);
    assert.match(t?.added?.subject ?? '', /^egress of agents\/k8s-ops: no NetworkPolicy limits it any more/);
  }
  const lines = written.split('\n');
  assert.equal(
    lines[lines.indexOf(`  - id: ${OPEN_EGRESS}`) - 1],
    '  # applies because: egress to the internet (no NetworkPolicy limits egress)',
  );
  // The runtime's blast surface says what it now reaches, one destination a line.
  assert.match(
    written,
    /\n {4}blastSurface:\n {6}- the node the pod runs on\n {6}- the mounted ServiceAccount token\n {6}- the instance metadata service \(169\.254\.169\.254, fd00:ec2::254\)\n {6}- any network destination, the internet included \(no NetworkPolicy limits egress\)\n/,
  );

  const v = runCli(['validate', '-C', dir]);
  assert.equal(v.code, 0, v.stdout + v.stderr);
  assert.equal(runCli(['diff', '-C', dir, '--base', 'main', '--write']).code, 0);
  assert.equal(readFileSync(catalog, 'utf8'), written, 'a second --write changes no byte');
});

const IMDS = 'k8s-ops.L4-imds-credential-theft';
const OPEN_EGRESS = 'k8s-ops.L4-open-egress-exfiltration';

test('pods moved onto the node’s network (hostNetwork) escape every NetworkPolicy: a widened event at hostNetwork naming the internet and cloud metadata, and both egress threats to add with why', () => {
  const dir = botRepo();
  edit(
    dir,
    DEPLOY,
    '      serviceAccountName: support-bot\n',
    '      serviceAccountName: support-bot\n      hostNetwork: true\n',
  );
  const out = pr(dir, 'host network for the bot');
  const events = network(out);
  assert.equal(events.length, 1, JSON.stringify(out.events, null, 2));
  const [e] = events;
  assert.equal(e.direction, 'widened');
  assert.equal(e.file, DEPLOY);
  assert.equal(e.line, line(dir, DEPLOY, 'hostNetwork: true'));
  assert.match(e.subject, /node's network \(hostNetwork\), where no NetworkPolicy applies/);
  assert.match(e.subject, /cloud metadata service/);
  const threats = new Map(out.model[0]?.threats.map((t) => [t.id, t as { reason?: string }]) ?? []);
  for (const id of ['support-bot.L4-imds-credential-theft', 'support-bot.L4-open-egress-exfiltration'])
    assert.match(threats.get(id)?.reason ?? '', /node's network \(hostNetwork\), where no NetworkPolicy applies/, id);
  // Back off the node's network: the policy limits it again, a narrowed event at the policy.
  edit(dir, DEPLOY, '      hostNetwork: true\n', '');
  const back = network(pr(dir, 'pod network again'));
  assert.deepEqual(
    back.map((x) => [x.direction, x.file]),
    [['narrowed', BOT_NETPOL]],
  );
});
