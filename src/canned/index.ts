export {
  type CannedRepository,
  type CannedResponse,
  createCannedRepository,
} from './canned.repository.js';
export { type CannedInput, type CannedService, createCannedService } from './canned.service.js';
