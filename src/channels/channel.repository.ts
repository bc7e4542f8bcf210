import type { ChannelConversationTable, ChannelTable, Db, Dialect } from '../db/index.js';
import type { Channel, ChannelSettings, ChannelThread, ChannelType } from './channel.types.js';

const toChannel = (row: ChannelTable): Channel => ({
  id: row.id,
  tenantId: row.tenant_id,
  type: row.type as ChannelType,
  address: row.address,
  settings: JSON.parse(row.settings) as ChannelSettings,
  createdAt: row.created_at,
});

const toThread = (row: ChannelConversationTable): ChannelThread => ({
  conversationId: row.conversation_id,
  tenantId: row.tenant_id,
  channelId: row.channel_id,
  recipient: row.recipient,
  subject: row.subject,
  replyKey: row.reply_key,
  replyToken: row.reply_token,
  replyTokenAt: row.reply_token_at,
  lastInboundRef: row.last_inbound_ref,
  threadRefs: JSON.parse(row.thread_refs) as string[],
  isBlocked: row.is_blocked === 1,
});

export type StoredInbound = {
  id: string;
  tenantId: string;
  channelId: string;
  idempotencyKey: string;
  payload: string;
  processedAt: string | null;
  /** Until when the node that stored it holds its claim (set only as it is stored). */
  claimedUntil?: string | null;
};

export type AttachmentMeta = {
  id: string;
  messageId: string;
  filename: string;
  contentType: string;
  size: number;
  createdAt: string;
};

/** How long a node may work on a claimed inbound event before another may take it over. */
const inboundLeaseMs = 60_000;

