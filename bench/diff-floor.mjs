// The floor for the diff benchmark, in one process: list the changed files (`git diff --name-only`), read their
// blobs in both states through one `git cat-file --batch`, and parse each with js-yaml. Nothing else: no
// catalogs, no surfaces, no plan. `node bench/diff-floor.mjs BASE HEAD` in the repository.
import { spawnSync } from 'node:child_process';
import jsYaml from 'js-yaml';

const [base, head] = process.argv.slice(2);
const git = (args, input) => {
  const r = spawnSync('git', args, { input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};
const changed = git(['diff', '--name-only', '-z', base, head]).toString('utf8').split('\0').filter(Boolean);
const out = git(['cat-file', '--batch'], `${changed.flatMap((p) => [`${base}:${p}`, `${head}:${p}`]).join('\n')}\n`);
let at = 0;
let docs = 0;
while (at < out.length) {
  const nl = out.indexOf(10, at);
  const header = out.toString('utf8', at, nl);
  at = nl + 1;
  if (header.endsWith(' missing')) continue;
  const size = Number(header.split(' ')[2]);
  const text = out.toString('utf8', at, at + size);
  at += size + 1;
  jsYaml.loadAll(text, () => docs++);
}
if (docs === 0) process.exit(1);
