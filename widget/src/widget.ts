import {
  type ApiClient,
  ApiError,
  createApiClient,
  isRetryable,
  isSessionLost,
  type SendResult,
} from './api-client.js';
import { catalogues, formatTime, htmlLang } from './i18n.js';
import { createMessageStore } from './message-store.js';
import { backoffDelay, createClientMessageId, createOutbox, type OutboxEntry } from './outbox.js';
import { connectRealtime, type Realtime } from './realtime.js';
import { createStorage } from './storage.js';
import {
  armedTriggers,
  countVisit,
  dayOf,
  emptyTriggerState,
  markShown,
  triggerMessage,
  type WidgetTrigger,
} from './triggers.js';
import type { ConversationStatus, Identity, Language, Message, Session } from './types.js';
import { createView } from './view.js';

const POLL_INTERVAL_MS = 15_000;
/** Typing signals: repeated while the customer types, dropped after a pause. */
const TYPING_REPEAT_MS = 3000;
const TYPING_IDLE_MS = 4000;
const AGENT_TYPING_TIMEOUT_MS = 6000;

export type WidgetOptions = {
  origin: string;
  widgetKey: string;
  language: Language;
  mount: HTMLElement;
  /** The signed identity from the script tag or `Tsunagi.identify` (read when a conversation starts). */
  identity?: () => Identity | undefined;
};

