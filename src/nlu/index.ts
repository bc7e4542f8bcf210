export {
  ANSWER_PROBABILITY,
  AnswerPolicy,
  answerPolicyFor,
  LIST_PROBABILITY,
  type ListChoice,
  type PolicyAction,
  type PolicyDecision,
  type PolicyReason,
  primeAnswerPolicy,
} from './answer-policy.js';
export { type CustomerReading, readCustomer } from './customer-reading.js';
export { isHandoffRequest } from './detect-handoff.js';
export { detectLanguage } from './detect-language.js';
export { detectSentiment } from './detect-sentiment.js';
export { loadEnglishSenses } from './english-senses.js';
export { extractEntities } from './extract-entities.js';
export { extractKeywords, keywordTokens, rankKeywords } from './extract-keywords.js';
export { ANSWER_CONFIDENCE, FaqIndex, MATCH_FLOOR, SUGGEST_CONFIDENCE } from './faq-index.js';
export {
  IntentClassifier,
  type IntentExample,
  type IntentPrediction,
  type IntentTrainingReport,
  type IntentTrainOptions,
  OUT_OF_SCOPE_LABELS,
} from './intent-classifier.js';
export {
  isJapaneseAnalyzerReady,
  japaneseAnalyzerVersion,
  loadJapaneseAnalyzer,
} from './japanese-analyzer.js';
export { normalise } from './normalise.js';
export { createPolicyWorker, type OffThreadVerdict, type PolicyWorker } from './policy-worker.js';
export { summarise } from './summarise.js';
export {
  keepAnalysesOf,
  type SharedAnalyses,
  type Token,
  takeAnalysesOf,
  tokenise,
  withSharedAnalyses,
} from './tokenise.js';
export type { Entity, EntityType, FaqDoc, FaqMatch, Language, Sentiment } from './types.js';
