import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { copyExample, editFile, lineOf, runCli } from '../helpers/fixtures.js';

test('a known kind with a field of the wrong shape fails validate at that node, once', () => {
  const dir = copyExample();
  const rbac = join(dir, 'manifests/rbac.yaml');
  editFile(rbac, '    resources: ["secrets"]', '    resources: secrets');
  const r = runCli(['validate', '-C', dir, '--format', 'json']);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const findings = JSON.parse(r.stdout).findings.filter((f: { rule: string }) => f.rule === 'surface-malformed');
  assert.deepEqual(
    findings.map((f: { file: string; line: number; message: string }) => [f.file, f.line, f.message]),
    [
      [
        'manifests/rbac.yaml',
        lineOf(rbac, 'resources: secrets'),
        'ClusterRole k8s-ops: rules[4].resources must be a list',
      ],
    ],
  );
});
