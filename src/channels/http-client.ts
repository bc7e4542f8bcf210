import type { SendOutcome } from './channel.types.js';

/** Outbound platform calls never hang the worker. */
const timeoutMs = 10_000;

/**
 * POSTs JSON to a platform API and classifies the answer: 2xx sent; 429 and 5xx and network
 * errors retried; other 4xx refused for good (the platform will not change its mind).
 */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<SendOutcome & { httpStatus?: number }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    return { status: 'retry', error: `network: ${(error as Error).message}` };
  }
  // Only a bounded piece of the answer is read, for the log.
  const text = (await response.text().catch(() => '')).slice(0, 300);
  if (response.ok) return { status: 'sent', httpStatus: response.status };
  const error = `HTTP ${response.status}: ${text}`;
  const isTransient = response.status === 429 || response.status >= 500;
  return { status: isTransient ? 'retry' : 'failed', error, httpStatus: response.status };
}

/**
 * Fetches a file from a platform (LINE content, a Telegram file) with a size cap: nothing is
 * kept when the answer is not 2xx or is larger than `maxBytes`.
 */
export async function fetchBytes(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown },
  maxBytes: number,
): Promise<{ content: Buffer; contentType: string } | { error: string }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(30_000),
      redirect: 'error',
    });
  } catch (error) {
    return { error: `network: ${(error as Error).message}` };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { error: `HTTP ${response.status}` };
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return { error: 'over the size limit' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > maxBytes) return { error: 'over the size limit' };
    chunks.push(Buffer.from(chunk));
  }
  return {
    content: Buffer.concat(chunks),
    contentType:
      response.headers.get('content-type')?.split(';')[0]?.trim() || 'application/octet-stream',
  };
}
