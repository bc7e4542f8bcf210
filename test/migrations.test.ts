import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Kysely, Migrator, sql } from 'kysely';
import { migrateToLatest, migrationsFor } from '../src/db/database.js';
import type { DatabaseHandle } from '../src/db/index.js';
import { databasesUnderTest, openTestDatabase } from './support/harness.js';

const at = '2026-01-01T00:00:00.000Z';

/** One tenant, contact and conversation with a customer message, a bot reply and an attachment. */
async function seed(db: Kysely<unknown>) {
  await sql`insert into tenants (id, name, widget_key, created_at) values ('t1', 'Shop', 'wk1', ${at})`.execute(
    db,
  );
  await sql`insert into contacts (id, tenant_id, name, created_at) values ('ct1', 't1', 'Aoi', ${at})`.execute(
    db,
  );
  await sql`insert into conversations (id, tenant_id, contact_id, channel, status, customer_token_hash, bot_misses, last_seq, created_at, updated_at)
    values ('c1', 't1', 'ct1', 'widget', 'bot', 'h', 0, 2, ${at}, ${at})`.execute(db);
  await sql`insert into messages (id, tenant_id, conversation_id, seq, author, text, client_message_id, created_at)
    values ('m1', 't1', 'c1', 1, 'customer', '送料は？', 'client-1', ${at}),
           ('m2', 't1', 'c1', 2, 'bot', '500円です', null, ${at})`.execute(db);
  await sql`insert into attachments (id, tenant_id, conversation_id, message_id, position, filename, content_type, size, data, created_at)
    values ('a1', 't1', 'c1', 'm1', 0, 'a.png', 'image/png', 1, 'AA==', ${at})`.execute(db);
}

const insertMessage = (db: Kysely<unknown>, id: string, seq: number, clientId: string | null) =>
  sql`insert into messages (id, tenant_id, conversation_id, seq, author, text, client_message_id, created_at)
    values (${id}, 't1', 'c1', ${seq}, ${clientId ? 'customer' : 'bot'}, 'x', ${clientId}, ${at})`.execute(
    db,
  );

for (const database of databasesUnderTest()) {
  describe(`migrating a database with messages (${database.name})`, () => {
    let handle: DatabaseHandle;
    let cleanup: () => Promise<void>;

    before(async () => {
      ({ handle, cleanup } = await openTestDatabase(database, 'migrate'));
      const db = handle.db as unknown as Kysely<unknown>;
      // The schema as released before client ids became a partial index, with data in it.
      // Told its schema, as `migrateToLatest` is: Kysely otherwise finds another run's
      // bookkeeping tables in the same PostgreSQL database and skips creating its own.
      const schema =
        handle.dialect === 'postgres'
          ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
              ?.schema
          : undefined;
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => migrationsFor(handle.dialect) },
        ...(schema ? { migrationTableSchema: schema } : {}),
      });
      const { error } = await migrator.migrateTo('0004-routing');
      assert.equal(error, undefined);
      await seed(db);
      await migrateToLatest(handle.db, handle.dialect);
    });
    after(() => cleanup());

    test('keeps every message and what refers to them', async () => {
      const db = handle.db as unknown as Kysely<unknown>;
      const messages = await sql<{ id: string; seq: number; client_message_id: string | null }>`
        select id, seq, client_message_id from messages order by seq`.execute(db);
      assert.deepEqual(
        messages.rows.map((r) => [r.id, Number(r.seq), r.client_message_id]),
        [
          ['m1', 1, 'client-1'],
          ['m2', 2, null],
        ],
      );
      const attachment = await sql<{
        message_id: string;
      }>`select message_id from attachments`.execute(db);
      assert.deepEqual(attachment.rows, [{ message_id: 'm1' }]);
    });

    test('client ids are indexed only where a message has one', async () => {
      const db = handle.db as unknown as Kysely<unknown>;
      const definition =
        handle.dialect === 'sqlite'
          ? sql<{
              text: string;
            }>`select sql as text from sqlite_master where name = 'messages_client_id_uq'`
          : sql<{ text: string }>`select indexdef as text from pg_indexes
              where indexname = 'messages_client_id_uq' and schemaname = current_schema()`;
      const { rows } = await definition.execute(db);
      assert.match(rows[0]?.text ?? '', /where\s+\(?"?client_message_id"? is not null/i);
    });

    test('a client id is still unique within its conversation; messages without one are not limited', async () => {
      const db = handle.db as unknown as Kysely<unknown>;
      await assert.rejects(insertMessage(db, 'm3', 3, 'client-1'), (e: { code?: string }) =>
        ['23505', 'SQLITE_CONSTRAINT_UNIQUE'].includes(e.code ?? ''),
      );
      await insertMessage(db, 'm3', 3, null);
      await insertMessage(db, 'm4', 4, null);
      await insertMessage(db, 'm5', 5, 'client-2');
      // The sequence number stays unique too.
      await assert.rejects(insertMessage(db, 'm6', 5, 'client-3'));
    });

    test('foreign keys are enforced again after the rebuild', async () => {
      const db = handle.db as unknown as Kysely<unknown>;
      await assert.rejects(
        sql`insert into messages (id, tenant_id, conversation_id, seq, author, text, created_at)
          values ('m9', 't1', 'no-such-conversation', 1, 'bot', 'x', ${at})`.execute(db),
      );
    });
  });
}
