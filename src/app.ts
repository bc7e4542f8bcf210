import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import {
  createAnalyticsRepository,
  createAnalyticsService,
  createReportSchedule,
} from './analytics/index.js';
import { createAuditRepository, createAuditService } from './audit/index.js';
import {
  createAccountRepository,
  createAccountService,
  createAuthService,
  createLoginFailureRepository,
  createLoginThrottle,
  createOutsourcerRepository,
  createOutsourcerService,
  createSessionRepository,
  createSsoRepository,
  createSsoService,
} from './auth/index.js';
import { createBotAssistant } from './bot/index.js';
import { createInProcessBus, createRedisBus, type EventBus } from './bus/index.js';
import { createCallbackRepository, createCallbackService } from './callbacks/index.js';
import { createCallAnalyser, createCallRepository, createCallService } from './calls/index.js';
import { createCannedRepository, createCannedService } from './canned/index.js';
import {
  createChannels,
  createMailer,
  isSealed,
  loadInstallationKeys,
  openSealed,
  seal,
} from './channels/index.js';
import { type Config, createLogger } from './config/index.js';
import { createContactRepository, createContactService } from './contacts/index.js';
import { createConversationRepository, createConversationService } from './conversations/index.js';
import { isUniqueViolation, migrateToLatest, openDatabase, pingDatabase } from './db/index.js';
import { createDemoWorkspace } from './demo/index.js';
import { AppError } from './errors/index.js';
import {
  buildHttpApp,
  type MetricsServer,
  type Services,
  startMetricsServer,
} from './http/index.js';
import { newSecret } from './ids/index.js';
import { createInboxRepository, createInboxService } from './inbox/index.js';
import { createIntegrations } from './integrations/index.js';
import { createIntentRepository, createIntentService } from './intents/index.js';
import {
  createFaqRepository,
  createKnowledgeService,
  createUnansweredRepository,
} from './knowledge/index.js';
import { createChatClient } from './llm/index.js';
import { createMetrics } from './metrics/index.js';
import { createModerationRepository, createModerationService } from './moderation/index.js';
import { createPolicyWorker, loadEnglishSenses, loadJapaneseAnalyzer } from './nlu/index.js';
import { createPrivacyRepository, createPrivacyService } from './privacy/index.js';
import { createQaRepository, createQaService, riskOf } from './qa/index.js';
import { createMemoryStore, createPublicLimits, createRedisStore } from './ratelimit/index.js';
import { createGateway, type Gateway } from './realtime/index.js';
import { createRoutingRepository, createRoutingService } from './routing/index.js';
import {
  createTenantRepository,
  createTenantService,
  createTenantUsageRepository,
} from './tenants/index.js';
import { createUserRepository, createUserService } from './users/index.js';
import { createWorkforceRepository, createWorkforceService } from './workforce/index.js';

