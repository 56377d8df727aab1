import {
  createScanner,
  getNodeValue,
  type Node as JsonNode,
  type ParseError,
  parseTree,
  printParseErrorCode,
  SyntaxKind,
} from 'jsonc-parser';
import jsYaml from 'js-yaml';
import type { Node as YamlNode } from 'yaml';
import { yamlLib } from '../yaml-lazy.js';
import type { Position } from '../../model/finding.js';
import type { NodePath } from '../../model/catalog.js';
import type { ManifestFile, ManifestObject } from '../../model/manifest.js';
import { documentStarts, expandedNodes, LIMIT_MESSAGES, LIMITS } from '../limits.js';
import { NodeLimitError, positionOfOffset, yamlErrorAt, yamlOptions } from '../yaml-document.js';
import { OUTSIDE_SUBSET, parseBlockSubsetWithOffsets } from '../yaml-block-subset.js';
import { gitopsNotes } from './gitops-wrappers.js';
import { readTomlText } from './toml-file.js';
import { vsCodeSettingPath } from './vscode-setting-path.js';
import { AGENTGATEWAY_CONFIG, isAgentgatewayConfig } from './agentgateway-standalone.js';
import { OPENCODE_AGENT_MARKDOWN, openCodeAgentFrontMatter } from './opencode-agent-markdown.js';

/**
 * Reads the Kubernetes objects of one manifest file: multi-document YAML, JSON (as JSONC: comments and trailing
 * commas, the format of VS Code's `.vscode/mcp.json`), and `List` kinds.
 * Pure: takes the text. Malformed documents become problems with file:line; nothing throws.
 * Templates are not rendered here: a Helm template is one note; Kustomize's own files (kustomizations, Components,
 * JSON 6902 patch lists) are recognised and yield no object (src/read/kustomize.ts renders Kustomize apps).
 *
 * Plain block YAML (most manifests) is read by the block-subset parser, which records where each node starts as it
 * parses (readSubset; twice as fast as js-yaml on a diff's manifests). Any other file is js-yaml's, with a
 * node-position listener (about ten times faster than `yaml`, so a diff over thousands of manifests stays fast, and
 * positions cost almost nothing); both place every node alike (a fuzz target holds them to it). `yaml` with its
 * CST gives positions only where the listener cannot (anchors and aliases, or bookkeeping that does not add up),
 * and only for text js-yaml has accepted within LIMITS: `yaml`'s error recovery grows faster than linearly on some
 * broken input (a long run of `[` or `"`), so it never sees text js-yaml refused. When js-yaml refuses the file,
 * each document is read on its own, so one broken document does not hide the others. `yaml` is only loaded when
 * needed (yamlLib), so a clean validation never pays for loading it.
 */
export function readManifestText(text: string, file: string): ManifestFile {
  if (/\.toml$/i.test(file)) return readToml(text, file);
  if (OPENCODE_AGENT_MARKDOWN.test(file.replace(/\\/g, '/'))) return readOpenCodeAgent(text, file);
  const read = /\.jsonc?$/i.test(file) ? readJsonc(text, file) : readYaml(text, file);
  const template = helmTemplate(text, read);
  if (template) return template;
  const gitops = gitopsNotes(read.objects);
  return gitops.length > 0 ? { ...read, notes: [...(read.notes ?? []), ...gitops] } : read;
}

/** An OpenCode Markdown agent: its front matter's tool settings, as YAML at their lines; the prompt is not read. */
function readOpenCodeAgent(text: string, file: string): ManifestFile {
  const frontMatter = openCodeAgentFrontMatter(text);
  return frontMatter === undefined ? { file, objects: [], problems: [] } : readYaml(frontMatter, file);
}

/** Codex's `.codex/config.toml` is the one TOML file read; any other (`pyproject.toml`, `Cargo.toml`…) is no manifest. */
const CODEX_CONFIG = /(^|\/)\.codex\/config\.toml$/i;

function readToml(text: string, file: string): ManifestFile {
  if (!CODEX_CONFIG.test(file.replace(/\\/g, '/'))) return { file, objects: [], problems: [] };
  const lines = lineStarts(text);
  const pos = (offset: number): Position => positionIn(lines, offset, file);
  const read = readTomlText(text);
  if ('error' in read)
    return { file, objects: [], problems: [{ position: pos(read.error.offset), message: read.error.message }] };
  return readDocuments([{ data: read.data, offsetOf: read.offsetOf }], file, pos);
}

/**
 * A Helm template is not a manifest until it is rendered. It is one note at its first action, never a syntax error
 * or half-read objects: a file with template actions that does not read as plain YAML, or any such file in a
 * chart's `templates/` folder. Template syntax inside string values (kagent prompt templates, Prometheus rules,
 * ApplicationSets) that reads cleanly stays a plain manifest.
 */
/**
 * The offset of the first Go template action (`{{ … }}` on one line), or -1. Line by line with indexOf, so a line
 * of a million `{` costs one pass, not one per brace as a lazy regular expression would.
 */
function goAction(text: string): number {
  let from = 0;
  for (;;) {
    const open = text.indexOf('{{', from);
    if (open < 0) return -1;
    let eol = text.indexOf('\n', open);
    if (eol < 0) eol = text.length;
    const close = text.indexOf('}}', open + 2);
    if (close >= 0 && close < eol) return open;
    from = eol + 1;
  }
}

