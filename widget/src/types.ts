export type Author = 'customer' | 'bot' | 'agent' | 'system';

export type QuickReply = { label: string; text: string };

/** A message as the server stores it (`Message` of the public contract). */
export type Message = {
  id: string;
  conversationId: string;
  author: Author;
  text: string;
  createdAt: string;
  authorName?: string | null;
  buttons?: QuickReply[];
  /** Not part of the contract today; used for exact outbox matching when a server sends it. */
  clientMessageId?: string | null;
};

export type ConversationStatus = 'bot' | 'queued' | 'assigned' | 'resolved';

export type ConversationUpdate = {
  id: string;
  status: ConversationStatus;
  assigneeId: string | null;
  assigneeName?: string | null;
};

export type WidgetConfig = { name: string; greeting: string | null };

export type Session = { conversationId: string; customerToken: string };

export type Language = 'ja' | 'en' | 'ko' | 'zh';

/**
 * Who the customer is, as the site's own server says: `userHash` is the HMAC-SHA256 (hex) of
 * `externalId` with the tenant's identity secret, `emailHash` that of the lower-cased email.
 * Unsigned values keep the visitor anonymous.
 */
export type Identity = {
  externalId?: string;
  userHash?: string;
  email?: string;
  emailHash?: string;
  name?: string;
};
