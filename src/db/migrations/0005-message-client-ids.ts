import { type Kysely, type Migration, sql } from 'kysely';

/**
 * `clientMessageId` uniqueness as a partial index: only customer messages carry the id, so
 * bot, agent and system messages no longer add an entry to it (on SQLite that entry cost a
 * page written per message in every commit).
 *
 * SQLite cannot drop a table constraint, so the table is rebuilt as SQLite documents it
 * (https://www.sqlite.org/lang_altertable.html#otheralter): foreign-key enforcement off, new
 * table, copy, drop, rename, indexes, a foreign-key check, all in one transaction.
 */
export function messageClientIds(dialect: 'sqlite' | 'postgres'): Migration {
  return {
    up: dialect === 'sqlite' ? upSqlite : upPostgres,
  };
}

const partialIndex = sql`create unique index messages_client_id_uq on messages (conversation_id, client_message_id) where client_message_id is not null`;

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await sql`alter table messages drop constraint messages_client_id_uq`.execute(db);
  await partialIndex.execute(db);
}

async function upSqlite(db: Kysely<unknown>): Promise<void> {
  // Kysely runs SQLite migrations outside a transaction (and on one connection), so the
  // pragma, which is ignored inside a transaction, takes effect here.
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin immediate`.execute(db);
    try {
      await sql`create table messages_rebuilt (
        id text primary key,
        tenant_id text not null references tenants (id),
        conversation_id text not null references conversations (id),
        seq integer not null,
        author text not null,
        author_id text,
        author_name text,
        text text not null,
        buttons text,
        client_message_id text,
        reply_to text,
        created_at text not null,
        constraint messages_conversation_seq_uq unique (conversation_id, seq)
      )`.execute(db);
      await sql`insert into messages_rebuilt (id, tenant_id, conversation_id, seq, author, author_id,
        author_name, text, buttons, client_message_id, reply_to, created_at)
        select id, tenant_id, conversation_id, seq, author, author_id, author_name, text, buttons,
        client_message_id, reply_to, created_at from messages`.execute(db);
      await sql`drop table messages`.execute(db);
      await sql`alter table messages_rebuilt rename to messages`.execute(db);
      await sql`create index messages_tenant_created_idx on messages (tenant_id, created_at)`.execute(
        db,
      );
      await partialIndex.execute(db);
      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (broken.rows.length > 0) throw new Error('Foreign keys broken by the messages rebuild');
      await sql`commit`.execute(db);
    } catch (error) {
      await sql`rollback`.execute(db);
      throw error;
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
