import type { ManifestFile } from '../model/manifest.js';
import type { AgentSurface, SurfaceProblem } from '../model/surface.js';
import { findAgentSurface, readSurfaceCached, type WorkloadKey } from './manifests/surface.js';

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
      ? agentSurfaceCached(manifests, {
          kind: w.kind,
          name: w.name,
          ...(typeof w.namespace === 'string' ? { namespace: w.namespace } : {}),
        })
      : undefined;
  // Files read only to follow a reference belong to whoever owns them: their problems are not this agent's.
  const references = new Set(manifests.filter((m) => m.reference).map((m) => m.file));
  const surfaceProblems =
    references.size > 0 ? read.problems.filter((p) => !references.has(p.position.file)) : read.problems;
  return { ...(surface ? { surface } : {}), surfaceProblems };
}

const surfaces = new WeakMap<readonly ManifestFile[], Map<string, AgentSurface | undefined>>();

/**
 * findAgentSurface, memoised on the files array and the workload: following references (src/read/references.ts)
 * reads the surface of the same files the command then checks, once.
 */
export function agentSurfaceCached(files: readonly ManifestFile[], workload: WorkloadKey): AgentSurface | undefined {
  let byWorkload = surfaces.get(files);
  if (!byWorkload) {
    byWorkload = new Map();
    surfaces.set(files, byWorkload);
  }
  const key = `${workload.kind}\0${workload.name}\0${workload.namespace ?? ''}`;
  if (!byWorkload.has(key)) byWorkload.set(key, findAgentSurface(files, workload, readSurfaceCached(files)));
  return byWorkload.get(key);
}
