// The docs and the generated types must not drift from the schemas and the rule registry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/fixtures.js';
import { RULES } from '../src/analyse/rules/index.js';
import { FINDING_TYPES } from '../src/analyse/registry.js';
// @ts-expect-error: a plain .mjs script without types
import { generateTypes } from '../scripts/gen-types.mjs';

const DOC = readFileSync(join(ROOT, 'docs/catalog-format.md'), 'utf8');
const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8'));

/** Every identifier written in `code` in the docs (dotted paths split: `workload.kind` gives workload, kind). */
const CODE_WORDS = new Set(
  [...DOC.matchAll(/`([^`\n]+)`/g)].flatMap((m) => m[1].split(/[^A-Za-z0-9_-]+/)).filter(Boolean),
);

function walk(node: unknown, visit: (n: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node !== null && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((n) => walk(n, visit));
  }
}

function propertyNames(s: unknown): string[] {
  const names = new Set<string>();
  walk(s, (n) => {
    if (n.properties && typeof n.properties === 'object' && !Array.isArray(n.properties)) {
      for (const k of Object.keys(n.properties)) names.add(k);
    }
  });
  return [...names].sort();
}

test('docs/catalog-format.md names every property of the catalog schema', () => {
  const names = propertyNames(schema('catalog.schema.json'));
  assert.ok(names.length > 80, `found ${names.length} property names`);
  assert.deepEqual(
    names.filter((n) => !CODE_WORDS.has(n)),
    [],
  );
});

test('docs/catalog-format.md names every enum value and const of the catalog schema', () => {
  const values = new Set<string>();
  walk(schema('catalog.schema.json'), (n) => {
    if (Array.isArray(n.enum)) n.enum.forEach((v) => values.add(String(v)));
    if (typeof n.const === 'string') values.add(n.const);
  });
  const missing = [...values].filter(
    (v) =>
      !DOC.includes(`\`${v}\``) &&
      !v
        .split(/[^A-Za-z0-9_-]+/)
        .filter(Boolean)
        .every((w) => CODE_WORDS.has(w)),
  );
  assert.deepEqual(missing, []);
});

test('docs/catalog-format.md documents every .threatcat.yaml key', () => {
  const keys = propertyNames(schema('config.schema.json'));
  assert.deepEqual(
    keys.filter((k) => !new RegExp(`^\\| \`${k}\` \\|`, 'm').test(DOC)),
    [],
  );
});

test('the rules table lists every registered rule with its default severity', () => {
  const rows = new Map([...DOC.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning|note) \|/gm)].map((m) => [m[1], m[2]]));
  for (const rule of RULES) assert.equal(rows.get(rule.id), rule.severity, `rule ${rule.id}`);
  for (const id of ['schema', 'manifest-syntax', 'unreadable-input']) assert.equal(rows.get(id), 'error', id);
});

test('src/model/catalog.generated.ts is what scripts/gen-types.mjs generates from the schema now', async () => {
  const current = readFileSync(join(ROOT, 'src/model/catalog.generated.ts'), 'utf8');
  assert.equal(current, await generateTypes(), 'run `npm run gen:types` after changing schema/catalog.schema.json');
});

test('docs/findings.md has a section for every finding id, with its default severity and what to do', () => {
  const doc = readFileSync(join(ROOT, 'docs/findings.md'), 'utf8');
  const sections = new Map(
    [
      ...doc.matchAll(
        /^### ([a-z0-9-]+)\n\nDefault severity: \*\*(error|warning|note)\*\*\.\n\n[^\n]+\n\n\*\*What to do:\*\* (.+)$/gm,
      ),
    ].map((m) => [m[1], { severity: m[2], help: m[3] }]),
  );
  for (const t of FINDING_TYPES) {
    assert.equal(sections.get(t.id)?.severity, t.severity, `docs/findings.md: section ### ${t.id}`);
    assert.equal(sections.get(t.id)?.help, t.help, `docs/findings.md: what to do about ${t.id}`);
    assert.ok(t.helpUri.endsWith(`docs/findings.md#${t.id}`));
  }
});
