import jsYaml from 'js-yaml';
import type { Node as YamlNode } from 'yaml';
import type { Position } from '../../model/finding.js';
import type { NodePath } from '../../model/catalog.js';
import type { ManifestFile, ManifestObject } from '../../model/manifest.js';
import { yamlLib } from '../yaml-lazy.js';
import { MAX_NODES } from '../yaml-document.js';

/** The YAML node of a document, built on demand: positions are computed only when something asks for one. */
type RootNode = () => YamlNode | undefined;

/**
 * Reads the Kubernetes objects of one manifest file: multi-document YAML, JSON, and `List` kinds.
 * Pure: takes the text. Malformed documents become problems with file:line; nothing throws.
 * Templates (Helm, Kustomize) are not rendered: only plain manifests are understood.
 *
 * Fast path: js-yaml reads the data (an order of magnitude faster than `yaml`), and the `yaml` CST that gives
 * positions is built only when an object's position or a node's position is asked for. A file js-yaml rejects
 * goes through `yaml` directly, which reports each broken document and still reads the others.
 */
export function readManifestText(text: string, file: string): ManifestFile {
  return readFast(text, file) ?? readWithPositions(text, file);
}

function readFast(text: string, file: string): ManifestFile | undefined {
  let docs: unknown[];
  try {
    docs = jsYaml.loadAll(text, undefined, { schema: jsYaml.CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (!withinNodeLimit(docs)) return undefined; // aliases expanding beyond reason: let `yaml` refuse them
  let cst: { pos: (offset: number) => Position; roots: Array<YamlNode | undefined> } | undefined;
  const positions = () => {
    if (!cst) {
      const yaml = yamlLib();
      const lineCounter = new yaml.LineCounter();
      const parsed = yaml.parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
      const list = Array.isArray(parsed) ? parsed : [parsed];
      cst = {
        pos: (offset) => {
          const { line, col } = lineCounter.linePos(offset);
          return { file, line, column: col };
        },
        roots: list.map((d) => (d.contents as YamlNode | null) ?? undefined),
      };
    }
    return cst;
  };
  const pos = (offset: number) => positions().pos(offset);
  const result: ManifestFile = { file, objects: [], problems: [] };
  docs.forEach((data, i) => {
    if (data === null || data === undefined) return;
    collectObjects(data, () => positions().roots[i], [], pos, result);
  });
  return result;
}

function withinNodeLimit(docs: unknown[]): boolean {
  let count = 0;
  const stack: unknown[] = [...docs];
  while (stack.length > 0) {
    const node = stack.pop();
    if (++count > MAX_NODES) return false;
    if (Array.isArray(node)) stack.push(...node);
    else if (node !== null && typeof node === 'object') stack.push(...Object.values(node));
  }
  return true;
}

/** The `yaml` reader: positions for everything, and one problem per broken document. */
export function readWithPositions(text: string, file: string): ManifestFile {
  const { LineCounter, parseAllDocuments } = yamlLib();
  const lineCounter = new LineCounter();
  const result: ManifestFile = { file, objects: [], problems: [] };
  let docs;
  try {
    docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (err) {
    result.problems.push({ position: { file, line: 1, column: 1 }, message: `cannot parse YAML: ${(err as Error).message}` });
    return result;
  }
  const pos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      result.problems.push({ position: pos(e.pos[0]), message: `YAML syntax error: ${firstLine(e.message)}` });
      continue;
    }
    if (doc.contents === null) continue;
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      result.problems.push({ position: pos(doc.contents.range?.[0] ?? 0), message: firstLine((err as Error).message) });
      continue;
    }
    if (data === null || data === undefined) continue; // a document of only comments
    const root = doc.contents as YamlNode;
    collectObjects(data, () => root, [], pos, result);
  }
  return result;
}

/**
 * A position whose line and column are worked out on first read: readers record positions of everything they
 * take from a manifest, and a clean validation reads none of them, so the `yaml` CST is never built.
 */
function lazyPosition(compute: () => Position): Position {
  let p: Position | undefined;
  const get = () => (p ??= compute());
  return {
    get file() { return get().file; },
    get line() { return get().line; },
    get column() { return get().column; },
  };
}

function collectObjects(data: unknown, root: RootNode, prefix: NodePath, pos: (o: number) => Position, out: ManifestFile): void {
  const node = () => nodeAt(root(), prefix);
  const here = () => lazyPosition(() => pos(node()?.range?.[0] ?? 0));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    out.problems.push({ position: here(), message: 'expected a Kubernetes object (a mapping with apiVersion and kind)' });
    return;
  }
  const obj = data as Record<string, unknown>;
  const { apiVersion, kind } = obj;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    if (prefix.length === 0 && isMcpClientConfig(obj, out.file)) {
      out.objects.push(syntheticObject(MCP_CLIENT_CONFIG, obj, root, node, here, pos, out.file));
    }
    // Otherwise not a Kubernetes object (e.g. a values file matched by a glob): not our business.
    return;
  }
  if (kind === 'List' || (kind.endsWith('List') && Array.isArray(obj.items))) {
    const items = Array.isArray(obj.items) ? obj.items : [];
    items.forEach((item, i) => collectObjects(item, root, [...prefix, 'items', i], pos, out));
    return;
  }
  const metadata = obj.metadata as Record<string, unknown> | undefined;
  const name = metadata && typeof metadata.name === 'string' ? metadata.name : undefined;
  if (!name) {
    out.problems.push({ position: here(), message: `${kind} has no metadata.name` });
    return;
  }
  const namespace = typeof metadata?.namespace === 'string' ? metadata.namespace : undefined;
  const object: ManifestObject = {
    apiVersion, kind, name, namespace, body: obj,
    get position() {
      return here();
    },
    locate: (path) => lazyPosition(() => {
      const n = nearestNode(root(), [...prefix, ...path]);
      return pos(n?.range?.[0] ?? node()?.range?.[0] ?? 0);
    }),
  };
  out.objects.push(object);
}

