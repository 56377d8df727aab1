import type { CatalogDoc } from './catalog.js';
import type { ManifestFile } from './manifest.js';
import type { Baseline } from './baseline.js';

/** What the read stage found for one of a catalog's `agent.manifests` entries. */
export interface ManifestGlob {
  pattern: string;
  /** Matched files, relative to the repository root. */
  files: string[];
  /**
   * The pattern points outside the repository (`../`, an absolute path, a link that leads out): nothing there is
   * read or even listed, so a pull request cannot learn what exists on the machine that checks it.
   */
  outside?: boolean;
}

export interface CatalogContext {
  catalog: CatalogDoc;
  globs: ManifestGlob[];
  manifests: ManifestFile[];
  /** The per-Deployment baseline `threatcat ingest` keeps beside the catalog, once there is one. */
  baseline?: Baseline;
}
