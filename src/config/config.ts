import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const portSchema = z.coerce.number().int().min(0).max(65535);

const configSchema = z.object({
  PORT: portSchema.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// URL')
    .optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w:.-]+$/)
    .default('tsunagi'),
  TSUNAGI_DEMO: z.enum(['0', '1']).default('1'),
  TSUNAGI_OWNER_EMAIL: z.email().optional(),
  TSUNAGI_OWNER_PASSWORD: z.string().min(8).optional(),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  NODE_ENV: z.string().optional(),
  SMTP_PORT: z.union([z.literal('random'), portSchema]).default(2525),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]+/, 'SMTP_URL must be an smtp://host:port URL')
    .optional(),
  MAIL_FROM: z.email().default('no-reply@tsunagi.localhost'),
  TSUNAGI_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  METRICS_PORT: portSchema.optional(),
  CHANNEL_API_HOSTS: z
    .string()
    .regex(/^[\w.:-]+(,[\w.:-]+)*$/, 'CHANNEL_API_HOSTS must be host names separated by commas')
    .optional(),
  TRUST_PROXY: z
    .string()
    .regex(
      /^[\w.:/]+(,[\w.:/]+)*$/,
      'TRUST_PROXY must be proxy addresses or CIDR ranges separated by commas',
    )
    .optional(),
  MAIL_DOMAINS: z
    .string()
    .regex(
      /^[a-z0-9.-]+\.[a-z0-9-]+(,[a-z0-9.-]+\.[a-z0-9-]+)*$/i,
      'MAIL_DOMAINS must be domain names separated by commas',
    )
    .optional(),
  DNS_SERVERS: z
    .string()
    .regex(
      /^[\w.:[\]]+(,[\w.:[\]]+)*$/,
      'DNS_SERVERS must be addresses (ip or ip:port) separated by commas',
    )
    .optional(),
  RATE_LIMIT_FACTOR: z.coerce.number().min(0).max(1_000_000).default(1),
  LLM_BASE_URL: z
    .string()
    .regex(
      /^https?:\/\/[^/?#]+/,
      'LLM_BASE_URL must be an http(s):// URL, e.g. https://api.openai.com/v1',
    )
    .optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).max(200).optional(),
  STT_BASE_URL: z
    .string()
    .regex(
      /^https?:\/\/[^/?#]+/,
      'STT_BASE_URL must be an http(s):// URL, e.g. http://127.0.0.1:8080/v1',
    )
    .optional(),
  STT_API_KEY: z.string().min(1).optional(),
  STT_MODEL: z.string().min(1).max(200).optional(),
  CALL_MAX_MINUTES: z.coerce.number().int().min(1).max(1440).default(240),
  PRESENCE_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(30),
  /** `off` stops the quality scan of stored messages on this node (for measuring its cost). */
  QA_SCAN_MESSAGES: z.enum(['on', 'off']).default('on'),
  /**
   * The answer policy (Japanese analysis, FAQ search) on a thread of its own. `auto`: in
   * production, on a machine with a second core and 4 GiB, where the event loop limits a node
   * and the thread's own dictionary (about 400 MB) is affordable.
   */
  POLICY_THREAD: z.enum(['on', 'off', 'auto']).default('auto'),
  OUTBOUND_ALLOW_HOSTS: z
    .string()
    .regex(
      /^[\w.:[\]-]+(,[\w.:[\]-]+)*$/,
      'OUTBOUND_ALLOW_HOSTS must be host names or addresses separated by commas',
    )
    .optional(),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(5000),
  AGENT_BOT_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(5000),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  redisPrefix: string;
  isDemoEnabled: boolean;
  owner: { email: string; password: string } | undefined;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  sessionTtlMs: number;
  /** Inbound SMTP: a port, `random` (a free one, for tests), or null when off (`SMTP_PORT=0`). */
  smtpPort: number | 'random' | null;
  /** The relay outgoing mail goes through; without it mail waits in the outbox. */
  smtpUrl: string | undefined;
  /** The sender of mail that has no email channel to come from (form replies, transcripts). */
  mailFrom: string;
  /** Encrypts channel secrets and signs links; generated and kept in the database when unset. */
  secretKey: string | undefined;
  /** `/metrics`: with a bearer token on the main port, on a port of its own, or not at all. */
  metrics: { token: string | undefined; port: number | undefined };
  /**
   * Hosts a channel's `apiBase` may point at (a proxy, a stand-in API). Empty: none, so a tenant
   * admin cannot make the server call into the private network.
   */
  channelApiHosts: string[];
  /**
   * An OpenAI-compatible chat endpoint for grounded answers and handoff summaries; undefined
   * (the default) keeps the bot to FAQ retrieval and extractive summaries.
   */
  llm: { baseUrl: string; apiKey: string | undefined; model: string } | undefined;
  /** An OpenAI-compatible `/audio/transcriptions` endpoint for call transcripts; off by default. */
  speechToText: { baseUrl: string; apiKey: string | undefined; model: string } | undefined;
  /** Longer recordings are refused (`too_long`). */
  callMaxSeconds: number;
  /**
   * How long an agent whose last console socket went may take to come back (a page reload, a
   * node going away) before they are set away.
   */
  presenceGraceMs: number;
  qaScanMessages: boolean;
  policyThread: boolean;
  /**
   * Reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For entry names the client;
   * empty: the client is the TCP peer.
   */
  trustProxy: string[];
  /** The installation's own mail domains: channel addresses on them need no proof. */
  mailDomains: string[];
  /** DNS servers for mail domain proof (TXT lookups); empty: the system's. */
  dnsServers: string[];
  /** Multiplies every public rate limit; 0 turns them off. */
  rateLimitFactor: number;
  /**
   * Hosts webhooks and skills may reach even on private, loopback or link-local addresses
   * (OUTBOUND_ALLOW_HOSTS); every other host must resolve to public addresses only.
   */
  outboundAllowHosts: string[];
  /** The first retry of a failed webhook delivery waits this long, doubling after each. */
  webhookRetryBaseMs: number;
  /** How long an external bot has to answer a conversation's bot turn. */
  agentBotTimeoutMs: number;
};

