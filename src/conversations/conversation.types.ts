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
