import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/deliver/atomic-write.js';

import { tempDir } from '../helpers/fixtures.js';

test('writeFileAtomic replaces the file in one rename, keeping its mode and leaving no temp file', () => {
  const dir = tempDir();
  const file = join(dir, 'c.threats.yaml');
  writeFileSync(file, 'old\n');
  chmodSync(file, 0o600);
  writeFileAtomic(file, 'new\n');
  assert.equal(readFileSync(file, 'utf8'), 'new\n');
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.deepEqual(readdirSync(dir), ['c.threats.yaml']);
  writeFileAtomic(join(dir, 'fresh.yaml'), 'x: 1\n');
  assert.equal(readFileSync(join(dir, 'fresh.yaml'), 'utf8'), 'x: 1\n');
});
