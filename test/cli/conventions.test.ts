import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE, runCli } from '../helpers/fixtures.js';

/** The command line as people mistype it: the bundled CLI, its real stdout, stderr and exit code. */

const COMMANDS = ['validate', 'diff', 'ingest', 'report', 'init', 'action'];
const NO_STACK = /\n\s+at .+:\d+:\d+/;

test('a mistyped command: one line naming what was probably meant, exit 2, not the whole usage', () => {
  const r = runCli(['valdate']);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(
    r.stderr,
    "threatcat: unknown command 'valdate'; did you mean 'validate'?\nThe commands: validate, diff, ingest, report, init, action. Run 'threatcat --help' for what each does.\n",
  );
  assert.match(runCli(['injest']).stderr, /did you mean 'ingest'\?/);
  assert.match(runCli(['raport']).stderr, /did you mean 'report'\?/);
  // Nothing close: no guess.
  assert.doesNotMatch(runCli(['deploy']).stderr, /did you mean/);
  // An option before the command is not a command.
  const early = runCli(['--format', 'json', 'validate']);
  assert.equal(early.code, 2);
  assert.match(early.stderr, /^threatcat: --format goes after the command \(threatcat <command> \[options\]\)/);
});

test('a mistyped option: threatcat words, the closest option, the command usage line; never Node words', () => {
  const r = runCli(['validate', '-C', EXAMPLE, '--fromat', 'json']);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(
    r.stderr,
    [
      'threatcat validate: unknown option --fromat (did you mean --format?)',
      'Usage: threatcat validate [PATH...] [--fix] [-C DIR] [--format text|json|sarif|github] [--config FILE]',
      '                          [--fail-on error|warning|never]',
      "Run 'threatcat validate --help' for the options.",
      '',
    ].join('\n'),
  );
  assert.doesNotMatch(r.stderr, /Unknown option|To specify a positional|ERR_PARSE_ARGS/);
  assert.match(runCli(['diff', '--bsae', 'main']).stderr, /unknown option --bsae \(did you mean --base\?\)/);
  assert.match(runCli(['ingest', 'x.jsonl', '--emit-sumary', 'y']).stderr, /did you mean --emit-summary\?/);
});

test('every command answers a bad option with its own usage line, and exit 2', () => {
  for (const name of COMMANDS) {
    const help = runCli([name, '--help']);
    assert.equal(help.code, 0, name);
    const usage = help.stdout.split(/\n\s*\n/)[0];
    assert.match(usage, new RegExp(`^Usage: threatcat ${name}`));
    const r = runCli([name, '--no-such-option']);
    assert.equal(r.code, 2, name);
    assert.equal(
      r.stderr,
      `threatcat ${name}: unknown option --no-such-option\n${usage}\nRun 'threatcat ${name} --help' for the options.\n`,
    );
    assert.doesNotMatch(r.stderr, NO_STACK);
  }
});

test('missing and unexpected option values, and a bad --format, are said plainly with a suggestion', () => {
  const missing = runCli(['diff', '--base']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^threatcat diff: option --base needs a value\nUsage: threatcat diff --base REF/);
  const extra = runCli(['diff', '--base', 'main', '--write=yes']);
  assert.match(extra.stderr, /^threatcat diff: option --write takes no value\n/);
  const format = runCli(['validate', '-C', EXAMPLE, '--format', 'jsno']);
  assert.equal(format.code, 2);
  assert.match(
    format.stderr,
    /^threatcat validate: --format jsno: expected one of text, json, sarif, github \(did you mean json\?\)\n/,
  );
  const needsBase = runCli(['diff', '-C', EXAMPLE]);
  assert.match(needsBase.stderr, /^threatcat diff: needs --base REF \(or --staged\)\nUsage: threatcat diff /);
});

test('help <command> is the command help; help alone is the general help; help of a typo suggests', () => {
  for (const name of COMMANDS) {
    const viaHelp = runCli(['help', name]);
    assert.equal(viaHelp.code, 0);
    assert.equal(viaHelp.stdout, runCli([name, '--help']).stdout, name);
  }
  const general = runCli(['help']);
  assert.equal(general.code, 0);
  assert.match(general.stdout, /^threatcat .*\n\nUsage: threatcat <command> \[options\]/);
  assert.match(general.stdout, /threatcat help <command>/);
  const typo = runCli(['help', 'valdate']);
  assert.equal(typo.code, 2);
  assert.match(typo.stderr, /did you mean 'validate'\?/);
});

test('output piped into a reader that has gone (`| head`): no EPIPE stack trace, the run keeps its exit code', async () => {
  const { spawn } = await import('node:child_process');
  const { BIN } = await import('../helpers/fixtures.js');
  const run = async (args: string[]) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    // The reader leaves before the first line, as `head -0` or a closed pager does.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    return { code, stderr };
  };
  const broken = mkdtempSync(join(tmpdir(), 'tc-epipe-'));
  cpSync(EXAMPLE, broken, { recursive: true });
  const file = join(broken, 'k8s-ops.threats.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/autonomyOfAction: [0-9.]+/, 'autonomyOfAction: 0.7'));
  try {
    // validate is its own bundle (the pre-commit hook's); the other commands share one.
    assert.deepEqual(await run(['validate', '-C', broken]), { code: 1, stderr: '' });
    assert.deepEqual(await run(['report', '-C', EXAMPLE, '--format', 'html']), { code: 0, stderr: '' });
  } finally {
    rmSync(broken, { recursive: true, force: true });
  }
});
