export {
  type ConversationRepository,
  createConversationRepository,
} from './conversation.repository.js';
export {
  type ConversationService,
  type CustomerMessageResult,
  createConversationService,
  toView,
} from './conversation.service.js';
export { assertTransition, canTransition, sourcesOf } from './conversation.state.js';
export type * from './conversation.types.js';
