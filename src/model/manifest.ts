import type { Position } from './finding.js';
import type { NodePath } from './catalog.js';

/** One Kubernetes object from a manifest file (one YAML document, a JSON file, or one item of a `List`). */
export interface ManifestObject {
  apiVersion: string;
  kind: string;
  name: string;
  /** metadata.namespace as written (undefined when absent: the reader does not guess the namespace). */
  namespace?: string;
  /** The whole object as plain data. */
  body: Record<string, unknown>;
  /** Position of the object (its first line). */
  position: Position;
  /** Position of a node inside this object, by path from the object root. */
  locate(path: NodePath): Position;
}

/** A manifest file that was read: its objects, and problems found in it (never thrown). */
export interface ManifestFile {
  file: string;
  objects: ManifestObject[];
  problems: Array<{ position: Position; message: string }>;
}

export function objectKey(o: { kind: string; name: string; namespace?: string }): string {
  return `${o.kind}/${o.namespace ?? ''}/${o.name}`;
}
