import type { DomainEvent } from '../../bus/index.js';
import { notFound } from '../../errors/index.js';
import type { ConversationPatch } from '../conversation.repository.js';
import type { Conversation } from '../conversation.types.js';
import type { ConversationContext } from './context.js';

/** An agent lets a conversation go: back to the queue or to the bot. */
export function releaseUseCase(ctx: ConversationContext) {
  const { deps, conversations, inTurn, publishAll, messageEvent, updatedEvent, factOf } = ctx;

  return {
    /**
     * Takes a conversation from its agent: back to the queue (transfer, an absent agent) or to
     * the bot (hand back), telling the customer in their language. With `onlyIfAssigneeId` it
     * changes nothing unless that agent still holds it. Returns whether it changed.
     */
    async release(options: {
      tenantId: string;
      conversationId: string;
      to: 'queued' | 'bot';
      notice: (language: string | null) => string;
      onlyIfAssigneeId?: string | undefined;
      onlyIfUnanswered?: boolean;
    }): Promise<boolean> {
      const { tenantId, conversationId, to } = options;
      const events: DomainEvent[] = [];
      const isReleased = await inTurn(tenantId, conversationId, async () => {
        const changed = await conversations.transaction(async (tx) => {
          const before = await tx.find(tenantId, conversationId, true);
          if (!before) throw notFound('Conversation');
          if (before.status === 'resolved' || before.status === to) return false;
          if (options.onlyIfAssigneeId && before.assigneeId !== options.onlyIfAssigneeId)
            return false;
          if (
            options.onlyIfUnanswered &&
            (await tx.listMessages(tenantId, conversationId)).some((m) => m.author === 'agent')
          ) {
            return false;
          }
          const patch: ConversationPatch =
            to === 'queued'
              ? {
                  status: 'queued',
                  assigneeId: null,
                  queuedAt: before.queuedAt ?? new Date().toISOString(),
                }
              : { status: 'bot', assigneeId: null, botMisses: 0, queuedAt: null };
          const changed = await tx.update(tenantId, conversationId, [before.status], patch);
          if (!changed) return false;
          const after: Conversation = { ...before, ...patch };
          const notice = await tx.appendMessage(tenantId, conversationId, {
            author: 'system',
            text: options.notice(before.language ?? before.handoff?.language ?? null),
          });
          await deps.enqueueOutbound?.(tx.db, after, [notice]);
          if (before.status === 'assigned' && to === 'queued') {
            await deps.recordFact?.(
              tx.db,
              factOf('transferred', before, { agentId: before.assigneeId }),
            );
          }
          events.push(updatedEvent(after, before.status), messageEvent(after, notice));
          return true;
        });
        publishAll(events);
        return changed;
      });
      if (isReleased && to === 'queued') await deps.route(tenantId);
      return isReleased;
    },
  };
}
