import type { EventBus } from '../bus/index.js';
import type { Db } from '../db/index.js';
import { newSecret } from '../ids/index.js';
import type { AgentBotRepository } from './agent-bot.repository.js';

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

/** Turns older than this are left behind by a stopped node: dropped, at most hourly. */
const STALE_TURN_MS = 3_600_000;

/**
 * The agent-bot API: when a tenant has a webhook subscribed to `conversation.bot_turn`, the
 * bot's turn is offered to that external bot, which answers through `answer` (the bot-reply
 * endpoint) within the timeout. Without an answer in time the built-in bot takes the turn.
 * The wait happens before the message's transaction, holding no lock, on the node that took
 * the message; the bot-reply may reach any node. The turn's row decides, once, between the
 * answer and the timeout; `agent_bot.answered` wakes the waiting node, and should that event
 * be lost the timeout finds the answer stored and still uses it.
 */
export function createAgentBot(deps: {
  bus: EventBus;
  turns: AgentBotRepository;
  /** Whether the tenant has an external bot (a webhook asking for `conversation.bot_turn`). */
  isEnabled: (tenantId: string) => Promise<boolean>;
  /** The conversation's status, or undefined when it does not exist. */
  statusOf: (tenantId: string, conversationId: string) => Promise<string | undefined>;
  timeoutMs: number;
  onError?: (error: unknown) => void;
}) {
  const waiting = new Map<string, Waiting>();
  const onError = deps.onError ?? (() => {});
  let prunedAt = 0;

  /** The stored answer, read by the node that holds the wait. */
  const storedReply = async (turnId: string): Promise<AgentBotReply | undefined> => {
    const raw = await deps.turns.reply(turnId);
    return raw === undefined ? undefined : (JSON.parse(raw) as AgentBotReply);
  };

  const wake = (turnId: string) => {
    const turn = waiting.get(turnId);
    if (!turn) return;
    storedReply(turnId).then(
      (reply) => {
        if (reply) turn.settle(reply);
      },
      (error: unknown) => onError(error),
    );
  };
  deps.bus.subscribe('agent_bot.answered', (event) => wake(event.turnId), { scope: 'cluster' });

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
      const at = Date.now();
      if (at - prunedAt > STALE_TURN_MS) {
        prunedAt = at;
        await deps.turns.prune(new Date(at - STALE_TURN_MS).toISOString());
      }
      await deps.turns.open({ turnId, tenantId, conversationId, at: new Date(at).toISOString() });
      const reply = await new Promise<AgentBotReply | undefined>((resolve) => {
        let isSettled = false;
        const settle = (answer: AgentBotReply | undefined) => {
          if (isSettled) return;
          isSettled = true;
          clearTimeout(timer);
          waiting.delete(turnId);
          resolve(answer);
        };
        // Time is up: the turn is ours to end unless an answer was stored first.
        const timer = setTimeout(() => {
          deps.turns
            .expire(turnId)
            .then((isExpired) => (isExpired ? undefined : storedReply(turnId)))
            .then(settle, (error: unknown) => {
              onError(error);
              settle(undefined);
            });
        }, deps.timeoutMs);
        waiting.set(turnId, { tenantId, conversationId, settle });
        deps.bus.publish({
          type: 'conversation.bot_turn',
          tenantId,
          conversationId,
          turnId,
          message: { text: input.text },
          deadline: new Date(at + deps.timeoutMs).toISOString(),
        });
      });
      deps.turns.remove(turnId).catch(onError);
      if (!reply) return undefined;
      return {
        replies: reply.replies,
        handoff: reply.handoff,
        variables: reply.variables,
        write: async () => {},
      };
    },

    /**
     * The external bot's answer, on whichever node it arrives; false when that turn is not
     * waiting (answered, too late, unknown).
     */
    async answer(
      tenantId: string,
      conversationId: string,
      turnId: string,
      reply: AgentBotReply,
    ): Promise<boolean> {
      const isTaken = await deps.turns.answer(
        tenantId,
        conversationId,
        turnId,
        JSON.stringify(reply),
      );
      if (!isTaken) return false;
      const local = waiting.get(turnId);
      if (local) local.settle(reply);
      else deps.bus.publish({ type: 'agent_bot.answered', tenantId, turnId });
      return true;
    },
  };
}

export type AgentBot = ReturnType<typeof createAgentBot>;
