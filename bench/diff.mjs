// Benchmark of `threatcat diff` (standalone: `node bench/diff.mjs`; bench/run.mjs may call it).
// Generates git repositories of N manifest files (5 per agent, one catalog per agent), commits a change that
// touches C of them (model bumps), and times the built CLI (`bin/threatcat.js diff --format json`, a whole
// process, startup included) beside a floor measured in the same run, interleaved with it: one process that
// lists the changed files, reads their blobs in both states with `git cat-file --batch` and parses them with
// js-yaml (bench/diff-floor.mjs), and nothing else.
// Targets (issues #3, #13): 5,000 files, 500 changed: diff ≤ 2 s and ≤ 3× the floor; time grows with the changed
// files, not the repository (10,000 files with the same 500 changed take about as long). bench/targets.mjs
// judges them. Needs `npm run build` first (dist/). Options: --target-only (5,000 files, 500 changed), --quick
// (the two 500-changed cases), --full (more cases). Prints a table.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/threatcat.js');
const FLOOR = join(ROOT, 'bench/diff-floor.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FILES_PER_AGENT = 5;
// Each command starts from V8's code cache after its first run (src/cli/code-cache.ts), as on a developer's
// machine: the bench keeps its own folder, filled by a first run that is not counted.
const CODE_CACHE = join(ROOT, 'bench/out/code-cache');
const GIT_ENV = {
  ...process.env,
  THREATCAT_CODE_CACHE: CODE_CACHE,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: GIT_ENV, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const pad = (i) => String(i).padStart(5, '0');

function agentFiles(i, model) {
  const n = `agent-${pad(i)}`;
  const ns = `team-${i % 20}`;
  const tools = ['get_resources', 'get_logs', 'apply_manifest', 'patch_resource', 'delete_resource'];
  return {
    'agent.yaml': `# Agent ${n}\napiVersion: kagent.dev/v1alpha2\nkind: Agent\nmetadata:\n  name: ${n}\n  namespace: ${ns}\n  labels: { team: "${ns}" }\nspec:\n  type: Declarative\n  declarative:\n    modelConfig: ${n}-model\n    systemMessage: |\n      You operate ${n}.\n    tools:\n      - type: McpServer\n        mcpServer:\n          apiGroup: kagent.dev\n          kind: RemoteMCPServer\n          name: ${n}-tools\n          toolNames: [${tools.join(', ')}]\n          requireApproval: [apply_manifest, delete_resource]\n    deployment:\n      replicas: 1\n      serviceAccountName: ${n}-sa\n`,
    'model.yaml': `apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  name: ${n}-model\n  namespace: ${ns}\nspec:\n  provider: OpenAI\n  model: ${model}\n  apiKeySecret: openai\n  apiKeySecretKey: KEY\n`,
    'tools.yaml': `apiVersion: kagent.dev/v1alpha2\nkind: RemoteMCPServer\nmetadata:\n  name: ${n}-tools\n  namespace: ${ns}\nspec:\n  description: tools\n  url: http://tools.${ns}:8084/mcp\nstatus:\n  discoveredTools:\n${tools.map((t) => `    - name: ${t}\n      description: ${t.replace('_', ' ')} in the cluster\n`).join('')}`,
    'rbac.yaml': `apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: ${n}-sa, namespace: ${ns} }\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: ${n} }\nrules:\n  - apiGroups: [""]\n    resources: [pods, pods/log, events]\n    verbs: [get, list, watch]\n  - apiGroups: [apps]\n    resources: [deployments]\n    verbs: [get, patch]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: { name: ${n} }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${n} }\nsubjects: [{ kind: ServiceAccount, name: ${n}-sa, namespace: ${ns} }]\n`,
    'config.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${n}-config\n  namespace: ${ns}\ndata:\n  LOG_LEVEL: info\n  REGION: eu-west-1\n`,
  };
}

function catalog(i) {
  const n = `agent-${pad(i)}`;
  const ns = `team-${i % 20}`;
  const f =
    '{ autonomyOfAction: 0.5, goalDrivenPlanning: 0.5, selfModification: 0, toolUse: 1, memoryUse: 0, contextualAwareness: 0.5, dynamicIdentity: 0, multiAgentInteractions: 0, nonDeterminism: 0.5, opacityAndReflexivity: 0.5 }';
  return `apiVersion: threatcat.dev/v1alpha1\nkind: ThreatCatalog\nmetadata:\n  name: ${n}\n  owners: { security: ["@sec"], platform: ["@plat"] }\nagent:\n  name: ${n}\n  workload: { kind: Agent, name: ${n}, namespace: ${ns} }\n  manifests: ["manifests/*.yaml"]\n  autonomyTier: approval\n  aivss:\n    version: "0.5"\n    factors: ${f}\ncomponents:\n  - { id: model, category: inference, trustSource: { kind: ModelConfig, name: ${n}-model }, telemetry: [sdk-callback], blastSurface: [answers] }\n  - { id: tools, category: mcp-tool, trustSource: { kind: RemoteMCPServer, name: ${n}-tools }, telemetry: [mcp-log], blastSurface: [cluster] }\n  - { id: sa, category: identity, trustSource: { kind: ServiceAccount, name: ${n}-sa }, telemetry: [kube-audit], blastSurface: [pods] }\nthreats:\n  - id: T-MODEL\n    title: Prompt injection through the model\n    class: coercion\n    layer: L1\n    components: [model, tools]\n    status: closed\n    evidence: [{ source: sdk-callback, signal: { description: tool calls outside the baseline } }]\n  - id: T-RBAC\n    title: Stolen token\n    class: compromise\n    layer: L4\n    components: [sa]\n    status: closed\n    evidence: [{ source: kube-audit, signal: { description: token used outside the pod } }]\n`;
}

/** A repo of `agents` agents (5 manifest files each) at commit `base`, and a commit bumping `changed` model files. */
function makeRepo(agents, changed) {
  const dir = mkdtempSync(join(tmpdir(), 'threatcat-bench-'));
  for (let i = 0; i < agents; i++) {
    const d = join(dir, 'agents', `agent-${pad(i)}`);
    mkdirSync(join(d, 'manifests'), { recursive: true });
    writeFileSync(join(d, `agent-${pad(i)}.threats.yaml`), catalog(i));
    for (const [name, text] of Object.entries(agentFiles(i, 'gpt-4o-2024-08-06')))
      writeFileSync(join(d, 'manifests', name), text);
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  // Spread the change over the repository: every (agents/changed)-th agent.
  const step = agents / changed;
  for (let k = 0; k < changed; k++) {
    const i = Math.floor(k * step);
    writeFileSync(
      join(dir, 'agents', `agent-${pad(i)}`, 'manifests', 'model.yaml'),
      agentFiles(i, 'gpt-4.1-2025-04-14')['model.yaml'],
    );
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'bump models');
  return dir;
}

// CPU time (user + sys, git children included) says what the work costs when the machine is shared.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function time(cmd, args, cwd) {
  const argv = TIME ? ['-f', '@@cpu %U %S', cmd, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(TIME ?? cmd, argv, { cwd, encoding: 'utf8', env: GIT_ENV, maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /@@cpu ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return { ms, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, r };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(agents, changed) {
  const dir = makeRepo(agents, changed);
  try {
    const diffMs = [];
    const diffCpu = [];
    const gitMs = [];
    const floorMs = [];
    const floorCpu = [];
    const ratios = [];
    let out;
    time(process.execPath, [BIN, 'diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'], dir);
    for (let run = 0; run < RUNS; run++) {
      const d = time(process.execPath, [BIN, 'diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'], dir);
      if (d.r.status !== 1 && d.r.status !== 0) throw new Error(`diff exited ${d.r.status}: ${d.r.stderr}`);
      out = JSON.parse(d.r.stdout);
      diffMs.push(d.ms);
      diffCpu.push(d.cpu);
      gitMs.push(time('git', ['diff', '--name-only', 'HEAD~1', 'HEAD'], dir).ms);
      const f = time(process.execPath, [FLOOR, 'HEAD~1', 'HEAD'], dir);
      if (f.r.status !== 0) throw new Error(`the diff floor failed: ${f.r.stderr}`);
      floorMs.push(f.ms);
      floorCpu.push(f.cpu);
      // Each run beside its own floor: load that comes and goes on a shared machine hits both alike.
      ratios.push(d.ms / f.ms);
    }
    const events = out.events.length;
    if (events !== changed) throw new Error(`expected ${changed} model-version-updated events, got ${events}`);
    return {
      files: agents * FILES_PER_AGENT,
      changed,
      diff: median(diffMs),
      diffMin: Math.min(...diffMs),
      cpu: median(diffCpu),
      git: median(gitMs),
      floor: median(floorMs),
      floorMin: Math.min(...floorMs),
      floorCpu: median(floorCpu),
      ratio: median(ratios),
      cpuRatio: median(diffCpu) / median(floorCpu),
      events,
      reopen: out.reopen.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// [agents, changed files]: the target case, fewer and more changed files, and a repository twice the size.
const full = process.argv.includes('--full') || process.env.THREATCAT_BENCH_FULL === '1';
const quick = process.argv.includes('--quick');
const cases = process.argv.includes('--target-only')
  ? [[1000, 500]]
  : quick
    ? [
        [1000, 500],
        [2000, 500],
      ]
    : full
      ? [
          [1000, 50],
          [1000, 500],
          [1000, 1000],
          [2000, 500],
          [2000, 1000],
        ]
      : [
          [1000, 50],
          [1000, 500],
          [2000, 500],
        ];
console.log(
  `threatcat diff benchmark (whole CLI process, median of ${RUNS}; ${FILES_PER_AGENT} manifest files + 1 catalog per agent)`,
);
console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (${process.env.BENCH_NOTE ?? 'wall times scale with it on a shared machine'})`,
);
console.log(
  'manifest files | changed files | diff wall ms (min) | diff CPU ms | floor wall ms (CPU) | diff/floor | git diff --name-only ms | events | threats to re-open',
);
const rows = [];
for (const [agents, changed] of cases) {
  const m = measure(agents, changed);
  rows.push(m);
  console.log(
    `${String(m.files).padStart(14)} | ${String(m.changed).padStart(13)} | ${m.diff.toFixed(0).padStart(11)} (${m.diffMin.toFixed(0)}) | ${m.cpu.toFixed(0).padStart(11)} | ${`${m.floor.toFixed(0)} (${m.floorCpu.toFixed(0)})`.padStart(19)} | ${m.ratio.toFixed(2).padStart(10)} | ${m.git.toFixed(1).padStart(23)} | ${String(m.events).padStart(6)} | ${m.reopen}`,
  );
}
const main = rows.find((r) => r.files === 5000 && r.changed === 500);
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench/out/diff.json'),
  `${JSON.stringify({ runs: RUNS, cases: Object.fromEntries(rows.map((r) => [`${r.files}files-${r.changed}changed`, r])) }, null, 2)}\n`,
);
if (main) {
  console.log(
    `5,000 files, 500 changed: ${main.diff.toFixed(0)} ms wall (min ${main.diffMin.toFixed(0)}), ${main.cpu.toFixed(0)} ms CPU, ${main.ratio.toFixed(2)}x the floor; load average now ${loadavg()[0].toFixed(1)}`,
  );
}
