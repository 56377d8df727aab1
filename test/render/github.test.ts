import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { renameSync } from 'node:fs';
import { copyExample, editFile, lineOf, runCli } from '../helpers/fixtures.js';
import { renderFindingsGithub } from '../../src/render/workflow-commands.js';

const CATALOG = 'k8s-ops.threats.yaml';

test('--format github prints one ::error line per finding with file, line and col', () => {
  const dir = copyExample();
  const file = join(dir, CATALOG);
  editFile(file, '    layer: L2\n', '    layer: L9\n');
  const r = runCli(['validate', '-C', dir, '--format', 'github']);
  assert.equal(r.code, 1);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 1);
  assert.match(
    lines[0],
    new RegExp(
      `^::error file=${CATALOG},line=${lineOf(file, 'layer: L9')},col=12,title=threatcat schema::threats\\[1\\] \\(K8SOPS-L2-01\\)\\.layer must be one of`,
    ),
  );
});

test('warnings become ::warning, notes ::notice', () => {
  const out = renderFindingsGithub([
    { rule: 'a', severity: 'warning', file: 'x.yaml', line: 2, column: 3, message: 'w' },
    { rule: 'b', severity: 'note', file: 'x.yaml', line: 4, column: 1, message: 'n' },
  ]);
  assert.equal(
    out,
    '::warning file=x.yaml,line=2,col=3,title=threatcat a::w\n::notice file=x.yaml,line=4,col=1,title=threatcat b::n\n',
  );
  assert.equal(renderFindingsGithub([]), '', 'nothing at all when clean');
});

test('escaping: % CR LF in the message; also : and , in properties', () => {
  const out = renderFindingsGithub([
    { rule: 'r', severity: 'error', file: 'a,b:c%.yaml', line: 1, column: 1, message: '100%\r\ndone' },
  ]);
  assert.equal(out, '::error file=a%2Cb%3Ac%25.yaml,line=1,col=1,title=threatcat r::100%25%0D%0Adone\n');
});

test('a catalog value containing newlines cannot forge a second workflow command', () => {
  const dir = copyExample();
  const file = join(dir, CATALOG);
  // A quoted key with escaped newlines: it reaches the message of the unknown-key finding verbatim.
  editFile(
    file,
    'kind: ThreatCatalog\n',
    'kind: ThreatCatalog\n"x\\n::error file=forged.yaml,line=1::pwned\\r\\n::add-mask::x": 1\n',
  );
  const r = runCli(['validate', '-C', dir, '--format', 'github']);
  assert.equal(r.code, 1);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 1, r.stdout);
  assert.ok(lines[0].startsWith(`::error file=${CATALOG},`));
  assert.ok(lines[0].includes('%0A::error file=forged.yaml'), 'the newline is escaped, the text stays data');
});

test('a file name with a comma or colon cannot inject a property', () => {
  const dir = copyExample();
  renameSync(join(dir, CATALOG), join(dir, 'k8s,line=1:ops.threats.yaml'));
  editFile(join(dir, 'k8s,line=1:ops.threats.yaml'), '    layer: L2\n', '    layer: L9\n');
  const r = runCli(['validate', '-C', dir, '--format', 'github']);
  assert.match(r.stdout, /^::error file=k8s%2Cline=1%3Aops\.threats\.yaml,line=\d+,col=12,/);
});

test('a terminal escape, BIDI override or line separator in a message is shown escaped, not raw', () => {
  const out = renderFindingsGithub([
    {
      rule: 'r',
      severity: 'warning',
      file: 'a.yaml',
      line: 1,
      column: 1,
      message: 'MCPClientServer \u001b[31mred\u001b[0m safe\u202eexe\u2028x\u0085y\u0000z',
    },
  ]);
  assert.equal(
    out,
    '::warning file=a.yaml,line=1,col=1,title=threatcat r::MCPClientServer \\u001b[31mred\\u001b[0m safe\\u202eexe\\u2028x\\u0085y\\u0000z\n',
  );
});
