import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';

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
