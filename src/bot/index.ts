export { type BotDecision, type BotReply, decideReply, MAX_BOT_MISSES } from './bot.js';
export {
  ANSWER_TIMEOUT_MS,
  type BotAssist,
  type BotAssistant,
  createBotAssistant,
  SUMMARY_TIMEOUT_MS,
} from './bot-assistant.js';
export { botMessages, type ClosedHours, closedMessage, messagesFor } from './bot-messages.js';
export { type GroundedAnswer, REFUSAL_TOKEN } from './grounded-answer.js';
export { buildHandoffCard, type FormFields, type HandoffCard, readingOf } from './handoff-card.js';
