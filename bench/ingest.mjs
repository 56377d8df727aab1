#!/usr/bin/env node
// Benchmark of `threatcat ingest` on generated Kubernetes audit logs: throughput against jq doing the same
// group-by on the same file in the same run, and peak RSS at two sizes. Standalone; prints figures.
//
//   node bench/ingest.mjs [--full] [--events N] [--small N] [--keep]
//     --full      the full sizes: 1,000,000 and 100,000 events (~720 MB); also THREATCAT_BENCH_FULL=1 (npm run bench -- --full)
//     --events N  events in the large file (default 100,000, or 1,000,000 with --full)
//     --small N   events in the small file (default 10,000, or 100,000 with --full)
//     --keep      keep the generated files (printed path)
// Needs: a built dist/ (npm run build), jq, /usr/bin/time (GNU time) for RSS; sort and uniq.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i === -1 ? def : Number(String(args[i + 1]).replace(/_/g, ''));
};
const FULL = args.includes('--full') || process.env.THREATCAT_BENCH_FULL === '1';
const EVENTS = opt('--events', FULL ? 1_000_000 : 100_000);
const SMALL = Math.min(opt('--small', FULL ? 100_000 : 10_000), EVENTS);
const KEEP = args.includes('--keep');

/** Deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RESOURCES = [
  ['', 'pods'],
  ['', 'pods/log'],
  ['', 'configmaps'],
  ['', 'secrets'],
  ['', 'services'],
  ['', 'events'],
  ['', 'nodes'],
  ['apps', 'deployments'],
  ['apps', 'replicasets'],
  ['apps', 'statefulsets'],
  ['batch', 'jobs'],
  ['coordination.k8s.io', 'leases'],
  ['rbac.authorization.k8s.io', 'rolebindings'],
  ['networking.k8s.io', 'networkpolicies'],
  ['kagent.dev', 'agents'],
];
const VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];
const NAMESPACES = [
  'default',
  'kube-system',
  'agents',
  'shop',
  'payments',
  'monitoring',
  'kagent',
  'gitops',
  'data',
  'ml',
];

/** 288 identities, each with a fixed small set of (verb, resource, namespace) habits; Zipf-skewed traffic. */
function identities(r) {
  const out = [];
  for (let i = 0; i < 288; i++) {
    const ns = NAMESPACES[i % NAMESPACES.length];
    const kind = i < 60 ? 'node' : i < 260 ? 'sa' : 'user';
    const username =
      kind === 'node'
        ? `system:node:ip-10-0-${i}-1.ec2.internal`
        : kind === 'sa'
          ? `system:serviceaccount:${ns}:app-${i}`
          : `user${i}@example.com`;
    const habits = [];
    const n = 3 + Math.floor(r() * 12);
    for (let h = 0; h < n; h++) {
      const [group, res] = RESOURCES[Math.floor(r() * RESOURCES.length)];
      habits.push({
        group,
        res,
        verb: VERBS[Math.floor(r() * VERBS.length)],
        ns: NAMESPACES[Math.floor(r() * NAMESPACES.length)],
      });
    }
    out.push({
      username,
      kind,
      ns,
      habits,
      pod: kind === 'sa' ? `app-${i}-7c9f6b5d4-${(i * 7919).toString(36).slice(-5).padStart(5, 'x')}` : undefined,
    });
  }
  return out;
}

