import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import type { AppError } from '../errors/index.js';
import { createPublicLimits } from './public-limits.js';
import { createMemoryStore, createRedisStore, type LimitStore } from './rate-limiter.js';

const rule = { burst: 3, perSecond: 1 };

async function bucketBehaviour(store: LimitStore, prefix: string) {
  const t0 = 1_000_000;
  const key = `${prefix}:a`;
  for (let i = 0; i < 3; i++) assert.equal(await store.take([{ rule, key }], t0), 0);
  // Empty: the wait is the time to one token.
  assert.ok(Math.abs((await store.take([{ rule, key }], t0)) - 1) < 0.01);
  assert.ok(Math.abs((await store.take([{ rule, key }], t0 + 400)) - 0.6) < 0.01);
  // A second later there is one token again, and only one.
  assert.equal(await store.take([{ rule, key }], t0 + 1000), 0);
  assert.ok((await store.take([{ rule, key }], t0 + 1000)) > 0);
  // All or nothing: a refused request takes no token from its other buckets.
  const other = `${prefix}:b`;
  assert.ok(
    (await store.take(
      [
        { rule, key: other },
        { rule, key },
      ],
      t0 + 1000,
    )) > 0,
  );
  for (let i = 0; i < 3; i++) assert.equal(await store.take([{ rule, key: other }], t0 + 1000), 0);
}

test('memory buckets: a burst, then the refill rate; refusals cost nothing', async () => {
  const store = createMemoryStore();
  await bucketBehaviour(store, 'm');
  await store.close();
});

test('the same buckets in Redis, shared by every store on it', {
  skip: !process.env.TEST_REDIS_URL,
}, async () => {
  const url = process.env.TEST_REDIS_URL as string;
  const prefix = `test-${randomBytes(4).toString('hex')}`;
  const errors: unknown[] = [];
  const a = createRedisStore({ url, prefix, onError: (e) => errors.push(e) });
  const b = createRedisStore({ url, prefix, onError: (e) => errors.push(e) });
  // Until connected a store counts in memory; give both a moment to connect.
  await new Promise((r) => setTimeout(r, 500));
  await bucketBehaviour(a, 'r');
  // Another node sees the same counters.
  const t = 5_000_000;
  for (let i = 0; i < 3; i++) assert.equal(await a.take([{ rule, key: 'shared' }], t), 0);
  assert.ok((await b.take([{ rule, key: 'shared' }], t)) > 0);
  assert.deepEqual(errors, []);
  await a.close();
  await b.close();
});

test('public limits throw 429 with whole seconds to wait; factor 0 turns them off', async () => {
  const limits = createPublicLimits(createMemoryStore());
  const p = { widgetKey: 'k', address: '192.0.2.1' };
  for (let i = 0; i < 10; i++) await limits.form(p);
  await assert.rejects(limits.form(p), (error: AppError) => {
    assert.equal(error.code, 'too_many_requests');
    assert.equal((error.details as { retryAfter: number }).retryAfter, 5);
    return true;
  });
  const off = createPublicLimits(createMemoryStore(), 0);
  for (let i = 0; i < 100; i++) await off.form(p);
});
