import { AppError } from '../../errors/index.js';
import { sourcesOf } from '../conversation.state.js';
import type { Conversation } from '../conversation.types.js';
import type { ConversationContext } from './context.js';

/** Closing a conversation (a customer writing again reopens it to the bot). */
export function resolveUseCase(ctx: ConversationContext) {
  const { deps, conversations, bus, updatedEvent, factOf, getOrThrow } = ctx;

  return {
    async resolve(tenantId: string, conversationId: string): Promise<Conversation> {
      const before = await getOrThrow(tenantId, conversationId);
      if (before.status === 'resolved') return before;
      const after = { ...before, status: 'resolved' as const };
      const changed = await conversations.transaction(async (tx) => {
        const isUpdated = await tx.update(tenantId, conversationId, sourcesOf('resolved'), {
          status: 'resolved',
          resolvedAt: new Date().toISOString(),
        });
        if (isUpdated) await deps.onResolved?.(tx.db, after);
        if (isUpdated) await deps.recordFact?.(tx.db, factOf('resolved', after));
        return isUpdated;
      });
      if (!changed) throw new AppError('conflict', 'The conversation changed; try again');
      bus.publish(updatedEvent(after, before.status));
      if (before.status === 'assigned') await deps.route(tenantId);
      return after;
    },
  };
}
