// `npm run bench`: every benchmark in one run. Quick by default; `npm run bench -- --full` for the full sizes
// (passed on to each script; ingest's default size is kept small unless --full).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('.', import.meta.url));
const full = process.argv.includes('--full');
const passOn = process.argv.slice(2);
let failed = false;
for (const name of ['validate', 'diff', 'ingest']) {
  const script = join(dir, `${name}.mjs`);
  if (!existsSync(script)) continue;
  console.log(`\n=== bench/${name}.mjs ${passOn.join(' ')}`);
  const r = spawnSync(process.execPath, [script, ...passOn], {
    stdio: 'inherit', env: { ...process.env, THREATCAT_BENCH_FULL: full ? '1' : '' },
  });
  if (r.status !== 0) {
    console.error(`bench/${name}.mjs failed (exit ${r.status})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
