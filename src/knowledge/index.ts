export { createFaqRepository, type Faq, type FaqRepository } from './faq.repository.js';
export { parseFaqCsv, type RowError } from './faq-csv.js';
export { parseFaqXlsx } from './faq-xlsx.js';
export {
  createKnowledgeService,
  type FaqPatch,
  groupQuestions,
  type ImportMode,
  type ImportResult,
  type KnowledgeService,
  type NewFaq,
  type UnansweredGroup,
} from './knowledge.service.js';
export { type SpreadsheetLimits, spreadsheetLimits } from './spreadsheet-limits.js';
export { readSheet, type SheetRead } from './spreadsheet-worker.js';
export {
  createUnansweredRepository,
  type UnansweredQuestion,
  type UnansweredRepository,
} from './unanswered.repository.js';
