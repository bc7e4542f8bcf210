/** The channels a conversation can arrive on besides the web widget. */
export type ChannelType = 'email' | 'line' | 'telegram';
/** Conversation channels whose replies leave through the outbox (`form` is answered by email). */
export type OutboundChannel = ChannelType | 'form';

export type Channel = {
  id: string;
  tenantId: string;
  type: ChannelType;
  address: string | null;
  settings: ChannelSettings;
  createdAt: string;
};

export type ChannelSettings = {
  apiBase?: string;
  /** LINE: what a group or room the bot is in becomes (default: its own conversation). */
  groups?: GroupHandling;
};

/** A chat group is never mixed with a member's one-to-one conversation. */
export type GroupHandling = 'conversation' | 'ignore';

export type ChannelSecrets =
  | { type: 'email' }
  | { type: 'line'; channelSecret: string; channelAccessToken: string }
  | { type: 'telegram'; botToken: string; secretToken: string };

/** What each channel can carry, so replies degrade instead of failing. */
export type ChannelCapabilities = {
  /** `native`: quick replies / keyboards; `text`: a numbered list in the text. */
  buttons: 'native' | 'text';
  /** Inbound files are kept (email) or only noted in the text. */
  attachments: 'stored' | 'noted';
  /** How long a free reply is possible after the customer's last message (LINE's reply token). */
  replyWindowMs: number | null;
};

/** Where a conversation is answered on its channel. */
export type ChannelThread = {
  conversationId: string;
  tenantId: string;
  channelId: string | null;
  recipient: string;
  subject: string | null;
  replyKey: string;
  replyToken: string | null;
  replyTokenAt: string | null;
  lastInboundRef: string | null;
  threadRefs: string[];
  isBlocked: boolean;
};

export type InboundAttachment = { filename: string; contentType: string; content: Buffer };

/** One inbound platform event, decoded into what the conversation needs. */
export type DecodedInbound =
  | {
      kind: 'message';
      /** Who wrote (a LINE user id, a Telegram chat id, an email address). */
      senderKey: string;
      senderName: string | null;
      senderEmail?: string | undefined;
      /** Where replies go when it is not `senderKey` (a LINE group's or room's id). */
      recipient?: string | undefined;
      /** Files kept on the platform, fetched by the adapter's `download` and stored. */
      files?: { ref: string; filename: string }[] | undefined;
      /** Set when the message was written in a group chat or room rather than one-to-one. */
      space?: 'group' | 'room' | undefined;
      text: string;
      language?: string | undefined;
      replyToken?: string | undefined;
      attachments?: InboundAttachment[];
      /** Email only: this mail's Message-ID, the ids it answers, its subject, the reply key. */
      email?: {
        messageId: string | null;
        refs: string[];
        subject: string | null;
        replyKey: string | null;
      };
      /** Telegram: the index of a bot button the customer pressed. */
      buttonIndex?: number | undefined;
    }
  | { kind: 'follow' | 'unfollow'; senderKey: string }
  /** A satisfaction score (1–5) the customer tapped for a conversation (LINE postback). */
  | { kind: 'rating'; senderKey: string; conversationId: string; score: number }
  | { kind: 'ignored'; reason: string };

/** A message to deliver, as stored in the outbox when the conversation committed it. */
export type OutboundMessage = {
  id: string;
  author: 'bot' | 'agent' | 'system';
  authorName: string | null;
  text: string;
  buttons?: { label: string; text: string }[] | undefined;
  /** Asks for a 1–5 satisfaction score of this conversation (LINE: quick-reply postbacks). */
  rating?: { conversationId: string } | undefined;
};

/** What a send did: delivered, try again later, or give up (the platform refused for good). */
export type SendOutcome =
  | { status: 'sent' }
  /** `delivered`: how many of the messages, from the first, went out before the failure. */
  | { status: 'retry' | 'failed'; error: string; delivered?: number };

export type DeliveryTarget = {
  channel: Channel | null;
  secrets: ChannelSecrets | null;
  thread: ChannelThread;
};

/**
 * The one shape of a channel: it declares what it supports, decodes its platform's stored
 * inbound payload into events, and encodes and sends replies.
 */
export type ChannelAdapter = {
  type: OutboundChannel;
  capabilities: ChannelCapabilities;
  decode: (payload: string) => Promise<DecodedInbound>;
  /**
   * Who a stored event comes from, read cheaply from its payload: one sender's events are
   * processed in order, different senders' side by side. Without it (or without a sender),
   * a channel's events are processed one at a time.
   */
  senderOf?: (payload: string) => string | undefined;
  send: (target: DeliveryTarget, messages: OutboundMessage[]) => Promise<SendOutcome>;
  /** Fetches a file the customer sent that the platform keeps (LINE content, Telegram files). */
  download?: (
    target: { channel: Channel; secrets: ChannelSecrets },
    ref: string,
  ) => Promise<{ content: Buffer; contentType: string } | { error: string }>;
};

/**
 * Where a message to the customer stands on its channel: queued or being retried (`pending`,
 * with the last error when an attempt failed), delivered (`sent`), or given up (`failed`).
 */
export type DeliveryState = {
  status: 'pending' | 'sent' | 'failed';
  error: string | null;
  attempts: number;
  updatedAt: string;
};
