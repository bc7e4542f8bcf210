/**
 * The widget's view of the public API, taken from the types generated from the served OpenAPI
 * document (the console's web/src/api/openapi.gen.ts), so the two cannot drift apart.
 */
import type { components, paths } from '../../web/src/api/openapi.gen';

type Schemas = components['schemas'];
type WidgetPath<P extends string> = `/api/v1/widget/{widgetKey}${P}`;
/** The JSON body of a widget operation's success response. */
type Ok<P extends string, M extends 'get' | 'post'> =
  WidgetPath<P> extends keyof paths
    ? NonNullable<paths[WidgetPath<P>][M]> extends {
        responses: infer R;
      }
      ? R extends { 200: { content: { 'application/json': infer J } } }
        ? J
        : R extends { 201: { content: { 'application/json': infer J } } }
          ? J
          : never
      : never
    : never;

export type Author = 'customer' | 'bot' | 'agent' | 'system';

/** A message as the server sends it (`Message` of the public contract). */
export type Message = Schemas['Message'];

export type QuickReply = NonNullable<Message['buttons']>[number];

export type ConversationStatus = History['status'];

export type ConversationUpdate = {
  id: string;
  status: ConversationStatus;
  assigneeId: string | null;
  assigneeName?: string | null;
};

export type WidgetConfig = Ok<'/config', 'get'>;
export type TriggerDecision = Ok<'/triggers/{triggerId}/show', 'post'>;

/** The answer to a customer's message: the message stored and the bot's replies. */
export type SendResult = Ok<'/conversations/{id}/messages', 'post'>;
export type History = Ok<'/conversations/{id}/messages', 'get'>;
export type Availability = Ok<'/availability', 'get'>;

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
