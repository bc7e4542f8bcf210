export {
  type Contact,
  type ContactRepository,
  createContactRepository,
} from './contact.repository.js';
export { type ContactInput, type ContactService, createContactService } from './contact.service.js';
