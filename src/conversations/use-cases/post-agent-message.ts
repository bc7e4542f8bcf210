import type { DomainEvent } from '../../bus/index.js';
import type { Db } from '../../db/index.js';
import { isUniqueViolation } from '../../db/index.js';
import { AppError, notFound } from '../../errors/index.js';
import type { User } from '../../users/index.js';
import type { Message } from '../conversation.types.js';
import { type ConversationContext, toView } from './context.js';

/** An agent replies to the customer. */
export function postAgentMessageUseCase(ctx: ConversationContext) {
  const { deps, conversations, inTurn, publishAll, messageEvent, factOf } = ctx;

  return {
    async postAgentMessage(options: {
      tenantId: string;
      conversationId: string;
      author: User;
      text: string;
      /** A console retrying a send passes the same id and gets the first message back. */
      clientMessageId?: string | undefined;
      /** Writes committed with the message (the files it carries), before it is delivered. */
      alsoWrite?: ((tx: Db, message: Message) => Promise<unknown>) | undefined;
    }) {
      const { tenantId, conversationId, author, clientMessageId } = options;
      const retried = async () => {
        if (!clientMessageId) return undefined;
        const first = await conversations.findByClientMessageId(
          tenantId,
          conversationId,
          clientMessageId,
        );
        return first && toView(first);
      };
      const earlier = await retried();
      if (earlier) return earlier;
      const events: DomainEvent[] = [];
      const message = await inTurn(tenantId, conversationId, async () => {
        const stored = await conversations.transaction(async (tx) => {
          const conversation = await tx.find(tenantId, conversationId, true);
          if (!conversation) throw notFound('Conversation');
          if (conversation.status === 'resolved') {
            throw new AppError('invalid_transition', 'The conversation is resolved');
          }
          const m = await tx.appendMessage(tenantId, conversationId, {
            author: 'agent',
            authorId: author.id,
            authorName: author.name,
            text: options.text,
            clientMessageId: clientMessageId ?? null,
          });
          await options.alsoWrite?.(tx.db, m);
          await deps.enqueueOutbound?.(tx.db, conversation, [m]);
          await deps.recordFact?.(
            tx.db,
            factOf('agent_replied', conversation, { agentId: author.id }),
          );
          events.push(messageEvent(conversation, m));
          return m;
        });
        publishAll(events);
        return stored;
      }).catch(async (error: unknown) => {
        const first = isUniqueViolation(error) ? await retried() : undefined;
        if (first) return first;
        throw error;
      });
      return 'seq' in message ? toView(message) : message;
    },
  };
}
