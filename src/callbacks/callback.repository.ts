import type { Db } from '../db/index.js';

export type CallbackStatus = 'open' | 'claimed' | 'completed' | 'no_answer';

export type Callback = {
  id: string;
  tenantId: string;
  contactId: string;
  conversationId: string;
  channel: string;
  phone: string;
  windowStart: string;
  windowEnd: string;
  note: string | null;
  language: string | null;
  queueId: string | null;
  status: CallbackStatus;
  assigneeId: string | null;
  attempts: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
};

export type CallbackView = Callback & { contactName: string | null; assigneeName: string | null };

export type CallbackDialog = {
  step: 'phone' | 'window';
  phone: string | null;
  language: string | null;
};

type Row = {
  id: string;
  tenant_id: string;
  contact_id: string;
  conversation_id: string;
  channel: string;
  phone: string;
  window_start: string;
  window_end: string;
  note: string | null;
  language: string | null;
  queue_id: string | null;
  status: string;
  assignee_id: string | null;
  attempts: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
};

const toCallback = (r: Row): Callback => ({
  id: r.id,
  tenantId: r.tenant_id,
  contactId: r.contact_id,
  conversationId: r.conversation_id,
  channel: r.channel,
  phone: r.phone,
  windowStart: r.window_start,
  windowEnd: r.window_end,
  note: r.note,
  language: r.language,
  queueId: r.queue_id,
  status: r.status as CallbackStatus,
  assigneeId: r.assignee_id,
  attempts: r.attempts,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  closedAt: r.closed_at,
});

