// Catalog files that cannot be read as intended: one clear InputError naming file:line, never a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogText, readCatalogFile } from '../../src/read/catalog-file.js';
import { InputError } from '../../src/model/input-error.js';
import { MAX_TEXT_BYTES } from '../../src/read/text-file.js';
import { CATALOG, check, edit, lineIn } from '../helpers/catalogs.js';
import { runCli, tempDir } from '../helpers/fixtures.js';

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  assert.fail('expected an InputError');
}

test('a file over the size limit is refused before it is read', () => {
  const dir = tempDir();
  const path = join(dir, 'big.threats.yaml');
  writeFileSync(path, `# ${'x'.repeat(MAX_TEXT_BYTES)}\n`);
  const err = inputError(() => readCatalogFile(path, 'big.threats.yaml'));
  assert.equal(
    err.toString(),
    `big.threats.yaml:1:1: file is ${MAX_TEXT_BYTES + 3} bytes; the limit for a YAML file is ${MAX_TEXT_BYTES} bytes`,
  );
  const r = runCli(['validate', '-C', dir]);
  assert.equal(r.code, 2);
  assert.match(r.stdout, /^big\.threats\.yaml:1:1 {2}error {2}unreadable-input {2}file is \d+ bytes/m);
});

test('invalid UTF-8, two documents, a list at the top, comments only', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'latin1.threats.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
  assert.match(
    inputError(() => readCatalogFile(join(dir, 'latin1.threats.yaml'), 'latin1.threats.yaml')).toString(),
    /^latin1\.threats\.yaml:1:1: not valid UTF-8/,
  );
  assert.equal(
    inputError(() => loadCatalogText('a: 1\n---\nb: 2\n', 'x.yaml', '/x.yaml')).toString(),
    'x.yaml:2:1: expected one YAML document, found 2',
  );
  assert.equal(
    inputError(() => loadCatalogText('- a\n- b\n', 'x.yaml', '/x.yaml')).toString(),
    'x.yaml:1:1: expected a mapping (a ThreatCatalog) at the top of the file',
  );
  assert.equal(
    inputError(() => loadCatalogText('# nothing yet\n', 'x.yaml', '/x.yaml')).toString(),
    'x.yaml:1:1: empty file: expected a YAML document',
  );
});

test('CRLF line endings and a byte-order mark keep lines and columns right', () => {
  const text = `\ufeff${edit(CATALOG, '    layer: L1\n', '    layer: L9\n').replace(/\n/g, '\r\n')}`;
  const [f] = check({ 'a.threats.yaml': text.slice(1) });
  assert.equal(f.rule, 'schema');
  assert.equal(f.line, lineIn(text, 'layer: L9'));
  assert.equal(f.column, 12);
  const dir = tempDir();
  writeFileSync(join(dir, 'a.threats.yaml'), text);
  const r = runCli(['validate', '-C', dir, '--format', 'json', 'a.threats.yaml']);
  const schema = JSON.parse(r.stdout).findings.find((x: { rule: string }) => x.rule === 'schema');
  assert.deepEqual([schema.line, schema.column], [lineIn(text, 'layer: L9'), 12]);
});
