import { z } from 'zod';
import { authorize, can } from '../../auth/index.js';
import type { Router } from '../route.js';
import { idSchema, tenantParams, textSchema } from '../schemas.js';
import type { Services } from '../services.js';

const severitySchema = z.enum(['low', 'medium', 'high']);

/** A checked text's finding (no message yet). */
const checkFinding = z
  .object({
    rule: z.string().describe('ng_word, escalation, anger, …'),
    severity: severitySchema,
    messageId: z.string().optional(),
    start: z.number().describe('UTF-16 offset into the text'),
    end: z.number().describe('UTF-16 offset, exclusive'),
    text: z.string().describe('The span itself'),
  })
  .meta({ id: 'Finding' });

const storedFinding = z
  .object({
    id: z.string(),
    rule: z.string(),
    severity: severitySchema,
    conversationId: z.string(),
    messageId: z.string(),
    agentId: z.string().nullable().describe('The operator the finding concerns'),
    author: z.string().describe('Who wrote the message: agent or customer'),
    start: z.number().describe('UTF-16 offset into the message text'),
    end: z.number(),
    text: z.string(),
    sentDespiteWarning: z.boolean().describe('The operator was warned before sending and sent it'),
    createdAt: z.string(),
  })
  .meta({ id: 'StoredFinding' });

const reviewItem = z
  .object({
    kind: z.enum(['conversation', 'call']),
    id: z.string().describe('The conversation’s or the call’s id'),
    risk: z.number(),
    agentId: z.string().nullable().describe('The operator concerned, when known'),
    at: z.string().describe('The latest finding (a conversation) or the upload (a call)'),
    href: z.string().describe('The conversation or the call in this API'),
    findings: z.array(
      z.object({
        rule: z.string(),
        severity: severitySchema,
        text: z.string(),
        start: z.number().describe('UTF-16 offset into the message or segment text'),
        end: z.number(),
        messageId: z.string().nullable().describe('A chat finding’s message'),
        segment: z.number().nullable().describe('A call finding’s transcript segment'),
        second: z.number().nullable().describe('Where that segment starts in the recording'),
      }),
    ),
  })
  .meta({ id: 'ReviewItem' });

const criterionSchema = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,40}$/, 'lower-case letters, digits, - and _'),
  label: textSchema(100),
});

const reviewSchema = z.object({
  id: z.string(),
  conversationId: z.string().nullable().describe('The conversation scored (null for a call)'),
  callId: z.string().nullable().describe('The call scored (null for a conversation)'),
  agentId: z.string().nullable(),
  reviewerId: z.string(),
  scores: z.record(z.string(), z.number()),
  average: z.number(),
  comment: z.string().nullable(),
  createdAt: z.string(),
});

const noNul = (s: string) => !s.includes('\u0000');

