import {
  type BotAssist,
  type BotAssistant,
  type BotDecision,
  buildHandoffCard,
  decideReply,
  type FormFields,
  messagesFor,
} from '../bot/index.js';
import type { DomainEvent } from '../bus/index.js';
import type { Db } from '../db/index.js';
import { AppError, notFound } from '../errors/index.js';
import { newId } from '../ids/index.js';
import type { FaqIndex } from '../nlu/index.js';
import type { User } from '../users/index.js';
import {
  type ConversationPatch,
  type ConversationQueries,
  isUniqueViolation,
} from './conversation.repository.js';
import { sourcesOf } from './conversation.state.js';
import type {
  Author,
  Conversation,
  ConversationStatus,
  ConversationSummary,
  Message,
  MessageView,
} from './conversation.types.js';
import {
  type ConversationServiceDeps,
  type CustomerMessageInput,
  type CustomerMessageResult,
  createConversationContext,
  toView,
} from './use-cases/context.js';
import { startConversationUseCases } from './use-cases/start-conversation.js';

export type {
  ConversationServiceDeps,
  CustomerMessageInput,
  CustomerMessageResult,
} from './use-cases/context.js';
export { toView } from './use-cases/context.js';

/**
 * The conversation service: one entry that builds the shared context once and composes the
 * use cases (one file each under use-cases/), so callers see a single API.
 */
