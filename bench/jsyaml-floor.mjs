// The parsing floor for the bulk benchmark: read and js-yaml-load every catalog under a folder, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';

const dir = process.argv[2];
let n = 0;
for (const f of readdirSync(dir, { recursive: true })
  .map(String)
  .filter((p) => p.endsWith('.threats.yaml'))) {
  const doc = jsYaml.load(readFileSync(join(dir, f), 'utf8'), { schema: jsYaml.CORE_SCHEMA });
  n += doc.threats.length;
}
if (n === 0) process.exit(1);
