export {
  createIntentRepository,
  type IntentExampleRecord,
  type IntentRepository,
} from './intent.repository.js';
export { createIntentService, type IntentService } from './intent.service.js';
export { parseIntentCsv } from './intent-csv.js';
export { handoffIntent, type IntentSkillMap, skillsForIntent } from './intent-skills.js';
