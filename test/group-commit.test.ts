import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { createGroupCommit, type DatabaseHandle, openDatabase } from '../src/db/index.js';

/** What another connection sees: only committed rows. */
const committed = (file: string): string[] => {
  const reader = new SQLite(file, { readonly: true });
  try {
    return (reader.prepare('select v from items order by v').all() as { v: string }[]).map(
      (r) => r.v,
    );
  } finally {
    reader.close();
  }
};

describe('SQLite group commit', () => {
  let dir: string;
  let file: string;
  let handle: DatabaseHandle;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-group-'));
    file = path.join(dir, 'tsunagi.db');
    handle = openDatabase({ dataDir: dir });
    await sql`create table parents (id text primary key)`.execute(handle.db);
    await sql`create table items (v text primary key, parent text references parents(id) deferrable initially deferred)`.execute(
      handle.db,
    );
  });
  after(async () => {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const insert = (v: string, parent: string | null = null) =>
    sql`insert into items (v, parent) values (${v}, ${parent})`;

  test('transactions of one tick share a commit; each is answered only once it is committed', async () => {
    let groups = 0;
    const transaction = createGroupCommit(handle.db, (trx) => {
      groups++;
      return trx;
    });
    const seenAtAnswer: string[][] = [];
    await Promise.all(
      ['a', 'b', 'c'].map((v) =>
        transaction(async (trx) => {
          await insert(v).execute(trx);
          return v;
        }).then(() => seenAtAnswer.push(committed(file))),
      ),
    );
    assert.equal(groups, 1);
    for (const seen of seenAtAnswer) assert.deepEqual(seen, ['a', 'b', 'c']);
  });

  test('a failing transaction is rolled back alone; the others of its group commit', async () => {
    const transaction = createGroupCommit(handle.db, (trx) => trx);
    const results = await Promise.allSettled([
      transaction(async (trx) => {
        await insert('d').execute(trx);
        return 'd';
      }),
      transaction(async (trx) => {
        await insert('e').execute(trx);
        await insert('a').execute(trx); // duplicate key: this whole transaction goes
        return 'e';
      }),
      transaction(async (trx) => {
        await insert('f').execute(trx);
        throw new Error('changed my mind');
      }),
      transaction(async (trx) => {
        await insert('g').execute(trx);
        return 'g';
      }),
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'rejected', 'fulfilled'],
    );
    assert.deepEqual(committed(file), ['a', 'b', 'c', 'd', 'g']);
  });

  test('a failed COMMIT rejects every transaction of the group and keeps none of them', async () => {
    const transaction = createGroupCommit(handle.db, (trx) => trx);
    const results = await Promise.allSettled([
      transaction(async (trx) => {
        await insert('h').execute(trx);
      }),
      // A deferred foreign key is checked only at COMMIT, which therefore fails.
      transaction(async (trx) => {
        await insert('i', 'no such parent').execute(trx);
      }),
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected'],
    );
    assert.deepEqual(committed(file), ['a', 'b', 'c', 'd', 'g']);
    // The connection is usable afterwards.
    await transaction(async (trx) => {
      await insert('j').execute(trx);
    });
    assert.deepEqual(committed(file), ['a', 'b', 'c', 'd', 'g', 'j']);
  });
});
