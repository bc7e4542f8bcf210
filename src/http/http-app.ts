import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  LogController,
} from 'fastify';
import type { Logger } from 'pino';
import { can } from '../auth/index.js';
import { AppError } from '../errors/index.js';
import { isApiToken } from '../integrations/index.js';
import type { Metrics } from '../metrics/index.js';
import { maskDeep } from '../privacy/index.js';
import type { Principal } from '../users/index.js';
import { fastifyErrorCodes, statusOf } from './error-map.js';
import { isMetricsReader } from './metrics-server.js';
import { XLSX_TYPE } from './multipart.js';
import { buildOpenApi } from './openapi.js';
import { createRouter, type RouteRegistry } from './route.js';
import { registerAccountRoutes } from './routes/account.routes.js';
import { registerAgentRoutes } from './routes/agent.routes.js';
import { registerAllInboxRoutes } from './routes/all-inbox.routes.js';
import {
  registerAnalyticsRoutes,
  registerAnalyticsWidgetRoutes,
} from './routes/analytics.routes.js';
import { registerAuthRoutes } from './routes/auth.routes.js';
import { registerCallRoutes } from './routes/call.routes.js';
import { registerCallbackRoutes } from './routes/callback.routes.js';
import { registerChannelRoutes, registerChannelWebhookRoutes } from './routes/channel.routes.js';
import { registerContactRoutes } from './routes/contact.routes.js';
import { registerGovernanceRoutes } from './routes/governance.routes.js';
import { registerInboxRoutes } from './routes/inbox.routes.js';
import { registerIntegrationRoutes } from './routes/integration.routes.js';
import { registerIntentRoutes } from './routes/intent.routes.js';
import { registerKnowledgeRoutes } from './routes/knowledge.routes.js';
import { registerOutsourcerRoutes } from './routes/outsourcer.routes.js';
import { registerQaRoutes } from './routes/qa.routes.js';
import { registerRatingPages } from './routes/rating.routes.js';
import { registerRoutingRoutes } from './routes/routing.routes.js';
import { registerSsoRoutes } from './routes/sso.routes.js';
import { registerTenantRoutes } from './routes/tenant.routes.js';
import { registerConfirmPages, registerTrustRoutes } from './routes/trust.routes.js';
import { registerWidgetRoutes } from './routes/widget.routes.js';
import { registerWorkforceRoutes } from './routes/workforce.routes.js';
import type { Services } from './services.js';

export type HttpAppOptions = {
  services: Services;
  logger: Logger;
  /** Folder of built front-end assets (`dist`), holding `web/` and `widget/`. */
  assetsDir: string;
  version: string;
  isReady: () => boolean;
  /** False while start-up work that stalls requests (dictionary loading) is still running. */
  isWarm: () => boolean;
  /** Throws when a dependency (database, Redis) does not answer. */
  checkDependencies: () => Promise<void>;
  metrics: Metrics;
  /** Who may read `/metrics` on this port: bearers of the token; nobody when undefined. */
  metricsToken?: string | undefined;
  /** PUBLIC_URL: the base of webhook URLs given to channel platforms. */
  publicUrl?: string | undefined;
  /** TRUST_PROXY: proxies whose X-Forwarded-For entry is the client address (`request.ip`). */
  trustProxy?: readonly string[] | undefined;
};

const consoleCsp =
  "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; media-src 'self' blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a body as UTF-8, refusing invalid byte sequences instead of silently replacing them. */
const decodeUtf8 = (body: Buffer): string => {
  try {
    return strictUtf8.decode(body);
  } catch {
    throw new AppError('bad_request', 'The body is not valid UTF-8');
  }
};

