import type { AnalyticsService } from '../analytics/index.js';
import type { AuditService } from '../audit/index.js';
import type { AccountService, AuthService, OutsourcerService, SsoService } from '../auth/index.js';
import type { CallService } from '../calls/index.js';
import type { CannedService } from '../canned/index.js';
import type { Channels } from '../channels/index.js';
import type { ConversationService } from '../conversations/index.js';
import type { InboxService } from '../inbox/index.js';
import type { Integrations } from '../integrations/index.js';
import type { IntentService } from '../intents/index.js';
import type { KnowledgeService } from '../knowledge/index.js';
import type { ModerationService } from '../moderation/index.js';
import type { PrivacyService } from '../privacy/index.js';
import type { QaService } from '../qa/index.js';
import type { PublicLimits } from '../ratelimit/index.js';
import type { RoutingService } from '../routing/index.js';
import type { TenantService } from '../tenants/index.js';
import type { UserService } from '../users/index.js';
import type { WorkforceService } from '../workforce/index.js';

/** The domain services transport calls into, wired in src/app.ts. */
export type Services = {
  auth: AuthService;
  calls: CallService;
  tenants: TenantService;
  users: UserService;
  knowledge: KnowledgeService;
  intents: IntentService;
  conversations: ConversationService;
  routing: RoutingService;
  inbox: InboxService;
  canned: CannedService;
  moderation: ModerationService;
  channels: Channels;
  qa: QaService;
  workforce: WorkforceService;
  /** Rate limits of the public endpoints (widget, form, customer-requested mail). */
  limits: PublicLimits;
  analytics: AnalyticsService;
  accounts: AccountService;
  audit: AuditService;
  privacy: PrivacyService;
  integrations: Integrations;
  sso: SsoService;
  outsourcers: OutsourcerService;
};
