import type { Logger } from 'pino';
import { notFound } from '../errors/index.js';
import { newId } from '../ids/index.js';
import type { ProactiveRepository, ProactiveRule } from './proactive.repository.js';
import { quietUntil, renderTemplate } from './proactive-rules.js';

export type ProactiveOutcome =
  | { status: 'sent'; conversationId: string; channel: string; messageId: string; text: string }
  | { status: 'deferred'; conversationId: string; channel: string; sendAt: string; text: string }
  | { status: 'skipped'; reason: 'no_rule' | 'daily_limit' }
  | { status: 'no_contact'; reason: 'unknown_contact' | 'no_conversation' };

export type ProactiveEvent = {
  type: string;
  contact: { externalId?: string | undefined; email?: string | undefined };
  data: Record<string, unknown>;
};

export type ProactiveServiceOptions = {
  proactive: ProactiveRepository;
  logger: Logger;
  /** Appends the message to the conversation and sends it on its channel (idempotent per id). */
  post: (input: {
    tenantId: string;
    conversationId: string;
    text: string;
    clientMessageId: string;
  }) => Promise<{ id: string }>;
  pollMs?: number;
};

const dayMs = 24 * 60 * 60_000;

/**
 * Events from a tenant's systems become messages to a contact, in the conversation (and so on
 * the channel) they last used, by the tenant's rule for the event type: a template, quiet
 * hours in the tenant's time zone (the message waits for their end) and a limit per contact
 * over any 24 hours (deferred messages count).
 */
export function createProactiveService(options: ProactiveServiceOptions) {
  const { proactive, logger } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  async function sendDue(): Promise<void> {
    const due = await proactive.dueDeferred(new Date().toISOString(), 100);
    for (const send of due) {
      try {
        await options.post({
          tenantId: send.tenantId,
          conversationId: send.conversationId,
          text: send.text,
          clientMessageId: send.id,
        });
        await proactive.markSent(send.id, new Date().toISOString());
      } catch (error) {
        logger.error({ err: error, proactiveId: send.id }, 'deferred proactive message failed');
      }
    }
  }

  return {
    async putRule(
      tenantId: string,
      rule: Omit<ProactiveRule, 'updatedAt'>,
    ): Promise<ProactiveRule> {
      const stored = { ...rule, updatedAt: new Date().toISOString() };
      await proactive.upsertRule(tenantId, stored);
      return stored;
    },

    listRules: (tenantId: string) => proactive.listRules(tenantId),

    async deleteRule(tenantId: string, eventType: string): Promise<void> {
      if (!(await proactive.deleteRule(tenantId, eventType))) throw notFound('Rule');
    },

    async handleEvent(tenantId: string, event: ProactiveEvent): Promise<ProactiveOutcome> {
      const rule = await proactive.findRule(tenantId, event.type);
      if (!rule) return { status: 'skipped', reason: 'no_rule' };
      const contact = await proactive.findContact(tenantId, event.contact);
      if (!contact) return { status: 'no_contact', reason: 'unknown_contact' };
      const conversation = await proactive.lastConversation(tenantId, contact.id);
      if (!conversation) return { status: 'no_contact', reason: 'no_conversation' };
      const now = new Date();
      const sentToday = await proactive.countSince(
        tenantId,
        contact.id,
        new Date(now.getTime() - dayMs).toISOString(),
      );
      if (sentToday >= rule.dailyLimit) return { status: 'skipped', reason: 'daily_limit' };
      const text = renderTemplate(rule.template, { data: event.data, contact }).trim();
      const timeZone = (await proactive.timeZone(tenantId)) ?? 'Asia/Tokyo';
      const until = quietUntil(now, timeZone, rule.quietHours);
      const id = newId('pms');
      const send = {
        id,
        tenantId,
        contactId: contact.id,
        conversationId: conversation.id,
        eventType: event.type,
        text,
        createdAt: now.toISOString(),
      };
      if (until) {
        await proactive.insertSend({ ...send, status: 'deferred', dueAt: until.toISOString() });
        return {
          status: 'deferred',
          conversationId: conversation.id,
          channel: conversation.channel,
          sendAt: until.toISOString(),
          text,
        };
      }
      // Recorded first, so a failure to send still counts against the limit rather than flooding.
      await proactive.insertSend({ ...send, status: 'deferred', dueAt: now.toISOString() });
      const message = await options.post({
        tenantId,
        conversationId: conversation.id,
        text,
        clientMessageId: id,
      });
      await proactive.markSent(id, new Date().toISOString());
      return {
        status: 'sent',
        conversationId: conversation.id,
        channel: conversation.channel,
        messageId: message.id,
        text,
      };
    },

    /** Sends deferred messages whose quiet hours are over. */
    start() {
      timer = setInterval(() => {
        running ??= sendDue()
          .catch((error: unknown) => logger.error({ err: error }, 'proactive sweep failed'))
          .finally(() => {
            running = undefined;
          });
      }, options.pollMs ?? 30_000);
      timer.unref();
    },

    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}

export type ProactiveService = ReturnType<typeof createProactiveService>;
