import fs from 'node:fs';
import { z } from 'zod';
import { authorize, can } from '../../auth/index.js';
import { AppError, notFound } from '../../errors/index.js';
import { readMultipartField } from '../multipart.js';
import type { Router } from '../route.js';
import { idSchema, tenantParams } from '../schemas.js';
import type { Services } from '../services.js';

/** Largest recording taken: about four hours of 16 kHz mono WAV, or far longer compressed. */
const MAX_RECORDING_BYTES = 512 * 1024 * 1024;

const segment = z.object({ start: z.number(), end: z.number() });
const speaker = z.enum(['agent', 'customer']);

const callSchema = z
  .object({
    id: z.string(),
    status: z.enum(['processing', 'ready', 'failed']),
    agentId: z.string().nullable(),
    agentChannel: z.enum(['left', 'right']),
    filename: z.string(),
    createdAt: z.string(),
    failure: z
      .object({
        reason: z.string().describe('not_audio, too_long, silent or error'),
        message: z.string(),
      })
      .nullable(),
    durationSeconds: z.number().nullable(),
    talk: z.object({ agent: z.number(), customer: z.number() }).nullable().describe('Seconds'),
    talkRatio: z.number().nullable().describe('The agent’s share of the talk, 0–1'),
    overlaps: z
      .array(segment.extend({ interrupter: speaker }))
      .describe('Both speaking for at least 1 s; the interrupter started last'),
    silences: z.array(segment).describe('Nobody speaking for at least 3 s'),
    responseGapSeconds: z.object({ median: z.number() }).nullable(),
    responseGaps: z.array(
      z.object({ customerEnd: z.number(), agentStart: z.number(), seconds: z.number() }),
    ),
    turns: z.number().nullable(),
    longestMonologue: segment.extend({ speaker }).nullable(),
    speech: z.object({ agent: z.array(segment), customer: z.array(segment) }).nullable(),
    transcript: z.array(segment.extend({ speaker, text: z.string() })).optional(),
    speechRate: z
      .object({ agent: z.number().nullable(), customer: z.number().nullable() })
      .optional()
      .describe('Characters per minute of talk'),
    keywords: z.array(z.string()).optional(),
    summary: z.string().optional(),
    findings: z
      .array(
        z.object({
          rule: z.string(),
          severity: z.enum(['low', 'medium', 'high']),
          segment: z.number().describe('Index into transcript'),
          start: z.number().describe('UTF-16 offset into that segment’s text'),
          end: z.number(),
          text: z.string(),
          at: z.number().describe('Seconds from the start where the segment begins'),
        }),
      )
      .optional()
      .describe('The quality scanner over the transcript, with the same rules as chat'),
  })
  .meta({ id: 'Call' });

const callParams = z.object({ tenantId: idSchema, id: idSchema });

