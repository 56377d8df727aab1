import type { ErrorObject } from 'ajv';
import validateCatalog from '../generated/catalog-validator.js';
import type { Finding } from '../model/finding.js';
import type { NodePath } from '../model/catalog.js';
import type { LoadedCatalog } from '../model/catalog.js';

import { SCHEMA_RULE } from './finding-ids.js';

export { SCHEMA_RULE } from './finding-ids.js';

/** Checks a catalog against schema/catalog.schema.json; each error becomes one finding at the offending node. */
export function schemaFindings(catalog: LoadedCatalog): Finding[] {
  return checkSchema(catalog).findings;
}

/** Schema findings, and the path of the node each one is about (an unknown key's own path). */
export function checkSchema(catalog: LoadedCatalog): { findings: Finding[]; paths: NodePath[] } {
  if (validateCatalog(catalog.data)) return { findings: [], paths: [] };
  const errors = pickErrors(validateCatalog.errors ?? []);
  const paths: NodePath[] = [];
  const findings = errors.map((err) => {
    const path = pointerToPath(err.instancePath);
    const isUnknownKey = err.keyword === 'additionalProperties';
    const nodePath = isUnknownKey ? [...path, (err.params as { additionalProperty: string }).additionalProperty] : path;
    paths.push(nodePath);
    const at = catalog.locate(nodePath, { key: isUnknownKey });
    const detail =
      err.keyword === 'required'
        ? `#${(err.params as { missingProperty: string }).missingProperty}`
        : `#${err.keyword}`;
    return {
      rule: SCHEMA_RULE,
      severity: 'error' as const,
      ...at,
      message: describe(err, path, catalog.data),
      key: `${stablePath(catalog.data, nodePath)}${detail}`,
    };
  });
  return { findings, paths };
}

/**
 * A node path that survives reordering and line moves: list items that carry an `id` are named by it
 * (`threats[K8S-01].layer`), others by index. Used for fingerprints (SARIF, PR comments).
 */
export function stablePath(data: unknown, path: NodePath): string {
  let node: unknown = data;
  let out = '';
  for (const seg of path) {
    const next =
      node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
    if (typeof seg === 'number') {
      const id = next !== null && typeof next === 'object' ? (next as { id?: unknown }).id : undefined;
      out += typeof id === 'string' ? `[${id}]` : `[${seg}]`;
    } else {
      out += out ? `.${seg}` : seg;
    }
    node = next;
  }
  return out;
}

/** One error per node: ajv reports every failed branch of a oneOf; the user needs the most specific one. */
function pickErrors(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const key =
      e.keyword === 'additionalProperties'
        ? `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}`
        : e.instancePath;
    byPath.set(key, [...(byPath.get(key) ?? []), e]);
  }
  const picked: ErrorObject[] = [];
  for (const list of byPath.values()) {
    const specific = list.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
    const pool = specific.length > 0 ? specific : list;
    // For a oneOf over string|array, "must be string" and "must be array" both fire: say it once.
    const types = pool.filter((e) => e.keyword === 'type');
    if (types.length > 1) {
      picked.push({
        ...types[0],
        params: { type: types.map((t) => (t.params as { type: string }).type).join(' or ') },
      });
    } else {
      picked.push(pool[0]);
    }
  }
  // Nested paths first is noise: a child error explains its parent's oneOf failure already.
  return picked.filter(
    (e) => !(e.keyword === 'oneOf' && picked.some((o) => o !== e && o.instancePath.startsWith(`${e.instancePath}/`))),
  );
}

export function pointerToPath(pointer: string): NodePath {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((seg) => {
      const s = seg.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(s) ? Number(s) : s;
    });
}

/** `threats[3] (K8S-01).layer`: the index for the machine, the id for the person. */
function where(path: NodePath, data: unknown): string {
  if (path.length === 0) return 'the catalog';
  let node: unknown = data;
  return path
    .map((s, i) => {
      node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[s] : undefined;
      if (typeof s !== 'number') return i === 0 ? s : `.${s}`;
      const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      return typeof id === 'string' ? `[${s}] (${id})` : `[${s}]`;
    })
    .join('');
}

function describe(err: ErrorObject, path: NodePath, data: unknown): string {
  const p = err.params as Record<string, unknown>;
  const at = where(path, data);
  switch (err.keyword) {
    case 'additionalProperties':
      return `unknown key '${p.additionalProperty}' in ${at}`;
    case 'required':
      return `${at} is missing required key '${p.missingProperty}'`;
    case 'enum': {
      const allowed = p.allowedValues as unknown[];
      // `version: 0.5` is a number in YAML; the enum holds the string "0.5".
      const quote =
        typeof err.data === 'number' && allowed.includes(String(err.data))
          ? ` (a number: write it quoted, "${err.data}")`
          : '';
      return `${at} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}; got ${JSON.stringify(err.data)}${quote}`;
    }
    case 'const':
      return `${at} must be ${JSON.stringify(p.allowedValue)}; got ${JSON.stringify(err.data)}`;
    case 'type':
      return `${at} must be ${p.type}; got ${describeType(err.data)}`;
    case 'pattern':
      return `${at} ${JSON.stringify(err.data)} does not match ${p.pattern}`;
    case 'format':
      return `${at} must be a ${p.format} (${p.format === 'date' ? 'YYYY-MM-DD' : 'RFC 3339, e.g. 2026-11-21T10:00:00Z'}); got ${JSON.stringify(err.data)}`;
    case 'minItems':
      return `${at} must have at least ${p.limit} item${p.limit === 1 ? '' : 's'}`;
    case 'uniqueItems':
      return `${at} has duplicate items (${p.j} and ${p.i})`;
    default:
      return `${at} ${err.message ?? 'is invalid'}${err.data !== undefined && typeof err.data !== 'object' ? `; got ${JSON.stringify(err.data)}` : ''}`;
  }
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}
