import type { NodePath } from '../model/catalog.js';

/**
 * Where each node of a document the block-subset parser read (yaml-block-subset.ts) starts, recorded as it parses,
 * so a manifest read by the subset is located exactly as one read by js-yaml's position listener
 * (manifests/manifest-file.ts): the node at a path, or its nearest existing ancestor; a mapping or list reached
 * through a key at that key; an empty value (`key:` with nothing after it) right after its `:`.
 *
 * Two integer tables, not one object per node: the offsets of every file an agent reads live until its surface is
 * read, and a diff reads thousands of files (the garbage collector copies what survives).
 * - a collection's row: its kind, its first and last entry, how many entries;
 * - an entry's row (a key and its value, or a list item): the key's offset (-1 in a list), the value's offset, the
 *   value's collection row (-1 for a scalar), the next entry of the same collection.
 */
export class NodeOffsets {
  private nodes = new Int32Array(8 * NODE_ROW);
  private nodeCount = 0;
  private entries = new Int32Array(32 * ENTRY_ROW);
  private entryCount = 0;
  /** Each entry's key (undefined for a list item). */
  private readonly keys: Array<string | undefined> = [];
  /** Built on first use, for a long collection: its entries by key or by index. */
  private byKey?: Map<number, Map<string, number>>;
  private byIndex?: Map<number, Int32Array>;
  private rootAt = 0;
  private root = NONE;

  /** A new collection; its entries are added with `add` as they are read. */
  open(kind: 'mapping' | 'list'): number {
    if ((this.nodeCount + 1) * NODE_ROW > this.nodes.length) this.nodes = grow(this.nodes);
    const n = this.nodeCount++;
    const at = n * NODE_ROW;
    this.nodes[at + KIND] = kind === 'mapping' ? MAPPING : LIST;
    this.nodes[at + FIRST] = NONE;
    this.nodes[at + LAST] = NONE;
    this.nodes[at + COUNT] = 0;
    return n;
  }

  /** An entry of collection `node`: its key at `keyAt` (-1 in a list), its value at `valueAt`, a collection or not. */
  add(node: number, keyAt: number, key: string | undefined, valueAt: number, child: number): void {
    if ((this.entryCount + 1) * ENTRY_ROW > this.entries.length) this.entries = grow(this.entries);
    const e = this.entryCount++;
    const t = this.entries;
    const at = e * ENTRY_ROW;
    t[at + KEY_AT] = keyAt;
    t[at + VALUE_AT] = valueAt;
    t[at + CHILD] = child;
    t[at + NEXT] = NONE;
    this.keys.push(key);
    const n = node * NODE_ROW;
    const last = this.nodes[n + LAST];
    if (last === NONE) this.nodes[n + FIRST] = e;
    else t[last * ENTRY_ROW + NEXT] = e;
    this.nodes[n + LAST] = e;
    this.nodes[n + COUNT]++;
  }

  /** The document's root collection, starting at `at`; the tables are cut to what was used. */
  close(root: number, at: number): void {
    this.root = root;
    this.rootAt = at;
    this.nodes = this.nodes.slice(0, this.nodeCount * NODE_ROW);
    this.entries = this.entries.slice(0, this.entryCount * ENTRY_ROW);
  }

  /** The offset of the node at `path` (see the class). */
  offsetOf(path: NodePath): number {
    let node = this.root;
    let at = this.rootAt;
    let keyAt = NONE;
    for (const seg of path) {
      if (node === NONE) break;
      const e = this.entry(node, seg);
      if (e === NONE) break;
      const row = e * ENTRY_ROW;
      at = this.entries[row + VALUE_AT];
      keyAt = this.entries[row + KEY_AT];
      node = this.entries[row + CHILD];
    }
    return keyAt !== NONE && node !== NONE ? keyAt : at;
  }

  private entry(node: number, seg: string | number): number {
    const n = node * NODE_ROW;
    const count = this.nodes[n + COUNT];
    if (this.nodes[n + KIND] === MAPPING) {
      const key = String(seg);
      if (count <= SHORT) {
        for (let e = this.nodes[n + FIRST]; e !== NONE; e = this.entries[e * ENTRY_ROW + NEXT])
          if (this.keys[e] === key) return e;
        return NONE;
      }
      this.byKey ??= new Map();
      let keys = this.byKey.get(node);
      if (!keys) {
        keys = new Map();
        for (let e = this.nodes[n + FIRST]; e !== NONE; e = this.entries[e * ENTRY_ROW + NEXT])
          if (!keys.has(this.keys[e]!)) keys.set(this.keys[e]!, e);
        this.byKey.set(node, keys);
      }
      return keys.get(key) ?? NONE;
    }
    if (typeof seg !== 'number' || !Number.isInteger(seg) || seg < 0 || seg >= count) return NONE;
    if (seg < SHORT) {
      let e = this.nodes[n + FIRST];
      for (let i = 0; i < seg; i++) e = this.entries[e * ENTRY_ROW + NEXT];
      return e;
    }
    // Walking the chain for each item of a long list would make locating every item quadratic.
    this.byIndex ??= new Map();
    let items = this.byIndex.get(node);
    if (!items) {
      items = new Int32Array(count);
      let i = 0;
      for (let e = this.nodes[n + FIRST]; e !== NONE; e = this.entries[e * ENTRY_ROW + NEXT]) items[i++] = e;
      this.byIndex.set(node, items);
    }
    return items[seg];
  }
}

const NONE = -1;
const MAPPING = 1;
const LIST = 2;
/** Collections up to this many entries are searched along their chain. */
const SHORT = 16;

const KIND = 0;
const FIRST = 1;
const LAST = 2;
const COUNT = 3;
const NODE_ROW = 4;

const KEY_AT = 0;
const VALUE_AT = 1;
const CHILD = 2;
const NEXT = 3;
const ENTRY_ROW = 4;

function grow(t: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(t.length * 2);
  grown.set(t);
  return grown;
}
