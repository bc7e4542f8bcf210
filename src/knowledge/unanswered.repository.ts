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
  /** The FAQ the customer picked from the bot's list, if they did. */
  chosenFaqId: string | null;
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
    chosen_faq_id: string | null;
  }): UnansweredQuestion => ({
    id: row.id,
    tenantId: row.tenant_id,
    conversationId: row.conversation_id,
    text: row.text,
    language: row.language,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolvedFaqId: row.resolved_faq_id,
    chosenFaqId: row.chosen_faq_id,
  });
  return {
    async insert(question: UnansweredQuestion): Promise<void> {
      await this.insertMany([question]);
    },
    /** Many questions in one statement per few hundred (one write instead of one each). */
    async insertMany(questions: UnansweredQuestion[]): Promise<void> {
      for (let at = 0; at < questions.length; at += 500) {
        await db
          .insertInto('unanswered_questions')
          .values(
            questions.slice(at, at + 500).map((question) => ({
              id: question.id,
              tenant_id: question.tenantId,
              conversation_id: question.conversationId,
              text: question.text,
              language: question.language,
              created_at: question.createdAt,
              resolved_at: question.resolvedAt,
              resolved_faq_id: question.resolvedFaqId,
              chosen_faq_id: question.chosenFaqId,
            })),
          )
          .execute();
      }
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
    /** Records the FAQ a customer picked from a list for an open question. */
    async recordChoice(tenantId: string, id: string, faqId: string): Promise<void> {
      await db
        .updateTable('unanswered_questions')
        .set({ chosen_faq_id: faqId })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },
    /** The latest questions customers answered themselves by picking from a list. */
    async listChoices(tenantId: string, limit: number): Promise<{ text: string; faqId: string }[]> {
      const rows = await db
        .selectFrom('unanswered_questions')
        .select(['text', 'chosen_faq_id'])
        .where('tenant_id', '=', tenantId)
        .where('chosen_faq_id', 'is not', null)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ text: row.text, faqId: row.chosen_faq_id ?? '' }));
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
