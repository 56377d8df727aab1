// An agent's RAG store is often a search engine (OpenSearch, Elasticsearch), Redis Stack or a CloudNativePG
// Postgres with pgvector rather than a dedicated vector database. Each is a memory store on the agent's surface, so
// that one added, removed or swapped in a pull request is an event, not silence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';

test('vector stores: known images in workloads and operator kinds; other images are not memory', () => {
  const m = readManifestText(
    `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: qdrant, namespace: rag}
spec:
  template:
    spec:
      containers:
        - name: qdrant
          image: docker.io/qdrant/qdrant:v1.12.4
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: chroma, namespace: rag}
spec:
  template:
    spec:
      containers:
        - {name: c, image: "ghcr.io/chroma-core/chroma:0.5.0@sha256:abcd"}
        - {name: sidecar, image: "busybox:1.36"}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: pg, namespace: rag}
spec:
  template:
    spec:
      containers:
        - {name: pg, image: pgvector/pgvector:pg16}
---
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata: {name: my-milvus, namespace: rag}
spec: {}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: postgres, namespace: rag}
spec:
  template:
    spec:
      containers:
        - {name: pg, image: postgres:16}
`,
    'rag.yaml',
  );
  const r = readSurface([m]);
  assert.deepEqual(
    r.inventory.memory.map((x) => [x.ref.kind, x.ref.name, x.engine, x.image, x.position.line]),
    [
      ['StatefulSet', 'qdrant', 'qdrant', 'docker.io/qdrant/qdrant:v1.12.4', 1],
      ['Deployment', 'chroma', 'chroma', 'ghcr.io/chroma-core/chroma:0.5.0@sha256:abcd', 11],
      ['Deployment', 'pg', 'pgvector', 'pgvector/pgvector:pg16', 21],
      ['Milvus', 'my-milvus', 'milvus', undefined, 30],
    ],
  );
  assert.equal(r.inventory.memory[0].at?.image.line, 9);
});

const AGENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: agent, namespace: agents}
spec: {template: {spec: {serviceAccountName: agent, containers: [{name: a, image: agent:1}]}}}
`;
const KEY = { kind: 'Deployment', name: 'agent', namespace: 'agents' };
const surface = (store?: string) =>
  findAgentSurface(
    [readManifestText(AGENT, 'a/agent.yaml'), ...(store ? [readManifestText(store, 'a/store.yaml')] : [])],
    KEY,
  )!;
const engines = (store: string) => surface(store).memory.map((m) => `${m.ref.kind} ${m.ref.name}: ${m.engine}`);

const workload = (image: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: store, namespace: agents}
spec: {template: {spec: {containers: [{name: db, image: "${image}"}]}}}
`;

test('search engines and Redis Stack run as workloads are memory stores, by image repository', () => {
  for (const [image, engine] of [
    ['opensearchproject/opensearch:2.19.1', 'opensearch'],
    ['docker.elastic.co/elasticsearch/elasticsearch:8.17.0', 'elasticsearch'],
    ['elasticsearch:8.17.0', 'elasticsearch'],
    ['redis/redis-stack-server:7.4.0-v3', 'redis-stack'],
    ['vespaengine/vespa:8', 'vespa'],
    ['tensorchord/vchord-postgres:pg17-v0.4.3', 'pgvector'],
  ]) {
    assert.deepEqual(engines(workload(image)), [`StatefulSet store: ${engine}`], image);
  }
  // Plain Redis and Postgres images say nothing about vectors: not taken for a store.
  assert.deepEqual(engines(workload('redis:7.4')), []);
  assert.deepEqual(engines(workload('postgres:17')), []);
});

test('operator kinds: OpenSearchCluster and ECK Elasticsearch', () => {
  assert.deepEqual(
    engines(`apiVersion: opensearch.opster.io/v1
kind: OpenSearchCluster
metadata: {name: rag, namespace: agents}
spec: {general: {version: 2.19.1, serviceName: rag}}
`),
    ['OpenSearchCluster rag: opensearch'],
  );
  assert.deepEqual(
    engines(`apiVersion: elasticsearch.k8s.elastic.co/v1
kind: Elasticsearch
metadata: {name: docs, namespace: agents}
spec: {version: 8.17.0, nodeSets: [{name: default, count: 1}]}
`),
    ['Elasticsearch docs: elasticsearch'],
  );
});

const CNPG = `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata: {name: rag-db, namespace: agents}
spec:
  instances: 1
  bootstrap:
    initdb:
      database: rag
      postInitApplicationSQL:
        - CREATE EXTENSION IF NOT EXISTS vector;
`;

test('a CloudNativePG Cluster or Database that turns on a vector extension is a pgvector store; one that does not is not', () => {
  assert.deepEqual(engines(CNPG), ['Cluster rag-db: pgvector']);
  assert.deepEqual(engines(CNPG.replace('CREATE EXTENSION IF NOT EXISTS vector;', 'CREATE EXTENSION pg_trgm;')), []);
  assert.deepEqual(
    engines(CNPG.replace(/ {2}bootstrap:[\s\S]*/, '  postgresql:\n    shared_preload_libraries: [vchord.so]\n')),
    ['Cluster rag-db: pgvector'],
  );
  assert.deepEqual(
    engines(`apiVersion: postgresql.cnpg.io/v1
kind: Database
metadata: {name: rag, namespace: agents}
spec:
  cluster: {name: rag-db}
  name: rag
  owner: app
  extensions: [{name: vector, ensure: present}]
`),
    ['Database rag: pgvector'],
  );
});

test('a pull request that adds an OpenSearch store to the agent is a memory event', () => {
  const events = diffSurfaces(surface(), surface(workload('opensearchproject/opensearch:2.19.1')));
  assert.deepEqual(
    events.map((e) => [e.type, e.direction, e.scope.aspect, e.file]),
    [['tool-surface-modified', 'widened', 'memory', 'a/store.yaml']],
  );
});
