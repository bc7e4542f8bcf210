export {
  type AttributeDefinition,
  type AttributeType,
  type Contact,
  type ContactRecord,
  type ContactRepository,
  createContactRepository,
} from './contact.repository.js';
export {
  type ContactInput,
  type ContactService,
  createContactService,
  type ImportResult,
} from './contact.service.js';
export { normalisePhone } from './phone.js';
