import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createInProcessBus } from '../bus/event-bus.js';
import { createTenantCache } from './tenant-cache.js';

/** A setting "in the database": each load counts, and answers after a turn of the loop. */
function store(initial: Record<string, string>) {
  const values = { ...initial };
  let loads = 0;
  return {
    values,
    loads: () => loads,
    load: async (tenantId: string) => {
      loads++;
      await new Promise((r) => setImmediate(r));
      const value = values[tenantId];
      if (value === undefined) throw new Error(`no ${tenantId}`);
      return value;
    },
  };
}

test('a kept setting is read once, shared by concurrent first reads', async () => {
  const db = store({ t1: 'a' });
  const cache = createTenantCache({ name: 'words', load: db.load, maxAgeMs: 60_000 });
  assert.deepEqual(await Promise.all([cache.get('t1'), cache.get('t1')]), ['a', 'a']);
  assert.equal(await cache.get('t1'), 'a');
  assert.equal(db.loads(), 1);
});

test('a change on one node is seen on the others; another setting’s change is not theirs', async () => {
  const bus = createInProcessBus(() => {});
  const db = store({ t1: 'a', t2: 'x' });
  const here = createTenantCache({ name: 'words', load: db.load, bus, maxAgeMs: 60_000 });
  const there = createTenantCache({ name: 'words', load: db.load, bus, maxAgeMs: 60_000 });
  const other = createTenantCache({ name: 'triggers', load: db.load, bus, maxAgeMs: 60_000 });
  assert.equal(await there.get('t1'), 'a');
  assert.equal(await there.get('t2'), 'x');
  assert.equal(await other.get('t1'), 'a');
  db.values.t1 = 'b';
  here.changed('t1');
  await bus.idle();
  assert.equal(await there.get('t1'), 'b');
  assert.equal(await other.get('t1'), 'a', 'a different setting keeps its copy');
  const loads = db.loads();
  assert.equal(await there.get('t2'), 'x', 'other tenants keep theirs');
  assert.equal(db.loads(), loads);
});

test('a copy is read again once old, and a failed read is not kept', async () => {
  let clock = 0;
  const db = store({});
  const cache = createTenantCache({
    name: 'words',
    load: db.load,
    maxAgeMs: 1000,
    now: () => clock,
  });
  await assert.rejects(cache.get('t1'), /no t1/);
  db.values.t1 = 'a';
  assert.equal(await cache.get('t1'), 'a', 'the failure was not kept');
  db.values.t1 = 'b';
  clock = 999;
  assert.equal(await cache.get('t1'), 'a');
  clock = 1000;
  assert.equal(await cache.get('t1'), 'b');
});

test('beyond its tenants, the least recently used is dropped', async () => {
  const db = store({ t1: 'a', t2: 'b', t3: 'c' });
  const cache = createTenantCache({
    name: 'words',
    load: db.load,
    maxAgeMs: 60_000,
    maxTenants: 2,
  });
  await cache.get('t1');
  await cache.get('t2');
  await cache.get('t1');
  await cache.get('t3'); // t2 is the least recent
  const loads = db.loads();
  await cache.get('t1');
  assert.equal(db.loads(), loads);
  await cache.get('t2');
  assert.equal(db.loads(), loads + 1);
});
