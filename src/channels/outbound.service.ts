import type { Logger } from 'pino';
import type { Conversation, ConversationService, Message } from '../conversations/index.js';
import type { Db } from '../db/index.js';
import { AppError } from '../errors/index.js';
import type { DeliveryResult, OutboxEntry, OutboxRepository } from '../outbox/index.js';
import type { ChannelRepository } from './channel.repository.js';
import { channelIdOf } from './channel.service.js';
import type {
  Channel,
  ChannelAdapter,
  ChannelSecrets,
  DeliveryState,
  DeliveryTarget,
  OutboundMessage,
} from './channel.types.js';
import { messageIdOf } from './email/email.adapter.js';
import type { Mailer } from './email/mailer.js';
import { renderTranscript } from './email/transcript.js';

type MessagePayload = { channel: string; message: OutboundMessage };
type TranscriptPayload = { to: string };
/** A mail of the system's own words (a confirmation link), rendered when it was queued. */
type NoticePayload = { to: string; subject: string; text: string };

export type OutboundDeps = {
  channels: ChannelRepository;
  outboxFor: (db: Db | undefined) => OutboxRepository;
  conversations: Pick<ConversationService, 'getConversation'>;
  tenantName: (tenantId: string) => Promise<string>;
  adapters: Partial<Record<string, ChannelAdapter>>;
  openSecrets: (channel: Channel, sealed: string) => ChannelSecrets;
  mailer: Mailer;
  defaultFrom: string;
  /** Nudges the outbox worker after a delivery was queued outside a conversation transaction. */
  wake: () => void;
  logger: Logger;
};

