import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createAuditRepository, createAuditService } from '../src/audit/index.js';
import { type DatabaseHandle, migrateToLatest } from '../src/db/index.js';
import { databasesUnderTest, openTestDatabase } from './support/harness.js';

for (const database of databasesUnderTest()) {
  describe(`the audit chain written by two nodes (${database.name})`, () => {
    let handle: DatabaseHandle;
    let cleanup: () => Promise<void>;

    before(async () => {
      ({ handle, cleanup } = await openTestDatabase(database, 'audit'));
      await migrateToLatest(handle.db, handle.dialect);
    });
    after(() => cleanup());

    test('entries interleaved by two nodes form one unbroken chain', async () => {
      // Two services over one database, as two nodes: each keeps the tail it last stored.
      const nodes = [1, 2].map(() =>
        createAuditService({ audit: createAuditRepository(handle.db) }),
      );
      const [a, b] = nodes as [
        ReturnType<typeof createAuditService>,
        ReturnType<typeof createAuditService>,
      ];
      const entry = (n: number) => ({ tenantId: 't1', actorId: 'u1', action: `act.${n}` });
      await a.record(entry(1));
      await a.record(entry(2));
      // Node B appends twice: node A's kept tail (seq 2) is now behind.
      await b.record(entry(3));
      await b.record(entry(4));
      const fifth = await a.record(entry(5));
      assert.equal(
        fifth.prevHash,
        (await a.list('t1', {})).find((e) => e.action === 'act.4')?.hash,
      );
      // And at the same time, from both.
      await Promise.all([6, 7, 8, 9].map((n) => (n % 2 ? a : b).record(entry(n))));
      const log = await a.list('t1', {});
      assert.equal(log.length, 9);
      assert.deepEqual(await b.verify('t1'), { ok: true, checked: 9 });
    });
  });
}
