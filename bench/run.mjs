// `npm run bench`: every benchmark in one run, each script printing its own figures.
//   npm run bench                 validate (full), diff and ingest (if present; ingest at a reduced size)
//   npm run bench -- --full       ingest at its full default size (1,000,000 audit events, ~650 MB)
//   npm run bench -- --quick      fewer runs for validate
// Scripts written by other parts (bench/diff.mjs, bench/ingest.mjs) run only when they exist.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('.', import.meta.url));
const full = process.argv.includes('--full');
const quick = process.argv.includes('--quick');
const plan = [
  ['validate', quick ? ['--quick'] : []],
  ['diff', []],
  // ingest defaults to a 1M-event (~650 MB) log; a tenth of it shows the same throughput in a fraction of the time.
  ['ingest', full ? [] : ['--events', '100000', '--small', '20000']],
];
let failed = false;
for (const [name, args] of plan) {
  const script = join(dir, `${name}.mjs`);
  if (!existsSync(script)) continue;
  console.log(`\n=== node bench/${name}.mjs ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [script, ...args], {
    stdio: 'inherit',
    env: { ...process.env, THREATCAT_BENCH_FULL: full ? '1' : '' },
  });
  if (r.status !== 0) {
    console.error(`bench/${name}.mjs failed (exit ${r.status})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
