import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyExample, EXAMPLE, runCli, tempDir } from '../helpers/fixtures.js';

/**
 * `threatcat validate` (the pre-commit hook) starts from V8's code cache after a first run (src/cli/code-cache.ts).
 * A cache must change nothing but the time: same output and exit code, whatever state the cache is in.
 */

function cacheFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.v8'));
}

/** Runs validate with its cache in `cache` (and THREATCAT_DEBUG, so the loader says what it did). */
function validate(cache: string, args: string[]) {
  const r = runCli(['validate', ...args], { env: { THREATCAT_CODE_CACHE: cache, THREATCAT_DEBUG: '1' } });
  const said = r.stderr.match(/^threatcat: code cache: (\w+)/m)?.[1];
  return { ...r, said, stderr: r.stderr.replace(/^threatcat: code cache: .*\n/gm, '') };
}

test('the first validate saves the compiled code, the next ones use it, with the same output', () => {
  const cache = join(tempDir('threatcat-cache-'), 'v8');
  const plain = runCli(['validate', '-C', EXAMPLE], { env: { THREATCAT_CODE_CACHE: 'off' } });
  assert.equal(plain.code, 0, plain.stderr);

  const first = validate(cache, ['-C', EXAMPLE]);
  assert.equal(first.said, 'absent');
  assert.deepEqual([first.code, first.stdout, first.stderr], [0, plain.stdout, plain.stderr]);
  const [file] = cacheFiles(cache);
  assert.match(
    file,
    new RegExp(`^validate-[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.v8$`),
  );
  // Only this user may read or replace compiled code that the next run executes.
  assert.equal(statSync(cache).mode & 0o777, 0o700);
  assert.equal(statSync(join(cache, file)).mode & 0o777, 0o600);
  const saved = statSync(join(cache, file));

  const second = validate(cache, ['-C', EXAMPLE]);
  assert.equal(second.said, 'used');
  assert.deepEqual([second.code, second.stdout, second.stderr], [0, plain.stdout, plain.stderr]);
  // Used, so not written again.
  assert.equal(statSync(join(cache, file)).mtimeMs, saved.mtimeMs);
  assert.deepEqual(cacheFiles(cache), [file]);
});

test('findings, exit codes and usage errors are the same with the cache as without it', () => {
  const cache = join(tempDir('threatcat-cache-'), 'v8');
  const dir = copyExample();
  const catalog = join(dir, 'k8s-ops.threats.yaml');
  // One threat with a status the schema does not know: a finding at its line, exit 1.
  writeFileSync(catalog, readFileSync(catalog, 'utf8').replace('status: open', 'status: bogus'));
  for (const args of [['-C', dir], ['-C', dir, '--format', 'json'], ['--no-such-flag'], ['--help']]) {
    const plain = runCli(['validate', ...args], { env: { THREATCAT_CODE_CACHE: 'off' } });
    if (args.length === 2) assert.equal(plain.code, 1, plain.stdout);
    for (const expected of ['absent', 'used']) {
      const r = validate(cache, args);
      assert.equal(r.said, expected, `${args.join(' ')}: ${r.stderr}`);
      assert.deepEqual([r.code, r.stdout, r.stderr], [plain.code, plain.stdout, plain.stderr], args.join(' '));
    }
    // the next arguments start from an empty cache again
    for (const f of cacheFiles(cache)) writeFileSync(join(cache, f), '');
  }
});

test('a damaged cache is rejected by V8 and rewritten; the run is unaffected', () => {
  const cache = join(tempDir('threatcat-cache-'), 'v8');
  const plain = runCli(['validate', '-C', EXAMPLE], { env: { THREATCAT_CODE_CACHE: 'off' } });
  validate(cache, ['-C', EXAMPLE]);
  const [file] = cacheFiles(cache);
  const good = readFileSync(join(cache, file));

  // Same length, other bytes (V8 itself checks only the source's length and a checksum).
  const garbage = Buffer.alloc(good.length, 0x5a);
  writeFileSync(join(cache, file), garbage);
  const r = validate(cache, ['-C', EXAMPLE]);
  assert.equal(r.said, 'rejected');
  assert.deepEqual([r.code, r.stdout], [0, plain.stdout]);
  assert.notDeepEqual(readFileSync(join(cache, file)), garbage);
  assert.equal(validate(cache, ['-C', EXAMPLE]).said, 'used');

  // Cut short: a torn write never lands (the write is atomic), but a full disk or another tool might cut it.
  writeFileSync(join(cache, file), good.subarray(0, good.length >> 1));
  const cut = validate(cache, ['-C', EXAMPLE]);
  assert.equal(cut.said, 'rejected');
  assert.deepEqual([cut.code, cut.stdout], [0, plain.stdout]);
  assert.equal(validate(cache, ['-C', EXAMPLE]).said, 'used');
});

