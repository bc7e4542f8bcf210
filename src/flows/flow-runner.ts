import type { Db } from '../db/index.js';
import {
  OutboundError,
  type OutboundPolicy,
  outboundRequest,
} from '../integrations/outbound-http.js';
import type { FlowRepository } from './flow.repository.js';
import type { FlowService } from './flow.service.js';
import type { FlowDefinition, FlowReply, FlowState } from './flow.types.js';
import {
  answerFlow,
  type CompiledFlow,
  type FlowResult,
  resumeAfterSkill,
  type SkillOutcome,
  type SkillRequest,
  startFlow,
} from './flow-engine.js';

/** What a flow says to one customer message, and the state to store with it. */
export type FlowTurn = {
  replies: FlowReply[];
  handoff: boolean;
  variables: Record<string, string>;
  /** Stores the conversation's new flow state; called inside the message's transaction. */
  write: (tx: Db) => Promise<unknown>;
};

const maxSkillBytes = 256 * 1024;

/** Runs one skill call with its retries; garbage (not JSON) counts as a failure. */
export async function runSkill(
  request: SkillRequest,
  policy: OutboundPolicy,
): Promise<SkillOutcome> {
  let reason = 'failed';
  for (let attempt = 0; attempt <= request.retries; attempt++) {
    try {
      const response = await outboundRequest(
        {
          method: request.method,
          url: request.url,
          headers: {
            accept: 'application/json',
            ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...request.headers,
          },
          ...(request.body !== undefined ? { body: request.body } : {}),
          timeoutMs: request.timeoutMs,
          maxBytes: maxSkillBytes,
        },
        policy,
      );
      if (response.status >= 200 && response.status < 300) {
        try {
          return { ok: true, json: JSON.parse(response.body.toString('utf8')) as unknown };
        } catch {
          return { ok: false, reason: 'not_json' };
        }
      }
      reason = `status_${response.status}`;
      // A client error will not change on retry.
      if (response.status < 500 && response.status !== 429) break;
    } catch (error) {
      reason = error instanceof OutboundError ? error.reason : 'network';
      if (error instanceof OutboundError && error.reason === 'refused') break;
    }
  }
  return { ok: false, reason };
}

const normalise = (text: string) => text.normalize('NFKC').toLowerCase();

/** A tenant's flow triggers, by kind: what a message is checked against. */
export type TriggerIndex = {
  keywords: { id: string; keyword: string }[];
  /** Intent name → flow id. */
  intents: Map<string, string>;
  /** FAQ id → flow id. */
  faqs: Map<string, string>;
  size: number;
};

/** The flow whose keyword the message contains (the longest keyword wins). */
export function matchKeyword(index: TriggerIndex, text: string): string | undefined {
  if (index.keywords.length === 0) return undefined;
  const said = normalise(text);
  return index.keywords.find((k) => said.includes(k.keyword))?.id;
}

/** Builds the trigger index from the flows' latest versions (longest keyword first). */
export function indexTriggers(
  flows: { id: string; trigger: { intent?: string; faqId?: string; keyword?: string } }[],
): TriggerIndex {
  const index: TriggerIndex = { keywords: [], intents: new Map(), faqs: new Map(), size: 0 };
  for (const flow of flows) {
    const { keyword, intent, faqId } = flow.trigger;
    if (keyword) index.keywords.push({ id: flow.id, keyword: normalise(keyword) });
    if (intent && !index.intents.has(intent)) index.intents.set(intent, flow.id);
    if (faqId && !index.faqs.has(faqId)) index.faqs.set(faqId, flow.id);
  }
  index.keywords.sort((a, b) => b.keyword.length - a.keyword.length);
  index.size = flows.length;
  return index;
}

/**
 * The bot's turn when a flow holds the conversation or a message triggers one: runs the
 * engine, and any skill it reaches, before the message's transaction, so no lock is held
 * while a client's API answers.
 */
