export type Role = 'owner' | 'admin' | 'supervisor' | 'agent' | 'annotator';
export type Presence = 'online' | 'away' | 'offline';
export type ConversationStatus = 'bot' | 'queued' | 'assigned' | 'resolved';
export type Author = 'customer' | 'bot' | 'agent' | 'system';
export type Sentiment = 'positive' | 'neutral' | 'negative';

export type User = {
  id: string;
  email: string;
  name: string;
  role: Role;
  tenantId: string | null;
  status?: Presence;
};

export type ConversationSummary = {
  id: string;
  status: ConversationStatus;
  channel: string;
  assigneeId: string | null;
  createdAt: string;
  updatedAt: string;
  contactName: string | null;
  language: string | null;
  lastMessage: { text: string; author: Author | string; createdAt: string } | null;
};

export type QuickReply = { label: string; text: string };

export type Message = {
  id: string;
  conversationId: string;
  author: Author;
  text: string;
  createdAt: string;
  authorName?: string | null;
  buttons?: QuickReply[];
};

export type Handoff = {
  summary: string;
  keywords: string[];
  intent: string | null;
  entities: { type: string; value: string }[];
  sentiment: Sentiment;
  botAnswers: string[];
  reason?: string;
  language?: string | null;
};

export type ConversationDetail = {
  conversation: ConversationSummary;
  messages: Message[];
  handoff: Handoff | null;
};

export type ConversationUpdate = {
  id: string;
  status: ConversationStatus;
  assigneeId: string | null;
};
