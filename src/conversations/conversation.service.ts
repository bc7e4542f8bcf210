import crypto, { timingSafeEqual } from 'node:crypto';
import {
  type BotAssist,
  type BotAssistant,
  type BotDecision,
  buildHandoffCard,
  decideReply,
  messagesFor,
} from '../bot/index.js';
import type { DomainEvent, EventBus } from '../bus/index.js';
import type { ContactInput, ContactService } from '../contacts/index.js';
import type { Db } from '../db/index.js';
import { AppError, notFound } from '../errors/index.js';
import { newId, newSecret } from '../ids/index.js';
import type { KnowledgeService } from '../knowledge/index.js';
import type { FaqIndex } from '../nlu/index.js';
import { createKeyedQueue } from '../ordering/index.js';
import type { User, UserService } from '../users/index.js';
import {
  type ConversationPatch,
  type ConversationQueries,
  type ConversationRepository,
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

export type ConversationServiceDeps = {
  conversations: ConversationRepository;
  contacts: ContactService;
  knowledge: KnowledgeService;
  users: Pick<UserService, 'findInTenant'>;
  bus: EventBus;
  /** Asks routing to place the tenant's queued conversations; injected to keep the modules apart. */
  route: (tenantId: string) => Promise<void>;
  /**
   * Called inside the transaction that stores messages meant for the customer (bot, agent,
   * system), so a delivery to another channel (the outbox) commits or rolls back with them.
   */
  enqueueOutbound?: (tx: Db, conversation: Conversation, messages: Message[]) => Promise<unknown>;
  /** The optional language model's help (grounded answers, handoff summaries); absent when off. */
  assistant?: BotAssistant | undefined;
  /** Called inside the transaction that resolves a conversation (e.g. to queue its transcript). */
  onResolved?: (tx: Db, conversation: Conversation) => Promise<unknown>;
  /**
   * A bot flow's turn, run before the transaction (skills call out without a lock held): its
   * replies take the bot's place, `write` stores the flow's state with the message, and its
   * variables go on the handoff card. Undefined: no flow, the bot answers as usual.
   */
  flowTurn?: (input: { tenantId: string; conversationId: string; text: string }) => Promise<
    | {
        replies: BotDecision['replies'];
        handoff: boolean;
        variables: Record<string, string>;
        write: (tx: Db) => Promise<unknown>;
      }
    | undefined
  >;
};

export type CustomerMessageResult = { message: MessageView; replies: MessageView[] };

export type CustomerMessageInput = {
  tenantId: string;
  conversationId: string;
  text: string;
  clientMessageId?: string | undefined;
  /**
   * Writes committed with the message, through the transaction given (a channel thread's
   * reply token, say). A retried clientMessageId answers with the first result and makes
   * them no more.
   */
  alsoWrite?: ((tx: Db) => Promise<unknown>) | undefined;
};

/** SHA-256 of a customer token; the one-shot `crypto.hash` (Node 20.12+) when present is cheaper. */
const hashCustomerToken: (token: string) => string =
  typeof crypto.hash === 'function'
    ? (token) => crypto.hash('sha256', token, 'base64url')
    : (token) => crypto.createHash('sha256').update(token).digest('base64url');

/** The public shape of a message: storage bookkeeping stays inside. */
export const toView = (m: Message): MessageView => ({
  id: m.id,
  conversationId: m.conversationId,
  author: m.author,
  text: m.text,
  createdAt: m.createdAt,
  authorName: m.authorName,
  ...(m.clientMessageId ? { clientMessageId: m.clientMessageId } : {}),
  ...(m.buttons ? { buttons: m.buttons } : {}),
});

export function createConversationService(deps: ConversationServiceDeps) {
  const { conversations, bus } = deps;
  // A conversation's customer token never changes, so its hash is safe to keep on every node;
  // the widget's every send and connect would otherwise read it from storage.
  const tokenHashes = new Map<string, string>();

  const publishAll = (events: DomainEvent[]) => {
    for (const event of events) bus.publish(event);
  };

  // The writes that append to one conversation run one after another on this node, each up
  // to its publish. Publishing once the commit is answered is not enough: PostgreSQL makes a
  // commit visible (row lock released, new last_seq readable) a moment before it answers the
  // committing connection, so an append that waited for it on another pool connection could
  // commit, be answered and publish first, and listeners would hear the two out of sequence.
  // (Nodes each emit their own appends; this orders those of one node.)
  const conversationQueue = createKeyedQueue();
  const inTurn = <T>(tenantId: string, conversationId: string, work: () => Promise<T>) =>
    conversationQueue.run(`${tenantId}/${conversationId}`, work);

  const messageEvent = (
    conversation: Pick<Conversation, 'tenantId' | 'status' | 'assigneeId'>,
    message: Message,
  ): DomainEvent => ({
    type: 'message.created',
    tenantId: conversation.tenantId,
    message: toView(message),
    conversation: { status: conversation.status, assigneeId: conversation.assigneeId },
  });

  const updatedEvent = (
    conversation: Pick<Conversation, 'id' | 'tenantId' | 'status' | 'assigneeId'>,
    previousStatus: ConversationStatus | null,
    assigneeName: string | null = null,
  ): DomainEvent => ({
    type: 'conversation.updated',
    tenantId: conversation.tenantId,
    conversation: {
      id: conversation.id,
      status: conversation.status,
      assigneeId: conversation.assigneeId,
      assigneeName,
    },
    previousStatus,
  });

  async function getOrThrow(tenantId: string, id: string): Promise<Conversation> {
    const conversation = await conversations.find(tenantId, id);
    if (!conversation) throw notFound('Conversation');
    return conversation;
  }

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
    async startConversation(options: {
      tenantId: string;
      channel: string;
      contact?: ContactInput | undefined;
      language?: string | undefined;
    }): Promise<{ conversation: Conversation; customerToken: string }> {
      const contact = await deps.contacts.findOrCreateContact(options.tenantId, options.contact);
      const now = new Date().toISOString();
      const conversation: Conversation = {
        id: newId('conv'),
        tenantId: options.tenantId,
        contactId: contact.id,
        channel: options.channel,
        status: 'bot',
        assigneeId: null,
        language: options.language ?? null,
        botMisses: 0,
        handoff: null,
        lastSeq: 0,
        queuedAt: null,
        assignedAt: null,
        resolvedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      const customerToken = newSecret();
      await conversations.insert(conversation, hashCustomerToken(customerToken));
      bus.publish(updatedEvent(conversation, null));
      return { conversation, customerToken };
    },

    /** The customer token proves the caller owns the conversation; unknown or foreign ids are 404. */
    async verifyCustomer(tenantId: string, conversationId: string, token: string): Promise<void> {
      const key = `${tenantId}/${conversationId}`;
      let hash = tokenHashes.get(key);
      if (hash === undefined) {
        hash = await conversations.findTokenHash(tenantId, conversationId);
        if (hash === undefined) throw notFound('Conversation');
        if (tokenHashes.size >= 50_000) tokenHashes.clear();
        tokenHashes.set(key, hash);
      }
      const given = Buffer.from(hashCustomerToken(token));
      const stored = Buffer.from(hash);
      if (given.length !== stored.length || !timingSafeEqual(given, stored)) {
        throw new AppError('unauthorized', 'Invalid customer token');
      }
    },

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
      let result: (CustomerMessageResult & { queued: boolean }) | undefined;
      const flow = deps.flowTurn
        ? await deps.flowTurn({ tenantId, conversationId, text: options.text })
        : undefined;
      try {
        // In turn from the write to the publish (see `inTurn`).
        result = await inTurn(tenantId, conversationId, async () => {
          const planned = flow ? undefined : await appendPlanned(options, index, assist);
          if (planned) {
            events = planned.events;
            isMiss = planned.isMiss;
          }
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
              if (flow && conversation.status === 'bot') await flow.write(tx.db);
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

              const decision: BotDecision = flow
                ? {
                    language: (conversation.language ?? 'ja') as BotDecision['language'],
                    replies: flow.replies,
                    handoff: flow.handoff ? 'requested' : null,
                    botMisses: conversation.botMisses,
                    answered: null,
                  }
                : decideReply({
                    text: options.text,
                    index,
                    botMisses: conversation.botMisses,
                    fallbackLanguage: conversation.language,
                    grounded: assist?.grounded,
                  });
              // A miss is counted only when the bot had no answer (not greetings or handoff requests).
              isMiss = decision.botMisses > conversation.botMisses;
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
              );
              if (flow && patch.handoff && Object.keys(flow.variables).length > 0) {
                patch.handoff = { ...patch.handoff, variables: flow.variables };
              }
              const [message, ...stored] = await tx.appendMessages(
                tenantId,
                conversationId,
                [customer, ...replies],
                { ...reopen, ...patch },
              );
              const after: Conversation = { ...conversation, ...patch };
              await deps.enqueueOutbound?.(tx.db, after, stored);
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
    ): Promise<ConversationSummary[]> {
      return conversations.list(tenantId, { ...filter, limit: 200 });
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
          await deps.enqueueOutbound?.(tx.db, conversation, [m]);
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

    /**
     * A message the tenant's systems send first (a proactive message): appended as the bot's,
     * sent out on the conversation's channel like any reply, and stored once per `clientMessageId`.
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
    | (CustomerMessageResult & { queued: boolean; events: DomainEvent[]; isMiss: boolean })
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
        };
      }
      const decision = decideReply({
        text: options.text,
        index,
        botMisses: seen.botMisses,
        fallbackLanguage: seen.language,
        grounded: assist?.grounded,
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
        (options.alsoWrite || deps.enqueueOutbound) &&
          (async (tx, messages) => {
            await options.alsoWrite?.(tx);
            await deps.enqueueOutbound?.(tx, after, messages.slice(1));
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
