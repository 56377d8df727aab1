/**
 * An auditID as the audit reader keeps it. A lowercase UUID (every API server's auditID) is held as four 32-bit
 * words, which cross threads in a typed array and are compared without hashing a string; any other id is held as
 * written. Ids are compared exactly: an uppercase UUID is another id than its lowercase form.
 */
export interface IdKey {
  /** "" when the record has no auditID. */
  text: string;
  uuid: boolean;
  words: Int32Array;
}

export function emptyIdKey(): IdKey {
  return { text: '', uuid: false, words: new Int32Array(4) };
}

/** Sets `key` from an auditID as written. */
export function setIdKey(key: IdKey, id: string): IdKey {
  key.text = id;
  key.uuid = parseUuid(id, key.words);
  return key;
}

export function hasId(key: IdKey): boolean {
  return key.uuid || key.text !== '';
}

const EMPTY = 0;
const TEXT = 1;
const UUID = 2;

/**
 * The last `window` ids added, in a fixed ring indexed by an open-addressing table of typed arrays: after the
 * first `window` ids it allocates nothing, whatever the log's size, and UUIDs are never held as strings. (A Map or
 * Set that is rebuilt or churned leaves a megabyte-sized backing store behind every few thousand lines, and id
 * strings outlive the young generation and pile up until a full collection: either way the peak memory of a long
 * ingest grew with the log.) `delete` frees an id at once; its ring slot is reused when the ring comes round.
 */
export class IdRing {
  private readonly text: string[];
  private readonly words: Int32Array;
  private readonly kind: Uint8Array;
  private readonly hashes: Int32Array;
  /** Ring slot + 1 per table position; 0 is empty. Linear probing, at most half full. */
  private readonly table: Int32Array;
  private readonly mask: number;
  private head = 0;
  private used = 0;
  /** Ids held now (added, not deleted nor pushed out). */
  size = 0;

  constructor(private readonly window: number) {
    this.text = new Array<string>(window).fill('');
    this.words = new Int32Array(4 * window);
    this.kind = new Uint8Array(window);
    this.hashes = new Int32Array(window);
    let capacity = 1024;
    while (capacity < 2 * window) capacity *= 2;
    this.table = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  has(key: IdKey): boolean {
    return this.size > 0 && this.find(key, hashKey(key)) !== -1;
  }

  /** Adds an id (not already held), pushing out the oldest slot when the ring is full. */
  add(key: IdKey): void {
    if (this.used === this.window) this.free(this.head);
    else this.used++;
    const slot = this.head;
    const h = hashKey(key);
    if (key.uuid) {
      this.words.set(key.words, 4 * slot);
      this.kind[slot] = UUID;
    } else {
      this.text[slot] = key.text;
      this.kind[slot] = TEXT;
    }
    this.hashes[slot] = h;
    const { table, mask } = this;
    let i = h & mask;
    while (table[i] !== 0) i = (i + 1) & mask;
    table[i] = slot + 1;
    this.size++;
    this.head = slot + 1 === this.window ? 0 : slot + 1;
  }

  /** Removes an id; false if it was not held. */
  delete(key: IdKey): boolean {
    if (this.size === 0) return false;
    const at = this.find(key, hashKey(key));
    if (at === -1) return false;
    this.free(this.table[at] - 1);
    return true;
  }

  /** Table position of the key, or -1. */
  private find(key: IdKey, h: number): number {
    const { table, hashes, mask, kind, words, text } = this;
    const k = key.words;
    for (let i = h & mask; table[i] !== 0; i = (i + 1) & mask) {
      const slot = table[i] - 1;
      if (hashes[slot] !== h) continue;
      if (key.uuid) {
        const w = 4 * slot;
        if (
          kind[slot] === UUID &&
          words[w] === k[0] &&
          words[w + 1] === k[1] &&
          words[w + 2] === k[2] &&
          words[w + 3] === k[3]
        )
          return i;
      } else if (kind[slot] === TEXT && text[slot] === key.text) return i;
    }
    return -1;
  }

  /** Empties a ring slot, taking its id out of the table and shifting later entries of its probe run back. */
  private free(slot: number): void {
    if (this.kind[slot] === EMPTY) return;
    const { table, hashes, mask } = this;
    let hole = hashes[slot] & mask;
    while (table[hole] !== slot + 1) hole = (hole + 1) & mask;
    table[hole] = 0;
    for (let i = (hole + 1) & mask; table[i] !== 0; i = (i + 1) & mask) {
      const home = hashes[table[i] - 1] & mask;
      // The entry at i may move into the hole only if its home is not in the cyclic range (hole, i].
      const stays = hole <= i ? hole < home && home <= i : hole < home || home <= i;
      if (stays) continue;
      table[hole] = table[i];
      table[i] = 0;
      hole = i;
    }
    this.kind[slot] = EMPTY;
    this.text[slot] = '';
    this.size--;
  }
}

/** The last `window` ids counted: a repeat within them is a duplicated line. */
export class RecentIds {
  private readonly ring: IdRing;
  constructor(window: number) {
    this.ring = new IdRing(window);
  }
  /** True if `key` is among the last `window` ids added; otherwise adds it and returns false. */
  seen(key: IdKey): boolean {
    if (this.ring.has(key)) return true;
    this.ring.add(key);
    return false;
  }
}

function hashKey(key: IdKey): number {
  if (key.uuid) {
    const w = key.words;
    let h = Math.imul(w[0] ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ w[1] ^ (h >>> 13), 0xc2b2ae35);
    h = Math.imul(h ^ w[2] ^ (h >>> 16), 0x85ebca6b);
    return Math.imul(h ^ w[3] ^ (h >>> 13), 0xc2b2ae35) ^ (h >>> 16);
  }
  // FNV-1a over UTF-16 code units: the table only needs it well spread (ids are compared in full).
  const s = key.text;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** A lowercase UUID (8-4-4-4-12 hex digits) into four 32-bit words; false for anything else. */
function parseUuid(s: string, out: Int32Array): boolean {
  if (s.length !== 36) return false;
  let word = 0;
  let n = 0;
  let k = 0;
  for (let i = 0; i < 36; i++) {
    const c = s.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
      continue;
    }
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else return false;
    word = (word << 4) | d;
    if (++n === 8) {
      out[k++] = word;
      word = 0;
      n = 0;
    }
  }
  return true;
}
