import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { startTsunagi, type Tsunagi } from '../../src/app.js';
import { loadConfig } from '../../src/config/index.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/index.js';

export type DatabaseKind = { name: 'sqlite' } | { name: 'postgres'; url: string };

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL points at one (CI sets it). */
export function databasesUnderTest(): DatabaseKind[] {
  const url = process.env.TEST_DATABASE_URL;
  return url ? [{ name: 'sqlite' }, { name: 'postgres', url }] : [{ name: 'sqlite' }];
}

export const owner = { email: 'owner@tsunagi.test', password: 'owner-password-1' };

export type TestServer = Tsunagi & { api: Api; cleanup: () => Promise<void> };

/** Starts the real server on a random port over a fresh database (a temp dir or a new schema). */
export async function startTestServer(
  database: DatabaseKind = { name: 'sqlite' },
  env: Record<string, string> = {},
): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-test-'));
  let schema: string | undefined;
  if (database.name === 'postgres') {
    schema = `test_${randomBytes(6).toString('hex')}`;
    await withPg(database.url, (c) => c.query(`CREATE SCHEMA ${schema}`));
  }
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    // Inbound SMTP is off unless a test asks for it (several servers run at once).
    SMTP_PORT: '0',
    TSUNAGI_OWNER_EMAIL: owner.email,
    TSUNAGI_OWNER_PASSWORD: owner.password,
    // Suites play many customers from one address; the limits' own tests set 1.
    RATE_LIMIT_FACTOR: '100',
    ...(database.name === 'postgres' ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  const tsunagi = await startTsunagi({ config, ...(schema ? { databaseSchema: schema } : {}) });
  let isStopped = false;
  return {
    ...tsunagi,
    api: createApi(tsunagi.url),
    async cleanup() {
      if (!isStopped) await tsunagi.stop();
      isStopped = true;
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (database.name === 'postgres' && schema) {
        await withPg(database.url, (c) => c.query(`DROP SCHEMA ${schema} CASCADE`));
      }
    },
  };
}

async function withPg<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export type ApiResponse<T = Record<string, unknown>> = {
  status: number;
  body: T;
  headers: Headers;
};
// biome-ignore lint/suspicious/noExplicitAny: test responses are inspected field by field
export type Json = any;

export type Api = ReturnType<typeof createApi>;

