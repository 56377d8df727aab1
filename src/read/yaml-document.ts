import jsYaml from 'js-yaml';
import type { Node as YamlNode } from 'yaml';
import { yamlLib } from './yaml-lazy.js';
import { fastDocumentOffsets } from './manifests/manifest-file.js';
import type { Position } from '../model/finding.js';
import type { NodePath } from '../model/catalog.js';
import { InputError } from '../model/input-error.js';

/** More nodes than any real catalog has; past it, aliases are being used to blow the document up. */
export const MAX_NODES = 200_000;

/**
 * Parses one YAML document fast (js-yaml, YAML 1.2 core schema: no timestamps, no merge keys).
 * Positions are not kept here: `makeLocator` finds them lazily, only when something must be reported.
 */
export function parseSingleDocument(text: string, file: string): unknown {
  const emptyFile = () => new InputError({ file, line: 1, column: 1 }, 'empty file: expected a YAML document');
  if (text.trim() === '') throw emptyFile();
  let docs: unknown[];
  try {
    docs = jsYaml.loadAll(text, undefined, { schema: jsYaml.CORE_SCHEMA, filename: file, json: false });
  } catch (err) {
    if (isOnlyComments(text)) throw emptyFile();
    throw toInputError(err, file);
  }
  const nonEmpty = docs.filter((d) => d !== null && d !== undefined);
  if (nonEmpty.length === 0) {
    if (isOnlyComments(text)) throw emptyFile();
    throw new InputError({ file, line: 1, column: 1 }, 'empty document: expected a YAML mapping');
  }
  if (docs.length > 1) {
    throw new InputError(secondDocumentPosition(text, file), `expected one YAML document, found ${docs.length}`);
  }
  assertBoundedSize(nonEmpty[0], text, file);
  return nonEmpty[0];
}

function isOnlyComments(text: string): boolean {
  return text.split(/\r?\n/).every((l) => /^\s*(#.*)?$/.test(l) || /^\s*(---|\.\.\.)\s*$/.test(l));
}

function secondDocumentPosition(text: string, file: string): Position {
  const lines = text.split(/\r?\n/);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (/^---(\s|$)/.test(lines[i])) {
      seen++;
      if (seen === 2 || (seen === 1 && lines.slice(0, i).some((l) => /^\s*[^#\s]/.test(l)))) {
        return { file, line: i + 1, column: 1 };
      }
    }
  }
  return { file, line: 1, column: 1 };
}

function toInputError(err: unknown, file: string): InputError {
  if (err instanceof jsYaml.YAMLException) {
    const mark = err.mark ?? { line: 0, column: 0 };
    const reason = (err.reason || 'invalid YAML').replace(/^duplicated mapping key$/, 'duplicate key in mapping');
    return new InputError({ file, line: mark.line + 1, column: mark.column + 1 }, `YAML syntax error: ${reason}`);
  }
  return new InputError({ file, line: 1, column: 1 }, `cannot parse YAML: ${(err as Error)?.message ?? String(err)}`);
}

/** An alias (`*name`) where YAML allows one: after a space, a line start or a flow indicator. */
const ALIAS = /(^|[\s:[{,-])\*[^\s,[\]{}]+/m;

/**
 * js-yaml shares the object behind an alias, so a "billion laughs" document loads small but would make every
 * later walk (schema validation, rules) exponential. Count nodes as a walk would see them, and stop early.
 */
function assertBoundedSize(root: unknown, text: string, file: string): void {
  // Without an alias every node is written out in the text, which is at most MAX_TEXT_BYTES: nothing to count.
  if (!ALIAS.test(text)) return;
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (++count > MAX_NODES) {
      const alias = ALIAS.exec(text);
      const at = alias ? positionOfOffset(text, alias.index + alias[1].length, file) : { file, line: 1, column: 1 };
      throw new InputError(
        at,
        `document expands to more than ${MAX_NODES} nodes (alias bomb?); refusing to process it`,
      );
    }
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
    } else if (node !== null && typeof node === 'object') {
      for (const value of Object.values(node)) stack.push(value);
    }
  }
}

export function positionOfOffset(text: string, offset: number, file: string): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { file, line, column: offset - lineStart + 1 };
}

/**
 * Returns a function from a node path to its source position, worked out on the first call only: a clean file
 * never pays for it. js-yaml's position listener first (fast; `yaml` is never loaded), the `yaml` CST for what
 * the listener does not handle (anchors and aliases).
 */
export function makeLocator(text: string, file: string): (path: NodePath, opts?: { key?: boolean }) => Position {
  let fast: ((path: NodePath, wantKey: boolean) => number) | undefined | null = null;
  let cst: ((path: NodePath, opts?: { key?: boolean }) => Position) | undefined;
  return (path, opts) => {
    if (fast === null) fast = fastDocumentOffsets(text);
    if (fast) return positionOfOffset(text, fast(path, opts?.key ?? false), file);
    cst ??= cstLocator(text, file);
    return cst(path, opts);
  };
}

/** Positions from the `yaml` CST (node ranges). */
export function cstLocator(text: string, file: string): (path: NodePath, opts?: { key?: boolean }) => Position {
  const yaml = yamlLib();
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter: lines, keepSourceTokens: false, uniqueKeys: false });
  return (path, opts) => {
    const offset = offsetOf(doc.contents as YamlNode | null, path, opts?.key ?? false);
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
}

/**
 * Offset of the node at `path`, or of its nearest existing ancestor. A key with no value (`foo:`) is located at
 * the key; a mapping or list that is the value of a key at that key (`acceptance:`), the line a reader sees as
 * "that field"; a scalar at its value; a list item at its first character after `- `.
 */
function offsetOf(root: YamlNode | null, path: NodePath, wantKey: boolean): number {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  let node: YamlNode | null = root;
  let keyOfNode: YamlNode | undefined;
  const here = (): number => {
    if (keyOfNode && (isMap(node) || isSeq(node) || !node?.range)) return keyOfNode.range?.[0] ?? 0;
    return node?.range?.[0] ?? 0;
  };
  for (let i = 0; i < path.length && node; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return here();
      const key = pair.key as YamlNode;
      if (i === path.length - 1 && wantKey) return key.range?.[0] ?? here();
      node = (pair.value as YamlNode | null) ?? null;
      keyOfNode = key;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as YamlNode | undefined;
      if (!item) return here();
      node = item;
      keyOfNode = undefined;
    } else {
      return here();
    }
  }
  return here();
}
