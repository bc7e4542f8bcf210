export { demoOrderFlow } from './demo-order-flow.js';
export { createFlowRepository, type FlowRepository } from './flow.repository.js';
export {
  createFlowService,
  type FlowService,
  type FlowView,
  maskedSecret,
} from './flow.service.js';
export {
  type FlowDefinition,
  type FlowReply,
  type FlowState,
  flowBodySchema,
} from './flow.types.js';
export {
  answerFlow,
  type CompiledFlow,
  compileFlow,
  type FlowResult,
  resumeAfterSkill,
  type SkillOutcome,
  type SkillRequest,
  startFlow,
} from './flow-engine.js';
export { createFlowRunner, type FlowRunner, type FlowTurn, runSkill } from './flow-runner.js';