export function createCallbackRepository(db: Db) {
  return {
    async insert(c: Callback): Promise<void> {
      await db
        .insertInto('callbacks')
        .values({
          id: c.id,
          tenant_id: c.tenantId,
          contact_id: c.contactId,
          conversation_id: c.conversationId,
          channel: c.channel,
          phone: c.phone,
          window_start: c.windowStart,
          window_end: c.windowEnd,
          note: c.note,
          language: c.language,
          queue_id: c.queueId,
          status: c.status,
          assignee_id: c.assigneeId,
          attempts: c.attempts,
          created_at: c.createdAt,
          updated_at: c.updatedAt,
          closed_at: c.closedAt,
        })
        .execute();
    },

    async find(tenantId: string, id: string): Promise<Callback | undefined> {
      const row = await db
        .selectFrom('callbacks')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toCallback(row);
    },

    /** Callbacks by status, soonest window first, with the contact's and the assignee's names. */
    async list(
      tenantId: string,
      options: {
        statuses: CallbackStatus[];
        assigneeId?: string | undefined;
        limit: number;
        offset: number;
      },
    ): Promise<CallbackView[]> {
      let select = db
        .selectFrom('callbacks as cb')
        .innerJoin('contacts as ct', 'ct.id', 'cb.contact_id')
        .leftJoin('users as u', 'u.id', 'cb.assignee_id')
        .selectAll('cb')
        .select(['ct.name as contact_name', 'u.name as assignee_name'])
        .where('cb.tenant_id', '=', tenantId)
        .where('cb.status', 'in', options.statuses);
      if (options.assigneeId) select = select.where('cb.assignee_id', '=', options.assigneeId);
      const rows = await select
        .orderBy('cb.window_start')
        .orderBy('cb.id')
        .limit(options.limit)
        .offset(options.offset)
        .execute();
      return rows.map((r) => ({
        ...toCallback(r),
        contactName: r.contact_name,
        assigneeName: r.assignee_name ?? null,
      }));
    },

    /** One callback with the contact's and the assignee's names. */
    async view(tenantId: string, id: string): Promise<CallbackView | undefined> {
      const row = await db
        .selectFrom('callbacks as cb')
        .innerJoin('contacts as ct', 'ct.id', 'cb.contact_id')
        .leftJoin('users as u', 'u.id', 'cb.assignee_id')
        .selectAll('cb')
        .select(['ct.name as contact_name', 'u.name as assignee_name'])
        .where('cb.tenant_id', '=', tenantId)
        .where('cb.id', '=', id)
        .executeTakeFirst();
      return (
        row && {
          ...toCallback(row),
          contactName: row.contact_name,
          assigneeName: row.assignee_name ?? null,
        }
      );
    },

    /**
     * Moves a callback from one of `from` to the new state; false when it was not in one of
     * them (someone else claimed or closed it first).
     */
    async transition(
      tenantId: string,
      id: string,
      from: { statuses: CallbackStatus[]; assigneeId?: string | undefined },
      to: {
        status: CallbackStatus;
        assigneeId: string | null;
        addAttempt?: boolean;
        note?: string | undefined;
      },
    ): Promise<boolean> {
      const now = new Date().toISOString();
      let update = db
        .updateTable('callbacks')
        .set((eb) => ({
          status: to.status,
          assignee_id: to.assigneeId,
          updated_at: now,
          closed_at: to.status === 'completed' || to.status === 'no_answer' ? now : null,
          ...(to.addAttempt ? { attempts: eb('attempts', '+', 1) } : {}),
          ...(to.note !== undefined ? { note: to.note } : {}),
        }))
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('status', 'in', from.statuses);
      if (from.assigneeId) update = update.where('assignee_id', '=', from.assigneeId);
      const result = await update.executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Counts for the supervisor board: by status, and open ones whose window is now or over. */
    async summary(tenantId: string, now: string) {
      const rows = await db
        .selectFrom('callbacks')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('tenant_id', '=', tenantId)
        .where('status', 'in', ['open', 'claimed'])
        .groupBy('status')
        .execute();
      const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
      const due = await db
        .selectFrom('callbacks')
        .select([
          (eb) =>
            eb.fn
              .sum<number>(eb.case().when('window_end', '<', now).then(1).else(0).end())
              .as('overdue'),
          (eb) =>
            eb.fn
              .sum<number>(
                eb
                  .case()
                  .when(eb.and([eb('window_start', '<=', now), eb('window_end', '>=', now)]))
                  .then(1)
                  .else(0)
                  .end(),
              )
              .as('due_now'),
        ])
        .where('tenant_id', '=', tenantId)
        .where('status', '=', 'open')
        .executeTakeFirst();
      const today = now.slice(0, 10);
      const closed = await db
        .selectFrom('callbacks')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('tenant_id', '=', tenantId)
        .where('status', 'in', ['completed', 'no_answer'])
        .where('closed_at', '>=', `${today}T00:00:00.000Z`)
        .groupBy('status')
        .execute();
      const closedCount = (status: string) =>
        Number(closed.find((r) => r.status === status)?.n ?? 0);
      return {
        open: count('open'),
        claimed: count('claimed'),
        dueNow: Number(due?.due_now ?? 0),
        overdue: Number(due?.overdue ?? 0),
        completedToday: closedCount('completed'),
        noAnswerToday: closedCount('no_answer'),
      };
    },

    /** The conversation a callback is asked from: its contact, channel, language and queue. */
    async conversationOf(tenantId: string, id: string) {
      const row = await db
        .selectFrom('conversations')
        .select(['status', 'contact_id', 'channel', 'language', 'queue_id'])
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return (
        row && {
          status: row.status,
          contactId: row.contact_id,
          channel: row.channel,
          language: row.language,
          queueId: row.queue_id,
        }
      );
    },

    /** The tenant's time zone from its routing settings (Japan's when none were saved). */
    async timeZone(tenantId: string): Promise<string> {
      const row = await db
        .selectFrom('routing_settings')
        .select('time_zone')
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      return row?.time_zone ?? 'Asia/Tokyo';
    },

    async dialog(tenantId: string, conversationId: string): Promise<CallbackDialog | undefined> {
      const row = await db
        .selectFrom('callback_dialogs')
        .select(['step', 'phone', 'language'])
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return (
        row && {
          step: row.step as CallbackDialog['step'],
          phone: row.phone,
          language: row.language,
        }
      );
    },

    /** Every conversation with callback questions under way (after dropping day-old ones). */
    async openDialogs(
      staleBefore: string,
    ): Promise<{ tenantId: string; conversationId: string }[]> {
      await db.deleteFrom('callback_dialogs').where('updated_at', '<', staleBefore).execute();
      const rows = await db
        .selectFrom('callback_dialogs')
        .select(['tenant_id', 'conversation_id'])
        .execute();
      return rows.map((r) => ({ tenantId: r.tenant_id, conversationId: r.conversation_id }));
    },

    async setDialog(
      tenantId: string,
      conversationId: string,
      dialog: CallbackDialog | null,
    ): Promise<void> {
      await db
        .deleteFrom('callback_dialogs')
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .execute();
      if (!dialog) return;
      await db
        .insertInto('callback_dialogs')
        .values({
          conversation_id: conversationId,
          tenant_id: tenantId,
          step: dialog.step,
          phone: dialog.phone,
          language: dialog.language,
          updated_at: new Date().toISOString(),
        })
        .execute();
    },
  };
}

export type CallbackRepository = ReturnType<typeof createCallbackRepository>;