export function createApi(baseUrl: string) {
  async function request(
    method: string,
    url: string,
    options: {
      body?: unknown;
      raw?: string | Buffer;
      token?: string | undefined;
      contentType?: string;
    } = {},
  ): Promise<ApiResponse<Json>> {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | Buffer | undefined;
    if (options.raw !== undefined) {
      body = options.raw;
      headers['content-type'] = options.contentType ?? 'application/json';
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${baseUrl}${url}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {}
    return { status: response.status, body: parsed as Json, headers: response.headers };
  }
  return {
    request,
    get: (url: string, token?: string) => request('GET', url, { token }),
    post: (url: string, body?: unknown, token?: string) => request('POST', url, { body, token }),
    put: (url: string, body?: unknown, token?: string) => request('PUT', url, { body, token }),
    async login(email: string, password: string): Promise<string> {
      const res = await request('POST', '/api/v1/auth/login', { body: { email, password } });
      if (res.status !== 200)
        throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token as string;
    },
  };
}

export const demo = {
  tenantId: 'demo',
  widgetKey: 'demo',
  admin: { email: 'admin@demo.tsunagi.local', password: 'tsunagi-demo' },
  agent1: { email: 'agent1@demo.tsunagi.local', password: 'tsunagi-demo' },
  agent2: { email: 'agent2@demo.tsunagi.local', password: 'tsunagi-demo' },
};

/** Opens a widget conversation and returns what a widget would hold. */
export async function startWidgetConversation(
  api: Api,
  body: unknown = {},
  widgetKey = demo.widgetKey,
) {
  const res = await api.post(`/api/v1/widget/${widgetKey}/conversations`, body);
  if (res.status !== 201)
    throw new Error(`start conversation failed: ${res.status} ${JSON.stringify(res.body)}`);
  const { conversationId, customerToken } = res.body as {
    conversationId: string;
    customerToken: string;
  };
  return {
    conversationId,
    customerToken,
    send: (text: string, clientMessageId?: string) =>
      api.request('POST', `/api/v1/widget/${widgetKey}/conversations/${conversationId}/messages`, {
        body: { text, ...(clientMessageId ? { clientMessageId } : {}) },
        token: customerToken,
      }),
    history: (after?: string) =>
      api.get(
        `/api/v1/widget/${widgetKey}/conversations/${conversationId}/messages${after ? `?after=${after}` : ''}`,
        customerToken,
      ),
  };
}

/**
 * Connects a Socket.IO client and resolves once connected (rejects on a refused handshake).
 * `setup` attaches listeners before connecting, as a real client does, so events the server
 * sends right after the handshake (catch-up) are not missed.
 */
export function connectSocket(
  baseUrl: string,
  namespace: string,
  auth: Record<string, unknown>,
  setup: (socket: Socket) => void = () => {},
): Promise<Socket> {
  const socket = io(`${baseUrl}${namespace}`, {
    path: '/socket.io',
    auth,
    transports: ['websocket'],
    reconnection: false,
    autoConnect: false,
  });
  setup(socket);
  socket.connect();
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Resolves with the first event matching `predicate`, or rejects after `ms`. */
export function nextEvent<T = Json>(
  socket: Socket,
  event: string,
  predicate: (payload: T) => boolean = () => true,
  ms = 5000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler);
      reject(new Error(`no ${event} within ${ms} ms`));
    }, ms);
    const handler = (payload: T) => {
      if (!predicate(payload)) return;
      clearTimeout(timer);
      socket.off(event, handler);
      resolve(payload);
    };
    socket.on(event, handler);
  });
}

export type NodeProcess = {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
};

/** Runs `src/main.ts` as its own process, as `npm start` does after building. */
export function startNodeProcess(
  env: Record<string, string>,
  /** `dist` runs the compiled server (`npm run build:server` first), as in production. */
  entry: 'src' | 'dist' = 'src',
): Promise<NodeProcess> {
  // BENCH_NODE_ARGS: extra node flags for the compiled server, e.g. `--cpu-prof` to profile a bench.
  const extra =
    entry === 'dist' ? (process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []) : [];
  const args = entry === 'dist' ? [...extra, 'dist/main.js'] : ['--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SMTP_PORT: '0',
      RATE_LIMIT_FACTOR: '100',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return new Promise((resolve, reject) => {
    let isListening = false;
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // Until found only: a node logging each request would be rescanned whole per chunk.
      if (isListening) return;
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        isListening = true;
        resolve({ child, url: match[1], output: () => output, exited });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    exited.then((code) => reject(new Error(`exited ${code} before listening:\n${output}`)));
  });
}

/** A fresh PostgreSQL schema, addressed by a URL that selects it, and its removal. */
export async function createPgSchema(
  url: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await withPg(url, (c) => c.query(`CREATE SCHEMA ${schema}`));
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: scoped.toString(),
    drop: () => withPg(url, (c) => c.query(`DROP SCHEMA ${schema} CASCADE`)).then(() => undefined),
  };
}

/** A database of its own, not migrated (a temp dir, or a new PostgreSQL schema), and its removal. */
export async function openTestDatabase(
  database: DatabaseKind,
  name: string,
): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void> }> {
  if (database.name === 'postgres') {
    const schema = await createPgSchema(database.url);
    const handle = openDatabase({ databaseUrl: schema.url, dataDir: '' });
    return {
      handle,
      cleanup: async () => {
        await handle.close();
        await schema.drop();
      },
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `tsunagi-${name}-`));
  const handle = openDatabase({ dataDir });
  return {
    handle,
    cleanup: async () => {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