function helmTemplate(text: string, read: ManifestFile): ManifestFile | undefined {
  if (!text.includes('{{')) return undefined;
  if (read.problems.length === 0 && !/(^|\/)templates\//.test(read.file)) return undefined;
  const at = goAction(text);
  if (at < 0) return undefined;
  const position = positionIn(lineStarts(text), at, read.file);
  return {
    file: read.file,
    objects: [],
    problems: [],
    notes: [
      {
        position,
        message:
          'Helm template, not rendered: threatcat reads plain manifests. Render the chart (`helm template RELEASE CHART_DIR -f values.yaml > rendered.yaml`) and list the output in agent.manifests',
      },
    ],
  };
}

/**
 * YAML text, within LIMITS; with `into`, its documents as they are instead of objects. Plain block YAML is read by
 * the subset parser, which records positions as it goes (yaml-node-offsets.ts); anything else by js-yaml.
 */
function readYaml(text: string, file: string, into?: YamlDoc[], subset = true): ManifestFile {
  let lines: number[] | undefined;
  const pos = (offset: number): Position => {
    lines ??= lineStarts(text);
    return positionIn(lines, offset, file);
  };
  const result: ManifestFile = { file, objects: [], problems: [] };
  const starts = documentStarts(text, LIMITS.documents);
  if (starts.length > LIMITS.documents) {
    result.problems.push({
      position: positionOfOffset(text, starts[LIMITS.documents], file),
      message: LIMIT_MESSAGES.documents,
    });
    return result;
  }
  const sections = sectionsOf(text, starts);
  // A text that could hold more nodes than the limit is js-yaml's, which counts them.
  const fast = subset && text.length / 2 <= LIMITS.nodes ? readSubset(text, sections) : undefined;
  if (fast) return readDocuments(fast, file, pos, into);
  const whole = readSection(text, 0, text.length, file, pos, into);
  if (!('error' in whole)) return whole;
  if (sections.length === 1) {
    result.problems.push(whole.error);
    return result;
  }
  for (const [start, end] of sections) {
    const read = readSection(text, start, end, file, pos, into);
    if ('error' in read) result.problems.push(read.error);
    else {
      result.objects.push(...read.objects);
      result.problems.push(...read.problems);
    }
  }
  return result;
}

/** Each document's stretch of the text, from where documentStarts says it starts. */
function sectionsOf(text: string, starts: readonly number[]): Array<[number, number]> {
  return starts.map((s, i) => [s, i + 1 < starts.length ? starts[i + 1] : text.length]);
}

/**
 * Every document of the text by the block-subset parser, with its offsets; undefined when any document is outside
 * the subset (the whole file is then js-yaml's, so a file is read one way or the other, never half and half).
 */
function readSubset(text: string, sections: Array<[number, number]>): DocSource[] | undefined {
  const docs: DocSource[] = [];
  for (const [start, end] of sections) {
    const read = parseBlockSubsetWithOffsets(start === 0 && end === text.length ? text : text.slice(start, end));
    if (read === OUTSIDE_SUBSET) return undefined;
    if (read === null) continue;
    const { offsets } = read;
    docs.push({ data: read.data, offsetOf: (path) => start + offsets.offsetOf(path) });
  }
  return docs;
}

/** One stretch of the text (the whole file, or one document): its objects, or why js-yaml refused it. */
function readSection(
  text: string,
  start: number,
  end: number,
  file: string,
  pos: (offset: number) => Position,
  into?: YamlDoc[],
): ManifestFile | { error: { position: Position; message: string } } {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  const listened = listenDocuments(slice);
  if ('error' in listened) {
    if (listened.error instanceof NodeLimitError)
      return { error: { position: pos(start + listened.at), message: LIMIT_MESSAGES.nodes } };
    return { error: yamlErrorAt(listened.error, file, start, text) };
  }
  if (listened.aliases) {
    let budget = LIMITS.nodes;
    for (const d of listened.docs) {
      const n = expandedNodes(d, budget);
      if (n !== 'depth') budget -= n;
      if (n === 'depth' || budget < 0) {
        const alias = ANCHOR_OR_ALIAS.exec(slice);
        const at = start + (alias ? alias.index + alias[1].length : 0);
        return {
          error: { position: pos(at), message: n === 'depth' ? LIMIT_MESSAGES.depth : LIMIT_MESSAGES.expanded },
        };
      }
    }
  }
  if (!listened.roots) return readWithPositions(slice, file, { base: start, pos }, into);
  const { docs, roots } = listened;
  const sources: DocSource[] = [];
  docs.forEach((data, i) => {
    if (data === null || data === undefined) return;
    const root = roots[i];
    sources.push({ data, offsetOf: (path) => start + frameOffset(slice, root, path) });
  });
  return readDocuments(sources, file, pos, into);
}

/** A document's positions: the offset of the node at a path (or of its nearest ancestor). */
type OffsetOf = (path: NodePath) => number;

interface DocSource {
  data: unknown;
  offsetOf: OffsetOf;
}

/** One YAML (or JSON) document as plain data, with the position of any node in it. */
export interface YamlDoc {
  data: unknown;
  locate(path: NodePath): Position;
}

/** With `into`, the documents are handed over as they are (Kustomize's own files are not objects). */
function readDocuments(
  docs: DocSource[],
  file: string,
  pos: (offset: number) => Position,
  into?: YamlDoc[],
): ManifestFile {
  const result: ManifestFile = { file, objects: [], problems: [] };
  for (const d of docs) {
    if (into) into.push({ data: d.data, locate: (path) => pos(d.offsetOf(path)) });
    else collectObjects(d.data, d.offsetOf, [], pos, result);
  }
  return result;
}

/**
 * Every document of a YAML or JSON text with positions, whatever its shape: for kustomizations and patches (a
 * partial object, a list of JSON 6902 operations), read with the same parsers and limits as manifests.
 */
export function readYamlDocuments(text: string, file: string): { docs: YamlDoc[]; problems: ManifestFile['problems'] } {
  const docs: YamlDoc[] = [];
  const read = /\.json$/i.test(file) ? readJsonc(text, file, docs) : readYaml(text, file, docs);
  return { docs, problems: read.problems };
}

// ---------------------------------------------------------------------------------------------------------
// Fast path: js-yaml, YAML 1.2 core schema (as `yaml`: no timestamps, no merge keys), with a listener that
// records where each node starts and ends.

/** Where an anchor or alias probably is, for pointing at it in a message (the parser decides whether there is one). */
const ANCHOR_OR_ALIAS = /(^|[\s[{,:-])[&*][^\s,[\]{}]/m;

const KIND = { other: 0, scalar: 1, mapping: 2, sequence: 3 } as const;
const KIND_OF: Record<string, number> = { scalar: KIND.scalar, mapping: KIND.mapping, sequence: KIND.sequence };
const NONE = -1;

/** A frame's fields, in its row of Frames.table. */
const START = 0;
const END = 1;
const KIND_AT = 2;
const FIRST = 3;
const NEXT = 4;
const LAST = 5;
const COUNT = 6;
const ROW = 7;

/**
 * The position frames of one text, one per YAML node, as rows of one integer table indexed by frame number (0:
 * above the documents). The frames of every file an agent reads live until its surface is read, and a diff reads
 * thousands of files: as one object and one child list per node they were most of what the garbage collector
 * copied.
 */
class Frames {
  private table = new Int32Array(64 * ROW);
  /** The value js-yaml composed for each node. */
  readonly result: unknown[] = [];
  private size = 0;
  /** Built on first use, per mapping frame: key → its key frame and value frame. */
  private pairMaps?: Map<number, Map<string, { key: number; value?: number }>>;
  /** Built on first use past the first few children, per long frame: its children in order. */
  private childArrays?: Map<number, Int32Array>;

  open(start: number): number {
    if ((this.size + 1) * ROW > this.table.length) {
      const grown = new Int32Array(this.table.length * 2);
      grown.set(this.table);
      this.table = grown;
    }
    const f = this.size++;
    const at = f * ROW;
    this.table[at + START] = start;
    this.table[at + FIRST] = NONE;
    this.table[at + NEXT] = NONE;
    this.table[at + LAST] = NONE;
    this.result.push(undefined);
    return f;
  }

  close(f: number, parent: number, end: number, kind: string | null, result: unknown): void {
    const t = this.table;
    t[f * ROW + END] = end;
    t[f * ROW + KIND_AT] = (kind && KIND_OF[kind]) || KIND.other;
    this.result[f] = result;
    const p = parent * ROW;
    if (t[p + LAST] === NONE) t[p + FIRST] = f;
    else t[t[p + LAST] * ROW + NEXT] = f;
    t[p + LAST] = f;
    t[p + COUNT]++;
  }

  start(f: number): number {
    return this.table[f * ROW + START];
  }
  kind(f: number): number {
    return this.table[f * ROW + KIND_AT];
  }
  first(f: number): number {
    return this.table[f * ROW + FIRST];
  }
  next(f: number): number {
    return this.table[f * ROW + NEXT];
  }
  count(f: number): number {
    return this.table[f * ROW + COUNT];
  }

  isCollection(f: number): boolean {
    const k = this.kind(f);
    return k === KIND.mapping || k === KIND.sequence;
  }

  /**
   * Child `index` of frame `f`, in document order. A long list's children are put in an array on the first lookup
   * past the first few: walking the chain for each item made locating every port of a NetworkPolicy listing 30,000
   * of them a quadratic 5 s.
   */
  child(f: number, index: number): number {
    if (index < 16) {
      let c = this.first(f);
      for (let i = 0; i < index && c !== NONE; i++) c = this.next(c);
      return c;
    }
    this.childArrays ??= new Map();
    let children = this.childArrays.get(f);
    if (!children) {
      children = new Int32Array(this.count(f));
      let i = 0;
      for (let c = this.first(f); c !== NONE && i < children.length; c = this.next(c)) children[i++] = c;
      this.childArrays.set(f, children);
    }
    return index < children.length ? children[index] : NONE;
  }

  /**
   * A mapping's children are its keys and values in order; a key is the node followed by `:`. A key without a
   * composed value (`{a, b: 1}`) simply has no value frame.
   */
  pairs(text: string, f: number): Map<string, { key: number; value?: number }> {
    this.pairMaps ??= new Map();
    let pairs = this.pairMaps.get(f);
    if (pairs) return pairs;
    pairs = new Map();
    for (let k = this.first(f); k !== NONE; k = this.next(k)) {
      if (!this.isKey(text, k)) continue;
      const after = this.next(k);
      const v = after !== NONE && !this.isKey(text, after) ? after : undefined;
      const name = String(this.result[k]);
      if (!pairs.has(name)) pairs.set(name, { key: k, ...(v !== undefined ? { value: v } : {}) });
      if (v !== undefined) k = v;
    }
    this.pairMaps.set(f, pairs);
    return pairs;
  }

  private isKey(text: string, f: number): boolean {
    if (this.isCollection(f)) return false;
    let i = this.table[f * ROW + END];
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
    return text.charCodeAt(i) === 58; // ':'
  }

  /** The table cut to the frames used: a file's frames are kept while its agent is read. */
  trim(): void {
    this.table = this.table.slice(0, this.size * ROW);
  }
}

/** A document's root frame in its text's frames. */
interface FrameRoot {
  frames: Frames;
  root: number;
}

/**
 * js-yaml's documents and, where the listener's frames can be trusted (no anchors, so no aliases; bookkeeping
 * adds up), the position frame of each one's root; or the error js-yaml (or the node limit) stopped at. Whether a
 * document has anchors is asked of the parser itself (its anchor table when the document's root closes), not
 * guessed from the text: anchors are named with any characters (`&é1`), and a guess could be evaded.
 */
function listenDocuments(
  text: string,
): { docs: unknown[]; roots?: FrameRoot[]; aliases: boolean } | { error: unknown; at: number } {
  const frames = new Frames();
  const top = frames.open(0);
  const stack: number[] = [top];
  let unaligned = false;
  let aliases = false;
  let nodes = 0;
  let at = 0;
  const listener = (
    type: 'open' | 'close',
    state: { position: number; kind: string | null; result: unknown; anchorMap: object },
  ) => {
    at = state.position;
    if (type === 'open') {
      if (++nodes > LIMITS.nodes) throw new NodeLimitError(state.position);
      stack.push(frames.open(state.position));
      return;
    }
    const f = stack.pop()!;
    frames.close(f, stack[stack.length - 1], state.position, state.kind, state.result);
    // A document's root closed: the parser's anchor table says whether any node of it was anchored.
    if (stack.length === 1 && !aliases && Object.keys(state.anchorMap).length > 0) aliases = true;
    // An empty list item (`-` alone) has no node of its own: item indexes would not match the nodes.
    const count = frames.count(f);
    if (
      frames.kind(f) === KIND.sequence &&
      Array.isArray(state.result) &&
      count !== state.result.length &&
      !(count === 1 && frames.result[frames.first(f)] === state.result)
    )
      unaligned = true;
  };
  let docs: unknown[];
  try {
    docs = jsYaml.loadAll(text, undefined, { ...yamlOptions(), listener } as unknown as jsYaml.LoadOptions);
  } catch (error) {
    return { error, at };
  }
  // One root node per document; anything else means the listener saw something this code does not expect.
  if (aliases || unaligned || stack.length !== 1 || frames.count(top) !== docs.length) return { docs, aliases };
  frames.trim();
  const roots: FrameRoot[] = [];
  for (let r = frames.first(top); r !== NONE; r = frames.next(r)) roots.push({ frames, root: r });
  return { docs, roots, aliases };
}

/**
 * Offsets in a one-document YAML text from js-yaml's listener, without the `yaml` CST: the node at a path
 * (nearest existing ancestor; a mapping or list reached through a key at that key), or with `wantKey` the key
 * itself. Used to place catalog findings. Undefined when the fast path does not apply (anchors, aliases, ...).
 */
export function fastDocumentOffsets(text: string): ((path: NodePath, wantKey: boolean) => number) | undefined {
  const parsed = listenDocuments(text);
  if ('error' in parsed || parsed.roots?.length !== 1) return undefined;
  const doc = parsed.roots[0];
  const { frames } = doc;
  return (path, wantKey) => {
    if (wantKey && path.length > 0) {
      let node = unwrap(frames, doc.root);
      for (const seg of path.slice(0, -1)) {
        const next = frameChild(text, frames, node, seg);
        if (!next) return frameOffset(text, doc, path);
        node = unwrap(frames, next.node);
      }
      const last = frameChild(text, frames, node, path[path.length - 1]);
      if (last?.key !== undefined) return contentStart(text, frames.start(last.key));
    }
    return frameOffset(text, doc, path);
  };
}

/** Offset of the node at `path`: a mapping or list reached through a key is located at its key, as in the slow path. */
function frameOffset(text: string, doc: FrameRoot, path: NodePath): number {
  const { frames } = doc;
  let node = unwrap(frames, doc.root);
  let key: number | undefined;
  for (const seg of path) {
    const next = frameChild(text, frames, node, seg);
    if (!next) break;
    node = unwrap(frames, next.node);
    key = next.key;
  }
  if (key !== undefined && frames.isCollection(node)) return contentStart(text, frames.start(key));
  const start = contentStart(text, frames.start(node));
  // An empty value (`key:` or `-` with nothing after it) sits right after its indicator, on that line.
  if (frames.result[node] === null && !/^(null|Null|NULL|~)(?![^\s,\]}#])/.test(text.slice(start, start + 5)))
    return frames.start(node);
  return start;
}

/**
 * In block context js-yaml first reads a node as a candidate mapping key; when no `:` follows, that inner node
 * becomes the result. The outer frame then wraps one child with the same value: look through it.
 */
function unwrap(frames: Frames, f: number): number {
  while (frames.isCollection(f) && frames.count(f) === 1 && frames.result[frames.first(f)] === frames.result[f])
    f = frames.first(f);
  return f;
}

function frameChild(
  text: string,
  frames: Frames,
  node: number,
  seg: string | number,
): { node: number; key?: number } | undefined {
  if (frames.kind(node) === KIND.mapping) {
    const pair = frames.pairs(text, node).get(String(seg));
    if (!pair) return undefined;
    return { node: pair.value ?? pair.key, key: pair.key };
  }
  if (frames.kind(node) === KIND.sequence && typeof seg === 'number') {
    const item = seg >= 0 && seg < frames.count(node) ? frames.child(node, seg) : NONE;
    return item !== NONE ? { node: item } : undefined;
  }
  return undefined;
}

/** The first character of a node: past the spaces, line breaks and comments before it. */
function contentStart(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
    } else if (c === 35 /* # */) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else {
      break;
    }
  }
  return i;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionIn(starts: number[], offset: number, file: string): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { file, line: lo + 1, column: offset - starts[lo] + 1 };
}

// ---------------------------------------------------------------------------------------------------------
// JSON files: jsonc-parser (VS Code's own parser), with comments and trailing commas allowed. A JSON file is one
// document; a syntax error is one problem at its line and column, and the file then yields no object.

function readJsonc(text: string, file: string, into?: YamlDoc[]): ManifestFile {
  const lines = lineStarts(text);
  const pos = (offset: number): Position => positionIn(lines, offset, file);
  const tooDeep = jsonNestingBeyond(text, LIMITS.depth);
  if (tooDeep >= 0) return { file, objects: [], problems: [{ position: pos(tooDeep), message: LIMIT_MESSAGES.depth }] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, allowEmptyContent: true });
  if (errors.length > 0) {
    const e = errors[0];
    return {
      file,
      objects: [],
      problems: [{ position: pos(e.offset), message: `JSON syntax error: ${jsonError(e)}` }],
    };
  }
  if (!root) return { file, objects: [], problems: [] };
  return readDocuments([{ data: getNodeValue(root), offsetOf: (path) => jsonOffset(root, path) }], file, pos, into);
}

/**
 * The offset of the first `{` or `[` nested deeper than `max`, or -1: one pass of the tokenizer (strings and
 * comments skipped), before the recursive tree is built, so no file can exhaust the stack.
 */
function jsonNestingBeyond(text: string, max: number): number {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let t = scanner.scan(); t !== SyntaxKind.EOF; t = scanner.scan()) {
    if (t === SyntaxKind.OpenBraceToken || t === SyntaxKind.OpenBracketToken) {
      if (++depth > max) return scanner.getTokenOffset();
    } else if (t === SyntaxKind.CloseBraceToken || t === SyntaxKind.CloseBracketToken) depth--;
  }
  return -1;
}