export function createFlowRunner(deps: {
  flows: FlowService;
  repository: FlowRepository;
  policy: OutboundPolicy;
  /** The conversation's status, or undefined when it does not exist. */
  statusOf: (tenantId: string, conversationId: string) => Promise<string | undefined>;
  /** The tenant's intent for a message when the classifier is sure (intent triggers). */
  intentOf?: ((tenantId: string, text: string) => string | undefined) | undefined;
  /** How many conversations' "no flow state" facts to keep (see `turn`). */
  maxIdle?: number;
}) {
  const maxIdle = deps.maxIdle ?? 100_000;
  /**
   * Conversation → a last sequence number at which it had no flow state. A flow's state
   * changes only with an append to its conversation, so the fact stays true; it serves while
   * this node's hint of the conversation still names that number, and the append guarded on
   * the hint proves it (see `FlowCheck` in the conversation service).
   */
  const idle = new Map<string, number>();
  /**
   * Each tenant's triggers, precomputed from its flows' latest versions and kept briefly (other
   * nodes' saves show within seconds): most messages meet no flow, and the check is a few map
   * looks, with no database read.
   */
  const triggers = new Map<string, { at: number; index: Promise<TriggerIndex> }>();
  const tenantTriggers = (tenantId: string) => {
    const hit = triggers.get(tenantId);
    if (hit && Date.now() - hit.at < 5000) return hit.index;
    const index = deps.flows.list(tenantId).then(indexTriggers);
    triggers.set(tenantId, { at: Date.now(), index });
    index.catch(() => triggers.delete(tenantId));
    return index;
  };

  /** The flow a message starts, by keyword, then intent, then the FAQ the bot would answer. */
  async function triggered(
    tenantId: string,
    index: TriggerIndex,
    text: string,
    faqAnswer: (() => string | undefined) | undefined,
  ): Promise<string | undefined> {
    const byKeyword = matchKeyword(index, text);
    if (byKeyword) return byKeyword;
    if (index.intents.size > 0 && deps.intentOf) {
      const intent = deps.intentOf(tenantId, text);
      const id = intent ? index.intents.get(intent) : undefined;
      if (id) return id;
    }
    if (index.faqs.size > 0 && faqAnswer) {
      // The bot's own search for this message, shared with its answer (not run twice).
      const faqId = faqAnswer();
      const id = faqId ? index.faqs.get(faqId) : undefined;
      if (id) return id;
    }
    return undefined;
  }

  async function finish(
    flow: CompiledFlow,
    first: FlowResult,
  ): Promise<{ replies: FlowReply[]; result: FlowResult }> {
    const replies = [...first.replies];
    let result = first;
    for (let i = 0; i < 10 && result.skill && result.state; i++) {
      const outcome = await runSkill(result.skill, deps.policy);
      result = resumeAfterSkill(flow, result.state, outcome);
      replies.push(...result.replies);
    }
    return { replies, result };
  }

  return {
    /**
     * The console's simulator: one turn of a flow from a given state (or its start), skills
     * called for real, nothing stored.
     */
    async simulate(
      tenantId: string,
      flowId: string,
      input: {
        state: FlowState | null;
        text?: string | undefined;
        /** An unsaved draft to run instead of the stored flow. */
        draft?: FlowDefinition | undefined;
      },
    ) {
      const flow = input.draft
        ? await deps.flows.draft(tenantId, flowId, input.draft)
        : await deps.flows.compiled(tenantId, flowId);
      if (!flow) return undefined;
      const state =
        input.state?.flowId === flowId ? { ...input.state, version: flow.version } : null;
      const first =
        state && input.text !== undefined ? answerFlow(flow, state, input.text) : startFlow(flow);
      const { replies, result } = await finish(flow, first);
      return {
        replies,
        state: result.skill ? null : result.state,
        handoff: result.handoff ?? null,
      };
    },

    /** Forget cached triggers (after a flow is saved or deleted on this node). */
    invalidate(tenantId: string) {
      triggers.delete(tenantId);
    },

    /**
     * The conversation had no flow state at `lastSeq` (its guarded append from a turn that
     * found none succeeded, leaving `lastSeq`): its next turn skips the read.
     */
    idleAt(tenantId: string, conversationId: string, lastSeq: number) {
      const key = `${tenantId} ${conversationId}`;
      idle.delete(key);
      idle.set(key, lastSeq);
      // The oldest fact goes first (Map keeps insertion order).
      if (idle.size > maxIdle) idle.delete(idle.keys().next().value as string);
    },

    async turn(input: {
      tenantId: string;
      conversationId: string;
      text: string;
      /** Where the conversation stands as the caller last saw it; filled in (see `FlowCheck`). */
      check?:
        | { lastSeq: number; absent?: boolean; assumed?: boolean; recheck?: boolean }
        | undefined;
      /** The FAQ the bot would answer the message with (FAQ triggers). */
      faqAnswer?: (() => string | undefined) | undefined;
    }): Promise<FlowTurn | undefined> {
      const { tenantId, conversationId, check } = input;
      const index = await tenantTriggers(tenantId);
      // A tenant without flows costs nothing more than this cached look.
      if (index.size === 0) return undefined;
      const key = `${tenantId} ${conversationId}`;
      let stored: string | undefined;
      // A conversation without messages has no flow state; nor one known idle at its last number.
      if (check && !check.recheck && (check.lastSeq === 0 || idle.get(key) === check.lastSeq)) {
        check.absent = true;
        check.assumed = true;
      } else {
        stored = await deps.repository.findState(tenantId, conversationId);
        if (check && stored === undefined) check.absent = true;
      }
      const match = stored
        ? undefined
        : await triggered(tenantId, index, input.text, input.faqAnswer);
      if (!stored && !match) return undefined;
      // Flows speak only while the bot holds the conversation.
      if ((await deps.statusOf(tenantId, conversationId)) !== 'bot') return undefined;
      let flow: CompiledFlow | undefined;
      let first: FlowResult | undefined;
      if (stored) {
        const state = JSON.parse(stored) as FlowState;
        flow = await deps.flows.compiled(tenantId, state.flowId, state.version);
        if (flow) first = answerFlow(flow, state, input.text);
      }
      if (!first) {
        // No flow here (or the one it was in is gone): the bot answers as usual.
        if (!match) return undefined;
        flow = await deps.flows.compiled(tenantId, match);
        if (!flow) return undefined;
        first = startFlow(flow);
      }
      const { replies, result } = await finish(flow as CompiledFlow, first);
      const next = result.state && !result.skill ? JSON.stringify(result.state) : null;
      return {
        replies,
        handoff: result.handoff !== undefined,
        variables: result.handoff?.variables ?? result.state?.variables ?? {},
        write: (tx) => {
          // A flow runs from here on: no turn may take the conversation as idle.
          if (next !== null) idle.delete(key);
          return deps.repository.saveState(tx, tenantId, conversationId, next);
        },
      };
    },
  };
}

export type FlowRunner = ReturnType<typeof createFlowRunner>;
