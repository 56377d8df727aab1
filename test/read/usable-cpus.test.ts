import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { cgroupCpuLimit, usableCpus } from '../../src/read/usable-cpus.js';
import { readEvidence } from '../../src/read/evidence/read-evidence.js';
import { CatalogPrefetch } from '../../src/read/catalog-prefetch.js';
import { CATALOG, cliJson, edit } from '../helpers/catalogs.js';
import { ROOT, tempDir, writeAt } from '../helpers/fixtures.js';

/**
 * The threads threatcat starts (the catalog reader, the audit parsers) follow the CPUs the process may use: a
 * container's CPU quota caps the host's cores. The cgroup files are real files in a temp dir
 * (THREATCAT_CGROUP_ROOT), as a container mounts them at /sys/fs/cgroup.
 */

const cores = availableParallelism();

/** A cgroup mount holding `files` (path → content). */
function cgroup(files: Record<string, string>): string {
  const dir = tempDir('threatcat-cgroup-');
  for (const [path, text] of Object.entries(files)) writeAt(dir, path, text);
  return dir;
}

/** Runs `fn` with THREATCAT_CGROUP_ROOT set to `root`, restored after. */
async function under<T>(root: string, fn: () => T | Promise<T>): Promise<T> {
  const before = process.env.THREATCAT_CGROUP_ROOT;
  process.env.THREATCAT_CGROUP_ROOT = root;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.THREATCAT_CGROUP_ROOT;
    else process.env.THREATCAT_CGROUP_ROOT = before;
  }
}

test('cgroup v2 cpu.max and v1 cfs quota give whole CPUs; no quota, a missing or odd file gives none', () => {
  const cases: Array<[Record<string, string>, number | undefined]> = [
    [{ 'cpu.max': '100000 100000\n' }, 1],
    [{ 'cpu.max': '50000 100000\n' }, 1],
    [{ 'cpu.max': '150000 100000\n' }, 1],
    [{ 'cpu.max': '400000 100000\n' }, 4],
    [{ 'cpu.max': '200000\n' }, 2],
    [{ 'cpu.max': 'max 100000\n' }, undefined],
    [{ 'cpu.max': '' }, undefined],
    [{ 'cpu.max': 'garbage\n' }, undefined],
    [{ 'cpu.max': '0 100000\n' }, undefined],
    [{ 'cpu.max': '100000 0\n' }, undefined],
    [{ 'cpu.max': '-5 100000\n' }, undefined],
    [{ 'cpu.max': '1e9 100000\n' }, undefined],
    [{ 'cpu.max': `${'9'.repeat(400)} 100000\n` }, undefined],
    [{ 'cpu/cpu.cfs_quota_us': '100000\n', 'cpu/cpu.cfs_period_us': '100000\n' }, 1],
    [{ 'cpu/cpu.cfs_quota_us': '-1\n', 'cpu/cpu.cfs_period_us': '100000\n' }, undefined],
    [{ 'cpu,cpuacct/cpu.cfs_quota_us': '300000\n', 'cpu,cpuacct/cpu.cfs_period_us': '100000\n' }, 3],
    [{ 'cpu/cpu.cfs_quota_us': '200000\n' }, 2],
    [{ 'cpu/cpu.cfs_quota_us': '200000\n', 'cpu/cpu.cfs_period_us': 'x\n' }, undefined],
    [{ 'memory.max': 'max\n' }, undefined],
    [{}, undefined],
  ];
  for (const [files, expected] of cases)
    assert.equal(cgroupCpuLimit(cgroup(files)), expected, JSON.stringify(files).slice(0, 120));
  assert.equal(cgroupCpuLimit(join(tempDir(), 'missing')), undefined);
  // A directory, or a FIFO (whose read would block), where the file should be.
  const odd = tempDir('threatcat-cgroup-');
  mkdirSync(join(odd, 'cpu.max'));
  assert.equal(cgroupCpuLimit(odd), undefined);
  const fifo = tempDir('threatcat-cgroup-');
  if (spawnSync('mkfifo', [join(fifo, 'cpu.max')]).status === 0) assert.equal(cgroupCpuLimit(fifo), undefined);
});

