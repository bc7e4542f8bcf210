import type { Db } from '../db/index.js';

export type WebhookRow = {
  id: string;
  tenantId: string;
  url: string;
  events: string[];
  /** Sealed (AES-256-GCM); opened only to sign. */
  sealedSecret: string;
  createdAt: string;
};

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export type DeliveryRow = {
  id: string;
  tenantId: string;
  webhookId: string;
  eventType: string;
  orderKey: string;
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  responseStatus: number | null;
  lastError: string | null;
  replayOf: string | null;
  createdAt: string;
  deliveredAt: string | null;
};

type WebhookDbRow = {
  id: string;
  tenant_id: string;
  url: string;
  events: string;
  secret: string;
  created_at: string;
};

const toWebhook = (row: WebhookDbRow): WebhookRow => ({
  id: row.id,
  tenantId: row.tenant_id,
  url: row.url,
  events: JSON.parse(row.events) as string[],
  sealedSecret: row.secret,
  createdAt: row.created_at,
});

type DeliveryDbRow = {
  id: string;
  tenant_id: string;
  webhook_id: string;
  event_type: string;
  order_key: string;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  response_status: number | null;
  last_error: string | null;
  replay_of: string | null;
  created_at: string;
  delivered_at: string | null;
};

const toDelivery = (row: DeliveryDbRow): DeliveryRow => ({
  id: row.id,
  tenantId: row.tenant_id,
  webhookId: row.webhook_id,
  eventType: row.event_type,
  orderKey: row.order_key,
  payload: row.payload,
  status: row.status as DeliveryStatus,
  attempts: Number(row.attempts),
  nextAttemptAt: row.next_attempt_at,
  responseStatus: row.response_status === null ? null : Number(row.response_status),
  lastError: row.last_error,
  replayOf: row.replay_of,
  createdAt: row.created_at,
  deliveredAt: row.delivered_at,
});

const deliveryColumns = [
  'id',
  'tenant_id',
  'webhook_id',
  'event_type',
  'order_key',
  'payload',
  'status',
  'attempts',
  'next_attempt_at',
  'response_status',
  'last_error',
  'replay_of',
  'created_at',
  'delivered_at',
] as const;

const webhookColumns = ['id', 'tenant_id', 'url', 'events', 'secret', 'created_at'] as const;