/** ColonExpected → "colon expected" */
function jsonError(e: ParseError): string {
  return printParseErrorCode(e.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** As the YAML paths: the node at `path` or its nearest ancestor; an object or array reached through a key is at its key. */
function jsonOffset(root: JsonNode, path: NodePath): number {
  let node = root;
  let key: JsonNode | undefined;
  for (const seg of path) {
    let next: JsonNode | undefined;
    let nextKey: JsonNode | undefined;
    if (node.type === 'object') {
      const prop = propertyOf(node, String(seg));
      nextKey = prop?.children?.[0];
      next = prop?.children?.[1];
    } else if (node.type === 'array' && typeof seg === 'number') {
      next = node.children?.[seg];
    }
    if (!next) break;
    node = next;
    key = nextKey;
  }
  if (key && (node.type === 'object' || node.type === 'array')) return key.offset;
  return node.offset;
}

/** Each large JSON object's properties by key (the first of a repeated key, as a search finds it). */
const PROPERTIES = new WeakMap<JsonNode, Map<string, JsonNode>>();

/**
 * The property `key` of a JSON object node. A search per lookup made locating every server of a config of 20,000
 * servers 400 million comparisons (a minute): a large object's keys are indexed on its first lookup.
 */
function propertyOf(node: JsonNode, key: string): JsonNode | undefined {
  const children = node.children ?? [];
  if (children.length <= 16) return children.find((p) => p.children?.[0]?.value === key);
  let byKey = PROPERTIES.get(node);
  if (!byKey) {
    byKey = new Map();
    for (const p of children) {
      const k = p.children?.[0]?.value;
      if (typeof k === 'string' && !byKey.has(k)) byKey.set(k, p);
    }
    PROPERTIES.set(node, byKey);
  }
  return byKey.get(key);
}

// ---------------------------------------------------------------------------------------------------------
// Slow path: `yaml` with its CST (exact error messages, alias limits).

/** The `yaml` reader: positions for everything, and one problem per broken document. */
export function readWithPositions(
  text: string,
  file: string,
  within?: { base: number; pos: (offset: number) => Position },
  into?: YamlDoc[],
): ManifestFile {
  const { LineCounter, parseAllDocuments } = yamlLib();
  const lineCounter = new LineCounter();
  const result: ManifestFile = { file, objects: [], problems: [] };
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    // logLevel: the library's warnings (a key that is a collection) must not reach stderr as Node warnings.
    docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  } catch (err) {
    result.problems.push({
      position: { file, line: 1, column: 1 },
      message: `cannot parse YAML: ${(err as Error).message}`,
    });
    return result;
  }
  // Offsets are within `text`; when it is one document of a file, positions are counted in the whole file.
  const pos = within
    ? (offset: number): Position => within.pos(within.base + offset)
    : (offset: number): Position => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
      };
  const sources: DocSource[] = [];
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
    // An empty document (`---` followed by `---`) is a null scalar: nothing to read, as in the fast path.
    if (data === null || data === undefined) continue;
    const root = doc.contents as YamlNode;
    sources.push({ data, offsetOf: (path) => nearestNode(root, path)?.range?.[0] ?? root.range?.[0] ?? 0 });
  }
  const read = readDocuments(sources, file, pos, into);
  return { file, objects: read.objects, problems: [...result.problems, ...read.problems] };
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
  if (key && (yamlLib().isMap(node) || yamlLib().isSeq(node))) return key;
  return node;
}

