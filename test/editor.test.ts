// Editor support: the catalog and library schemas explain every key and value, catalogs name their schema on the
// first line, and the YAML language server (the one inside VS Code's YAML extension) gives hover and completion
// for every key of a catalog `threatcat init` wrote — asked in process, with the schema read from this checkout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { getLanguageService } from 'yaml-language-server';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EXAMPLE, ROOT, runCli, tempDir } from './helpers/fixtures.js';
import { CATALOG_SCHEMA_URL, REPOSITORY, SCHEMA_BASE_URL, VERSION } from '../src/version.js';
// @ts-expect-error: a plain .mjs script without types
import { withoutKeywords, EDITOR_KEYWORDS } from '../scripts/schema-walk.mjs';

type Schema = Record<string, unknown>;
const SCHEMA_DIR = join(ROOT, 'schema');
const CATALOG_SCHEMA = join(SCHEMA_DIR, 'catalog.schema.json');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const catalogSchema: Schema = readJson(CATALOG_SCHEMA);
const librarySchema: Schema = readJson(join(SCHEMA_DIR, 'library.schema.json'));

/** Every schema node with its JSON pointer (schema positions only: the keys of `properties` are names). */
function schemaNodes(schema: Schema): Array<{ pointer: string; node: Schema }> {
  const out: Array<{ pointer: string; node: Schema }> = [];
  const go = (node: unknown, pointer: string) => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    const s = node as Schema;
    out.push({ pointer, node: s });
    for (const key of ['properties', 'definitions', 'patternProperties']) {
      const map = s[key] as Record<string, unknown> | undefined;
      for (const [name, child] of Object.entries(map ?? {})) go(child, `${pointer}/${key}/${name}`);
    }
    for (const key of ['items', 'additionalProperties', 'not']) go(s[key], `${pointer}/${key}`);
    for (const key of ['oneOf', 'anyOf', 'allOf'])
      ((s[key] as unknown[]) ?? []).forEach((child, i) => go(child, `${pointer}/${key}/${i}`));
  };
  go(schema, '');
  return out;
}

/** Follows a local `$ref` (`#/definitions/X`) to what it names. */
function deref(schema: Schema, node: Schema | undefined): Schema | undefined {
  let s = node;
  while (s && typeof s.$ref === 'string' && s.$ref.startsWith('#/definitions/'))
    s = (schema.definitions as Record<string, Schema>)[s.$ref.slice('#/definitions/'.length)];
  return s;
}

