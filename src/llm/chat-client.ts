import { z } from 'zod';

export type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string };

/** Why a completion produced nothing; logged, never shown to a customer. */
export type ChatFailure =
  | { reason: 'timeout'; timeoutMs: number }
  | { reason: 'network' | 'malformed'; detail: string }
  | { reason: 'status'; status: number };

export type CompleteOptions = {
  /** Aborts the request after this long; the caller falls back to what it does without a model. */
  timeoutMs: number;
  maxTokens?: number;
  /** Names the use in failure reports (`answer`, `summary`). */
  purpose: string;
};

/** One chat completion: the assistant's text, or null on any failure (already reported). */
export type ChatComplete = (
  messages: ChatMessage[],
  options: CompleteOptions,
) => Promise<string | null>;

export type ChatClientOptions = {
  /** Up to and including the version, e.g. `https://api.openai.com/v1`. */
  baseUrl: string;
  apiKey: string | undefined;
  model: string;
  onFailure?: (failure: ChatFailure & { purpose: string; endpoint: string }) => void;
  fetch?: typeof fetch;
};

/** The part of an OpenAI-compatible response we read; anything else in it is ignored. */
const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

/** Responses larger than this are not a short answer or summary: refuse them unread. */
const MAX_RESPONSE_BYTES = 256 * 1024;

/**
 * A client for an OpenAI-compatible `/chat/completions` endpoint (OpenAI, Azure-style proxies,
 * vLLM, Ollama, llama.cpp). It never throws: a slow, failing or odd endpoint yields null so the
 * bot carries on as it does without a model.
 */
export function createChatClient(options: ChatClientOptions): ChatComplete {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  // Reports name the endpoint without credentials a URL may carry (user:pass@, query keys).
  const endpoint = redactEndpoint(url);
  const doFetch = options.fetch ?? fetch;

  return async (messages, { timeoutMs, maxTokens, purpose }) => {
    const fail = (failure: ChatFailure) => {
      options.onFailure?.({ ...failure, purpose, endpoint });
      return null;
    };
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
    let text: string;
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          model: options.model,
          messages,
          temperature: 0,
          ...(maxTokens ? { max_tokens: maxTokens } : {}),
        }),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        return fail({ reason: 'status', status: response.status });
      }
      const length = Number(response.headers.get('content-length') ?? 0);
      if (length > MAX_RESPONSE_BYTES) {
        await response.body?.cancel().catch(() => {});
        return fail({ reason: 'malformed', detail: 'response too large' });
      }
      text = await response.text();
    } catch (error) {
      if (isTimeout(error)) return fail({ reason: 'timeout', timeoutMs });
      return fail({ reason: 'network', detail: errorName(error) });
    }
    if (text.length > MAX_RESPONSE_BYTES) {
      return fail({ reason: 'malformed', detail: 'response too large' });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return fail({ reason: 'malformed', detail: 'not JSON' });
    }
    const parsed = completionSchema.safeParse(json);
    if (!parsed.success) {
      return fail({ reason: 'malformed', detail: 'no choices[0].message.content' });
    }
    return parsed.data.choices[0]?.message.content ?? null;
  };
}

const isTimeout = (error: unknown) =>
  error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');

/** The error's class and code only: messages from fetch can echo the URL. */
function errorName(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  return code ? `${error.name} (${code})` : error.name;
}

function redactEndpoint(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return 'invalid URL';
  }
}
