import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { canonicalJson, toolHash } from '../../src/model/tool-hash.js';

test('toolHash is sha256 of the canonical JSON of name, description, inputSchema, annotations', () => {
  const expected = createHash('sha256')
    .update('{"description":"Get the logs of a pod","name":"k8s_get_pod_logs"}')
    .digest('hex');
  assert.equal(toolHash({ name: 'k8s_get_pod_logs', description: 'Get the logs of a pod' }), expected);
});

test('key order does not change the hash; a changed description or schema does', () => {
  const a = toolHash({
    name: 't',
    description: 'd',
    inputSchema: { type: 'object', properties: { b: { type: 'string' }, a: { type: 'number' } } },
  });
  const b = toolHash({
    inputSchema: { properties: { a: { type: 'number' }, b: { type: 'string' } }, type: 'object' },
    description: 'd',
    name: 't',
  } as never);
  assert.equal(a, b);
  assert.notEqual(toolHash({ name: 't', description: 'd.' }), toolHash({ name: 't', description: 'd' }));
  assert.notEqual(
    toolHash({ name: 't', description: 'd', inputSchema: { required: ['x'] } }),
    toolHash({ name: 't', description: 'd' }),
  );
  assert.match(a, /^[0-9a-f]{64}$/);
});

test('canonicalJson keeps array order and drops undefined members', () => {
  assert.equal(
    canonicalJson({ z: [3, 1], a: undefined, m: { y: null, x: 'é' } }),
    '{"m":{"x":"é","y":null},"z":[3,1]}',
  );
});
