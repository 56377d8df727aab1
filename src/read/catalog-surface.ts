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
  return { ...(surface ? { surface } : {}), surfaceProblems: read.problems };
}
