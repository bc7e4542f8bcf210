import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import {
  createGroupCommit,
  type DatabaseHandle,
  openDatabase,
  type WritePlan,
  writerOf,
} from '../src/db/index.js';

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

  test('plans on the writer thread: guarded, answered after their COMMIT, a failing one alone', async () => {
    await sql`create table counters (id text primary key, n integer not null)`.execute(handle.db);
    await sql`insert into counters (id, n) values ('k', 0)`.execute(handle.db);
    const writer = writerOf(handle.db);
    assert.ok(writer);
    const group = createGroupCommit(handle.db, (trx) => trx, writer);
    const plan = (n: number, v: string): WritePlan => ({
      guard: { sql: 'select n from counters where id = ?', params: ['k'], expect: [n] },
      steps: [
        { sql: 'update counters set n = n + 1 where id = ?', params: ['k'] },
        { sql: 'insert into items (v) values (?)', params: [v] },
      ],
    });
    const seenAtAnswer: string[][] = [];
    const outcomes = await Promise.all(
      [plan(0, 'w1'), plan(0, 'w2'), plan(1, 'w1'), plan(2, 'w3')].map((p) =>
        group.write(p).then((outcome) => {
          seenAtAnswer.push(committed(file));
          return outcome.status;
        }),
      ),
    );
    // The second saw n = 0 after the first changed it; the third repeats w1 (unique) and fails
    // alone; the fourth still finds n = 1, not 2, since the failing one was rolled back.
    assert.deepEqual(outcomes, ['ok', 'stale', 'error', 'stale']);
    for (const seen of seenAtAnswer) assert.ok(seen.includes('w1'));
    const missing = await group.write({
      guard: { sql: 'select n from counters where id = ?', params: ['nope'], expect: [0] },
      steps: [],
    });
    assert.equal(missing.status, 'missing');
    const failed = await group.write(plan(1, 'w1'));
    assert.equal(failed.status, 'error');
    assert.equal(
      (failed as { error: { code?: string } }).error.code,
      'SQLITE_CONSTRAINT_PRIMARYKEY',
    );
    // A main-thread read after the answer sees the writer's commit.
    const { rows } = await sql<{ n: number }>`select n from counters where id = 'k'`.execute(
      handle.db,
    );
    assert.equal(rows[0]?.n, 1);
  });

  test("a transaction on the main connection waits for the writer's without stopping the event loop", async () => {
    const writer = writerOf(handle.db);
    assert.ok(writer);
    const group = createGroupCommit(handle.db, (trx) => trx, writer);
    // A group that holds the write lock for a while: a write, then a slow query.
    const bulk = group.write({
      guard: { sql: 'select 1', params: [], expect: [1] },
      steps: [
        { sql: 'insert into items (v) values (?)', params: ['writer-holds-lock'] },
        {
          sql: 'with recursive c(x) as (select 1 union all select x + 1 from c where x < ?) select count(*) from c',
          params: [1_500_000],
        },
      ],
    });
    await new Promise((r) => setTimeout(r, 20)); // the writer is inside its transaction
    let ticks = 0;
    const ticker = setInterval(() => {
      ticks++;
    }, 2);
    try {
      const started = performance.now();
      await handle.db.transaction().execute((trx) => insert('main-during-bulk').execute(trx));
      const waited = performance.now() - started;
      const ticksWhileWaiting = ticks;
      assert.equal((await bulk).status, 'ok');
      assert.ok(committed(file).includes('main-during-bulk'));
      // It did wait for the writer, and the event loop kept running meanwhile (a timer every
      // 2 ms fired at least once per 20 ms; SQLite's own wait would have stopped it).
      assert.ok(waited > 20, `the main write waited ${waited.toFixed(1)} ms`);
      assert.ok(
        ticksWhileWaiting > waited / 20,
        `${ticksWhileWaiting} timer ticks in ${waited.toFixed(1)} ms`,
      );
    } finally {
      clearInterval(ticker);
    }
  });

  test('a lone row write runs on the writer thread: same results, and reads need not wait for it', async () => {
    const writer = writerOf(handle.db);
    assert.ok(writer);
    const group = createGroupCommit(handle.db, (trx) => trx, writer);
    await sql`create table notes (id integer primary key, body text not null unique)`.execute(
      handle.db,
    );
    const inserted = await sql<{
      id: number;
      body: string;
    }>`insert into notes (body) values ('one') returning id, body`.execute(handle.db);
    assert.deepEqual(inserted.rows, [{ id: 1, body: 'one' }]);
    const plain = await sql`insert into notes (body) values ('two')`.execute(handle.db);
    assert.equal(plain.insertId, 2n);
    const updated = await sql`update notes set body = body || '!'`.execute(handle.db);
    assert.equal(updated.numAffectedRows, 2n);

    // Writes of one tick share a group: a duplicate fails alone, with SQLite's error code.
    const results = await Promise.allSettled([
      sql`insert into notes (body) values ('three')`.execute(handle.db),
      sql`insert into notes (body) values ('one!')`.execute(handle.db),
      sql`delete from notes where body = 'two!'`.execute(handle.db),
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    assert.equal(
      ((results[1] as PromiseRejectedResult).reason as { code?: string }).code,
      'SQLITE_CONSTRAINT_UNIQUE',
    );

    // Behind a slow group on the writer, the write waits; a read on the main connection
    // meanwhile is answered at once, and sees only what was committed.
    const slow = group.write({
      guard: { sql: 'select 1', params: [], expect: [1] },
      steps: [
        {
          sql: 'with recursive c(x) as (select 1 union all select x + 1 from c where x < ?) select count(*) from c',
          params: [1_500_000],
        },
      ],
    });
    await new Promise((r) => setTimeout(r, 20));
    let written = false;
    const write = sql`insert into notes (body) values ('four')`.execute(handle.db).then(() => {
      written = true;
    });
    const read = await sql<{ body: string }>`select body from notes order by id`.execute(handle.db);
    assert.equal(written, false, 'the read did not wait for the write');
    assert.deepEqual(
      read.rows.map((r) => r.body),
      ['one!', 'three'],
    );
    await write;
    assert.equal((await slow).status, 'ok');
    const after = await sql<{ body: string }>`select body from notes order by id`.execute(
      handle.db,
    );
    assert.deepEqual(
      after.rows.map((r) => r.body),
      ['one!', 'three', 'four'],
    );
  });

  test('statements of many shapes: the writer numbers their texts afresh and runs each as sent', async () => {
    await sql`create table shapes (k text primary key)`.execute(handle.db);
    // 1,200 distinct texts (the value inlined), in groups of 100, and a plain one in between.
    for (let group = 0; group < 12; group++) {
      await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          sql`insert into shapes (k) values (${sql.lit(`k${group * 100 + i}`)})`.execute(handle.db),
        ),
      );
      await sql`insert into shapes (k) values (${`p${group}`})`.execute(handle.db);
    }
    const { rows } = await sql<{ n: number }>`select count(*) as n from shapes`.execute(handle.db);
    assert.equal(rows[0]?.n, 1212);
    const { rows: last } = await sql<{
      k: string;
    }>`select k from shapes where k in ('k0', 'k1199', 'p11') order by k`.execute(handle.db);
    assert.deepEqual(
      last.map((r) => r.k),
      ['k0', 'k1199', 'p11'],
    );
  });
});
