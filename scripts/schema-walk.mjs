// A JSON Schema (draft-07) visitor that knows where schemas stand: the keys of `properties` and `definitions` are
// names, not keywords (a property may well be called `description`), and `enum`/`const`/`examples` hold data.

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'items']);
const SCHEMA_ONE = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
]);

/** A copy of `schema` with `edit` applied to every schema in it (innermost first). */
export function mapSchemas(schema, edit) {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (SCHEMA_MAPS.has(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v : mapSchemas(v, edit)]),
      );
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) out[key] = value.map((v) => mapSchemas(v, edit));
    else if (SCHEMA_ONE.has(key)) out[key] = mapSchemas(value, edit);
    else out[key] = value;
  }
  return edit(out);
}

/** Keywords for editors (the YAML language server, VS Code): validation and type generation never read them. */
export const EDITOR_KEYWORDS = [
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'examples',
  'defaultSnippets',
];

/** `schema` without the given keywords anywhere a schema stands. */
export function withoutKeywords(schema, keywords) {
  const drop = new Set(keywords);
  return mapSchemas(schema, (s) => Object.fromEntries(Object.entries(s).filter(([k]) => !drop.has(k))));
}
