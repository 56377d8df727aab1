// A KAITO RAGEngine reaches out with Secrets: the vector DB it retrieves context from (`storage.vectorDB.url` and
// `accessSecret`), the remote embedding service and the LLM it sends the context to (`accessSecret`), the Hugging Face
// token of a local embedding model (`modelAccessSecret`). Another Secret is another account: a swap must be a model
// update, and the vector DB's address is on the surface for init. kaito api/v1beta1/ragengine_types.go @056b8280b1a8.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { lineIn } from '../helpers/samples.js';

const RAG = `apiVersion: kaito.sh/v1beta1
kind: RAGEngine
metadata: {name: docs, namespace: kaito}
spec:
  storage:
    vectorDB:
      engine: qdrant
      url: https://qdrant.example.com:6333
      accessSecret: qdrant-api-key
  embedding:
    remote:
      url: https://api.openai.com/v1/embeddings
      accessSecret: openai-key
  inferenceService:
    url: https://api.openai.com/v1/chat/completions
    accessSecret: openai-key
`;
const AGENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: app, namespace: kaito}
spec: {template: {spec: {containers: [{name: a, image: app:1}]}}}
`;
const surface = (text: string) =>
  findAgentSurface([readManifestText(text, 'k/rag.yaml'), readManifestText(AGENT, 'k/app.yaml')], {
    kind: 'Deployment',
    name: 'app',
    namespace: 'kaito',
  });

test('the vector DB address and the Secrets of each service a RAGEngine calls are on the surface', () => {
  const r = readSurface([readManifestText(RAG, 'k/rag.yaml')]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.memory.map((m) => [m.engine, m.endpoint, m.credentials]),
    [['qdrant', 'https://qdrant.example.com:6333', ['access token from Secret qdrant-api-key']]],
  );
  assert.deepEqual(
    r.inventory.models.map((m) => [m.target, m.credentials]),
    [
      ['embedding', ['access token from Secret openai-key']],
      ['inference', ['access token from Secret openai-key']],
    ],
  );
  const local = RAG.replace(
    '    remote:\n      url: https://api.openai.com/v1/embeddings\n      accessSecret: openai-key\n',
    '    local: {modelID: BAAI/bge-small-en-v1.5, modelAccessSecret: hf-token}\n',
  );
  const embed = readSurface([readManifestText(local, 'k/rag.yaml')]).inventory.models[0];
  assert.deepEqual(embed.credentials, ['Hugging Face token from Secret hf-token']);
});

test("another Secret for the LLM a RAGEngine calls is a model update on the Secret's line", () => {
  const head = RAG.replace(/accessSecret: openai-key\n$/, 'accessSecret: openai-org-admin\n');
  const events = diffSurfaces(surface(RAG), surface(head));
  assert.deepEqual(
    events.map((e) => [e.type, e.subject, e.line]),
    [['model-version-updated', 'RAGEngine kaito/docs inference', lineIn(head, 'openai-org-admin')]],
  );
});
