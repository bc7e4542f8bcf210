export {
  type Availability,
  availabilityAt,
  type Schedule,
  type WeeklyHours,
  weekdays,
} from './business-hours.js';
export { CandidatePool } from './candidate-pool.js';
export {
  type AgentLevel,
  agentLevels,
  type Candidate,
  chooseAgent,
  type RoutingNeed,
  rankOf,
} from './choose-agent.js';
export { priorityOf, type SlaState, slaStateOf } from './priority.js';
export {
  createRoutingRepository,
  type Queue,
  type RoutingRepository,
  type RoutingSettings,
} from './routing.repository.js';
export {
  type AgentProfilePatch,
  createRoutingService,
  type QueueInput,
  queueFor,
  type RoutingService,
} from './routing.service.js';