export type Tsunagi = {
  url: string;
  /** The inbound SMTP port, or null when SMTP is off. */
  smtpPort: number | null;
  /** The port of `/metrics` when it has its own (METRICS_PORT), else null. */
  metricsPort: number | null;
  services: Services;
  /** The scheduled report mails: `runDue(now)` sends what is due at `now` (the timer calls it). */
  reports: { runDue: (now?: Date) => Promise<Record<string, string[]>> };
  /** Stops accepting, lets in-flight requests and event handlers finish, closes the database. */
  stop: () => Promise<void>;
};

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const readVersion = (): string => {
  try {
    return (
      JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return '0.0.0';
  }
};

export type StartOptions = {
  config: Config;
  logger?: Logger;
  /** PostgreSQL schema to use (tests run each suite in its own). */
  databaseSchema?: string;
  /** false leaves analytics facts unrecorded (the benchmark's baseline); on by default. */
  recordAnalyticsFacts?: boolean;
  /** Called after the demo workspace is created, to tell the person at the terminal. */
  onDemoCreated?: () => void;
};

/** The composition root: configuration → database → bus → domain services → HTTP and realtime. */
export async function startTsunagi(options: StartOptions): Promise<Tsunagi> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    ...(options.databaseSchema ? { schema: options.databaseSchema } : {}),
    onBackgroundError: (message) => logger.warn({ err: message }, 'SQLite checkpoint failed'),
  });
  await migrateToLatest(database.db, database.dialect);
  const { db, dialect } = database;

  const onBusError = (error: unknown, event: { type: string }) =>
    logger.error({ err: error, event: event.type }, 'event handler failed');
  const bus: EventBus = config.redisUrl
    ? await createRedisBus({
        url: config.redisUrl,
        prefix: config.redisPrefix,
        onError: onBusError,
        onTransportError: (error) => logger.warn({ err: error }, 'event bus redis error'),
      })
    : createInProcessBus(onBusError);
  const tenants = createTenantService({ tenants: createTenantRepository(db) });
  const userRepository = createUserRepository(db);
  const users = createUserService({ users: userRepository, bus });
  const installationKeys = await loadInstallationKeys(db, dialect, config.secretKey);
  const accountSecretBox = {
    seal: (plaintext: string, context: string) =>
      seal(installationKeys.accounts, plaintext, context),
    open: (sealed: string, context: string) =>
      openSealed(installationKeys.accounts, sealed, context),
    isSealed,
  };
  const accountRepository = createAccountRepository(db, accountSecretBox);
  // TOTP secrets written before they were encrypted are sealed once, at start.
  await accountRepository.sealPlainTotpSecrets();
  const auth = createAuthService({
    users: userRepository,
    sessions: createSessionRepository(db),
    throttle: createLoginThrottle({ failures: createLoginFailureRepository(db) }),
    accounts: accountRepository,
    sessionTtlMs: config.sessionTtlMs,
    onSessionsEnded: ({ user, tokenHash }) =>
      bus.publish({
        type: 'sessions.ended',
        tenantId: user.tenantId,
        userId: user.userId,
        ...(tokenHash ? { tokenHash } : {}),
      }),
  });
  const accountMailer = createMailer(config.smtpUrl);
  const accounts = createAccountService({
    accounts: accountRepository,
    users: userRepository,
    userService: users,
    usage: createTenantUsageRepository(db).usage,
    consoleUrl: config.publicUrl ?? `http://${config.host}:${config.port}`,
    async sendMail(mail) {
      const outcome = await accountMailer.send({
        from: config.mailFrom,
        ...mail,
        messageId: `<${newSecret(16)}@${config.mailFrom.split('@')[1] ?? 'tsunagi.localhost'}>`,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
      if (outcome.status !== 'sent') {
        logger.warn({ mail: outcome.status, error: outcome.error }, 'account mail not sent');
      }
    },
    // Sockets check their session when they connect; ending them makes clients reconnect.
    endLiveSessions: (userId) => {
      gateway?.io.of('/agent').in(`u:${userId}`).disconnectSockets(true);
    },
  });
  const sso = createSsoService({
    sso: createSsoRepository(db),
    accounts: accountRepository,
    users: userRepository,
    box: accountSecretBox,
    addMember: (member) => accounts.addMember(member),
    publicUrl: config.publicUrl,
  });
  const outsourcers = createOutsourcerService({
    outsourcers: createOutsourcerRepository(db),
    users: userRepository,
    endLiveSessions: (userId) => {
      gateway?.io.of('/agent').in(`u:${userId}`).disconnectSockets(true);
    },
  });
  const audit = createAuditService({
    audit: createAuditRepository(db),
    onError: (error) => logger.error({ err: error }, 'audit entry failed'),
  });
  const privacy = createPrivacyService({
    privacy: createPrivacyRepository(db, dialect),
    audit,
    dialect,
  });
  const knowledge = createKnowledgeService({
    faqs: createFaqRepository(db),
    unanswered: createUnansweredRepository(db),
    bus,
    onError: (error) => logger.error({ err: error }, 'recording an unanswered question failed'),
  });
  // Japanese morphological analysis (FAQ indexes rebuild once it has loaded) and English word
  // senses load in the background.
  // Until then the node answers but reports itself not ready: loading stalls the event loop
  // in bursts, and a load balancer should not send it traffic before that is over.
  let isWarm = false;
  Promise.all([
    loadJapaneseAnalyzer().catch((error: unknown) =>
      logger.warn({ err: error }, 'Japanese dictionary failed to load; using the fallback'),
    ),
    loadEnglishSenses(),
  ]).finally(() => {
    isWarm = true;
  });
  const intents = createIntentService({
    intents: createIntentRepository(db),
    bus,
    onError: (error, tenantId) => logger.error({ err: error, tenantId }, 'intent training failed'),
  });
  const channels = await createChannels({
    db,
    dialect,
    bus,
    logger,
    secretKey: config.secretKey,
    smtpUrl: config.smtpUrl,
    mailFrom: config.mailFrom,
    apiHosts: config.channelApiHosts,
    mailDomains: config.mailDomains,
    dnsServers: config.dnsServers,
    conversations: () => conversations,
    tenantName: async (tenantId) => (await tenants.getTenant(tenantId)).name,
    recordCsat: (tenantId, conversationId, score) =>
      analytics.recordCsat(tenantId, conversationId, score),
    publicUrl: config.publicUrl,
  });
  const conversationRepository = createConversationRepository(db, dialect);
  // Off by default: without a model the bot answers from the FAQ alone.
  const assistant = config.llm
    ? createBotAssistant({
        complete: createChatClient({
          ...config.llm,
          onFailure: (failure) =>
            logger.warn({ llm: failure }, 'language model failed; answering without it'),
        }),
      })
    : undefined;
  let routing: ReturnType<typeof createRoutingService> | undefined;
  const analytics = createAnalyticsService({
    analytics: createAnalyticsRepository(db, dialect),
    bus,
    onError: (error) => logger.error({ err: error }, 'recording call reasons failed'),
  });
  const contacts = createContactService({ contacts: createContactRepository(db), audit });
  const callbacks = createCallbackService({
    callbacks: createCallbackRepository(db),
    bus,
    onError: (error) => logger.error({ err: error }, 'callback event failed'),
  });
  const policyThread = config.policyThread
    ? createPolicyWorker({
        onError: (error) => logger.error({ err: error }, 'the answer policy thread failed'),
      })
    : undefined;
  const conversations = createConversationService({
    conversations: conversationRepository,
    policyThread,
    contacts,
    knowledge,
    users,
    bus,
    enqueueOutbound: channels.enqueueOutbound,
    assistant,
    classifyIntent: intents.classify,
    onResolved: channels.onResolved,
    closedHours: async (tenantId) => (routing ? routing.closedHours(tenantId) : () => null),
    ...(options.recordAnalyticsFacts === false ? {} : { recordFact: analytics.recordFact }),
    // A callback request's questions come first; otherwise an external agent bot or the
    // tenant's bot flows.
    flowTurn: async (input) => (await callbacks.chatTurn(input)) ?? integrations.botTurn(input),
    flowIdle: (tenantId, conversationId, lastSeq) =>
      integrations.flowRunner.idleAt(tenantId, conversationId, lastSeq),
    // Routing failures must not fail the customer's already-committed message.
    route: (tenantId) =>
      (routing?.routeTenant(tenantId) ?? Promise.resolve()).catch((error: unknown) =>
        logger.error({ err: error, tenantId }, 'routing failed'),
      ),
  });
  const routingRepository = createRoutingRepository(db, dialect);
  routing = createRoutingService({
    routing: routingRepository,
    conversationService: conversations,
    users,
    bus,
    onError: (error, tenantId) => logger.error({ err: error, tenantId }, 'routing sweep failed'),
    intentSkills: intents.skillMap,
  });
  const inbox = createInboxService({
    inbox: createInboxRepository(db),
    conversations,
    knowledge,
    routing,
    bus,
  });
  const canned = createCannedService({ canned: createCannedRepository(db) });
  const moderation = createModerationService({
    moderation: createModerationRepository(db),
    bus,
  });
  const calls = createCallService({
    calls: createCallRepository(db),
    analyser: createCallAnalyser(),
    recordingsDir: path.join(config.dataDir, 'recordings'),
    maxSeconds: config.callMaxSeconds,
    speechToText: config.speechToText,
    isAgentOf: async (tenantId, userId) =>
      (await users.findInTenant(tenantId, userId)) !== undefined,
    onError: (error, callId) => logger.error({ err: error, callId }, 'call analysis failed'),
    // Calls are analysed after start, once `qa` below exists.
    scanTranscript: (tenantId, segments) => qa.scanTranscript(tenantId, segments),
    riskOf,
  });
  // Every stored message is scanned for quality problems after commit, off the message's path.
  const qa = createQaService({
    qa: createQaRepository(db),
    moderation,
    bus,
    onError: (error) => logger.error({ err: error }, 'quality scan failed'),
    // One node hears every message of its conversations; across nodes context is read.
    contextWindow: !config.redisUrl,
  });
  const stopQa = config.qaScanMessages ? qa.start() : () => {};
  const workforce = createWorkforceService({ workforce: createWorkforceRepository(db) });
  const limitStore = config.redisUrl
    ? createRedisStore({
        url: config.redisUrl,
        prefix: config.redisPrefix,
        onError: (error) => logger.warn({ err: error }, 'rate limit redis error'),
      })
    : createMemoryStore();
  const integrations = await createIntegrations({
    db,
    bus,
    logger,
    secretKey: config.secretKey,
    allowHosts: config.outboundAllowHosts,
    webhookRetryBaseMs: config.webhookRetryBaseMs,
    agentBotTimeoutMs: config.agentBotTimeoutMs,
    timeZoneOf: async (tenantId) => (await routingRepository.getSettings(tenantId)).timeZone,
    postProactive: (input) => conversations.postProactiveMessage(input),
    conversationStatus: async (tenantId, id) =>
      (await conversationRepository.find(tenantId, id))?.status,
    intentOf: (tenantId, text) => intents.classify(tenantId, text)?.name,
  });
  const services: Services = {
    auth,
    calls,
    tenants,
    users,
    knowledge,
    intents,
    conversations,
    routing,
    inbox,
    canned,
    moderation,
    channels,
    qa,
    workforce,
    limits: createPublicLimits(limitStore, config.rateLimitFactor),
    analytics,
    accounts,
    audit,
    privacy,
    integrations,
    contacts,
    callbacks,
    sso,
    outsourcers,
  };
  // Weekly and monthly client reports, emailed to the recipients each tenant set.
  const reportMailer = createMailer(config.smtpUrl);
  const reportSchedule = createReportSchedule({
    analytics,
    tenantName: async (tenantId) => (await tenants.getTenant(tenantId)).name,
    send: async (mail) => {
      const outcome = await reportMailer.send({
        from: config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: `<report.${randomUUID()}@${config.mailFrom.split('@')[1] ?? 'tsunagi.local'}>`,
        attachments: [mail.attachment],
      });
      if (outcome.status !== 'sent')
        logger.warn({ reason: outcome.error }, 'a report mail was not sent');
      return outcome.status === 'sent';
    },
    onError: (error, tenantId) =>
      logger.error({ err: error, tenantId }, 'sending a scheduled report failed'),
  });
  reportSchedule.start();
  // Another node changed a tenant's FAQ: drop this node's copy of its index.
  bus.subscribe('faq.changed', (event) => knowledge.invalidate(event.tenantId), {
    scope: 'cluster',
  });
  // Another node trained a tenant's intents: train this node's copy from the same data.
  bus.subscribe('intents.trained', (event) => intents.refresh(event.tenantId, event.trainedAt), {
    scope: 'cluster',
  });

  // Nodes starting together race to seed an empty database; the one that loses skips it.
  const isSeededElsewhere = (error: unknown) =>
    error instanceof AppError && error.code === 'conflict';
  // The owner is created whenever none exists, also on a database that already has users.
  if (config.owner && !(await users.hasOwner())) {
    await users
      .createUser({ ...config.owner, name: 'Owner', role: 'owner', tenantId: null })
      .catch((error: unknown) => {
        if (!isSeededElsewhere(error) && !isUniqueViolation(error)) throw error;
      });
    if (!(await users.hasOwner())) {
      logger.warn('TSUNAGI_OWNER_EMAIL belongs to a user of a tenant; no owner was created');
    }
  }
  let isDemoNew = false;
  if (config.isDemoEnabled && (await tenants.countTenants()) === 0) {
    try {
      await createDemoWorkspace({ tenants, users, knowledge });
      isDemoNew = true;
      options.onDemoCreated?.();
    } catch (error) {
      if (!isSeededElsewhere(error) && !isUniqueViolation(error)) throw error;
    }
  }

  let gateway: Gateway | undefined;
  const metrics = createMetrics({
    bus,
    countQueued: () => conversationRepository.countQueuedAllTenants(),
    countSockets: () => ({
      agent: gateway?.io.of('/agent').sockets.size ?? 0,
      widget: gateway?.io.of('/widget').sockets.size ?? 0,
    }),
    ...(policyThread ? { countPolicyThread: policyThread.counts } : {}),
  });

  let isReady = false;
  const app = await buildHttpApp({
    services,
    logger,
    assetsDir: path.join(repoRoot, 'dist'),
    version: readVersion(),
    isReady: () => isReady,
    isWarm: () => isWarm,
    metrics,
    // With a port of its own, `/metrics` is not served on the public one at all.
    metricsToken: config.metrics.port === undefined ? config.metrics.token : undefined,
    checkDependencies: () => pingDatabase(db),
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
  });
  await app.ready();
  gateway = await createGateway({
    server: app.server,
    services,
    bus,
    logger,
    redis: config.redisUrl ? { url: config.redisUrl, prefix: config.redisPrefix } : undefined,
    presenceGraceMs: config.presenceGraceMs,
  });
  const openGateway = gateway;
  await bus.ready();
  await app.listen({ port: config.port, host: config.host });
  if (config.isDemoEnabled) {
    // The demo's order-status flow calls the demo shop API served here (only that path is let through).
    const selfHost = ['0.0.0.0', '::'].includes(config.host)
      ? '127.0.0.1'
      : config.host.includes(':')
        ? `[${config.host}]`
        : config.host;
    const selfBase = `http://${selfHost}:${(app.server.address() as AddressInfo).port}`;
    if (isDemoNew) await integrations.installDemoFlow(selfBase);
    else integrations.allowDemoShop(selfBase);
  }
  const { smtpPort } = await channels.start({ port: config.smtpPort, host: config.host });
  const metricsServer: MetricsServer | undefined =
    config.metrics.port === undefined
      ? undefined
      : await startMetricsServer({
          metrics,
          host: config.host,
          port: config.metrics.port,
          token: config.metrics.token,
        });
  routing.start();
  // Retention runs hourly; every node may run it, the deletes are idempotent.
  const retention = setInterval(() => {
    privacy
      .applyRetention()
      .catch((error: unknown) => logger.error({ err: error }, 'retention sweep failed'));
  }, 60 * 60_000);
  retention.unref();
  integrations.start();
  isReady = true;
  // Recordings acknowledged before a stop or a crash are analysed now.
  void calls.resume();
  const address = app.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let stopping: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    smtpPort,
    metricsPort: metricsServer?.port ?? null,
    services,
    reports: { runDue: (now) => reportSchedule.runDue(now) },
    stop() {
      stopping ??= (async () => {
        isReady = false;
        clearInterval(retention);
        routing?.stop();
        reportSchedule.stop();
        await openGateway.close();
        await metricsServer?.close();
        await app.close();
        await channels.stop();
        await calls.stop();
        await bus.idle();
        stopQa();
        analytics.stop();
        await analytics.flush();
        await integrations.stop();
        await policyThread?.close();
        await bus.close();
        await limitStore.close();
        await database.close();
      })();
      return stopping;
    },
  };
}
