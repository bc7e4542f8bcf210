import type { HandoffCard } from '../bot/index.js';
import type { ConversationStatus, MessageView } from '../bus/index.js';

export type { ConversationStatus, HandoffCard, MessageView };
export type Author = MessageView['author'];
export type Button = { label: string; text: string };

export type Conversation = {
  id: string;
  tenantId: string;
  contactId: string;
  channel: string;
  status: ConversationStatus;
  assigneeId: string | null;
  language: string | null;
  botMisses: number;
  handoff: HandoffCard | null;
  lastSeq: number;
  queuedAt: string | null;
  assignedAt: string | null;
  resolvedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** A conversation as the inbox lists it. */
export type ConversationSummary = {
  id: string;
  status: ConversationStatus;
  channel: string;
  assigneeId: string | null;
  createdAt: string;
  updatedAt: string;
  contactName: string | null;
  language: string | null;
  lastMessage: { text: string; author: Author; createdAt: string } | null;
};

export type Message = Omit<MessageView, 'clientMessageId'> & {
  seq: number;
  clientMessageId: string | null;
  replyTo: string | null;
};

export type NewMessage = {
  author: Author;
  text: string;
  authorId?: string | null;
  authorName?: string | null;
  buttons?: Button[] | undefined;
  clientMessageId?: string | null | undefined;
  replyTo?: string | null;
};

/**
 * A lifecycle fact for analytics, recorded in the transaction of the change it describes.
 * `bot_answered` is recorded on the customer-message hot path, where the connection given
 * may only write (its statements are shipped to SQLite's writer thread): it must not read.
 */
export type ConversationFact = {
  type:
    | 'created'
    | 'bot_answered'
    | 'handed_off'
    | 'assigned'
    | 'transferred'
    | 'agent_replied'
    | 'resolved';
  tenantId: string;
  conversationId: string;
  channel: string;
  conversationCreatedAt: string;
  at: string;
  agentId?: string | null;
  /** The intent the handoff card names (for `handed_off`). */
  category?: string | null;
};