for (const [name, schema] of [
  ['catalog', catalogSchema],
  ['library', librarySchema],
] as const) {
  test(`${name}.schema.json: every property has a description, every enum value one too, examples are valid`, () => {
    const missing: string[] = [];
    // CommonJS packages: under NodeNext the default import is module.exports, whose .default is the class.
    const ajv = new Ajv.default({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats.default(ajv);
    for (const s of [catalogSchema, librarySchema]) ajv.addSchema(withoutKeywords(s, EDITOR_KEYWORDS));
    let properties = 0;
    let enums = 0;
    let examples = 0;
    for (const { pointer, node } of schemaNodes(schema)) {
      if (/\/properties\/[^/]+$/.test(pointer)) {
        properties++;
        if (typeof node.description !== 'string' || node.description.trim() === '')
          missing.push(`${pointer}: description`);
      }
      if (typeof node.markdownDescription === 'string' && typeof node.description !== 'string')
        missing.push(`${pointer}: markdownDescription without a plain description`);
      // Editors merge a $ref's target under the property, and prefer Markdown: the target's markdownDescription
      // would hide the property's own plain description.
      if (typeof node.$ref === 'string' && node.markdownDescription === undefined) {
        const target = deref(schema, { $ref: node.$ref });
        if (target?.markdownDescription !== undefined)
          missing.push(`${pointer}: markdownDescription (its $ref has one)`);
      }
      if (Array.isArray(node.enum)) {
        enums++;
        const plain = node.enumDescriptions as unknown[] | undefined;
        if (plain?.length !== node.enum.length)
          missing.push(`${pointer}: enumDescriptions for ${node.enum.join(', ')}`);
        const markdown = node.markdownEnumDescriptions as unknown[] | undefined;
        if (markdown && markdown.length !== node.enum.length) missing.push(`${pointer}: markdownEnumDescriptions`);
      }
      for (const example of (node.examples as unknown[]) ?? []) {
        examples++;
        if (!ajv.validate({ $ref: `${schema.$id}#${pointer}` }, example))
          missing.push(`${pointer}: example ${JSON.stringify(example)} ${ajv.errorsText()}`);
      }
    }
    assert.deepEqual(missing, []);
    assert.ok(properties > (name === 'catalog' ? 130 : 35), `${properties} properties`);
    assert.ok(enums >= (name === 'catalog' ? 15 : 6) && examples >= 15, `${enums} enums, ${examples} examples`);
  });
}

test('every schema is published at the release tag: $id, links and package.json name one URL', () => {
  const pkg = readJson(join(ROOT, 'package.json'));
  assert.equal(VERSION, pkg.version);
  assert.equal(
    CATALOG_SCHEMA_URL,
    `https://raw.githubusercontent.com/${REPOSITORY}/v${pkg.version}/schema/catalog.schema.json`,
  );
  assert.equal(pkg.repository.url, `git+https://github.com/${REPOSITORY}.git`);
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json'))) {
    const text = readFileSync(join(SCHEMA_DIR, file), 'utf8');
    assert.equal(JSON.parse(text).$id, `${SCHEMA_BASE_URL}${file}`, file);
    // Links into the docs point at the same release, so hover text matches the schema it comes with.
    for (const [url] of text.matchAll(/https:\/\/[^\s")]*threatcat\/threatcat[^\s")]*/g))
      assert.match(url, new RegExp(`/v${VERSION.replace(/\./g, '\\.')}/`), `${file}: ${url}`);
  }
});

test('the example catalog and every library file name their schema on the first line, by a path that exists', () => {
  const files = [
    ...readdirSync(join(ROOT, 'examples'), { recursive: true })
      .map(String)
      .filter((f) => /\.threats\.ya?ml$/.test(f))
      .map((f) => join(ROOT, 'examples', f)),
    ...readdirSync(join(ROOT, 'catalogs')).map((f) => join(ROOT, 'catalogs', f)),
  ];
  assert.ok(files.length >= 7);
  for (const file of files) {
    const first = readFileSync(file, 'utf8').split('\n')[0];
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    assert.ok(m, `${relative(ROOT, file)}: first line ${first}`);
    const target = fileURLToPath(new URL(m[1], pathToFileURL(file)));
    assert.ok(
      [CATALOG_SCHEMA, join(SCHEMA_DIR, 'library.schema.json')].includes(target),
      `${relative(ROOT, file)} → ${target}`,
    );
  }
});

test('docs/editors.md: a SchemaStore catalog entry for *.threats.yaml at the release URL, and the local setups', () => {
  const doc = readFileSync(join(ROOT, 'docs/editors.md'), 'utf8');
  const block = /```json\n(\{\n\s+"name": [\s\S]*?\})\n```/.exec(doc);
  assert.ok(block, 'a JSON block with the catalog entry');
  const entry = JSON.parse(block[1]);
  assert.deepEqual(entry.fileMatch, ['*.threats.yaml', '*.threats.yml']);
  assert.equal(entry.url, CATALOG_SCHEMA_URL);
  assert.ok(entry.name && entry.description);
  assert.ok(doc.includes('$schema=./node_modules/threatcat/schema/catalog.schema.json'));
  assert.ok(doc.includes('"yaml.schemas"'));
  assert.ok(
    readFileSync(join(ROOT, 'LICENSE'), 'utf8').includes('Apache License\n                           Version 2.0'),
  );
});

// ---- The YAML language server on a catalog `threatcat init` wrote ----

interface Server {
  hover(text: string, offset: number): Promise<string>;
  complete(text: string, line: number, character: number): Promise<Array<{ label: string; doc: string }>>;
  problems(text: string): Promise<string[]>;
  requested: string[];
}

