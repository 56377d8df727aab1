// `npm run fuzz`: every fuzz target of test/fuzz/targets.ts at scale (default 100,000 inputs in all, shared by
// weight), printing per target the inputs run, the time taken and each failure with its seed and path, so that
// `npm run fuzz -- --only NAME --seed S --path P` replays it. Exit 1 when any property failed.
//   --runs N   inputs in all (default 100000)     --seed S   first seed (default: random)
//   --only X   targets whose name contains X      --path P   replay one counterexample (with --seed)
import fc from 'fast-check';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    only: { type: 'string' },
    path: { type: 'string' },
  },
});
const { TARGETS } = await import('../test/fuzz/targets.ts');
const targets = TARGETS.filter((t) => !values.only || t.name.includes(values.only));
const total = Number(values.runs);
const weights = targets.reduce((n, t) => n + t.weight, 0);
const MAX_FAILURES = 5;

let inputs = 0;
let failures = 0;
const started = performance.now();
for (const target of targets) {
  const planned = Math.max(1, Math.ceil((total * target.weight) / weights));
  let remaining = planned;
  let run = 0;
  const found = [];
  const t0 = performance.now();
  let seed = values.seed !== undefined ? Number(values.seed) : Date.now() ^ (Math.random() * 2 ** 31);
  while (remaining > 0 && found.length < MAX_FAILURES) {
    const details = await fc.check(target.property(), {
      numRuns: remaining,
      seed,
      ...(values.path ? { path: values.path } : {}),
      endOnFailure: false,
    });
    const done = details.failed ? details.numRuns : remaining;
    run += done;
    remaining -= done;
    if (details.failed) {
      found.push({
        seed: details.seed,
        path: details.counterexamplePath,
        error: String(details.errorInstance?.message ?? details.error)
          .split('\n')
          .slice(0, 6)
          .join('\n    '),
        counterexample: JSON.stringify(details.counterexample).slice(0, 400),
      });
      if (values.path) break;
    }
    seed = (seed * 1103515245 + 12345) | 0;
  }
  inputs += run;
  failures += found.length;
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `${found.length ? 'FAIL' : 'ok  '}  ${target.name.padEnd(40)} ${String(run).padStart(7)} inputs  ${secs.padStart(6)} s  ${found.length} failure(s)`,
  );
  for (const f of found) {
    console.log(`    seed ${f.seed} path ${f.path}: ${f.error}`);
    console.log(`    counterexample: ${f.counterexample}`);
  }
}
const secs = ((performance.now() - started) / 1000).toFixed(0);
console.log(`threatcat fuzz: ${inputs} inputs over ${targets.length} targets in ${secs} s, ${failures} failure(s)`);
process.exit(failures > 0 ? 1 : 0);
