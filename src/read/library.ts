import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import validateLibrary from '../generated/library-validator.js';
import type { ThreatLibraryFile, ThreatTemplate } from '../model/library.js';
import { InputError } from '../model/input-error.js';
import { libraryDir } from './library-ids.js';
import { readTextFile } from './text-file.js';
import { makeLocator, parseSingleDocument } from './yaml-document.js';

export { libraryDir } from './library-ids.js';

/** Parses and schema-checks one library file; the first problem is an InputError naming file:line. */
export function loadLibraryText(text: string, file: string): ThreatLibraryFile {
  const data = parseSingleDocument(text, file);
  if (!validateLibrary(data)) {
    const err = validateLibrary.errors![0];
    const path = err.instancePath
      .split('/')
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : decodeURIComponent(s)));
    const extra =
      err.keyword === 'additionalProperties'
        ? ` '${(err.params as { additionalProperty: string }).additionalProperty}'`
        : '';
    throw new InputError(
      makeLocator(text, file)(path),
      `invalid threat library: ${path.join('.') || 'the file'} ${err.message}${extra}`,
    );
  }
  return data as ThreatLibraryFile;
}

/** Every template of every *.yaml in `dir`, in file then document order; template ids are unique. */
export function readLibrary(dir = libraryDir()): ThreatTemplate[] {
  const templates: ThreatTemplate[] = [];
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const file = join(dir, name);
    const text = readTextFile(file, file);
    const lib = loadLibraryText(text, file);
    lib.templates.forEach((t, i) => {
      const before = seen.get(t.id);
      if (before)
        throw new InputError(
          makeLocator(text, file)(['templates', i, 'id']),
          `duplicate template id '${t.id}' (also in ${before})`,
        );
      seen.set(t.id, name);
      templates.push(t);
    });
  }
  return templates;
}