/** Replies leave through the outbox: queued with the message, delivered by the worker. */
export function createOutboundService(deps: OutboundDeps) {
  const { channels } = deps;

  async function targetFor(
    tenantId: string,
    conversationId: string,
  ): Promise<DeliveryTarget | string> {
    const thread = await channels.findThread(tenantId, conversationId);
    if (!thread) return 'the conversation has no channel address';
    if (!thread.channelId) return { channel: null, secrets: null, thread };
    const found = await channels.findChannel(tenantId, thread.channelId);
    if (!found) return 'the channel no longer exists';
    return {
      channel: found.channel,
      secrets: deps.openSecrets(found.channel, found.sealedSecrets),
      thread,
    };
  }

  async function deliverMessages(entries: OutboxEntry[]): Promise<DeliveryResult> {
    const first = entries[0] as OutboxEntry;
    const payloads = entries.map((e) => e.payload as MessagePayload);
    const adapter = deps.adapters[payloads[0]?.channel ?? ''];
    if (!adapter) return { status: 'failed', error: `no adapter for ${payloads[0]?.channel}` };
    const target = await targetFor(first.tenantId, first.conversationId);
    if (typeof target === 'string') return { status: 'failed', error: target };
    return adapter.send(
      target,
      payloads.map((p) => p.message),
    );
  }

  async function deliverNotice(entry: OutboxEntry): Promise<DeliveryResult> {
    const { to, subject, text } = entry.payload as NoticePayload;
    const emailChannel = await channels.findEmailChannel(entry.tenantId);
    const from = emailChannel?.address ?? deps.defaultFrom;
    return deps.mailer.send({
      from,
      to,
      subject,
      text,
      messageId: messageIdOf(entry.id, from),
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  }

  async function deliverTranscript(entry: OutboxEntry): Promise<DeliveryResult> {
    const { to } = entry.payload as TranscriptPayload;
    const [{ messages, conversation }, tenantName, emailChannel] = await Promise.all([
      deps.conversations.getConversation(entry.tenantId, entry.conversationId),
      deps.tenantName(entry.tenantId),
      channels.findEmailChannel(entry.tenantId),
    ]);
    const from = emailChannel?.address ?? deps.defaultFrom;
    const rendered = renderTranscript({
      tenantName,
      language: conversation.language,
      messages,
    });
    return deps.mailer.send({
      from,
      to,
      subject: rendered.subject,
      text: rendered.text,
      messageId: messageIdOf(entry.id, from),
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  }

  /** Queues the transcript email (in `tx` when given); the same key and address queue once. */
  const queueTranscript = async (
    tx: Db | undefined,
    tenantId: string,
    conversationId: string,
    options: { to: string; key: string },
  ): Promise<void> => {
    await deps.outboxFor(tx).enqueue([
      {
        id: channelIdOf('out'),
        tenantId,
        conversationId,
        kind: 'transcript',
        idempotencyKey: `transcript:${conversationId}:${options.key}:${options.to.toLowerCase()}`,
        payload: { to: options.to } satisfies TranscriptPayload,
      },
    ]);
  };

  return {
    /**
     * The conversation service calls this inside the transaction that stores messages for the
     * customer; a conversation on a channel with an adapter gets its deliveries queued there.
     * Tells whether anything was queued.
     */
    async enqueueOutbound(
      tx: Db,
      conversation: Conversation,
      messages: Message[],
    ): Promise<boolean> {
      if (!deps.adapters[conversation.channel]) return false;
      const outgoing = messages.filter((m) => m.author !== 'customer');
      if (outgoing.length === 0) return false;
      await deps.outboxFor(tx).enqueue(
        outgoing.map((m) => ({
          id: channelIdOf('out'),
          tenantId: conversation.tenantId,
          conversationId: conversation.id,
          kind: 'message',
          idempotencyKey: `message:${m.id}`,
          payload: {
            channel: conversation.channel,
            message: {
              id: m.id,
              author: m.author as OutboundMessage['author'],
              authorName: m.authorName,
              text: m.text,
              buttons: m.buttons,
            },
          } satisfies MessagePayload,
        })),
      );
      return true;
    },

    /** Delivers one conversation's due entries in order; a failure stops the rest for a retry. */
    async deliver(entries: OutboxEntry[]): Promise<DeliveryResult> {
      let done = 0;
      while (done < entries.length) {
        const kind = entries[done]?.kind;
        let run = 1;
        while (kind === 'message' && entries[done + run]?.kind === 'message') run++;
        const batch = entries.slice(done, done + run);
        const result =
          kind === 'message'
            ? await deliverMessages(batch)
            : kind === 'notice'
              ? await deliverNotice(batch[0] as OutboxEntry)
              : await deliverTranscript(batch[0] as OutboxEntry);
        if (result.status !== 'sent')
          return { ...result, delivered: done + (result.delivered ?? 0) };
        done += run;
      }
      return { status: 'sent' };
    },

    queueTranscript,

    /** Queues a mail of the system's own words to one address, once per key. */
    async queueNotice(
      tenantId: string,
      conversationId: string,
      notice: NoticePayload & { key: string },
    ): Promise<void> {
      await deps.outboxFor(undefined).enqueue([
        {
          id: channelIdOf('out'),
          tenantId,
          conversationId,
          kind: 'notice',
          idempotencyKey: `notice:${conversationId}:${notice.key}`,
          payload: { to: notice.to, subject: notice.subject, text: notice.text },
        },
      ]);
      deps.wake();
    },

    /** Each outgoing message's delivery state, by message id (none for the web widget). */
    async deliveryStates(
      tenantId: string,
      conversationId: string,
    ): Promise<Map<string, DeliveryState>> {
      const rows = await deps.outboxFor(undefined).listMessageDeliveries(tenantId, conversationId);
      const states = new Map<string, DeliveryState>();
      for (const row of rows) {
        if (!row.key.startsWith('message:')) continue;
        states.set(row.key.slice('message:'.length), {
          status: row.status === 'sent' ? 'sent' : row.status === 'failed' ? 'failed' : 'pending',
          error: row.status === 'sent' ? null : row.lastError,
          attempts: row.attempts,
          updatedAt: row.updatedAt,
        });
      }
      return states;
    },

    /**
     * Emails the whole conversation to the address the conversation has verified (never one
     * the request names: the server relays mail for no one); the same state asked twice sends
     * once. `beforeQueue` may refuse (a rate limit).
     */
    async requestTranscript(
      tenantId: string,
      conversationId: string,
      options: {
        email?: string | undefined;
        key: string;
        beforeQueue?: (contactId: string) => Promise<void>;
      },
    ): Promise<{ to: string }> {
      const contact = await channels.findConversationContact(tenantId, conversationId);
      const to = contact?.emailVerified ? contact.email : null;
      if (!contact || !to) {
        throw new AppError(
          'forbidden',
          'This conversation has no verified email address to send the transcript to',
        );
      }
      if (options.email && options.email.trim().toLowerCase() !== to.toLowerCase()) {
        throw new AppError(
          'forbidden',
          'Transcripts go only to the email address this conversation has verified',
        );
      }
      await options.beforeQueue?.(contact.id);
      await queueTranscript(undefined, tenantId, conversationId, { to, key: options.key });
      deps.wake();
      return { to };
    },
  };
}

export type OutboundService = ReturnType<typeof createOutboundService>;
