export {
  createInboxRepository,
  type InboxFilter,
  type InboxRepository,
  type Note,
} from './inbox.repository.js';
export { createInboxService, type InboxService } from './inbox.service.js';
export { draftWrapUp } from './wrap-up.js';
