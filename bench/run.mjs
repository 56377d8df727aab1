// `npm run bench`: every benchmark in one run, each script printing its own figures.
//   npm run bench                 validate (full), diff, diff --write, diff on Kustomize apps and ingest (if present; ingest at a reduced size)
//   npm run bench -- --full       ingest at its full default size (1,000,000 audit events, ~650 MB)
//   npm run bench -- --quick      fewer runs and cases for validate, diff, diff --write and kustomize
// Scripts written by other parts (bench/diff.mjs, bench/ingest.mjs) run only when they exist.
// Each script writes its figures to bench/out/<name>.json; this run gathers them in bench/out/last.json (gitignored)
// and prints the ratio of every figure to the run before (kept as bench/out/previous.json). Then each target of
// issue 13 (bench/targets.mjs) with PASS or FAIL, also written to last.json as `targets`; exits 1 if one fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { record } from './record.mjs';
import { judge, targetLines } from './targets.mjs';

const dir = fileURLToPath(new URL('.', import.meta.url));
const full = process.argv.includes('--full');
const quick = process.argv.includes('--quick');
const plan = [
  ['validate', quick ? ['--quick'] : []],
  ['diff', quick ? ['--quick'] : []],
  // diff --write with many edits on large catalogs (5,000 dismissed templates; 3,000 threats re-opened).
  ['write', quick ? ['--quick'] : []],
  // diff on Kustomize apps beside kubectl kustomize of the same apps (skips itself without kubectl/kustomize).
  ['kustomize', quick ? ['--quick'] : []],
  // ingest defaults to a 1M-event (~650 MB) log; a tenth of it shows the same throughput in a fraction of the time.
  ['ingest', full ? [] : ['--events', '100000', '--small', '20000']],
];
const out = join(dir, 'out');
const benches = {};
let failed = false;
for (const [name, args] of plan) {
  const script = join(dir, `${name}.mjs`);
  if (!existsSync(script)) continue;
  const figures = join(out, `${name}.json`);
  rmSync(figures, { force: true }); // never a stale file from an earlier run
  console.log(`\n=== node bench/${name}.mjs ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [script, ...args], {
    stdio: 'inherit',
    env: { ...process.env, THREATCAT_BENCH_FULL: full ? '1' : '' },
  });
  if (r.status !== 0) {
    console.error(`bench/${name}.mjs failed (exit ${r.status})`);
    failed = true;
  }
  if (existsSync(figures)) benches[name] = JSON.parse(readFileSync(figures, 'utf8'));
}
const targets = judge(benches);
let before = [];
try {
  before = JSON.parse(readFileSync(join(out, 'last.json'), 'utf8')).targets ?? [];
} catch {
  before = []; // no earlier run, or one from before targets were recorded
}
const lines = record(out, {
  at: new Date().toISOString(),
  args: process.argv.slice(2),
  node: process.version,
  cpus: cpus().length,
  load: loadavg().map((l) => Number(l.toFixed(2))),
  targets,
  benches,
});
console.log(`\nfigures: ${join(out, 'last.json')}`);
if (lines.length > 0) console.log(lines.join('\n'));
console.log(`\ntargets (issue 13; machine load now ${loadavg()[0].toFixed(2)} on ${cpus().length} cores):`);
console.log(targetLines(targets, before).join('\n'));
process.exit(failed || targets.some((t) => t.pass === false) ? 1 : 0);
