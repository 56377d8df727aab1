// Benchmark of `threatcat diff` on Kustomize apps (standalone: `node bench/kustomize.mjs`; bench/run.mjs calls it).
// Generates git repositories of N agents, each a Kustomize app (a base of 5 manifests, a prod overlay with a
// strategic-merge patch and an inline JSON 6902 patch, a catalog whose scope is the agent's folder), commits a
// change to C overlays (a model bump in the patch), and times the built CLI (`diff --format json`, the whole
// process) beside `kubectl kustomize` (or `kustomize build`) of the same C apps in both states, in the same run.
// Issue 10: 50 apps, 5 changed; time grows with the changed apps, not the repository (the 200-app case says so).
// Needs `npm run build` first and kubectl (1.27+) or kustomize (v5+); without them it says so and exits 0.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/threatcat.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const GIT_ENV = {
  ...process.env,
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

/** The kustomize to compare with: the one threatcat would pick. */
function kustomizeArgv() {
  if (spawnSync('kustomize', ['version']).status === 0) return ['kustomize', 'build'];
  if (spawnSync('kubectl', ['version', '--client']).status === 0) return ['kubectl', 'kustomize'];
  return undefined;
}

const pad = (i) => String(i).padStart(4, '0');

function appFiles(i, model) {
  const n = `agent-${pad(i)}`;
  const ns = `team-${i % 20}`;
  const tools = ['get_resources', 'get_logs', 'apply_manifest', 'patch_resource', 'delete_resource'];
  return {
    'base/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${ns}\nresources:\n  - agent.yaml\n  - model.yaml\n  - tools.yaml\n  - rbac.yaml\n  - config.yaml\n`,
    'base/agent.yaml': `apiVersion: kagent.dev/v1alpha2\nkind: Agent\nmetadata:\n  name: ${n}\nspec:\n  type: Declarative\n  declarative:\n    modelConfig: ${n}-model\n    systemMessage: |\n      You operate ${n}.\n    tools:\n      - type: McpServer\n        mcpServer:\n          apiGroup: kagent.dev\n          kind: RemoteMCPServer\n          name: ${n}-tools\n          toolNames: [${tools.join(', ')}]\n          requireApproval: [apply_manifest, delete_resource]\n    deployment:\n      serviceAccountName: ${n}-sa\n`,
    'base/model.yaml': `apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  name: ${n}-model\nspec:\n  provider: OpenAI\n  model: gpt-4o-mini\n  apiKeySecret: openai\n  apiKeySecretKey: KEY\n`,
    'base/tools.yaml': `apiVersion: kagent.dev/v1alpha2\nkind: RemoteMCPServer\nmetadata:\n  name: ${n}-tools\nspec:\n  description: tools\n  url: http://tools.${ns}:8084/mcp\n`,
    'base/rbac.yaml': `apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: ${n}-sa }\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: ${n} }\nrules:\n  - apiGroups: [""]\n    resources: [pods, pods/log, events]\n    verbs: [get, list, watch]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: { name: ${n} }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${n} }\nsubjects: [{ kind: ServiceAccount, name: ${n}-sa, namespace: ${ns} }]\n`,
    'base/config.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${n}-config\ndata:\n  LOG_LEVEL: info\n`,
    'overlays/prod/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\npatches:\n  - path: model-patch.yaml\n  - target: { kind: ConfigMap }\n    patch: |-\n      - op: replace\n        path: /data/LOG_LEVEL\n        value: warn\n`,
    'overlays/prod/model-patch.yaml': `apiVersion: kagent.dev/v1alpha2\nkind: ModelConfig\nmetadata:\n  name: ${n}-model\nspec:\n  model: ${model}\n`,
  };
}

function catalog(i) {
  const n = `agent-${pad(i)}`;
  const ns = `team-${i % 20}`;
  const f =
    '{ autonomyOfAction: 0.5, goalDrivenPlanning: 0.5, selfModification: 0, toolUse: 1, memoryUse: 0, contextualAwareness: 0.5, dynamicIdentity: 0, multiAgentInteractions: 0, nonDeterminism: 0.5, opacityAndReflexivity: 0.5 }';
  return `apiVersion: threatcat.dev/v1alpha1\nkind: ThreatCatalog\nmetadata:\n  name: ${n}\n  owners: { security: ["@sec"], platform: ["@plat"] }\nagent:\n  name: ${n}\n  workload: { kind: Agent, name: ${n}, namespace: ${ns} }\n  manifests: ["**/*.{yaml,yml,json}"]\n  autonomyTier: approval\n  aivss:\n    version: "0.5"\n    factors: ${f}\ncomponents:\n  - { id: model, category: inference, trustSource: { kind: ModelConfig, name: ${n}-model }, telemetry: [sdk-callback], blastSurface: [answers] }\n  - { id: tools, category: mcp-tool, trustSource: { kind: RemoteMCPServer, name: ${n}-tools }, telemetry: [mcp-log], blastSurface: [cluster] }\n  - { id: sa, category: identity, trustSource: { kind: ServiceAccount, name: ${n}-sa }, telemetry: [kube-audit], blastSurface: [pods] }\nthreats:\n  - id: T-MODEL-${i}\n    title: Prompt injection through the model\n    class: coercion\n    layer: L1\n    components: [model, tools]\n    status: closed\n    evidence: [{ source: sdk-callback, signal: { description: tool calls outside the baseline } }]\n`;
}

