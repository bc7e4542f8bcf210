import type { Logger } from 'pino';
import type { EventBus } from '../bus/index.js';
import type { Db } from '../db/index.js';
import {
  createFlowRepository,
  createFlowRunner,
  createFlowService,
  demoOrderFlow,
} from '../flows/index.js';
import { newSecret } from '../ids/index.js';
import { createAgentBot } from './agent-bot.js';
import { createAgentBotRepository } from './agent-bot.repository.js';
import { createApiTokenRepository } from './api-token.repository.js';
import { createApiTokenService } from './api-token.service.js';
import type { OutboundPolicy } from './outbound-http.js';
import { createProactiveRepository } from './proactive.repository.js';
import { createProactiveService, type ProactiveServiceOptions } from './proactive.service.js';
import { createWebhookRepository } from './webhook.repository.js';
import { createWebhookService } from './webhook.service.js';
import { createWidgetTriggerRepository } from './widget-trigger.repository.js';
import { createWidgetTriggerService } from './widget-trigger.service.js';

export type IntegrationsOptions = {
  db: Db;
  bus: EventBus;
  logger: Logger;
  /** TSUNAGI_SECRET_KEY, or undefined to use the installation's stored one. */
  secretKey: string | undefined;
  /** OUTBOUND_ALLOW_HOSTS. */
  allowHosts: readonly string[];
  webhookRetryBaseMs?: number;
  /** Appends a proactive message to a conversation (the conversation service's). */
  postProactive: ProactiveServiceOptions['post'];
  /** A conversation's status (flows run only while the bot holds it). */
  conversationStatus: (tenantId: string, conversationId: string) => Promise<string | undefined>;
  /** The tenant's intent for a message when its classifier is sure (flow intent triggers). */
  intentOf?: ((tenantId: string, text: string) => string | undefined) | undefined;
  /** AGENT_BOT_TIMEOUT_MS: how long an external bot has to answer a turn. */
  agentBotTimeoutMs?: number | undefined;
  /** The tenant's time zone (widget triggers' quiet hours and daily limits). */
  timeZoneOf?: ((tenantId: string) => Promise<string>) | undefined;
};

/** API tokens, outgoing webhooks and proactive messages, wired together. */
export async function createIntegrations(options: IntegrationsOptions) {
  const webhookRepository = createWebhookRepository(options.db);
  const masterSecret =
    options.secretKey ??
    (await webhookRepository.installationSecret('master-key', () => newSecret(32)));
  const allowPrefixes: string[] = [];
  const policy: OutboundPolicy = { allowHosts: options.allowHosts, allowPrefixes };
  const tokens = createApiTokenService({ tokens: createApiTokenRepository(options.db) });
  const webhooks = createWebhookService({
    webhooks: webhookRepository,
    bus: options.bus,
    logger: options.logger,
    masterSecret,
    policy,
    ...(options.webhookRetryBaseMs !== undefined
      ? { backoffBaseMs: options.webhookRetryBaseMs }
      : {}),
  });
  const proactive = createProactiveService({
    proactive: createProactiveRepository(options.db),
    logger: options.logger,
    post: options.postProactive,
  });
  const flowRepository = createFlowRepository(options.db);
  const flows = createFlowService({ flows: flowRepository, masterSecret });
  const flowRunner = createFlowRunner({
    flows,
    repository: flowRepository,
    policy,
    statusOf: options.conversationStatus,
    intentOf: options.intentOf,
  });
  const agentBot = createAgentBot({
    bus: options.bus,
    turns: createAgentBotRepository(options.db),
    onError: (error) => options.logger.error({ err: error }, 'agent-bot turn failed'),
    isEnabled: (tenantId) => webhooks.subscribes(tenantId, 'conversation.bot_turn'),
    statusOf: options.conversationStatus,
    timeoutMs: options.agentBotTimeoutMs ?? 5000,
  });
  return {
    tokens,
    webhooks,
    proactive,
    /** Proactive widget triggers, served with the widget's config. */
    widgetTriggers: createWidgetTriggerService({
      repository: createWidgetTriggerRepository(options.db),
      bus: options.bus,
      timeZoneOf: options.timeZoneOf ?? (async () => 'Asia/Tokyo'),
    }),
    flows,
    flowRunner,
    agentBot,
    /** The bot's turn: a flow (running or triggered), else an external bot, else undefined. */
    async botTurn(input: Parameters<typeof flowRunner.turn>[0]) {
      const flow = await flowRunner.turn(input);
      // A recheck only looks for a flow another node started: the external bot was asked.
      if (flow || input.check?.recheck) return flow;
      return agentBot.turn(input);
    },
    policy,
    /**
     * The demo's order-status flow, calling the demo shop API this server serves: only that
     * path of this server is let through the address check.
     */
    async installDemoFlow(selfBase: string) {
      const shopBase = `${selfBase}/demo/shop/`;
      if (!allowPrefixes.includes(shopBase)) allowPrefixes.push(shopBase);
      if (!(await flows.compiled('demo', 'order-status'))) {
        await flows.put('demo', 'order-status', demoOrderFlow(selfBase));
      }
    },
    /** Lets the demo shop API of this server through (when the demo workspace exists). */
    allowDemoShop(selfBase: string) {
      const shopBase = `${selfBase}/demo/shop/`;
      if (!allowPrefixes.includes(shopBase)) allowPrefixes.push(shopBase);
    },
    start() {
      webhooks.start();
      proactive.start();
    },
    async stop() {
      await proactive.stop();
      await webhooks.stop();
    },
  };
}

export type Integrations = Awaited<ReturnType<typeof createIntegrations>>;
