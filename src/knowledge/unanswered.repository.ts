import type { Db } from '../db/index.js';

export type UnansweredQuestion = {
  id: string;
  tenantId: string;
  conversationId: string | null;
  text: string;
  language: string | null;
  createdAt: string;
  resolvedAt: string | null;
  resolvedFaqId: string | null;
};

export function createUnansweredRepository(db: Db) {
  const toQuestion = (row: {
    id: string;
    tenant_id: string;
    conversation_id: string | null;
    text: string;
    language: string | null;
    created_at: string;
    resolved_at: string | null;
    resolved_faq_id: string | null;
  }): UnansweredQuestion => ({
    id: row.id,
    tenantId: row.tenant_id,
    conversationId: row.conversation_id,
    text: row.text,
    language: row.language,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolvedFaqId: row.resolved_faq_id,
  });
  return {
    async insert(question: UnansweredQuestion): Promise<void> {
      await db
        .insertInto('unanswered_questions')
        .values({
          id: question.id,
          tenant_id: question.tenantId,
          conversation_id: question.conversationId,
          text: question.text,
          language: question.language,
          created_at: question.createdAt,
          resolved_at: question.resolvedAt,
          resolved_faq_id: question.resolvedFaqId,
        })
        .execute();
    },
    /** Open questions, newest first. */
    async listOpen(tenantId: string, limit: number, offset = 0): Promise<UnansweredQuestion[]> {
      const rows = await db
        .selectFrom('unanswered_questions')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('resolved_at', 'is', null)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map(toQuestion);
    },
    async findById(tenantId: string, id: string): Promise<UnansweredQuestion | undefined> {
      const row = await db
        .selectFrom('unanswered_questions')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toQuestion(row);
    },
    /** The conversation's most recent open question. */
    async latestOpenInConversation(
      tenantId: string,
      conversationId: string,
    ): Promise<UnansweredQuestion | undefined> {
      const row = await db
        .selectFrom('unanswered_questions')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .where('resolved_at', 'is', null)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
      return row && toQuestion(row);
    },
    /** Marks open questions resolved; returns how many changed. */
    async resolve(
      tenantId: string,
      ids: string[],
      faqId: string | null,
      at: string,
    ): Promise<number> {
      if (ids.length === 0) return 0;
      const result = await db
        .updateTable('unanswered_questions')
        .set({ resolved_at: at, resolved_faq_id: faqId })
        .where('tenant_id', '=', tenantId)
        .where('id', 'in', ids)
        .where('resolved_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}

export type UnansweredRepository = ReturnType<typeof createUnansweredRepository>;