export async function buildHttpApp(options: HttpAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    // The client address public rate limits count: the TCP peer, or the X-Forwarded-For
    // entry added by a listed proxy (never one the client wrote itself).
    trustProxy: options.trustProxy?.length ? [...options.trustProxy] : false,
    // Long ids reach the schema and get its clear 400 rather than a bare 414.
    routerOptions: { maxParamLength: 8000 },
    // Every log line of a request carries its id; a proxy's X-Request-Id is kept when it is sane.
    requestIdHeader: false,
    // One line per request, written when it is answered (below), instead of one on arrival
    // and another on completion: the line costs the event loop as much as a small handler.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
    },
  });

  if (options.trustProxy?.length) {
    // Behind a proxy, fastify's `request.ip` parses X-Forwarded-For on every read, and a
    // request reads it several times (limits, sessions, its log line): read once, kept.
    app.addHook('onRequest', (request, _reply, done) => {
      Object.defineProperty(request, 'ip', { value: request.ip, enumerable: true });
      done();
    });
  }

  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      { req: request, res: reply, responseTime: reply.elapsedTime },
      'request completed',
    );
    done();
  });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer' },
    (_req, body: Buffer, done) => {
      try {
        const text = decodeUtf8(body);
        done(null, text.trim() === '' ? undefined : JSON.parse(text));
      } catch (error) {
        done(
          error instanceof AppError
            ? error
            : new AppError('bad_request', 'The body is not valid JSON'),
        );
      }
    },
  );
  app.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (_req, body: Buffer, done) => {
    try {
      done(null, decodeUtf8(body));
    } catch (error) {
      done(error as Error);
    }
  });
  // Spreadsheet uploads stay bytes; the routes that take them decode them.
  app.addContentTypeParser(
    [XLSX_TYPE, 'multipart/form-data'],
    { parseAs: 'buffer' },
    (_req, body: Buffer, done) => done(null, body),
  );

  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.code === 'too_many_requests') {
        const retryAfter = (error.details as { retryAfter?: number } | undefined)?.retryAfter;
        if (retryAfter) reply.header('retry-after', String(retryAfter));
      }
      return reply
        .status(statusOf[error.code])
        .send({ error: { code: error.code, message: error.message } });
    }
    const mapped = fastifyErrorCodes[error.code];
    const status = error.statusCode ?? 500;
    if (mapped || (status >= 400 && status < 500)) {
      const code = mapped ?? 'bad_request';
      return reply
        .status(mapped ? statusOf[code] : status)
        .send({ error: { code, message: error.message } });
    }
    request.log.error({ err: error }, 'request failed');
    return reply
      .status(500)
      .send({ error: { code: 'internal_error', message: 'Something went wrong on our side' } });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: {
        code: 'not_found',
        message: `No route for ${request.method} ${request.url.split('?')[0]}`,
      },
    });
  });

  // Callback-style hooks: an async hook costs a promise on every request.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-request-id', request.id);
    reply.header('referrer-policy', 'same-origin');
    if (request.url.startsWith('/console')) reply.header('content-security-policy', consoleCsp);
    // The widget runs on customers' own sites: its API is open to any origin (bearer tokens, no cookies).
    if (request.url.startsWith('/api/v1/widget/')) reply.header('access-control-allow-origin', '*');
    done(null, payload);
  });
  app.options('/api/v1/widget/*', (_request, reply) => {
    reply
      .header('access-control-allow-methods', 'GET, POST')
      .header('access-control-allow-headers', 'authorization, content-type')
      .header('access-control-max-age', '600')
      .status(204)
      .send();
  });

  app.get('/healthz', async (_request, reply) => {
    if (!options.isReady()) return reply.status(503).send({ status: 'starting' });
    return { status: 'ok' };
  });
  // Readiness: a load balancer takes this node out when its database or Redis stops answering,
  // and sends it nothing until it has warmed up.
  app.get('/readyz', async (request, reply) => {
    if (!options.isReady()) return reply.status(503).send({ status: 'starting' });
    if (!options.isWarm()) return reply.status(503).send({ status: 'warming' });
    try {
      await options.checkDependencies();
      return { status: 'ready' };
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed');
      return reply.status(503).send({ status: 'unavailable' });
    }
  });
  // Cross-tenant totals: only for the monitoring system (a token, or METRICS_PORT's own listener).
  app.get('/metrics', async (request, reply) => {
    if (!isMetricsReader(request.headers.authorization, options.metricsToken)) {
      return reply.status(404).send({
        error: {
          code: 'not_found',
          message: 'No route for GET /metrics (set METRICS_TOKEN or METRICS_PORT to serve it)',
        },
      });
    }
    reply.header('content-type', options.metrics.contentType);
    return options.metrics.render();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    options.metrics.observeRequest(
      request.method,
      route,
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });

  const registry: RouteRegistry = [];
  const routerDeps = {
    // API tokens (`tsu_…`) act for their tenant with only their scopes; others are staff sessions.
    authenticate: (
      token: string,
      context?: Parameters<typeof options.services.auth.authenticate>[1],
    ) =>
      isApiToken(token)
        ? options.services.integrations.tokens.authenticate(token)
        : options.services.auth.authenticate(token, context),
    assertTenantExists: async (tenantId: string) => {
      await options.services.tenants.getTenant(tenantId);
    },
    audit: async (entry: {
      tenantId: string;
      actorId: string;
      action: string;
      target: string | null;
    }) => {
      await options.services.audit.record(entry).catch(() => {
        // Already logged by the audit service; the change itself has been made.
      });
    },
    mask: (principal: Principal, result: unknown) =>
      (principal.isPiiMasked ?? !can(principal, 'pii.read')) ? maskDeep(result) : result,
  };
  const router = createRouter(app, registry, routerDeps);
  registerAuthRoutes(router, options.services);
  registerTenantRoutes(router, options.services);
  registerAccountRoutes(router, options.services);
  registerSsoRoutes(router, options.services);
  registerAllInboxRoutes(router, options.services);
  registerOutsourcerRoutes(router, options.services);
  registerGovernanceRoutes(router, options.services);
  registerKnowledgeRoutes(router, options.services);
  registerWidgetRoutes(router, options.services);
  registerAgentRoutes(router, options.services);
  registerRoutingRoutes(router, options.services);
  registerInboxRoutes(router, options.services);
  registerQaRoutes(router, options.services);
  registerWorkforceRoutes(router, options.services);
  registerChannelRoutes(router, options.services, { publicUrl: options.publicUrl });
  registerCallRoutes(router, options.services);
  registerTrustRoutes(router, options.services, { publicUrl: options.publicUrl });
  registerConfirmPages(app);
  registerRatingPages(app, options.services);
  registerAnalyticsRoutes(router, options.services);
  registerAnalyticsWidgetRoutes(router, options.services);
  registerIntegrationRoutes(router, options.services);
  registerIntentRoutes(router, options.services);
  registerContactRoutes(router, options.services);
  registerCallbackRoutes(router, options.services);
  await registerChannelWebhookRoutes(
    app,
    (scoped) => createRouter(scoped, registry, routerDeps),
    options.services,
  );

  const openApi = buildOpenApi(registry, options.version);
  app.get('/api/v1/openapi.json', async () => openApi);

  registerFrontEnd(app, options.assetsDir);
  return app;
}

/** The console at /console/, the widget script at /widget.js and the demo shop at /demo. */
function registerFrontEnd(app: FastifyInstance, assetsDir: string) {
  const webDir = path.join(assetsDir, 'web');
  const widgetDir = path.join(assetsDir, 'widget');
  if (fs.existsSync(webDir)) {
    app.register(fastifyStatic, {
      root: webDir,
      prefix: '/console/',
      wildcard: false,
      index: ['index.html'],
    });
    app.get('/console/*', (_request, reply) => reply.sendFile('index.html', webDir));
    app.get('/console', (_request, reply) => reply.redirect('/console/'));
  }
  if (fs.existsSync(widgetDir)) {
    app.register(fastifyStatic, {
      root: widgetDir,
      prefix: '/__widget/',
      decorateReply: !fs.existsSync(webDir),
    });
    app.get('/widget.js', (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      reply.header('access-control-allow-origin', '*');
      return reply.sendFile('widget.js', widgetDir);
    });
    app.get('/demo', (_request, reply) => reply.sendFile('demo.html', widgetDir));
  }
  app.get('/', (_request, reply) => reply.redirect('/console/'));
}
