import { z } from 'zod';
import { authorize } from '../../auth/index.js';
import { AppError } from '../../errors/index.js';
import type { UnansweredQuestion } from '../../knowledge/index.js';
import {
  answerPolicyFor,
  detectLanguage,
  extractKeywords,
  type Language,
  tokenise,
} from '../../nlu/index.js';
import { readMultipartField, XLSX_TYPE } from '../multipart.js';
import { fetchPage, nextCursorSchema, pageFrom, pageOf, pageQuery } from '../paging.js';
import type { Router } from '../route.js';
import {
  conversationParams,
  idSchema,
  messageSchema,
  tenantParams,
  textSchema,
} from '../schemas.js';
import type { Services } from '../services.js';
import { replyAsAgent } from './agent-reply.js';

const languageSchema = z.enum(['ja', 'en', 'ko', 'zh']);

const faqSchema = z.object({
  id: z.string(),
  question: z.string(),
  answer: z.string(),
  category: z.string().nullable(),
  language: z.string().nullable(),
  alternates: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const faqParams = z.object({ tenantId: idSchema, faqId: idSchema });
const questionParams = z.object({ tenantId: idSchema, questionId: idSchema });

const importResultSchema = z.object({
  imported: z.number(),
  updated: z.number(),
  errors: z.array(z.object({ row: z.number(), message: z.string() })),
});

const unansweredSchema = z.object({
  id: z.string(),
  conversationId: z.string().nullable(),
  text: z.string(),
  language: z.string().nullable(),
  createdAt: z.string(),
  /** The FAQ the customer picked from the bot's list for this question, if any. */
  chosenFaqId: z.string().nullable(),
});

const publicFaq = <T extends { tenantId: string }>({ tenantId: _t, ...faq }: T) => faq;

/** What an uploaded spreadsheet body is: CSV text, or XLSX bytes (raw or in a form field). */
function spreadsheetOf(
  body: string | Buffer,
  contentType: string | undefined,
): { csv: string } | { xlsx: Buffer } {
  if (typeof body === 'string') return { csv: body };
  if (!contentType?.toLowerCase().startsWith('multipart/form-data')) return { xlsx: body };
  const file = readMultipartField(body, contentType, 'file');
  const isCsv =
    file.contentType === 'text/csv' || (file.filename ?? '').toLowerCase().endsWith('.csv');
  if (isCsv) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(file.data);
    return { csv: text };
  }
  if (file.contentType && file.contentType !== XLSX_TYPE && !file.filename?.endsWith('.xlsx')) {
    throw new AppError('unsupported_media_type', 'The file must be CSV or XLSX');
  }
  return { xlsx: file.data };
}

export function registerKnowledgeRoutes(
  router: Router,
  { knowledge, intents, conversations, users }: Services,
) {
  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/faqs',
      summary: 'Add a FAQ entry (answered by the bot at once)',
      tag: 'Knowledge base',
      security: 'staff',
      permission: 'knowledge.manage',
      params: tenantParams,
      body: z.object({
        question: textSchema(1000),
        answer: textSchema(10_000),
        category: textSchema(100).optional(),
        language: languageSchema.optional(),
        alternates: z.array(textSchema(1000)).max(100).optional(),
      }),
      response: z.object({ id: z.string() }),
      status: 201,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'knowledge.manage', params.tenantId);
      const faq = await knowledge.createFaq(params.tenantId, body);
      return { id: faq.id };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/faqs',
      summary: 'List the FAQ',
      tag: 'Knowledge base',
      security: 'staff',
      permission: 'knowledge.manage',
      params: tenantParams,
      query: pageQuery,
      response: z.object({ faqs: z.array(faqSchema), nextCursor: nextCursorSchema }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'knowledge.manage', params.tenantId);
      const page = pageFrom(query, 200);
      const { items, nextCursor } = pageOf(
        await knowledge.listFaqs(params.tenantId, fetchPage(page)),
        page,
      );
      return { faqs: items.map(publicFaq), nextCursor };
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/faqs/:faqId',
      summary: 'Edit a FAQ entry (answered in its new form at once)',
      tag: 'Knowledge base',
      security: 'staff',
      permission: 'knowledge.manage',
      params: faqParams,
      body: z.object({
        question: textSchema(1000).optional(),
        answer: textSchema(10_000).optional(),
        category: textSchema(100).nullable().optional(),
        alternates: z.array(textSchema(1000)).max(100).optional(),
      }),
      response: faqSchema,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'knowledge.manage', params.tenantId);
      return publicFaq(await knowledge.updateFaq(params.tenantId, params.faqId, body));
    },
  );

  router.staff(
    {
      method: 'DELETE',
      url: '/api/v1/tenants/:tenantId/faqs/:faqId',
      summary: 'Delete a FAQ entry',
      tag: 'Knowledge base',
      security: 'staff',
      permission: 'knowledge.manage',
      params: faqParams,
      response: z.object({ deleted: z.literal(true) }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'knowledge.manage', params.tenantId);
      await knowledge.deleteFaq(params.tenantId, params.faqId);
      return { deleted: true as const };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/faqs/import',
      summary: 'Import FAQ from CSV or XLSX (header: question,answer,category)',
      description:
        'CSV as text/csv; XLSX raw or as the multipart/form-data field `file` (first worksheet). ' +
        'Bad rows are reported with their row number (header = row 1); good rows are kept. ' +
        '`mode=upsert` updates the FAQ with the same question instead of adding another.',
      tag: 'Knowledge base',
      security: 'staff',
      permission: 'knowledge.manage',
      params: tenantParams,
      query: z.object({ mode: z.enum(['append', 'upsert']).default('append') }),
      body: z.union([z.string(), z.instanceof(Buffer)]),
      bodyType: 'spreadsheet',
      bodyLimit: 5 * 1024 * 1024,
      response: importResultSchema,
    },
    async ({ principal, params, query, body, request }) => {
      authorize(principal, 'knowledge.manage', params.tenantId);
      const file = spreadsheetOf(body, request.headers['content-type']);
      return 'csv' in file
        ? knowledge.importCsv(params.tenantId, file.csv, query.mode)
        : knowledge.importXlsx(params.tenantId, file.xlsx, query.mode);
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/intents/import',
      summary: 'Import intent training examples from CSV (header: text,intent)',
      description:
        'Bad rows are reported with their row number; good rows are kept. A text already ' +
        'stored gets the new intent. The label `out_of_scope` marks examples of what is no ' +
        'intent. Call nlu/train to serve them.',
      tag: 'Knowledge base',
      security: 'staff',
      permission: 'knowledge.manage',
      params: tenantParams,
      body: z.string(),
      bodyType: 'csv',
      bodyLimit: 10 * 1024 * 1024,
      response: z.object({
        imported: z.number(),
        errors: z.array(z.object({ row: z.number(), message: z.string() })),
      }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'knowledge.manage', params.tenantId);
      return intents.importCsv(params.tenantId, body);
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/nlu/train',
      summary: "Train the tenant's models; answers once they serve the new data",
      description:
        'Training runs between other work (it never blocks parsing); the current model keeps ' +
        'serving until the new one replaces it. FAQ changes need no training.',
      tag: 'Knowledge base',
      security: 'staff',
      permission: 'knowledge.manage',
      params: tenantParams,
      response: z.object({ intents: z.number(), examples: z.number() }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'knowledge.manage', params.tenantId);
      return intents.train(params.tenantId);
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/nlu/parse',
      summary: 'What the bot understands of a text',
      description:
        '`intent` is null when no intents are trained or the text is out of scope. `faq` is ' +
        'the closest entry with why it matched; `decision` is what the bot would do with it and ' +
        '`policy` why (calibrated probability, margin, the candidates it would list).',
      tag: 'Knowledge base',
      security: 'staff',
      permission: 'nlu.parse',
      params: tenantParams,
      body: z.object({ text: textSchema(5000) }),
      response: z.object({
        language: languageSchema,
        intent: z.object({ name: z.string(), confidence: z.number() }).nullable(),
        faq: z
          .object({
            id: z.string(),
            question: z.string(),
            answer: z.string(),
            score: z.number(),
            confidence: z.number(),
            matchedTerms: z.array(z.string()),
          })
          .nullable(),
        decision: z.enum(['answer', 'suggest', 'hand_over']),
        /** Why: the answer policy calibrated on this tenant's FAQ. */
        policy: z.object({
          action: z.enum(['answer', 'list', 'decline']),
          reason: z.enum(['clear_winner', 'close_candidates', 'weak_match', 'no_match']),
          probability: z.number(),
          listProbability: z.number(),
          runnerUpRatio: z.number(),
          candidates: z.array(
            z.object({
              id: z.string(),
              question: z.string(),
              score: z.number(),
              confidence: z.number(),
            }),
          ),
        }),
        keywords: z.array(z.string()),
        tokens: z.array(z.string()),
      }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'nlu.parse', params.tenantId);
      const language: Language = detectLanguage(body.text);
      const index = await knowledge.getIndex(params.tenantId);
      const policy = answerPolicyFor(index).decide(body.text);
      const top = policy.matches[0];
      return {
        language,
        intent: intents.classify(params.tenantId, body.text),
        faq: top
          ? {
              id: top.id,
              question: top.question,
              answer: top.answer,
              score: top.score,
              confidence: top.confidence,
              matchedTerms: top.matchedTerms,
            }
          : null,
        decision:
          policy.action === 'answer'
            ? ('answer' as const)
            : policy.action === 'list'
              ? ('suggest' as const)
              : ('hand_over' as const),
        policy: {
          action: policy.action,
          reason: policy.reason,
          probability: policy.probability,
          listProbability: policy.listProbability,
          runnerUpRatio: policy.runnerUpRatio,
          candidates: policy.matches.map((m) => ({
            id: m.id,
            question: m.question,
            score: Math.round(m.score * 100) / 100,
            confidence: m.confidence,
          })),
        },
        keywords: extractKeywords([body.text]),
        tokens: tokenise(body.text, language),
      };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/unanswered',
      summary: 'Questions the bot could not answer, newest first',
      tag: 'Knowledge base',
      security: 'staff',
      permission: 'knowledge.manage',
      params: tenantParams,
      description:
        '`groups` holds the page’s questions grouped by similarity (the FAQ picked from a list, ' +
        'else the nearest FAQ, else shared wording), biggest first, with the FAQ to add them to.',
      query: pageQuery,
      response: z.object({
        questions: z.array(unansweredSchema),
        nextCursor: nextCursorSchema,
        groups: z.array(
          z.object({
            suggestedFaq: z.object({ id: z.string(), question: z.string() }).nullable(),
            questions: z.array(unansweredSchema),
          }),
        ),
      }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'knowledge.manage', params.tenantId);
      const page = pageFrom(query, 200);
      const window = fetchPage(page);
      const { items: questions, nextCursor } = pageOf(
        await knowledge.listUnanswered(params.tenantId, window.limit, window.offset),
        page,
      );
      const groups = await knowledge.groupUnanswered(params.tenantId, questions);
      const view = (q: UnansweredQuestion) => ({
        id: q.id,
        conversationId: q.conversationId,
        text: q.text,
        language: q.language,
        createdAt: q.createdAt,
        chosenFaqId: q.chosenFaqId,
      });
      return {
        nextCursor,
        questions: questions.map(view),
        groups: groups.map((g) => ({
          suggestedFaq: g.suggestedFaq,
          questions: g.questions.map(view),
        })),
      };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/unanswered/:questionId/faq',
      summary: 'Add an unanswered question as a new FAQ entry',
      tag: 'Knowledge base',
      security: 'staff',
      permission: 'knowledge.manage',
      params: questionParams,
      body: z.object({ answer: textSchema(10_000), category: textSchema(100).optional() }),
      response: faqSchema,
      status: 201,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'knowledge.manage', params.tenantId);
      return publicFaq(
        await knowledge.addUnansweredAsFaq(params.tenantId, params.questionId, body),
      );
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/unanswered/:questionId/alternate',
      summary: 'Add an unanswered question as another phrasing of a FAQ entry',
      tag: 'Knowledge base',
      security: 'staff',
      permission: 'knowledge.manage',
      params: questionParams,
      body: z.object({ faqId: idSchema }),
      response: faqSchema,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'knowledge.manage', params.tenantId);
      return publicFaq(
        await knowledge.addUnansweredAsAlternate(params.tenantId, params.questionId, body.faqId),
      );
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/unanswered/:questionId/dismiss',
      summary: 'Remove an unanswered question from the list',
      tag: 'Knowledge base',
      security: 'staff',
      permission: 'knowledge.manage',
      params: questionParams,
      response: z.object({ dismissed: z.literal(true) }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'knowledge.manage', params.tenantId);
      await knowledge.dismissUnanswered(params.tenantId, params.questionId);
      return { dismissed: true as const };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/conversations/:id/answer-with-faq',
      summary: "Reply with a FAQ entry's answer; the customer's wording is learnt",
      description:
        "Posts the FAQ answer as the agent's reply. The question the bot missed in this " +
        'conversation (else the last customer message) becomes an alternate of the FAQ, so ' +
        'the bot answers that wording itself next time.',
      tag: 'Agent',
      security: 'staff',
      permission: 'conversation.work',
      params: conversationParams,
      body: z.object({
        faqId: idSchema,
        clientMessageId: z.string().min(1).max(100).optional(),
      }),
      response: z.object({ message: messageSchema, learnt: z.string().nullable() }),
      status: 201,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'conversation.work', params.tenantId);
      const me = await users.findInTenant(params.tenantId, principal.userId);
      if (!me) throw new AppError('forbidden', 'Only members of this tenant can do this');
      const faq = await knowledge.getFaq(params.tenantId, body.faqId);
      return replyAsAgent({ conversations, knowledge }, principal, me, {
        tenantId: params.tenantId,
        conversationId: params.id,
        text: faq.answer,
        clientMessageId: body.clientMessageId,
        faqId: faq.id,
      });
    },
  );
}
