import { createHash, createHmac } from 'node:crypto';
import { z } from 'zod';
import { sameSecret } from '../../crypto/same-secret.js';
import type { ChannelRepository } from '../channel.repository.js';
import type {
  ChannelAdapter,
  DecodedInbound,
  DeliveryTarget,
  OutboundMessage,
  SendOutcome,
} from '../channel.types.js';
import { attachmentLimits } from '../email/parse-email.js';
import { fetchBytes, postJson } from '../http-client.js';

export const defaultLineApiBase = 'https://api.line.me';
/** Message content (images, files) comes from LINE's data host. */
export const defaultLineDataBase = 'https://api-data.line.me';
const contentExtensions: Record<string, string> = {
  image: 'jpg',
  video: 'mp4',
  audio: 'm4a',
};
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
  return sameSecret(given, expected);
}

const sourceSchema = z
  .object({
    type: z.string(),
    userId: z.string().optional(),
    groupId: z.string().optional(),
    roomId: z.string().optional(),
  })
  .loose();
const eventSchema = z
  .object({
    type: z.string(),
    webhookEventId: z.string().min(1).max(200),
    timestamp: z.number().optional(),
    replyToken: z.string().optional(),
    source: sourceSchema.optional(),
    message: z
      .object({
        id: z.string(),
        type: z.string(),
        text: z.string().optional(),
        // location
        title: z.string().max(1000).optional(),
        address: z.string().max(1000).optional(),
        latitude: z.number().optional(),
        longitude: z.number().optional(),
        // file
        fileName: z.string().max(1000).optional(),
        fileSize: z.number().optional(),
        // audio, video
        duration: z.number().optional(),
        // sticker
        packageId: z.string().optional(),
        stickerId: z.string().optional(),
        keywords: z.array(z.string()).optional(),
      })
      .loose()
      .optional(),
    /** A pressed postback quick reply (see `encodeLineMessage`). */
    postback: z
      .object({ data: z.string().max(300) })
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

type LineSource = z.infer<typeof sourceSchema>;

/**
 * Who a conversation is with: a group or room is its own party (`group:C…`, `room:R…`), never
 * the member who wrote in it; a one-to-one chat is the user. `to` is where LINE delivers replies.
 */
export function lineSpaceOf(
  source: LineSource | undefined,
): { key: string; to: string; space?: 'group' | 'room' } | undefined {
  if (source?.type === 'group' && source.groupId) {
    return { key: `group:${source.groupId}`, to: source.groupId, space: 'group' };
  }
  if (source?.type === 'room' && source.roomId) {
    return { key: `room:${source.roomId}`, to: source.roomId, space: 'room' };
  }
  if (source?.type === 'user' && source.userId) return { key: source.userId, to: source.userId };
  return undefined;
}

/** The party (user, group or room) a stored event belongs to, as `decodeLineEvent` keys it. */
export function lineSenderOf(payload: string): string | undefined {
  try {
    const parsed = sourceSchema.safeParse((JSON.parse(payload) as { source?: unknown }).source);
    return parsed.success ? lineSpaceOf(parsed.data)?.key : undefined;
  } catch {
    return undefined;
  }
}

const formatSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`;

/** What a non-text message says to an operator, with the details LINE sent along. */
export function lineMessageText(message: NonNullable<LineEvent['message']>): string {
  switch (message.type) {
    case 'text':
      return message.text ?? '';
    case 'location': {
      const place = [message.title, message.address].filter(Boolean).join(' / ');
      const at =
        message.latitude !== undefined && message.longitude !== undefined
          ? `${message.latitude}, ${message.longitude}`
          : '';
      return ['📍 [location]', place, at].filter(Boolean).join(' ');
    }
    case 'file':
      return `📎 [file] ${message.fileName ?? 'file'}${
        message.fileSize !== undefined ? ` (${formatSize(message.fileSize)})` : ''
      }`;
    case 'sticker': {
      const words = message.keywords?.slice(0, 5).join(', ');
      return `[sticker]${words ? ` ${words}` : ''}`;
    }
    case 'audio':
    case 'video':
      return `[${message.type}]${
        message.duration !== undefined ? ` ${Math.round(message.duration / 1000)}s` : ''
      }`;
    default:
      return `[${message.type}]`;
  }
}

export function decodeLineEvent(payload: string): DecodedInbound {
  const event = eventSchema.parse(JSON.parse(payload));
  const party = lineSpaceOf(event.source);
  if (!party) return { kind: 'ignored', reason: `no ${event.source?.type ?? 'source'} id` };
  if (event.type === 'follow' || event.type === 'unfollow') {
    // Only a user follows; a group's join/leave never blocks or unblocks anyone's chat.
    if (party.space) return { kind: 'ignored', reason: `${event.type} in a ${party.space}` };
    return { kind: event.type, senderKey: party.key };
  }
  if (event.type === 'postback' && event.postback) {
    const rating = /^tsunagi-csat:([A-Za-z0-9_-]{1,100}):([1-5])$/.exec(event.postback.data);
    if (rating) {
      return {
        kind: 'rating',
        senderKey: party.key,
        conversationId: rating[1] as string,
        score: Number(rating[2]),
      };
    }
    const index = /^b:(\d{1,2})$/.exec(event.postback.data);
    return {
      kind: 'message',
      senderKey: party.key,
      recipient: party.to,
      space: party.space,
      senderName: null,
      text: index ? '' : event.postback.data,
      buttonIndex: index ? Number(index[1]) : undefined,
      replyToken: event.replyToken,
    };
  }
  if (event.type !== 'message' || !event.message) {
    return { kind: 'ignored', reason: `event type ${event.type}` };
  }
  const { message } = event;
  // Content LINE keeps (not an external URL the customer's app gave) is fetched and stored.
  const provider = (message as { contentProvider?: { type?: string } }).contentProvider?.type;
  const isKept =
    ['image', 'video', 'audio', 'file'].includes(message.type) && provider !== 'external';
  const files = isKept
    ? [
        {
          ref: message.id,
          filename:
            message.fileName ??
            `${message.type}-${message.id}.${contentExtensions[message.type] ?? 'bin'}`,
        },
      ]
    : undefined;
  return {
    kind: 'message',
    senderKey: party.key,
    recipient: party.to,
    space: party.space,
    files,
    senderName: null,
    text: lineMessageText(event.message),
    replyToken: event.replyToken,
  };
}

type LineAction =
  | { type: 'message'; label: string; text: string }
  | { type: 'postback'; label: string; data: string; displayText: string };

type LineMessage = {
  type: 'text';
  text: string;
  quickReply?: { items: { type: 'action'; action: LineAction }[] };
};

/** A quick reply's label: at most 20 characters. */
const lineLabel = (label: string) => [...label].slice(0, 20).join('');

/** The postback data of a satisfaction score: what `decodeLineEvent` reads back. */
export const lineRatingData = (conversationId: string, score: number) =>
  `tsunagi-csat:${conversationId}:${score}`;

/**
 * Bot buttons become LINE quick replies (at most 13). A button that says what it sends is a
 * message action (the customer's choice shows in the chat as their words); one whose text
 * differs from its label, or is longer than a message action carries, is a postback of its
 * index, looked up in the bot's last message when pressed, with the label shown as said. A
 * rating request becomes five postback quick replies (★ to ★★★★★), so a tap records the
 * score without writing a message into the conversation.
 */
export function encodeLineMessage(message: OutboundMessage): LineMessage {
  const text = message.text.slice(0, 5000) || ' ';
  if (message.rating) {
    const { conversationId } = message.rating;
    return {
      type: 'text',
      text,
      quickReply: {
        items: [1, 2, 3, 4, 5].map((score) => ({
          type: 'action',
          action: {
            type: 'postback',
            label: '★'.repeat(score),
            data: lineRatingData(conversationId, score),
            displayText: '★'.repeat(score),
          },
        })),
      },
    };
  }
  if (!message.buttons?.length) return { type: 'text', text };
  return {
    type: 'text',
    text,
    quickReply: {
      items: message.buttons.slice(0, 13).map((b, i): { type: 'action'; action: LineAction } => ({
        type: 'action',
        action:
          b.text === b.label && b.text.length <= 300
            ? { type: 'message', label: lineLabel(b.label), text: b.text }
            : {
                type: 'postback',
                label: lineLabel(b.label),
                data: `b:${i}`,
                displayText: b.label.slice(0, 300),
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
    capabilities: { buttons: 'native', attachments: 'stored', replyWindowMs },
    decode: async (payload) => decodeLineEvent(payload),
    async download({ channel, secrets }, messageId) {
      if (secrets.type !== 'line') return { error: 'not a LINE channel' };
      const base = (channel.settings.apiBase ?? defaultLineDataBase).replace(/\/$/, '');
      return fetchBytes(
        `${base}/v2/bot/message/${encodeURIComponent(messageId)}/content`,
        { headers: { authorization: `Bearer ${secrets.channelAccessToken}` } },
        attachmentLimits.maxBytes,
      );
    },
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
