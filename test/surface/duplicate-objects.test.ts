// The same object written twice in an agent's own files: one is what the cluster runs, threatcat can read only
// one, so an edit to the other would change no event. Said where the second is, naming the first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeAt } from '../helpers/fixtures.js';
import { commitAll, diff, exampleFiles, repoWith, validate } from '../scope/repo.js';

const AGENT = 'agents/k8s-ops';
const MODEL = `${AGENT}/manifests/model.yaml`;
const COPY = `${AGENT}/manifests/model-v2.yaml`;

test('validate: a ModelConfig defined in two files of the agent is an error at the second, naming the first', () => {
  const files = exampleFiles(AGENT);
  const dir = repoWith({
    ...files,
    [COPY]: files[MODEL].replace('claude-sonnet-4-5-20250929', 'claude-opus-4-5-20251101'),
  });
  const v = validate(dir);
  const dup = v.findings.filter((f) => f.message.includes('is defined twice'));
  assert.equal(dup.length, 1, JSON.stringify(v.findings));
  assert.equal(dup[0].severity, 'error');
  // Files are read in path order: model-v2.yaml comes before model.yaml.
  assert.equal(dup[0].file, MODEL);
  assert.equal(dup[0].line, 1);
  assert.match(dup[0].message, /ModelConfig agents\/k8s-ops-model .* at agents\/k8s-ops\/manifests\/model-v2\.yaml:1/);
  assert.equal(v.code, 1);
});

test("diff: a pull request that adds a second copy of the agent's ModelConfig is told so, at the copy", () => {
  const dir = repoWith(exampleFiles(AGENT));
  writeAt(dir, `${AGENT}/manifests/zz-model.yaml`, exampleFiles(AGENT)[MODEL].replace('claude-sonnet', 'claude-opus'));
  commitAll(dir, 'another model file');
  const out = diff(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  const dup = out.findings.filter((f) => f.message.includes('is defined twice'));
  assert.equal(dup.length, 1, JSON.stringify(out.findings));
  assert.equal(dup[0].file, `${AGENT}/manifests/zz-model.yaml`);
});

test('the same names in other namespaces, or of other kinds, are not duplicates', () => {
  const files = exampleFiles(AGENT);
  const dir = repoWith({
    ...files,
    [COPY]: files[MODEL].replace('namespace: agents', 'namespace: staging'),
  });
  assert.deepEqual(
    validate(dir).findings.filter((f) => f.message.includes('is defined twice')),
    [],
  );
});
