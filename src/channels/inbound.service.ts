import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { ConversationService } from '../conversations/index.js';
import type { Db } from '../db/index.js';
import { AppError, notFound } from '../errors/index.js';
import { createKeyedQueue } from '../ordering/index.js';
import type { ChannelRepository, StoredInbound } from './channel.repository.js';
import { channelIdOf, newReplyKey } from './channel.service.js';
import type { Channel, ChannelAdapter, ChannelSecrets, DecodedInbound } from './channel.types.js';
import type { StoredMail } from './email/parse-email.js';
import { isLineSignatureValid, splitLineWebhook } from './line/line.adapter.js';
import {
  answerCallbackQuery,
  callbackQueryIdOf,
  isTelegramSecretValid,
  keyOfTelegramUpdate,
} from './telegram/telegram.adapter.js';

export type InboundDeps = {
  channels: ChannelRepository;
  conversations: Pick<
    ConversationService,
    'startConversation' | 'postCustomerMessage' | 'getConversation'
  >;
  adapters: Partial<Record<string, ChannelAdapter>>;
  openSecrets: (channel: Channel, sealed: string) => ChannelSecrets;
  /** Records a customer's satisfaction score (the analytics service). */
  recordCsat?: (tenantId: string, conversationId: string, score: number) => Promise<void>;
  logger: Logger;
};

const maxTextLength = 20_000;

/** The scope of a channel's external keys: mail ids are tenant-wide, chat users per channel. */
const scopeOf = (channel: Channel) =>
  channel.type === 'email' ? 'email' : `${channel.type}:${channel.id}`;

const parseJson = (raw: Buffer): unknown => {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    throw new AppError('bad_request', 'The body is not valid JSON');
  }
};

/**
 * Inbound channel traffic: verify, store the raw payload under its idempotency key (before the
 * platform is acknowledged), then turn it into a customer message through the same
 * conversation path as the web widget, so the bot, handoff and routing behave identically.
 */
