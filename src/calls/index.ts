export { type AgentChannel, analyseCall, CallRejectedError } from './analyse-call.js';
export { createCallRepository } from './call.repository.js';
export { type CallService, type CallView, createCallService } from './call.service.js';
export { createCallAnalyser } from './call-analyser.js';
export { type CallFigures, callFigures } from './call-figures.js';
export type { SpeechToTextConfig } from './transcription.js';