export function createConversationService(deps: ConversationServiceDeps) {
  const ctx = createConversationContext(deps);
  const { conversations, bus, factOf, publishAll, inTurn, messageEvent, updatedEvent, getOrThrow } =
    ctx;
  async function replayCustomerMessage(
    tenantId: string,
    conversationId: string,
    clientMessageId: string,
  ) {
    const first = await conversations.findByClientMessageId(
      tenantId,
      conversationId,
      clientMessageId,
    );
    if (!first) return undefined;
    const replies = await conversations.listReplies(tenantId, conversationId, first.id);
    return { message: toView(first), replies: replies.map(toView) };
  }

  return {
    ...startConversationUseCases(ctx),

    /**
     * Stores the customer's message and the bot's answers in one transaction, then publishes.
     * A repeated clientMessageId returns the first result and stores nothing.
     */
    async postCustomerMessage(options: CustomerMessageInput): Promise<CustomerMessageResult> {
      const { tenantId, conversationId, clientMessageId } = options;
      // A retry is caught by the unique (conversation, clientMessageId) key below, which saves
      // the common first send a round trip.
      const index = await deps.knowledge.getIndex(tenantId);
      // Asked before the transaction: a slow model must hold no lock (nor SQLite's one writer).
      const assist = deps.assistant
        ? await prepareAssist(deps.assistant, tenantId, conversationId, options.text, index)
        : undefined;
      let events: DomainEvent[] = [];
      let isMiss = false;
      /** The FAQ answered by its own question: a pick from the bot's list. */
      let picked: string | null = null;
      let result: (CustomerMessageResult & { queued: boolean }) | undefined;
      try {
        // In turn from the write to the publish (see `inTurn`).
        result = await inTurn(tenantId, conversationId, async () => {
          const planned = await appendPlanned(options, index, assist);
          if (planned) {
            events = planned.events;
            isMiss = planned.isMiss;
            picked = planned.picked;
          }
          // Read before the transaction (no reads on other connections while it holds the lock).
          const closedFor = planned ? undefined : await deps.closedHours?.(tenantId);
          const written =
            planned ??
            (await conversations.transaction(async (tx) => {
              const before = await tx.find(tenantId, conversationId, true);
              if (!before) throw notFound('Conversation');
              // A customer writing into a resolved conversation reopens it to the bot.
              const reopen =
                before.status === 'resolved'
                  ? ({ status: 'bot', assigneeId: null, botMisses: 0, handoff: null } as const)
                  : {};
              const conversation: Conversation = { ...before, ...reopen };
              if (before.status === 'resolved') events.push(updatedEvent(conversation, 'resolved'));
              await options.alsoWrite?.(tx.db);
              const customer = {
                id: newId('msg'),
                author: 'customer' as const,
                text: options.text,
                clientMessageId: clientMessageId ?? null,
              };
              if (conversation.status !== 'bot') {
                const [message] = await tx.appendMessages(
                  tenantId,
                  conversationId,
                  [customer],
                  reopen,
                );
                events.push(messageEvent(conversation, message as Message));
                return { message: toView(message as Message), replies: [], queued: false };
              }

              const decision = decideReply({
                text: options.text,
                index,
                botMisses: conversation.botMisses,
                fallbackLanguage: conversation.language,
                grounded: assist?.grounded,
                closed: closedFor?.(conversation.language),
                isForm: options.form !== undefined,
              });
              // A miss is counted only when the bot had no answer (not greetings or handoff requests).
              isMiss = decision.botMisses > conversation.botMisses;
              picked = pickedFaq(decision, options.text);
              const replies = decision.replies.map((reply) => ({
                author: 'bot' as const,
                text: reply.text,
                buttons: reply.buttons,
                replyTo: customer.id,
              }));
              const patch = await decisionPatch(
                tx,
                conversation,
                decision,
                index,
                [customer, ...replies],
                assist?.summary,
                options.form,
              );
              const [message, ...stored] = await tx.appendMessages(
                tenantId,
                conversationId,
                [customer, ...replies],
                { ...reopen, ...patch },
              );
              const after: Conversation = { ...conversation, ...patch };
              await deps.enqueueOutbound?.(tx.db, after, stored);
              if (stored.length > 0) await deps.recordFact?.(tx.db, factOf('bot_answered', after));
              if (after.status === 'queued' && conversation.status === 'bot') {
                await deps.recordFact?.(
                  tx.db,
                  factOf('handed_off', after, { category: after.handoff?.intent ?? null }),
                );
              }
              for (const m of [message as Message, ...stored]) events.push(messageEvent(after, m));
              if (after.status !== conversation.status) {
                events.push(updatedEvent(after, conversation.status));
              }
              return {
                message: toView(message as Message),
                replies: stored.map(toView),
                queued: after.status === 'queued',
              };
            }));
          publishAll(events);
          return written;
        });
      } catch (error) {
        // A retried or concurrent send of one clientMessageId answers with the first result.
        if (clientMessageId && isUniqueViolation(error)) {
          const replay = await replayCustomerMessage(tenantId, conversationId, clientMessageId);
          if (replay) return replay;
        }
        throw error;
      }
      if (isMiss) {
        await deps.knowledge.recordUnanswered(tenantId, { conversationId, text: options.text });
      }
      if (picked) {
        await deps.knowledge.recordListChoice(tenantId, {
          conversationId,
          faqId: picked,
          text: options.text,
        });
      }
      if (result.queued) await deps.route(tenantId);
      return { message: result.message, replies: result.replies };
    },

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

  /**
   * The common customer-message path, without a transaction held open: the conversation is
   * read here (or taken from what the last append left), the bot decides on what was read,
   * and the write applies only if the conversation is still as read, else it is read again, a
   * few times. On SQLite the write runs on the writer thread, on PostgreSQL it is a single
   * statement. Reopening a resolved conversation and a handoff (whose card reads the history
   * under the lock) take the transaction instead, as does a conversation that keeps changing;
   * `undefined` says so.
   */
  async function appendPlanned(
    options: CustomerMessageInput,
    index: FaqIndex,
    assist: BotAssist | undefined,
  ): Promise<
    | (CustomerMessageResult & {
        queued: boolean;
        events: DomainEvent[];
        isMiss: boolean;
        picked: string | null;
      })
    | undefined
  > {
    const { tenantId, conversationId } = options;
    for (let attempt = 0; attempt < 3; attempt++) {
      // First from what the last append left (checked as it writes), then from storage.
      const seen =
        attempt === 0
          ? await conversations.findForAppend(tenantId, conversationId)
          : await conversations.find(tenantId, conversationId);
      if (!seen) throw notFound('Conversation');
      if (seen.status === 'resolved') return undefined;
      const customer = {
        id: newId('msg'),
        author: 'customer' as const,
        text: options.text,
        clientMessageId: options.clientMessageId ?? null,
      };
      if (seen.status !== 'bot') {
        const stored = await conversations.appendIfUnchanged(
          seen,
          [customer],
          {},
          options.alsoWrite,
        );
        if (stored === 'unavailable') return undefined;
        if (stored === 'stale') continue;
        if (stored === 'missing') throw notFound('Conversation');
        const message = stored[0] as Message;
        return {
          message: toView(message),
          replies: [],
          queued: false,
          events: [messageEvent(seen, message)],
          isMiss: false,
          picked: null,
        };
      }
      const decision = decideReply({
        text: options.text,
        index,
        botMisses: seen.botMisses,
        fallbackLanguage: seen.language,
        grounded: assist?.grounded,
        isForm: options.form !== undefined,
      });
      if (decision.handoff) return undefined;
      const replies = decision.replies.map((reply) => ({
        id: newId('msg'),
        author: 'bot' as const,
        text: reply.text,
        buttons: reply.buttons,
        replyTo: customer.id,
      }));
      const patch: ConversationPatch = {
        botMisses: decision.botMisses,
        language: seen.language ?? decision.language,
      };
      const after: Conversation = { ...seen, ...patch };
      const stored = await conversations.appendIfUnchanged(
        seen,
        [customer, ...replies],
        patch,
        (options.alsoWrite || deps.enqueueOutbound || deps.recordFact) &&
          (async (tx, messages) => {
            await options.alsoWrite?.(tx);
            await deps.enqueueOutbound?.(tx, after, messages.slice(1));
            if (messages.length > 1) await deps.recordFact?.(tx, factOf('bot_answered', after));
          }),
      );
      if (stored === 'unavailable') return undefined;
      if (stored === 'stale') continue;
      if (stored === 'missing') throw notFound('Conversation');
      const [message, ...sent] = stored as [Message, ...Message[]];
      return {
        message: toView(message),
        replies: sent.map(toView),
        queued: false,
        events: [message, ...sent].map((m) => messageEvent(after, m)),
        isMiss: decision.botMisses > seen.botMisses,
        picked: pickedFaq(decision, options.text),
      };
    }
    return undefined;
  }

  /** The model's help for a message to a conversation the bot holds (or a resolved one it reopens). */
  async function prepareAssist(
    assistant: BotAssistant,
    tenantId: string,
    conversationId: string,
    text: string,
    index: FaqIndex,
  ): Promise<BotAssist | undefined> {
    const seen = await conversations.find(tenantId, conversationId);
    if (!seen || (seen.status !== 'bot' && seen.status !== 'resolved')) return undefined;
    return assistant.prepare({
      text,
      index,
      botMisses: seen.status === 'resolved' ? 0 : seen.botMisses,
      fallbackLanguage: seen.language,
      history: () => conversations.listMessages(tenantId, conversationId),
    });
  }

  /** What the bot's decision changes on the conversation (read inside the caller's transaction). */
  async function decisionPatch(
    tx: ConversationQueries,
    conversation: Conversation,
    decision: BotDecision,
    index: FaqIndex,
    turn: { author: Author; text: string }[],
    summary?: string | null,
    form?: FormFields,
  ): Promise<ConversationPatch> {
    const language = conversation.language ?? decision.language;
    if (!decision.handoff) return { botMisses: decision.botMisses, language };
    const history = await tx.listMessages(conversation.tenantId, conversation.id);
    const handoff = buildHandoffCard({
      messages: [...history, ...turn],
      reason: decision.handoff,
      index,
      language: decision.language,
      summary,
      classifyIntent: deps.classifyIntent
        ? (text) => deps.classifyIntent?.(conversation.tenantId, text)?.name ?? null
        : undefined,
      form,
    });
    return {
      status: 'queued',
      handoff,
      botMisses: decision.botMisses,
      queuedAt: new Date().toISOString(),
      language,
    };
  }
}

export type ConversationService = ReturnType<typeof createConversationService>;

/** A message that is exactly a FAQ's question (a list button) and was answered by it. */
function pickedFaq(decision: { answered: { id: string; question: string } | null }, text: string) {
  const answered = decision.answered;
  return answered && answered.question.trim() === text.trim() ? answered.id : null;
}
