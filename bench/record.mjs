// Keeps the figures of each `npm run bench` in bench/out/last.json (gitignored) and compares a run with the one
// before it: one line per figure present in both, with the ratio now / before (for times and sizes > 1 is worse;
// for speed-ups and events per second > 1 is better).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Numeric leaves of a figures object, by dotted path (`ingest.threatcat.cpuSeconds`). */
export function flatten(o, prefix = '', out = new Map()) {
  if (typeof o === 'number' && Number.isFinite(o)) out.set(prefix, o);
  else if (o && typeof o === 'object' && !Array.isArray(o))
    for (const [k, v] of Object.entries(o)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** Lines comparing two runs' figures (empty when nothing is comparable). */
export function compare(before, now) {
  const a = flatten(before.benches ?? {});
  const b = flatten(now.benches ?? {});
  const rows = [];
  for (const [path, value] of b) {
    if (!a.has(path)) continue;
    const prev = a.get(path);
    const ratio = prev === 0 ? (value === 0 ? '1.00x' : 'new') : `${(value / prev).toFixed(2)}x`;
    rows.push([path, fmt(prev), fmt(value), ratio]);
  }
  if (rows.length === 0) return [];
  const w = rows.reduce((m, r) => Math.max(m, r[0].length), 6);
  const lines = [
    `compared with the run of ${before.at} (${before.args?.join(' ') || 'no options'}; load ${before.load?.join(' ') ?? '?'}):`,
    `${'figure'.padEnd(w)} ${'before'.padStart(12)} ${'now'.padStart(12)}  now/before`,
    ...rows.map(([p, x, y, r]) => `${p.padEnd(w)} ${x.padStart(12)} ${y.padStart(12)}  ${r}`),
  ];
  if ((before.args ?? []).join(' ') !== (now.args ?? []).join(' '))
    lines.push(
      `note: the runs had different options (${before.args?.join(' ') || 'none'} / ${now.args?.join(' ') || 'none'})`,
    );
  return lines;
}

function fmt(n) {
  return Number.isInteger(n) ? String(n) : n.toFixed(Math.abs(n) >= 100 ? 1 : 3);
}

/**
 * Writes `run` as `dir/last.json` (the previous one becomes `dir/previous.json`) and returns the comparison with
 * the previous run, if there was one.
 */
export function record(dir, run) {
  mkdirSync(dir, { recursive: true });
  const last = join(dir, 'last.json');
  let before;
  if (existsSync(last)) {
    try {
      before = JSON.parse(readFileSync(last, 'utf8'));
    } catch {
      before = undefined; // a torn or hand-edited file: nothing to compare with
    }
    renameSync(last, join(dir, 'previous.json'));
  }
  writeFileSync(last, `${JSON.stringify(run, null, 2)}\n`);
  return before ? compare(before, run) : [];
}
