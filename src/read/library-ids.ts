import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-dir.js';
import { readTextFile } from './text-file.js';
import { parseSingleDocument } from './yaml-document.js';

/** The built-in library shipped with the package. */
export function libraryDir(): string {
  return join(packageRoot(), 'catalogs');
}

let cached: ReadonlySet<string> | undefined;

/**
 * The ids of the built-in library's templates, without the schema check `readLibrary` makes: `validate` asks them
 * only for a catalog's `dismissed` entries, and the pre-commit hook's bundle stays without the library's validator
 * (the library ships with threatcat and is checked by its tests, and by every `init` and `diff`).
 */
export function libraryTemplateIds(): ReadonlySet<string> {
  if (cached) return cached;
  const ids = new Set<string>();
  const dir = libraryDir();
  for (const name of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const file = join(dir, name);
    const data = parseSingleDocument(readTextFile(file, file), file) as { templates?: Array<{ id?: unknown }> };
    for (const t of Array.isArray(data?.templates) ? data.templates : []) if (typeof t?.id === 'string') ids.add(t.id);
  }
  cached = ids;
  return ids;
}
