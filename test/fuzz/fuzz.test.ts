// A short run of every fuzz target (test/fuzz/targets.ts) in the test suite: a few seconds in all. The long run,
// ≥ 100,000 inputs, is `npm run fuzz`. A failure prints the counterexample and the seed to replay it.
import { test } from 'node:test';
import fc from 'fast-check';
import { TARGETS } from './targets.js';

/** Inputs per target here; `npm run fuzz` runs thousands. */
const QUICK_RUNS = Number(process.env.THREATCAT_FUZZ_RUNS ?? 40);

for (const target of TARGETS) {
  test(`fuzz: ${target.name}`, async () => {
    await fc.assert(target.property(), { numRuns: QUICK_RUNS, endOnFailure: true });
  });
}
