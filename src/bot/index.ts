export { type BotDecision, type BotReply, decideReply, MAX_BOT_MISSES } from './bot.js';
export { botMessages, messagesFor } from './bot-messages.js';
export { buildHandoffCard, type HandoffCard } from './handoff-card.js';
