import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { ChannelRepository } from '../channel.repository.js';
import type {
  ChannelAdapter,
  DecodedInbound,
  DeliveryTarget,
  OutboundMessage,
  SendOutcome,
} from '../channel.types.js';
import { postJson } from '../http-client.js';

export const defaultLineApiBase = 'https://api.line.me';
/** LINE accepts a reply token for about a minute; later replies are pushed. */
const replyWindowMs = 50_000;

/** X-Line-Signature: base64 HMAC-SHA256 of the raw body with the channel secret. */
export function isLineSignatureValid(
  channelSecret: string,
  rawBody: Buffer,
  signature: string | undefined,
): boolean {
  if (!signature) return false;
  const expected = createHmac('sha256', channelSecret).update(rawBody).digest();
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const sourceSchema = z.object({ type: z.string(), userId: z.string().optional() }).loose();
const eventSchema = z
  .object({
    type: z.string(),
    webhookEventId: z.string().min(1).max(200),
    timestamp: z.number().optional(),
    replyToken: z.string().optional(),
    source: sourceSchema.optional(),
    message: z
      .object({ id: z.string(), type: z.string(), text: z.string().optional() })
      .loose()
      .optional(),
  })
  .loose();
const webhookSchema = z.object({
  destination: z.string().optional(),
  events: z.array(z.unknown()),
});

export type LineEvent = z.infer<typeof eventSchema>;

/** Splits a verified webhook body into its events, each with its idempotency key. */
export function splitLineWebhook(body: unknown): { key: string; payload: string }[] {
  const parsed = webhookSchema.safeParse(body);
  if (!parsed.success) return [];
  const events: { key: string; payload: string }[] = [];
  for (const raw of parsed.data.events) {
    const event = eventSchema.safeParse(raw);
    // LINE redelivers an event with the same webhookEventId: the key that dedupes it.
    if (event.success)
      events.push({ key: event.data.webhookEventId, payload: JSON.stringify(raw) });
  }
  return events;
}

/** The LINE user a stored event comes from (none for group and room events). */
export function lineSenderOf(payload: string): string | undefined {
  try {
    const userId = (JSON.parse(payload) as { source?: { userId?: unknown } }).source?.userId;
    return typeof userId === 'string' ? userId : undefined;
  } catch {
    return undefined;
  }
}

export function decodeLineEvent(payload: string): DecodedInbound {
  const event = eventSchema.parse(JSON.parse(payload));
  const userId = event.source?.userId;
  if (!userId) return { kind: 'ignored', reason: 'no user id (group or room event)' };
  if (event.type === 'follow' || event.type === 'unfollow') {
    return { kind: event.type, senderKey: userId };
  }
  if (event.type !== 'message' || !event.message) {
    return { kind: 'ignored', reason: `event type ${event.type}` };
  }
  const text =
    event.message.type === 'text'
      ? (event.message.text ?? '')
      : event.message.type === 'sticker'
        ? '[sticker]'
        : `[${event.message.type}]`;
  return {
    kind: 'message',
    senderKey: userId,
    senderName: null,
    text,
    replyToken: event.replyToken,
  };
}

type LineMessage = {
  type: 'text';
  text: string;
  quickReply?: {
    items: { type: 'action'; action: { type: 'message'; label: string; text: string } }[];
  };
};

/** Bot buttons become LINE quick replies (at most 13, labels up to 20 characters). */
export function encodeLineMessage(message: OutboundMessage): LineMessage {
  const text = message.text.slice(0, 5000) || ' ';
  if (!message.buttons?.length) return { type: 'text', text };
  return {
    type: 'text',
    text,
    quickReply: {
      items: message.buttons.slice(0, 13).map((b) => ({
        type: 'action',
        action: {
          type: 'message',
          label: [...b.label].slice(0, 20).join(''),
          text: b.text.slice(0, 300),
        },
      })),
    },
  };
}

/** A UUID derived from the message id: LINE refuses a second push with the same retry key. */
const retryKeyFor = (messageId: string) => {
  const h = createHash('sha256').update(messageId).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export function createLineAdapter(deps: {
  threads: Pick<ChannelRepository, 'takeReplyToken'>;
}): ChannelAdapter {
  return {
    type: 'line',
    capabilities: { buttons: 'native', attachments: 'noted', replyWindowMs },
    decode: async (payload) => decodeLineEvent(payload),
    senderOf: lineSenderOf,
    async send(target: DeliveryTarget, messages: OutboundMessage[]): Promise<SendOutcome> {
      const { secrets, thread, channel } = target;
      if (secrets?.type !== 'line' || !channel)
        return { status: 'failed', error: 'no LINE channel' };
      if (thread.isBlocked) return { status: 'failed', error: 'the user unfollowed' };
      const base = (channel.settings.apiBase ?? defaultLineApiBase).replace(/\/$/, '');
      const auth = { authorization: `Bearer ${secrets.channelAccessToken}` };
      // LINE takes at most five messages per call.
      for (let i = 0; i < messages.length; i += 5) {
        const chunk = messages.slice(i, i + 5);
        const encoded = chunk.map(encodeLineMessage);
        const token = thread.replyToken;
        const isFresh =
          token !== null &&
          thread.replyTokenAt !== null &&
          Date.now() - Date.parse(thread.replyTokenAt) < replyWindowMs;
        if (
          isFresh &&
          (await deps.threads.takeReplyToken(thread.tenantId, thread.conversationId, token))
        ) {
          thread.replyToken = null;
          const replied = await postJson(
            `${base}/v2/bot/message/reply`,
            { replyToken: token, messages: encoded },
            auth,
          );
          if (replied.status === 'sent') continue;
          // An expired or used token is not worth retrying: push instead.
          if (replied.status === 'retry') return { ...replied, delivered: i };
        }
        const pushed = await postJson(
          `${base}/v2/bot/message/push`,
          { to: thread.recipient, messages: encoded },
          { ...auth, 'x-line-retry-key': retryKeyFor(chunk[0]?.id ?? '') },
        );
        // 409: this retry key was already accepted, so the messages went out before.
        if (pushed.status !== 'sent' && pushed.httpStatus !== 409)
          return { ...pushed, delivered: i };
      }
      return { status: 'sent' };
    },
  };
}
