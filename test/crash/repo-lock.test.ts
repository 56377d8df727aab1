import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../src/model/input-error.js';
import { acquireRepoLock } from '../../src/deliver/repo-lock.js';
import { exampleRepo } from './harness.js';

/**
 * The repository lock's decisions about a lock another process left: a dead owner's is taken over, a live owner's
 * (or one threatcat cannot read) is waited on and then named, never removed. Owners are real processes.
 */

function lockFile(dir: string): string {
  return join(dir, '.git/threatcat.lock');
}

function ownedBy(dir: string, pid: number, extra: Record<string, unknown> = {}): void {
  writeFileSync(
    lockFile(dir),
    `${JSON.stringify({ pid, host: hostname(), command: 'threatcat ingest', since: '2026-11-21T12:00:00.000Z', nonce: 'feedfacefeedface', ...extra })}\n`,
  );
}

/** A pid that was a real process and has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

test('a lock whose owner died is taken over, and released after use', () => {
  const dir = exampleRepo();
  ownedBy(dir, deadPid());
  const lock = acquireRepoLock(dir, 'threatcat diff --write', { timeoutSeconds: 2 });
  assert.equal(JSON.parse(readFileSync(lockFile(dir), 'utf8')).pid, process.pid);
  lock.release();
  assert.equal(existsSync(lockFile(dir)), false);
});

test('a live owner’s lock is waited on, then named with its pid and how to remove it — and left in place', () => {
  const dir = exampleRepo();
  const owner = spawn('sleep', ['30']);
  try {
    ownedBy(dir, owner.pid!);
    const t0 = Date.now();
    assert.throws(
      () => acquireRepoLock(dir, 'threatcat validate --fix', { timeoutSeconds: 0.3 }),
      (e: Error) =>
        e instanceof UsageError &&
        e.message.includes(
          `lock ${lockFile(dir)}: threatcat ingest (pid ${owner.pid}, since 2026-11-21T12:00:00.000Z)`,
        ) &&
        e.message.includes(`remove the lock: rm '${lockFile(dir)}'`),
    );
    assert.ok(Date.now() - t0 >= 300, 'it waited');
    assert.equal(JSON.parse(readFileSync(lockFile(dir), 'utf8')).pid, owner.pid);
  } finally {
    owner.kill('SIGKILL');
  }
});

test('a pid reused by another process (its start time differs) does not keep a dead owner’s lock', (t) => {
  const dir = exampleRepo();
  const other = spawn('sleep', ['30']);
  try {
    // Where the system shows start times (Linux), the lock records the owner's; a different one is another process.
    ownedBy(dir, other.pid!, { start: '1' });
    if (!existsSync(`/proc/${other.pid}/stat`)) {
      t.skip('no /proc: start times are not recorded on this system');
      return;
    }
    const lock = acquireRepoLock(dir, 'threatcat ingest', { timeoutSeconds: 0.5 });
    lock.release();
  } finally {
    other.kill('SIGKILL');
  }
});

test('a lock file threatcat cannot read is never taken over: named after the wait', () => {
  const dir = exampleRepo();
  writeFileSync(lockFile(dir), 'garbage');
  assert.throws(
    () => acquireRepoLock(dir, 'threatcat ingest', { timeoutSeconds: 0.2 }),
    /holds this repository's lock .*: a file threatcat cannot read/,
  );
  assert.equal(readFileSync(lockFile(dir), 'utf8'), 'garbage');
});
