import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { commit, convergeInit, diffJson, edit, line, reopened } from './scenario.js';
import { tempDir } from '../helpers/fixtures.js';

/**
 * The agent's memory and RAG stores are what it reads back into its context: a pull request that moves the store,
 * swaps its image or its Secret, adds one or takes one away must not pass unseen (it was 0 events). Real git
 * repositories and commits; the catalog is the one `init` wrote, converged.
 */

const APP = 'apps/rag';
const AGENT = `${APP}/agent.yaml`;
const STORE = `${APP}/qdrant.yaml`;
const CATALOG = `${APP}/rag-agent.threats.yaml`;

const AGENT_YAML = `apiVersion: apps/v1
kind: Deployment
metadata: {name: rag-agent, namespace: ai}
spec:
  template:
    spec:
      serviceAccountName: rag-agent
      containers:
        - name: agent
          image: ghcr.io/acme/rag-agent:2.0
          env:
            - {name: OPENAI_MODEL, value: gpt-4.1}
`;

const QDRANT = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: qdrant, namespace: ai}
spec:
  template:
    spec:
      containers:
        - name: qdrant
          image: qdrant/qdrant:v1.12.1
`;

function ragRepo(): string {
  const dir = tempDir('threatcat-memory-');
  mkdirSync(join(dir, APP), { recursive: true });
  writeFileSync(join(dir, AGENT), AGENT_YAML);
  writeFileSync(join(dir, STORE), QDRANT);
  convergeInit(dir, 'rag-agent', APP);
  return dir;
}

/** The threats of the catalog's rag-memory component. */
function memoryThreats(dir: string): string[] {
  const doc = parseDocument(readFileSync(join(dir, CATALOG), 'utf8')).toJS() as {
    components: Array<{ id: string; category: string }>;
    threats: Array<{ id: string; components: string[] }>;
  };
  const ids = doc.components.filter((c) => c.category === 'rag-memory').map((c) => c.id);
  assert.equal(ids.length, 1, 'init modelled the store');
  return doc.threats.filter((t) => t.components.includes(ids[0])).map((t) => t.id);
}

test("a new image for the agent's vector store re-opens the store's threats, at the image line", () => {
  const dir = ragRepo();
  edit(dir, STORE, 'qdrant/qdrant:v1.12.1', 'qdrant/qdrant:v1.13.0');
  commit(dir, 'qdrant bump');
  const { out } = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.direction, e.file, e.line, e.subject]),
    [['tool-surface-modified', 'changed', STORE, line(dir, STORE, 'v1.13.0'), 'memory StatefulSet ai/qdrant: image']],
  );
  const expected = memoryThreats(dir);
  assert.ok(expected.length > 0);
  assert.ok(
    reopened(out).every((t) => expected.includes(t)),
    `only the store's threats: ${reopened(out)}`,
  );
  assert.ok(reopened(out).length > 0);
});

test('a store added is a widening and a shadow component; a store taken away is a narrowing that re-opens nothing', () => {
  const dir = ragRepo();
  writeFileSync(
    join(dir, `${APP}/weaviate.yaml`),
    QDRANT.replace(/qdrant/g, 'weaviate').replace('weaviate/weaviate:v1.12.1', 'semitechnologies/weaviate:1.28.0'),
  );
  commit(dir, 'a second store');
  const added = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out;
  assert.deepEqual(
    added.events.map((e) => [e.type, e.direction, e.subject]),
    [['tool-surface-modified', 'widened', 'memory StatefulSet ai/weaviate']],
  );
  assert.deepEqual(
    added.findings.map((f) => f.rule),
    ['shadow-component'],
  );
  rmSync(join(dir, STORE));
  commit(dir, 'qdrant retired');
  const removed = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD').out;
  assert.deepEqual(
    removed.events.map((e) => [e.type, e.direction, e.file, e.subject]),
    [['tool-surface-modified', 'narrowed', STORE, 'memory StatefulSet ai/qdrant']],
  );
  assert.deepEqual(removed.reopen, []);
});
