import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv4 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { copyExample, editFile, EXAMPLE, NO_SARIF_SCHEMA, runCli, SARIF_SCHEMA, tempDir } from '../helpers/fixtures.js';

const CATALOG = 'k8s-ops.threats.yaml';

/** The official OASIS SARIF 2.1.0 schema, read from the shared reference copy (not vendored into the project). */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(SARIF_SCHEMA!, 'utf8'));
  assert.equal(
    schema.$schema,
    'http://json-schema.org/draft-04/schema#',
    'the schema is draft-04: validated with ajv-draft-04',
  );
  // CommonJS packages: under NodeNext the default import is module.exports, whose .default is the class.
  const ajv = new Ajv4.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  /** The schema errors, or [] when the log is valid. */
  return (log: unknown) => (validate(log) ? [] : (validate.errors ?? ['invalid']));
}

/** Three kinds of finding in one run: schema, a rule, and a warning. */
function brokenExample(): string {
  const dir = copyExample();
  const file = join(dir, CATALOG);
  editFile(file, '    layer: L2\n', '    layer: L9\n');
  editFile(file, 'autonomyOfAction: 0.5 ', 'autonomyOfAction: 0.7 ');
  editFile(file, '    components: [to-gitops]', '    components: [to-gitopz]');
  return dir;
}

function sarifOf(dir: string): any {
  const r = runCli(['validate', '-C', dir, '--format', 'sarif']);
  assert.equal(r.code, 1, r.stderr);
  return JSON.parse(r.stdout);
}

test('validate --format sarif passes the official SARIF 2.1.0 schema (with findings, and clean)', {
  skip: SARIF_SCHEMA ? false : NO_SARIF_SCHEMA,
}, () => {
  const validate = sarifValidator();
  const withFindings = sarifOf(brokenExample());
  assert.deepEqual(validate(withFindings), []);
  assert.equal(withFindings.runs[0].results.length, 3);
  const clean = runCli(['validate', '-C', EXAMPLE, '--format', 'sarif']);
  assert.equal(clean.code, 0);
  const cleanLog: any = JSON.parse(clean.stdout);
  assert.deepEqual(validate(cleanLog), []);
  assert.deepEqual(cleanLog.runs[0].results, []);
});

test('the schema check can fail: a result without a message is rejected', {
  skip: SARIF_SCHEMA ? false : NO_SARIF_SCHEMA,
}, () => {
  const validate = sarifValidator();
  const log = sarifOf(brokenExample());
  delete log.runs[0].results[0].message;
  assert.ok(validate(log).length > 0);
});

test('GitHub code scanning requirements: rules, levels, security tags, repo-relative URIs, category', () => {
  const dir = brokenExample();
  const log = sarifOf(dir);
  const json = JSON.parse(runCli(['validate', '-C', dir, '--format', 'json']).stdout);
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'threatcat');
  assert.match(run.automationDetails.id, /^threatcat\/validate\//);
  const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
  for (const rule of run.tool.driver.rules) {
    assert.ok(rule.shortDescription.text.length > 0 && rule.fullDescription.text.length <= 1024, rule.id);
    assert.ok(rule.help.text.length > 0, `${rule.id} help`);
    assert.ok(rule.name.length <= 255);
    assert.ok(['note', 'warning', 'error'].includes(rule.defaultConfiguration.level));
    assert.ok(rule.properties.tags.includes('security'), `${rule.id} is tagged security`);
  }
  assert.deepEqual(
    run.results.map((r: { ruleId: string }) => r.ruleId).sort(),
    json.findings.map((f: { rule: string }) => f.rule).sort(),
  );
  run.results.forEach((res: any) => {
    assert.ok(ruleIds.includes(res.ruleId));
    assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    assert.ok(['note', 'warning', 'error'].includes(res.level));
    assert.ok(res.message.text.length > 0);
    const loc = res.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, CATALOG, 'repo-relative, no file:// and no absolute path');
    const finding = json.findings.find((f: any) => f.rule === res.ruleId);
    assert.equal(loc.region.startLine, finding.line);
    assert.equal(loc.region.startColumn, finding.column);
    assert.match(res.partialFingerprints.primaryLocationLineHash, /^[0-9a-f]{16}:\d+$/);
  });
});

test('a path with a space is percent-encoded and stays repo-relative', () => {
  const root = tempDir();
  cpSync(brokenExample(), join(root, 'my agents'), { recursive: true });
  const r = runCli(['validate', '-C', root, '--format', 'sarif']);
  const uris = JSON.parse(r.stdout).runs[0].results.map(
    (res: any) => res.locations[0].physicalLocation.artifactLocation.uri,
  );
  assert.deepEqual([...new Set(uris)], [`my%20agents/${CATALOG}`]);
});

test('fingerprints are stable when the findings move to other lines, and distinct per finding', () => {
  const dir = brokenExample();
  const before = sarifOf(dir).runs[0].results;
  // Push everything down: new comment lines at the top, a new threat before the broken ones.
  editFile(join(dir, CATALOG), '# Threat catalog', '# moved\n# down\n# Threat catalog');
  const after = sarifOf(dir).runs[0].results;
  const byRule = (rs: any[]) => Object.fromEntries(rs.map((r) => [r.ruleId, r]));
  const a = byRule(before);
  const b = byRule(after);
  for (const rule of Object.keys(a)) {
    assert.equal(
      b[rule].locations[0].physicalLocation.region.startLine,
      a[rule].locations[0].physicalLocation.region.startLine + 2,
    );
    assert.deepEqual(b[rule].partialFingerprints, a[rule].partialFingerprints, `${rule} keeps its fingerprint`);
  }
  const hashes = before.map((r: any) => r.partialFingerprints.primaryLocationLineHash);
  assert.equal(new Set(hashes).size, hashes.length);
});

test('two unknown references in one threat get two different fingerprints', () => {
  const dir = copyExample();
  editFile(join(dir, CATALOG), '    components: [to-gitops]', '    components: [ghost-1, ghost-2]');
  const results = sarifOf(dir).runs[0].results;
  assert.equal(results.length, 2);
  assert.notEqual(
    results[0].partialFingerprints.primaryLocationLineHash,
    results[1].partialFingerprints.primaryLocationLineHash,
  );
});
