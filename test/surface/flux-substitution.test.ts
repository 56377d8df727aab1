// Flux's post-build substitution evaluated as kustomize-controller does (fluxcd/pkg envsubst, kustomize varsub):
// which forms are replaced, which source wins, where a substituted node is located, and that a Secret's value never
// appears in what is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { envsubst } from '../../src/read/flux-envsubst.js';
import {
  coveringKustomizations,
  fluxKustomizationsIn,
  fluxVariables,
  substituteObject,
} from '../../src/read/flux-substitution.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { ROOT } from '../helpers/fixtures.js';

const FILE = 'clusters/prod/flux.yaml';
const TEXT = readFileSync(join(ROOT, 'test/fixtures/kinds/flux/post-build-substitution.yaml'), 'utf8');
const lineOf = (needle: string) => TEXT.split('\n').findIndex((l) => l.includes(needle)) + 1;

test('the envsubst forms Flux evaluates', () => {
  const vars = new Map([
    ['A', 'Value'],
    ['EMPTY', ''],
  ]);
  const value = (s: string) => {
    const r = envsubst(s, vars);
    return 'unsupported' in r ? `unsupported ${r.unsupported}` : r.value;
  };
  assert.equal(value('x-${A}-y'), 'x-Value-y');
  assert.equal(value('${A^^} ${A,,} ${A,}'), 'VALUE value value');
  assert.equal(value('${EMPTY:=d} ${NONE:-d} ${NONE=d} ${A-d}'), 'd d d Value');
  assert.equal(value('$${A} $A'), '${A} $A', '$$ escapes, a bare $A is text');
  assert.equal(value('${A:1:2}'), 'unsupported ${A:1:2}');
  assert.deepEqual(envsubst('${NONE}', vars), { value: '', used: [], missing: ['NONE'] });
});

test('values by precedence, each at the node that set it; a Secret value stands for its hash', () => {
  const m = readManifestText(TEXT, FILE);
  const [k] = fluxKustomizationsIn(m);
  assert.equal(k.dir, 'apps/agents');
  assert.deepEqual(
    coveringKustomizations([k], 'apps/agents/model.yaml').map((x) => x.object.name),
    ['agents'],
  );
  assert.deepEqual(coveringKustomizations([k], 'apps/agentsx/model.yaml'), []);
  const { vars, missing } = fluxVariables(k, m.objects);
  assert.deepEqual(missing, []);
  assert.equal(vars.get('LLM_MODEL')?.at.line, lineOf('LLM_MODEL: gpt-4o'));
  assert.equal(vars.get('LLM_PROVIDER')?.at.line, lineOf('LLM_PROVIDER: OpenAI'));
  assert.match(vars.get('GATEWAY_TOKEN')?.value ?? '', /^secret:cluster-secrets\/GATEWAY_TOKEN@sha256:[0-9a-f]{12}$/);

  const model = m.objects.find((o) => o.kind === 'ModelConfig')!;
  const { object, notes } = substituteObject(model, k, vars);
  assert.deepEqual(notes, []);
  const spec = object.body.spec as Record<string, unknown>;
  assert.equal(spec.model, 'gpt-4o');
  assert.equal(spec.provider, 'OpenAI');
  assert.equal(spec.apiKeySecret, 'openai-prod');
  assert.doesNotMatch(JSON.stringify(object.body), /secret-token/);
  assert.equal((spec.defaultHeaders as Record<string, string>)['X-Price'], '${NOT_A_VAR}');
  assert.equal(object.locate(['spec', 'model']).line, lineOf('LLM_MODEL: gpt-4o'));
  assert.equal(object.locate(['spec', 'provider']).line, lineOf('LLM_PROVIDER: OpenAI'));
  assert.equal(object.locate(['spec']).line, model.locate(['spec']).line);
});

test('no variables: nothing is substituted unless substituteStrategy is Always', () => {
  const bare = TEXT.replace(/ {4}substitute:\n(?: {6}.*\n)+/, '').replace(/ {4}substituteFrom:\n(?: {6}.*\n)+/, '');
  const m = readManifestText(bare, FILE);
  const [k] = fluxKustomizationsIn(m);
  const { vars } = fluxVariables(k, []);
  assert.equal(vars.size, 0);
  const model = m.objects.find((o) => o.kind === 'ModelConfig')!;
  assert.equal(
    (substituteObject(model, k, vars).object.body.spec as { provider: string }).provider,
    '${LLM_PROVIDER:=Anthropic}',
  );
  const always = fluxKustomizationsIn(readManifestText(bare.replace('WithVariables', 'Always'), FILE))[0];
  assert.equal((substituteObject(model, always, vars).object.body.spec as { provider: string }).provider, 'Anthropic');
});

test('a variable not set is a note at a single-line value, never in a multi-line script body', () => {
  const m = readManifestText(
    `${TEXT}---
apiVersion: v1
kind: ConfigMap
metadata: {name: entrypoint, namespace: agents}
data:
  run.sh: |
    #!/bin/sh
    exec agent --home "\${HOME}" --model "\${MODEL#*/}"
  MODEL_URL: http://\${MODEL_HOST}/v1
`,
    FILE,
  );
  const [k] = fluxKustomizationsIn(m);
  const { vars } = fluxVariables(k, m.objects);
  const cm = m.objects.find((o) => o.name === 'entrypoint')!;
  const { object, notes } = substituteObject(cm, k, vars);
  assert.deepEqual(
    notes.map((n) => [n.position.line, /MODEL_HOST/.test(n.message)]),
    [[cm.locate(['data', 'MODEL_URL']).line, true]],
  );
  assert.match((object.body.data as Record<string, string>)['run.sh'], /\$\{HOME\}/);
});
