import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyIdKey, IdRing, RecentIds, setIdKey } from '../../src/read/evidence/recent-ids.js';
import { rng } from '../helpers/audit-log.js';

/**
 * Repeated audit lines are dropped when their auditID is among the last N counted: the ring with its hash table
 * must answer exactly as a plain list of the last N ids would, for UUIDs and other ids alike, across evictions.
 */

function reference(window: number) {
  const last: string[] = [];
  return (id: string): boolean => {
    if (last.includes(id)) return true;
    last.push(id);
    if (last.length > window) last.shift();
    return false;
  };
}

const uuid = (n: number) => {
  const h = n.toString(16).padStart(32, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

const key = emptyIdKey();
const k = (id: string) => setIdKey(emptyIdKey(), id);

test('answers as a list of the last N ids would: UUIDs, uppercase UUIDs and other ids, through many evictions', () => {
  for (const window of [1, 7, 64, 1000]) {
    const r = rng(window);
    const ring = new RecentIds(window);
    const ref = reference(window);
    const pool = 3 * window + 5;
    for (let i = 0; i < 20_000; i++) {
      const n = Math.floor(r() * pool);
      const kind = n % 4;
      const id = kind === 0 ? uuid(n) : kind === 1 ? uuid(n).toUpperCase() : kind === 2 ? `req-${n}` : uuid(n).slice(1);
      assert.equal(ring.seen(setIdKey(key, id)), ref(id), `window ${window}, step ${i}, id ${id}`);
    }
  }
});

test('ids whose table positions collide are still told apart, and an evicted id is new again', () => {
  // 4,096 ids in a window of 2,048: the table (4,096 slots) is half full, so probe runs form and are shifted.
  const ring = new RecentIds(2048);
  const ref = reference(2048);
  const r = rng(99);
  for (let i = 0; i < 50_000; i++) {
    const id = uuid(Math.floor(r() * 4096) * 0x10001);
    assert.equal(ring.seen(setIdKey(key, id)), ref(id));
  }
  const fresh = new RecentIds(2);
  assert.equal(fresh.seen(k('a')), false);
  assert.equal(fresh.seen(k('a')), true);
  assert.equal(fresh.seen(k('b')), false);
  assert.equal(fresh.seen(k('c')), false); // 'a' falls out of the window
  assert.equal(fresh.seen(k('a')), false);
  assert.equal(fresh.seen(k('')), false);
});

test('open long-running requests: added, found, deleted once, and pushed out when the ring comes round', () => {
  const open = new IdRing(3);
  const a = k(uuid(0xabcdef));
  assert.equal(open.has(a), false);
  open.add(a);
  assert.equal(open.has(k(uuid(0xabcdef))), true);
  assert.equal(open.has(k(uuid(0xabcdef).toUpperCase())), false, 'another id');
  assert.equal(open.delete(k(uuid(0xabcdef))), true);
  assert.equal(open.delete(k(uuid(0xabcdef))), false, 'deleted once');
  // The freed slot is taken by w-4 when the ring comes round; then w-5 pushes out the oldest, w-2.
  for (const n of [2, 3, 4]) open.add(k(`w-${n}`));
  assert.equal(open.size, 3);
  assert.equal(open.has(k('w-2')), true);
  open.add(k('w-5'));
  assert.equal(open.has(k('w-2')), false);
  assert.equal(open.has(k('w-3')), true);
  assert.equal(open.size, 3);
});
