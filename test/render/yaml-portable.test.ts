import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Document } from 'yaml';
import jsYaml from 'js-yaml';
import { guardPortable, notPortable } from '../../src/render/yaml-portable.js';

test('strings a YAML 1.1 reader would take for another value, or reject, are quoted; the rest stay plain', () => {
  const strings = [':10250*', '?x', 'yes', 'On', 'off', 'y', 'N', '1:20', '0777', '1_000', '0b101', '=', '<<', '~', ''];
  const plain = ['2026-12-05', '-x', 'nodes/proxy', 'get', 'k8s-ops', 'a:b', 'x:10250', '8080:80/TCP', 'noon'];
  for (const s of strings) assert.equal(notPortable(s), true, s);
  for (const s of plain) assert.equal(notPortable(s), false, s);

  const doc = new Document({ match: { endpoint: [':10250*', ':10255*'], verbs: ['get', 'yes'] }, at: '1:20', on: 'x' });
  for (const p of [
    ['match', 'endpoint'],
    ['match', 'verbs'],
  ])
    (doc.getIn(p, true) as { flow: boolean }).flow = true;
  guardPortable(doc);
  const text = doc.toString({ flowCollectionPadding: false });
  assert.match(text, /endpoint: \[":10250\*", ":10255\*"\]/);
  assert.match(text, /verbs: \[get, "yes"\]/);
  assert.match(text, /at: "1:20"/);
  assert.match(text, /^"on": x$/m, 'a key too: `on:` is `true:` to PyYAML');
  // The same strings for a YAML 1.2 reader.
  assert.deepEqual(jsYaml.load(text), doc.toJSON());
});
