// Wall-clock timing of whole commands: hyperfine when installed (apt-get install hyperfine), else repeated spawns.
// Exit codes are not checked here (validate exits 1 on findings): callers check them once beforehand.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const hasHyperfine = spawnSync('hyperfine', ['--version']).status === 0;
export const timer = hasHyperfine ? 'hyperfine -N' : 'repeated spawnSync';

/** Times `argv` (no shell), with `env` added to this process's environment; returns milliseconds { median, min, max, runs }. */
export function measure(argv, { runs = 20, warmup = 3, cwd, env } = {}) {
  const childEnv = env ? { ...process.env, ...env } : process.env;
  if (hasHyperfine) {
    const out = join(mkdtempSync(join(tmpdir(), 'threatcat-bench-')), 'result.json');
    const r = spawnSync(
      'hyperfine',
      [
        '-N',
        '-i',
        '--style',
        'none',
        '--warmup',
        String(warmup),
        '--runs',
        String(runs),
        '--export-json',
        out,
        argv.join(' '),
      ],
      { cwd, env: childEnv, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`hyperfine failed for ${argv.join(' ')}: ${r.stderr}`);
    const [res] = JSON.parse(readFileSync(out, 'utf8')).results;
    // CPU time (user + system, mean) is far less sensitive than wall time to other load on a shared machine.
    return {
      median: res.median * 1000,
      min: res.min * 1000,
      max: res.max * 1000,
      runs: res.times.length,
      cpu: (res.user + res.system) * 1000,
    };
  }
  const times = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(argv[0], argv.slice(1), { cwd, env: childEnv, stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status === null) throw new Error(`${argv.join(' ')} did not exit`);
    if (i >= warmup) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)],
    min: times[0],
    max: times[times.length - 1],
    runs: times.length,
  };
}

export const fmt = (ms) => `${ms.toFixed(1)} ms`;

export function row(label, m) {
  const cpu = m.cpu === undefined ? '' : `, cpu ${fmt(m.cpu)}`;
  return `${label.padEnd(58)} ${fmt(m.median).padStart(10)} (min ${fmt(m.min)}, max ${fmt(m.max)}${cpu}, ${m.runs} runs)`;
}

/**
 * Times several commands in alternation (A, B, A, B, …) so that a slow stretch of a shared machine falls on both:
 * each `{ argv, env }` gets { median, min, max, runs }, and `ratios[k]` is the median over rounds of command k's time
 * over command 0's in the same round, the figure a target is judged by. Always spawns (hyperfine cannot alternate).
 */
export function measurePaired(cmds, { runs = 10, warmup = 1, cwd } = {}) {
  const times = cmds.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    for (const [k, { argv, env }] of cmds.entries()) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(argv[0], argv.slice(1), {
        cwd,
        env: env ? { ...process.env, ...env } : process.env,
        stdio: 'ignore',
      });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status === null) throw new Error(`${argv.join(' ')} did not exit`);
      if (i >= warmup) times[k].push(ms);
    }
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const results = times.map((t) => ({ median: med(t), min: Math.min(...t), max: Math.max(...t), runs: t.length }));
  const ratios = times.map((t) => med(t.map((ms, i) => ms / times[0][i])));
  return { results, ratios };
}