function childWithKey(
  node: YamlNode | undefined,
  seg: string | number,
): { node: YamlNode; key?: YamlNode } | undefined {
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

// ---------------------------------------------------------------------------------------------------------
// Objects of a document (shared by both paths).

function collectObjects(
  data: unknown,
  offsetOf: OffsetOf,
  prefix: NodePath,
  pos: (o: number) => Position,
  out: ManifestFile,
): void {
  const here = pos(offsetOf(prefix));
  // A Kustomize JSON 6902 patch file is a list of operations, not an object: not a manifest, and not wrong.
  if (prefix.length === 0 && isJson6902Patch(data)) return;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    out.problems.push({ position: here, message: 'expected a Kubernetes object (a mapping with apiVersion and kind)' });
    return;
  }
  const obj = data as Record<string, unknown>;
  const { apiVersion, kind } = obj;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    if (prefix.length === 0 && isMcpClientConfig(obj, out.file)) {
      out.objects.push({
        ...MCP_CLIENT_CONFIG,
        name: out.file.split('/').pop() ?? out.file,
        body: obj,
        position: here,
        locate: (path) => pos(offsetOf(path)),
      });
    } else if (prefix.length === 0 && isAgentgatewayConfig(obj, out.file)) {
      // agentgateway's own config file (agentgateway-standalone.ts): one object, named after the file's path.
      out.objects.push({
        ...AGENTGATEWAY_CONFIG,
        name: out.file,
        body: obj,
        position: here,
        locate: (path) => pos(offsetOf(path)),
      });
    }
    // Otherwise not a Kubernetes object (e.g. a values file matched by a glob): not our business.
    return;
  }
  // Kustomize's own files (a kustomization, a Component) configure a build; they are not objects to apply.
  if (KUSTOMIZE_KINDS.has(kind) && apiVersion.startsWith(KUSTOMIZE_GROUP)) return;
  if (kind === 'List' || (kind.endsWith('List') && Array.isArray(obj.items))) {
    const items = Array.isArray(obj.items) ? obj.items : [];
    for (const [i, item] of items.entries()) collectObjects(item, offsetOf, [...prefix, 'items', i], pos, out);
    return;
  }
  const metadata = obj.metadata as Record<string, unknown> | undefined;
  const name = metadata && typeof metadata.name === 'string' ? metadata.name : undefined;
  if (!name) {
    out.problems.push({ position: here, message: `${kind} has no metadata.name` });
    return;
  }
  const namespace = typeof metadata?.namespace === 'string' ? metadata.namespace : undefined;
  out.objects.push({
    apiVersion,
    kind,
    name,
    namespace,
    body: obj,
    position: here,
    locate: (path) => pos(offsetOf([...prefix, ...path])),
  } satisfies ManifestObject);
}

