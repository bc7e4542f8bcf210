import crypto from 'node:crypto';
import type { BotAssistant, BotDecision, ClosedHours, FormFields } from '../../bot/index.js';
import type { DomainEvent, EventBus } from '../../bus/index.js';
import type { ContactService } from '../../contacts/index.js';
import type { Db } from '../../db/index.js';
import { notFound } from '../../errors/index.js';
import type { KnowledgeService } from '../../knowledge/index.js';
import type { PolicyWorker } from '../../nlu/index.js';
import { createKeyedQueue } from '../../ordering/index.js';
import type { UserService } from '../../users/index.js';
import type { ConversationRepository } from '../conversation.repository.js';
import type {
  Conversation,
  ConversationFact,
  ConversationStatus,
  Message,
  MessageView,
} from '../conversation.types.js';

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
  /**
   * The answer policy's verdict on a message from a thread of its own (POLICY_THREAD); when
   * absent or when it gives none, the bot decides on the event loop as usual.
   */
  policyThread?: Pick<PolicyWorker, 'decide' | 'read'> | undefined;
  /** Called inside the transaction that resolves a conversation (e.g. to queue its transcript). */
  onResolved?: (tx: Db, conversation: Conversation) => Promise<unknown>;
  /**
   * A bot flow's turn, run before the transaction (skills call out without a lock held): its
   * replies take the bot's place, `write` stores the flow's state with the message, and its
   * variables go on the handoff card. Undefined: no flow, the bot answers as usual.
   */
  flowTurn?: (input: FlowTurnInput) => Promise<
    | {
        replies: BotDecision['replies'];
        handoff: boolean;
        variables: Record<string, string>;
        write: (tx: Db) => Promise<unknown>;
        /** Called once `write`'s transaction committed (to publish what it stored). */
        afterCommit?: () => void;
      }
    | undefined
  >;
  /**
   * Told after a guarded append from `check.lastSeq` when the flow turn found no flow state
   * there (`check.absent`): the conversation has none at `lastSeq` either, so the next turn
   * need not read it (see `FlowCheck`).
   */
  flowIdle?: (tenantId: string, conversationId: string, lastSeq: number) => void;
  /** The tenant's trained intent classifier, named on the handoff card when it is sure. */
  classifyIntent?: ((tenantId: string, text: string) => { name: string } | null) | undefined;
  /**
   * Whether support is closed now for a conversation in a language (business hours of its
   * queue or the tenant), asked before a handoff; absent: always open.
   */
  closedHours?: (tenantId: string) => Promise<(language: string | null) => ClosedHours | null>;
  /** Called inside the transaction of each lifecycle change, for analytics (see `ConversationFact`). */
  recordFact?: (tx: Db, fact: ConversationFact) => Promise<unknown>;
};

/**
 * A flow turn's view of where the conversation stands, filled in by the turn. A flow's state
 * changes only with an append to its conversation, so "no flow state at last sequence number
 * N" stays true; a node that knows it skips the read. Its hint of N may be stale (another node
 * appended, perhaps starting a flow): the guarded append from N then fails, and the turn is
 * taken again with the state read (`recheck`).
 */
export type FlowCheck = {
  /** The conversation's last sequence number as this node last saw it. */
  lastSeq: number;
  /** Set by the turn: no flow state at `lastSeq` (read after the hint was taken, or known). */
  absent?: boolean;
  /** Set by the turn: `absent` was known, not read; it holds only if the append from `lastSeq` does. */
  assumed?: boolean;
  /** A second turn after an assumption failed: the state is read; nothing else is asked again. */
  recheck?: boolean;
};

export type FlowTurnInput = {
  tenantId: string;
  conversationId: string;
  text: string;
  check?: FlowCheck | undefined;
  /** The FAQ the bot would answer the message with (searched at most once per message). */
  faqAnswer?: (() => string | undefined) | undefined;
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
  /** An inquiry form: queued for a person, its fields on the handoff card. */
  form?: FormFields | undefined;
};
/** SHA-256 of a customer token; the one-shot `crypto.hash` (Node 20.12+) when present is cheaper. */
export const hashCustomerToken: (token: string) => string =
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

/**
 * What the use cases share, built once per service: the dependencies, the per-conversation
 * turn (`inTurn`), the events they publish and the facts they record.
 */
export function createConversationContext(deps: ConversationServiceDeps) {
  const { conversations, bus } = deps;

  const factOf = (
    type: ConversationFact['type'],
    conversation: Pick<Conversation, 'id' | 'tenantId' | 'channel' | 'createdAt'>,
    extra: Pick<ConversationFact, 'agentId' | 'category'> = {},
  ): ConversationFact => ({
    type,
    tenantId: conversation.tenantId,
    conversationId: conversation.id,
    channel: conversation.channel,
    conversationCreatedAt: conversation.createdAt,
    at: new Date().toISOString(),
    ...extra,
  });

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
    conversation: Pick<
      Conversation,
      'tenantId' | 'status' | 'assigneeId' | 'channel' | 'createdAt'
    >,
    message: Message,
  ): DomainEvent => ({
    type: 'message.created',
    tenantId: conversation.tenantId,
    message: toView(message),
    conversation: {
      status: conversation.status,
      assigneeId: conversation.assigneeId,
      channel: conversation.channel,
      createdAt: conversation.createdAt,
    },
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

  return {
    deps,
    conversations,
    bus,
    factOf,
    publishAll,
    inTurn,
    messageEvent,
    updatedEvent,
    getOrThrow,
  };
}

export type ConversationContext = ReturnType<typeof createConversationContext>;
