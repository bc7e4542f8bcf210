import { messagesFor } from '../../bot/index.js';
import type { DomainEvent } from '../../bus/index.js';
import { notFound } from '../../errors/index.js';
import type { User } from '../../users/index.js';
import { sourcesOf } from '../conversation.state.js';
import type { ConversationStatus } from '../conversation.types.js';
import type { ConversationContext } from './context.js';

/** An agent takes a conversation, by routing or by hand. */
export function assignUseCase(ctx: ConversationContext) {
  const { deps, conversations, inTurn, publishAll, messageEvent, updatedEvent, factOf } = ctx;

  return {
    /**
     * Assigns to an agent. With `enforceCapacity` (automatic routing) it refuses when the agent
     * is full; the agent's row lock and the conditional update keep two nodes from overfilling
     * an agent or assigning one conversation twice. Returns false when nothing changed.
     */
    async assign(options: {
      tenantId: string;
      conversationId: string;
      agent: User;
      enforceCapacity: boolean;
      from: readonly ConversationStatus[];
    }): Promise<boolean> {
      const { tenantId, conversationId, agent } = options;
      const events: DomainEvent[] = [];
      const isAssigned = await inTurn(tenantId, conversationId, async () => {
        const changed = await conversations.transaction(async (tx) => {
          await tx.lockAgent(tenantId, agent.id);
          if (
            options.enforceCapacity &&
            (await tx.countAssignedTo(tenantId, agent.id)) >= agent.maxConcurrent
          ) {
            return false;
          }
          const before = await tx.find(tenantId, conversationId, true);
          if (!before) throw notFound('Conversation');
          if (before.status === 'assigned' && before.assigneeId === agent.id) return false;
          const from = options.from.filter((s) => sourcesOf('assigned').includes(s));
          const now = new Date().toISOString();
          const changed = await tx.update(tenantId, conversationId, from, {
            status: 'assigned',
            assigneeId: agent.id,
            assignedAt: now,
          });
          if (!changed) return false;
          const after = { ...before, status: 'assigned' as const, assigneeId: agent.id };
          const joined = await tx.appendMessage(tenantId, conversationId, {
            author: 'system',
            text: messagesFor(before.language ?? before.handoff?.language).agentJoined(agent.name),
            authorName: agent.name,
          });
          await deps.enqueueOutbound?.(tx.db, after, [joined]);
          if (before.status === 'assigned' && before.assigneeId) {
            await deps.recordFact?.(
              tx.db,
              factOf('transferred', before, { agentId: before.assigneeId }),
            );
          }
          await deps.recordFact?.(tx.db, factOf('assigned', before, { agentId: agent.id }));
          events.push(updatedEvent(after, before.status, agent.name), messageEvent(after, joined));
          return true;
        });
        publishAll(events);
        return changed;
      });
      return isAssigned;
    },
  };
}
