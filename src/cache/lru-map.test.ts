import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LruMap } from './lru-map.js';

test('the least recently used entry goes when the map is full, and only that one', () => {
  const map = new LruMap<string, number>(3);
  map.set('a', 1).set('b', 2).set('c', 3);
  assert.equal(map.get('a'), 1, 'reading a makes it recent');
  map.set('d', 4);
  assert.equal(map.size, 3);
  assert.equal(map.get('b'), undefined, 'b was the least recent');
  assert.deepEqual(
    ['a', 'c', 'd'].map((k) => map.get(k)),
    [1, 3, 4],
  );
  map.set('c', 30);
  assert.equal(map.get('c'), 30, 'setting again replaces');
  assert.equal(map.size, 3);
});
