import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-dir.js';
import { readTextFile } from './text-file.js';

/** The built-in library shipped with the package. */
export function libraryDir(): string {
  return join(packageRoot(), 'catalogs');
}

/**
 * A template's first line as every library file writes it (test/library.test.ts holds the files to it); a checkout
 * whose line ends git turned into CRLF (autocrlf) still reads.
 */
const TEMPLATE_ID = /^ {2}- id: ([A-Za-z0-9][A-Za-z0-9._-]*)[ \t]*\r?$/gm;

let cached: ReadonlySet<string> | undefined;

/**
 * The ids of the built-in library's templates, read from the lines that start each template rather than by parsing
 * and schema-checking the files as `readLibrary` does: `validate` asks them only for a catalog's `dismissed` entries,
 * and parsing the library cost the pre-commit hook more than the rest of a one-catalog run (the library ships with
 * threatcat and is parsed and checked by its tests, and by every `init` and `diff`).
 */
export function libraryTemplateIds(): ReadonlySet<string> {
  if (cached) return cached;
  const ids = new Set<string>();
  const dir = libraryDir();
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
    const file = join(dir, name);
    for (const m of readTextFile(file, file).matchAll(TEMPLATE_ID)) ids.add(m[1]);
  }
  cached = ids;
  return ids;
}
