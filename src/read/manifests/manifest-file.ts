import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Node as YamlNode } from 'yaml';
import type { Position } from '../../model/finding.js';
import type { NodePath } from '../../model/catalog.js';
import type { ManifestFile, ManifestObject } from '../../model/manifest.js';

/**
 * Reads the Kubernetes objects of one manifest file: multi-document YAML, JSON, and `List` kinds.
 * Pure: takes the text. Malformed documents become problems with file:line; nothing throws.
 * Templates (Helm, Kustomize) are not rendered: only plain manifests are understood.
 */
export function readManifestText(text: string, file: string): ManifestFile {
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
    collectObjects(data, doc.contents as YamlNode, [], pos, result);
  }
  return result;
}

function collectObjects(data: unknown, root: YamlNode, prefix: NodePath, pos: (o: number) => Position, out: ManifestFile): void {
  const node = nodeAt(root, prefix);
  const here = pos(node?.range?.[0] ?? 0);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    out.problems.push({ position: here, message: 'expected a Kubernetes object (a mapping with apiVersion and kind)' });
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
    out.problems.push({ position: here, message: `${kind} has no metadata.name` });
    return;
  }
  const namespace = typeof metadata?.namespace === 'string' ? metadata.namespace : undefined;
  const object: ManifestObject = {
    apiVersion, kind, name, namespace, body: obj, position: here,
    locate: (path) => {
      const n = nearestNode(root, [...prefix, ...path]);
      return pos(n?.range?.[0] ?? node?.range?.[0] ?? 0);
    },
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
  type: { apiVersion: string; kind: string }, body: Record<string, unknown>, root: YamlNode, node: YamlNode | undefined,
  here: Position, pos: (o: number) => Position, file: string,
): ManifestObject {
  return {
    ...type, name: file.split('/').pop() ?? file, body, position: here,
    locate: (path) => pos(nearestNode(root, path)?.range?.[0] ?? node?.range?.[0] ?? 0),
  };
}

function nodeAt(root: YamlNode, path: NodePath): YamlNode | undefined {
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
function nearestNode(root: YamlNode, path: NodePath): YamlNode | undefined {
  let node: YamlNode | undefined = root;
  let key: YamlNode | undefined;
  for (const seg of path) {
    const next = childWithKey(node, seg);
    if (!next) break;
    node = next.node;
    key = next.key;
  }
  if (key && (isMap(node) || isSeq(node))) return key;
  return node;
}

function child(node: YamlNode | undefined, seg: string | number): YamlNode | undefined {
  return childWithKey(node, seg)?.node;
}

function childWithKey(node: YamlNode | undefined, seg: string | number): { node: YamlNode; key?: YamlNode } | undefined {
  if (!node) return undefined;
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
