import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type {
  ChannelAdapter,
  DecodedInbound,
  DeliveryTarget,
  OutboundMessage,
  SendOutcome,
} from '../channel.types.js';
import { postJson } from '../http-client.js';

export const defaultTelegramApiBase = 'https://api.telegram.org';

/** X-Telegram-Bot-Api-Secret-Token must equal the secret given to setWebhook. */
export function isTelegramSecretValid(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

const userSchema = z
  .object({
    id: z.number(),
    first_name: z.string().optional(),
    last_name: z.string().optional(),
    language_code: z.string().optional(),
  })
  .loose();
const chatSchema = z.object({ id: z.number() }).loose();
const updateSchema = z
  .object({
    update_id: z.number().int(),
    message: z
      .object({
        message_id: z.number(),
        from: userSchema.optional(),
        chat: chatSchema,
        text: z.string().optional(),
        caption: z.string().optional(),
        photo: z.array(z.unknown()).optional(),
        sticker: z.unknown().optional(),
        document: z.unknown().optional(),
      })
      .loose()
      .optional(),
    callback_query: z
      .object({
        id: z.string(),
        from: userSchema,
        data: z.string().optional(),
        message: z.object({ chat: chatSchema }).loose().optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

/** The update id is Telegram's idempotency key: a redelivered update carries the same one. */
export function keyOfTelegramUpdate(body: unknown): { key: string; payload: string } | undefined {
  const parsed = updateSchema.safeParse(body);
  return parsed.success
    ? { key: String(parsed.data.update_id), payload: JSON.stringify(body) }
    : undefined;
}

const nameOf = (user: z.infer<typeof userSchema> | undefined) =>
  user ? [user.first_name, user.last_name].filter(Boolean).join(' ') || null : null;

const languageOf = (user: z.infer<typeof userSchema> | undefined) => {
  const code = user?.language_code?.slice(0, 2);
  return code && ['ja', 'en', 'ko', 'zh'].includes(code) ? code : undefined;
};

/** The Telegram chat a stored update belongs to, as `decodeTelegramUpdate` keys its sender. */
export function telegramSenderOf(payload: string): string | undefined {
  try {
    const update = JSON.parse(payload) as {
      message?: { chat?: { id?: unknown } };
      callback_query?: { message?: { chat?: { id?: unknown } }; from?: { id?: unknown } };
    };
    const id =
      update.message?.chat?.id ??
      update.callback_query?.message?.chat?.id ??
      update.callback_query?.from?.id;
    return typeof id === 'number' || typeof id === 'string' ? String(id) : undefined;
  } catch {
    return undefined;
  }
}

export function decodeTelegramUpdate(payload: string): DecodedInbound {
  const update = updateSchema.parse(JSON.parse(payload));
  if (update.callback_query) {
    const query = update.callback_query;
    const chatId = query.message?.chat.id ?? query.from.id;
    const data = query.data ?? '';
    const index = /^b:(\d{1,2})$/.exec(data);
    return {
      kind: 'message',
      senderKey: String(chatId),
      senderName: nameOf(query.from),
      language: languageOf(query.from),
      text: index ? '' : data,
      buttonIndex: index ? Number(index[1]) : undefined,
    };
  }
  const message = update.message;
  if (!message) return { kind: 'ignored', reason: 'update without a message' };
  const text =
    message.text ??
    message.caption ??
    (message.photo ? '[photo]' : message.sticker ? '[sticker]' : message.document ? '[file]' : '');
  if (!text) return { kind: 'ignored', reason: 'message without text' };
  return {
    kind: 'message',
    senderKey: String(message.chat.id),
    senderName: nameOf(message.from),
    language: languageOf(message.from),
    text,
  };
}

/**
 * Bot buttons become an inline keyboard. callback_data holds at most 64 bytes, so a longer
 * button text is sent as its index and looked up in the bot's last message when pressed.
 */
export function encodeTelegramMessage(chatId: string, message: OutboundMessage) {
  const text = message.text.slice(0, 4096) || ' ';
  if (!message.buttons?.length) return { chat_id: chatId, text };
  return {
    chat_id: chatId,
    text,
    reply_markup: {
      inline_keyboard: message.buttons.slice(0, 20).map((b, i) => [
        {
          text: b.label.slice(0, 100),
          callback_data:
            Buffer.byteLength(b.text) <= 64 && !/^b:\d+$/.test(b.text) ? b.text : `b:${i}`,
        },
      ]),
    },
  };
}

export function createTelegramAdapter(): ChannelAdapter {
  return {
    type: 'telegram',
    capabilities: { buttons: 'native', attachments: 'noted', replyWindowMs: null },
    decode: async (payload) => decodeTelegramUpdate(payload),
    senderOf: telegramSenderOf,
    async send(target: DeliveryTarget, messages: OutboundMessage[]): Promise<SendOutcome> {
      const { secrets, channel, thread } = target;
      if (secrets?.type !== 'telegram' || !channel) {
        return { status: 'failed', error: 'no Telegram channel' };
      }
      const base = (channel.settings.apiBase ?? defaultTelegramApiBase).replace(/\/$/, '');
      for (const [i, message] of messages.entries()) {
        const sent = await postJson(
          `${base}/bot${secrets.botToken}/sendMessage`,
          encodeTelegramMessage(thread.recipient, message),
        );
        if (sent.status !== 'sent') return { ...sent, delivered: i };
      }
      return { status: 'sent' };
    },
  };
}
