/** The one catalogue of domain events. Each is published only after its change is committed. */
export type MessageView = {
  id: string;
  conversationId: string;
  author: 'customer' | 'bot' | 'agent' | 'system';
  text: string;
  createdAt: string;
  authorName: string | null;
  /** The customer's own idempotency key, so a client can match its pending bubble. */
  clientMessageId?: string;
  buttons?: { label: string; text: string }[];
};

/** A quality finding as clients see it: UTF-16 offsets into the message's text. */
export type QaFindingView = {
  id: string;
  conversationId: string;
  messageId: string;
  agentId: string | null;
  author: string;
  rule: string;
  severity: 'low' | 'medium' | 'high';
  start: number;
  end: number;
  text: string;
  sentDespiteWarning: boolean;
  createdAt: string;
};

export type ConversationStatus = 'bot' | 'queued' | 'assigned' | 'resolved';

export type DomainEvent =
  | {
      type: 'message.created';
      tenantId: string;
      message: MessageView;
      /**
       * Where the conversation stands, so subscribers can tell who may see the message, and
       * its channel and start, so its reports need not read it back.
       */
      conversation: {
        status: ConversationStatus;
        assigneeId: string | null;
        channel: string;
        createdAt: string;
      };
    }
  | {
      type: 'conversation.updated';
      tenantId: string;
      conversation: {
        id: string;
        status: ConversationStatus;
        assigneeId: string | null;
        assigneeName: string | null;
      };
      previousStatus: ConversationStatus | null;
    }
  | { type: 'agent.status_changed'; tenantId: string; userId: string; status: string }
  | {
      /** An internal note: staff only, never sent to the customer. */
      type: 'note.created';
      tenantId: string;
      note: {
        id: string;
        conversationId: string;
        authorId: string | null;
        authorName: string | null;
        text: string;
        createdAt: string;
      };
    }
  | {
      /** A stored message has a high-severity quality finding: supervisors are told at once. */
      type: 'qa.alert';
      tenantId: string;
      conversationId: string;
      finding: QaFindingView;
    }
  | {
      /**
       * The bot's turn in a conversation, offered to an external bot (a webhook subscribed
       * to it), which answers with the bot-reply endpoint before `deadline`; after it the
       * built-in bot answers. The customer's message is stored with the answer.
       */
      type: 'conversation.bot_turn';
      tenantId: string;
      conversationId: string;
      turnId: string;
      message: { text: string };
      deadline: string;
    }
  | { type: 'faq.changed'; tenantId: string }
  | { type: 'intents.trained'; tenantId: string; trainedAt: string }
  | {
      /** Sessions revoked (logout, a disabled user, a changed password): their sockets end. */
      type: 'sessions.ended';
      tenantId: string | null;
      userId: string;
      /** One session's token hash; absent: every session of the user. */
      tokenHash?: string;
    }
  | {
      /**
       * A tenant's kept setting changed (its NG words, widget triggers, webhooks: `name` says
       * which): every node drops its copy (see cache/tenant-cache.ts).
       */
      type: 'cache.changed';
      name: string;
      tenantId: string;
    }
  | {
      /**
       * An external bot's answer to a turn was accepted (the turn's row moved to answered): the
       * node holding the turn's wait takes the answer, wherever the bot-reply arrived.
       */
      type: 'agent_bot.answered';
      tenantId: string;
      turnId: string;
    }
  | {
      /**
       * A chat's callback questions started or ended in a conversation: every node keeps which
       * conversations may have them under way, so other messages skip reading the dialog.
       */
      type: 'callback.dialog_changed';
      tenantId: string;
      conversationId: string;
      isOpen: boolean;
    }
  | {
      /** A callback request was made (widget phone button, a chat's questions, LINE, mail). */
      type: 'callback.created';
      tenantId: string;
      callback: CallbackEventView;
    }
  | {
      /** A callback request was claimed, released, completed or closed unanswered. */
      type: 'callback.updated';
      tenantId: string;
      callback: CallbackEventView;
    };

/** A callback request as staff screens show it. */
export type CallbackEventView = {
  id: string;
  conversationId: string;
  contactId: string;
  contactName: string | null;
  channel: string;
  phone: string;
  windowStart: string;
  windowEnd: string;
  note: string | null;
  queueId: string | null;
  status: 'open' | 'claimed' | 'completed' | 'no_answer';
  assigneeId: string | null;
  assigneeName: string | null;
  attempts: number;
  createdAt: string;
  updatedAt: string;
};

export type DomainEventType = DomainEvent['type'];
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;

/**
 * The events other nodes hear, by their `scope: 'cluster'` handlers: what every node keeps
 * a copy of (a tenant's FAQ index and intents, routing's view of agents and queues). The
 * others matter only on the node where they happen (sockets elsewhere get them through
 * Socket.IO's adapter) and never go to Redis.
 */
export const CLUSTER_EVENTS: ReadonlySet<DomainEventType> = new Set<DomainEventType>([
  'conversation.updated',
  'agent.status_changed',
  'faq.changed',
  'intents.trained',
  'sessions.ended',
  'cache.changed',
  'agent_bot.answered',
  'callback.dialog_changed',
]);
