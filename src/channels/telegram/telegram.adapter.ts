import { z } from 'zod';
import { sameSecret } from '../../crypto/same-secret.js';
import type {
  ChannelAdapter,
  DecodedInbound,
  DeliveryTarget,
  OutboundMessage,
  SendOutcome,
} from '../channel.types.js';
import { attachmentLimits } from '../email/parse-email.js';
import { fetchBytes, postJson } from '../http-client.js';

export const defaultTelegramApiBase = 'https://api.telegram.org';

/** X-Telegram-Bot-Api-Secret-Token must equal the secret given to setWebhook. */
export function isTelegramSecretValid(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  return sameSecret(given, expected);
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
const fileSchema = z
  .object({
    file_id: z.string().max(500).optional(),
    file_name: z.string().max(1000).optional(),
    file_size: z.number().optional(),
    mime_type: z.string().max(200).optional(),
    duration: z.number().optional(),
    width: z.number().optional(),
    height: z.number().optional(),
    title: z.string().max(1000).optional(),
    performer: z.string().max(1000).optional(),
    emoji: z.string().max(50).optional(),
    set_name: z.string().max(200).optional(),
  })
  .loose();
const locationSchema = z.object({ latitude: z.number(), longitude: z.number() }).loose();
const messageSchema = z
  .object({
    message_id: z.number(),
    from: userSchema.optional(),
    chat: chatSchema,
    text: z.string().optional(),
    caption: z.string().optional(),
    photo: z.array(fileSchema).optional(),
    sticker: fileSchema.optional(),
    document: fileSchema.optional(),
    animation: fileSchema.optional(),
    audio: fileSchema.optional(),
    voice: fileSchema.optional(),
    video: fileSchema.optional(),
    video_note: fileSchema.optional(),
    location: locationSchema.optional(),
    venue: z
      .object({
        location: locationSchema,
        title: z.string().max(1000).optional(),
        address: z.string().max(1000).optional(),
      })
      .loose()
      .optional(),
    contact: z
      .object({
        phone_number: z.string().max(100).optional(),
        first_name: z.string().max(200).optional(),
        last_name: z.string().max(200).optional(),
      })
      .loose()
      .optional(),
    dice: z
      .object({ emoji: z.string().max(20).optional(), value: z.number() })
      .loose()
      .optional(),
    poll: z
      .object({ question: z.string().max(1000) })
      .loose()
      .optional(),
  })
  .loose();
const updateSchema = z
  .object({
    update_id: z.number().int(),
    message: messageSchema.optional(),
    edited_message: messageSchema.optional(),
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
      edited_message?: { chat?: { id?: unknown } };
      callback_query?: { message?: { chat?: { id?: unknown } }; from?: { id?: unknown } };
    };
    const id =
      update.message?.chat?.id ??
      update.edited_message?.chat?.id ??
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
    const rating = /^tsunagi-csat:([A-Za-z0-9_-]{1,100}):([1-5])$/.exec(data);
    if (rating) {
      return {
        kind: 'rating',
        senderKey: String(chatId),
        conversationId: rating[1] as string,
        score: Number(rating[2]),
      };
    }
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
  const message = update.message ?? update.edited_message;
  if (!message) return { kind: 'ignored', reason: 'update without a message' };
  let text = telegramMessageText(message);
  if (!text) return { kind: 'ignored', reason: 'message without content' };
  // An edit arrives as a new message marked as one, so the operator sees what changed.
  if (!update.message) text = `✏️ [edited] ${text}`;
  return {
    kind: 'message',
    senderKey: String(message.chat.id),
    senderName: nameOf(message.from),
    language: languageOf(message.from),
    text,
    files: telegramFilesOf(message),
  };
}

/** The file a message carries that Telegram keeps (stickers and video notes aside). */
function telegramFilesOf(m: z.infer<typeof messageSchema>) {
  const largest = [...(m.photo ?? [])].sort((a, b) => (b.file_size ?? 0) - (a.file_size ?? 0))[0];
  const candidates = [
    ['photo.jpg', largest],
    ['document', m.document],
    ['audio', m.audio],
    ['voice.ogg', m.voice],
    ['video.mp4', m.video],
    ['animation.mp4', m.animation],
  ] as const;
  for (const [fallback, file] of candidates) {
    if (file?.file_id) return [{ ref: file.file_id, filename: file.file_name ?? fallback }];
  }
  return undefined;
}

const formatSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`;

/** What a file-like part says: its name or title, length, size and type, when Telegram gave them. */
const fileDetails = (file: z.infer<typeof fileSchema>) => {
  const name = file.file_name ?? [file.performer, file.title].filter(Boolean).join(' – ');
  const parts = [
    name,
    file.duration !== undefined ? `${file.duration}s` : '',
    file.width && file.height ? `${file.width}×${file.height}` : '',
    file.file_size !== undefined ? formatSize(file.file_size) : '',
    file.mime_type ?? '',
  ].filter(Boolean);
  return parts.length ? ` ${parts.join(', ')}` : '';
};

const place = (l: { latitude: number; longitude: number }) => `${l.latitude}, ${l.longitude}`;

/**
 * The message as the operator reads it: its text, or a placeholder with the details of what
 * was sent (as LINE's), followed by the caption. Nothing a customer sends is dropped.
 */
export function telegramMessageText(message: z.infer<typeof messageSchema>): string {
  if (message.text) return message.text;
  return [placeholderOf(message), message.caption ?? ''].filter(Boolean).join('\n');
}

function placeholderOf(m: z.infer<typeof messageSchema>): string {
  if (m.venue) {
    const name = [m.venue.title, m.venue.address].filter(Boolean).join(' / ');
    return `📍 [venue] ${name} ${place(m.venue.location)}`;
  }
  if (m.location) return `📍 [location] ${place(m.location)}`;
  if (m.contact) {
    const { first_name, last_name, phone_number } = m.contact;
    return `👤 [contact] ${[first_name, last_name, phone_number].filter(Boolean).join(' ')}`;
  }
  if (m.dice) return `[dice] ${m.dice.emoji ?? '🎲'} ${m.dice.value}`;
  if (m.poll) return `[poll] ${m.poll.question}`;
  if (m.sticker)
    return `[sticker] ${[m.sticker.emoji, m.sticker.set_name].filter(Boolean).join(' ')}`.trim();
  const largest = [...(m.photo ?? [])].sort((a, b) => (b.file_size ?? 0) - (a.file_size ?? 0))[0];
  if (largest) return `[photo]${fileDetails(largest)}`;
  const files = [
    ['video note', m.video_note],
    ['voice', m.voice],
    ['audio', m.audio],
    ['video', m.video],
    ['animation', m.animation],
    ['file', m.document],
  ] as const;
  for (const [label, file] of files) {
    if (file) return `${label === 'file' ? '📎 ' : ''}[${label}]${fileDetails(file)}`;
  }
  return '';
}

/** Stops the spinner on the pressed button (Telegram waits for this answer). */
export async function answerCallbackQuery(
  apiBase: string | undefined,
  botToken: string,
  id: string,
) {
  const base = (apiBase ?? defaultTelegramApiBase).replace(/\/$/, '');
  return postJson(`${base}/bot${botToken}/answerCallbackQuery`, { callback_query_id: id });
}

/** The callback query an update carries, if any. */
export function callbackQueryIdOf(body: unknown): string | undefined {
  const parsed = updateSchema.safeParse(body);
  return parsed.success ? parsed.data.callback_query?.id : undefined;
}

/** The callback data of a satisfaction score (under 64 bytes): what `decodeTelegramUpdate` reads. */
export const telegramRatingData = (conversationId: string, score: number) =>
  `tsunagi-csat:${conversationId}:${score}`;

/**
 * Bot buttons become an inline keyboard. callback_data holds at most 64 bytes, so a longer
 * button text is sent as its index and looked up in the bot's last message when pressed. A
 * rating request becomes one row of five buttons (★ to ★★★★★) whose press records the score
 * without writing a message into the conversation.
 */
export function encodeTelegramMessage(chatId: string, message: OutboundMessage) {
  const text = message.text.slice(0, 4096) || ' ';
  if (message.rating) {
    const { conversationId } = message.rating;
    return {
      chat_id: chatId,
      text,
      reply_markup: {
        inline_keyboard: [
          [1, 2, 3, 4, 5].map((score) => ({
            text: '★'.repeat(score),
            callback_data: telegramRatingData(conversationId, score),
          })),
        ],
      },
    };
  }
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
    capabilities: { buttons: 'native', attachments: 'stored', replyWindowMs: null },
    decode: async (payload) => decodeTelegramUpdate(payload),
    senderOf: telegramSenderOf,
    async download({ channel, secrets }, fileId) {
      if (secrets.type !== 'telegram') return { error: 'not a Telegram channel' };
      const base = (channel.settings.apiBase ?? defaultTelegramApiBase).replace(/\/$/, '');
      const found = await fetchBytes(
        `${base}/bot${secrets.botToken}/getFile`,
        { method: 'POST', body: { file_id: fileId } },
        64 * 1024,
      );
      if ('error' in found) return found;
      const path = z
        .object({ result: z.object({ file_path: z.string().max(1000) }) })
        .safeParse(JSON.parse(found.content.toString('utf8') || 'null'));
      if (!path.success) return { error: 'getFile gave no file_path' };
      return fetchBytes(
        `${base}/file/bot${secrets.botToken}/${path.data.result.file_path}`,
        {},
        attachmentLimits.maxBytes,
      );
    },
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
