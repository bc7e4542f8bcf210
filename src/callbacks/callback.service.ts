import type { BotReply } from '../bot/index.js';
import type { CallbackEventView, EventBus } from '../bus/index.js';
import { normalisePhone } from '../contacts/index.js';
import type { Db } from '../db/index.js';
import { AppError, notFound } from '../errors/index.js';
import { newId } from '../ids/index.js';
import {
  type Callback,
  type CallbackDialog,
  type CallbackRepository,
  type CallbackStatus,
  type CallbackView,
  createCallbackRepository,
} from './callback.repository.js';
import { parseWindow } from './callback-window.js';

/** What a callback needs to know of the conversation it is asked from. */
export type CallbackConversation = {
  status: string;
  contactId: string;
  channel: string;
  language: string | null;
  queueId: string | null;
};

export type CallbackRequest = {
  tenantId: string;
  conversationId: string;
  phone: string;
  windowStart: string;
  windowEnd: string;
  note?: string | undefined;
};

/** Failed calls before a callback is closed as not answered; until then it goes back to the queue. */
export const MAX_CALLBACK_ATTEMPTS = 3;
/** How far ahead a window may start, and how long it may be. */
const MAX_AHEAD_MS = 30 * 86_400_000;
const MAX_LENGTH_MS = 7 * 86_400_000;

/** Asking to be phoned: 「折り返し電話」, 「電話で折り返して」, "call me back", "request a callback". */
const TRIGGER =
  /折り?返しの?(お)?電話|電話(で|を)?折り?返し|(掛け|かけ)直して|call me back|ring me back|(request|want|need) a call ?back/i;
const CANCEL = /^(キャンセル|やめる|やめます|中止|cancel|stop|never ?mind)[。.!！\s]*$/i;

type Say = (language: string | null) => {
  askPhone: string;
  badPhone: string;
  askWindow: string;
  badWindow: string;
  cancelled: string;
  booked: (window: string) => string;
};

const say: Say = (language) =>
  language === 'ja' || language === null
    ? {
        askPhone:
          'お電話で折り返しいたします。ご連絡先の電話番号を教えてください(例: 090-1234-5678)。',
        badPhone:
          '電話番号として読み取れませんでした。もう一度ご入力ください(例: 090-1234-5678)。「キャンセル」でやめられます。',
        askWindow:
          'ご都合のよい時間帯を教えてください(例: 明日 14時〜16時、2026-12-08 10:00-12:00)。',
        badWindow:
          '時間帯を読み取れなかったか、過ぎた時間でした。もう一度ご入力ください(例: 明日 14時〜16時)。',
        cancelled: '折り返しのご依頼を取り消しました。',
        booked: (window) => `承りました。${window} に担当者よりお電話いたします。`,
      }
    : {
        askPhone:
          'We will call you back. Which phone number should we call (e.g. +1 415 555 0100)?',
        badPhone:
          'That does not look like a phone number. Please type it again, or "cancel" to stop.',
        askWindow: 'When suits you? (e.g. "tomorrow 14:00-16:00" or "2026-12-08 10:00-12:00")',
        badWindow:
          'I could not read that time window, or it has passed. Please try again (e.g. "tomorrow 14-16").',
        cancelled: 'Your callback request is cancelled.',
        booked: (window) => `Thank you. Someone will call you ${window}.`,
      };

/** How often a node re-reads which conversations have callback questions under way (a lost event). */
const DIALOG_RESYNC_MS = 30_000;
/** Questions left unanswered this long are dropped: the next message gets the usual bot. */
const DIALOG_STALE_MS = 86_400_000;

const eventView = ({ tenantId: _t, language: _l, closedAt: _c, ...c }: CallbackView) =>
  c satisfies CallbackEventView;

