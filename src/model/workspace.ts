import type { CatalogDoc } from './catalog.js';
import type { ManifestFile } from './manifest.js';
import type { Baseline } from './baseline.js';
import type { LoadedCatalog } from './catalog.js';
import type { AgentSurface, SurfaceProblem } from './surface.js';

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

/** What the read stage hands to analysis for one catalog: everything a rule may look at, already read. */
export interface CatalogInput {
  loaded: LoadedCatalog;
  globs: ManifestGlob[];
  manifests: ManifestFile[];
  /** The per-Deployment baseline `threatcat ingest` keeps beside the catalog, once there is one. */
  baseline?: Baseline;
  /** The agent's surface, read from its manifests (absent when the workload is not found in them). */
  surface?: AgentSurface;
  /** Malformed objects of known kinds in the agent's manifests. */
  surfaceProblems: SurfaceProblem[];
}

/** A catalog as the rules see it: its data has passed the schema (or is the sound part of it). */
export interface CatalogContext extends Omit<CatalogInput, 'loaded'> {
  catalog: CatalogDoc;
}
