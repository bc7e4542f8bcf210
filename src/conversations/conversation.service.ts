import { assignUseCase } from './use-cases/assign.js';
import { type ConversationServiceDeps, createConversationContext } from './use-cases/context.js';
import { listAndReadUseCases } from './use-cases/list-and-read.js';
import { postAgentMessageUseCase } from './use-cases/post-agent-message.js';
import { postCustomerMessageUseCase } from './use-cases/post-customer-message.js';
import { postProactiveMessageUseCase } from './use-cases/post-proactive-message.js';
import { releaseUseCase } from './use-cases/release.js';
import { resolveUseCase } from './use-cases/resolve.js';
import { startConversationUseCases } from './use-cases/start-conversation.js';

export type {
  ConversationServiceDeps,
  CustomerMessageInput,
  CustomerMessageResult,
} from './use-cases/context.js';
export { toView } from './use-cases/context.js';

/**
 * The conversation service: one entry that builds the shared context once and composes the
 * use cases (one file each under use-cases/), so callers see a single API.
 */
export function createConversationService(deps: ConversationServiceDeps) {
  const ctx = createConversationContext(deps);

  return {
    ...startConversationUseCases(ctx),
    ...postCustomerMessageUseCase(ctx),
    ...listAndReadUseCases(ctx),
    ...assignUseCase(ctx),
    ...postAgentMessageUseCase(ctx),
    ...postProactiveMessageUseCase(ctx),
    ...resolveUseCase(ctx),
    ...releaseUseCase(ctx),
  };
}

export type ConversationService = ReturnType<typeof createConversationService>;
