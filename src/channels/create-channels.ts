import type { Logger } from 'pino';
import type { EventBus } from '../bus/index.js';
import type { Conversation, ConversationService } from '../conversations/index.js';
import type { Db, Dialect } from '../db/index.js';
import { AppError } from '../errors/index.js';
import { newSecret } from '../ids/index.js';
import { createOutboxRepository, createOutboxWorker } from '../outbox/index.js';
import { createChannelRepository } from './channel.repository.js';
import { channelIdOf, createChannelService } from './channel.service.js';
import type { ChannelAdapter } from './channel.types.js';
import { createEmailAdapter } from './email/email.adapter.js';
import { createMailer } from './email/mailer.js';
import { baseAddressOf } from './email/parse-email.js';
import { ratingLanguageOf, ratingLink, ratingMail } from './email/rating-mail.js';
import { type SmtpListener, startSmtpListener } from './email/smtp-listener.js';
import { createFileService } from './files.js';
import { createInboundService } from './inbound.service.js';
import { createLineAdapter } from './line/line.adapter.js';
import { signLink, verifyLink } from './links/signed-link.js';
import { createOutboundService } from './outbound.service.js';
import { deriveKeys, type InstallationKeys } from './secret-box.js';
import { createTelegramAdapter } from './telegram/telegram.adapter.js';
import { createFormConfirmation } from './trust/form-confirmation.js';
import { createTrustRepository } from './trust/trust.repository.js';
import { createTrustService } from './trust/trust.service.js';

export type ChannelsOptions = {
  db: Db;
  dialect: Dialect;
  bus: EventBus;
  logger: Logger;
  /** The configured key, or undefined to use (and on first start create) the stored one. */
  secretKey: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  conversations: () => ConversationService;
  tenantName: (tenantId: string) => Promise<string>;
  /** Records a satisfaction score a customer gave on a channel (LINE quick reply). */
  recordCsat?: (tenantId: string, conversationId: string, score: number) => Promise<void>;
  outboxPollMs?: number;
  /** PUBLIC_URL: the base of the rating links mailed when an email conversation is resolved. */
  publicUrl?: string | undefined;
  apiHosts?: readonly string[];
  /** MAIL_DOMAINS: channel addresses on these need no proof. */
  mailDomains?: readonly string[];
  /** DNS servers for domain proof (TXT records); default the system's. */
  dnsServers?: readonly string[] | undefined;
};

/** The installation's keys: from SECRET_KEY, else a master secret kept in the database. */
export async function loadInstallationKeys(
  db: Db,
  dialect: Dialect,
  secretKey: string | undefined,
): Promise<InstallationKeys> {
  const master =
    secretKey ??
    (await createChannelRepository(db, dialect).getOrCreateInstallationSecret('master-key', () =>
      newSecret(32),
    ));
  return deriveKeys(master);
}
/** How long a mailed rating link stays valid. */
const ratingLinkDays = 30;

/** The question sent with the rating quick replies, in the conversation's language. */
const ratingQuestion = (language: string | null) =>
  (language ?? 'ja').startsWith('ja')
    ? 'ご利用ありがとうございました。今回の対応はいかがでしたか？（★1〜5）'
    : 'Thank you for contacting us. How did we do? (1–5 stars)';

/**
 * Wires the channel adapters, inbound and outbound services and the outbox worker. The
 * conversation service is passed lazily because it takes `enqueueOutbound` from here.
 */