/**
 * MCP client configuration (Claude/Cursor `mcpServers`, VS Code `servers` + `inputs`, and the other clients of
 * mcpClientSections) has no apiVersion or kind; it is kept as one object of this synthetic kind, named after the
 * file, so surface readers can use it.
 */
export const MCP_CLIENT_CONFIG = { apiVersion: 'threatcat.dev/mcp-client', kind: 'MCPClientConfig' } as const;

/**
 * How a client lays out its servers: a map name → entry, or (Continue) a list of entries that carry their `name`.
 * `flavour` says whose field names the entries use.
 */
export interface McpClientSection {
  key: string;
  /** The top-level key the section sits under, when it is not one itself (VS Code settings `mcp` → `servers`). */
  parent?: string;
  shape: 'map' | 'list';
  flavour: 'standard' | 'zed' | 'opencode' | 'goose' | 'continue' | 'codex';
}

/**
 * The server sections of a file without apiVersion and kind, recognised by their keys and, where a key or file name
 * is generic (`mcp`, `extensions`, `settings.json`, `config.yaml`), by the file's name and folder too, so a
 * Kubernetes manifest or a Helm values file is never taken for one. Empty when the file is no client config.
 *
 * - JSON (read as JSONC): `mcpServers` (Claude Code/Desktop, Cursor, Copilot, Gemini CLI `.gemini/settings.json`,
 *   Windsurf and Antigravity `mcp_config.json`, Cline/Roo/Kiro) and VS Code `servers`, in any `.json` file;
 *   Amp `amp.mcpServers` (a dotted top-level key) in a `settings.json`; Zed `context_servers` in a `settings.json`;
 *   VS Code's older `mcp.servers` (+ `mcp.inputs`) in a `settings.json`; OpenCode `mcp` in `opencode.json` or
 *   `opencode.jsonc`.
 * - YAML: Goose `extensions` in a `goose/config.yaml` (`.config/goose/`, `.goose/`); Continue `mcpServers` as a
 *   list in `.continue/config.yaml` or `.continue/mcpServers/*.yaml`.
 * - YAML or JSON: a Goose recipe's `extensions` list (isGooseRecipe).
 * - TOML: Codex `mcp_servers` in `.codex/config.toml`.
 */