export function createWebhookRepository(db: Db) {
  return {
    /** The installation's stored secret (created on first start unless TSUNAGI_SECRET_KEY is set). */
    async installationSecret(name: string, create: () => string): Promise<string> {
      await db
        .insertInto('installation_secrets')
        .values({ name, value: create(), created_at: new Date().toISOString() })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const row = await db
        .selectFrom('installation_secrets')
        .select('value')
        .where('name', '=', name)
        .executeTakeFirstOrThrow();
      return row.value;
    },

    async insertWebhook(webhook: WebhookRow): Promise<void> {
      await db
        .insertInto('webhooks')
        .values({
          id: webhook.id,
          tenant_id: webhook.tenantId,
          url: webhook.url,
          events: JSON.stringify(webhook.events),
          secret: webhook.sealedSecret,
          created_at: webhook.createdAt,
          deleted_at: null,
        })
        .execute();
    },

    async listWebhooks(tenantId: string): Promise<WebhookRow[]> {
      const rows = await db
        .selectFrom('webhooks')
        .select(webhookColumns)
        .where('tenant_id', '=', tenantId)
        .where('deleted_at', 'is', null)
        .orderBy('id')
        .execute();
      return rows.map(toWebhook);
    },

    async findWebhook(tenantId: string, id: string): Promise<WebhookRow | undefined> {
      const row = await db
        .selectFrom('webhooks')
        .select(webhookColumns)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return row && toWebhook(row);
    },

    async findWebhooksById(ids: string[]): Promise<WebhookRow[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('webhooks')
        .select(webhookColumns)
        .where('id', 'in', ids)
        .where('deleted_at', 'is', null)
        .execute();
      return rows.map(toWebhook);
    },

    async deleteWebhook(tenantId: string, id: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('webhooks')
        .set({ deleted_at: at })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      // Nothing more goes to a deleted webhook.
      await db
        .updateTable('webhook_deliveries')
        .set({ status: 'failed', last_error: 'The webhook was deleted' })
        .where('webhook_id', '=', id)
        .where('status', '=', 'pending')
        .execute();
      return true;
    },

    async insertDeliveries(
      rows: Omit<DeliveryRow, 'responseStatus' | 'lastError' | 'deliveredAt'>[],
    ): Promise<void> {
      if (rows.length === 0) return;
      await db
        .insertInto('webhook_deliveries')
        .values(
          rows.map((d) => ({
            id: d.id,
            tenant_id: d.tenantId,
            webhook_id: d.webhookId,
            event_type: d.eventType,
            order_key: d.orderKey,
            payload: d.payload,
            status: d.status,
            attempts: d.attempts,
            next_attempt_at: d.nextAttemptAt,
            claimed_until: null,
            response_status: null,
            last_error: null,
            replay_of: d.replayOf,
            created_at: d.createdAt,
            delivered_at: null,
          })),
        )
        .execute();
    },

    /** The oldest pending deliveries; the worker keeps the first of each order key only. */
    async pendingHeads(limit: number): Promise<DeliveryRow[]> {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .select(deliveryColumns)
        .where('status', '=', 'pending')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toDelivery);
    },

    /** Takes a delivery for `leaseMs`; false when another worker holds it. */
    async claim(id: string, now: string, until: string): Promise<boolean> {
      const result = await db
        .updateTable('webhook_deliveries')
        .set({ claimed_until: until })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async markDelivered(id: string, responseStatus: number, at: string): Promise<void> {
      await db
        .updateTable('webhook_deliveries')
        .set({
          status: 'delivered',
          response_status: responseStatus,
          attempts: (eb) => eb('attempts', '+', 1),
          delivered_at: at,
          claimed_until: null,
          last_error: null,
        })
        .where('id', '=', id)
        .execute();
    },

    /** A failed attempt: retried at `nextAttemptAt`, or given up when it is null. */
    async markAttemptFailed(
      id: string,
      failure: { responseStatus: number | null; error: string; nextAttemptAt: string | null },
    ): Promise<void> {
      await db
        .updateTable('webhook_deliveries')
        .set({
          status: failure.nextAttemptAt ? 'pending' : 'failed',
          response_status: failure.responseStatus,
          last_error: failure.error.slice(0, 500),
          attempts: (eb) => eb('attempts', '+', 1),
          claimed_until: null,
          ...(failure.nextAttemptAt ? { next_attempt_at: failure.nextAttemptAt } : {}),
        })
        .where('id', '=', id)
        .execute();
    },

    async listDeliveries(
      tenantId: string,
      webhookId: string,
      options: { limit: number; before?: string | undefined },
    ): Promise<DeliveryRow[]> {
      let query = db
        .selectFrom('webhook_deliveries')
        .select(deliveryColumns)
        .where('tenant_id', '=', tenantId)
        .where('webhook_id', '=', webhookId);
      if (options.before) query = query.where('id', '<', options.before);
      const rows = await query.orderBy('id', 'desc').limit(options.limit).execute();
      return rows.map(toDelivery);
    },

    async findDelivery(
      tenantId: string,
      webhookId: string,
      id: string,
    ): Promise<DeliveryRow | undefined> {
      const row = await db
        .selectFrom('webhook_deliveries')
        .select(deliveryColumns)
        .where('tenant_id', '=', tenantId)
        .where('webhook_id', '=', webhookId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toDelivery(row);
    },
  };
}

export type WebhookRepository = ReturnType<typeof createWebhookRepository>;
