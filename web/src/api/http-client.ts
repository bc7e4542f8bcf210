import { ApiError } from './api-error';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type HttpClientOptions = {
  getToken: () => string | null;
  /** Called when a staff call answers 401: the session is gone. */
  onUnauthorized: () => void;
};

const readError = async (response: Response): Promise<ApiError> => {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    return new ApiError(
      response.status,
      body.error?.code ?? 'http_error',
      body.error?.message ?? response.statusText,
    );
  } catch {
    return new ApiError(response.status, 'http_error', response.statusText);
  }
};

/** Sends a JSON request and parses the JSON answer; throws ApiError on any failure. */
export async function sendJson<T>(
  method: Method,
  path: string,
  body: unknown,
  token: string | null,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Network error');
  }
  if (!response.ok) throw await readError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export type HttpClient = {
  request: <T>(method: Method, path: string, body?: unknown) => Promise<T>;
  /** A staff call whose body or answer is not JSON (file downloads and uploads). */
  requestRaw?: (
    method: Method,
    path: string,
    body?: BodyInit,
    headers?: Record<string, string>,
  ) => Promise<Response>;
};

/** A client for staff calls: adds the bearer token and reports a lost session. */
export function createHttpClient({ getToken, onUnauthorized }: HttpClientOptions): HttpClient {
  return {
    async request<T>(method: Method, path: string, body?: unknown) {
      try {
        return await sendJson<T>(method, path, body, getToken());
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) onUnauthorized();
        throw error;
      }
    },
    async requestRaw(method: Method, path: string, body?: BodyInit, headers = {}) {
      const token = getToken();
      let response: Response;
      try {
        response = await fetch(path, {
          method,
          body,
          headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        });
      } catch {
        throw new ApiError(0, 'network_error', 'Network error');
      }
      if (response.status === 401) onUnauthorized();
      if (!response.ok) throw await readError(response);
      return response;
    },
  };
}