export function registerQaRoutes(router: Router, { qa }: Services) {
  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/qa/ng-words',
      summary: 'The tenant’s own NG words and the built-in lists',
      tag: 'Quality',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      response: z.object({ words: z.array(z.string()) }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      return { words: await qa.listNgWords(params.tenantId) };
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/qa/ng-words',
      summary: 'Replace the tenant’s own NG words (the built-in ja/en lists always apply)',
      tag: 'Quality',
      security: 'staff',
      permission: 'qa.manage',
      params: tenantParams,
      body: z.object({ words: z.array(textSchema(50)).max(1000) }),
      response: z.object({ words: z.array(z.string()) }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'qa.manage', params.tenantId);
      return { words: await qa.setNgWords(params.tenantId, body.words) };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/qa/check',
      summary: 'Check a text before it is sent: NG words in any variant, escalation and anger',
      description:
        'An operator’s check that finds a high finding is remembered: sending the same text anyway is recorded on its stored finding (sentDespiteWarning).',
      tag: 'Quality',
      security: 'staff',
      permission: 'conversation.work',
      params: tenantParams,
      body: z.object({
        text: z.string().max(5000).refine(noNul, 'must not contain NUL characters'),
        author: z.enum(['agent', 'customer']).optional(),
      }),
      response: z.object({ findings: z.array(checkFinding) }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'conversation.work', params.tenantId);
      const findings = await qa.check(params.tenantId, body.text, body.author, principal.userId);
      return {
        findings: findings.map(({ rule, severity, start, end, text }) => ({
          rule,
          severity,
          start,
          end,
          text,
        })),
      };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/qa/findings',
      summary: 'Findings of stored messages (every message is checked as it is stored)',
      description: 'Agents see the findings that concern them; supervisors and admins see all.',
      tag: 'Quality',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      query: z.object({ conversationId: idSchema.optional(), agentId: idSchema.optional() }),
      response: z.object({ findings: z.array(storedFinding) }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      const agentId = can(principal, 'qa.review') ? query.agentId : principal.userId;
      return {
        findings: await qa.findings(params.tenantId, {
          conversationId: query.conversationId,
          agentId,
        }),
      };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/qa/review-queue',
      summary: 'Conversations not yet reviewed, the riskiest first',
      description:
        'Risk = 10 per high, 3 per medium and 1 per low finding. `items` ranks conversations and ' +
        'uploaded calls (findings in their transcripts) together by the same risk.',
      tag: 'Quality',
      security: 'staff',
      permission: 'qa.review',
      params: tenantParams,
      query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
      response: z.object({
        conversations: z.array(
          z.object({ id: z.string(), risk: z.number(), findings: z.array(storedFinding) }),
        ),
        items: z.array(reviewItem),
      }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'qa.review', params.tenantId);
      return qa.reviewItems(params.tenantId, query.limit);
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/qa/scorecard',
      summary: 'The tenant’s review criteria (each scored 1–5)',
      tag: 'Quality',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      response: z.object({ criteria: z.array(criterionSchema) }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      return { criteria: await qa.scorecard(params.tenantId) };
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/qa/scorecard',
      summary: 'Replace the tenant’s review criteria',
      tag: 'Quality',
      security: 'staff',
      permission: 'qa.manage',
      params: tenantParams,
      body: z.object({ criteria: z.array(criterionSchema).min(1).max(20) }),
      response: z.object({ criteria: z.array(criterionSchema) }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'qa.manage', params.tenantId);
      return { criteria: await qa.setScorecard(params.tenantId, body.criteria) };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/qa/reviews',
      summary: 'Score a conversation or a call on the scorecard; it leaves the review queue',
      tag: 'Quality',
      security: 'staff',
      permission: 'qa.review',
      params: tenantParams,
      body: z
        .object({
          conversationId: idSchema.optional(),
          callId: idSchema
            .optional()
            .describe('A call in the review queue, instead of a conversation'),
          scores: z.record(z.string().max(40), z.number().int().min(1).max(5)),
          comment: textSchema(2000).optional(),
        })
        .refine((b) => (b.conversationId === undefined) !== (b.callId === undefined), {
          message: 'Give either conversationId or callId',
        }),
      response: z.object({ id: z.string(), agentId: z.string().nullable(), average: z.number() }),
      status: 201,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'qa.review', params.tenantId);
      return qa.review(params.tenantId, principal.userId, body);
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/qa/reviews',
      summary: 'Reviews; an agent sees the feedback on their own conversations and calls only',
      tag: 'Quality',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      query: z.object({ agentId: idSchema.optional() }),
      response: z.object({ reviews: z.array(reviewSchema) }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      const agentId = can(principal, 'qa.review') ? query.agentId : principal.userId;
      return { reviews: await qa.reviews(params.tenantId, agentId) };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/qa/trends',
      summary: 'Per agent and week: findings by severity and the average review score',
      tag: 'Quality',
      security: 'staff',
      permission: 'qa.review',
      params: tenantParams,
      response: z.object({
        trends: z.array(
          z.object({
            agentId: z.string().nullable(),
            week: z.string().describe('The Monday starting the week (UTC)'),
            high: z.number(),
            medium: z.number(),
            low: z.number(),
            averageScore: z.number().nullable(),
          }),
        ),
      }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'qa.review', params.tenantId);
      return { trends: await qa.trends(params.tenantId) };
    },
  );
}