test('a cache folder other users can write is neither read nor written', () => {
  const plain = runCli(['validate', '-C', EXAMPLE], { env: { THREATCAT_CODE_CACHE: 'off' } });
  const own = join(tempDir('threatcat-cache-'), 'v8');
  validate(own, ['-C', EXAMPLE]);
  const [name] = cacheFiles(own);
  // A file someone else could have planted there, under the name the next run looks for: compiled code would run
  // as this user. It is not even read (V8 would say 'rejected' of garbage it read).
  const shared = join(tempDir('threatcat-cache-'), 'shared');
  mkdirSync(shared);
  chmodSync(shared, 0o777);
  writeFileSync(join(shared, name), Buffer.alloc(1000, 0x5a));
  const r = validate(shared, ['-C', EXAMPLE]);
  assert.equal(r.said, 'absent');
  assert.deepEqual([r.code, r.stdout], [0, plain.stdout]);
  assert.deepEqual(readFileSync(join(shared, name)), Buffer.alloc(1000, 0x5a), 'nothing written there either');

  // The same file in a private folder, but writable by others: not read.
  const mine = join(tempDir('threatcat-cache-'), 'v8');
  mkdirSync(mine, { mode: 0o700 });
  writeFileSync(join(mine, name), Buffer.alloc(1000, 0x5a));
  chmodSync(join(mine, name), 0o666);
  assert.equal(validate(mine, ['-C', EXAMPLE]).said, 'absent');
});

test('THREATCAT_CODE_CACHE=off, or no place to keep it, costs only the speed', () => {
  const home = tempDir('threatcat-home-');
  const off = runCli(['validate', '-C', EXAMPLE], {
    env: { THREATCAT_CODE_CACHE: 'off', THREATCAT_DEBUG: '1', HOME: home, XDG_CACHE_HOME: '' },
  });
  assert.equal(off.code, 0);
  assert.match(off.stderr, /^threatcat: code cache: off$/m);
  assert.deepEqual(readdirSync(home), [], 'nothing written anywhere');

  // The default place is $XDG_CACHE_HOME/threatcat (else ~/.cache/threatcat).
  const xdg = tempDir('threatcat-xdg-');
  const byXdg = runCli(['validate', '-C', EXAMPLE], { env: { THREATCAT_CODE_CACHE: '', XDG_CACHE_HOME: xdg } });
  assert.equal(byXdg.code, 0);
  assert.equal(cacheFiles(join(xdg, 'threatcat')).length, 1);
  const byHome = runCli(['validate', '-C', EXAMPLE], {
    env: { THREATCAT_CODE_CACHE: '', XDG_CACHE_HOME: '', HOME: home },
  });
  assert.equal(byHome.code, 0);
  assert.equal(cacheFiles(join(home, '.cache/threatcat')).length, 1);

  // A path that cannot be a folder (a file is in the way): the run goes on without a cache.
  const blocker = join(tempDir('threatcat-cache-'), 'file');
  writeFileSync(blocker, 'not a folder');
  const blocked = validate(blocker, ['-C', EXAMPLE]);
  assert.equal(blocked.code, 0);
  assert.equal(blocked.stdout, off.stdout);
  assert.equal(readFileSync(blocker, 'utf8'), 'not a folder');
});

test('every other command starts from a code cache of its own, with the same output', () => {
  const cache = join(tempDir('threatcat-cache-'), 'v8');
  const run = (args: string[]) => {
    const r = runCli(args, { env: { THREATCAT_CODE_CACHE: cache, THREATCAT_DEBUG: '1' } });
    const said = r.stderr.match(/^threatcat: code cache: (\w+)/m)?.[1];
    return { ...r, said, stderr: r.stderr.replace(/^threatcat: code cache: .*\n/gm, '') };
  };
  const args = ['report', '-C', EXAMPLE, '--format', 'json'];
  const plain = runCli(args, { env: { THREATCAT_CODE_CACHE: 'off' } });
  assert.equal(plain.code, 0, plain.stderr);
  for (const expected of ['absent', 'used']) {
    const r = run(args);
    assert.equal(r.said, expected, r.stderr);
    assert.deepEqual([r.code, r.stdout, r.stderr], [plain.code, plain.stdout, plain.stderr]);
  }
  // A cache holds what its first run compiled: `--version` first must not leave `report` a nearly empty one.
  assert.equal(run(['--version']).said, 'absent');
  assert.equal(run(['validate', '-C', EXAMPLE]).said, 'absent');
  const names = cacheFiles(cache).map((f) => f.replace(/-[0-9a-f]{16}-.*$/, ''));
  assert.deepEqual(names.sort(), ['cli-other', 'cli-report', 'validate']);
  assert.equal(run(args).said, 'used');
});
