// Generates the TypeScript types of the catalog from the published JSON Schema, so the two cannot drift.
// `npm run gen:types` writes src/model/catalog.generated.ts; test/schema-types.test.ts fails when it is stale.
import { compile } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EDITOR_KEYWORDS, mapSchemas, withoutKeywords } from './schema-walk.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function generateTypes() {
  const published = JSON.parse(readFileSync(`${root}schema/catalog.schema.json`, 'utf8'));
  // A property that is a $ref with its own description (for hover in editors) would become a new named type
  // (Acceptance1, Acceptance2...): the types keep the definition's description instead.
  const schema = mapSchemas(withoutKeywords(published, EDITOR_KEYWORDS), (s) => (s.$ref ? { $ref: s.$ref } : s));
  return compile(schema, 'ThreatCatalog', {
    bannerComment: '/* Generated from schema/catalog.schema.json by scripts/gen-types.mjs. Do not edit. */',
    additionalProperties: false,
    style: { singleQuote: true },
    unreachableDefinitions: true,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(`${root}src/model/catalog.generated.ts`, await generateTypes());
}
