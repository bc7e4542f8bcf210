import type { ConversationStatus } from '../conversations/index.js';
import type { Db } from '../db/index.js';

export type InboxFilter = {
  status?: ConversationStatus | undefined;
  assigneeId?: string | undefined;
  queueId?: string | undefined;
  tag?: string | undefined;
  channel?: string | undefined;
  /** Matches the contact's name or email, or any message text. */
  search?: string | undefined;
  limit: number;
  offset?: number;
};

export type InboxRow = {
  id: string;
  status: ConversationStatus;
  channel: string;
  assigneeId: string | null;
  assigneeName: string | null;
  contactName: string | null;
  language: string | null;
  queueId: string | null;
  priority: number;
  tags: string[];
  category: string | null;
  queuedAt: string | null;
  firstReplyAt: string | null;
  createdAt: string;
  updatedAt: string;
  unread: number;
  lastMessage: { text: string; author: string; createdAt: string } | null;
};

export type Note = {
  id: string;
  conversationId: string;
  authorId: string | null;
  authorName: string | null;
  text: string;
  createdAt: string;
};

/** LIKE escapes differ between the databases, so wildcard characters are dropped from the needle. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, '');

export function createInboxRepository(db: Db) {
  return {
    async list(tenantId: string, userId: string, filter: InboxFilter): Promise<InboxRow[]> {
      let query = db
        .selectFrom('conversations as c')
        .innerJoin('contacts as ct', 'ct.id', 'c.contact_id')
        .leftJoin('users as u', (j) =>
          j.onRef('u.id', '=', 'c.assignee_id').on('u.tenant_id', '=', tenantId),
        )
        .leftJoin('messages as m', (j) =>
          j.onRef('m.conversation_id', '=', 'c.id').onRef('m.seq', '=', 'c.last_seq'),
        )
        .leftJoin('conversation_reads as r', (j) =>
          j
            .onRef('r.conversation_id', '=', 'c.id')
            .on('r.user_id', '=', userId)
            .on('r.tenant_id', '=', tenantId),
        )
        .select([
          'c.id',
          'c.status',
          'c.channel',
          'c.assignee_id',
          'u.name as assignee_name',
          'ct.name as contact_name',
          'c.language',
          'c.queue_id',
          'c.priority',
          'c.tags',
          'c.category',
          'c.queued_at',
          'c.first_reply_at',
          'c.created_at',
          'c.updated_at',
          // Unread means what the customer wrote since this user last read the conversation.
          (eb) =>
            eb
              .selectFrom('messages as um')
              .select((u) => u.fn.countAll<number>().as('n'))
              .where('um.tenant_id', '=', tenantId)
              .whereRef('um.conversation_id', '=', 'c.id')
              .where('um.author', '=', 'customer')
              .where('um.seq', '>', eb.fn.coalesce('r.last_read_seq', eb.lit(0)))
              .as('unread'),
          'm.text as last_text',
          'm.author as last_author',
          'm.created_at as last_at',
        ])
        .where('c.tenant_id', '=', tenantId);
      if (filter.status) query = query.where('c.status', '=', filter.status);
      if (filter.assigneeId) query = query.where('c.assignee_id', '=', filter.assigneeId);
      if (filter.queueId) query = query.where('c.queue_id', '=', filter.queueId);
      if (filter.channel) query = query.where('c.channel', '=', filter.channel);
      if (filter.tag) {
        // Tags are a JSON array of strings; the quoted form matches one whole tag.
        query = query.where('c.tags', 'like', `%${escapeLike(JSON.stringify(filter.tag))}%`);
      }
      if (filter.search) {
        const pattern = `%${escapeLike(filter.search.toLowerCase())}%`;
        query = query.where((eb) =>
          eb.or([
            eb(eb.fn('lower', ['ct.name']), 'like', pattern),
            eb(eb.fn('lower', ['ct.email']), 'like', pattern),
            eb.exists(
              eb
                .selectFrom('messages as sm')
                .select('sm.id')
                .where('sm.tenant_id', '=', tenantId)
                .whereRef('sm.conversation_id', '=', 'c.id')
                .where((inner) => inner(inner.fn('lower', ['sm.text']), 'like', pattern)),
            ),
          ]),
        );
      }
      const rows = await query
        .orderBy('c.priority', 'desc')
        .orderBy('c.updated_at', 'desc')
        .orderBy('c.id', 'desc')
        .limit(filter.limit)
        .offset(filter.offset ?? 0)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        status: r.status as ConversationStatus,
        channel: r.channel,
        assigneeId: r.assignee_id,
        assigneeName: r.assignee_name,
        contactName: r.contact_name,
        language: r.language,
        queueId: r.queue_id,
        priority: r.priority,
        tags: JSON.parse(r.tags) as string[],
        category: r.category,
        queuedAt: r.queued_at,
        firstReplyAt: r.first_reply_at,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        unread: Number(r.unread ?? 0),
        lastMessage:
          r.last_text !== null && r.last_author !== null && r.last_at !== null
            ? { text: r.last_text, author: r.last_author, createdAt: r.last_at }
            : null,
      }));
    },

    async markRead(tenantId: string, userId: string, conversationId: string): Promise<void> {
      const row = await db
        .selectFrom('conversations')
        .select('last_seq')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', conversationId)
        .executeTakeFirst();
      if (!row) return;
      await db
        .insertInto('conversation_reads')
        .values({
          tenant_id: tenantId,
          user_id: userId,
          conversation_id: conversationId,
          last_read_seq: row.last_seq,
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'user_id', 'conversation_id'])
            .doUpdateSet({ last_read_seq: row.last_seq }),
        )
        .execute();
    },

    async insertNote(tenantId: string, note: Note): Promise<void> {
      await db
        .insertInto('conversation_notes')
        .values({
          id: note.id,
          tenant_id: tenantId,
          conversation_id: note.conversationId,
          author_id: note.authorId,
          author_name: note.authorName,
          text: note.text,
          created_at: note.createdAt,
        })
        .execute();
    },

    async listNotes(tenantId: string, conversationId: string): Promise<Note[]> {
      const rows = await db
        .selectFrom('conversation_notes')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .orderBy('created_at')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        conversationId: r.conversation_id,
        authorId: r.author_id,
        authorName: r.author_name,
        text: r.text,
        createdAt: r.created_at,
      }));
    },

    async findHandling(tenantId: string, conversationId: string) {
      const row = await db
        .selectFrom('conversations as c')
        .innerJoin('contacts as ct', 'ct.id', 'c.contact_id')
        .select([
          'c.id',
          'c.tags',
          'c.category',
          'c.wrap_up_summary',
          'c.queue_id',
          'c.priority',
          'c.queued_at',
          'c.first_reply_at',
          'c.contact_id',
          'ct.name as contact_name',
          'ct.email as contact_email',
          'ct.external_id as contact_external_id',
          'ct.is_vip',
          'ct.created_at as contact_since',
        ])
        .where('c.tenant_id', '=', tenantId)
        .where('c.id', '=', conversationId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        tags: JSON.parse(row.tags) as string[],
        category: row.category,
        wrapUpSummary: row.wrap_up_summary,
        queueId: row.queue_id,
        priority: row.priority,
        queuedAt: row.queued_at,
        firstReplyAt: row.first_reply_at,
        contact: {
          id: row.contact_id,
          name: row.contact_name,
          email: row.contact_email,
          externalId: row.contact_external_id,
          isVip: row.is_vip === 1,
          since: row.contact_since,
        },
      };
    },

    async listContactConversations(tenantId: string, contactId: string, exceptId: string) {
      const rows = await db
        .selectFrom('conversations')
        .select(['id', 'status', 'channel', 'category', 'wrap_up_summary', 'created_at'])
        .where('tenant_id', '=', tenantId)
        .where('contact_id', '=', contactId)
        .where('id', '!=', exceptId)
        .orderBy('created_at', 'desc')
        .limit(20)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        status: r.status as ConversationStatus,
        channel: r.channel,
        category: r.category,
        summary: r.wrap_up_summary,
        createdAt: r.created_at,
      }));
    },

    async updateHandling(
      tenantId: string,
      conversationId: string,
      patch: Partial<{ tags: string[]; category: string | null; wrapUpSummary: string | null }>,
    ): Promise<boolean> {
      const changes = {
        ...(patch.tags && { tags: JSON.stringify(patch.tags) }),
        ...(patch.category !== undefined && { category: patch.category }),
        ...(patch.wrapUpSummary !== undefined && { wrap_up_summary: patch.wrapUpSummary }),
      };
      // An UPDATE with nothing to set is not valid SQL: an empty patch only checks the row.
      if (Object.keys(changes).length === 0) {
        const row = await db
          .selectFrom('conversations')
          .select('id')
          .where('tenant_id', '=', tenantId)
          .where('id', '=', conversationId)
          .executeTakeFirst();
        return row !== undefined;
      }
      const result = await db
        .updateTable('conversations')
        .set(changes)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', conversationId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async listTags(tenantId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('conversations')
        .select('tags')
        .distinct()
        .where('tenant_id', '=', tenantId)
        .where('tags', '!=', '[]')
        .limit(500)
        .execute();
      return [...new Set(rows.flatMap((r) => JSON.parse(r.tags) as string[]))].sort();
    },
  };
}

export type InboxRepository = ReturnType<typeof createInboxRepository>;
