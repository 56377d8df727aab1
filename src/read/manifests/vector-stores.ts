import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory } from '../../model/surface.js';
import { groupOf, refOf } from './fields.js';
import type { ReadContext } from './kagent.js';

/**
 * Vector stores an agent's RAG or memory uses: workloads running a known vector-database image, and the
 * operators' own kinds (Milvus operator `Milvus`, Qdrant operator `QdrantCluster`).
 */
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

/** Image repository (without registry or tag) → engine. */
const IMAGES: ReadonlyArray<[RegExp, string]> = [
  [/(^|\/)qdrant\/qdrant$/, 'qdrant'],
  [/(^|\/)semitechnologies\/weaviate$/, 'weaviate'],
  [/(^|\/)milvusdb\/milvus$/, 'milvus'],
  [/(^|\/)(chromadb\/chroma|chroma-core\/chroma)$/, 'chroma'],
  [/(^|\/)(pgvector\/pgvector|ankane\/pgvector)$/, 'pgvector'],
];

const OPERATOR_KINDS: ReadonlyArray<[string, string, string]> = [
  ['Milvus', 'milvus.io', 'milvus'],
  ['QdrantCluster', 'qdrant.io', 'qdrant'],
];

export function readVectorStore(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  const ns = o.namespace;
  const op = OPERATOR_KINDS.find(([kind, group]) => o.kind === kind && groupOf(o.apiVersion) === group);
  if (op) {
    out.memory.push({ ref: refOf(o, ns), engine: op[2], position: o.position, definedAt: o.position });
    return;
  }
  if (!WORKLOADS.has(o.kind) || !o.apiVersion.startsWith('apps/')) return;
  const containers = ctx.fields.list(o, ['spec', 'template', 'spec', 'containers']) ?? [];
  containers.forEach((c, i) => {
    const image = c && typeof c === 'object' ? (c as { image?: unknown }).image : undefined;
    if (typeof image !== 'string') return;
    const engine = IMAGES.find(([re]) => re.test(imageRepository(image)))?.[1];
    if (!engine) return;
    out.memory.push({
      ref: refOf(o, ns),
      engine,
      image,
      position: o.position,
      definedAt: o.position,
      at: { image: o.locate(['spec', 'template', 'spec', 'containers', i, 'image']) },
    });
  });
}

/** ghcr.io/chroma-core/chroma:0.5.0@sha256:… → ghcr.io/chroma-core/chroma */
export function imageRepository(image: string): string {
  const noDigest = image.split('@')[0];
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > lastSlash ? noDigest.slice(0, colon) : noDigest;
}
