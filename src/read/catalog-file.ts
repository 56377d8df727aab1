import type { LoadedCatalog } from '../model/catalog.js';

export type { LoadedCatalog } from '../model/catalog.js';
import { readTextFile } from './text-file.js';
import { makeLocator, parseSingleDocument } from './yaml-document.js';
import { InputError } from '../model/input-error.js';

export function loadCatalogText(text: string, file: string, absPath: string): LoadedCatalog {
  return loadedCatalog(text, parseCatalogText(text, file), file, absPath);
}

/** A catalog's data: one YAML document holding a mapping (what it maps is the schema's to judge). */
export function parseCatalogText(text: string, file: string): unknown {
  const data = parseSingleDocument(text, file);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError({ file, line: 1, column: 1 }, 'expected a mapping (a ThreatCatalog) at the top of the file');
  }
  return data;
}

/** A catalog whose text was parsed into `data` (here or on the catalog reader's thread, catalog-prefetch.ts). */
export function loadedCatalog(text: string, data: unknown, file: string, absPath: string): LoadedCatalog {
  return { file, absPath, text, data, locate: makeLocator(text, file) };
}

/** With `root`, the file must resolve inside it (a link that leads out is refused). */
export function readCatalogFile(absPath: string, file: string, root?: string): LoadedCatalog {
  return loadCatalogText(readTextFile(absPath, file, { root }), file, absPath);
}