/** The language service as VS Code's YAML extension runs it; schemas come from disk only (no network here). */
function yamlServer(file: string, serve: (uri: string) => string | undefined): Server {
  const requested: string[] = [];
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => {
      requested.push(uri);
      const text = serve(uri);
      if (text === undefined) throw new Error(`no network in this test: ${uri}`);
      return text;
    },
    workspaceContext: { resolveRelativePath: (rel: string, resource: string) => new URL(rel, resource).toString() },
    clientCapabilities: {
      textDocument: {
        completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown'] },
      },
    },
  });
  service.configure({ validate: true, hover: true, completion: true, isKubernetes: false, hoverSchemaSource: false });
  const uri = pathToFileURL(file).toString();
  let version = 0;
  let last: TextDocument | undefined;
  // One document per text, so the server's parse cache serves the many requests on one text.
  const open = (text: string) => {
    if (last?.getText() !== text) last = TextDocument.create(uri, 'yaml', ++version, text);
    return last;
  };
  const markup = (d: unknown) => (typeof d === 'string' ? d : ((d as { value?: string } | undefined)?.value ?? ''));
  return {
    requested,
    async hover(text, offset) {
      const doc = open(text);
      const h = await service.doHover(doc, doc.positionAt(offset));
      return markup(h?.contents);
    },
    async complete(text, line, character) {
      const list = await service.doComplete(open(text), { line, character }, false);
      return list.items.map((i) => ({ label: i.label, doc: markup(i.documentation) }));
    },
    async problems(text) {
      const found = await service.doValidation(open(text), false);
      return found.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
    },
  };
}

/** What a hover says beyond the schema's title heading. */
const said = (hover: string) =>
  hover
    .split('\n')
    .filter((l) => !l.startsWith('#### '))
    .join('\n')
    .trim();

/** Every key of the document, with its path from the root (indices for list items) and the schema it has. */
function keysOf(text: string) {
  const doc = parseDocument(text);
  const keys: Array<{ path: string; pair: Pair<YamlNode, YamlNode>; schema: Schema | undefined; parent: YamlNode }> =
    [];
  const walk = (node: unknown, schema: Schema | undefined, path: string) => {
    const s = deref(catalogSchema, schema);
    if (isMap(node))
      for (const pair of node.items) {
        const key = String((pair.key as { value?: unknown }).value);
        const child = (s?.properties as Record<string, Schema> | undefined)?.[key];
        keys.push({ path: `${path}.${key}`, pair: pair as Pair<YamlNode, YamlNode>, schema: child, parent: node });
        walk(pair.value, child, `${path}.${key}`);
      }
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, s?.items as Schema, `${path}[${i}]`));
  };
  walk(doc.contents, catalogSchema, '');
  return { doc, keys };
}

/** Keys whose hover does not show their own description (the property's, before the shared definition's). */
async function hoverProblems(server: Server, text: string, keys: ReturnType<typeof keysOf>['keys']) {
  const problems: string[] = [];
  for (const { path, pair, schema } of keys) {
    const hover = said(await server.hover(text, (pair.key as YamlNode).range![0] + 1)).replace(/\\/g, '');
    const own = [schema, deref(catalogSchema, schema)]
      .map((s) => s?.markdownDescription ?? s?.description)
      .find(Boolean);
    if (!hover || (typeof own === 'string' && !hover.includes(own.slice(0, 40)))) problems.push(`${path}: ${hover}`);
  }
  return problems;
}