/** Wires the pieces together: storage, API, outbox, realtime and the view. */
export function startWidget(options: WidgetOptions) {
  const { origin, widgetKey } = options;
  const storage = createStorage(widgetKey);
  const api: ApiClient = createApiClient({ origin, widgetKey });
  const store = createMessageStore();
  let language: Language = storage.loadLanguage() ?? options.language;
  let session: Session | null = storage.loadSession();
  /** The trigger whose bubble the visitor opened, sent when the conversation starts. */
  let openedTrigger: string | null = null;
  let configGreeting: string | null = null;
  let pendingSession: Promise<Session> | null = null;
  let realtime: Realtime | null = null;
  let status: ConversationStatus = 'bot';
  let assigneeName: string | null = null;
  let requestsInFlight = 0;
  let catchUpTimer: ReturnType<typeof setTimeout> | undefined;
  let catchUpFailures = 0;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  let isAgentTyping = false;
  let agentTypingTimer: ReturnType<typeof setTimeout> | undefined;
  let lastTypingSentAt = 0;
  let isCustomerTyping = false;
  let typingIdleTimer: ReturnType<typeof setTimeout> | undefined;
  let availabilityCheck = 0;
  // Kept for this page only: an address is personal data, not something to leave on the device.
  let knownEmail = '';

  const view = createView({
    strings: catalogues[language],
    language,
    handlers: {
      onOpenChange: () => {},
      onSend: (text) => sendText(text),
      onQuickReply: (item, reply) => {
        item.areButtonsUsed = true;
        sendText(reply.text);
      },
      onRetry: (clientMessageId) => {
        store.setState(clientMessageId, 'pending');
        refresh();
        outbox.retry(clientMessageId);
      },
      onLanguageChange: (next) => {
        language = next;
        storage.saveLanguage(next);
        view.setLanguage(next, catalogues[next]);
        loadConfig();
        if (status === 'queued') void checkAvailability();
      },
      onEmailTranscript: () => openTranscriptPanel(),
      onRequestCallback: () => openCallbackPanel(),
      onLeaveMessage: () => openFormPanel(),
      onRate: async (score, comment) => {
        if (!session) return false;
        try {
          await api.rate(session, score, comment);
          return true;
        } catch {
          return false;
        }
      },
      onComposing: (isTyping) => reportTyping(isTyping),
      onFile: (file) => void sendFile(file),
      onDownload: (item) => void downloadFileOf(item),
    },
  });

  const MAX_FILE_BYTES = 5 * 1024 * 1024;
  const FILE_TYPES = new Set([
    'image/png',
    'image/jpeg',
    'image/gif',
    'image/webp',
    'application/pdf',
    'text/plain',
    'text/csv',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ]);

  /** Sends a picked file: checked here first (the server checks again), then posted once. */
  async function sendFile(file: File) {
    const s = strings();
    view.setNotice(null);
    if (!FILE_TYPES.has(file.type)) return view.setNotice(s.fileRefused);
    if (file.size > MAX_FILE_BYTES) return view.setNotice(s.fileTooLarge);
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    try {
      const current = await ensureSession();
      requestsInFlight += 1;
      updateTyping();
      const result = await api.uploadFile(
        current,
        { filename: file.name, contentType: file.type, data: btoa(binary) },
        createClientMessageId(),
      );
      ingest([result.message, ...result.replies], { isLive: false });
    } catch (error) {
      const status = (error as { status?: number }).status;
      view.setNotice(status === 413 ? s.fileTooLarge : status === 415 ? s.fileRefused : s.failed);
    } finally {
      requestsInFlight = Math.max(0, requestsInFlight - 1);
      updateTyping();
    }
  }

  /** Saves the file a message carries, fetched with the customer token. */
  async function downloadFileOf(item: { id?: string | undefined }) {
    const current = session;
    if (!current || !item.id) return;
    try {
      const { attachments } = await api.listAttachments(current);
      const file = attachments.find((a) => a.messageId === item.id);
      if (!file) return;
      const url = URL.createObjectURL(await api.downloadAttachment(current, file.id));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.filename;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      view.setNotice(strings().failed);
    }
  }

  const strings = () => catalogues[language];

  /** Tells the operator the customer is typing: once on start, repeated while it lasts. */
  function reportTyping(isTyping: boolean) {
    clearTimeout(typingIdleTimer);
    if (!realtime || (status !== 'queued' && status !== 'assigned')) return;
    const now = Date.now();
    if (isTyping) {
      if (!isCustomerTyping || now - lastTypingSentAt > TYPING_REPEAT_MS) {
        realtime.typing(true);
        lastTypingSentAt = now;
      }
      isCustomerTyping = true;
      typingIdleTimer = setTimeout(() => reportTyping(false), TYPING_IDLE_MS);
    } else if (isCustomerTyping) {
      isCustomerTyping = false;
      realtime.typing(false);
    }
  }

  function setAgentTyping(isTyping: boolean) {
    clearTimeout(agentTypingTimer);
    isAgentTyping = isTyping;
    // A lost "stopped" signal must not leave the dots on for ever.
    if (isTyping)
      agentTypingTimer = setTimeout(() => setAgentTyping(false), AGENT_TYPING_TIMEOUT_MS);
    updateTyping();
  }

  /** Waiting for a human: when nobody can come (closed, or nobody online), offer the form. */
  async function checkAvailability() {
    const check = ++availabilityCheck;
    try {
      const availability = await api.getAvailability();
      if (check !== availabilityCheck || status !== 'queued') return;
      const s = strings();
      if (!availability.isOpen) {
        const back = availability.nextOpenAt ? formatTime(availability.nextOpenAt, language) : null;
        view.setOffer(s.offlineClosed(back));
      } else if (availability.operatorsOnline === 0) {
        view.setOffer(s.offlineNobody);
      } else {
        view.setOffer(null);
      }
    } catch {
      // Without an answer the customer simply waits in the queue.
    }
  }

  function openTranscriptPanel() {
    const current = session;
    if (!current) return;
    const s = strings();
    view.openPanel({
      title: s.emailTranscript,
      intro: s.transcriptIntro,
      fields: [
        {
          name: 'email',
          label: s.email,
          type: 'email',
          value: knownEmail || options.identity?.()?.email || '',
        },
      ],
      submitLabel: s.submit,
      cancelLabel: s.cancel,
      testId: 'transcript-panel',
      onSubmit: async ({ email = '' }) => {
        try {
          const result = await api.sendTranscript(current, email);
          knownEmail = email;
          return s.transcriptSent(result.to);
        } catch {
          throw new Error(s.requestFailed);
        }
      },
    });
  }

  /** The phone number and a window today or later, in the visitor's own time zone. */
  function openCallbackPanel() {
    const current = session;
    if (!current) return;
    const s = strings();
    const pad = (n: number) => String(n).padStart(2, '0');
    const now = new Date();
    const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    const nextHour = Math.min(now.getHours() + 1, 22);
    view.openPanel({
      title: s.callbackRequest,
      intro: s.callbackIntro,
      fields: [
        { name: 'phone', label: s.phone, type: 'tel', maxLength: 40 },
        { name: 'date', label: s.callbackDate, type: 'date', value: today },
        { name: 'from', label: s.callbackFrom, type: 'time', value: `${pad(nextHour)}:00` },
        { name: 'to', label: s.callbackTo, type: 'time', value: `${pad(nextHour + 1)}:00` },
      ],
      submitLabel: s.submit,
      cancelLabel: s.cancel,
      testId: 'callback-panel',
      onSubmit: async ({ phone = '', date = '', from = '', to = '' }) => {
        const start = new Date(`${date}T${from}`);
        const end = new Date(`${date}T${to}`);
        if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
          throw new Error(s.requestFailed);
        }
        try {
          await api.requestCallback(current, {
            phone,
            windowStart: start.toISOString(),
            windowEnd: end.toISOString(),
          });
        } catch (error) {
          // The server names what is wrong (the number, a window in the past).
          throw new Error(
            error instanceof ApiError && error.status === 400 ? error.message : s.requestFailed,
          );
        }
        const time = new Intl.DateTimeFormat(htmlLang(language), {
          month: 'short',
          day: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
        });
        return s.callbackSent(`${time.format(start)}–${to}`);
      },
    });
  }

  function openFormPanel() {
    const s = strings();
    // What the customer already wrote, so they do not have to repeat it.
    const written = store
      .ordered()
      .filter((item) => item.author === 'customer')
      .slice(-5)
      .map((item) => item.text)
      .join('\n');
    view.openPanel({
      title: s.leaveMessage,
      intro: s.formIntro,
      fields: [
        { name: 'name', label: s.name, type: 'text', maxLength: 200 },
        { name: 'email', label: s.email, type: 'email', value: knownEmail },
        { name: 'text', label: s.message, type: 'textarea', value: written },
      ],
      submitLabel: s.submit,
      cancelLabel: s.cancel,
      testId: 'form-panel',
      onSubmit: async ({ name = '', email = '', text = '' }) => {
        try {
          await api.submitForm({ name, email, text, language });
          knownEmail = email;
          return s.formSent(email);
        } catch {
          throw new Error(s.requestFailed);
        }
      },
    });
  }

  const refresh = () => view.render(store.ordered());

  function updateStatus(next: ConversationStatus, name?: string | null) {
    const previous = status;
    status = next;
    if (next === 'queued' && previous !== 'queued') void checkAvailability();
    if (next !== 'queued') {
      availabilityCheck++;
      view.setOffer(null);
    }
    if (next !== 'assigned') isAgentTyping = false;
    assigneeName = next === 'assigned' ? name || assigneeName || store.lastAgentName() : null;
    view.setStatus(status, assigneeName);
    updateTyping();
  }

  /** Dots while the bot composes its answer (within the request) or an operator types. */
  const updateTyping = () =>
    view.setTyping(
      (requestsInFlight > 0 && status === 'bot') || (isAgentTyping && status === 'assigned'),
    );

  function ingest(messages: Message[], options: { isLive: boolean }) {
    let added = 0;
    for (const message of messages) {
      if (!store.add(message)) continue;
      if (message.author !== 'customer') added += 1;
      if (message.author === 'agent' && isAgentTyping) setAgentTyping(false);
      if (
        message.author === 'agent' &&
        status === 'assigned' &&
        !assigneeName &&
        message.authorName
      )
        updateStatus('assigned', message.authorName);
    }
    refresh();
    if (options.isLive) view.addUnread(added);
  }

  const outbox = createOutbox({
    storage,
    send: (entry) => send(entry, true),
    onAcknowledged: (entry, result) => {
      store.acknowledge(entry.clientMessageId, result.message);
      ingest(result.replies, { isLive: true });
    },
    onFailed: (entry) => {
      store.setState(entry.clientMessageId, 'failed');
      refresh();
    },
  });

  function ensureSession(): Promise<Session> {
    if (session) return Promise.resolve(session);
    pendingSession ??= api
      .createConversation(language, options.identity?.(), openedTrigger ?? undefined, visitor.id)
      .then((created) => {
        session = created;
        if (openedTrigger) {
          // The server recorded the trigger's message as the bot's first: it arrives with the history.
          openedTrigger = null;
          view.setGreeting(configGreeting);
        }
        storage.saveSession(created);
        view.setHasConversation(true);
        connect();
        return created;
      })
      .finally(() => {
        pendingSession = null;
      });
    return pendingSession;
  }

  async function send(entry: OutboxEntry, mayRestart: boolean): Promise<SendResult> {
    const current = await ensureSession();
    requestsInFlight += 1;
    updateTyping();
    try {
      return await api.sendMessage(current, entry.text, entry.clientMessageId);
    } catch (error) {
      // The server no longer knows this conversation (expired token, data reset): start afresh.
      if (mayRestart && isSessionLost(error) && session === current) {
        forgetSession();
        return send(entry, false);
      }
      throw error;
    } finally {
      requestsInFlight -= 1;
      updateTyping();
    }
  }

  function stopPolling() {
    clearInterval(pollTimer);
    pollTimer = undefined;
  }

  function forgetSession() {
    stopPolling();
    realtime?.close();
    realtime = null;
    session = null;
    storage.saveSession(null);
    view.setHasConversation(false);
    clearTimeout(catchUpTimer);
    store.clear();
    for (const entry of outbox.entries()) store.addUnsent(entry);
    updateStatus('bot');
    refresh();
  }

  function sendText(text: string) {
    const entry = outbox.enqueue(text);
    store.addUnsent(entry);
    refresh();
  }

  /** Fetches what is missing (everything, the first time); retried with backoff. */
  async function catchUp(isLive: boolean) {
    const current = session;
    if (!current) return;
    clearTimeout(catchUpTimer);
    try {
      const history = await api.getMessages(current, store.lastSeenId());
      if (session !== current) return;
      catchUpFailures = 0;
      ingest(history.messages, { isLive });
      updateStatus(history.status, history.assigneeName);
    } catch (error) {
      if (session !== current) return;
      if (isSessionLost(error)) {
        forgetSession();
      } else if (isRetryable(error)) {
        catchUpFailures += 1;
        catchUpTimer = setTimeout(() => void catchUp(isLive), backoffDelay(catchUpFailures));
      }
    }
  }

  function connect() {
    if (!session || realtime) return;
    realtime = connectRealtime({
      origin,
      widgetKey,
      session,
      lastSeenId: () => store.lastSeenId(),
      onMessage: (message) => ingest([message], { isLive: true }),
      onConversation: (update) => updateStatus(update.status, update.assigneeName),
      onAgentTyping: (isTyping) => setAgentTyping(isTyping),
      onConnectionChange: (isConnected) => {
        view.setConnected(isConnected);
        if (isConnected) {
          stopPolling();
          outbox.kick();
        } else {
          // Some networks block both socket transports: agents' replies still arrive, slowly.
          pollTimer ??= setInterval(() => void catchUp(true), POLL_INTERVAL_MS);
        }
      },
      onConnect: () => void catchUp(true),
    });
  }

  // A visit (page view with the widget) is reported once per local day; failures are retried
  // on the next page view.
  const visitor = storage.loadVisitor();
  const today = dayOf(Date.now());
  if (visitor.reportedDay !== today) {
    api.reportVisit(visitor.id).then(
      () => storage.saveVisitor({ id: visitor.id, reportedDay: today }),
      () => undefined,
    );
  }

  // Proactive triggers: counted once per page view, armed once with the first config.
  let triggerState = countVisit(storage.loadTriggerState() ?? emptyTriggerState(), Date.now());
  storage.saveTriggerState(triggerState);
  let triggersArmed = false;
  let triggerShown = false;
  const triggerTimers: ReturnType<typeof setTimeout>[] = [];

  function armTriggers(triggers: readonly WidgetTrigger[]) {
    if (triggersArmed || session) return;
    triggersArmed = true;
    for (const { trigger, delayMs } of armedTriggers(
      triggers,
      window.location.href,
      triggerState,
      Date.now(),
    )) {
      triggerTimers.push(setTimeout(() => fireTrigger(trigger), delayMs));
    }
  }

  /**
   * A rule is due: the server says whether it may show (quiet hours, the visitor's limit).
   * One question at a time, so a rule due meanwhile is not counted once a bubble is up.
   */
  let asking: Promise<void> = Promise.resolve();
  function fireTrigger(trigger: WidgetTrigger) {
    asking = asking.then(async () => {
      if (session || triggerShown) return;
      try {
        const decision = await api.askTrigger(trigger.id, visitor.id, window.location.href);
        if (decision.show)
          showTrigger({ ...trigger, message: decision.message ?? trigger.message });
      } catch {
        // No bubble without the server's yes.
      }
    });
  }

  function showTrigger(trigger: WidgetTrigger) {
    if (session || triggerShown) return;
    const text = triggerMessage(trigger, language);
    if (!text) return;
    const opened = () => {
      openedTrigger = trigger.id;
      view.setGreeting(text);
    };
    if (!view.showProactive(text, opened)) return;
    // One bubble per page view: the first rule to fire wins.
    triggerShown = true;
    for (const timer of triggerTimers) clearTimeout(timer);
    triggerState = markShown(storage.loadTriggerState() ?? triggerState, trigger.id, Date.now());
    storage.saveTriggerState(triggerState);
  }

  function loadConfig() {
    const requested = language;
    api
      .getConfig(requested)
      .then((config) => {
        if (language !== requested) return;
        view.setTitle(config.name);
        configGreeting = config.greeting;
        if (!openedTrigger) view.setGreeting(config.greeting);
        armTriggers(config.triggers ?? []);
      })
      .catch(() => {
        // The catalogue's greeting stays.
        view.setGreeting(null);
      });
  }

  options.mount.append(view.host);
  for (const entry of outbox.entries()) store.addUnsent(entry);
  refresh();
  loadConfig();
  if (session) {
    view.setHasConversation(true);
    void catchUp(false);
    connect();
  }
  outbox.start();
  window.addEventListener('online', () => {
    outbox.kick();
    if (session && !realtime) connect();
  });

  return {
    open: () => view.setOpen(true),
    close: () => view.setOpen(false),
    /** The shop's page reports a purchase by this visitor (chat or not). */
    conversion: (purchase: { value: number; currency: string; orderId?: string }) =>
      api.reportPurchase(visitor.id, purchase),
  };
}
