import { notFound } from '../../errors/index.js';
import type {
  ConversationStatus,
  ConversationSummary,
  MessageView,
} from '../conversation.types.js';
import { type ConversationContext, toView } from './context.js';

/** Reading conversations and their messages: the console's lists, the widget's history. */
export function listAndReadUseCases(ctx: ConversationContext) {
  const { deps, conversations, getOrThrow } = ctx;

  return {
    async listCustomerMessages(tenantId: string, conversationId: string, afterMessageId?: string) {
      const conversation = await getOrThrow(tenantId, conversationId);
      let afterSeq = 0;
      if (afterMessageId) {
        const after = await conversations.findMessage(tenantId, afterMessageId);
        if (!after || after.conversationId !== conversationId) throw notFound('Message');
        afterSeq = after.seq;
      }
      const messages = await conversations.listMessages(tenantId, conversationId, afterSeq);
      const assigneeName = conversation.assigneeId
        ? ((await deps.users.findInTenant(tenantId, conversation.assigneeId))?.name ?? null)
        : null;
      return { status: conversation.status, assigneeName, messages: messages.map(toView) };
    },

    /** Messages after the given one, for a reconnecting widget. */
    async messagesAfter(
      tenantId: string,
      conversationId: string,
      afterMessageId: string,
    ): Promise<MessageView[]> {
      const after = await conversations.findMessage(tenantId, afterMessageId);
      if (!after || after.conversationId !== conversationId) return [];
      return (await conversations.listMessages(tenantId, conversationId, after.seq)).map(toView);
    },

    /** Tenant messages after the given one, with their conversation's state, for a reconnecting console. */
    async tenantMessagesAfter(tenantId: string, afterMessageId: string) {
      const after = await conversations.findMessage(tenantId, afterMessageId);
      if (!after) return [];
      const rows = await conversations.listMessagesSince(tenantId, after.createdAt, 1000);
      return rows
        .filter((m) => m.id !== after.id)
        .map((m) => ({
          message: toView(m),
          conversation: { status: m.conversationStatus, assigneeId: m.assigneeId },
        }));
    },

    listConversations(
      tenantId: string,
      filter: { status?: ConversationStatus | undefined; assigneeId?: string | undefined },
      window: { limit: number; offset: number } = { limit: 200, offset: 0 },
    ): Promise<ConversationSummary[]> {
      return conversations.list(tenantId, { ...filter, ...window });
    },

    async getConversation(tenantId: string, id: string) {
      const conversation = await getOrThrow(tenantId, id);
      const [summary] = await conversations.list(tenantId, { id, limit: 1 });
      const messages = await conversations.listMessages(tenantId, id);
      return { conversation, summary, messages: messages.map(toView) };
    },

    getRaw: getOrThrow,
  };
}