export function createInboundService(deps: InboundDeps) {
  const { channels, conversations, logger } = deps;
  // One sender's events are processed in order on this node (a channel's, when its adapter
  // cannot tell senders apart); the unique thread keys keep nodes from opening two
  // conversations for one sender.
  const senders = createKeyedQueue();

  async function loadChannel(by: { id: string } | { address: string }, type?: string) {
    const found = await channels.findChannelForInbound(by);
    if (!found || (type && found.channel.type !== type)) throw notFound('Channel');
    return found;
  }

  async function storeAndProcess(channel: Channel, events: { key: string; payload: string }[]) {
    const pending = await channels.storeInbound(
      events.map((e) => ({
        id: channelIdOf('in'),
        tenantId: channel.tenantId,
        channelId: channel.id,
        idempotencyKey: e.key,
        payload: e.payload,
      })),
    );
    // Stored: the platform may be acknowledged whatever happens next. Processing failures are
    // logged and retried by the sweep, never reported to the platform (which would resend).
    // Queued in order at once: each sender's events run in order, senders side by side.
    await Promise.all(
      pending.map((stored) =>
        process(stored, channel).catch((error: unknown) =>
          logger.error({ err: error, inboundId: stored.id }, 'inbound processing failed'),
        ),
      ),
    );
  }

  /**
   * Processes a stored event of `channel` (its adapter tells the event's sender); one this
   * node claimed as it stored it is processed under that claim while it lasts.
   */
  function process(stored: StoredInbound, channel: Channel): Promise<void> {
    const sender = deps.adapters[channel.type]?.senderOf?.(stored.payload);
    const key = sender ? `${stored.channelId}:${sender}` : stored.channelId;
    return senders.run(key, async () => {
      const isHeld = !!stored.claimedUntil && stored.claimedUntil > new Date().toISOString();
      if (!isHeld && !(await channels.claimInbound(stored.id))) return;
      const adapter = deps.adapters[channel.type];
      if (!adapter) throw new Error(`No adapter for ${channel.type}`);
      const decoded = await adapter.decode(stored.payload);
      const outcome = await apply(channel, stored, decoded);
      await channels.finishInbound(stored.id, outcome);
    });
  }

  async function apply(channel: Channel, stored: StoredInbound, decoded: DecodedInbound) {
    if (decoded.kind === 'ignored') return `ignored: ${decoded.reason}`;
    if (decoded.kind === 'message' && decoded.space && channel.settings.groups === 'ignore') {
      return `ignored: ${decoded.space} chats are off for this channel`;
    }
    if (decoded.kind === 'rating') {
      // Only the sender's own conversation: a score for another one changes nothing.
      const current = await channels.findConversationByKey(channel.tenantId, scopeOf(channel), [
        decoded.senderKey,
      ]);
      if (current !== decoded.conversationId) return 'ignored: a rating of another conversation';
      if (!deps.recordCsat) return 'ignored: ratings are not recorded';
      await deps.recordCsat(channel.tenantId, decoded.conversationId, decoded.score);
      return 'rating';
    }
    if (decoded.kind !== 'message') {
      const conversationId = await channels.findConversationByKey(
        channel.tenantId,
        scopeOf(channel),
        [decoded.senderKey],
      );
      if (conversationId) {
        await channels.updateThread(channel.tenantId, conversationId, {
          isBlocked: decoded.kind === 'unfollow',
        });
      }
      return decoded.kind;
    }
    const { conversationId, isNew } = await findOrOpenConversation(channel, decoded);
    const { replyToken } = decoded;
    // Stored with the customer's message (the bot's answer, queued there too, may use it).
    const storeReplyToken = !replyToken
      ? undefined
      : (tx?: Db) =>
          channels.updateThread(
            channel.tenantId,
            conversationId,
            { replyToken, replyTokenAt: new Date().toISOString(), isBlocked: false },
            tx,
          );
    // The subject says what a new mail is about; on a reply it only repeats "Re: …".
    let text =
      isNew && decoded.email?.subject
        ? `${decoded.email.subject}\n\n${decoded.text}`
        : decoded.text;
    if (decoded.buttonIndex !== undefined) {
      text = (await buttonText(channel.tenantId, conversationId, decoded.buttonIndex)) ?? text;
    }
    if (!text.trim()) {
      await storeReplyToken?.();
      return 'ignored: empty';
    }
    const result = await conversations.postCustomerMessage({
      tenantId: channel.tenantId,
      conversationId,
      text: text.slice(0, maxTextLength),
      // The inbound event's id: processing it again returns the first result, stores nothing.
      clientMessageId: `in:${stored.id}`,
      alsoWrite: storeReplyToken,
    });
    if (decoded.attachments?.length) {
      await channels.insertAttachments(
        channel.tenantId,
        conversationId,
        result.message.id,
        decoded.attachments.map((a, i) => ({
          // Derived from the message, so a second processing inserts nothing new.
          id: `att_${result.message.id.slice(4)}_${i}`,
          ...a,
        })),
      );
    }
    if (decoded.files?.length)
      await storePlatformFiles(channel, result.message.id, conversationId, decoded.files);
    return 'message';
  }

  /**
   * Fetches the files a chat platform keeps (LINE content, Telegram files) and stores them with
   * the message, so staff can download them; one that cannot be fetched is logged and skipped
   * (the message keeps its placeholder).
   */
  async function storePlatformFiles(
    channel: Channel,
    messageId: string,
    conversationId: string,
    files: { ref: string; filename: string }[],
  ) {
    const adapter = deps.adapters[channel.type];
    const found = await channels.findChannel(channel.tenantId, channel.id);
    if (!adapter?.download || !found) return;
    const target = { channel, secrets: deps.openSecrets(channel, found.sealedSecrets) };
    const kept: { id: string; filename: string; contentType: string; content: Buffer }[] = [];
    for (const [i, file] of files.entries()) {
      const fetched = await adapter.download(target, file.ref).catch((error: unknown) => ({
        error: String(error),
      }));
      if ('error' in fetched) {
        logger.warn({ error: fetched.error, messageId }, 'platform file not fetched');
        continue;
      }
      kept.push({
        // Derived from the message, so a second processing inserts nothing new.
        id: `att_${messageId.slice(4)}_p${i}`,
        filename: file.filename.replace(/[\r\n\\/]/g, '_').slice(0, 200),
        contentType: fetched.contentType,
        content: fetched.content,
      });
    }
    await channels.insertAttachments(channel.tenantId, conversationId, messageId, kept);
  }

  /** A pressed button sent as its index: the button of the bot's latest message with buttons. */
  async function buttonText(tenantId: string, conversationId: string, index: number) {
    const { messages } = await conversations.getConversation(tenantId, conversationId);
    const withButtons = [...messages].reverse().find((m) => m.buttons?.length);
    return withButtons?.buttons?.[index]?.text;
  }

  async function findOrOpenConversation(
    channel: Channel,
    decoded: Extract<DecodedInbound, { kind: 'message' }>,
  ): Promise<{ conversationId: string; isNew: boolean }> {
    const scope = scopeOf(channel);
    const mail = decoded.email;
    let conversationId: string | undefined;
    let isNew = false;
    if (mail?.replyKey) {
      const thread = await channels.findThreadByReplyKey(mail.replyKey);
      if (thread?.tenantId === channel.tenantId) conversationId = thread.conversationId;
    }
    if (!conversationId) {
      const keys = mail ? mail.refs : [decoded.senderKey];
      conversationId = await channels.findConversationByKey(channel.tenantId, scope, keys);
    }
    if (!conversationId) {
      const { conversation } = await conversations.startConversation({
        tenantId: channel.tenantId,
        channel: channel.type,
        contact: {
          name: decoded.senderName ?? undefined,
          email: decoded.senderEmail,
          // Replies go to the address the mail came from: it is the contact's own.
          emailVerified: channel.type === 'email' && !!decoded.senderEmail,
          externalId: `${channel.type === 'email' ? 'email' : scope}:${decoded.senderKey}`,
        },
        language: decoded.language,
      });
      await channels.insertThread({
        conversationId: conversation.id,
        tenantId: channel.tenantId,
        channelId: channel.id,
        recipient: decoded.recipient ?? decoded.senderKey,
        subject: mail?.subject ?? null,
        replyKey: newReplyKey(),
        replyToken: null,
        replyTokenAt: null,
        lastInboundRef: null,
        threadRefs: [],
        isBlocked: false,
      });
      const key = mail ? mail.messageId : decoded.senderKey;
      if (key && !(await channels.linkKey(channel.tenantId, scope, key, conversation.id))) {
        // Another node opened one for this sender at the same moment: continue that one.
        const winner = await channels.findConversationByKey(channel.tenantId, scope, [key]);
        if (winner) return { conversationId: winner, isNew: false };
      }
      conversationId = conversation.id;
      isNew = true;
    }
    if (mail?.messageId) {
      await channels.linkKey(channel.tenantId, scope, mail.messageId, conversationId);
      const thread = await channels.findThread(channel.tenantId, conversationId);
      await channels.updateThread(channel.tenantId, conversationId, {
        lastInboundRef: mail.messageId,
        threadRefs: [...(thread?.threadRefs ?? []), mail.messageId].slice(-20),
      });
    }
    return { conversationId, isNew };
  }

  return {
    /** LINE: the signature is checked on the raw body before anything is parsed or stored. */
    async receiveLineWebhook(channelId: string, rawBody: Buffer, signature: string | undefined) {
      const { channel, sealedSecrets } = await loadChannel({ id: channelId }, 'line');
      const secrets = deps.openSecrets(channel, sealedSecrets);
      if (
        secrets.type !== 'line' ||
        !isLineSignatureValid(secrets.channelSecret, rawBody, signature)
      ) {
        throw new AppError('unauthorized', 'Invalid X-Line-Signature');
      }
      await storeAndProcess(channel, splitLineWebhook(parseJson(rawBody)));
    },

    async receiveTelegramWebhook(
      channelId: string,
      rawBody: Buffer,
      secretToken: string | undefined,
    ) {
      const { channel, sealedSecrets } = await loadChannel({ id: channelId }, 'telegram');
      const secrets = deps.openSecrets(channel, sealedSecrets);
      if (secrets.type !== 'telegram' || !isTelegramSecretValid(secrets.secretToken, secretToken)) {
        throw new AppError('unauthorized', 'Invalid X-Telegram-Bot-Api-Secret-Token');
      }
      const body = parseJson(rawBody);
      const update = keyOfTelegramUpdate(body);
      if (!update) throw new AppError('bad_request', 'Not a Telegram update');
      await storeAndProcess(channel, [update]);
      // A pressed button waits (spinning) for this answer; a second one for a redelivery is
      // refused by Telegram and harmless.
      const callbackId = callbackQueryIdOf(body);
      if (callbackId) {
        const answered = await answerCallbackQuery(
          channel.settings.apiBase,
          secrets.botToken,
          callbackId,
        );
        if (answered.status !== 'sent') {
          logger.warn({ error: answered.error, channelId }, 'answerCallbackQuery failed');
        }
      }
    },

    async isKnownEmailAddress(address: string): Promise<boolean> {
      const found = await channels.findChannelForInbound({ address });
      return found?.channel.type === 'email';
    },

    /** Stores one delivered mail for one recipient; SMTP answers 250 only after this resolves. */
    async receiveMail(mail: { rcpt: string; baseAddress: string; mailFrom: string; raw: Buffer }) {
      const { channel } = await loadChannel({ address: mail.baseAddress }, 'email');
      const messageId = /^message-id:\s*(<[^>\r\n]+>)/im.exec(
        mail.raw
          .subarray(0, 64 * 1024)
          .toString('latin1')
          .split(/\r?\n\r?\n/)[0] ?? '',
      )?.[1];
      const key = messageId ?? `sha256:${createHash('sha256').update(mail.raw).digest('hex')}`;
      const payload: StoredMail = {
        rcpt: mail.rcpt,
        mailFrom: mail.mailFrom,
        raw: mail.raw.toString('base64'),
      };
      const stored = await channels.storeInbound([
        {
          id: channelIdOf('in'),
          tenantId: channel.tenantId,
          channelId: channel.id,
          idempotencyKey: key,
          payload: JSON.stringify(payload),
        },
      ]);
      // After the 250: parsing and the bot's answer need not hold up the sending server.
      for (const row of stored) {
        process(row, channel).catch((error: unknown) =>
          logger.error({ err: error, inboundId: row.id }, 'inbound mail processing failed'),
        );
      }
    },

    /** Picks up events whose processing failed or whose node died, once their claim expired. */
    async retryStale(): Promise<void> {
      const olderThan = new Date(Date.now() - 30_000).toISOString();
      for (const stored of await channels.listStaleInbound(olderThan, 50)) {
        await loadChannel({ id: stored.channelId })
          .then(({ channel }) => process(stored, channel))
          .catch((error: unknown) =>
            logger.warn({ err: error, inboundId: stored.id }, 'inbound retry failed'),
          );
      }
    },

    /** Waits for this node's inbound processing (on shutdown). */
    async idle(): Promise<void> {
      await senders.idle();
    },
  };
}

export type InboundService = ReturnType<typeof createInboundService>;
