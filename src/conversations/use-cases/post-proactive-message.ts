import type { DomainEvent } from '../../bus/index.js';
import { isUniqueViolation } from '../../db/index.js';
import { notFound } from '../../errors/index.js';
import { type ConversationContext, toView } from './context.js';

/** A message the tenant's systems send first (an order delayed, say), as the bot's. */
export function postProactiveMessageUseCase(ctx: ConversationContext) {
  const { deps, conversations, inTurn, messageEvent, publishAll } = ctx;

  return {
    /**
     * Appended as the bot's, sent out on the conversation's channel like any reply, and stored
     * once per `clientMessageId`.
     */
    async postProactiveMessage(options: {
      tenantId: string;
      conversationId: string;
      text: string;
      clientMessageId: string;
    }) {
      const { tenantId, conversationId, clientMessageId } = options;
      const earlier = await conversations.findByClientMessageId(
        tenantId,
        conversationId,
        clientMessageId,
      );
      if (earlier) return toView(earlier);
      const events: DomainEvent[] = [];
      const message = await inTurn(tenantId, conversationId, async () => {
        const stored = await conversations.transaction(async (tx) => {
          const conversation = await tx.find(tenantId, conversationId, true);
          if (!conversation) throw notFound('Conversation');
          const m = await tx.appendMessage(tenantId, conversationId, {
            author: 'bot',
            authorId: null,
            authorName: null,
            text: options.text,
            clientMessageId,
          });
          await deps.enqueueOutbound?.(tx.db, conversation, [m]);
          events.push(messageEvent(conversation, m));
          return m;
        });
        publishAll(events);
        return stored;
      }).catch(async (error: unknown) => {
        const first = isUniqueViolation(error)
          ? await conversations.findByClientMessageId(tenantId, conversationId, clientMessageId)
          : undefined;
        if (first) return first;
        throw error;
      });
      return toView(message);
    },
  };
}
