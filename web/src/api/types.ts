/**
 * The console's view of the API, derived from the types generated from the served OpenAPI
 * document (openapi.gen.ts): a change of a response shape breaks the console's type-check.
 * Only what the document does not describe (socket events, UI state) is written here.
 */
import type { components, paths } from './openapi.gen';

type Schemas = components['schemas'];
type Method = 'get' | 'post' | 'put' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
/** The JSON body of an operation's success response (200 or 201). */
export type ResponseOf<P extends keyof paths, M extends Method> =
  NonNullable<paths[P][M]> extends { responses: infer R }
    ? R extends { 200: infer Ok }
      ? JsonOf<Ok>
      : R extends { 201: infer Created }
        ? JsonOf<Created>
        : never
    : never;
/** The JSON body an operation takes. */
export type RequestOf<P extends keyof paths, M extends Method> =
  NonNullable<paths[P][M]> extends { requestBody?: { content: { 'application/json': infer J } } }
    ? J
    : never;

export type Role = 'owner' | 'admin' | 'supervisor' | 'agent' | 'annotator';
export type Presence = 'online' | 'away' | 'offline';
export type ConversationStatus = 'bot' | 'queued' | 'assigned' | 'resolved';
export type Author = 'customer' | 'bot' | 'agent' | 'system';
export type Sentiment = 'positive' | 'neutral' | 'negative';

export type User = ResponseOf<'/api/v1/auth/me', 'get'>['user'] & { status?: Presence };

export type ConversationSummary = Schemas['Conversation'];

export type QuickReply = NonNullable<Message['buttons']>[number];

export type Message = Schemas['Message'] & {
  /** Messages to the customer on LINE, Telegram and email: where their delivery stands. */
  delivery?: DeliveryState | null;
};

export type DeliveryState = NonNullable<Schemas['DeliveryState']>;

export type Attachment = ResponseOf<
  '/api/v1/tenants/{tenantId}/conversations/{id}/attachments',
  'get'
>['attachments'][number];

export type Handoff = NonNullable<ConversationDetail['handoff']>;

export type ConversationDetail = ResponseOf<'/api/v1/tenants/{tenantId}/conversations/{id}', 'get'>;

export type ConversationUpdate = {
  id: string;
  status: ConversationStatus;
  assigneeId: string | null;
};

/** An internal note: staff only, never sent to the customer. */
export type Note = Schemas['Note'];

export type PastConversation = ConversationStaffDetails['pastConversations'][number];

/** The staff-only side of a conversation: handling, SLA, contact, notes and history. */
export type ConversationStaffDetails = ResponseOf<
  '/api/v1/tenants/{tenantId}/conversations/{id}/details',
  'get'
>;

export type CannedResponse = Schemas['CannedResponse'];

export type CannedInput = RequestOf<'/api/v1/tenants/{tenantId}/canned-responses', 'post'>;

export type Suggestion = ResponseOf<
  '/api/v1/tenants/{tenantId}/conversations/{id}/suggestions',
  'get'
>['suggestions'][number];

export type ModerationMatch = ResponseOf<
  '/api/v1/tenants/{tenantId}/moderation/check',
  'post'
>['matches'][number];

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

/** In the one inbox across tenants, each row also names its tenant (the client). */
export type InboxItem = Schemas['InboxItem'] & { tenantId?: string; tenantName?: string };

export type QueueRef = { id: string; name: string };

export type SlaState = 'ok' | 'warning' | 'breached';

export type SupervisorQueue = SupervisorOverview['queues'][number];

export type SupervisorAgent = SupervisorOverview['agents'][number];

export type SupervisorOverview = ResponseOf<
  '/api/v1/tenants/{tenantId}/supervisor/overview',
  'get'
>;

export type AgentStatusChange = { userId: string; status: Presence };
