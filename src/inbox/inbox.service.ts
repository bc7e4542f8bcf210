import type { EventBus } from '../bus/index.js';
import type { ConversationService } from '../conversations/index.js';
import { notFound } from '../errors/index.js';
import { newId } from '../ids/index.js';
import type { KnowledgeService } from '../knowledge/index.js';
import type { RoutingService } from '../routing/index.js';
import type { InboxFilter, InboxRepository, Note } from './inbox.repository.js';
import { draftWrapUp } from './wrap-up.js';

/**
 * What an operator works with around a conversation: the inbox list (filters, search, unread
 * counts, SLA due times), internal notes, tags and category, the wrap-up, the customer panel
 * and suggested replies from the knowledge base.
 */
export function createInboxService(deps: {
  inbox: InboxRepository;
  conversations: ConversationService;
  knowledge: KnowledgeService;
  routing: Pick<RoutingService, 'listQueues' | 'getSettings'>;
  bus: EventBus;
}) {
  /** Seconds to the first human reply, per queue (the tenant's target when the queue has none). */
  async function slaTargets(tenantId: string) {
    const [queues, settings] = await Promise.all([
      deps.routing.listQueues(tenantId),
      deps.routing.getSettings(tenantId),
    ]);
    const byQueue = new Map(
      queues.map((q) => [q.id, q.slaFirstReplySeconds ?? settings.slaFirstReplySeconds]),
    );
    return (queueId: string | null) =>
      (queueId && byQueue.get(queueId)) || settings.slaFirstReplySeconds;
  }

  const dueAt = (queuedAt: string | null, seconds: number) =>
    queuedAt ? new Date(Date.parse(queuedAt) + seconds * 1000).toISOString() : null;

  async function lastCustomerText(tenantId: string, conversationId: string) {
    const { messages } = await deps.conversations.getConversation(tenantId, conversationId);
    return { messages, last: [...messages].reverse().find((m) => m.author === 'customer')?.text };
  }

  return {
    async list(tenantId: string, userId: string, filter: InboxFilter) {
      const [rows, targetOf] = await Promise.all([
        deps.inbox.list(tenantId, userId, filter),
        slaTargets(tenantId),
      ]);
      return rows.map((r) => ({ ...r, slaDueAt: dueAt(r.queuedAt, targetOf(r.queueId)) }));
    },

    markRead: (tenantId: string, userId: string, conversationId: string) =>
      deps.inbox.markRead(tenantId, userId, conversationId),

    async addNote(
      tenantId: string,
      conversationId: string,
      author: { id: string; name: string },
      text: string,
    ) {
      await deps.conversations.getRaw(tenantId, conversationId);
      const note: Note = {
        id: newId('note'),
        conversationId,
        authorId: author.id,
        authorName: author.name,
        text,
        createdAt: new Date().toISOString(),
      };
      await deps.inbox.insertNote(tenantId, note);
      deps.bus.publish({ type: 'note.created', tenantId, note });
      return note;
    },

    /** The side of a conversation the customer never sees. */
    async details(tenantId: string, conversationId: string) {
      const handling = await deps.inbox.findHandling(tenantId, conversationId);
      if (!handling) throw notFound('Conversation');
      const [notes, past, targetOf] = await Promise.all([
        deps.inbox.listNotes(tenantId, conversationId),
        deps.inbox.listContactConversations(tenantId, handling.contact.id, conversationId),
        slaTargets(tenantId),
      ]);
      return {
        ...handling,
        slaDueAt: dueAt(handling.queuedAt, targetOf(handling.queueId)),
        notes,
        pastConversations: past,
      };
    },

    async updateHandling(
      tenantId: string,
      conversationId: string,
      patch: Partial<{ tags: string[]; category: string | null; wrapUpSummary: string | null }>,
    ) {
      if (!(await deps.inbox.updateHandling(tenantId, conversationId, patch)))
        throw notFound('Conversation');
    },

    listTags: (tenantId: string) => deps.inbox.listTags(tenantId),

    /** The labels are in `language` (the console's), else the conversation's. */
    async draftWrapUp(tenantId: string, conversationId: string, language?: string) {
      const { conversation, messages } = await deps.conversations.getConversation(
        tenantId,
        conversationId,
      );
      const handling = await deps.inbox.findHandling(tenantId, conversationId);
      const firstCustomer = messages.find((m) => m.author === 'customer')?.text;
      const index = await deps.knowledge.getIndex(tenantId);
      const faqCategory = firstCustomer
        ? (index.search(firstCustomer, { limit: 1 })[0]?.category ?? null)
        : null;
      return draftWrapUp({
        handoff: conversation.handoff,
        messages,
        category: handling?.category ?? null,
        faqCategory,
        language: language ?? conversation.language ?? conversation.handoff?.language,
      });
    },

    /** FAQ answers for the customer's last message, best first. */
    async suggestions(tenantId: string, conversationId: string) {
      const { last } = await lastCustomerText(tenantId, conversationId);
      if (!last) return [];
      const index = await deps.knowledge.getIndex(tenantId);
      return index.search(last, { limit: 3 }).map((m) => ({
        faqId: m.id,
        question: m.question,
        answer: m.answer,
        confidence: m.confidence,
      }));
    },
  };
}

export type InboxService = ReturnType<typeof createInboxService>;