export function mcpClientSections(obj: Record<string, unknown>, file: string): McpClientSection[] {
  const isMap = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const out: McpClientSection[] = [];
  const path = `/${file.replace(/\\/g, '/')}`;
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (/\.jsonc?$/i.test(file)) {
    if (isMap(obj.mcpServers)) out.push({ key: 'mcpServers', shape: 'map', flavour: 'standard' });
    if (isMap(obj.servers)) out.push({ key: 'servers', shape: 'map', flavour: 'standard' });
    if (/^settings\.json$/i.test(base) && isMap(obj['amp.mcpServers']))
      out.push({ key: 'amp.mcpServers', shape: 'map', flavour: 'standard' });
    if (/^settings\.json$/i.test(base) && isMap(obj.context_servers))
      out.push({ key: 'context_servers', shape: 'map', flavour: 'zed' });
    if (/^settings\.json$/i.test(base)) {
      // VS Code reads `mcp.servers` written nested (`"mcp": {"servers": …}`) or as one dotted key alike.
      const at = (vsCodeSettingPath(obj, 'mcp.servers') ?? []).map(String);
      const servers = at.reduce<unknown>((v, k) => (isMap(v) ? (v as Record<string, unknown>)[k] : undefined), obj);
      if (at.length === 1 && isMap(servers)) out.push({ key: at[0], shape: 'map', flavour: 'standard' });
      if (at.length === 2 && isMap(servers)) out.push({ key: at[1], parent: at[0], shape: 'map', flavour: 'standard' });
    }
    if (isGooseRecipe(obj)) out.push({ key: 'extensions', shape: 'list', flavour: 'goose' });
    if (/^opencode\.jsonc?$/i.test(base) && isMap(obj.mcp)) {
      out.push({ key: 'mcp', shape: 'map', flavour: 'opencode' });
      // OpenCode's second config layout keeps the servers one level down, `mcp.servers` (mcp-client.ts).
      const servers = (obj.mcp as Record<string, unknown>).servers;
      if (isMap(servers) && !isOpenCodeServerEntry(servers))
        out.push({ key: 'servers', parent: 'mcp', shape: 'map', flavour: 'opencode' });
    }
  } else if (/\.ya?ml$/i.test(file)) {
    if (/\/\.?goose\/config\.ya?ml$/i.test(path) && isMap(obj.extensions))
      out.push({ key: 'extensions', shape: 'map', flavour: 'goose' });
    if (isGooseRecipe(obj)) out.push({ key: 'extensions', shape: 'list', flavour: 'goose' });
    if (/\/\.continue\/(config|mcpServers\/[^/]+)\.ya?ml$/i.test(path) && Array.isArray(obj.mcpServers))
      out.push({ key: 'mcpServers', shape: 'list', flavour: 'continue' });
  } else if (CODEX_CONFIG.test(path) && isMap(obj.mcp_servers)) {
    out.push({ key: 'mcp_servers', shape: 'map', flavour: 'codex' });
  }
  return out;
}

