// Runs the tests with Node's built-in test runner (TypeScript through tsx), so CI reports counts.
// Node 20's --test takes no globs, so the files are listed here.
//
//   node scripts/test.mjs             every test file
//   node scripts/test.mjs --unit      the in-process tests (seconds): no built CLI, Action, browser, hook or editor
//   node scripts/test.mjs --e2e       the rest: tests that run dist/ as a user does (CLI, Action, pre-commit,
//                                     Chromium, the YAML language server, kubectl)
//   node scripts/test.mjs FILE...     only these files; other arguments go to node --test
//
// Files run concurrently (THREATCAT_TEST_CONCURRENCY, default: cores + 1): most of an end-to-end test's time is
// spent waiting on git and on the processes it starts, so even two cores keep three files busy.
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const group = args.includes('--unit') ? 'unit' : args.includes('--e2e') ? 'e2e' : 'all';
const only = args.filter((a) => a.endsWith('.test.ts'));
const flags = args.filter((a) => !a.endsWith('.test.ts') && a !== '--unit' && a !== '--e2e');

/** A test is end-to-end when it drives something built or installed, not functions in this process. */
const E2E =
  /\brunCli\b|\brunAction\b|\bcliPath\b|dist\/(cli|action)\.js|chromium|pre-commit|yaml-language-server|\bkubectl\b/;

const all =
  only.length > 0
    ? only
    : readdirSync('test', { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.test.ts'))
        .sort()
        .map((f) => `test/${f}`);
const files = group === 'all' ? all : all.filter((f) => E2E.test(readFileSync(f, 'utf8')) === (group === 'e2e'));
const concurrency = Number(process.env.THREATCAT_TEST_CONCURRENCY) || availableParallelism() + 1;
console.error(`threatcat tests: ${files.length} files (${group}), ${concurrency} at a time`);
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...flags, ...files],
  { stdio: 'inherit' },
);
process.exit(r.status ?? 1);