export function registerCallRoutes(router: Router, { calls, users }: Services) {
  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/calls',
      summary: 'Upload a call recording for analysis',
      description:
        'multipart/form-data: `recording` (WAV, MP3 or OGG), `agentChannel` (`left`|`right`, the agent’s side of a stereo call; mono calls are split by speaker) and `agentId` (an agent of the tenant; an agent uploading is credited by default). Answers at once; the call is `processing` until its analysis is `ready` or `failed`.',
      tag: 'Calls',
      security: 'staff',
      permission: 'call.upload',
      params: tenantParams,
      bodyType: 'multipart',
      bodyLimit: MAX_RECORDING_BYTES,
      body: z.object({
        recording: z.string().meta({ format: 'binary' }),
        agentChannel: z.enum(['left', 'right']).optional(),
        agentId: z.string().optional(),
      }),
      response: z.object({ id: z.string() }),
      status: 201,
    },
    async ({ principal, params, request }) => {
      authorize(principal, 'call.upload', params.tenantId);
      const raw = request.body as Buffer;
      const contentType = request.headers['content-type'];
      const recording = readMultipartField(raw, contentType, 'recording');
      const field = (name: string) => {
        try {
          return readMultipartField(raw, contentType, name).data.toString('utf8').trim();
        } catch {
          return undefined;
        }
      };
      const agentChannel = z
        .enum(['left', 'right'])
        .default('left')
        .safeParse(field('agentChannel') || undefined);
      if (!agentChannel.success) {
        throw new AppError('validation_failed', 'agentChannel must be left or right');
      }
      let agentId = field('agentId') || null;
      if (!can(principal, 'call.read_all')) {
        // An agent files their own calls only.
        if (agentId && agentId !== principal.userId) throw notFound('Agent');
        agentId = principal.userId;
      }
      return calls.upload({
        tenantId: params.tenantId,
        agentId,
        agentChannel: agentChannel.data,
        filename: (recording.filename ?? 'recording').slice(0, 255),
        contentType: recording.contentType ?? 'application/octet-stream',
        data: recording.data,
      });
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/calls',
      summary: 'Calls, newest first (an agent sees their own)',
      tag: 'Calls',
      security: 'staff',
      permission: 'call.upload',
      params: tenantParams,
      query: z.object({
        agentId: idSchema.optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        before: z.iso.datetime().optional().describe('Page: calls created before this time'),
      }),
      response: z.object({ calls: z.array(callSchema) }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'call.upload', params.tenantId);
      const agentId = can(principal, 'call.read_all') ? query.agentId : principal.userId;
      return { calls: await calls.list(params.tenantId, { ...query, agentId }) };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/calls/by-agent',
      summary: 'Call figures per operator over a period (supervisor)',
      tag: 'Calls',
      security: 'staff',
      permission: 'call.read_all',
      params: tenantParams,
      query: z.object({ from: z.iso.datetime(), to: z.iso.datetime() }),
      response: z.object({
        agents: z.array(
          z.object({
            agentId: z.string(),
            name: z.string().nullable(),
            calls: z.number(),
            talkSeconds: z.number(),
            listenSeconds: z.number().describe('The customers’ talk in the operator’s calls'),
            talkRatio: z.number().nullable(),
            overlaps: z.number().describe('Both speaking ≥ 1 s'),
            silences: z.number().describe('Neither speaking ≥ 3 s'),
            silenceSeconds: z.number(),
            responseGapSeconds: z.number().nullable(),
            interruptions: z.number(),
          }),
        ),
      }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'call.read_all', params.tenantId);
      if (query.from >= query.to)
        throw new AppError('validation_failed', '`from` must be before `to`');
      const figures = await calls.agentFigures(params.tenantId, query.from, query.to);
      const agents = await Promise.all(
        figures.map(async (f) => ({
          ...f,
          name: (await users.findInTenant(params.tenantId, f.agentId))?.name ?? null,
        })),
      );
      return { agents };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/calls/:id',
      summary: 'A call: its status and, once ready, its figures and transcript',
      tag: 'Calls',
      security: 'staff',
      permission: 'call.upload',
      params: callParams,
      response: callSchema,
    },
    async ({ principal, params }) => {
      authorize(principal, 'call.upload', params.tenantId);
      const call = await calls.get(params.tenantId, params.id);
      if (!can(principal, 'call.read_all') && call.agentId !== principal.userId) {
        throw notFound('Call');
      }
      return call;
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/calls/:id/recording',
      summary: 'The recording as uploaded (audio bytes)',
      tag: 'Calls',
      security: 'staff',
      permission: 'call.upload',
      params: callParams,
      response: z.string().meta({ format: 'binary' }),
    },
    async ({ principal, params, reply }) => {
      authorize(principal, 'call.upload', params.tenantId);
      const recording = await calls.recording(params.tenantId, params.id);
      if (!can(principal, 'call.read_all') && recording.agentId !== principal.userId) {
        throw notFound('Call');
      }
      reply.header('content-type', audioType(recording.contentType));
      reply.header('x-content-type-options', 'nosniff');
      reply.header('cache-control', 'private, no-store');
      return fs.createReadStream(recording.file) as never;
    },
  );
}

/** Only audio types are echoed back; anything else is served as opaque bytes. */
const audioType = (type: string) =>
  /^audio\/[\w.+-]+$/.test(type) ? type : 'application/octet-stream';
