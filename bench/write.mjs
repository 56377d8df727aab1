// Benchmark of `threatcat diff --write` on large catalogs with many edits (standalone: `node bench/write.mjs`;
// bench/run.mjs calls it). The plan's edits are applied to the catalog's text (src/render/yaml-edit.ts); parsing it
// once per edit made the time grow with edits x size. Each case beside a peer measured in the same run:
//   dismissed  an agent `init` modelled and converged, with D dismissed templates, bound to the built-in `edit`
//              role: the plan re-opens threats, adds the library threats the grant makes apply (with their
//              reasons), refreshes factors and scores (about 70 edits). D = 5,000 beside D = 500 (the catalog
//              10x larger), and beside one `yaml` parseDocument + toString of the 5,000 catalog (CPU time).
//   reopen     N threats a model bump re-opens (two edits each): N = 3,000 beside N = 300 (10x the catalog and the
//              edits: time linear in both grows about 10x, one parse per edit about 100x).
// Whole CLI processes (startup included), median of RUNS. Needs `npm run build` first (dist/). Options: --quick
// (one run each). Writes bench/out/write.json; bench/targets.mjs judges the ratios.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/threatcat.js');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : Number(process.env.BENCH_RUNS ?? 3);
const yaml = createRequire(import.meta.url)(join(ROOT, 'dist/vendor/yaml.cjs'));
const ENV = {
  ...process.env,
  THREATCAT_CODE_CACHE: join(ROOT, 'bench/out/code-cache'),
  THREATCAT_NOW: '2026-11-21T12:00:00Z',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function run(cmd, args, cwd, ok = [0]) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: ENV, maxBuffer: 1 << 28 });
  if (!ok.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stdout}${r.stderr}`);
  return r.stdout;
}
const git = (cwd, ...args) => run('git', args, cwd);

/** Wall and CPU ms (user + sys, children included) of one process. */
function time(args, cwd) {
  const argv = TIME ? ['-f', '@@cpu %U %S', process.execPath, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(TIME ?? process.execPath, argv, { cwd, encoding: 'utf8', env: ENV, maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stdout}${r.stderr}`);
  const m = /@@cpu ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return { ms, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : Number.NaN };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function repo(files) {
  const dir = mkdtempSync(join(tmpdir(), 'threatcat-bench-write-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function commitAll(dir, message) {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', message);
}

/** `diff --write` RUNS times, the catalog restored before each; returns medians and the edits' effect. */
function measureWrite(dir, catalog) {
  const ms = [];
  const cpu = [];
  let written = '';
  for (let i = 0; i < RUNS; i++) {
    git(dir, 'checkout', '-q', '--', catalog);
    const t = time([BIN, 'diff', '--base', 'main', '--write'], dir);
    ms.push(t.ms);
    cpu.push(t.cpu);
    written = readFileSync(join(dir, catalog), 'utf8');
  }
  const before = git(dir, 'show', `HEAD:${catalog}`);
  if (written === before) throw new Error(`diff --write changed nothing in ${catalog}`);
  return { ms: median(ms), cpu: median(cpu), bytes: before.length };
}

// --- dismissed ---------------------------------------------------------------------------------------------

const RBAC = `apiVersion: v1
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
`;
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
const DEPLOYMENT = `apiVersion: apps/v1
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
`;
const TRIAGE_CATALOG = 'apps/triage/triage-bot.threats.yaml';

/** init's catalog of the triage agent, converged: every threat closed on a validated first signal. */
function convergedTriage() {
  const dir = repo({ 'apps/triage/deployment.yaml': DEPLOYMENT, 'apps/triage/rbac.yaml': RBAC });
  try {
    run(process.execPath, [BIN, 'init', '--agent', 'triage-bot', '-C', dir, 'apps/triage'], dir);
    const doc = yaml.parseDocument(readFileSync(join(dir, TRIAGE_CATALOG), 'utf8'));
    for (const t of doc.get('threats').items) {
      t.set('status', 'closed');
      t.get('evidence').items[0].set(
        'validated',
        doc.createNode({ at: '2026-11-01T10:00:00Z', snapshot: `sha256:${'a'.repeat(64)}`, events: 1000 }),
      );
    }
    return doc.toString({ lineWidth: 120 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function dismissedCase(catalog, dismissed) {
  const list = Array.from(
    { length: dismissed },
    (_, i) =>
      `  - template: ${i % 2 ? 'L7-delegation-hijack' : 'L7-subagent-cascade'}\n    reason: no delegation here (${i})\n`,
  ).join('');
  const text = `${catalog}dismissed:\n${list}`;
  const dir = repo({
    'apps/triage/deployment.yaml': DEPLOYMENT,
    'apps/triage/rbac.yaml': RBAC,
    [TRIAGE_CATALOG]: text,
  });
  try {
    git(dir, 'init', '-q', '-b', 'main');
    commitAll(dir, 'converged');
    git(dir, 'checkout', '-q', '-b', 'pr');
    writeFileSync(join(dir, 'apps/triage/rbac.yaml'), RBAC + EDIT_BINDING);
    commitAll(dir, 'triage-bot may edit its namespace');
    return {
      dismissed,
      ...measureWrite(dir, TRIAGE_CATALOG),
      ...(dismissed >= 5000 ? { parse: parsePeer(text) } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One `yaml` parseDocument + toString of the text in a fresh process: its own CPU time (no startup, and a busy
 * machine slows it as it slows the writes), median ms.
 */
function parsePeer(text) {
  const file = join(mkdtempSync(join(tmpdir(), 'threatcat-bench-parse-')), 'catalog.yaml');
  writeFileSync(file, text);
  const code = `const y=require(${JSON.stringify(join(ROOT, 'dist/vendor/yaml.cjs'))});const t=require('fs').readFileSync(${JSON.stringify(file)},'utf8');const c=process.cpuUsage();y.parseDocument(t,{uniqueKeys:false}).toString();const d=process.cpuUsage(c);console.log((d.user+d.system)/1000)`;
  const ms = [];
  for (let i = 0; i < Math.max(3, RUNS); i++) ms.push(Number(run(process.execPath, ['-e', code], ROOT)));
  rmSync(dirname(file), { recursive: true, force: true });
  return median(ms);
}

// --- reopen ------------------------------------------------------------------------------------------------

const AGENT = `apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata:
  name: ops
  namespace: agents
spec:
  type: Declarative
  declarative:
    modelConfig: ops-model
    systemMessage: You operate the cluster.
    tools:
      - type: McpServer
        mcpServer:
          apiGroup: kagent.dev
          kind: RemoteMCPServer
          name: ops-tools
          toolNames: [get_resources, apply_manifest]
          requireApproval: [apply_manifest]
`;
const model = (name) =>
  `apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  name: ops-model\n  namespace: agents\nspec:\n  provider: OpenAI\n  model: ${name}\n  apiKeySecret: openai\n  apiKeySecretKey: KEY\n`;
const TOOLS = `apiVersion: kagent.dev/v1alpha2
kind: RemoteMCPServer
metadata:
  name: ops-tools
  namespace: agents
spec:
  description: tools
  url: http://tools.agents:8084/mcp
`;

function reopenCatalog(threats) {
  const head = `apiVersion: threatcat.dev/v1alpha1
kind: ThreatCatalog
metadata:
  name: ops
  owners: { security: ["@sec"], platform: ["@plat"] }
agent:
  name: ops
  workload: { kind: Agent, name: ops, namespace: agents }
  manifests: ["manifests/*.yaml"]
  autonomyTier: approval
  aivss:
    version: "0.5"
    factors: { autonomyOfAction: 0.5, goalDrivenPlanning: 0.5, selfModification: 0, toolUse: 1, memoryUse: 0, contextualAwareness: 0.5, dynamicIdentity: 0, multiAgentInteractions: 0, nonDeterminism: 0.5, opacityAndReflexivity: 0.5 }
components:
  - { id: model, category: inference, trustSource: { kind: ModelConfig, name: ops-model }, telemetry: [sdk-callback], blastSurface: [answers] }
  - { id: tools, category: mcp-tool, trustSource: { kind: RemoteMCPServer, name: ops-tools }, telemetry: [mcp-log], blastSurface: [cluster] }
threats:
`;
  let body = '';
  for (let i = 0; i < threats; i++)
    body += `  - id: T-${String(i).padStart(5, '0')}
    title: Prompt injection through the model (${i})
    class: coercion
    layer: L1
    components: [model, tools]
    status: closed # validated in the October window
    evidence: [{ source: sdk-callback, signal: { description: tool calls outside the baseline } }]
`;
  return head + body;
}

function reopenCase(threats) {
  const catalog = 'ops.threats.yaml';
  const dir = repo({
    [catalog]: reopenCatalog(threats),
    'manifests/agent.yaml': AGENT,
    'manifests/model.yaml': model('gpt-4o-2024-08-06'),
    'manifests/tools.yaml': TOOLS,
  });
  try {
    git(dir, 'init', '-q', '-b', 'main');
    commitAll(dir, 'base');
    git(dir, 'checkout', '-q', '-b', 'pr');
    writeFileSync(join(dir, 'manifests/model.yaml'), model('gpt-4.1-2025-04-14'));
    commitAll(dir, 'bump the model');
    const result = measureWrite(dir, catalog);
    const reopened = readFileSync(join(dir, catalog), 'utf8').split('\n    reopened:\n').length - 1;
    if (reopened !== threats) throw new Error(`expected ${threats} threats re-opened, found ${reopened}`);
    return { threats, ...result };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- run ---------------------------------------------------------------------------------------------------

console.log(`threatcat diff --write benchmark (whole CLI process, median of ${RUNS})`);
console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const triage = convergedTriage();
const small = dismissedCase(triage, 500);
const large = dismissedCase(triage, 5000);
// BENCH_WRITE_REOPEN=300,3000: the two sizes of the reopen case (the text below assumes 10x).
const [fewN, manyN] = (process.env.BENCH_WRITE_REOPEN ?? '300,3000').split(',').map(Number);
const few = reopenCase(fewN);
const many = reopenCase(manyN);
const figures = {
  runs: RUNS,
  dismissed: {
    small,
    large,
    // 10x the catalog, the same plan: the time follows the size (one parse per edit multiplied it by the edits).
    growth: large.cpu / small.cpu,
    overParse: large.cpu / large.parse,
  },
  reopen: { few, many, growth: many.cpu / few.cpu },
};
const row = (label, r) =>
  `${label.padEnd(44)} ${r.ms.toFixed(0).padStart(7)} ms wall ${r.cpu.toFixed(0).padStart(7)} ms CPU  (${(r.bytes / 1024).toFixed(0)} KiB catalog)`;
console.log(row('diff --write, 500 dismissed', small));
console.log(row('diff --write, 5,000 dismissed', large));
console.log(
  `${'one yaml parse + toString of that catalog'.padEnd(44)} ${' '.repeat(15)} ${large.parse.toFixed(0).padStart(7)} ms CPU`,
);
console.log(row(`diff --write, ${fewN} threats re-opened`, few));
console.log(row(`diff --write, ${manyN} threats re-opened`, many));
console.log(
  `5,000 dismissed: ${figures.dismissed.growth.toFixed(2)}x the CPU of 500, ${figures.dismissed.overParse.toFixed(1)}x one parse; ${manyN} re-opened: ${figures.reopen.growth.toFixed(2)}x the CPU of ${fewN}; load average now ${loadavg()[0].toFixed(1)}`,
);
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(join(ROOT, 'bench/out/write.json'), `${JSON.stringify(figures, null, 2)}\n`);
