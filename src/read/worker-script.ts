import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-dir.js';

/**
 * A thread's entry script, by name: dist/<name>.js in the bundle; the TypeScript module beside `caller` when run
 * from source (the tests), where the thread needs the TypeScript loader this module was loaded with. Undefined when
 * neither is there: the caller then does the work on its own thread.
 */
export function workerScript(name: string, caller: string, ext = '.js'): { path: string; eval?: boolean } | undefined {
  if (caller.endsWith('.ts')) {
    // Node 20 does not pass a thread the loader hooks of its parent: the thread registers tsx itself.
    const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
    const entry = JSON.stringify(new URL(`./${name}.ts`, caller).href);
    return { path: `import(${api}).then((tsx) => { tsx.register(); return import(${entry}); });`, eval: true };
  }
  const path = join(packageRoot(), 'dist', `${name}${ext}`);
  return existsSync(path) ? { path } : undefined;
}
