import { LRUCache } from 'lru-cache';

/**
 * A map that keeps the `limit` entries used most recently: reading an entry makes it recent,
 * and adding one beyond the limit drops the least recent. Sized to the active set, a cache
 * keyed per conversation keeps what busy conversations need however many idle ones there
 * are, where clearing it whole when full would make every conversation miss at once.
 *
 * Backed by `lru-cache`, whose recency list lives in preallocated index arrays: a read is a
 * lookup and two index moves. Moving an entry to the end of a `Map` (delete, then set) costs
 * about ten times as much on a map of 200,000 entries, on every read of the hot path.
 */
export class LruMap<K extends {}, V extends {}> {
  readonly #entries: LRUCache<K, V>;
  constructor(readonly limit: number) {
    this.#entries = new LRUCache<K, V>({ max: limit });
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    return this.#entries.get(key);
  }

  set(key: K, value: V): this {
    this.#entries.set(key, value);
    return this;
  }

  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}