export class ConfigError extends Error {}

/** Reads and validates the environment once, at start; a bad value stops the process with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  if ((e.TSUNAGI_OWNER_EMAIL === undefined) !== (e.TSUNAGI_OWNER_PASSWORD === undefined)) {
    throw new ConfigError('TSUNAGI_OWNER_EMAIL and TSUNAGI_OWNER_PASSWORD must be set together');
  }
  if (e.NODE_ENV === 'production' && !e.TSUNAGI_SECRET_KEY) {
    throw new ConfigError(
      'TSUNAGI_SECRET_KEY must be set in production (at least 32 random characters)',
    );
  }
  if ((e.LLM_BASE_URL === undefined) !== (e.LLM_MODEL === undefined)) {
    throw new ConfigError(
      'LLM_BASE_URL and LLM_MODEL must be set together (or neither, for no model)',
    );
  }
  if (e.LLM_API_KEY !== undefined && e.LLM_BASE_URL === undefined) {
    throw new ConfigError('LLM_API_KEY is set but LLM_BASE_URL and LLM_MODEL are not');
  }
  if ((e.STT_BASE_URL === undefined) !== (e.STT_MODEL === undefined)) {
    throw new ConfigError('STT_BASE_URL and STT_MODEL must be set together (or neither)');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    isDemoEnabled: e.TSUNAGI_DEMO === '1',
    owner:
      e.TSUNAGI_OWNER_EMAIL && e.TSUNAGI_OWNER_PASSWORD
        ? { email: e.TSUNAGI_OWNER_EMAIL, password: e.TSUNAGI_OWNER_PASSWORD }
        : undefined,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
    smtpPort: e.SMTP_PORT === 0 ? null : e.SMTP_PORT,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    secretKey: e.TSUNAGI_SECRET_KEY,
    metrics: { token: e.METRICS_TOKEN, port: e.METRICS_PORT },
    channelApiHosts: e.CHANNEL_API_HOSTS?.split(',').map((h) => h.toLowerCase()) ?? [],
    llm:
      e.LLM_BASE_URL && e.LLM_MODEL
        ? { baseUrl: e.LLM_BASE_URL.replace(/\/+$/, ''), apiKey: e.LLM_API_KEY, model: e.LLM_MODEL }
        : undefined,
    speechToText:
      e.STT_BASE_URL && e.STT_MODEL
        ? { baseUrl: e.STT_BASE_URL.replace(/\/+$/, ''), apiKey: e.STT_API_KEY, model: e.STT_MODEL }
        : undefined,
    callMaxSeconds: e.CALL_MAX_MINUTES * 60,
    presenceGraceMs: e.PRESENCE_GRACE_SECONDS * 1000,
    qaScanMessages: e.QA_SCAN_MESSAGES === 'on',
    policyThread:
      e.POLICY_THREAD === 'auto'
        ? e.NODE_ENV === 'production' &&
          os.availableParallelism() >= 2 &&
          os.totalmem() >= 4 * 1024 ** 3
        : e.POLICY_THREAD === 'on',
    trustProxy: e.TRUST_PROXY?.split(',') ?? [],
    mailDomains: e.MAIL_DOMAINS?.toLowerCase().split(',') ?? [],
    dnsServers: e.DNS_SERVERS?.split(',') ?? [],
    rateLimitFactor: e.RATE_LIMIT_FACTOR,
    outboundAllowHosts:
      e.OUTBOUND_ALLOW_HOSTS?.split(',').map((h) => h.toLowerCase().replace(/^\[|\]$/g, '')) ?? [],
    webhookRetryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
    agentBotTimeoutMs: e.AGENT_BOT_TIMEOUT_MS,
  };
}