export function createChannelRepository(db: Db, dialect: Dialect) {
  return {
    /** Inserts the value unless one exists (nodes starting together agree), then reads it. */
    async getOrCreateInstallationSecret(name: string, create: () => string): Promise<string> {
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

    async insertChannel(channel: Channel, sealedSecrets: string): Promise<void> {
      await db
        .insertInto('channels')
        .values({
          id: channel.id,
          tenant_id: channel.tenantId,
          type: channel.type,
          address: channel.address,
          secrets: sealedSecrets,
          settings: JSON.stringify(channel.settings),
          created_at: channel.createdAt,
        })
        .execute();
    },

    async listChannels(tenantId: string): Promise<Channel[]> {
      const rows = await db
        .selectFrom('channels')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .orderBy('created_at')
        .execute();
      return rows.map(toChannel);
    },

    async findChannel(
      tenantId: string,
      id: string,
    ): Promise<{ channel: Channel; sealedSecrets: string } | undefined> {
      const row = await db
        .selectFrom('channels')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { channel: toChannel(row), sealedSecrets: row.secrets };
    },

    async updateChannelSettings(
      tenantId: string,
      id: string,
      settings: ChannelSettings,
    ): Promise<boolean> {
      const result = await db
        .updateTable('channels')
        .set({ settings: JSON.stringify(settings) })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Webhooks and SMTP arrive without a tenant: the channel id or address is the entry point. */
    async findChannelForInbound(
      by: { id: string } | { address: string },
    ): Promise<{ channel: Channel; sealedSecrets: string } | undefined> {
      let query = db.selectFrom('channels').selectAll();
      query = 'id' in by ? query.where('id', '=', by.id) : query.where('address', '=', by.address);
      const row = await query.executeTakeFirst();
      return row && { channel: toChannel(row), sealedSecrets: row.secrets };
    },

    /** The tenant's first proven email address: the sender of its system mail. */
    async findEmailChannel(tenantId: string): Promise<Channel | undefined> {
      const row = await db
        .selectFrom('channels')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('type', '=', 'email')
        // An address not proven yet is never used as a sender (no mail "from" someone else's domain).
        .where('verified_at', 'is not', null)
        .orderBy('created_at')
        .executeTakeFirst();
      return row && toChannel(row);
    },

    async getSettings(tenantId: string): Promise<{ transcriptOnResolve: boolean }> {
      const row = await db
        .selectFrom('channel_settings')
        .select('transcript_on_resolve')
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      return { transcriptOnResolve: row?.transcript_on_resolve === 1 };
    },

    async saveSettings(tenantId: string, settings: { transcriptOnResolve: boolean }) {
      const values = {
        transcript_on_resolve: settings.transcriptOnResolve ? 1 : 0,
        updated_at: new Date().toISOString(),
      };
      await db
        .insertInto('channel_settings')
        .values({ tenant_id: tenantId, ...values })
        .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
        .execute();
    },

    /**
     * Stores inbound payloads; a key seen before is skipped. Returns the events still to be
     * processed, in the order given: new ones, already claimed for the caller until
     * `claimedUntil`, and earlier deliveries whose processing did not finish (unclaimed).
     */
    async storeInbound(
      rows: Omit<StoredInbound, 'processedAt' | 'claimedUntil'>[],
    ): Promise<StoredInbound[]> {
      if (rows.length === 0) return [];
      const now = new Date();
      const claimedUntil = new Date(now.getTime() + inboundLeaseMs).toISOString();
      // Claimed as stored: the node that stores an event processes it next, so a separate
      // claim would be one more write per event.
      const inserted = await db
        .insertInto('channel_inbound')
        .values(
          rows.map((r) => ({
            id: r.id,
            tenant_id: r.tenantId,
            channel_id: r.channelId,
            idempotency_key: r.idempotencyKey,
            payload: r.payload,
            outcome: null,
            received_at: now.toISOString(),
            processed_at: null,
            claimed_until: claimedUntil,
            attempts: 1,
          })),
        )
        .onConflict((oc) => oc.columns(['channel_id', 'idempotency_key']).doNothing())
        .returning('id')
        .execute();
      const isNew = new Set(inserted.map((r) => r.id));
      const seenBefore = rows.filter((r) => !isNew.has(r.id));
      const earlier =
        seenBefore.length === 0
          ? []
          : await db
              .selectFrom('channel_inbound')
              .select(['id', 'tenant_id', 'channel_id', 'idempotency_key', 'payload'])
              .where('channel_id', '=', seenBefore[0]?.channelId as string)
              .where(
                'idempotency_key',
                'in',
                seenBefore.map((r) => r.idempotencyKey),
              )
              .where('processed_at', 'is', null)
              .execute();
      const unfinished = new Map(earlier.map((r) => [r.idempotency_key, r]));
      return rows.flatMap((r): StoredInbound[] => {
        if (isNew.has(r.id)) return [{ ...r, processedAt: null, claimedUntil }];
        const row = unfinished.get(r.idempotencyKey);
        if (!row) return [];
        return [
          {
            id: row.id,
            tenantId: row.tenant_id,
            channelId: row.channel_id,
            idempotencyKey: row.idempotency_key,
            payload: row.payload,
            processedAt: null,
            claimedUntil: null,
          },
        ];
      });
    },

    /** Takes an inbound event for processing unless another worker holds it; returns whether it did. */
    async claimInbound(id: string): Promise<boolean> {
      const now = new Date();
      const result = await db
        .updateTable('channel_inbound')
        .set((eb) => ({
          claimed_until: new Date(now.getTime() + inboundLeaseMs).toISOString(),
          attempts: eb('attempts', '+', 1),
        }))
        .where('id', '=', id)
        .where('processed_at', 'is', null)
        .where((eb) =>
          eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now.toISOString())]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async finishInbound(id: string, outcome: string): Promise<void> {
      await db
        .updateTable('channel_inbound')
        .set({ processed_at: new Date().toISOString(), outcome, claimed_until: null })
        .where('id', '=', id)
        .execute();
    },

    /** Inbound events left unprocessed by a failure or a crash, for another attempt. */
    async listStaleInbound(olderThan: string, limit: number): Promise<StoredInbound[]> {
      const rows = await db
        .selectFrom('channel_inbound')
        .select(['id', 'tenant_id', 'channel_id', 'idempotency_key', 'payload', 'processed_at'])
        .where('processed_at', 'is', null)
        .where('received_at', '<', olderThan)
        .where('attempts', '<', 10)
        .orderBy('received_at')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        tenantId: r.tenant_id,
        channelId: r.channel_id,
        idempotencyKey: r.idempotency_key,
        payload: r.payload,
        processedAt: r.processed_at,
      }));
    },

    async findConversationByKey(
      tenantId: string,
      scope: string,
      keys: string[],
    ): Promise<string | undefined> {
      if (keys.length === 0) return undefined;
      const row = await db
        .selectFrom('channel_threads')
        .select('conversation_id')
        .where('tenant_id', '=', tenantId)
        .where('scope', '=', scope)
        .where('external_key', 'in', keys)
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      return row?.conversation_id;
    },

    /** Links an external key to a conversation; false when the key was already linked (a race). */
    async linkKey(
      tenantId: string,
      scope: string,
      key: string,
      conversationId: string,
    ): Promise<boolean> {
      const result = await db
        .insertInto('channel_threads')
        .values({
          tenant_id: tenantId,
          scope,
          external_key: key,
          conversation_id: conversationId,
          created_at: new Date().toISOString(),
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'scope', 'external_key']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async insertThread(thread: ChannelThread): Promise<void> {
      await db
        .insertInto('channel_conversations')
        .values({
          conversation_id: thread.conversationId,
          tenant_id: thread.tenantId,
          channel_id: thread.channelId,
          recipient: thread.recipient,
          subject: thread.subject,
          reply_key: thread.replyKey,
          reply_token: thread.replyToken,
          reply_token_at: thread.replyTokenAt,
          last_inbound_ref: thread.lastInboundRef,
          thread_refs: JSON.stringify(thread.threadRefs),
          is_blocked: thread.isBlocked ? 1 : 0,
          updated_at: new Date().toISOString(),
        })
        .onConflict((oc) => oc.column('conversation_id').doNothing())
        .execute();
    },

    async findThread(tenantId: string, conversationId: string): Promise<ChannelThread | undefined> {
      const row = await db
        .selectFrom('channel_conversations')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return row && toThread(row);
    },

    async findThreadByReplyKey(replyKey: string): Promise<ChannelThread | undefined> {
      const row = await db
        .selectFrom('channel_conversations')
        .selectAll()
        .where('reply_key', '=', replyKey)
        .executeTakeFirst();
      return row && toThread(row);
    },

    /** Changes a thread; with `tx`, inside the caller's transaction. */
    async updateThread(
      tenantId: string,
      conversationId: string,
      patch: Partial<
        Pick<
          ChannelThread,
          'replyToken' | 'replyTokenAt' | 'lastInboundRef' | 'threadRefs' | 'isBlocked'
        >
      >,
      tx: Db = db,
    ): Promise<void> {
      await tx
        .updateTable('channel_conversations')
        .set({
          ...(patch.replyToken !== undefined && { reply_token: patch.replyToken }),
          ...(patch.replyTokenAt !== undefined && { reply_token_at: patch.replyTokenAt }),
          ...(patch.lastInboundRef !== undefined && { last_inbound_ref: patch.lastInboundRef }),
          ...(patch.threadRefs !== undefined && { thread_refs: JSON.stringify(patch.threadRefs) }),
          ...(patch.isBlocked !== undefined && { is_blocked: patch.isBlocked ? 1 : 0 }),
          updated_at: new Date().toISOString(),
        })
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .execute();
    },

    /** Uses the reply token once: only the caller that clears it may send with it. */
    async takeReplyToken(
      tenantId: string,
      conversationId: string,
      token: string,
    ): Promise<boolean> {
      const result = await db
        .updateTable('channel_conversations')
        .set({ reply_token: null })
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .where('reply_token', '=', token)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async insertAttachments(
      tenantId: string,
      conversationId: string,
      messageId: string,
      files: { id: string; filename: string; contentType: string; content: Buffer }[],
      tx: Db = db,
    ): Promise<void> {
      if (files.length === 0) return;
      const now = new Date().toISOString();
      await tx
        .insertInto('attachments')
        .values(
          files.map((f, position) => ({
            id: f.id,
            tenant_id: tenantId,
            conversation_id: conversationId,
            message_id: messageId,
            position,
            filename: f.filename,
            content_type: f.contentType,
            size: f.content.length,
            data: f.content.toString('base64'),
            created_at: now,
          })),
        )
        .onConflict((oc) => oc.columns(['message_id', 'position']).doNothing())
        .execute();
    },

    async listAttachments(tenantId: string, conversationId: string): Promise<AttachmentMeta[]> {
      const rows = await db
        .selectFrom('attachments')
        .select(['id', 'message_id', 'filename', 'content_type', 'size', 'created_at'])
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .orderBy('created_at')
        .orderBy('position')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        messageId: r.message_id,
        filename: r.filename,
        contentType: r.content_type,
        size: r.size,
        createdAt: r.created_at,
      }));
    },

    /** The files of some messages, with their bytes (an agent's files going out by mail). */
    async listMessageAttachments(
      tenantId: string,
      messageIds: string[],
    ): Promise<{ messageId: string; filename: string; contentType: string; content: Buffer }[]> {
      if (messageIds.length === 0) return [];
      const rows = await db
        .selectFrom('attachments')
        .select(['message_id', 'filename', 'content_type', 'data'])
        .where('tenant_id', '=', tenantId)
        .where('message_id', 'in', messageIds)
        .orderBy('message_id')
        .orderBy('position')
        .execute();
      return rows.map((r) => ({
        messageId: r.message_id,
        filename: r.filename,
        contentType: r.content_type,
        content: Buffer.from(r.data, 'base64'),
      }));
    },

    async findAttachment(
      tenantId: string,
      id: string,
    ): Promise<(AttachmentMeta & { content: Buffer }) | undefined> {
      const row = await db
        .selectFrom('attachments')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return (
        row && {
          id: row.id,
          messageId: row.message_id,
          filename: row.filename,
          contentType: row.content_type,
          size: row.size,
          createdAt: row.created_at,
          content: Buffer.from(row.data, 'base64'),
        }
      );
    },

    /** The contact behind a conversation (name and email for answering by mail). */
    async findConversationContact(
      tenantId: string,
      conversationId: string,
    ): Promise<
      | {
          id: string;
          name: string | null;
          email: string | null;
          externalId: string | null;
          emailVerified: boolean;
        }
      | undefined
    > {
      const row = await db
        .selectFrom('conversations as c')
        .innerJoin('contacts as ct', 'ct.id', 'c.contact_id')
        .select(['ct.id', 'ct.name', 'ct.email', 'ct.external_id', 'ct.email_verified'])
        .where('c.tenant_id', '=', tenantId)
        .where('c.id', '=', conversationId)
        .executeTakeFirst();
      return (
        row && {
          id: row.id,
          name: row.name,
          email: row.email,
          externalId: row.external_id,
          emailVerified: row.email_verified === 1,
        }
      );
    },

    async contactExists(tenantId: string, contactId: string): Promise<boolean> {
      const row = await db
        .selectFrom('contacts')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', contactId)
        .executeTakeFirst();
      return row !== undefined;
    },

    dialect,
  };
}

export type ChannelRepository = ReturnType<typeof createChannelRepository>;
