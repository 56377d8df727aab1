import type { ManifestFile } from '../model/manifest.js';
import type { AgentSurface, SurfaceProblem } from '../model/surface.js';
import { findAgentSurface, readSurfaceCached } from './manifests/surface.js';

/**
 * The surface of a catalog's agent, read from its manifests, for analysis to use without reading anything
 * itself. `data` may not have passed the schema yet: a workload that is not a kind/name pair gives no surface.
 */
export function catalogSurface(
  manifests: readonly ManifestFile[],
  data: unknown,
): { surface?: AgentSurface; surfaceProblems: SurfaceProblem[] } {
  const read = readSurfaceCached(manifests);
  const w = (data as { agent?: { workload?: { kind?: unknown; name?: unknown; namespace?: unknown } } })?.agent
    ?.workload;
  const surface =
    w && typeof w.kind === 'string' && typeof w.name === 'string'
      ? findAgentSurface(
          manifests,
          { kind: w.kind, name: w.name, ...(typeof w.namespace === 'string' ? { namespace: w.namespace } : {}) },
          read,
        )
      : undefined;
  // Files read only to follow a reference belong to whoever owns them: their problems are not this agent's.
  const references = new Set(manifests.filter((m) => m.reference).map((m) => m.file));
  const surfaceProblems =
    references.size > 0 ? read.problems.filter((p) => !references.has(p.position.file)) : read.problems;
  return { ...(surface ? { surface } : {}), surfaceProblems };
}
