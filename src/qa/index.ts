export { compileWordList, foldWord, matchWords, skeletonOf } from './ng-matcher.js';
export { createQaRepository, type QaRepository } from './qa.repository.js';
export { createQaService, type QaService } from './qa.service.js';
export {
  compileNgWords,
  type Finding,
  riskOf,
  scanClosed,
  scanInContext,
  scanText,
} from './scanner.js';
export { type SpokenSegment, scanTranscript, type TranscriptFinding } from './transcript-scan.js';