/** A repo of `apps` Kustomize apps at commit `base`, and a commit bumping the model in `changed` overlays. */
function makeRepo(apps, changed) {
  const dir = mkdtempSync(join(tmpdir(), 'threatcat-bench-kustomize-'));
  const write = (path, text) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  };
  for (let i = 0; i < apps; i++) {
    const d = join(dir, 'agents', `agent-${pad(i)}`);
    write(join(d, `agent-${pad(i)}.threats.yaml`), catalog(i));
    for (const [name, text] of Object.entries(appFiles(i, 'gpt-4o-2024-08-06'))) write(join(d, name), text);
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  const step = apps / changed;
  const touched = [];
  for (let k = 0; k < changed; k++) {
    const i = Math.floor(k * step);
    touched.push(`agents/agent-${pad(i)}/overlays/prod`);
    write(
      join(dir, 'agents', `agent-${pad(i)}`, 'overlays/prod/model-patch.yaml'),
      appFiles(i, 'gpt-4.1-2025-04-14')['overlays/prod/model-patch.yaml'],
    );
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'bump models in prod');
  return { dir, touched };
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function time(cmd, args, cwd) {
  const argv = TIME ? ['-f', '@@cpu %U %S', cmd, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(TIME ?? cmd, argv, { cwd, encoding: 'utf8', env: GIT_ENV, maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /@@cpu ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return { ms, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : Number.NaN, r };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(apps, changed, kustomize) {
  const { dir, touched } = makeRepo(apps, changed);
  try {
    const diff = [];
    const cpu = [];
    const ref = [];
    const refCpu = [];
    let out;
    for (let run = 0; run < RUNS; run++) {
      const d = time(process.execPath, [BIN, 'diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'], dir);
      if (d.r.status !== 0 && d.r.status !== 1) throw new Error(`diff exited ${d.r.status}: ${d.r.stderr}`);
      out = JSON.parse(d.r.stdout);
      diff.push(d.ms);
      cpu.push(d.cpu);
      // The same apps built the plain way, once per state (the working tree holds head; both builds cost the same).
      let ms = 0;
      let c = 0;
      for (let s = 0; s < 2; s++) {
        for (const app of touched) {
          const k = time(kustomize[0], [...kustomize.slice(1), app], dir);
          if (k.r.status !== 0) throw new Error(`${kustomize.join(' ')} ${app}: ${k.r.stderr}`);
          ms += k.ms;
          c += k.cpu;
        }
      }
      ref.push(ms);
      refCpu.push(c);
    }
    const events = out.events.filter((e) => e.type === 'model-version-updated').length;
    if (events !== changed)
      throw new Error(`expected ${changed} model-version-updated events, got ${out.events.length}`);
    const atPatch = out.events.every((e) => e.file.endsWith('overlays/prod/model-patch.yaml'));
    if (!atPatch) throw new Error(`events not at the overlay patch: ${JSON.stringify(out.events.map((e) => e.file))}`);
    return {
      apps,
      changed,
      diff: median(diff),
      diffMin: Math.min(...diff),
      cpu: median(cpu),
      kustomize: median(ref),
      kustomizeCpu: median(refCpu),
      ratio: median(diff) / median(ref),
      events,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kustomize = kustomizeArgv();
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
if (!kustomize) {
  console.log('threatcat diff on Kustomize apps: skipped (neither kubectl nor kustomize is installed)');
  process.exit(0);
}
const cases = process.argv.includes('--quick')
  ? [[50, 5]]
  : [
      [50, 5],
      [200, 5],
      [50, 25],
    ];
console.log(
  `threatcat diff on Kustomize apps (whole CLI process, median of ${RUNS}) beside \`${kustomize.join(' ')}\` of the changed apps in both states`,
);
console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (wall times scale with it on a shared machine)`,
);
console.log(
  'apps | changed | diff wall ms (min) | diff CPU ms | kustomize of the changed apps ×2 states: wall ms | CPU ms | diff / kustomize (wall)',
);
const rows = [];
for (const [apps, changed] of cases) {
  const m = measure(apps, changed, kustomize);
  rows.push(m);
  console.log(
    `${String(m.apps).padStart(4)} | ${String(m.changed).padStart(7)} | ${m.diff.toFixed(0).padStart(11)} (${m.diffMin.toFixed(0)}) | ${m.cpu.toFixed(0).padStart(11)} | ${m.kustomize.toFixed(0).padStart(47)} | ${m.kustomizeCpu.toFixed(0).padStart(6)} | ${m.ratio.toFixed(2)}x`,
  );
}
const small = rows.find((r) => r.apps === 50 && r.changed === 5);
const large = rows.find((r) => r.apps === 200 && r.changed === 5);
if (small && large)
  console.log(
    `repository ×4 (50 → 200 apps), same 5 changed: diff CPU ×${(large.cpu / small.cpu).toFixed(2)}, wall ×${(large.diff / small.diff).toFixed(2)}`,
  );
writeFileSync(
  join(ROOT, 'bench/out/kustomize.json'),
  `${JSON.stringify({ runs: RUNS, tool: kustomize.join(' '), cases: Object.fromEntries(rows.map((r) => [`${r.apps}apps-${r.changed}changed`, r])) }, null, 2)}\n`,
);
