export { detectPii, isLuhnValid, isMyNumber, maskDeep, maskPii, type PiiKind } from './mask.js';
export { createPrivacyRepository, type PrivacyRepository } from './privacy.repository.js';
export {
  createPrivacyService,
  type ErasureReceipt,
  type PrivacyService,
} from './privacy.service.js';
