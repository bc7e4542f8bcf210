import { type Kysely, sql } from 'kysely';
import type { Database, Db, Dialect } from '../db/index.js';

/** Tables that hang off a conversation, deleted before the conversation itself. */
const conversationChildren = [
  'attachments',
  'outbox',
  'conversation_notes',
  'conversation_reads',
  'channel_threads',
  'channel_conversations',
  'unanswered_questions',
] as const;

const known = new Set<string>([
  ...conversationChildren,
  'messages',
  'conversations',
  'contacts',
  'channel_inbound',
  'audit_log',
]);

export type ContactRecord = {
  contact: Record<string, unknown>;
  conversations: Array<{
    conversation: Record<string, unknown>;
    messages: Record<string, unknown>[];
    notes: Record<string, unknown>[];
    attachments: Record<string, unknown>[];
  }>;
  callbacks: Record<string, unknown>[];
};

export function createPrivacyRepository(db: Db, dialect: Dialect) {
  /**
   * Tables outside the core that hold rows of a conversation or contact (added by later
   * modules): found by their columns, so erasure reaches them without knowing them.
   */
  async function extraTables(): Promise<
    Array<{ name: string; column: 'conversation_id' | 'contact_id' }>
  > {
    const tables = await db.introspection.getTables();
    // PostgreSQL lists every schema's tables; only the one this installation uses counts.
    const schema =
      dialect === 'postgres'
        ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
            ?.schema
        : undefined;
    const found: Array<{ name: string; column: 'conversation_id' | 'contact_id' }> = [];
    for (const table of tables) {
      if (known.has(table.name) || table.isView) continue;
      if (schema !== undefined && table.schema !== schema) continue;
      const columns = new Set(table.columns.map((c) => c.name));
      if (!columns.has('tenant_id')) continue;
      if (columns.has('conversation_id'))
        found.push({ name: table.name, column: 'conversation_id' });
      else if (columns.has('contact_id')) found.push({ name: table.name, column: 'contact_id' });
    }
    return found;
  }

  type Counter = (name: string, n: bigint | number | undefined) => void;

  /** Deletes conversations and everything hanging off them. Call inside a transaction. */
  async function eraseConversations(
    tx: Db,
    tenantId: string,
    conversationIds: string[],
    count: Counter,
    /** From `extraTables()`, read before the transaction (SQLite has one connection). */
    extras: Awaited<ReturnType<typeof extraTables>>,
  ): Promise<void> {
    if (conversationIds.length === 0) return;
    if (dialect === 'sqlite') await sql`pragma defer_foreign_keys = on`.execute(tx);
    const untyped = tx as unknown as Kysely<
      Record<string, { tenant_id: string; conversation_id: string }>
    >;
    for (const extra of extras.filter((e) => e.column === 'conversation_id')) {
      const result = await untyped
        .deleteFrom(extra.name)
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', 'in', conversationIds)
        .executeTakeFirst();
      count(extra.name, result.numDeletedRows);
    }
    // Raw inbound events (a mail's source, a LINE event) became messages under their id.
    const inbound = await tx
      .deleteFrom('channel_inbound')
      .where('tenant_id', '=', tenantId)
      .where(
        'id',
        'in',
        tx
          .selectFrom('messages')
          .select('client_message_id')
          .where('tenant_id', '=', tenantId)
          .where('conversation_id', 'in', conversationIds)
          .where('client_message_id', 'is not', null)
          .$narrowType<{ client_message_id: string }>(),
      )
      .executeTakeFirst();
    count('channel_inbound', inbound.numDeletedRows);
    for (const table of conversationChildren) {
      const result = await (tx as unknown as Kysely<Pick<Database, typeof table>>)
        .deleteFrom(table as 'attachments')
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', 'in', conversationIds)
        .executeTakeFirst();
      count(table, result.numDeletedRows);
    }
    const messages = await tx
      .deleteFrom('messages')
      .where('tenant_id', '=', tenantId)
      .where('conversation_id', 'in', conversationIds)
      .executeTakeFirst();
    count('messages', messages.numDeletedRows);
    const conversations = await tx
      .deleteFrom('conversations')
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', conversationIds)
      .executeTakeFirst();
    count('conversations', conversations.numDeletedRows);
  }

  return {
    async exportContact(tenantId: string, contactId: string): Promise<ContactRecord | undefined> {
      const contact = await db
        .selectFrom('contacts')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', contactId)
        .executeTakeFirst();
      if (!contact) return undefined;
      const conversations = await db
        .selectFrom('conversations')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('contact_id', '=', contactId)
        .orderBy('created_at')
        .execute();
      const out: ContactRecord['conversations'] = [];
      for (const { customer_token_hash: _secret, ...conversation } of conversations) {
        const [messages, notes, attachments] = await Promise.all([
          db
            .selectFrom('messages')
            .select(['id', 'seq', 'author', 'author_name', 'text', 'created_at'])
            .where('tenant_id', '=', tenantId)
            .where('conversation_id', '=', conversation.id)
            .orderBy('seq')
            .execute(),
          db
            .selectFrom('conversation_notes')
            .select(['id', 'author_name', 'text', 'created_at'])
            .where('tenant_id', '=', tenantId)
            .where('conversation_id', '=', conversation.id)
            .orderBy('created_at')
            .execute(),
          db
            .selectFrom('attachments')
            .select(['id', 'message_id', 'filename', 'content_type', 'size', 'data', 'created_at'])
            .where('tenant_id', '=', tenantId)
            .where('conversation_id', '=', conversation.id)
            .execute(),
        ]);
        out.push({ conversation, messages, notes, attachments });
      }
      // Callback requests hold the phone number and windows the contact gave.
      const callbacks = await db
        .selectFrom('callbacks')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('contact_id', '=', contactId)
        .orderBy('created_at')
        .execute();
      return { contact, conversations: out, callbacks };
    },

    /**
     * Deletes the contact and everything held about them in one transaction. On SQLite the
     * connections run with `secure_delete`, so the deleted rows are overwritten with zeros.
     */
    async eraseContact(
      tenantId: string,
      contactId: string,
    ): Promise<Record<string, number> | undefined> {
      const extras = await extraTables();
      return db.transaction().execute(async (tx) => {
        const contact = await tx
          .selectFrom('contacts')
          .select('id')
          .where('tenant_id', '=', tenantId)
          .where('id', '=', contactId)
          .executeTakeFirst();
        if (!contact) return undefined;
        const conversationIds = (
          await tx
            .selectFrom('conversations')
            .select('id')
            .where('tenant_id', '=', tenantId)
            .where('contact_id', '=', contactId)
            .execute()
        ).map((r) => r.id);
        const counts: Record<string, number> = {};
        const count = (name: string, n: bigint | number | undefined) => {
          counts[name] = (counts[name] ?? 0) + Number(n ?? 0);
        };
        const untyped = tx as unknown as Kysely<
          Record<string, { tenant_id: string; conversation_id: string; contact_id: string }>
        >;
        for (const extra of extras.filter((e) => e.column === 'contact_id')) {
          const result = await untyped
            .deleteFrom(extra.name)
            .where('tenant_id', '=', tenantId)
            .where(extra.column, '=', contactId)
            .executeTakeFirst();
          count(extra.name, result.numDeletedRows);
        }
        await eraseConversations(tx, tenantId, conversationIds, count, extras);
        const contacts = await tx
          .deleteFrom('contacts')
          .where('tenant_id', '=', tenantId)
          .where('id', '=', contactId)
          .executeTakeFirst();
        count('contacts', contacts.numDeletedRows);
        return counts;
      });
    },

    /**
     * Deletes the tenant's conversations resolved before a time, with everything hanging off
     * them; a batch at a time so one sweep never holds the database for long.
     */
    async eraseResolvedBefore(
      tenantId: string,
      before: string,
      limit: number,
    ): Promise<Record<string, number>> {
      const extras = await extraTables();
      return db.transaction().execute(async (tx) => {
        const ids = (
          await tx
            .selectFrom('conversations')
            .select('id')
            .where('tenant_id', '=', tenantId)
            .where('status', '=', 'resolved')
            .where('updated_at', '<', before)
            .limit(limit)
            .execute()
        ).map((r) => r.id);
        const counts: Record<string, number> = {};
        await eraseConversations(
          tx,
          tenantId,
          ids,
          (name, n) => {
            counts[name] = (counts[name] ?? 0) + Number(n ?? 0);
          },
          extras,
        );
        return counts;
      });
    },

    /** Tenants with a retention period, and that period in days. */
    async retentionPolicies(): Promise<Array<{ tenantId: string; days: number }>> {
      const rows = await db
        .selectFrom('tenant_security')
        .select(['tenant_id', 'retention_days'])
        .where('retention_days', 'is not', null)
        .execute();
      return rows.map((r) => ({ tenantId: r.tenant_id, days: Number(r.retention_days) }));
    },

    /**
     * Moves everything from SQLite's write-ahead log into the database file and empties the
     * log, so the overwritten pages are the only copy left. Retried while readers hold it.
     */
    async flushDeletedPages(): Promise<boolean> {
      if (dialect !== 'sqlite') return false;
      for (let attempt = 0; attempt < 50; attempt++) {
        const result = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(db);
        if (Number(result.rows[0]?.busy ?? 1) === 0) return true;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return false;
    },
  };
}

export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>;
