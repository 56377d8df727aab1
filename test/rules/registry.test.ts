import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/analyse/rules/index.js';
import { ROOT } from '../helpers/fixtures.js';
import { CATALOG, check } from '../helpers/catalogs.js';

test('the rule-test fixture catalog is clean (so every positive below is caused by its edit)', () => {
  assert.deepEqual(check({ 'demo.threats.yaml': CATALOG }), []);
});

test('every registered rule has a unique kebab-case id, a summary, its own file and its own test', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, `duplicate rule ids: ${ids.join(', ')}`);
  for (const rule of RULES) {
    assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(rule.summary.length > 10, `${rule.id} has a summary`);
    assert.ok(existsSync(join(ROOT, 'src/analyse/rules', `${rule.id}.ts`)), `src/analyse/rules/${rule.id}.ts`);
    assert.ok(existsSync(join(ROOT, 'test/rules', `${rule.id}.test.ts`)), `test/rules/${rule.id}.test.ts`);
  }
});

test('every rule file in src/analyse/rules is registered', () => {
  const helpers = new Set(['index.ts', 'rule.ts', 'acceptances.ts']);
  const files = readdirSync(join(ROOT, 'src/analyse/rules')).filter((f) => f.endsWith('.ts') && !helpers.has(f));
  for (const f of files)
    assert.ok(
      RULES.some((r) => `${r.id}.ts` === f),
      `${f} is not in RULES`,
    );
});
