import type { ManifestFile, ManifestObject } from '../../model/manifest.js';
import { type FieldReader, groupOf } from './fields.js';

/**
 * The same object (group, kind, namespace, name) written twice in an agent's own files. Only one of them is what
 * the cluster runs (`kubectl apply` keeps the last one applied), and the readers take the first they meet: an edit
 * to the other would change no event. Said at the second, naming the first. Objects a Kustomize build rendered are
 * left out (kustomize refuses duplicates within a build, and two apps in one scope may render one object each), as
 * are files read only to follow a reference and what threatcat makes of files that hold no Kubernetes object.
 */
export function reportDuplicateObjects(files: readonly ManifestFile[], fields: FieldReader): void {
  const first = new Map<string, ManifestObject>();
  for (const f of files) {
    if (f.reference) continue;
    for (const o of f.objects) {
      const group = groupOf(o.apiVersion);
      // threatcat.dev: what threatcat makes of a file that is no Kubernetes object (an MCP client's settings).
      if (o.renderedBy !== undefined || o.name === '' || group === 'threatcat.dev') continue;
      const key = `${group}\u0000${o.kind}\u0000${o.namespace ?? ''}\u0000${o.name}`;
      const seen = first.get(key);
      if (!seen) {
        first.set(key, o);
        continue;
      }
      const at = seen.position;
      fields.problem(
        o.position,
        `${o.kind} ${o.namespace !== undefined ? `${o.namespace}/` : ''}${o.name} is defined twice in the agent's manifests, here and at ${at.file}:${at.line}: only one of them is what the cluster runs, and threatcat reads the one at ${at.file}:${at.line} (an edit here changes nothing it reports). Keep one.`,
      );
    }
  }
}
