/**
 * A generated Kubernetes audit log (audit.k8s.io/v1 JSON lines) with the cases that decide how requests are
 * counted and grouped: every stage of a request (RequestReceived, ResponseStarted for long-running requests,
 * ResponseComplete, Panic), refused long-running requests (no ResponseStarted), completions on the next day,
 * duplicated lines, lines without an auditID, pod-bound tokens of Deployment, StatefulSet and DaemonSet pods,
 * tokens that are not pod-bound, humans, non-resource URLs, subresources, cluster-scoped objects, every response
 * code that matters to the decision (with and without the authorizer's annotation), more than 32 object names
 * per group, timestamps with nanoseconds, whole seconds, UTC offsets that cross midnight, missing or broken
 * stageTimestamp, and malformed lines. Deterministic for a seed.
 */

export interface AuditLogOptions {
  seed: number;
  /** UTC days (YYYY-MM-DD) the requests fall on. */
  days: string[];
  /** Requests (each is 2–3 lines, before duplicates). */
  requests: number;
  /** The agent does only what it always did (a baseline history): no new verbs or resources. */
  routineOnly?: boolean;
  /** Drop every ResponseStarted line (an audit policy with `omitStages: [ResponseStarted]`). */
  omitStarted?: boolean;
  /** Malformed lines to scatter through the log. */
  malformed?: number;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Actor {
  user: Record<string, unknown>;
  weight: number;
  /** [verb, apiGroup, resource, subresource] the actor does. */
  does: Array<[string, string, string, string?]>;
  namespaces: string[];
  nonResource?: string[];
}

const POD = 'authentication.kubernetes.io/pod-name';
const sa = (ns: string, name: string, pod?: unknown) => ({
  username: `system:serviceaccount:${ns}:${name}`,
  uid: `uid-${ns}-${name}`,
  groups: ['system:serviceaccounts', `system:serviceaccounts:${ns}`, 'system:authenticated'],
  ...(pod === undefined ? {} : { extra: { [POD]: pod, 'authentication.kubernetes.io/pod-uid': ['0b6a'] } }),
});

const AGENT_ROUTINE: Actor['does'] = [
  ['list', '', 'pods'],
  ['get', '', 'pods'],
  ['watch', '', 'pods'],
  ['get', '', 'pods', 'log'],
  ['list', '', 'events'],
  ['get', 'apps', 'deployments'],
  ['patch', 'apps', 'deployments'],
  ['list', '', 'services'],
  ['get', '', 'configmaps'],
];
const AGENT_NEW: Actor['does'] = [
  ['create', '', 'pods', 'exec'],
  ['get', '', 'secrets'],
  ['list', '', 'secrets'],
  ['create', 'rbac.authorization.k8s.io', 'rolebindings'],
  ['delete', 'networking.k8s.io', 'networkpolicies'],
  ['get', '', 'pods', 'portforward'],
  ['get', '', 'services', 'proxy'],
];

function actors(routineOnly: boolean): Actor[] {
  return [
    {
      // The agent: two pods of one Deployment (pod-template hash + 5-character suffix).
      user: sa('agents', 'k8s-ops-sa', ['k8s-ops-6d9f7c8b5d-x2x9q']),
      weight: 8,
      does: routineOnly ? AGENT_ROUTINE : [...AGENT_ROUTINE, ...AGENT_NEW],
      namespaces: ['agents', 'shop', 'default'],
      nonResource: ['/version', '/api?timeout=32s'],
    },
    {
      user: sa('agents', 'k8s-ops-sa', ['k8s-ops-6d9f7c8b5d-b7k2m']),
      weight: 3,
      does: AGENT_ROUTINE,
      namespaces: ['agents', 'shop'],
    },
    {
      // The agent's MCP tool server (kagent-tools): its own ServiceAccount and Deployment.
      user: sa('kagent', 'kagent-tools', ['kagent-tools-5f7d8c9b6d-q4w8z']),
      weight: 4,
      does: routineOnly
        ? [
            ['get', '', 'pods'],
            ['list', '', 'pods'],
          ]
        : [
            ['get', '', 'pods'],
            ['list', '', 'pods'],
            ['delete', '', 'pods'],
            ['create', '', 'pods', 'attach'],
          ],
      namespaces: ['shop', 'agents'],
    },
    {
      // A StatefulSet pod (ordinal suffix).
      user: sa('logging', 'vector', ['vector-12']),
      weight: 2,
      does: [
        ['list', '', 'pods'],
        ['watch', '', 'namespaces'],
        ['get', '', 'nodes', 'proxy'],
      ],
      namespaces: [''],
    },
    {
      // A DaemonSet pod (5-character suffix only).
      user: sa('kube-system', 'node-agent', ['node-agent-x7k2p']),
      weight: 2,
      does: [
        ['get', '', 'nodes'],
        ['patch', '', 'nodes', 'status'],
        ['proxy', '', 'nodes'],
      ],
      namespaces: [''],
      nonResource: ['/healthz?verbose=1', '/metrics'],
    },
    {
      // A ServiceAccount token that is not pod-bound: no workload.
      user: sa('ci', 'deployer'),
      weight: 1,
      does: [
        ['create', 'apps', 'deployments'],
        ['update', 'apps', 'deployments', 'scale'],
      ],
      namespaces: ['shop'],
    },
    {
      // pod-name given as a string, not a list: not a pod-bound token as the API server writes it.
      user: sa('agents', 'other', 'other-6d9f7c8b5d-x2x9q'),
      weight: 1,
      does: [['get', '', 'configmaps']],
      namespaces: ['agents'],
    },
    {
      user: { username: 'alice@example.com', groups: ['dev', 'system:authenticated'], extra: { [POD]: ['x-1'] } },
      weight: 1,
      does: [
        ['get', '', 'secrets'],
        ['create', '', 'pods', 'exec'],
        ['list', 'rbac.authorization.k8s.io', 'clusterroles'],
      ],
      namespaces: ['shop', ''],
      nonResource: ['/openapi/v3'],
    },
  ];
}

const CLUSTER_SCOPED = new Set(['nodes', 'namespaces', 'clusterroles']);
const LONG_RUNNING_SUB = new Set(['exec', 'attach', 'portforward', 'proxy']);
const NAMES = Array.from({ length: 40 }, (_, i) => `shop-${String(i).padStart(2, '0')}-7c9f`);

interface Line {
  /** UTC milliseconds since the epoch: the order the API server wrote the line in. */
  at: number;
  text: string;
}

/** RFC 3339 with microseconds (as the API server writes), or one of the other shapes producers write. */
function stamp(ms: number, micros: number, shape: number): string {
  const iso = new Date(ms).toISOString(); // ….mmmZ
  if (shape < 0.05) return `${iso.slice(0, 23)}${String(micros).padStart(3, '0')}417Z`; // nanoseconds
  if (shape < 0.1) return `${iso.slice(0, 19)}Z`; // whole seconds
  if (shape < 0.14) {
    // +02:00 local time: crosses midnight when the UTC time is after 22:00
    const local = new Date(ms + 2 * 3_600_000).toISOString();
    return `${local.slice(0, 23)}${String(micros).padStart(3, '0')}+02:00`;
  }
  return `${iso.slice(0, 23)}${String(micros).padStart(3, '0')}Z`;
}

export function generateAuditLog(opts: AuditLogOptions): string[] {
  const r = rng(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const all = actors(opts.routineOnly === true);
  const total = all.reduce((n, a) => n + a.weight, 0);
  const actor = () => {
    let x = r() * total;
    for (const a of all) {
      x -= a.weight;
      if (x < 0) return a;
    }
    return all[0];
  };
  const lines: Line[] = [];
  let seq = 0;
  for (let i = 0; i < opts.requests; i++) {
    const a = actor();
    const day = pick(opts.days);
    // A tenth of the requests in the last minutes of a day: offsets and late completions cross midnight.
    const secondOfDay = r() < 0.1 ? 86_400 - 1 - Math.floor(r() * 600) : Math.floor(r() * 86_400);
    const t0 = Date.parse(`${day}T00:00:00Z`) + secondOfDay * 1000 + Math.floor(r() * 1000);
    const auditID = r() < 0.01 ? undefined : `a${opts.seed}-${String(seq++).padStart(7, '0')}`;
    const nonResource = a.nonResource && r() < 0.08;
    const [verb, group, resource, sub] = nonResource ? ['get', '', '', undefined] : pick(a.does);
    const ns = CLUSTER_SCOPED.has(resource) ? '' : verb === 'list' && r() < 0.2 ? '' : pick(a.namespaces);
    const named = !['list', 'watch', 'create'].includes(verb) || sub !== undefined;
    const name = named ? (resource === 'nodes' ? pick(['node-1', 'node-2']) : pick(NAMES)) : undefined;
    const longRunning = verb === 'watch' || verb === 'proxy' || (sub !== undefined && LONG_RUNNING_SUB.has(sub));
    // Response: mostly success; refusals by RBAC (403 + forbid), by admission (403 after allow), 401, 404, 409,
    // 500, a response without a status at all, with and without the authorizer's annotation.
    const x = r();
    let code: number | undefined = verb === 'create' ? 201 : 200;
    let annotation: string | undefined = 'allow';
    if (x < 0.08) [code, annotation] = [403, 'forbid'];
    else if (x < 0.1) [code, annotation] = [403, 'allow'];
    else if (x < 0.11) [code, annotation] = [401, undefined];
    else if (x < 0.14) code = 404;
    else if (x < 0.15) code = 409;
    else if (x < 0.16) code = 500;
    else if (x < 0.17) [code, annotation] = [undefined, undefined];
    else if (x < 0.18) code = undefined;
    else if (x < 0.2) annotation = undefined;
    else if (x < 0.205) annotation = 'unknown-value';
    const uri = nonResource
      ? pick(a.nonResource!)
      : `/${group ? `apis/${group}/v1` : 'api/v1'}${ns ? `/namespaces/${ns}` : ''}/${resource}${name ? `/${name}` : ''}${sub ? `/${sub}` : ''}${verb === 'watch' ? '?watch=true' : ''}`;
    const base = (stage: string, ms: number): Record<string, unknown> => {
      const micros = Math.floor(r() * 1000);
      const ev: Record<string, unknown> = {
        kind: 'Event',
        apiVersion: 'audit.k8s.io/v1',
        level: 'Metadata',
        ...(auditID ? { auditID } : {}),
        stage,
        requestURI: uri,
        verb,
        user: a.user,
        sourceIPs: ['10.42.1.17'],
        userAgent: 'kagent/0.7',
      };
      if (!nonResource) {
        ev.objectRef = {
          resource,
          ...(ns ? { namespace: ns } : {}),
          ...(name !== undefined ? { name } : r() < 0.05 ? { name: '' } : {}),
          ...(group ? { apiGroup: group } : {}),
          apiVersion: 'v1',
          ...(sub ? { subresource: sub } : {}),
        };
      }
      ev.requestReceivedTimestamp = stamp(t0, micros, 1);
      const shape = r();
      if (stage !== 'RequestReceived' && shape < 0.01) {
        // stageTimestamp missing: the request time is used
      } else if (stage !== 'RequestReceived' && shape < 0.02) ev.stageTimestamp = 'not-a-timestamp';
      else ev.stageTimestamp = stamp(ms, micros, stage === 'RequestReceived' ? 1 : r());
      return ev;
    };
    const withStatus = (ev: Record<string, unknown>, c: number | undefined, ann: string | undefined) => {
      if (c !== undefined) ev.responseStatus = { metadata: {}, code: c, ...(c >= 400 ? { status: 'Failure' } : {}) };
      if (ann !== undefined)
        ev.annotations = { 'authorization.k8s.io/decision': ann, 'authorization.k8s.io/reason': 'RBAC' };
      return ev;
    };
    const emit = (ev: Record<string, unknown>, ms: number, copies = 1) => {
      for (let c = 0; c < copies; c++) lines.push({ at: ms + c, text: JSON.stringify(ev) });
    };
    emit(base('RequestReceived', t0), t0);
    const ok = code !== undefined && code >= 100 && code < 300;
    if (longRunning && ok) {
      const started = t0 + 5 + Math.floor(r() * 50);
      // A watch or a session lasts up to 40 minutes: some end on the next day.
      const done = started + Math.floor(r() * 2_400_000);
      if (!opts.omitStarted)
        emit(withStatus(base('ResponseStarted', started), code, annotation), started, r() < 0.03 ? 2 : 1);
      emit(withStatus(base('ResponseComplete', done), code, annotation), done, r() < 0.03 ? 2 : 1);
    } else {
      const done = t0 + 3 + Math.floor(r() * 400);
      const stage = code === 500 && r() < 0.5 ? 'Panic' : 'ResponseComplete';
      emit(withStatus(base(stage, done), code, annotation), done, r() < 0.03 ? 2 : 1);
    }
  }
  // Lines an audit pipeline sees too: broken JSON, other objects, events missing what a request needs.
  const bad = [
    'not json {',
    '[1, 2, 3]',
    '{"kind":"Status","apiVersion":"v1","status":"Failure"}',
    '{"kind":"Event","apiVersion":"audit.k8s.io/v1","auditID":"x-noverb","stage":"ResponseComplete","user":{"username":"bob"},"stageTimestamp":"2026-11-20T10:00:00.000000Z","responseStatus":{"code":200}}',
    '{"kind":"Event","apiVersion":"audit.k8s.io/v1","auditID":"x-notime","stage":"ResponseComplete","verb":"get","user":{"username":"bob"},"responseStatus":{"code":200}}',
    '{"kind":"Event","apiVersion":"audit.k8s.io/v1","auditID":"x-nouser","stage":"ResponseComplete","verb":"get","stageTimestamp":"2026-11-20T10:00:00.000000Z"}',
  ];
  lines.sort((x, y) => x.at - y.at);
  const out = lines.map((l) => l.text);
  for (let i = 0; i < (opts.malformed ?? 0); i++) {
    // never before the first line: a file's format is detected from its first record
    out.splice(1 + Math.floor(r() * (out.length - 1)), 0, bad[i % bad.length]);
  }
  return out;
}