export async function createChannels(options: ChannelsOptions) {
  const { db, dialect, logger } = options;
  const repository = createChannelRepository(db, dialect);
  const keys = await loadInstallationKeys(db, dialect, options.secretKey);
  const admin = createChannelService({
    channels: repository,
    keys,
    apiHosts: options.apiHosts,
  });
  const mailer = createMailer(options.smtpUrl);
  const email = createEmailAdapter({
    mailer,
    defaultFrom: options.mailFrom,
    threads: repository,
    files: repository,
  });
  const adapters: Record<string, ChannelAdapter> = {
    email,
    form: createEmailAdapter({
      mailer,
      defaultFrom: options.mailFrom,
      threads: repository,
      files: repository,
      type: 'form',
    }),
    line: createLineAdapter({ threads: repository }),
    telegram: createTelegramAdapter(),
  };
  const trustRepository = createTrustRepository(db);
  const trust = createTrustService({
    trust: trustRepository,
    channels: repository,
    keys,
    mailer,
    mailFrom: options.mailFrom,
    mailDomains: options.mailDomains ?? [],
    dnsServers: options.dnsServers,
  });
  const outboxFor = (tx: Db | undefined) => createOutboxRepository(tx ?? db, dialect);
  let wake = () => {};
  const outbound = createOutboundService({
    channels: repository,
    outboxFor,
    conversations: {
      getConversation: (tenantId, id) => options.conversations().getConversation(tenantId, id),
    },
    tenantName: options.tenantName,
    adapters,
    openSecrets: admin.openSecrets,
    mailer,
    defaultFrom: options.mailFrom,
    wake: () => wake(),
    logger,
  });
  const forms = createFormConfirmation({
    channels: repository,
    trust: trustRepository,
    outbound,
    keys,
    conversations: () => options.conversations(),
    tenantName: options.tenantName,
  });
  const inbound = createInboundService({
    channels: repository,
    conversations: {
      startConversation: (o) => options.conversations().startConversation(o),
      postCustomerMessage: (o) => options.conversations().postCustomerMessage(o),
      getConversation: (t, id) => options.conversations().getConversation(t, id),
    },
    adapters,
    openSecrets: admin.openSecrets,
    ...(options.recordCsat ? { recordCsat: options.recordCsat } : {}),
    logger,
  });
  const files = createFileService({
    channels: repository,
    postCustomerMessage: (o) => options.conversations().postCustomerMessage(o),
  });
  const worker = createOutboxWorker({
    outbox: outboxFor(undefined),
    deliver: (entries) => outbound.deliver(entries),
    logger,
    ...(options.outboxPollMs ? { pollMs: options.outboxPollMs } : {}),
  });
  wake = worker.wake;

  let hasQueued = false;
  let smtp: SmtpListener | undefined;
  let sweep: NodeJS.Timeout | undefined;
  const unsubscribe: (() => void)[] = [];
  /**
   * The conversation a mailed rating link rates: the token must be genuine, unexpired, for a
   * rating, and name the conversation's own contact. Checked when the page opens and again
   * when the score is posted.
   */
  async function ratingLinkTarget(
    token: string,
  ): Promise<{ tenantId: string; conversationId: string }> {
    const check = verifyLink(keys.links, token);
    const purpose = check.isValid ? check.claims.purpose : '';
    if (!check.isValid || !purpose.startsWith('csat:') || !options.recordCsat) {
      throw new AppError('unauthorized', 'The rating link is not valid or has expired');
    }
    const { tenantId, contactId } = check.claims;
    const conversationId = purpose.slice('csat:'.length);
    const contact = await repository.findConversationContact(tenantId, conversationId);
    if (contact?.id !== contactId) {
      throw new AppError('unauthorized', 'The rating link is not valid or has expired');
    }
    return { tenantId, conversationId };
  }

  return {
    admin,
    inbound,
    outbound,
    trust,
    forms,
    files,
    /** For the conversation service: queue deliveries in its transaction. */
    async enqueueOutbound(...args: Parameters<typeof outbound.enqueueOutbound>) {
      if (await outbound.enqueueOutbound(...args)) hasQueued = true;
    },

    /**
     * For the conversation service: inside the transaction that resolves a conversation, queue
     * its transcript when the tenant asks for one, so a crash cannot lose it.
     */
    async onResolved(tx: Db, conversation: Conversation) {
      const asksByButtons = conversation.channel === 'line' || conversation.channel === 'telegram';
      if (asksByButtons && options.recordCsat) {
        // Asks for a score (quick replies) with the resolution: queued in its transaction.
        await outboxFor(tx).enqueue([
          {
            id: channelIdOf('out'),
            tenantId: conversation.tenantId,
            conversationId: conversation.id,
            kind: 'message',
            idempotencyKey: `rating:${conversation.id}:${conversation.lastSeq}`,
            payload: {
              channel: conversation.channel,
              message: {
                id: `rate_${conversation.id}_${conversation.lastSeq}`,
                author: 'system',
                authorName: null,
                text: ratingQuestion(conversation.language),
                rating: { conversationId: conversation.id },
              },
            },
          },
        ]);
        hasQueued = true;
      }
      const scoped = createChannelRepository(tx, dialect);
      if (conversation.channel === 'email' && options.recordCsat && options.publicUrl) {
        // A short follow-up mail with five signed rating links, queued in the resolution.
        const contact = await scoped.findConversationContact(
          conversation.tenantId,
          conversation.id,
        );
        if (contact?.email) {
          const token = signLink(keys.links, {
            tenantId: conversation.tenantId,
            contactId: contact.id,
            purpose: `csat:${conversation.id}`,
            expiresAt: new Date(Date.now() + ratingLinkDays * 86_400_000).toISOString(),
          });
          const lang = ratingLanguageOf(conversation.language);
          const baseUrl = options.publicUrl;
          // Nothing outside the transaction is read here: SQLite has one connection.
          const mail = ratingMail(lang, (n) => ratingLink(baseUrl, token, n, lang));
          await outboxFor(tx).enqueue([
            {
              id: channelIdOf('out'),
              tenantId: conversation.tenantId,
              conversationId: conversation.id,
              kind: 'notice',
              idempotencyKey: `notice:${conversation.id}:rating:${conversation.lastSeq}`,
              payload: { to: contact.email, ...mail },
            },
          ]);
          hasQueued = true;
        }
      }
      if (!(await scoped.getSettings(conversation.tenantId)).transcriptOnResolve) return;
      const contact = await scoped.findConversationContact(conversation.tenantId, conversation.id);
      // Only to an address the contact has proven: the server mails no one on a visitor's say-so.
      if (!contact?.email || !contact.emailVerified) return;
      await outbound.queueTranscript(tx, conversation.tenantId, conversation.id, {
        to: contact.email,
        key: `resolved:${conversation.lastSeq}`,
      });
      hasQueued = true;
    },

    ratingLinkTarget,

    /** A score from a mailed rating link; a later score replaces the earlier one. */
    async rateByLink(token: string, score: number): Promise<void> {
      const { tenantId, conversationId } = await ratingLinkTarget(token);
      await options.recordCsat?.(tenantId, conversationId, score);
    },

    /** Starts the outbox worker, the inbound retry sweep and (unless off) the SMTP listener. */
    async start(smtpOptions: { port: number | 'random' | null; host: string }) {
      // A committed message may have queued a delivery: look at once rather than at the next
      // poll. Web chat messages queue nothing, so they do not cost the worker a claim query.
      unsubscribe.push(
        options.bus.subscribe('message.created', () => {
          if (!hasQueued) return;
          hasQueued = false;
          worker.wake();
        }),
      );
      unsubscribe.push(
        options.bus.subscribe('conversation.updated', (event) => {
          if (event.conversation.status !== 'resolved' || !hasQueued) return;
          hasQueued = false;
          worker.wake();
        }),
      );
      worker.start();
      sweep = setInterval(() => {
        inbound
          .retryStale()
          .catch((error: unknown) => logger.warn({ err: error }, 'inbound sweep failed'));
      }, 15_000);
      sweep.unref();
      if (smtpOptions.port !== null) {
        smtp = await startSmtpListener({
          port: smtpOptions.port,
          host: smtpOptions.host,
          logger,
          maxBytes: 30 * 1024 * 1024,
          // A channel's address takes mail only once its domain is proven.
          isKnownRecipient: async (address) =>
            (await inbound.isKnownEmailAddress(address)) &&
            (await trust.isAddressAccepted(address)),
          store: ({ rcpt, mailFrom, raw }) =>
            inbound.receiveMail({ rcpt, baseAddress: baseAddressOf(rcpt), mailFrom, raw }),
        });
      }
      return { smtpPort: smtp?.port ?? null };
    },

    /** Stops taking mail, finishes inbound processing and sends in flight. */
    async stop() {
      for (const off of unsubscribe) off();
      if (sweep) clearInterval(sweep);
      await smtp?.close();
      await inbound.idle();
      await worker.stop();
    },
  };
}

export type Channels = Awaited<ReturnType<typeof createChannels>>;
