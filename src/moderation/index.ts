export { builtInBannedWords } from './built-in-words.js';
export { type BannedWordMatch, findBannedWords } from './find-banned-words.js';
export { createModerationRepository, type ModerationRepository } from './moderation.repository.js';
export { createModerationService, type ModerationService } from './moderation.service.js';
