import type { ManifestFile } from '../../model/manifest.js';
import type { AgentSurface } from '../../model/surface.js';
import { AUTONOMY_ANNOTATION_PATTERN, type AnnotationFacts } from '../../model/surface-event.js';
import { AUTONOMY_ANNOTATION } from './surface.js';

/**
 * The agent object's autonomy annotations (keys matching AUTONOMY_ANNOTATION_PATTERN), except threatcat's own
 * tier annotation: the surface readers already turn that one into the tier, compared as such.
 */
export function autonomyAnnotations(
  files: readonly ManifestFile[],
  surface: AgentSurface | undefined,
): AnnotationFacts {
  const out: AnnotationFacts = {};
  if (!surface) return out;
  const a = surface.agent;
  for (const f of files) {
    for (const o of f.objects) {
      if (
        o.kind !== a.kind ||
        o.name !== a.name ||
        (o.namespace !== undefined && a.namespace !== undefined && o.namespace !== a.namespace)
      )
        continue;
      const annotations = (o.body.metadata as { annotations?: unknown } | undefined)?.annotations;
      if (!annotations || typeof annotations !== 'object') continue;
      for (const [key, value] of Object.entries(annotations as Record<string, unknown>)) {
        if (key === AUTONOMY_ANNOTATION || !AUTONOMY_ANNOTATION_PATTERN.test(key)) continue;
        out[key] = { value: String(value), position: o.locate(['metadata', 'annotations', key]) };
      }
    }
  }
  return out;
}
