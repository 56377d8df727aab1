import type { CatalogDoc, ThreatCatalog } from '../model/catalog.js';
import { readTextFile } from './text-file.js';
import { makeLocator, parseSingleDocument } from './yaml-document.js';
import { InputError } from './input-error.js';

/** A catalog file parsed but not yet checked against the schema (`data` is whatever the YAML holds). */
export interface LoadedCatalog extends Omit<CatalogDoc, 'data'> {
  data: unknown;
}

export function loadCatalogText(text: string, file: string, absPath: string): LoadedCatalog {
  const data = parseSingleDocument(text, file);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError({ file, line: 1, column: 1 }, 'expected a mapping (a ThreatCatalog) at the top of the file');
  }
  return { file, absPath, text, data, locate: makeLocator(text, file) };
}

export function readCatalogFile(absPath: string, file: string): LoadedCatalog {
  return loadCatalogText(readTextFile(absPath, file), file, absPath);
}

/** Narrowing once the schema check passed. */
export function asCatalogDoc(loaded: LoadedCatalog): CatalogDoc {
  return loaded as CatalogDoc & { data: ThreatCatalog };
}
