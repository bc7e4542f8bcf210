import type { HandoffCard, MessageView } from '../conversations/index.js';
import { summarise } from '../nlu/index.js';

const MAX_LINE = 160;
const clip = (text: string) => {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= MAX_LINE ? chars.join('') : `${chars.slice(0, MAX_LINE - 1).join('')}…`;
};

/**
 * A first draft of the wrap-up, for the agent to edit: what the customer wanted (the handoff
 * card's summary, or a summary of their messages), the facts the bot extracted, and the
 * agent's last answer.
 */
export function draftWrapUp(options: {
  handoff: HandoffCard | null;
  messages: readonly MessageView[];
  category: string | null;
  faqCategory: string | null;
}): { category: string | null; summary: string } {
  const customerTexts = options.messages.filter((m) => m.author === 'customer').map((m) => m.text);
  const ask = options.handoff?.summary || summarise(customerTexts);
  const facts = (options.handoff?.entities ?? []).map((e) => `${e.type}: ${e.value}`);
  const lastAgent = [...options.messages].reverse().find((m) => m.author === 'agent');
  const lines = [
    ask && clip(ask),
    facts.length > 0 ? facts.join(', ') : '',
    lastAgent ? `→ ${clip(lastAgent.text)}` : '',
  ].filter((line) => line.length > 0);
  return {
    category: options.category ?? options.handoff?.intent ?? options.faqCategory,
    summary: lines.join('\n'),
  };
}