test("the process's own cgroup and those above it are read, as on a host or a container in the host's cgroup namespace; the smallest quota binds", () => {
  const v2own = '0::/system.slice/docker-abc.scope\n';
  // The mount root has no quota (the host's root cgroup): the container's own cgroup has it.
  assert.equal(cgroupCpuLimit(cgroup({ 'system.slice/docker-abc.scope/cpu.max': '200000 100000\n' }), v2own), 2);
  assert.equal(cgroupCpuLimit(cgroup({ 'system.slice/docker-abc.scope/cpu.max': '200000 100000\n' })), undefined);
  // A parent's quota caps a child without one (or with a larger one).
  const nested = { 'system.slice/cpu.max': '100000 100000\n', 'system.slice/docker-abc.scope/cpu.max': 'max 100000\n' };
  assert.equal(cgroupCpuLimit(cgroup(nested), v2own), 1);
  // cgroup v1: the cpu controller's line and its mount folder.
  const v1 = '12:memory:/docker/abc\n4:cpu,cpuacct:/docker/abc\n1:name=systemd:/docker/abc\n';
  const v1files = {
    'cpu,cpuacct/docker/abc/cpu.cfs_quota_us': '300000\n',
    'cpu,cpuacct/docker/abc/cpu.cfs_period_us': '100000\n',
  };
  assert.equal(cgroupCpuLimit(cgroup(v1files), v1), 3);
  // A private namespace (`0::/`): the root, as before.
  assert.equal(cgroupCpuLimit(cgroup({ 'cpu.max': '100000 100000\n' }), '0::/\n'), 1);
  // A path that climbs out of the mount is not followed; nor is garbage.
  const outside = cgroup({ 'escape/cpu.max': '100000 100000\n' });
  assert.equal(cgroupCpuLimit(join(outside, 'mount'), '0::/../escape\n'), undefined);
  assert.equal(cgroupCpuLimit(cgroup({}), 'garbage\n\0::\n'), undefined);
});

test('usable CPUs: the cores, capped by the quota', async () => {
  assert.equal(await under(cgroup({ 'cpu.max': '100000 100000\n' }), usableCpus), 1);
  assert.equal(await under(cgroup({ 'cpu.max': 'max 100000\n' }), usableCpus), cores);
  assert.equal(await under(cgroup({ 'cpu.max': `${(cores + 8) * 100000} 100000\n` }), usableCpus), cores);
  assert.equal(await under(join(tempDir(), 'none'), usableCpus), cores);
  // The process's cgroup from /proc/self/cgroup (THREATCAT_PROC_CGROUP in tests).
  const own = tempDir();
  writeFileSync(join(own, 'cgroup'), '0::/kubepods/pod1/ctr\n');
  process.env.THREATCAT_PROC_CGROUP = join(own, 'cgroup');
  try {
    assert.equal(await under(cgroup({ 'kubepods/pod1/cpu.max': '100000 100000\n' }), usableCpus), 1);
  } finally {
    delete process.env.THREATCAT_PROC_CGROUP;
  }
});

test('ingest starts no audit parser thread in a container of one CPU (and one beside it where there are two)', async () => {
  const log = join(ROOT, 'test/fixtures/samples/audit.jsonl');
  const read = () =>
    readEvidence([{ abs: log, file: 'audit.jsonl' }], { now: '2026-11-21T12:00:00Z', parallelFromBytes: 0 });
  const one = await under(cgroup({ 'cpu.max': '100000 100000\n' }), read);
  assert.equal(one.threads, 0, 'one CPU: parsed on this thread');
  const free = await under(cgroup({ 'cpu.max': 'max 100000\n' }), read);
  if (cores > 1) assert.ok(free.threads >= 1, `no quota on ${cores} cores: ${free.threads} parser threads`);
  assert.equal(one.events, free.events, 'the same result either way');
});

test('validate reads 40 catalogs without a reader thread in a container of one CPU, even when one is asked for', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++)
    files[`agents/a${String(i).padStart(2, '0')}/a.threats.yaml`] = edit(
      CATALOG,
      '  - id: DEMO-01',
      `  - id: C${i}-01`,
    );
  const quota = cgroup({ 'cpu.max': '100000 100000\n' });
  const asked = { THREATCAT_DEBUG: '1', THREATCAT_CATALOG_THREADS: '1' };
  const one = cliJson(files, [], { ...asked, THREATCAT_CGROUP_ROOT: quota });
  assert.doesNotMatch(one.stderr, /catalog reader thread/);
  if (cores > 1) {
    const two = cliJson(files, [], { ...asked, THREATCAT_CGROUP_ROOT: cgroup({}) });
    assert.match(two.stderr, /catalog reader thread: read \d+ of 40 catalogs/);
    assert.deepEqual(two.findings, one.findings);
  }
  // The same decision in process.
  const dir = tempDir();
  const jobs = Array.from({ length: 20 }, (_, i) => {
    const file = `c${i}.threats.yaml`;
    writeFileSync(join(dir, file), CATALOG);
    return { abs: join(dir, file), file, root: dir };
  });
  process.env.THREATCAT_CATALOG_THREADS = '1';
  try {
    assert.equal(await under(quota, () => CatalogPrefetch.start(jobs)), undefined);
  } finally {
    delete process.env.THREATCAT_CATALOG_THREADS;
  }
});
