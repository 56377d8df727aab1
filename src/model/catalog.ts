import type { Position } from './finding.js';
import type { ReopenEvent, Threat, ThreatCatalog } from './catalog.generated.js';

export type * from './catalog.generated.js';

/** A path into a YAML document: keys and sequence indexes. */
export type NodePath = ReadonlyArray<string | number>;

/**
 * A catalog as read from disk: its data, and a way back to source positions.
 * `locate` is pure (it works on the text in memory), so analysis can name lines without touching the file system.
 */
export interface CatalogDoc {
  /** Path relative to the repository root, forward slashes. */
  file: string;
  /** Absolute path on disk (for adapters only). */
  absPath: string;
  text: string;
  data: ThreatCatalog;
  /** Position of the node at `path` (or of its nearest existing ancestor); with `key`, of the key instead of the value. */
  locate(path: NodePath, opts?: { key?: boolean }): Position;
}

/** A catalog file parsed but not yet checked against the schema (`data` is whatever the YAML holds). */
export interface LoadedCatalog extends Omit<CatalogDoc, 'data'> {
  data: unknown;
}

/** Narrowing once the schema check passed. */
export function asCatalogDoc(loaded: LoadedCatalog): CatalogDoc {
  return loaded as CatalogDoc & { data: ThreatCatalog };
}

/** The event types a threat's `reopenOn` lists (plain or `{ event, always }`); undefined when it has none. */
export function reopenEventTypes(t: Pick<Threat, 'reopenOn'>): ReopenEvent[] | undefined {
  return t.reopenOn?.map((x) => (typeof x === 'string' ? x : x.event));
}
