import { type Insertable, sql } from 'kysely';
import type { Db } from '../db/index.js';
import type { QaFindingTable, QaReviewTable } from '../db/schema.js';

export type StoredMessage = {
  id: string;
  seq: number;
  author: 'customer' | 'bot' | 'agent' | 'system';
  authorId: string | null;
  text: string;
  createdAt: string;
};

export type FindingRow = QaFindingTable;

const FINDINGS_PER_INSERT = 1000;

const toMessage = (r: {
  id: string;
  seq: number;
  author: string;
  author_id: string | null;
  text: string;
  created_at: string;
}): StoredMessage => ({
  id: r.id,
  seq: r.seq,
  author: r.author as StoredMessage['author'],
  authorId: r.author_id,
  text: r.text,
  createdAt: r.created_at,
});

export function createQaRepository(db: Db) {
  return {
    async message(tenantId: string, messageId: string): Promise<StoredMessage | undefined> {
      const row = await db
        .selectFrom('messages')
        .select(['id', 'seq', 'author', 'author_id', 'text', 'created_at'])
        .where('tenant_id', '=', tenantId)
        .where('id', '=', messageId)
        .executeTakeFirst();
      return row ? toMessage(row) : undefined;
    },

    /** The conversation's messages before `beforeSeq` (all when absent), the latest `limit`, oldest first. */
    async history(
      tenantId: string,
      conversationId: string,
      limit: number,
      beforeSeq?: number,
    ): Promise<StoredMessage[]> {
      let query = db
        .selectFrom('messages')
        .select(['id', 'seq', 'author', 'author_id', 'text', 'created_at'])
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId);
      if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
      const rows = await query.orderBy('seq', 'desc').limit(limit).execute();
      return rows.reverse().map(toMessage);
    },

    async conversationExists(tenantId: string, conversationId: string): Promise<boolean> {
      const row = await db
        .selectFrom('conversations')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', conversationId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async assigneeOf(tenantId: string, conversationId: string): Promise<string | null> {
      const row = await db
        .selectFrom('conversations')
        .select('assignee_id')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', conversationId)
        .executeTakeFirst();
      return row?.assignee_id ?? null;
    },

    /** Stores findings once: rows already stored (a message scanned again) are skipped. Returns the new ones. */
    async insertFindings(rows: readonly FindingRow[]): Promise<FindingRow[]> {
      // One statement for many messages' findings: the conflict clause skips those stored
      // before, and a second finding on the same key (a message scanned twice) is left out here.
      const seen = new Set<string>();
      const unique = rows.filter((row) => {
        const key = `${row.message_id}\u0000${row.rule}\u0000${row.span_start}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const stored: FindingRow[] = [];
      // Within the bound parameters of one statement (SQLite: 32,766; 13 columns a row).
      for (let from = 0; from < unique.length; from += FINDINGS_PER_INSERT) {
        const chunk = unique.slice(from, from + FINDINGS_PER_INSERT);
        const inserted = await db
          .insertInto('qa_findings')
          .values(chunk)
          .onConflict((oc) => oc.columns(['message_id', 'rule', 'span_start']).doNothing())
          .returning('id')
          .execute();
        const ids = new Set(inserted.map((r) => r.id));
        for (const row of chunk) if (ids.has(row.id)) stored.push(row);
      }
      return stored;
    },

    async listFindings(
      tenantId: string,
      filter: { conversationId?: string | undefined; agentId?: string | undefined },
      limit = 1000,
    ): Promise<FindingRow[]> {
      let query = db.selectFrom('qa_findings').selectAll().where('tenant_id', '=', tenantId);
      if (filter.conversationId) query = query.where('conversation_id', '=', filter.conversationId);
      if (filter.agentId) query = query.where('agent_id', '=', filter.agentId);
      return query.orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
    },

    async findingsOf(tenantId: string, conversationIds: readonly string[]): Promise<FindingRow[]> {
      if (conversationIds.length === 0) return [];
      return db
        .selectFrom('qa_findings')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', 'in', [...conversationIds])
        .orderBy('created_at')
        .orderBy('span_start')
        .execute();
    },

    /** Conversations not yet reviewed, by summed severity weight, the riskiest first. */
    async riskiest(
      tenantId: string,
      limit: number,
    ): Promise<{ conversationId: string; risk: number; latest: string }[]> {
      const rows = await db
        .selectFrom('qa_findings as f')
        .select([
          'f.conversation_id',
          sql<number>`sum(case f.severity when 'high' then 10 when 'medium' then 3 else 1 end)`.as(
            'risk',
          ),
          sql<string>`max(f.created_at)`.as('latest'),
        ])
        .where('f.tenant_id', '=', tenantId)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('qa_reviews as r')
                .select('r.id')
                .whereRef('r.tenant_id', '=', 'f.tenant_id')
                .whereRef('r.conversation_id', '=', 'f.conversation_id'),
            ),
          ),
        )
        .groupBy('f.conversation_id')
        .orderBy('risk', 'desc')
        .orderBy('latest', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        conversationId: r.conversation_id,
        risk: Number(r.risk),
        latest: r.latest,
      }));
    },

    /** Calls whose transcripts have findings, by the same risk, the riskiest first. */
    async riskiestCalls(
      tenantId: string,
      limit: number,
    ): Promise<
      {
        id: string;
        risk: number;
        agentId: string | null;
        createdAt: string;
        transcript: string | null;
      }[]
    > {
      const rows = await db
        .selectFrom('calls')
        .select(['id', 'qa_risk', 'agent_id', 'created_at', 'transcript'])
        .where('tenant_id', '=', tenantId)
        .where('qa_risk', '>', 0)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('qa_reviews as r')
                .select('r.id')
                .whereRef('r.tenant_id', '=', 'calls.tenant_id')
                .whereRef('r.call_id', '=', 'calls.id'),
            ),
          ),
        )
        .orderBy('qa_risk', 'desc')
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        risk: Number(r.qa_risk),
        agentId: r.agent_id,
        createdAt: r.created_at,
        transcript: r.transcript,
      }));
    },

    async recordWarning(tenantId: string, userId: string, textHash: string): Promise<void> {
      await db
        .insertInto('qa_warnings')
        .values({
          tenant_id: tenantId,
          user_id: userId,
          text_hash: textHash,
          created_at: new Date().toISOString(),
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'user_id', 'text_hash'])
            .doUpdateSet({ created_at: new Date().toISOString() }),
        )
        .execute();
    },

    /** Whether the operator was warned about this text (and forgets the warning). */
    async takeWarning(tenantId: string, userId: string, textHash: string): Promise<boolean> {
      const result = await db
        .deleteFrom('qa_warnings')
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .where('text_hash', '=', textHash)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async scorecard(tenantId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('qa_scorecards')
        .select('criteria')
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      return row?.criteria;
    },

    async setScorecard(tenantId: string, criteria: string): Promise<void> {
      const now = new Date().toISOString();
      await db
        .insertInto('qa_scorecards')
        .values({ tenant_id: tenantId, criteria, updated_at: now })
        .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ criteria, updated_at: now }))
        .execute();
    },

    /** The call's operator, or undefined when the tenant has no such call. */
    async callAgent(
      tenantId: string,
      callId: string,
    ): Promise<{ agentId: string | null } | undefined> {
      const row = await db
        .selectFrom('calls')
        .select('agent_id')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', callId)
        .executeTakeFirst();
      return row && { agentId: row.agent_id };
    },

    /** Stores a review; scoring the same conversation or call again replaces the first. */
    async saveReview(row: Insertable<QaReviewTable>): Promise<void> {
      await db
        .insertInto('qa_reviews')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['tenant_id', row.call_id ? 'call_id' : 'conversation_id']).doUpdateSet({
            reviewer_id: row.reviewer_id,
            agent_id: row.agent_id ?? null,
            scores: row.scores,
            average: row.average,
            comment: row.comment ?? null,
            created_at: row.created_at,
          }),
        )
        .execute();
    },

    async listReviews(tenantId: string, agentId?: string) {
      let query = db.selectFrom('qa_reviews').selectAll().where('tenant_id', '=', tenantId);
      if (agentId) query = query.where('agent_id', '=', agentId);
      return query.orderBy('created_at', 'desc').limit(500).execute();
    },
  };
}

export type QaRepository = ReturnType<typeof createQaRepository>;
