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
  /** The name in its source file, when a Kustomize build renamed the object (namePrefix, nameSuffix). */
  renamedFrom?: string;
  /** The kustomization of the app whose build rendered the object (absent for a file read as it is). */
  renderedBy?: string;
}

/** A manifest file that was read: its objects, and problems found in it (never thrown). */
export interface ManifestFile {
  file: string;
  objects: ManifestObject[];
  problems: Array<{ position: Position; message: string }>;
  /**
   * Inputs understood but not read as objects — a Helm template, a Kustomize app that was not rendered: said
   * once as a note (`manifest-not-rendered`), never an error.
   */
  notes?: Array<{ position: Position; message: string }>;
  /**
   * Read from elsewhere in the repository only to resolve what the agent's own manifests reference (the
   * Service behind a URL, its workload, ServiceAccount, RBAC): these objects complete the agent's identities
   * and reach but are not the agent's own elements, and their problems belong to whoever owns the file.
   */
  reference?: boolean;
}

export function objectKey(o: { kind: string; name: string; namespace?: string }): string {
  return `${o.kind}/${o.namespace ?? ''}/${o.name}`;
}
