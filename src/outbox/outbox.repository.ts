import type { Db, Dialect } from '../db/index.js';
import { newSecret } from '../ids/index.js';

export type OutboxEntry = {
  id: string;
  tenantId: string;
  conversationId: string;
  kind: string;
  idempotencyKey: string;
  payload: unknown;
  attempts: number;
  createdAt: string;
};

export type NewOutboxEntry = Omit<OutboxEntry, 'attempts' | 'createdAt'>;

export function createOutboxRepository(db: Db, dialect: Dialect) {
  return {
    /** Adds a delivery; a key already queued (the same message) adds nothing. */
    async enqueue(entries: NewOutboxEntry[]): Promise<void> {
      if (entries.length === 0) return;
      const now = new Date().toISOString();
      await db
        .insertInto('outbox')
        .values(
          entries.map((e) => ({
            id: e.id,
            tenant_id: e.tenantId,
            conversation_id: e.conversationId,
            kind: e.kind,
            idempotency_key: e.idempotencyKey,
            payload: JSON.stringify(e.payload),
            status: 'pending',
            attempts: 0,
            next_attempt_at: now,
            claimed_until: null,
            claim_id: null,
            last_error: null,
            created_at: now,
            sent_at: null,
          })),
        )
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .execute();
    },

    /**
     * Claims due entries for `leaseMs`: a conditional update that only takes rows nobody holds,
     * with `FOR UPDATE SKIP LOCKED` on PostgreSQL so nodes polling together never wait or collide.
     */
    async claimDue(limit: number, leaseMs: number): Promise<OutboxEntry[]> {
      const now = new Date();
      const nowIso = now.toISOString();
      const claimId = newSecret(12);
      let due = db
        .selectFrom('outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', nowIso)
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', nowIso)]))
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit);
      if (dialect === 'postgres') due = due.forUpdate().skipLocked();
      await db
        .updateTable('outbox')
        .set({
          claim_id: claimId,
          claimed_until: new Date(now.getTime() + leaseMs).toISOString(),
        })
        .where('id', 'in', due)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', nowIso)]))
        .execute();
      const rows = await db
        .selectFrom('outbox')
        .selectAll()
        .where('claim_id', '=', claimId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        tenantId: r.tenant_id,
        conversationId: r.conversation_id,
        kind: r.kind,
        idempotencyKey: r.idempotency_key,
        payload: JSON.parse(r.payload) as unknown,
        attempts: r.attempts,
        createdAt: r.created_at,
      }));
    },

    async markSent(ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      await db
        .updateTable('outbox')
        .set({ status: 'sent', sent_at: new Date().toISOString(), claimed_until: null })
        .where('id', 'in', ids)
        .execute();
    },

    /** Records a failed attempt: back to pending at `nextAttemptAt`, or failed for good. */
    async markAttemptFailed(
      ids: string[],
      error: string,
      nextAttemptAt: string | null,
    ): Promise<void> {
      if (ids.length === 0) return;
      await db
        .updateTable('outbox')
        .set((eb) => ({
          status: nextAttemptAt ? 'pending' : 'failed',
          attempts: eb('attempts', '+', 1),
          next_attempt_at: nextAttemptAt ?? new Date().toISOString(),
          claimed_until: null,
          last_error: error.slice(0, 1000),
        }))
        .where('id', 'in', ids)
        .execute();
    },

    /** The message deliveries of one conversation, by idempotency key (`message:<id>`). */
    async listMessageDeliveries(
      tenantId: string,
      conversationId: string,
    ): Promise<
      {
        key: string;
        status: string;
        attempts: number;
        lastError: string | null;
        updatedAt: string;
      }[]
    > {
      const rows = await db
        .selectFrom('outbox')
        .select([
          'idempotency_key',
          'status',
          'attempts',
          'last_error',
          'next_attempt_at',
          'sent_at',
        ])
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .where('kind', '=', 'message')
        .execute();
      return rows.map((r) => ({
        key: r.idempotency_key,
        status: r.status,
        attempts: r.attempts,
        lastError: r.last_error,
        updatedAt: r.sent_at ?? r.next_attempt_at,
      }));
    },

    /** Counts by status, for tests, metrics and the settings page. */
    async countByStatus(tenantId: string): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom('outbox')
        .select(['status', (eb) => eb.fn.countAll<string | number>().as('n')])
        .where('tenant_id', '=', tenantId)
        .groupBy('status')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