export function createCallbackService({
  callbacks,
  now = () => new Date(),
  bus,
  onError = () => {},
}: {
  callbacks: CallbackRepository;
  now?: () => Date;
  /** Staff screens hear requests made and changed; nodes hear dialogs started and ended. */
  bus?: EventBus | undefined;
  onError?: (error: unknown) => void;
}) {
  /** Publishes a callback as staff screens show it (after its change committed). */
  const publish = async (
    type: 'callback.created' | 'callback.updated',
    tenantId: string,
    id: string,
  ) => {
    if (!bus) return;
    try {
      const view = await callbacks.view(tenantId, id);
      if (view) bus.publish({ type, tenantId, callback: eventView(view) });
    } catch (error) {
      onError(error);
    }
  };

  // Which conversations may have callback questions under way, so that every other customer
  // message skips reading them. It may hold too many (a read then finds none and drops it),
  // never too few: a dialog is added before its transaction, other nodes add it on the event,
  // and a periodic re-read adds any whose event was lost.
  const dialogs = new Set<string>();
  const dialogKey = (tenantId: string, conversationId: string) =>
    `${tenantId}\u0000${conversationId}`;
  /** The re-read under way, and when the last one that succeeded started (0: none yet). */
  let syncing: Promise<void> | undefined;
  let syncedAt = 0;
  const resync = (): Promise<void> => {
    if (syncing) return syncing;
    const startedAt = now().getTime();
    syncing = callbacks
      .openDialogs(new Date(startedAt - DIALOG_STALE_MS).toISOString())
      .then((rows) => {
        // Added to, never replaced: a dialog started during the read stays known.
        for (const r of rows) dialogs.add(dialogKey(r.tenantId, r.conversationId));
        syncedAt = startedAt;
      })
      .catch(onError)
      .finally(() => {
        syncing = undefined;
      });
    return syncing;
  };
  bus?.subscribe(
    'callback.dialog_changed',
    (event) => {
      const key = dialogKey(event.tenantId, event.conversationId);
      if (event.isOpen) dialogs.add(key);
      else dialogs.delete(key);
    },
    { scope: 'cluster' },
  );
  /** Whether the conversation may have questions under way; false only when it surely has none. */
  async function mayHaveDialog(tenantId: string, conversationId: string): Promise<boolean> {
    if (syncedAt === 0) {
      await resync();
      // Not read yet (the database failed): read the dialog itself.
      if (syncedAt === 0) return true;
    } else if (now().getTime() - syncedAt > DIALOG_RESYNC_MS) {
      void resync();
    }
    return dialogs.has(dialogKey(tenantId, conversationId));
  }

  const conversationOf = (
    tenantId: string,
    id: string,
  ): Promise<CallbackConversation | undefined> => callbacks.conversationOf(tenantId, id);
  /** The tenant's time zone (routing settings), for windows typed in chat and their replies. */
  const timeZoneOf = (tenantId: string) => callbacks.timeZone(tenantId);
  /** Checks a request; a bad phone number or window is a validation error and stores nothing. */
  function checked(phoneText: string, windowStart: string, windowEnd: string) {
    const phone = normalisePhone(phoneText);
    if (!phone) throw new AppError('validation_failed', `"${phoneText}" is not a phone number`);
    const start = Date.parse(windowStart);
    const end = Date.parse(windowEnd);
    if (Number.isNaN(start) || Number.isNaN(end))
      throw new AppError('validation_failed', 'The window needs a start and an end time');
    const at = now().getTime();
    if (end <= start)
      throw new AppError('validation_failed', 'The window must end after it starts');
    if (end <= at) throw new AppError('validation_failed', 'The window is in the past');
    if (start - at > MAX_AHEAD_MS)
      throw new AppError('validation_failed', 'The window must start within 30 days');
    if (end - start > MAX_LENGTH_MS)
      throw new AppError('validation_failed', 'The window must be at most 7 days long');
    return {
      phone,
      windowStart: new Date(start).toISOString(),
      windowEnd: new Date(end).toISOString(),
    };
  }

  const build = (
    request: CallbackRequest,
    conversation: CallbackConversation,
    valid: ReturnType<typeof checked>,
  ): Callback => {
    const at = now().toISOString();
    return {
      id: newId('cb'),
      tenantId: request.tenantId,
      contactId: conversation.contactId,
      conversationId: request.conversationId,
      channel: conversation.channel,
      ...valid,
      note: request.note?.trim() || null,
      language: conversation.language,
      queueId: conversation.queueId,
      status: 'open',
      assigneeId: null,
      attempts: 0,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
    };
  };

  async function getOrThrow(tenantId: string, id: string): Promise<Callback> {
    const callback = await callbacks.find(tenantId, id);
    if (!callback) throw notFound('Callback');
    return callback;
  }

  const formatWindow = (
    c: Pick<Callback, 'windowStart' | 'windowEnd' | 'language'>,
    timeZone: string,
  ) => {
    const locale = c.language === 'en' ? 'en-US' : 'ja-JP';
    const day = new Intl.DateTimeFormat(locale, {
      timeZone,
      month: 'short',
      day: 'numeric',
      weekday: 'short',
    });
    const time = new Intl.DateTimeFormat(locale, {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const start = new Date(c.windowStart);
    const end = new Date(c.windowEnd);
    return `${day.format(start)} ${time.format(start)}–${time.format(end)}`;
  };

  return {
    /** A customer's request (the widget's form): a task in the conversation's queue. */
    async request(request: CallbackRequest): Promise<Callback> {
      const valid = checked(request.phone, request.windowStart, request.windowEnd);
      const conversation = await conversationOf(request.tenantId, request.conversationId);
      if (!conversation) throw notFound('Conversation');
      const callback = build(request, conversation, valid);
      await callbacks.insert(callback);
      await publish('callback.created', request.tenantId, callback.id);
      return callback;
    },

    list: (
      tenantId: string,
      options: {
        statuses: CallbackStatus[];
        assigneeId?: string | undefined;
        limit: number;
        offset: number;
      },
    ) => callbacks.list(tenantId, options),

    summary: (tenantId: string) => callbacks.summary(tenantId, now().toISOString()),

    /** An operator takes an open callback; only one operator gets it. */
    async claim(tenantId: string, id: string, userId: string): Promise<Callback> {
      await getOrThrow(tenantId, id);
      const ok = await callbacks.transition(
        tenantId,
        id,
        { statuses: ['open'] },
        { status: 'claimed', assigneeId: userId },
      );
      if (!ok) throw new AppError('conflict', 'This callback is no longer open');
      await publish('callback.updated', tenantId, id);
      return getOrThrow(tenantId, id);
    },

    /**
     * The claimer (or, with `asSupervisor`, anyone allowed to) reports the call: `completed`,
     * or `no_answer`, which puts it back in the queue until the last attempt closes it.
     */
    async report(
      tenantId: string,
      id: string,
      userId: string,
      outcome: 'completed' | 'no_answer',
      options: { asSupervisor: boolean; note?: string | undefined },
    ): Promise<Callback> {
      const before = await getOrThrow(tenantId, id);
      if (before.status !== 'claimed')
        throw new AppError('invalid_transition', 'Claim the callback before reporting the call');
      if (before.assigneeId !== userId && !options.asSupervisor)
        throw new AppError(
          'forbidden',
          'Only the operator who claimed this callback can report it',
        );
      const isLastTry = before.attempts + 1 >= MAX_CALLBACK_ATTEMPTS;
      const to =
        outcome === 'completed'
          ? {
              status: 'completed' as const,
              assigneeId: before.assigneeId,
              addAttempt: true,
              note: options.note,
            }
          : isLastTry
            ? {
                status: 'no_answer' as const,
                assigneeId: before.assigneeId,
                addAttempt: true,
                note: options.note,
              }
            : { status: 'open' as const, assigneeId: null, addAttempt: true, note: options.note };
      const ok = await callbacks.transition(
        tenantId,
        id,
        { statuses: ['claimed'], assigneeId: before.assigneeId ?? undefined },
        to,
      );
      if (!ok) throw new AppError('conflict', 'This callback changed meanwhile; reload it');
      await publish('callback.updated', tenantId, id);
      return getOrThrow(tenantId, id);
    },

    /**
     * The bot's side of a chat (widget, LINE, mail): 「折り返し電話」 or "call me back" starts
     * questions for the number and the window; the answer books the callback. Undefined when
     * the message is not part of such a dialog (the usual bot answers).
     */
    async chatTurn(input: { tenantId: string; conversationId: string; text: string }) {
      const { tenantId, conversationId, text } = input;
      const key = dialogKey(tenantId, conversationId);
      // The usual message (no questions under way, no request in it) reads nothing.
      const isTrigger = TRIGGER.test(text);
      if (!isTrigger && !(await mayHaveDialog(tenantId, conversationId))) return undefined;
      const dialog = await callbacks.dialog(tenantId, conversationId);
      if (!dialog) dialogs.delete(key);
      if (!dialog && !isTrigger) return undefined;
      const conversation = await conversationOf(tenantId, conversationId);
      if (!conversation || (conversation.status !== 'bot' && conversation.status !== 'resolved'))
        return undefined;
      // The conversation's language, else the script the request was written in.
      const language =
        dialog?.language ??
        conversation.language ??
        (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? 'ja' : 'en');
      const words = say(language);
      const reply = (
        replyText: string,
        write: (repository: CallbackRepository) => Promise<unknown>,
        afterCommit?: () => void,
      ) => ({
        replies: [{ text: replyText }] as BotReply[],
        handoff: false,
        variables: {} as Record<string, string>,
        write: (tx: Db) => write(createCallbackRepository(tx)),
        ...(afterCommit ? { afterCommit } : {}),
      });
      // Known here before the transaction (so never missed), on other nodes after it.
      const opened = (repository: CallbackRepository, next: CallbackDialog) => {
        dialogs.add(key);
        return repository.setDialog(tenantId, conversationId, next);
      };
      const announceOpen = () =>
        bus?.publish({ type: 'callback.dialog_changed', tenantId, conversationId, isOpen: true });
      const closed = () => {
        dialogs.delete(key);
        bus?.publish({ type: 'callback.dialog_changed', tenantId, conversationId, isOpen: false });
      };
      if (!dialog) {
        return reply(
          words.askPhone,
          (r) => opened(r, { step: 'phone', phone: null, language }),
          announceOpen,
        );
      }
      if (CANCEL.test(text.trim())) {
        return reply(words.cancelled, (r) => r.setDialog(tenantId, conversationId, null), closed);
      }
      if (dialog.step === 'phone') {
        const phone = normalisePhone(text.replace(/^[^\d+０-９＋]*/, ''));
        if (!phone) return reply(words.badPhone, async () => undefined);
        return reply(words.askWindow, (r) => opened(r, { step: 'window', phone, language }));
      }
      const timeZone = await timeZoneOf(tenantId);
      const window = parseWindow(text, now(), timeZone);
      if (!window || window.end.getTime() <= now().getTime() || !dialog.phone) {
        return reply(words.badWindow, async () => undefined);
      }
      let valid: ReturnType<typeof checked>;
      try {
        valid = checked(dialog.phone, window.start.toISOString(), window.end.toISOString());
      } catch {
        return reply(words.badWindow, async () => undefined);
      }
      const callback = build(
        { tenantId, conversationId, ...valid },
        { ...conversation, language },
        valid,
      );
      return reply(
        words.booked(formatWindow(callback, timeZone)),
        async (r) => {
          await r.insert(callback);
          await r.setDialog(tenantId, conversationId, null);
        },
        () => {
          closed();
          void publish('callback.created', tenantId, callback.id);
        },
      );
    },
  };
}

export type CallbackService = ReturnType<typeof createCallbackService>;