/**
 * MCP client configuration JSON (Claude/Cursor `mcpServers`, VS Code `servers` + `inputs`) has no apiVersion or
 * kind; it is kept as one object of this synthetic kind, named after the file, so surface readers can use it.
 */
export const MCP_CLIENT_CONFIG = { apiVersion: 'threatcat.dev/mcp-client', kind: 'MCPClientConfig' } as const;

function isMcpClientConfig(obj: Record<string, unknown>, file: string): boolean {
  if (!/\.json$/i.test(file)) return false;
  const isMap = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  return isMap(obj.mcpServers) || isMap(obj.servers);
}

function syntheticObject(
  type: { apiVersion: string; kind: string }, body: Record<string, unknown>, root: RootNode, node: () => YamlNode | undefined,
  here: () => Position, pos: (o: number) => Position, file: string,
): ManifestObject {
  return {
    ...type, name: file.split('/').pop() ?? file, body,
    get position() {
      return here();
    },
    locate: (path) => lazyPosition(() => pos(nearestNode(root(), path)?.range?.[0] ?? node()?.range?.[0] ?? 0)),
  };
}

function nodeAt(root: YamlNode | undefined, path: NodePath): YamlNode | undefined {
  let node: YamlNode | undefined = root;
  for (const seg of path) {
    node = child(node, seg);
    if (!node) return undefined;
  }
  return node;
}

/**
 * The node at `path`, or its nearest existing ancestor. A mapping or list that is the value of a key is
 * located at its key (`tools:`), the line a reader sees as "that field"; scalars at their value.
 */
function nearestNode(root: YamlNode | undefined, path: NodePath): YamlNode | undefined {
  let node: YamlNode | undefined = root;
  let key: YamlNode | undefined;
  for (const seg of path) {
    const next = childWithKey(node, seg);
    if (!next) break;
    node = next.node;
    key = next.key;
  }
  if (key && (yamlLib().isMap(node) || yamlLib().isSeq(node))) return key;
  return node;
}

function child(node: YamlNode | undefined, seg: string | number): YamlNode | undefined {
  return childWithKey(node, seg)?.node;
}

function childWithKey(node: YamlNode | undefined, seg: string | number): { node: YamlNode; key?: YamlNode } | undefined {
  if (!node) return undefined;
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
    if (!pair) return undefined;
    const key = pair.key as YamlNode;
    const value = (pair.value as YamlNode | null) ?? key;
    return { node: value, key };
  }
  if (isSeq(node) && typeof seg === 'number') {
    const item = node.items[seg] as YamlNode | undefined;
    return item ? { node: item } : undefined;
  }
  return undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}
