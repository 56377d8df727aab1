import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { tempDir } from './helpers/fixtures.js';

/**
 * The pipeline's one rule of imports (docs/architecture.md): analysis and the model are pure; renderers do not
 * deliver; adapters do not analyse; only app/ combines the stages, and the shells sit on top.
 */
const FORBIDDEN: Record<string, { layers: string[]; modules: RegExp[] }> = {
  model: { layers: ['read', 'analyse', 'render', 'deliver', 'app', 'action', 'cli'], modules: [] },
  analyse: { layers: ['read', 'render', 'deliver', 'app', 'action', 'cli'], modules: [] },
  read: { layers: ['analyse', 'render', 'deliver', 'app', 'action', 'cli'], modules: [] },
  render: { layers: ['deliver', 'app', 'action', 'cli'], modules: [] },
  deliver: { layers: ['analyse', 'app', 'action', 'cli'], modules: [] },
  app: { layers: ['action', 'cli'], modules: [] },
};
/** Side effects analysis and the model must never have. */
const IMPURE = [
  /^(node:)?fs(\/|$)/,
  /^(node:)?child_process$/,
  /^simple-git$/,
  /^@octokit\//,
  /^(node:)?net$/,
  /^(node:)?https?$/,
];
for (const layer of ['model', 'analyse']) FORBIDDEN[layer].modules = IMPURE;

interface Violation {
  file: string;
  line: number;
  spec: string;
  why: string;
}

/** Every import of every .ts file under `srcDir` that breaks the rule. */
export function importViolations(srcDir: string): Violation[] {
  const out: Violation[] = [];
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  for (const file of walk(srcDir)) {
    const rel = relative(srcDir, file).split(sep);
    const layer = rel.length > 1 ? rel[0] : '';
    const rule = FORBIDDEN[layer];
    if (!rule) continue;
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, i) => {
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/g)) {
        const spec = m[1];
        const at = { file: relative(srcDir, file).split(sep).join('/'), line: i + 1, spec };
        if (spec.startsWith('.')) {
          const target = relative(srcDir, resolve(dirname(file), spec)).split(sep);
          const to = target.length > 1 ? target[0] : '';
          if (rule.layers.includes(to)) out.push({ ...at, why: `${layer}/ must not import ${to}/` });
        } else if (rule.modules.some((r) => r.test(spec))) {
          out.push({ ...at, why: `${layer}/ is pure: no ${spec}` });
        }
      }
    });
  }
  return out;
}

test('every import follows the pipeline: model and analyse pure, render never delivers, only app/ combines', () => {
  const violations = importViolations(resolve('src'));
  assert.deepEqual(
    violations.map((v) => `${v.file}:${v.line} ${v.spec} — ${v.why}`),
    [],
  );
});

test('the check catches a wrong import (an analysis module reading files, a renderer importing the Action)', () => {
  const dir = tempDir();
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('analyse/rule.ts', "import { readFileSync } from 'node:fs';\nimport { x } from '../read/x.js';\n");
  write('render/view.ts', "import type { A } from '../action/run.js';\nimport { y } from '../analyse/y.js';\n");
  write('model/t.ts', "export const t = await import('../deliver/z.js');\n");
  write('read/x.ts', "import { planReopen } from '../analyse/reopen-plan.js';\n");
  const found = importViolations(dir).map((v) => `${v.file}:${v.line} ${v.why}`);
  assert.deepEqual(found.sort(), [
    'analyse/rule.ts:1 analyse/ is pure: no node:fs',
    'analyse/rule.ts:2 analyse/ must not import read/',
    'model/t.ts:1 model/ must not import deliver/',
    'read/x.ts:1 read/ must not import analyse/',
    'render/view.ts:1 render/ must not import action/',
  ]);
});
