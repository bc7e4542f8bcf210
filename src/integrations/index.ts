export { type ApiTokenRepository, createApiTokenRepository } from './api-token.repository.js';
export {
  type ApiTokenService,
  apiTokenPrefix,
  createApiTokenService,
  isApiToken,
} from './api-token.service.js';
export { createIntegrations, type Integrations } from './create-integrations.js';
export {
  checkOutboundUrl,
  isForbiddenAddress,
  OutboundError,
  type OutboundPolicy,
  outboundRequest,
} from './outbound-http.js';
export { createWebhookRepository, type WebhookRepository } from './webhook.repository.js';
export {
  createWebhookService,
  signatureHeader,
  signBody,
  type WebhookService,
  webhookEvents,
} from './webhook.service.js';
export type { TriggerDecision, WidgetTriggerService } from './widget-trigger.service.js';
export {
  fitsUrl,
  type UrlPattern,
  urlMatches,
  urlPatternProblem,
  type WidgetTrigger,
} from './widget-trigger-rules.js';
