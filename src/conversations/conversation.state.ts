import { AppError } from '../errors/index.js';
import type { ConversationStatus } from './conversation.types.js';

/**
 * The conversation lifecycle. The bot handles a conversation first; a handoff queues it for
 * a human or assigns it at once; resolved conversations reopen to the bot when the customer
 * writes again; an agent can hand a conversation back to the bot or the queue.
 */
const transitions: Record<ConversationStatus, readonly ConversationStatus[]> = {
  bot: ['queued', 'assigned', 'resolved'],
  queued: ['assigned', 'bot', 'resolved'],
  assigned: ['queued', 'bot', 'resolved', 'assigned'],
  resolved: ['bot', 'queued'],
};

export const canTransition = (from: ConversationStatus, to: ConversationStatus): boolean =>
  transitions[from].includes(to);

export function assertTransition(from: ConversationStatus, to: ConversationStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError('invalid_transition', `A ${from} conversation cannot become ${to}`);
  }
}

/** States from which `to` can be reached: used as the guard of conditional updates. */
export const sourcesOf = (to: ConversationStatus): ConversationStatus[] =>
  (Object.keys(transitions) as ConversationStatus[]).filter((from) => canTransition(from, to));
