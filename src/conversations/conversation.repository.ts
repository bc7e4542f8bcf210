import { CompiledQuery } from 'kysely';
import { LruMap } from '../cache/index.js';
import {
  type ConversationTable,
  createGroupCommit,
  createRecorder,
  type Db,
  type Dialect,
  type MessageTable,
  type PlannedStatement,
  writerOf,
} from '../db/index.js';
import { newId } from '../ids/index.js';
import type {
  Author,
  Button,
  Conversation,
  ConversationStatus,
  ConversationSummary,
  HandoffCard,
  Message,
  NewMessage,
} from './conversation.types.js';

const toConversation = (row: ConversationRow): Conversation => ({
  id: row.id,
  tenantId: row.tenant_id,
  contactId: row.contact_id,
  channel: row.channel,
  status: row.status as ConversationStatus,
  assigneeId: row.assignee_id,
  language: row.language,
  botMisses: row.bot_misses,
  handoff: row.handoff ? (JSON.parse(row.handoff) as HandoffCard) : null,
  lastSeq: row.last_seq,
  queuedAt: row.queued_at,
  assignedAt: row.assigned_at,
  resolvedAt: row.resolved_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toMessage = (row: MessageTable): Message => ({
  id: row.id,
  conversationId: row.conversation_id,
  author: row.author as Author,
  text: row.text,
  createdAt: row.created_at,
  authorName: row.author_name,
  ...(row.buttons ? { buttons: JSON.parse(row.buttons) as Button[] } : {}),
  seq: row.seq,
  clientMessageId: row.client_message_id,
  replyTo: row.reply_to,
});

export type ConversationPatch = Partial<{
  status: ConversationStatus;
  assigneeId: string | null;
  botMisses: number;
  handoff: HandoffCard | null;
  language: string | null;
  queuedAt: string | null;
  assignedAt: string | null;
  resolvedAt: string | null;
}>;

const toRowPatch = (patch: ConversationPatch): Partial<ConversationTable> => ({
  ...(patch.status !== undefined && { status: patch.status }),
  ...(patch.assigneeId !== undefined && { assignee_id: patch.assigneeId }),
  ...(patch.botMisses !== undefined && { bot_misses: patch.botMisses }),
  ...(patch.handoff !== undefined && {
    handoff: patch.handoff ? JSON.stringify(patch.handoff) : null,
  }),
  ...(patch.language !== undefined && { language: patch.language }),
  ...(patch.queuedAt !== undefined && { queued_at: patch.queuedAt }),
  ...(patch.assignedAt !== undefined && { assigned_at: patch.assignedAt }),
  ...(patch.resolvedAt !== undefined && { resolved_at: patch.resolvedAt }),
});

type ConversationRow = Omit<ConversationTable, 'customer_token_hash'>;

/**
 * The hot path's statements as fixed SQL, so a customer message costs no query building or
 * compiling (Kysely builds and compiles every query anew). `?` becomes `$n` on PostgreSQL;
 * column names here are constants, never input.
 */
const placeholders = (dialect: Dialect, text: string): string => {
  if (dialect !== 'postgres') return text;
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

const conversationColumns =
  'id, tenant_id, contact_id, channel, status, assignee_id, language, bot_misses, handoff, ' +
  'last_seq, queued_at, assigned_at, resolved_at, created_at, updated_at';
const messageColumns = [
  'id',
  'tenant_id',
  'conversation_id',
  'seq',
  'author',
  'author_id',
  'author_name',
  'text',
  'buttons',
  'client_message_id',
  'reply_to',
  'created_at',
] as const satisfies readonly (keyof MessageTable)[];

function hotStatements(dialect: Dialect) {
  const find = placeholders(
    dialect,
    `select ${conversationColumns} from conversations where tenant_id = ? and id = ?`,
  );
  const findLocked = dialect === 'postgres' ? `${find} for update` : find;
  const inserts = new Map<number, string>();
  const bumps = new Map<string, string>();
  return {
    find: (lock: boolean) => (lock ? findLocked : find),
    tokenHash: placeholders(
      dialect,
      'select customer_token_hash from conversations where tenant_id = ? and id = ?',
    ),
    /** INSERT of `count` messages. */
    insertMessages(count: number): string {
      let text = inserts.get(count);
      if (!text) {
        const row = `(${messageColumns.map(() => '?').join(', ')})`;
        text = placeholders(
          dialect,
          `insert into messages (${messageColumns.join(', ')}) values ${Array(count).fill(row).join(', ')}`,
        );
        if (inserts.size < 32) inserts.set(count, text);
      }
      return text;
    },
    /** The sequence bump, setting the given columns too (a handful of shapes occur). */
    bump(columns: string[]): string {
      const key = columns.join(',');
      let text = bumps.get(key);
      if (!text) {
        const set = columns.map((c) => `${c} = ?, `).join('');
        text = placeholders(
          dialect,
          `update conversations set ${set}last_seq = last_seq + ?, updated_at = ? ` +
            'where tenant_id = ? and id = ? returning last_seq',
        );
        if (bumps.size < 64) bumps.set(key, text);
      }
      return text;
    },
  };
}

/** The columns a guarded append finds unchanged, in this order, or it writes nothing. */
const guardSql =
  'select status, assignee_id, bot_misses, language, last_seq from conversations ' +
  'where tenant_id = ? and id = ?';

/** The same guard as the WHERE of PostgreSQL's single-statement append. */
const guardWhere =
  'tenant_id = ? and id = ? and status = ? and assignee_id is not distinct from ? ' +
  'and bot_misses = ? and language is not distinct from ? and last_seq = ?';

type AppendInput = NewMessage & { id?: string };

/** A multi-row INSERT's parameters: each row's columns in `messageColumns` order. */
const rowValues = (rows: MessageTable[]): unknown[] =>
  rows.flatMap((row) => messageColumns.map((column) => row[column]));

/** The rows that append `inputs` to a conversation from sequence number `firstSeq` on. */
function messageRows(
  tenantId: string,
  conversationId: string,
  firstSeq: number,
  inputs: AppendInput[],
  now: string,
): MessageTable[] {
  return inputs.map((input, i) => ({
    id: input.id ?? newId('msg'),
    tenant_id: tenantId,
    conversation_id: conversationId,
    seq: firstSeq + i,
    author: input.author,
    author_id: input.authorId ?? null,
    author_name: input.authorName ?? null,
    text: input.text,
    buttons: input.buttons?.length ? JSON.stringify(input.buttons) : null,
    client_message_id: input.clientMessageId ?? null,
    reply_to: input.replyTo ?? null,
    created_at: now,
  }));
}

/** How many conversations' latest state is kept to spare a read before an append. */
const SNAPSHOT_LIMIT = 200_000;

export function createConversationRepository(db: Db, dialect: Dialect): ConversationRepository {
  const statements = hotStatements(dialect);
  const writer = dialect === 'sqlite' ? writerOf(db) : undefined;
  // What each guarded append left, so the next one needs no read: only a hint, the guard
  // checks it as it writes (a stale one costs a read and another try).
  // Sized to the conversations active at once (the least recently written ones go first).
  const snapshots = new LruMap<string, Conversation>(SNAPSHOT_LIMIT);
  const group =
    dialect === 'sqlite'
      ? createGroupCommit(db, (trx) => conversationQueries(trx, dialect, statements), writer)
      : undefined;

  /** SQLite: the write as data, run on the writer thread behind the guard. */
  async function appendOnWriter(
    seen: Conversation,
    rows: MessageTable[],
    set: Partial<ConversationTable>,
    now: string,
    also: PlannedStatement[],
  ): Promise<'ok' | 'stale' | 'missing' | 'unavailable'> {
    if (!group || !writer?.isUsable()) return 'unavailable';
    const outcome = await group.write({
      guard: {
        sql: guardSql,
        params: [seen.tenantId, seen.id],
        expect: [seen.status, seen.assigneeId, seen.botMisses, seen.language, seen.lastSeq],
      },
      steps: [
        {
          sql: statements.bump(Object.keys(set)),
          params: [...Object.values(set), rows.length, now, seen.tenantId, seen.id],
        },
        ...(rows.length > 0
          ? [{ sql: statements.insertMessages(rows.length), params: rowValues(rows) }]
          : []),
        ...also,
      ],
    });
    if (outcome.status === 'error') throw outcome.error;
    return outcome.status;
  }

  const batch = dialect === 'postgres' ? createAppendBatch(db) : undefined;

  /** What `alsoWrite` writes for these messages, as statements (usually none). */
  async function recorded(
    alsoWrite: AlsoWrite | undefined,
    messages: Message[],
  ): Promise<PlannedStatement[]> {
    if (!alsoWrite) return [];
    const recorder = createRecorder(dialect);
    await alsoWrite(recorder.db, messages);
    return recorder.statements;
  }

  /**
   * PostgreSQL: one statement (one round trip, its own transaction): the guarded sequence
   * bump, and the inserts only where it matched. With statements `also` to run, all of it in
   * one transaction.
   */
  async function appendInOneStatement(
    seen: Conversation,
    rows: MessageTable[],
    set: Partial<ConversationTable>,
    now: string,
    also: PlannedStatement[],
  ): Promise<'ok' | 'stale'> {
    if (batch && also.length === 0 && rows.length > 0 && isBatchable(set)) {
      return batch.append(seen, rows, set, now);
    }
    const columns = Object.keys(set);
    const bump =
      `update conversations set ${columns.map((c) => `${c} = ?, `).join('')}` +
      `last_seq = last_seq + ?, updated_at = ? where ${guardWhere} returning last_seq`;
    const row = `(${messageColumns.map((c) => (c === 'seq' ? '?::integer' : '?')).join(', ')})`;
    const text =
      rows.length === 0
        ? bump
        : `with bumped as (${bump}) insert into messages (${messageColumns.join(', ')}) ` +
          `select * from (values ${rows.map(() => row).join(', ')}) as v (${messageColumns.join(', ')}) ` +
          'where exists (select 1 from bumped)';
    const params: unknown[] = [
      ...Object.values(set),
      rows.length,
      now,
      seen.tenantId,
      seen.id,
      seen.status,
      seen.assigneeId,
      seen.botMisses,
      seen.language,
      seen.lastSeq,
    ];
    params.push(...rowValues(rows));
    const query = CompiledQuery.raw(placeholders(dialect, text), params);
    const run = async (conn: Db): Promise<'ok' | 'stale'> => {
      const result = await conn.executeQuery(query);
      const written = rows.length === 0 ? result.rows.length : Number(result.numAffectedRows ?? 0);
      if (written === 0) return 'stale';
      for (const statement of also) {
        await conn.executeQuery(CompiledQuery.raw(statement.sql, statement.params));
      }
      return 'ok';
    };
    return also.length > 0 ? db.transaction().execute(run) : run(db);
  }

  return {
    ...conversationQueries(db, dialect, statements),
    /**
     * Runs `work` in one transaction with the queries bound to it. On SQLite, concurrent
     * transactions share one COMMIT (group commit), each in its own savepoint; each caller is
     * still answered only once its work is committed.
     */
    transaction:
      group ??
      ((work) =>
        db.transaction().execute((trx) => work(conversationQueries(trx, dialect, statements)))),
    remember(conversation) {
      snapshots.set(`${conversation.tenantId}/${conversation.id}`, conversation);
    },
    peekForAppend(tenantId, id) {
      return snapshots.get(`${tenantId}/${id}`);
    },
    findForAppend(tenantId, id) {
      const known = snapshots.get(`${tenantId}/${id}`);
      return known ? Promise.resolve(known) : this.find(tenantId, id);
    },
    async appendIfUnchanged(seen, inputs, patch, alsoWrite) {
      const now = new Date().toISOString();
      // Exact: the guard writes nothing unless last_seq is still the one seen.
      const rows = messageRows(seen.tenantId, seen.id, seen.lastSeq + 1, inputs, now);
      const messages = rows.map(toMessage);
      const set = toRowPatch(patch);
      const also = await recorded(alsoWrite, messages);
      const outcome =
        dialect === 'sqlite'
          ? await appendOnWriter(seen, rows, set, now, also)
          : await appendInOneStatement(seen, rows, set, now, also);
      const key = `${seen.tenantId}/${seen.id}`;
      if (outcome !== 'ok') {
        snapshots.delete(key);
        return outcome;
      }
      snapshots.set(key, {
        ...seen,
        ...patch,
        lastSeq: seen.lastSeq + rows.length,
        updatedAt: now,
      } as Conversation);
      return messages;
    },
  } satisfies ConversationRepository;
}

/** The patch columns a batched append can set (what the bot's turn changes). */
const batchableColumns = new Set(['bot_misses', 'language']);
const isBatchable = (set: Partial<ConversationTable>): boolean =>
  Object.entries(set).every(([column, value]) => batchableColumns.has(column) && value !== null);

/**
 * PostgreSQL: the guarded appends of one tick as one statement over JSON: each conversation's
 * bump is guarded as in the single statement, and only the appends whose bump matched insert
 * their messages. Statement and connection costs are paid per batch, not per message.
 */
const appendBatchSql = `with input as (
  select * from jsonb_to_recordset($1::jsonb) as x (k int, tenant_id text, id text, status text,
    assignee_id text, bot_misses int, language text, last_seq int, n int, now text,
    set_bot_misses int, set_language text)
), bumped as (
  update conversations c set last_seq = c.last_seq + i.n, updated_at = i.now,
    bot_misses = coalesce(i.set_bot_misses, c.bot_misses),
    language = coalesce(i.set_language, c.language)
  from input i
  where c.tenant_id = i.tenant_id and c.id = i.id and c.status = i.status
    and c.assignee_id is not distinct from i.assignee_id and c.bot_misses = i.bot_misses
    and c.language is not distinct from i.language and c.last_seq = i.last_seq
  returning i.k
), inserted as (
  insert into messages (${messageColumns.join(', ')})
  select ${messageColumns.map((c) => `m.${c}`).join(', ')}
  from jsonb_to_recordset($2::jsonb) as m (k int, id text, tenant_id text, conversation_id text,
    seq int, author text, author_id text, author_name text, text text, buttons text,
    client_message_id text, reply_to text, created_at text)
  where m.k in (select k from bumped)
)
select k from bumped`;

type BatchJob = {
  seen: Conversation;
  rows: MessageTable[];
  set: Partial<ConversationTable>;
  now: string;
  resolve: (outcome: 'ok' | 'stale') => void;
  reject: (error: unknown) => void;
};

function createAppendBatch(db: Db) {
  let pending: BatchJob[] = [];
  let isScheduled = false;

  async function run(jobs: BatchJob[]): Promise<Set<number>> {
    const input = jobs.map(({ seen, rows, set, now }, k) => ({
      k,
      tenant_id: seen.tenantId,
      id: seen.id,
      status: seen.status,
      assignee_id: seen.assigneeId,
      bot_misses: seen.botMisses,
      language: seen.language,
      last_seq: seen.lastSeq,
      n: rows.length,
      now,
      set_bot_misses: set.bot_misses ?? null,
      set_language: set.language ?? null,
    }));
    const messages = jobs.flatMap(({ rows }, k) => rows.map((row) => ({ k, ...row })));
    const { rows } = await db.executeQuery<{ k: number }>(
      CompiledQuery.raw(appendBatchSql, [JSON.stringify(input), JSON.stringify(messages)]),
    );
    return new Set(rows.map((r) => r.k));
  }

  async function flush() {
    isScheduled = false;
    const jobs = pending;
    pending = [];
    try {
      const matched = await run(jobs);
      jobs.forEach((job, k) => {
        job.resolve(matched.has(k) ? 'ok' : 'stale');
      });
    } catch {
      // One append failing (a retried clientMessageId) fails the whole statement, which
      // wrote nothing: each append then runs alone and meets its own outcome.
      for (const job of jobs) {
        run([job]).then(
          (matched) => job.resolve(matched.has(0) ? 'ok' : 'stale'),
          (error: unknown) => job.reject(error),
        );
      }
    }
  }

  return {
    append(
      seen: Conversation,
      rows: MessageTable[],
      set: Partial<ConversationTable>,
      now: string,
    ): Promise<'ok' | 'stale'> {
      return new Promise((resolve, reject) => {
        pending.push({ seen, rows, set, now, resolve, reject });
        if (!isScheduled) {
          isScheduled = true;
          setImmediate(flush);
        }
      });
    },
  };
}

/** Writes to make with an append (outbox rows); their results are not read. */
type AlsoWrite = (tx: Db, messages: Message[]) => Promise<unknown>;

export type ConversationQueries = ReturnType<typeof conversationQueries>;
export type ConversationRepository = ConversationQueries & {
  transaction<T>(work: (tx: ConversationQueries) => Promise<T>): Promise<T>;
  /** A conversation as just stored, kept as the hint `findForAppend` gives (its first message needs no read). */
  remember(conversation: Conversation): void;
  /** The conversation as the last guarded append on this node left it (a hint), if any; no read. */
  peekForAppend(tenantId: string, id: string): Conversation | undefined;
  /** The conversation as the last guarded append left it (a hint), else as stored now. */
  findForAppend(tenantId: string, id: string): Promise<Conversation | undefined>;
  /**
   * Appends `inputs` with the next sequence numbers and applies `patch`, only if the
   * conversation's status, assignee, bot misses, language and last sequence number are still
   * those of `seen`, else writes nothing and answers `stale` (or `missing`). On SQLite the
   * write, with what `alsoWrite` records through the connection it is given (writes only;
   * their results are not read), runs on the writer thread in the next group (`unavailable`
   * when that thread is gone); on PostgreSQL it is one statement. Resolves after the commit.
   */
  appendIfUnchanged(
    seen: Conversation,
    inputs: AppendInput[],
    patch: ConversationPatch,
    alsoWrite?: AlsoWrite,
  ): Promise<Message[] | 'stale' | 'missing' | 'unavailable'>;
};

function conversationQueries(
  db: Db,
  dialect: Dialect,
  statements: ReturnType<typeof hotStatements>,
) {
  return {
    /** The connection (inside `transaction`, the transaction) for repositories that must join it. */
    db,

    async insert(conversation: Conversation, customerTokenHash: string): Promise<void> {
      await db
        .insertInto('conversations')
        .values({
          id: conversation.id,
          tenant_id: conversation.tenantId,
          contact_id: conversation.contactId,
          channel: conversation.channel,
          status: conversation.status,
          assignee_id: conversation.assigneeId,
          language: conversation.language,
          customer_token_hash: customerTokenHash,
          bot_misses: conversation.botMisses,
          handoff: null,
          last_seq: 0,
          queued_at: null,
          assigned_at: null,
          resolved_at: null,
          created_at: conversation.createdAt,
          updated_at: conversation.updatedAt,
        })
        .execute();
    },

    /** With `lock`, PostgreSQL holds the row until the transaction ends (SQLite serialises writers anyway). */
    async find(tenantId: string, id: string, lock = false): Promise<Conversation | undefined> {
      const { rows } = await db.executeQuery<ConversationRow>(
        CompiledQuery.raw(statements.find(lock), [tenantId, id]),
      );
      const row = rows[0];
      return row && toConversation(row);
    },

    async findTokenHash(tenantId: string, id: string): Promise<string | undefined> {
      const { rows } = await db.executeQuery<{ customer_token_hash: string }>(
        CompiledQuery.raw(statements.tokenHash, [tenantId, id]),
      );
      return rows[0]?.customer_token_hash;
    },

    /** Conditional update: applies only while the status is one of `from`; returns whether it did. */
    async update(
      tenantId: string,
      id: string,
      from: readonly ConversationStatus[],
      patch: ConversationPatch,
    ): Promise<boolean> {
      const result = await db
        .updateTable('conversations')
        .set({ ...toRowPatch(patch), updated_at: new Date().toISOString() })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('status', 'in', [...from])
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async list(
      tenantId: string,
      filter: {
        id?: string;
        status?: ConversationStatus | undefined;
        assigneeId?: string | undefined;
        limit: number;
        offset?: number;
      },
    ): Promise<ConversationSummary[]> {
      let query = db
        .selectFrom('conversations as c')
        .innerJoin('contacts as ct', 'ct.id', 'c.contact_id')
        .leftJoin('messages as m', (join) =>
          join.onRef('m.conversation_id', '=', 'c.id').onRef('m.seq', '=', 'c.last_seq'),
        )
        .select([
          'c.id',
          'c.status',
          'c.channel',
          'c.assignee_id',
          'c.created_at',
          'c.updated_at',
          'c.language',
          'ct.name as contact_name',
          'm.text as last_text',
          'm.author as last_author',
          'm.created_at as last_at',
        ])
        .where('c.tenant_id', '=', tenantId);
      if (filter.id) query = query.where('c.id', '=', filter.id);
      if (filter.status) query = query.where('c.status', '=', filter.status);
      if (filter.assigneeId) query = query.where('c.assignee_id', '=', filter.assigneeId);
      const rows = await query
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
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        contactName: r.contact_name,
        language: r.language,
        lastMessage:
          r.last_text !== null && r.last_author !== null && r.last_at !== null
            ? { text: r.last_text, author: r.last_author as Author, createdAt: r.last_at }
            : null,
      }));
    },

    /** Installation-wide queue length, for the operations metric only (no tenant data leaves). */
    async countQueuedAllTenants(): Promise<number> {
      const row = await db
        .selectFrom('conversations')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('status', '=', 'queued')
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Queued conversations, oldest first: the routing order. */
    async listQueued(tenantId: string, limit: number): Promise<Conversation[]> {
      const rows = await db
        .selectFrom('conversations')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('status', '=', 'queued')
        .orderBy('queued_at')
        .limit(limit)
        .execute();
      return rows.map(toConversation);
    },

    async countAssignedByAgent(tenantId: string): Promise<Map<string, number>> {
      const rows = await db
        .selectFrom('conversations')
        .select(['assignee_id', (eb) => eb.fn.countAll<string | number>().as('n')])
        .where('tenant_id', '=', tenantId)
        .where('status', '=', 'assigned')
        .groupBy('assignee_id')
        .execute();
      return new Map(rows.map((r) => [r.assignee_id ?? '', Number(r.n)]));
    },

    /**
     * The agent's open conversations in every tenant they work in: one person's capacity is
     * shared by all their clients.
     */
    async countAssignedTo(_tenantId: string, agentId: string): Promise<number> {
      const row = await db
        .selectFrom('conversations')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('assignee_id', '=', agentId)
        .where('status', '=', 'assigned')
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /**
     * Locks the agent's row on PostgreSQL so two nodes cannot both fill its last free slot,
     * whichever of the person's tenants they route for.
     */
    async lockAgent(_tenantId: string, agentId: string): Promise<void> {
      if (dialect !== 'postgres') return;
      await db.selectFrom('users').select('id').where('id', '=', agentId).forUpdate().execute();
    },

    /** Appends a message with the conversation's next sequence number. Call inside a transaction. */
    /** Appends one message with the conversation's next sequence number. Call inside a transaction. */
    async appendMessage(
      tenantId: string,
      conversationId: string,
      input: NewMessage,
    ): Promise<Message> {
      const [message] = await this.appendMessages(tenantId, conversationId, [input]);
      return message as Message;
    },

    /**
     * Appends messages with consecutive sequence numbers, applying `patch` to the conversation
     * in the same statement: one UPDATE and one INSERT whatever the count, so the hot path of a
     * customer message and its bot replies costs two writes. Call inside a transaction.
     */
    async appendMessages(
      tenantId: string,
      conversationId: string,
      inputs: AppendInput[],
      patch: ConversationPatch = {},
    ): Promise<Message[]> {
      const now = new Date().toISOString();
      const set = toRowPatch(patch);
      const columns = Object.keys(set);
      const { rows: bumped } = await db.executeQuery<{ last_seq: number }>(
        CompiledQuery.raw(statements.bump(columns), [
          ...Object.values(set),
          inputs.length,
          now,
          tenantId,
          conversationId,
        ]),
      );
      const lastSeq = bumped[0]?.last_seq;
      if (lastSeq === undefined) throw new Error('The conversation to append to is gone');
      const first = Number(lastSeq) - inputs.length + 1;
      const rows = messageRows(tenantId, conversationId, first, inputs, now);
      if (rows.length > 0) {
        await db.executeQuery(
          CompiledQuery.raw(statements.insertMessages(rows.length), rowValues(rows)),
        );
      }
      return rows.map(toMessage);
    },

    async findMessage(tenantId: string, id: string): Promise<Message | undefined> {
      const row = await db
        .selectFrom('messages')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toMessage(row);
    },

    async findByClientMessageId(
      tenantId: string,
      conversationId: string,
      clientMessageId: string,
    ): Promise<Message | undefined> {
      const row = await db
        .selectFrom('messages')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .where('client_message_id', '=', clientMessageId)
        .executeTakeFirst();
      return row && toMessage(row);
    },

    async listReplies(
      tenantId: string,
      conversationId: string,
      messageId: string,
    ): Promise<Message[]> {
      const rows = await db
        .selectFrom('messages')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .where('reply_to', '=', messageId)
        .orderBy('seq')
        .execute();
      return rows.map(toMessage);
    },

    async listMessages(
      tenantId: string,
      conversationId: string,
      afterSeq = 0,
      limit = 1000,
    ): Promise<Message[]> {
      const rows = await db
        .selectFrom('messages')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map(toMessage);
    },

    /**
     * Who wrote what in a conversation's last `limit` messages, oldest first (its index read
     * backwards): what a handoff card reads, without the columns it does not.
     */
    async listLastTurns(
      tenantId: string,
      conversationId: string,
      limit: number,
    ): Promise<{ author: Author; text: string }[]> {
      const rows = await db
        .selectFrom('messages')
        .select(['author', 'text'])
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .orderBy('seq', 'desc')
        .limit(limit)
        .execute();
      return rows.reverse().map((row) => ({ author: row.author as Author, text: row.text }));
    },

    /** Messages of a tenant created after a moment, for catching up a reconnecting console. */
    async listMessagesSince(
      tenantId: string,
      since: string,
      limit: number,
    ): Promise<
      (Message & { conversationStatus: ConversationStatus; assigneeId: string | null })[]
    > {
      const rows = await db
        .selectFrom('messages as m')
        .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
        .selectAll('m')
        .select(['c.status as conversation_status', 'c.assignee_id as conversation_assignee'])
        .where('m.tenant_id', '=', tenantId)
        .where('m.created_at', '>', since)
        .orderBy('m.created_at')
        .orderBy('m.seq')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        ...toMessage(r),
        conversationStatus: r.conversation_status as ConversationStatus,
        assigneeId: r.conversation_assignee,
      }));
    },
  };
}
