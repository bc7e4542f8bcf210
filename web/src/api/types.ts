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
  /** Messages to the customer on LINE, Telegram and email: where their delivery stands. */
  delivery?: DeliveryState | null;
};

export type DeliveryState = {
  status: 'pending' | 'sent' | 'failed';
  error: string | null;
  attempts: number;
  updatedAt: string;
};

export type Attachment = {
  id: string;
  messageId: string;
  filename: string;
  contentType: string;
  size: number;
  createdAt: string;
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

/** An internal note: staff only, never sent to the customer. */
export type Note = {
  id: string;
  conversationId: string;
  authorId: string | null;
  authorName: string | null;
  text: string;
  createdAt: string;
};

export type PastConversation = {
  id: string;
  status: ConversationStatus;
  channel: string;
  category: string | null;
  summary: string | null;
  createdAt: string;
};

/** The staff-only side of a conversation: handling, SLA, contact, notes and history. */
export type ConversationStaffDetails = {
  tags: string[];
  category: string | null;
  wrapUpSummary: string | null;
  queueId: string | null;
  priority: number;
  queuedAt: string | null;
  firstReplyAt: string | null;
  slaDueAt: string | null;
  contact: {
    id: string;
    name: string | null;
    email: string | null;
    externalId: string | null;
    isVip: boolean;
    since: string;
  };
  notes: Note[];
  pastConversations: PastConversation[];
};

export type CannedResponse = {
  id: string;
  shortcut: string;
  title: string;
  text: string;
  updatedAt: string;
};

export type CannedInput = { shortcut: string; title: string; text: string };

export type Suggestion = { faqId: string; question: string; answer: string; confidence: number };

export type ModerationMatch = { word: string; start: number; end: number };

export type Queue = { id: string; name: string; isDefault: boolean };

export type AgentChoice = { id: string; name: string; status: string; role: string };

export type WrapUp = { category: string | null; summary: string };

export type TypingEvent = {
  conversationId: string;
  author: 'customer' | 'agent';
  isTyping: boolean;
  name?: string;
};

/** The inbox tabs; each maps to a `view` of GET …/inbox. */
export type InboxView = 'queued' | 'mine' | 'all';

/** Narrowing filters shared by every tab. */
export type InboxFilters = {
  queueId?: string;
  tag?: string;
  channel?: string;
  q?: string;
};

export type InboxItem = {
  id: string;
  status: ConversationStatus;
  channel: string;
  assigneeId: string | null;
  assigneeName: string | null;
  contactName: string | null;
  language: string | null;
  queueId: string | null;
  priority: number;
  tags: string[];
  category: string | null;
  queuedAt: string | null;
  firstReplyAt: string | null;
  /** When the first human reply is due; null when the conversation never queued. */
  slaDueAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Messages since I last read it. */
  unread: number;
  lastMessage: { text: string; author: Author | string; createdAt: string } | null;
};

export type QueueRef = { id: string; name: string };

export type SlaState = 'ok' | 'warning' | 'breached';

export type SupervisorQueue = {
  /** null: conversations in no queue. */
  id: string | null;
  name: string | null;
  waiting: number;
  oldestWaitSeconds: number | null;
  slaTargetSeconds: number;
  sla: Record<SlaState, number>;
};

export type SupervisorAgent = {
  id: string;
  name: string;
  role: Role | string;
  status: Presence;
  level: string;
  languages: string[];
  skills: string[];
  load: number;
  maxConcurrent: number;
};

export type SupervisorOverview = { queues: SupervisorQueue[]; agents: SupervisorAgent[] };

export type AgentStatusChange = { userId: string; status: Presence };
