import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory } from '../../model/surface.js';
import { groupOf, refOf } from './fields.js';
import type { ReadContext } from './kagent.js';

/**
 * Vector stores an agent's RAG or memory uses: workloads running a known vector-database or search-engine image,
 * the operators' own kinds (Milvus `Milvus`, Qdrant `QdrantCluster`, OpenSearch `OpenSearchCluster`, ECK
 * `Elasticsearch`), and CloudNativePG `Cluster`s and `Database`s that turn on a vector extension.
 */
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

/** Image repository (without registry or tag) → engine. */
const IMAGES: ReadonlyArray<[RegExp, string]> = [
  [/(^|\/)qdrant\/qdrant$/, 'qdrant'],
  [/(^|\/)semitechnologies\/weaviate$/, 'weaviate'],
  [/(^|\/)milvusdb\/milvus$/, 'milvus'],
  [/(^|\/)(chromadb\/chroma|chroma-core\/chroma)$/, 'chroma'],
  [/(^|\/)(pgvector\/pgvector|ankane\/pgvector)$/, 'pgvector'],
  [/(^|\/)tensorchord\/(pgvecto-rs|vchord-postgres|cloudnative-pgvecto\.rs|cloudnative-vectorchord)$/, 'pgvector'],
  [/(^|\/)redis\/redis-stack(-server)?$/, 'redis-stack'],
  [/(^|\/)opensearchproject\/opensearch$/, 'opensearch'],
  // docker.elastic.co/elasticsearch/elasticsearch, or Docker Hub's official image.
  [/(^|\/)elasticsearch\/elasticsearch$|^(docker\.io\/)?(library\/)?elasticsearch$/, 'elasticsearch'],
  [/(^|\/)vespaengine\/vespa$/, 'vespa'],
  [/(^|\/)marqoai\/marqo$/, 'marqo'],
];

const OPERATOR_KINDS: ReadonlyArray<[string, string, string]> = [
  ['Milvus', 'milvus.io', 'milvus'],
  ['QdrantCluster', 'qdrant.io', 'qdrant'],
  ['OpenSearchCluster', 'opensearch.opster.io', 'opensearch'],
  ['Elasticsearch', 'elasticsearch.k8s.elastic.co', 'elasticsearch'],
];

const CNPG_GROUP = 'postgresql.cnpg.io';
/** pgvector's extension is `vector`; pgvecto.rs's `vectors`; VectorChord's `vchord`. */
const VECTOR_EXTENSION = /^(vector|vectors|vchord)$/i;
const CREATE_VECTOR_EXTENSION = /\bcreate\s+extension\s+(if\s+not\s+exists\s+)?"?(vector|vectors|vchord)"?(\s|;|$)/i;
const VECTOR_LIBRARY = /^(vectors|vchord)(\.so)?$/i;

export function readVectorStore(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  const ns = o.namespace;
  const op = OPERATOR_KINDS.find(([kind, group]) => o.kind === kind && groupOf(o.apiVersion) === group);
  if (op) {
    out.memory.push({ ref: refOf(o, ns), engine: op[2], position: o.position, definedAt: o.position });
    return;
  }
  if (groupOf(o.apiVersion) === CNPG_GROUP) {
    if (cnpgVectorExtension(o, ctx)) {
      out.memory.push({ ref: refOf(o, ns), engine: 'pgvector', position: o.position, definedAt: o.position });
    }
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

/**
 * Whether a CloudNativePG object turns on a vector extension: a `Cluster` whose `bootstrap.initdb` SQL creates one
 * (`postInitSQL`, `postInitApplicationSQL`, `postInitTemplateSQL`), whose `postgresql.shared_preload_libraries`
 * loads one, or whose `postgresql.extensions` (image volume extensions, CNPG 1.27+) names one; a `Database` whose
 * `spec.extensions` names one (CNPG 1.26+).
 */
function cnpgVectorExtension(o: ManifestObject, ctx: ReadContext): boolean {
  const f = ctx.fields;
  const named = (path: (string | number)[]) =>
    (f.list(o, path) ?? []).some((e) => {
      const name = e && typeof e === 'object' ? (e as { name?: unknown }).name : undefined;
      return typeof name === 'string' && VECTOR_EXTENSION.test(name);
    });
  if (o.kind === 'Database') return named(['spec', 'extensions']);
  if (o.kind !== 'Cluster') return false;
  const sql = ['postInitSQL', 'postInitApplicationSQL', 'postInitTemplateSQL'].flatMap(
    (k) => f.strings(o, ['spec', 'bootstrap', 'initdb', k]) ?? [],
  );
  if (sql.some((q) => CREATE_VECTOR_EXTENSION.test(q))) return true;
  const libraries = f.strings(o, ['spec', 'postgresql', 'shared_preload_libraries']) ?? [];
  return libraries.some((l) => VECTOR_LIBRARY.test(l.trim())) || named(['spec', 'postgresql', 'extensions']);
}

/** ghcr.io/chroma-core/chroma:0.5.0@sha256:… → ghcr.io/chroma-core/chroma */
export function imageRepository(image: string): string {
  const noDigest = image.split('@')[0];
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > lastSlash ? noDigest.slice(0, colon) : noDigest;
}
