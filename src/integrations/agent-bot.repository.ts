import type { Db } from '../db/index.js';

/**
 * External bots' turns while offered. A turn leaves `waiting` once, by a conditional update:
 * to `answered` (the bot-reply, on any node) or to `timed_out` (the node holding the wait).
 */
export function createAgentBotRepository(db: Db) {
  return {
    async open(turn: { turnId: string; tenantId: string; conversationId: string; at: string }) {
      await db
        .insertInto('agent_bot_turns')
        .values({
          turn_id: turn.turnId,
          tenant_id: turn.tenantId,
          conversation_id: turn.conversationId,
          state: 'waiting',
          reply: null,
          created_at: turn.at,
        })
        .execute();
    },

    /** Stores the answer; false when the turn is not waiting (answered, timed out, unknown). */
    async answer(
      tenantId: string,
      conversationId: string,
      turnId: string,
      reply: string,
    ): Promise<boolean> {
      const result = await db
        .updateTable('agent_bot_turns')
        .set({ state: 'answered', reply })
        .where('turn_id', '=', turnId)
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .where('state', '=', 'waiting')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Ends the wait without an answer; false when an answer came first. */
    async expire(turnId: string): Promise<boolean> {
      const result = await db
        .updateTable('agent_bot_turns')
        .set({ state: 'timed_out' })
        .where('turn_id', '=', turnId)
        .where('state', '=', 'waiting')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** The stored answer of an answered turn. */
    async reply(turnId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('agent_bot_turns')
        .select(['state', 'reply'])
        .where('turn_id', '=', turnId)
        .executeTakeFirst();
      return row?.state === 'answered' && row.reply !== null ? row.reply : undefined;
    },

    async remove(turnId: string): Promise<void> {
      await db.deleteFrom('agent_bot_turns').where('turn_id', '=', turnId).execute();
    },

    /** Drops turns left behind by a node that stopped while waiting. */
    async prune(before: string): Promise<void> {
      await db.deleteFrom('agent_bot_turns').where('created_at', '<', before).execute();
    },
  };
}

export type AgentBotRepository = ReturnType<typeof createAgentBotRepository>;