/**
 * A Goose recipe (`goose run --recipe <file>`; `.goose/recipes/`, `.agents/recipes/`), by the keys Goose requires of one
 * (`title`, `description`, and `instructions` or `prompt`) and its `extensions` list: the MCP servers a run of the
 * recipe starts (mcp-client-goose.ts).
 */
export function isGooseRecipe(obj: Record<string, unknown>): boolean {
  return (
    typeof obj.title === 'string' &&
    typeof obj.description === 'string' &&
    (typeof obj.instructions === 'string' || typeof obj.prompt === 'string') &&
    Array.isArray(obj.extensions)
  );
}

/** An OpenCode `mcp` entry written as a server of the first layout (`type: local` or `remote`), by its own keys. */
export function isOpenCodeServerEntry(value: unknown): boolean {
  const v = value as Record<string, unknown> | null;
  return v !== null && typeof v === 'object' && (v.type === 'local' || v.type === 'remote');
}

function isMcpClientConfig(obj: Record<string, unknown>, file: string): boolean {
  return (
    mcpClientSections(obj, file).length > 0 ||
    isClaudeCodeSettings(obj, file) ||
    isVsCodeSettings(obj, file) ||
    isGoosePermissions(obj, file) ||
    isCursorPermissions(obj, file) ||
    isOpenCodeAgentMarkdown(obj, file) ||
    isWorkspaceMcpAgent(obj, file)
  );
}

/** Amazon Q CLI and Kiro CLI agent files (as `AMAZONQ_AGENT` of mcp-client-amazonq.ts, which imports this module). */
const AGENT_FILE = /(^|\/)(\.amazonq\/cli-agents|\.kiro\/agents)\/[^/]+\.json$/i;

/**
 * An Amazon Q or Kiro CLI agent that takes in the servers of its workspace's `mcp.json` (`useLegacyMcpJson`,
 * `includeMcpJson`): its `allowedTools` decide for those servers even when it has none of its own, so it is kept as an
 * MCPClientConfig object (without server sections) for the `mcp.json` reader to find.
 */
function isWorkspaceMcpAgent(obj: Record<string, unknown>, file: string): boolean {
  return AGENT_FILE.test(file.replace(/\\/g, '/')) && (obj.useLegacyMcpJson === true || obj.includeMcpJson === true);
}

/**
 * An OpenCode Markdown agent whose front matter says what its tools may do: it names no server, but decides for the
 * servers of the `opencode.json` of its config folder (mcp-client-opencode.ts).
 */
export function isOpenCodeAgentMarkdown(obj: Record<string, unknown>, file: string): boolean {
  return (
    OPENCODE_AGENT_MARKDOWN.test(file.replace(/\\/g, '/')) &&
    (obj.permission !== undefined || obj.tools !== undefined || obj.disable !== undefined)
  );
}

/** Cursor's `permissions.json`, per repository (`<workspace>/.cursor/`) or per user (`~/.cursor/`). */
export const CURSOR_PERMISSIONS = /(^|\/)\.cursor\/permissions\.json$/i;