async function generate(file, count, seed) {
  const r = rng(seed);
  const ids = identities(r);
  const weights = ids.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cdf = [];
  let acc = 0;
  for (const w of weights) {
    acc += w / total;
    cdf.push(acc);
  }
  const out = createWriteStream(file, { highWaterMark: 4 * 1024 * 1024 });
  const t0 = Date.UTC(2026, 10, 1);
  let buf = '';
  for (let i = 0; i < count; i++) {
    const x = r();
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    const id = ids[lo];
    const h = id.habits[Math.floor(r() * id.habits.length)];
    const [res, sub] = h.res.split('/');
    const named = h.verb !== 'list' && h.verb !== 'watch' && h.verb !== 'create';
    const name = named ? `obj-${Math.floor(r() * 40)}` : undefined;
    const ts = new Date(t0 + i * 1200).toISOString().replace('Z', '000Z');
    const denied = r() < 0.02;
    const ev = {
      kind: 'Event',
      apiVersion: 'audit.k8s.io/v1',
      level: 'Metadata',
      auditID: `b0a1c2d3-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      stage: h.verb === 'watch' ? 'ResponseStarted' : 'ResponseComplete',
      requestURI: `/${h.group ? `apis/${h.group}/v1` : 'api/v1'}/namespaces/${h.ns}/${res}${name ? `/${name}` : ''}${sub ? `/${sub}` : ''}${h.verb === 'watch' ? '?watch=true' : ''}`,
      verb: h.verb,
      user: {
        username: id.username,
        ...(id.kind === 'user' ? { uid: `u-${lo}` } : {}),
        groups:
          id.kind === 'sa'
            ? ['system:serviceaccounts', `system:serviceaccounts:${id.ns}`, 'system:authenticated']
            : id.kind === 'node'
              ? ['system:nodes', 'system:authenticated']
              : ['developers', 'system:authenticated'],
        ...(id.pod ? { extra: { 'authentication.kubernetes.io/pod-name': [id.pod] } } : {}),
      },
      sourceIPs: [`10.244.${lo % 250}.${(lo * 7) % 250}`],
      userAgent: id.kind === 'node' ? 'kubelet/v1.33.2 (linux/amd64) kubernetes/a1b2c3d' : 'kubernetes/python/29.0.0',
      objectRef: {
        resource: res,
        namespace: h.ns,
        ...(name ? { name } : {}),
        ...(h.group ? { apiGroup: h.group } : {}),
        apiVersion: 'v1',
        ...(sub ? { subresource: sub } : {}),
      },
      responseStatus: denied
        ? { metadata: {}, status: 'Failure', reason: 'Forbidden', code: 403 }
        : { metadata: {}, code: 200 },
      requestReceivedTimestamp: ts,
      stageTimestamp: ts,
      ...(r() < 0.5 ? { annotations: { 'authorization.k8s.io/decision': denied ? 'forbid' : 'allow' } } : {}),
    };
    buf += `${JSON.stringify(ev)}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((res2) => out.once('drain', res2));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise((res2) => out.end(res2));
}

/** Runs a shell command under GNU time; returns wall seconds and peak RSS (MiB) of the largest process. */
function timed(cmd) {
  const hasTime = existsSync('/usr/bin/time');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    '/bin/sh',
    ['-c', hasTime ? `/usr/bin/time -v sh -c '${cmd.replace(/'/g, "'\\''")}' 2>&1 >/dev/null` : `${cmd} >/dev/null`],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stdout ?? '');
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stdout ?? '');
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stdout ?? '');
  if (r.status !== 0 && !/Exit status: 1\b/.test(r.stdout ?? ''))
    throw new Error(`failed (${r.status}): ${cmd}\n${r.stdout}\n${r.stderr}`);
  // CPU time (all processes of the pipeline) is what a busy shared machine distorts least.
  const cpu = user && sys ? Number(user[1]) + Number(sys[1]) : undefined;
  return { wall, cpu, rssMiB: m ? Number(m[1]) / 1024 : undefined };
}

const dir = mkdtempSync(join(tmpdir(), 'threatcat-bench-ingest-'));
const empty = mkdtempSync(join(tmpdir(), 'threatcat-bench-empty-'));
const big = join(dir, 'audit.jsonl');
const small = join(dir, 'audit-small.jsonl');
const cli = join(root, 'bin/threatcat.js');
if (!existsSync(join(root, 'dist/cli.cjs'))) throw new Error('run npm run build first');

