import type { EventBus } from '../bus/index.js';
import type { Db } from '../db/index.js';
import { newSecret } from '../ids/index.js';

/** What an external bot answers for one turn (see the bot-reply endpoint). */
export type AgentBotReply = {
  replies: { text: string; buttons?: { label: string; text: string }[] }[];
  /** Hand the conversation to a person after the replies. */
  handoff: boolean;
  /** Shown on the handoff card. */
  variables: Record<string, string>;
};

export type AgentBotTurn = {
  replies: AgentBotReply['replies'];
  handoff: boolean;
  variables: Record<string, string>;
  write: (tx: Db) => Promise<unknown>;
};

type Waiting = {
  tenantId: string;
  conversationId: string;
  settle: (reply: AgentBotReply | undefined) => void;
};

/**
 * The agent-bot API: when a tenant has a webhook subscribed to `conversation.bot_turn`, the
 * bot's turn is offered to that external bot, which answers through `answer` (the bot-reply
 * endpoint) within the timeout. Without an answer in time the built-in bot takes the turn.
 * The wait happens before the message's transaction, holding no lock.
 */
export function createAgentBot(deps: {
  bus: EventBus;
  /** Whether the tenant has an external bot (a webhook asking for `conversation.bot_turn`). */
  isEnabled: (tenantId: string) => Promise<boolean>;
  /** The conversation's status, or undefined when it does not exist. */
  statusOf: (tenantId: string, conversationId: string) => Promise<string | undefined>;
  timeoutMs: number;
}) {
  const waiting = new Map<string, Waiting>();

  return {
    /** Offers the turn; undefined when there is no external bot or it did not answer in time. */
    async turn(input: {
      tenantId: string;
      conversationId: string;
      text: string;
    }): Promise<AgentBotTurn | undefined> {
      const { tenantId, conversationId } = input;
      if (!(await deps.isEnabled(tenantId))) return undefined;
      if ((await deps.statusOf(tenantId, conversationId)) !== 'bot') return undefined;
      const turnId = `turn_${newSecret(16)}`;
      const reply = await new Promise<AgentBotReply | undefined>((resolve) => {
        const timer = setTimeout(() => settle(undefined), deps.timeoutMs);
        const settle = (answer: AgentBotReply | undefined) => {
          clearTimeout(timer);
          waiting.delete(turnId);
          resolve(answer);
        };
        waiting.set(turnId, { tenantId, conversationId, settle });
        deps.bus.publish({
          type: 'conversation.bot_turn',
          tenantId,
          conversationId,
          turnId,
          message: { text: input.text },
          deadline: new Date(Date.now() + deps.timeoutMs).toISOString(),
        });
      });
      if (!reply) return undefined;
      return {
        replies: reply.replies,
        handoff: reply.handoff,
        variables: reply.variables,
        write: async () => {},
      };
    },

    /** The external bot's answer; false when that turn is not waiting (answered, too late, unknown). */
    answer(tenantId: string, conversationId: string, turnId: string, reply: AgentBotReply) {
      const turn = waiting.get(turnId);
      if (!turn || turn.tenantId !== tenantId || turn.conversationId !== conversationId) {
        return false;
      }
      turn.settle(reply);
      return true;
    },
  };
}

export type AgentBot = ReturnType<typeof createAgentBot>;
