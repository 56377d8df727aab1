// `threatcat validate` speed: the pre-commit hook must feel instant (issue #2).
//  1. cold start on one catalog vs `node -e 0` (target: within 100 ms);
//  2. 200 catalogs of 40 threats in one process vs the parsing floor (bare js-yaml load, run alternately with it;
//     target: <= 1.5x);
//  3. the same with 20 catalogs that have a finding (the `yaml` locator is loaded only then).
// Run through `npm run bench` (builds first). Writes bench/out/validate.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { measure, measurePaired, row, timer, fmt } from './measure.mjs';
import { writeCatalogs } from './catalogs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench/out');
mkdirSync(out, { recursive: true });
const node = process.execPath;
const bin = join(root, 'bin/threatcat.js');
const example = join(root, 'examples/k8s-ops');
const quick = process.argv.includes('--quick');
const runs = quick ? 8 : 30;

// validate is compiled from V8's code cache once a first run has saved it (src/cli/code-cache.ts), as on every
// commit after the first: the bench keeps its own cache folder, filled by the check and warm-up runs. The cold start
// is measured without it too.
const codeCache = join(out, 'code-cache');
rmSync(codeCache, { recursive: true, force: true });
const withCache = { THREATCAT_CODE_CACHE: codeCache };
const noCache = { THREATCAT_CODE_CACHE: 'off' };

function mustExit(argv, code) {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', env: { ...process.env, ...withCache } });
  if (r.status !== code)
    throw new Error(
      `${argv.join(' ')} exited ${r.status}, expected ${code}: ${`${r.stdout}${r.stderr}`.slice(0, 2000)}`,
    );
}

console.log(`threatcat validate benchmark (${timer}, node ${process.version})\n`);

// 1. Cold start.
mustExit([node, bin, 'validate', '-C', example], 0);
if (!readdirSync(codeCache).some((f) => f.endsWith('.v8')))
  throw new Error(`validate saved no code cache in ${codeCache}`);
const floor = measure([node, '-e', '0'], { runs, warmup: 5 });
const cold = measure([node, bin, 'validate', '-C', example], { runs, warmup: 5, env: withCache });
const coldNoCache = measure([node, bin, 'validate', '-C', example], { runs, warmup: 5, env: noCache });
console.log(row('node -e 0', floor));
console.log(row('threatcat validate (examples/k8s-ops, 1 catalog)', cold));
console.log(row('  the same without the code cache (a first run)', coldNoCache));
const coldDiff = cold.median - floor.median;
const cpuDiff = cold.cpu !== undefined ? ` (cpu +${fmt(cold.cpu - floor.cpu)})` : '';
console.log(
  `  cold start: +${fmt(coldDiff)} over node -e 0 (medians; fastest runs: +${fmt(cold.min - floor.min)})${cpuDiff}, ratio ${(cold.median / floor.median).toFixed(2)}x; target +100 ms: ${coldDiff <= 100 ? 'met' : 'MISSED'}`,
);
console.log(`  without the code cache: +${fmt(coldNoCache.median - floor.median)} over node -e 0`);
console.log(
  `  machine load while measuring: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (1/5/15 min) on ${cpus().length} cores\n`,
);

// 2. Bulk, clean.
const bulk = join(out, 'bulk');
const files = writeCatalogs(bulk, 200, 40);
mustExit([node, bin, 'validate', '-C', bulk], 0);
// The floor and validate alternate, run by run: a slow stretch of a shared machine then falls on both, and the
// ratio judged is the median of each round's validate over that round's floor.
const paired = measurePaired(
  [
    { argv: [node, join(root, 'bench/jsyaml-floor.mjs'), bulk] },
    { argv: [node, bin, 'validate', '-C', bulk], env: withCache },
  ],
  { runs: quick ? 7 : 15, warmup: 1 },
);
const [parse, bulkRun] = paired.results;
const bulkRatio = paired.ratios[1];
console.log(row(`js-yaml load only (${files.length} catalogs x 40 threats, parsing floor)`, parse));
console.log(row(`threatcat validate (${files.length} catalogs x 40 threats, clean)`, bulkRun));
console.log(
  `  bulk: ratio ${bulkRatio.toFixed(2)}x the parsing floor (median of ${bulkRun.runs} alternating rounds; ratio of the medians ${(bulkRun.median / parse.median).toFixed(2)}x); target 1.5x: ${bulkRatio <= 1.5 ? 'met' : 'MISSED'}\n`,
);

// 3. Bulk with findings: positions are needed, so the `yaml` CST is built for those files.
const broken = join(out, 'bulk-findings');
writeCatalogs(broken, 200, 40, 20);
mustExit([node, bin, 'validate', '-C', broken], 1);
const brokenRun = measure([node, bin, 'validate', '-C', broken], { runs: quick ? 3 : 10, warmup: 1, env: withCache });
console.log(row('threatcat validate (200 x 40, 20 catalogs with a finding)', brokenRun));

writeFileSync(
  join(out, 'validate.json'),
  `${JSON.stringify(
    {
      timer,
      node: process.version,
      coldStart: {
        nodeE0: floor,
        validate: cold,
        diffMs: coldDiff,
        ratio: cold.median / floor.median,
        withoutCodeCache: { validate: coldNoCache, diffMs: coldNoCache.median - floor.median },
      },
      bulk: {
        catalogs: 200,
        threatsEach: 40,
        jsYamlFloor: parse,
        validate: bulkRun,
        ratio: bulkRatio,
        ratioOfMedians: bulkRun.median / parse.median,
      },
      bulkWithFindings: { validate: brokenRun },
    },
    null,
    2,
  )}\n`,
);