try {
  process.stderr.write(`generating ${EVENTS} and ${SMALL} events in ${dir} …\n`);
  await generate(big, EVENTS, 42);
  await generate(small, SMALL, 42);
  const mb = statSync(big).size / 1e6;
  const smallMb = statSync(small).size / 1e6;
  // Parser threads as a user gets them (cores - 1, at most 4), unless THREATCAT_INGEST_THREADS is set; also one run
  // on this thread only, to show what the threads bring.
  const ingest = (f, threads) =>
    `${threads === undefined ? '' : `THREATCAT_INGEST_THREADS=${threads} `}node ${cli} ingest ${f} -C ${empty} --format json`;
  const jq = (f) =>
    `jq -r '[.user.username, .verb, (.objectRef.apiGroup // ""), ((.objectRef.resource // "") + (if .objectRef.subresource then "/" + .objectRef.subresource else "" end)), (.objectRef.namespace // ""), (if .responseStatus.code == 403 or .responseStatus.code == 401 then "forbid" else (.annotations["authorization.k8s.io/decision"] // "allow") end)] | @tsv' ${f} | sort | uniq -c`;
  // Warm the page cache so both tools read from memory.
  spawnSync('/bin/sh', ['-c', `cat ${big} ${small} > /dev/null`]);
  const smallRun = timed(ingest(small));
  const bigRun = timed(ingest(big));
  const oneThread = timed(ingest(big, 0));
  const jqRun = timed(jq(big));
  const groups = spawnSync('/bin/sh', ['-c', `${jq(big)} | wc -l`], { encoding: 'utf8' }).stdout.trim();
  const cpuOf = (r) => (r.cpu === undefined ? '?' : r.cpu.toFixed(2));
  const rate = (n, s) => `${Math.round(n / s / 1000)} k events/s`;
  const lines = [
    `ingest benchmark (${new Date().toISOString()}, node ${process.version})`,
    `  input: ${EVENTS} audit events, ${mb.toFixed(0)} MB (${Math.round((mb * 1e6) / EVENTS)} B/event); ${groups} (identity, verb, group, resource, namespace, decision) groups`,
    `  threatcat ingest ${EVENTS}: ${bigRun.wall.toFixed(2)} s wall (${cpuOf(bigRun)} s CPU), ${rate(EVENTS, bigRun.wall)}, ${(mb / bigRun.wall).toFixed(0)} MB/s, peak RSS ${bigRun.rssMiB?.toFixed(0) ?? '?'} MiB`,
    `  threatcat ingest ${EVENTS}, parsed on one thread (THREATCAT_INGEST_THREADS=0): ${oneThread.wall.toFixed(2)} s wall (${cpuOf(oneThread)} s CPU), ${rate(EVENTS, oneThread.wall)}, peak RSS ${oneThread.rssMiB?.toFixed(0) ?? '?'} MiB`,
    `  threatcat ingest ${SMALL}: ${smallRun.wall.toFixed(2)} s wall (${cpuOf(smallRun)} s CPU), ${rate(SMALL, smallRun.wall)}, ${(smallMb / smallRun.wall).toFixed(0)} MB/s, peak RSS ${smallRun.rssMiB?.toFixed(0) ?? '?'} MiB`,
    `  jq -r @tsv | sort | uniq -c ${EVENTS}: ${jqRun.wall.toFixed(2)} s wall (${cpuOf(jqRun)} s CPU), ${rate(EVENTS, jqRun.wall)}, peak RSS (largest process) ${jqRun.rssMiB?.toFixed(0) ?? '?'} MiB`,
    `  speed-up vs jq: ${(jqRun.wall / bigRun.wall).toFixed(2)}x wall, ${bigRun.cpu && jqRun.cpu ? (jqRun.cpu / bigRun.cpu).toFixed(2) : '?'}x CPU (target >= 3x wall); RSS goal <= 256 MiB at every size`,
    `  machine load average at the end: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${cpus().length} CPUs (wall times stretch under load; CPU times much less)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const figures = {
    bench: 'ingest',
    events: EVENTS,
    mb: Number(mb.toFixed(1)),
    groups: Number(groups),
    threatcat: {
      seconds: Number(bigRun.wall.toFixed(2)),
      cpuSeconds: bigRun.cpu && Number(bigRun.cpu.toFixed(2)),
      eventsPerSecond: Math.round(EVENTS / bigRun.wall),
      rssMiB: bigRun.rssMiB,
    },
    threatcatOneThread: {
      seconds: Number(oneThread.wall.toFixed(2)),
      cpuSeconds: oneThread.cpu && Number(oneThread.cpu.toFixed(2)),
      rssMiB: oneThread.rssMiB,
    },
    threatcatSmall: {
      events: SMALL,
      seconds: Number(smallRun.wall.toFixed(2)),
      cpuSeconds: smallRun.cpu && Number(smallRun.cpu.toFixed(2)),
      rssMiB: smallRun.rssMiB,
    },
    jq: {
      seconds: Number(jqRun.wall.toFixed(2)),
      cpuSeconds: jqRun.cpu && Number(jqRun.cpu.toFixed(2)),
      eventsPerSecond: Math.round(EVENTS / jqRun.wall),
      rssMiB: jqRun.rssMiB,
    },
    speedup: Number((jqRun.wall / bigRun.wall).toFixed(2)),
    speedupCpu: bigRun.cpu && jqRun.cpu ? Number((jqRun.cpu / bigRun.cpu).toFixed(2)) : null,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  mkdirSync(join(root, 'bench/out'), { recursive: true });
  writeFileSync(join(root, 'bench/out/ingest.json'), `${JSON.stringify(figures, null, 2)}\n`);
} finally {
  if (KEEP) process.stderr.write(`kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
}
