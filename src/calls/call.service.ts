import fs from 'node:fs';
import path from 'node:path';
import { AppError, notFound } from '../errors/index.js';
import { newId } from '../ids/index.js';
import { extractKeywords, summarise } from '../nlu/index.js';
import type { AgentChannel } from './analyse-call.js';
import type { CallRepository, CallRow } from './call.repository.js';
import type { CallAnalyser } from './call-analyser.js';
import { type CallFigures, median, type Speaker } from './call-figures.js';
import {
  type SpeechToTextConfig,
  speechRate,
  type TranscriptSegment,
  transcribe,
} from './transcription.js';

export type CallStatus = 'processing' | 'ready' | 'failed';

export type Transcript = {
  language: string | null;
  segments: TranscriptSegment[];
  speechRate: Record<Speaker, number | null>;
  keywords: string[];
  summary: string;
  /** What the quality scanner found, by segment. */
  findings?: CallFinding[];
};

/** A quality finding in a call: its segment of the transcript and the span in that text. */
export type CallFinding = {
  rule: string;
  severity: 'low' | 'medium' | 'high';
  segment: number;
  start: number;
  end: number;
  text: string;
  at: number;
};

/** A call as the API shows it. */
export type CallView = {
  id: string;
  status: CallStatus;
  agentId: string | null;
  agentChannel: AgentChannel;
  filename: string;
  createdAt: string;
  failure: { reason: string; message: string } | null;
  durationSeconds: number | null;
  talk: Record<Speaker, number> | null;
  talkRatio: number | null;
  overlaps: CallFigures['overlaps'];
  silences: CallFigures['silences'];
  responseGapSeconds: { median: number } | null;
  responseGaps: CallFigures['responseGaps'];
  turns: number | null;
  longestMonologue: CallFigures['longestMonologue'];
  speech: CallFigures['speech'] | null;
  transcript?: TranscriptSegment[];
  speechRate?: Record<Speaker, number | null>;
  keywords?: string[];
  summary?: string;
  findings?: CallFinding[];
};

export type CallServiceDeps = {
  calls: CallRepository;
  analyser: CallAnalyser;
  /** Recordings are kept under this folder, one file per call, readable by the server only. */
  recordingsDir: string;
  maxSeconds: number;
  speechToText?: SpeechToTextConfig | undefined;
  /** Staff of the tenant that a call may be credited to. */
  isAgentOf: (tenantId: string, userId: string) => Promise<boolean>;
  /** The quality scanner over a transcript (the same rules as chat), when wired. */
  scanTranscript?: (tenantId: string, segments: TranscriptSegment[]) => Promise<CallFinding[]>;
  /** The review queue's risk of those findings, stored with the call to rank it beside chats. */
  riskOf?: (findings: readonly CallFinding[]) => number;
  onError: (error: unknown, callId: string) => void;
};

/**
 * Call recordings: stored as uploaded, analysed one at a time in a worker thread (voice
 * activity, then the figures), transcribed when a speech-to-text endpoint is configured.
 * A call is acknowledged once its file and row are stored; calls still processing when the
 * server stopped are taken up again at start.
 */