/**
 * A Cursor `permissions.json` that names MCP tools: it names no server, but decides for the `mcp.json` beside it
 * (mcp-client-cursor.ts). Kept as an MCPClientConfig object (without server sections) so that reader finds it.
 */
export function isCursorPermissions(obj: Record<string, unknown>, file: string): boolean {
  return CURSOR_PERMISSIONS.test(file.replace(/\\/g, '/')) && obj.mcpAllowlist !== undefined;
}

/** Goose's `permission.yaml` (`goose/` or `.goose/`, beside its `config.yaml`: mcp-client-goose-permissions.ts). */
export const GOOSE_PERMISSIONS = /(^|\/)\.?goose\/permission\.yaml$/i;

/**
 * Goose's per-tool permissions: they name no server, but decide for the extensions of the `config.yaml` beside them.
 * Kept as an MCPClientConfig object (without server sections) so that reader finds it.
 */
export function isGoosePermissions(obj: Record<string, unknown>, file: string): boolean {
  return GOOSE_PERMISSIONS.test(file.replace(/\\/g, '/')) && obj.user !== undefined;
}

/** VS Code settings, workspace (`.vscode/settings.json`) or user (`…/User/settings.json`, beside the user's `mcp.json`). */
export const VSCODE_SETTINGS = /(^|\/)(\.vscode|User)\/settings\.json$/i;

/** The settings of VS Code that decide whether chat calls a tool without asking (mcp-client-vscode.ts). */
export const VSCODE_APPROVAL_KEYS = [
  'chat.permissions.default',
  'chat.tools.global.autoApprove',
  'chat.tools.eligibleForAutoApproval',
  'chat.defaultConfiguration',
] as const;

/**
 * A VS Code settings file that says whether chat asks before a tool call: it names no server itself, but decides for
 * the `mcp.json` beside it. Kept as an MCPClientConfig object (without server sections) so that reader finds it.
 */
export function isVsCodeSettings(obj: Record<string, unknown>, file: string): boolean {
  return (
    VSCODE_SETTINGS.test(file.replace(/\\/g, '/')) &&
    VSCODE_APPROVAL_KEYS.some((k) => vsCodeSettingPath(obj, k) !== undefined)
  );
}

/** Claude Code's project settings, `.claude/settings.json` and (when committed) `.claude/settings.local.json`. */
export const CLAUDE_CODE_SETTINGS = /(^|\/)\.claude\/settings(\.local)?\.json$/i;

/** The keys of Claude Code's settings that govern the servers of the project's `.mcp.json` (mcp-client-claude.ts). */
export const CLAUDE_CODE_MCP_KEYS = [
  'permissions',
  'enableAllProjectMcpServers',
  'enabledMcpjsonServers',
  'disabledMcpjsonServers',
] as const;

/**
 * A Claude Code settings file that says something about MCP servers: it names no server itself, but decides which
 * servers of the same project's `.mcp.json` start and which of their tools run without asking. Kept as an
 * MCPClientConfig object (without server sections) so the `.mcp.json` reader finds it.
 */
export function isClaudeCodeSettings(obj: Record<string, unknown>, file: string): boolean {
  return CLAUDE_CODE_SETTINGS.test(file.replace(/\\/g, '/')) && CLAUDE_CODE_MCP_KEYS.some((k) => obj[k] !== undefined);
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

/** Both parsers, for tests that check they agree. */
export const parsersForTest = {
  /** The js-yaml path alone: undefined where it does not apply (errors, anchors, aliases, misaligned frames). */
  fast(text: string, file: string): ManifestFile | undefined {
    const listened = listenDocuments(text);
    return 'error' in listened || !listened.roots ? undefined : readYaml(text, file, undefined, false);
  },
  /** The block-subset path alone: undefined where it does not apply. */
  subset(text: string, file: string): ManifestFile | undefined {
    const docs = readSubset(text, sectionsOf(text, documentStarts(text, LIMITS.documents)));
    const lines = lineStarts(text);
    return docs && readDocuments(docs, file, (offset) => positionIn(lines, offset, file));
  },
  /** Every document of the text with positions, by js-yaml's listener (or the CST) alone. */
  listenerDocuments(text: string, file: string): YamlDoc[] {
    const docs: YamlDoc[] = [];
    readYaml(text, file, docs, false);
    return docs;
  },
  /** The same by the block subset alone: undefined where it does not apply. */
  subsetDocuments(text: string, file: string): YamlDoc[] | undefined {
    const docs = readSubset(text, sectionsOf(text, documentStarts(text, LIMITS.documents)));
    if (!docs) return undefined;
    const out: YamlDoc[] = [];
    const lines = lineStarts(text);
    readDocuments(docs, file, (offset) => positionIn(lines, offset, file), out);
    return out;
  },
  cst: readWithPositions,
};

const KUSTOMIZE_GROUP = 'kustomize.config.k8s.io/';
const KUSTOMIZE_KINDS = new Set(['Kustomization', 'Component']);

/** `[{op: replace, path: /spec/x, value: …}, …]`: every item an operation with a path. */
export function isJson6902Patch(data: unknown): data is Array<Record<string, unknown>> {
  return (
    Array.isArray(data) &&
    data.length > 0 &&
    data.every(
      (op) =>
        op !== null &&
        typeof op === 'object' &&
        typeof (op as Record<string, unknown>).op === 'string' &&
        typeof (op as Record<string, unknown>).path === 'string',
    )
  );
}
