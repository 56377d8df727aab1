import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The installed package's root (where catalogs/, templates/ and schema/ are shipped). Found by walking up from
 * this module, because the same code runs from src/ (tests), dist/ and dist/chunks/ (the bundle).
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'threatcat') {
      cached = dir;
      return dir;
    }
    const up = dirname(dir);
    if (up === dir)
      throw new Error(`cannot find the threatcat package root (package.json) above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}
