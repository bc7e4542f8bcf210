import type { AuthService } from '../auth/index.js';
import type { CallService } from '../calls/index.js';
import type { CannedService } from '../canned/index.js';
import type { Channels } from '../channels/index.js';
import type { ConversationService } from '../conversations/index.js';
import type { InboxService } from '../inbox/index.js';
import type { Integrations } from '../integrations/index.js';
import type { IntentService } from '../intents/index.js';
import type { KnowledgeService } from '../knowledge/index.js';
import type { ModerationService } from '../moderation/index.js';
import type { RoutingService } from '../routing/index.js';
import type { TenantService } from '../tenants/index.js';
import type { UserService } from '../users/index.js';

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
  integrations: Integrations;
};
