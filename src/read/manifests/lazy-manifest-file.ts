import jsYaml from 'js-yaml';
import type { Position } from '../../model/finding.js';
import type { NodePath } from '../../model/catalog.js';
import type { ManifestFile, ManifestObject } from '../../model/manifest.js';
import { readManifestText } from './manifest-file.js';
import { FastLocator } from './fast-locate.js';

/**
 * Reads a manifest file for `diff`: the objects come from js-yaml (~10× faster than `yaml`, perf-limits.md §1),
 * and positions are resolved only when something reads their `line` or `column`; then the file is parsed once
 * with the positioned reader (readManifestText) and every position of the file comes from it. A diff reports
 * lines of changed elements only, so most files of a touched agent are never parsed twice.
 *
 * Whenever js-yaml and the positioned reader could disagree (a syntax error, or a different object count),
 * the positioned reader's result is used as is.
 */
export function readManifestTextLazy(text: string, file: string): ManifestFile {
  let docs: unknown[];
  try {
    docs = jsYaml.loadAll(text, undefined, { schema: jsYaml.CORE_SCHEMA, filename: file });
  } catch {
    return readManifestText(text, file);
  }
  if (!boundedAliases(text)) return readManifestText(text, file);
  let full: ManifestFile | undefined;
  const resolve = (): ManifestFile => (full ??= readManifestText(text, file));
  let fast: FastLocator | undefined;
  const quick = (docIndex: number, prefix: NodePath, path: NodePath, kind: string, name: string) =>
    (prefix.length === 0 ? (fast ??= new FastLocator(text, file)).locate(docIndex, path, kind, name) : undefined);

  const result: ManifestFile = { file, objects: [], problems: [] };
  const collect = (data: unknown, docIndex: number, prefix: NodePath): boolean => {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
    const obj = data as Record<string, unknown>;
    const { apiVersion, kind } = obj;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') return true;
    if (kind === 'List' || (kind.endsWith('List') && Array.isArray(obj.items))) {
      const items = Array.isArray(obj.items) ? obj.items : [];
      return items.every((item, i) => collect(item, docIndex, [...prefix, 'items', i]));
    }
    const metadata = obj.metadata as Record<string, unknown> | undefined;
    const name = metadata && typeof metadata.name === 'string' ? metadata.name : undefined;
    if (!name) return false;
    const namespace = typeof metadata?.namespace === 'string' ? metadata.namespace : undefined;
    const index = result.objects.length;
    const resolved = (): ManifestObject | undefined => resolve().objects[index];
    const object: ManifestObject = {
      apiVersion, kind, name, namespace, body: obj,
      position: lazyPosition(file, () => quick(docIndex, prefix, [], kind, name) ?? resolved()?.position),
      locate: (path) => lazyPosition(file, () => quick(docIndex, prefix, path, kind, name) ?? resolved()?.locate(path)),
    };
    result.objects.push(object);
    return true;
  };
  let clean = true;
  let contentDocs = 0;
  for (const d of docs) {
    if (d === null || d === undefined) continue;
    if (!collect(d, contentDocs++, [])) clean = false;
  }
  // Problems (no metadata.name, a scalar document…) need positions: let the positioned reader report them.
  if (!clean) return readManifestText(text, file);
  return result;
}

/** A Position whose line and column are computed on first read. */
function lazyPosition(file: string, get: () => Position | undefined): Position {
  let p: Position | undefined;
  const value = () => (p ??= get() ?? { file, line: 1, column: 1 });
  const pos = {
    file,
    get line() {
      return value().line;
    },
    get column() {
      return value().column;
    },
  };
  // Serialised and spread like a plain Position (getters are enumerable; toJSON is not).
  Object.defineProperty(pos, 'toJSON', { value: () => ({ file, line: value().line, column: value().column }), enumerable: false });
  return pos as Position;
}

/** js-yaml expands aliases without limit; leave alias-heavy files to the positioned reader, which bounds them. */
function boundedAliases(text: string): boolean {
  const aliases = text.match(/(^|[\s:[{,-])\*[A-Za-z0-9_-]+/gm);
  return !aliases || aliases.length <= 100;
}