export function createCallService(deps: CallServiceDeps) {
  const { calls } = deps;
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;

  const fileOf = (tenantId: string, id: string) => path.join(deps.recordingsDir, tenantId, id);

  const enqueue = (tenantId: string, id: string) => {
    queue = queue
      .then(() => (stopped ? undefined : analyseOne(tenantId, id)))
      .catch((error) => {
        deps.onError(error, id);
      });
    return queue;
  };

  async function analyseOne(tenantId: string, id: string): Promise<void> {
    const row = await calls.find(tenantId, id);
    if (row?.status !== 'processing') return;
    const file = fileOf(tenantId, id);
    const reply = await deps.analyser.analyse(file, {
      agentChannel: row.agent_channel as AgentChannel,
      maxSeconds: deps.maxSeconds,
    });
    if (!reply.ok) {
      await calls.finish(tenantId, id, {
        status: 'failed',
        failure_reason: reply.reason,
        failure_message: reply.message,
        figures: null,
        transcript: null,
        qa_risk: null,
      });
      return;
    }
    let transcript: Transcript | null = null;
    if (deps.speechToText) {
      try {
        const result = await transcribe(deps.speechToText, file, reply.figures.speech);
        const texts = result.segments.map((s) => s.text);
        transcript = {
          ...result,
          speechRate: {
            agent: speechRate(result.segments, 'agent', reply.figures.talk.agent),
            customer: speechRate(result.segments, 'customer', reply.figures.talk.customer),
          },
          keywords: extractKeywords(texts),
          summary: summarise(texts),
          ...(deps.scanTranscript
            ? { findings: await deps.scanTranscript(tenantId, result.segments) }
            : {}),
        };
      } catch (error) {
        // The figures stand without a transcript; the failure is reported, not fatal.
        deps.onError(error, id);
      }
    }
    await calls.finish(tenantId, id, {
      status: 'ready',
      failure_reason: null,
      failure_message: null,
      figures: JSON.stringify(reply.figures),
      transcript: transcript ? JSON.stringify(transcript) : null,
      qa_risk: transcript?.findings && deps.riskOf ? deps.riskOf(transcript.findings) : null,
    });
  }

  const view = (row: CallRow): CallView => {
    const figures = row.figures ? (JSON.parse(row.figures) as CallFigures) : null;
    const transcript = row.transcript ? (JSON.parse(row.transcript) as Transcript) : null;
    return {
      id: row.id,
      status: row.status as CallStatus,
      agentId: row.agent_id,
      agentChannel: row.agent_channel as AgentChannel,
      filename: row.filename,
      createdAt: row.created_at,
      failure:
        row.status === 'failed'
          ? { reason: row.failure_reason ?? 'error', message: row.failure_message ?? '' }
          : null,
      durationSeconds: figures?.durationSeconds ?? null,
      talk: figures?.talk ?? null,
      talkRatio: figures?.talkRatio ?? null,
      overlaps: figures?.overlaps ?? [],
      silences: figures?.silences ?? [],
      responseGapSeconds: figures?.responseGapSeconds ?? null,
      responseGaps: figures?.responseGaps ?? [],
      turns: figures?.turns ?? null,
      longestMonologue: figures?.longestMonologue ?? null,
      speech: figures?.speech ?? null,
      ...(transcript
        ? {
            transcript: transcript.segments,
            speechRate: transcript.speechRate,
            keywords: transcript.keywords,
            summary: transcript.summary,
            ...(transcript.findings ? { findings: transcript.findings } : {}),
          }
        : {}),
    };
  };

  return {
    async upload(input: {
      tenantId: string;
      agentId: string | null;
      agentChannel: AgentChannel;
      filename: string;
      contentType: string;
      data: Buffer;
    }): Promise<{ id: string }> {
      // Anything else is taken and fails its analysis with a reason (`not_audio`, …).
      if (input.data.length === 0) {
        throw new AppError('validation_failed', 'The recording is empty');
      }
      if (input.agentId && !(await deps.isAgentOf(input.tenantId, input.agentId))) {
        throw notFound('Agent');
      }
      const id = newId('call');
      const file = fileOf(input.tenantId, id);
      await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await fs.promises.writeFile(file, input.data, { mode: 0o600 });
      const now = new Date().toISOString();
      try {
        await calls.insert({
          id,
          tenant_id: input.tenantId,
          agent_id: input.agentId,
          agent_channel: input.agentChannel,
          filename: input.filename,
          content_type: input.contentType,
          size: input.data.length,
          status: 'processing',
          failure_reason: null,
          failure_message: null,
          figures: null,
          transcript: null,
          qa_risk: null,
          created_at: now,
          updated_at: now,
        });
      } catch (error) {
        await fs.promises.rm(file, { force: true });
        throw error;
      }
      void enqueue(input.tenantId, id);
      return { id };
    },

    async get(tenantId: string, id: string): Promise<CallView> {
      const row = await calls.find(tenantId, id);
      if (!row) throw notFound('Call');
      return view(row);
    },

    async list(
      tenantId: string,
      options: { agentId?: string | undefined; limit: number; before?: string | undefined },
    ) {
      const rows = await calls.list(tenantId, options);
      return rows.map(view);
    },

    /** The stored recording, for the console's player. */
    async recording(tenantId: string, id: string) {
      const row = await calls.find(tenantId, id);
      if (!row) throw notFound('Call');
      return { file: fileOf(tenantId, id), contentType: row.content_type, agentId: row.agent_id };
    },

    /** Per operator over a period: calls, talk share, response gaps, interruptions. */
    async agentFigures(tenantId: string, from: string, to: string) {
      const rows = (await calls.inPeriod(tenantId, from, to)).filter(
        (r) => r.status === 'ready' && r.agent_id,
      );
      const byAgent = new Map<string, CallFigures[]>();
      for (const r of rows) {
        const list = byAgent.get(r.agent_id as string) ?? [];
        list.push(JSON.parse(r.figures as string) as CallFigures);
        byAgent.set(r.agent_id as string, list);
      }
      return [...byAgent].map(([agentId, figures]) => ({
        agentId,
        calls: figures.length,
        talkSeconds: Math.round(figures.reduce((s, f) => s + f.talk.agent, 0)),
        listenSeconds: Math.round(figures.reduce((s, f) => s + f.talk.customer, 0)),
        overlaps: figures.reduce((n, f) => n + f.overlaps.length, 0),
        silences: figures.reduce((n, f) => n + f.silences.length, 0),
        silenceSeconds: Math.round(
          figures.reduce((n, f) => n + f.silences.reduce((m, x) => m + (x.end - x.start), 0), 0),
        ),
        talkRatio: median(figures.flatMap((f) => (f.talkRatio === null ? [] : [f.talkRatio]))),
        responseGapSeconds: median(figures.flatMap((f) => f.responseGaps.map((g) => g.seconds))),
        interruptions: figures.reduce(
          (n, f) => n + f.overlaps.filter((o) => o.interrupter === 'agent').length,
          0,
        ),
      }));
    },

    /** Takes up calls left processing by a stop or a crash. */
    async resume(): Promise<void> {
      for (const row of await calls.processing()) void enqueue(row.tenant_id, row.id);
    },

    /** Lets the call in analysis finish, then stops. */
    async stop(): Promise<void> {
      stopped = true;
      await queue;
      await deps.analyser.close();
    },

    /** Resolves when every queued call has been processed (for tests and benchmarks). */
    idle: () => queue,
  };
}

export type CallService = ReturnType<typeof createCallService>;