/** `threatcat init` on the example's manifests (its own catalog left out). */
async function initCatalog(): Promise<{ dir: string; file: string; text: string }> {
  const dir = tempDir('threatcat-editor-');
  cpSync(join(EXAMPLE, 'manifests'), join(dir, 'manifests'), { recursive: true });
  const r = runCli(['init', '--agent', 'k8s-ops', '-C', dir, 'manifests']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const file = join(dir, 'manifests', 'k8s-ops.threats.yaml');
  return { dir: join(dir, 'manifests'), file, text: readFileSync(file, 'utf8') };
}

test('init writes the schema line first; the language server fetches exactly that URL (the raw file at the tag)', async () => {
  const { file, text } = await initCatalog();
  assert.equal(text.split('\n')[0], `# yaml-language-server: $schema=${CATALOG_SCHEMA_URL}`);
  // Served from this checkout, as GitHub will serve it at the tag: the line is all the editor needs.
  const server = yamlServer(file, (uri) =>
    uri === CATALOG_SCHEMA_URL ? readFileSync(CATALOG_SCHEMA, 'utf8') : undefined,
  );
  const hover = await server.hover(text, text.indexOf('\nthreats:') + 2);
  assert.match(said(hover), /classified threats/);
  assert.deepEqual(server.requested, [CATALOG_SCHEMA_URL]);
});

test('the YAML language server, with the local schema, gives hover and completion for every key of an init catalog', async (t) => {
  const { dir, file, text: written } = await initCatalog();
  // The documented offline setup: the first line points at the schema on disk (here: this checkout's).
  const local = relative(dir, CATALOG_SCHEMA);
  const text = written.replace(/^# yaml-language-server: \$schema=\S+/, `# yaml-language-server: $schema=${local}`);
  writeFileSync(file, text);
  const server = yamlServer(file, (uri) =>
    uri.startsWith('file:') ? readFileSync(fileURLToPath(uri), 'utf8') : undefined,
  );
  const { keys } = keysOf(text);
  assert.ok(keys.length > 300, `${keys.length} keys`);
  assert.deepEqual(await server.problems(text), [], 'the schema check in the editor agrees with threatcat');

  // Each distinct key path once (`.threats[].cvss.base`): the thirtieth threat asks nothing the first did not.
  const pattern = (path: string) => path.replace(/\[\d+\]/g, '[]');
  const seen = new Set<string>();
  const distinct = keys.filter(({ path }) => !seen.has(pattern(path)) && seen.add(pattern(path)));

  // Hover: every key shows its own description (the property's, before the shared definition's).
  const silent = await hoverProblems(server, text, distinct);
  assert.deepEqual(silent, [], 'keys whose hover lacks their description');
  assert.ok(distinct.length > 80, `${distinct.length} distinct keys`);
  t.diagnostic(`hover: ${distinct.length} distinct keys (of ${keys.length}), all described`);

  // Completion of keys, two ways. (1) Every key the file has: delete it, and completion at its place offers it back
  // with its documentation. (2) Keys the file lacks: a new line in a mapping offers each key the schema allows there.
  const lines = text.split('\n');
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  const keyProblems: string[] = [];
  let offered = 0;
  for (const { path, pair, parent } of distinct) {
    if (!isMap(parent) || parent.flow) continue;
    const key = String((pair.key as { value?: unknown }).value);
    const start = (pair.key as YamlNode).range![0];
    const end = (pair.value as YamlNode | null)?.range?.[1] ?? (pair.key as YamlNode).range![1];
    const [first, last] = [lineOf(start), lineOf(text.slice(0, end).replace(/\s+$/, '').length)];
    const column = start - (text.lastIndexOf('\n', start - 1) + 1);
    let edited: string[];
    let at: number;
    if (parent.items[0] === pair && lines[first].slice(0, column).trim() === '-') {
      // The first key of a list item: the next key takes over the `- `, and the key is typed as the item's last.
      if (parent.items.length < 2) continue;
      const next = [...lines.slice(0, first), lines[first].slice(0, column) + lines[last + 1].slice(column)];
      const mapEnd = lineOf(text.slice(0, parent.range![1]).replace(/\s+$/, '').length) + 1;
      edited = [...next, ...lines.slice(last + 2, mapEnd), ' '.repeat(column), ...lines.slice(mapEnd)];
      at = mapEnd - (last - first + 1);
    } else {
      edited = [...lines.slice(0, first), ' '.repeat(column), ...lines.slice(last + 1)];
      at = first;
    }
    const item = (await server.complete(edited.join('\n'), at, column)).find((i) => i.label === key);
    if (!item) keyProblems.push(`${path}: not offered`);
    else if (!item.doc.trim()) keyProblems.push(`${path}: offered without documentation`);
    else offered++;
  }
  const lacking = new Set<string>();
  for (const { path, parent, pair } of keys) {
    if (!isMap(parent) || parent.flow || parent.items[0] !== pair) continue;
    const owner = path.slice(0, path.lastIndexOf('.'));
    const present = new Set(
      keys.filter((k) => k.parent === parent).map((k) => String((k.pair.key as { value?: unknown }).value)),
    );
    const wanted = Object.keys((schemaOfPath(owner)?.properties as Schema) ?? {}).filter(
      (k) => !present.has(k) && !lacking.has(`${pattern(owner)}.${k}`),
    );
    if (wanted.length === 0) continue;
    const start = (pair.key as YamlNode).range![0];
    const column = start - (text.lastIndexOf('\n', start - 1) + 1);
    const endLine = lineOf(text.slice(0, parent.range![1]).replace(/\s+$/, '').length) + 1;
    const edited = [...lines.slice(0, endLine), ' '.repeat(column), ...lines.slice(endLine)].join('\n');
    const items = await server.complete(edited, endLine, column);
    for (const k of wanted) {
      lacking.add(`${pattern(owner)}.${k}`);
      const item = items.find((i) => i.label === k);
      if (!item) keyProblems.push(`${owner || '(root)'}.${k}: not offered`);
      else if (!item.doc.trim()) keyProblems.push(`${owner || '(root)'}.${k}: offered without documentation`);
      else offered++;
    }
  }
  assert.deepEqual(keyProblems, [], 'key completion');
  assert.ok(offered > 80 && lacking.size > 15, `${offered} keys offered, ${lacking.size} of them absent from the file`);

  // Completion of values: blank each enum-valued key; every allowed value is offered, each with what it means.
  const valueProblems: string[] = [];
  let values = 0;
  for (const { path, pair } of distinct) {
    const s = deref(catalogSchema, pair.value && isScalar(pair.value) ? schemaOfPath(path) : undefined);
    if (!Array.isArray(s?.enum) || !isScalar(pair.value) || !pair.value.range) continue;
    const [from, to] = pair.value.range;
    const edited = `${text.slice(0, from)}${text.slice(to)}`;
    const before = text.slice(0, from);
    const line = before.split('\n').length - 1;
    const character = from - (before.lastIndexOf('\n') + 1);
    const items = await server.complete(edited, line, character);
    for (const value of s.enum as unknown[]) {
      const item = items.find((i) => i.label === String(value) || i.label === JSON.stringify(value));
      if (!item) valueProblems.push(`${path}: ${String(value)} not offered`);
      else if (!item.doc.trim()) valueProblems.push(`${path}: ${String(value)} without documentation`);
      else values++;
    }
  }
  assert.deepEqual(valueProblems, []);
  assert.ok(values > 20, `${values} enum values offered`);
  t.diagnostic(
    `completion: ${offered} keys (${lacking.size} absent from the file), ${values} enum values, all documented`,
  );
  assert.ok(
    server.requested.every((u) => u.startsWith('file:')),
    `only the local schema was read: ${server.requested}`,
  );
});

/** The schema of a key path like `.threats[3].cvss.exploitMaturity` (list indices ignored). */
function schemaOfPath(path: string): Schema | undefined {
  let s: Schema | undefined = catalogSchema;
  for (const part of path.split('.').filter(Boolean)) {
    const [key, ...indices] = part.split('[');
    s = deref(catalogSchema, (deref(catalogSchema, s)?.properties as Record<string, Schema> | undefined)?.[key]);
    for (const _ of indices) s = deref(catalogSchema, s?.items as Schema);
  }
  return deref(catalogSchema, s);
}

test('the language server reads the example catalog with its relative schema line, offline, and finds nothing wrong', async () => {
  const file = join(EXAMPLE, 'k8s-ops.threats.yaml');
  const text = readFileSync(file, 'utf8');
  const server = yamlServer(file, (uri) =>
    uri.startsWith('file:') ? readFileSync(fileURLToPath(uri), 'utf8') : undefined,
  );
  const silent = await hoverProblems(server, text, keysOf(text).keys);
  assert.deepEqual(silent, []);
  assert.deepEqual(await server.problems(text), []);
  // A typo an editor should catch as it is typed, as validate does.
  const typo = text.replace('    layer: L2\n', '    layer: L9\n');
  assert.match((await server.problems(typo)).join('\n'), /Value is not accepted\. Valid values: .*"L2"/);
  assert.deepEqual(server.requested, [pathToFileURL(CATALOG_SCHEMA).toString()]);
});
