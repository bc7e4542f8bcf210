import type {
  Availability,
  History,
  Identity,
  Language,
  SendResult,
  Session,
  TriggerDecision,
  WidgetConfig,
} from './types.js';

/** status 0 means the request never got an HTTP answer (offline, DNS, timeout, CORS). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Worth trying again with the same payload: no answer, overload, or a server fault. */
export const isRetryable = (error: unknown): boolean =>
  !(error instanceof ApiError) || error.status === 0 || error.status === 429 || error.status >= 500;

/** The conversation no longer accepts this token (expired, deleted, data reset). */
export const isSessionLost = (error: unknown): boolean =>
  error instanceof ApiError &&
  (error.status === 401 || error.status === 403 || error.status === 404);

const TIMEOUT_MS = 20_000;

export type { Availability, History, SendResult } from './types.js';

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(options: { origin: string; widgetKey: string }) {
  const base = `${options.origin}/api/v1/widget/${encodeURIComponent(options.widgetKey)}`;

  async function request<T>(
    path: string,
    init: { method?: string; body?: unknown; token?: string } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(base + path, {
        method: init.method ?? 'GET',
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: controller.signal,
        credentials: 'omit',
        mode: 'cors',
      });
    } catch (error) {
      throw new ApiError(0, 'network_error', error instanceof Error ? error.message : 'network');
    } finally {
      clearTimeout(timer);
    }
    const payload: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const error = (payload as { error?: { code?: string; message?: string } } | null)?.error;
      throw new ApiError(
        response.status,
        error?.code ?? 'http_error',
        error?.message ?? `HTTP ${response.status}`,
      );
    }
    if (payload === null) throw new ApiError(response.status, 'bad_response', 'Invalid JSON');
    return payload as T;
  }

  const conversationPath = (id: string) => `/conversations/${encodeURIComponent(id)}`;

  return {
    getConfig: (language: Language) =>
      request<WidgetConfig>(`/config?language=${encodeURIComponent(language)}`),

    /** Whether a due trigger may show now (the server counts a yes against the visitor's limit). */
    askTrigger: (triggerId: string, visitorId: string, url: string) =>
      request<TriggerDecision>(`/triggers/${encodeURIComponent(triggerId)}/show`, {
        method: 'POST',
        body: { visitorId, url },
      }),

    async createConversation(
      language: Language,
      identity?: Identity,
      triggerId?: string,
      visitorId?: string,
    ): Promise<Session> {
      const contact = identity && Object.keys(identity).length > 0 ? identity : undefined;
      const result = await request<{ conversationId: string; customerToken: string }>(
        '/conversations',
        {
          method: 'POST',
          body: {
            language,
            ...(contact ? { contact } : {}),
            ...(triggerId ? { triggerId } : {}),
            ...(visitorId ? { visitorId } : {}),
          },
        },
      );
      return { conversationId: result.conversationId, customerToken: result.customerToken };
    },

    sendMessage: (session: Session, text: string, clientMessageId: string) =>
      request<SendResult>(`${conversationPath(session.conversationId)}/messages`, {
        method: 'POST',
        token: session.customerToken,
        body: { text, clientMessageId },
      }),

    getAvailability: () => request<Availability>('/availability'),

    /** A page view with the widget loaded (counted once per visitor and day by the server). */
    reportVisit: (visitorId: string) =>
      request<{ recorded: boolean }>('/visit', { method: 'POST', body: { visitorId } }),

    /** A purchase by this visitor, with or without a chat. */
    reportPurchase: (
      visitorId: string,
      purchase: { value: number; currency: string; orderId?: string },
    ) =>
      request<{ recorded: boolean }>('/conversion', {
        method: 'POST',
        body: { visitorId, ...purchase },
      }),

    rate: (session: Session, score: number, comment: string) =>
      request<{ ok: true }>(`${conversationPath(session.conversationId)}/csat`, {
        method: 'POST',
        token: session.customerToken,
        body: comment ? { score, comment } : { score },
      }),

    sendTranscript: (session: Session, email: string) =>
      request<{ queued: true; to: string }>(
        `${conversationPath(session.conversationId)}/transcript`,
        { method: 'POST', token: session.customerToken, body: { email } },
      ),

    /** Asks for a phone call back within a window (ISO times); 400 names what is wrong. */
    requestCallback: (
      session: Session,
      body: { phone: string; windowStart: string; windowEnd: string },
    ) =>
      request<{ id: string; windowStart: string; windowEnd: string }>(
        `${conversationPath(session.conversationId)}/callbacks`,
        { method: 'POST', token: session.customerToken, body },
      ),

    submitForm: (form: { name: string; email: string; text: string; language: Language }) =>
      request<{ conversationId: string }>('/form', { method: 'POST', body: form }),

    /** A file the customer picked, as base64 (the server checks its type and size again). */
    uploadFile: (
      session: Session,
      file: { filename: string; contentType: string; data: string },
      clientMessageId: string,
    ) =>
      request<SendResult>(`${conversationPath(session.conversationId)}/attachments`, {
        method: 'POST',
        token: session.customerToken,
        body: { ...file, clientMessageId },
      }),

    listAttachments: (session: Session) =>
      request<{ attachments: { id: string; messageId: string; filename: string }[] }>(
        `${conversationPath(session.conversationId)}/attachments`,
        { token: session.customerToken },
      ),

    /** A file of the conversation, fetched with the customer token (links carry no token). */
    async downloadAttachment(session: Session, id: string): Promise<Blob> {
      const response = await fetch(
        `${base}${conversationPath(session.conversationId)}/attachments/${encodeURIComponent(id)}`,
        {
          headers: { Authorization: `Bearer ${session.customerToken}` },
          credentials: 'omit',
          mode: 'cors',
        },
      );
      if (!response.ok)
        throw new ApiError(response.status, 'http_error', `HTTP ${response.status}`);
      return response.blob();
    },

    getMessages: (session: Session, after?: string) =>
      request<History>(
        `${conversationPath(session.conversationId)}/messages${
          after ? `?after=${encodeURIComponent(after)}` : ''
        }`,
        { token: session.customerToken },
      ),
  };
}
