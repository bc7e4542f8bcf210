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
