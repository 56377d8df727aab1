import type { CatalogDoc } from './catalog.js';
import type { ManifestFile } from './manifest.js';
import type { Baseline } from './baseline.js';

/** What the read stage found for one of a catalog's `agent.manifests` entries. */
export interface ManifestGlob {
  pattern: string;
  /** Matched files, relative to the repository root. */
  files: string[];
  /** How many matches were left out because they lie outside the repository (never read). */
  outside?: number;
}

export interface CatalogContext {
  catalog: CatalogDoc;
  globs: ManifestGlob[];
  manifests: ManifestFile[];
  /** The per-Deployment baseline `threatcat ingest` keeps beside the catalog, once there is one. */
  baseline?: Baseline;
}
