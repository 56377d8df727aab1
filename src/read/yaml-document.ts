import jsYaml from 'js-yaml';
import type { Node as YamlNode } from 'yaml';
import { yamlLib } from './yaml-lazy.js';
import { fastDocumentOffsets } from './manifests/manifest-file.js';
import type { Position } from '../model/finding.js';
import type { NodePath } from '../model/catalog.js';
import { InputError } from '../model/input-error.js';
import { OUTSIDE_SUBSET, parseBlockSubset } from './yaml-block-subset.js';
import { documentStarts, expandsBeyond, LIMIT_MESSAGES, LIMITS } from './limits.js';

/**
 * Parses one YAML document fast (YAML 1.2 core schema: no timestamps, no merge keys), within LIMITS (nesting, nodes
 * after alias expansion): plain block YAML by the subset parser (yaml-block-subset.ts), everything else, and every
 * error, by js-yaml. Positions are not kept here: `makeLocator` finds them lazily, only when something must be
 * reported.
 */
export function parseSingleDocument(text: string, file: string): unknown {
  const emptyFile = () => new InputError({ file, line: 1, column: 1 }, 'empty file: expected a YAML document');
  if (text.trim() === '') throw emptyFile();
  // Most catalogs are plain block YAML, which the subset parser reads in less than half js-yaml's time.
  // A text that could hold more nodes than the limit is js-yaml's, which counts them.
  const fast = text.length / 2 <= LIMITS.nodes ? parseBlockSubset(text) : OUTSIDE_SUBSET;
  if (fast !== OUTSIDE_SUBSET) return fast;
  const starts = documentStarts(text, LIMITS.documents);
  if (starts.length > LIMITS.documents) {
    throw new InputError(positionOfOffset(text, starts[LIMITS.documents], file), LIMIT_MESSAGES.documents);
  }
  let docs: unknown[];
  try {
    docs = jsYaml.loadAll(text, undefined, { ...yamlOptions(file), ...nodeCounter(text) } as jsYaml.LoadOptions);
  } catch (err) {
    if (err instanceof NodeLimitError) throw new InputError(positionOfOffset(text, err.at, file), LIMIT_MESSAGES.nodes);
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

/** Thrown from js-yaml's listener when a text has more nodes than LIMITS.nodes. */
export class NodeLimitError extends Error {
  constructor(readonly at: number) {
    super(LIMIT_MESSAGES.nodes);
  }
}

/**
 * A js-yaml listener that stops the parse past LIMITS.nodes, for texts that could hold that many (a node takes
 * at least two characters): a parse of hand-sized files pays nothing for it.
 */
function nodeCounter(text: string): { listener?: (type: string, state: { position: number }) => void } {
  if (text.length / 2 <= LIMITS.nodes) return {};
  let nodes = 0;
  return {
    listener: (type, state) => {
      if (type === 'open' && ++nodes > LIMITS.nodes) throw new NodeLimitError(state.position);
    },
  };
}

/** js-yaml's options everywhere threatcat parses YAML: the core schema, and the nesting limit. */
export function yamlOptions(file?: string): jsYaml.LoadOptions {
  // maxDepth is js-yaml 4.3's own nesting bound (not yet in @types/js-yaml).
  const opts = { schema: jsYaml.CORE_SCHEMA, json: false, maxDepth: LIMITS.depth, ...(file ? { filename: file } : {}) };
  return opts as jsYaml.LoadOptions;
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

export function toInputError(err: unknown, file: string, base = 0, text?: string): InputError {
  const { position, message } = yamlErrorAt(err, file, base, text);
  return new InputError(position, message);
}

/** A js-yaml exception as a position and one line; `base` is the offset of the parsed text within `text`. */
export function yamlErrorAt(
  err: unknown,
  file: string,
  base = 0,
  text?: string,
): { position: Position; message: string } {
  if (err instanceof jsYaml.YAMLException) {
    const mark = err.mark ?? { line: 0, column: 0, position: 0 };
    const reason = err.reason || 'invalid YAML';
    const message = /^nesting exceeded maxDepth/.test(reason)
      ? LIMIT_MESSAGES.depth
      : `YAML syntax error: ${reason.replace(/^duplicated mapping key$/, 'duplicate key in mapping')}`;
    const position =
      base > 0 && text !== undefined
        ? positionOfOffset(text, base + (mark.position ?? 0), file)
        : { file, line: mark.line + 1, column: mark.column + 1 };
    return { position, message };
  }
  if (err instanceof RangeError) {
    // A walk that ran out of stack despite the nesting limit: still one line, naming the limit.
    return { position: { file, line: 1, column: 1 }, message: LIMIT_MESSAGES.depth };
  }
  return {
    position: { file, line: 1, column: 1 },
    message: `cannot parse YAML: ${(err as Error)?.message ?? String(err)}`,
  };
}

/** An alias (`*name`, any name) where YAML allows one: after a space, a line start or a flow indicator. */
const ALIAS = /(^|[\s:[{,-])\*[^\s,[\]{}]/m;

/**
 * js-yaml shares the object behind an alias, so a "billion laughs" document loads small but would make every
 * later walk (schema validation, rules) exponential: nodes are counted as a walk sees them, up to LIMITS.nodes.
 * Without a `*` there is no alias, and every node is written out in the (size-limited) text.
 */
export function assertBoundedSize(root: unknown, text: string, file: string): void {
  if (!text.includes('*')) return;
  const over = expandsBeyond(root, LIMITS.nodes);
  if (!over) return;
  const alias = ALIAS.exec(text);
  const at = alias ? positionOfOffset(text, alias.index + alias[1].length, file) : { file, line: 1, column: 1 };
  throw new InputError(at, LIMIT_MESSAGES[over]);
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
  let source: string | Buffer = text;
  let fast: ((path: NodePath, wantKey: boolean) => number) | undefined | null = null;
  let cst: ((path: NodePath, opts?: { key?: boolean }) => Position) | undefined;
  const locate = (path: NodePath, opts?: { key?: boolean }) => {
    if (typeof source !== 'string') source = source.toString('utf8');
    if (fast === null) fast = fastDocumentOffsets(source);
    if (fast) return positionOfOffset(source, fast(path, opts?.key ?? false), file);
    cst ??= cstLocator(source, file);
    return cst(path, opts);
  };
  forgetters.set(locate, () => {
    fast = null;
    cst = undefined;
    // A kept locator would keep its catalog's text on V8's heap, where every young-generation collection copies it
    // and then promotes it (200 catalogs: 9 MB, most of what a bulk validate promoted). Kept as bytes instead, it
    // lies outside the heap until asked for a line again; UTF-8 decodes back to the very same string.
    if (typeof source === 'string' && source.length > FORGOTTEN_AS_BYTES) source = Buffer.from(source, 'utf8');
  });
  return locate;
}

/** Node keeps a Buffer larger than half its 8 kB pool outside V8's heap. */
const FORGOTTEN_AS_BYTES = 4096;

const forgetters = new WeakMap<object, () => void>();

/**
 * Drops what a locator made by makeLocator has worked out (a node index as large as the parsed document); asked
 * again, it works it out again. For a caller done with a catalog whose locator is still kept (validate's
 * duplicate-id keeps each threat id's, to name its line should the id come again).
 */
export function forgetPositions(locate: object): void {
  forgetters.get(locate)?.();
}

/** Positions from the `yaml` CST (node ranges). */
export function cstLocator(text: string, file: string): (path: NodePath, opts?: { key?: boolean }) => Position {
  const yaml = yamlLib();
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, {
    lineCounter: lines,
    keepSourceTokens: false,
    uniqueKeys: false,
    logLevel: 'error',
  });
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
