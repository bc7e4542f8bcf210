import { createHash } from 'node:crypto';
import type { EventBus, EventOf, QaFindingView } from '../bus/index.js';
import { AppError, notFound } from '../errors/index.js';
import { newId } from '../ids/index.js';
import type { ModerationService } from '../moderation/index.js';
import { foldWord, type WordList } from './ng-matcher.js';
import type { FindingRow, QaRepository } from './qa.repository.js';
import {
  compileNgWords,
  type Finding,
  type PastMessage,
  scanClosed,
  scanInContext,
  scanText,
} from './scanner.js';
import { type SpokenSegment, scanTranscript, type TranscriptFinding } from './transcript-scan.js';

/** How many earlier messages the context rules look at. */
const HISTORY = 30;
/** Compiled word lists kept (tenants sharing a list share its compiled form). */
const MAX_LISTS = 1000;
/**
 * Conversations with an operator whose recent messages are kept for the context rules: those
 * open at once on a node (operators × chats each, plus the queue). At about 100 characters a
 * message, 5,000 windows of 31 messages are some 30 MB; beyond it the least recent go.
 */
const MAX_WINDOWS = 5000;

/** A message as the context rules see it; `authorId` is known only for messages read back. */
type WindowMessage = PastMessage & { authorId?: string | null };

/**
 * The latest messages of one conversation, in order. While the read that fills it is under
 * way (`loading`), messages heard meanwhile wait in `pending`.
 */
type Window = { messages: WindowMessage[]; loading: boolean; pending: WindowMessage[] };

export type Criterion = { id: string; label: string };

/** One entry of the review queue: a chat conversation or a call, and what was found in it. */
export type ReviewItem = {
  kind: 'conversation' | 'call';
  id: string;
  risk: number;
  /** The operator concerned, when known. */
  agentId: string | null;
  /** The latest finding's time (a conversation) or when the call was uploaded. */
  at: string;
  /** The conversation or call in the API. */
  href: string;
  findings: {
    rule: string;
    severity: 'low' | 'medium' | 'high';
    text: string;
    start: number;
    end: number;
    /** A chat finding's message… */
    messageId: string | null;
    /** …or a call finding's transcript segment and the second it starts at. */
    segment: number | null;
    second: number | null;
  }[];
};
/** What a reviewer scores: a conversation or a call (exactly one of the two). */
export type ReviewInput = {
  conversationId?: string | undefined;
  callId?: string | undefined;
  scores: Record<string, number>;
  comment?: string | undefined;
};

export const DEFAULT_CRITERIA: Criterion[] = [
  { id: 'greeting', label: 'Greeting and closing' },
  { id: 'accuracy', label: 'Accurate answer' },
  { id: 'empathy', label: 'Empathy and tone' },
  { id: 'resolution', label: 'Resolved the request' },
];

export const toView = (row: FindingRow): QaFindingView => ({
  id: row.id,
  conversationId: row.conversation_id,
  messageId: row.message_id,
  agentId: row.agent_id,
  author: row.author,
  rule: row.rule,
  severity: row.severity as QaFindingView['severity'],
  start: row.span_start,
  end: row.span_end,
  text: row.text,
  sentDespiteWarning: row.sent_despite_warning === 1,
  createdAt: row.created_at,
});

const textHash = (text: string) => createHash('sha256').update(foldWord(text)).digest('hex');

/**
 * Quality assurance: every stored message of every channel is scanned (on `message.created`,
 * after commit, so the conversation's own path is untouched), findings are stored once per
 * message, rule and span, and a new high-severity finding is published as `qa.alert`.
 */
export function createQaService(deps: {
  qa: QaRepository;
  moderation: ModerationService;
  bus: EventBus;
  onError: (error: unknown) => void;
  /**
   * Keep each handed-off conversation's recent messages in memory, filled from the stored
   * message events, so scanning a message reads nothing. Only where this node hears every
   * message of its conversations (one node); across nodes the context is read each time.
   */
  contextWindow?: boolean;
}) {
  const { qa, bus } = deps;
  const windows = new Map<string, Window>();
  const windowKey = (tenantId: string, conversationId: string) => `${tenantId}/${conversationId}`;

  /** The message's place in a window, looked for from the end, where it nearly always is. */
  const indexIn = (list: readonly WindowMessage[], id: string) => {
    for (let k = list.length - 1; k >= 0; k--) if ((list[k] as WindowMessage).id === id) return k;
    return -1;
  };

  const keep = (list: WindowMessage[], message: WindowMessage) => {
    if (indexIn(list, message.id) >= 0) return;
    list.push(message);
    if (list.length > HISTORY + 1) list.splice(0, list.length - (HISTORY + 1));
  };

  /** Adds a stored message to its conversation's window, if one is kept (synchronously, in event order). */
  function remember(key: string, message: WindowMessage): Window | undefined {
    const window = windows.get(key);
    if (!window) return undefined;
    // Least recently used last.
    windows.delete(key);
    windows.set(key, window);
    keep(window.loading ? window.pending : window.messages, message);
    return window;
  }

  /** Starts a window from the database: the latest messages, then whatever was heard meanwhile. */
  async function fill(tenantId: string, conversationId: string, key: string): Promise<Window> {
    const window: Window = { messages: [], loading: true, pending: [] };
    windows.set(key, window);
    if (windows.size > MAX_WINDOWS) {
      const oldest = windows.keys().next().value;
      if (oldest !== undefined) windows.delete(oldest);
    }
    try {
      const recent = await qa.history(tenantId, conversationId, HISTORY + 1);
      window.messages = recent;
      for (const m of window.pending) keep(window.messages, m);
      window.pending = [];
      window.loading = false;
      return window;
    } catch (error) {
      if (windows.get(key) === window) windows.delete(key);
      throw error;
    }
  }

  // Compiled lists: by the tenant's word array (the moderation service returns the same array
  // until the list changes, on any node), and by the words themselves so tenants sharing a
  // list share its compiled form. A message costs one map look, no read and no compile.
  const compiledOf = new WeakMap<readonly string[], WordList>();
  const lists = new Map<string, WordList>();

  async function ngWords(tenantId: string): Promise<WordList> {
    const words = await deps.moderation.tenantWordList(tenantId);
    let list = compiledOf.get(words);
    if (list) return list;
    const key = words.join('\u0000');
    list = lists.get(key);
    if (!list) {
      if (lists.size >= MAX_LISTS) lists.clear();
      list = compileNgWords(words);
      lists.set(key, list);
    }
    compiledOf.set(words, list);
    return list;
  }

  // Findings of the scans that finish in one turn of the event loop are written together: one
  // statement (and one trip to the writer) for many messages rather than one each.
  let waiting: {
    rows: FindingRow[];
    resolve: (stored: FindingRow[]) => void;
    reject: (error: unknown) => void;
  }[] = [];
  async function writeWaiting(): Promise<void> {
    const batch = waiting;
    waiting = [];
    try {
      const stored = new Set(
        (await qa.insertFindings(batch.flatMap((b) => b.rows))).map((r) => r.id),
      );
      for (const b of batch) b.resolve(b.rows.filter((row) => stored.has(row.id)));
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  }
  /** Stores rows with the others of this turn; resolves to those new (not stored before). */
  const insertSoon = (rows: FindingRow[]) =>
    new Promise<FindingRow[]>((resolve, reject) => {
      waiting.push({ rows, resolve, reject });
      if (waiting.length === 1) setImmediate(() => void writeWaiting());
    });

  async function store(
    tenantId: string,
    conversationId: string,
    agentId: string | null,
    author: string,
    findings: (Finding & { messageId: string })[],
  ): Promise<void> {
    if (findings.length === 0) return;
    const now = new Date().toISOString();
    const rows: FindingRow[] = findings.map((f) => ({
      id: newId('qaf'),
      tenant_id: tenantId,
      conversation_id: conversationId,
      message_id: f.messageId,
      agent_id: agentId,
      author,
      rule: f.rule,
      severity: f.severity,
      span_start: f.start,
      span_end: f.end,
      text: f.text,
      sent_despite_warning: f.sentDespiteWarning ? 1 : 0,
      created_at: now,
    }));
    // Only findings stored now are alerted: a replayed event alerts nobody twice.
    for (const row of await insertSoon(rows)) {
      if (row.severity === 'high') {
        bus.publish({ type: 'qa.alert', tenantId, conversationId, finding: toView(row) });
      }
    }
  }

  const pendingFill = new Map<string, Promise<Window>>();
  /** The conversation's window once its read is done (started here unless already under way). */
  function filling(tenantId: string, conversationId: string, key: string): Promise<Window> {
    let pending = pendingFill.get(key);
    if (!pending) {
      pending = fill(tenantId, conversationId, key).finally(() => pendingFill.delete(key));
      pendingFill.set(key, pending);
    }
    return pending;
  }

  async function scanMessage(event: EventOf<'message.created'>): Promise<void> {
    const { message, tenantId } = event;
    // Before anything is awaited, so the window keeps the order the events were published in.
    const key = windowKey(tenantId, message.conversationId);
    const window = deps.contextWindow
      ? remember(key, {
          id: message.id,
          author: message.author,
          text: message.text,
          createdAt: message.createdAt,
        })
      : undefined;
    if (message.author !== 'agent' && message.author !== 'customer') return;
    // While the bot alone handles the conversation, the message's own words are checked (NG
    // words, escalation, anger) without reading its context: that is the busiest path, and the
    // context rules are about operators' conversations.
    if (event.conversation.status === 'bot') {
      const own = scanText(message.text, await ngWords(tenantId), message.author).map((f) => ({
        ...f,
        messageId: message.id,
      }));
      await store(tenantId, message.conversationId, null, message.author, own);
      return;
    }
    let stored: WindowMessage | undefined;
    let history: WindowMessage[] = [];
    if (deps.contextWindow) {
      // Heard before (the usual case): the context is in memory, nothing is read. Otherwise one
      // read fills the window, shared by the messages that arrive while it runs.
      const filled =
        window?.loading === false ? window : await filling(tenantId, message.conversationId, key);
      const at = indexIn(filled.messages, message.id);
      if (at >= 0) {
        stored = filled.messages[at];
        history = filled.messages.slice(Math.max(0, at - HISTORY), at);
      }
    }
    if (!stored) {
      // One read for the message and its context: the latest messages hold it unless many
      // arrived since; only then is it read on its own.
      const recent = await qa.history(tenantId, message.conversationId, HISTORY + 1);
      const at = recent.findIndex((m) => m.id === message.id);
      stored = recent[at];
      history = recent.slice(0, Math.max(0, at));
      if (!stored) {
        const alone = await qa.message(tenantId, message.id);
        if (!alone) return;
        stored = alone;
        history = await qa.history(tenantId, message.conversationId, HISTORY, alone.seq);
      }
    }
    const current = stored;
    const findings = scanInContext(current, history, await ngWords(tenantId)).map((f) => ({
      ...f,
      messageId: current.id,
    }));
    if (findings.length === 0) return;
    // Who wrote it is read only when there is something to attribute: messages heard on the bus
    // do not carry their author's id.
    let authorId = current.authorId;
    if (message.author === 'agent' && authorId === undefined) {
      authorId = (await qa.message(tenantId, message.id))?.authorId ?? null;
    }
    const agentId = message.author === 'agent' ? (authorId ?? null) : event.conversation.assigneeId;
    if (message.author === 'agent' && authorId && findings.some((f) => f.severity === 'high')) {
      if (await qa.takeWarning(tenantId, authorId, textHash(current.text))) {
        for (const f of findings) if (f.severity === 'high') f.sentDespiteWarning = true;
      }
    }
    await store(tenantId, message.conversationId, agentId, message.author, findings);
  }

  async function scanResolved(event: EventOf<'conversation.updated'>): Promise<void> {
    if (event.conversation.status !== 'resolved' || event.previousStatus === 'resolved') return;
    windows.delete(windowKey(event.tenantId, event.conversation.id));
    const messages = await qa.history(event.tenantId, event.conversation.id, 200);
    const findings = scanClosed(messages);
    const lastAgent = [...messages].reverse().find((m) => m.author === 'agent');
    await store(
      event.tenantId,
      event.conversation.id,
      lastAgent?.authorId ?? event.conversation.assigneeId,
      'agent',
      findings,
    );
  }

  /**
   * What a review is of, checked to be the tenant's, and whose work it scores: a call's
   * operator; a conversation's last replying operator, else its assignee.
   */
  async function reviewSubject(tenantId: string, input: ReviewInput) {
    if (input.callId) {
      const call = await qa.callAgent(tenantId, input.callId);
      if (!call) throw notFound('Call');
      return { conversationId: null, callId: input.callId, agentId: call.agentId };
    }
    const conversationId = input.conversationId;
    if (!conversationId || !(await qa.conversationExists(tenantId, conversationId)))
      throw notFound('Conversation');
    const history = await qa.history(tenantId, conversationId, 200);
    const lastAgent = history.findLast((m) => m.author === 'agent');
    const agentId = lastAgent?.authorId ?? (await qa.assigneeOf(tenantId, conversationId));
    return { conversationId, callId: null, agentId };
  }

  /** Conversations not yet reviewed, the riskiest first, with their findings. */
  async function rankedConversations(tenantId: string, limit: number) {
    const ranked = await qa.riskiest(tenantId, limit);
    const rows = await qa.findingsOf(
      tenantId,
      ranked.map((r) => r.conversationId),
    );
    return ranked.map((r) => ({
      id: r.conversationId,
      risk: r.risk,
      latest: r.latest,
      findings: rows.filter((f) => f.conversation_id === r.conversationId).map(toView),
    }));
  }

  return {
    /** Starts scanning stored messages on this node; returns the unsubscribe. */
    start(): () => void {
      const guard =
        <E>(run: (event: E) => Promise<void>) =>
        (event: E) =>
          run(event).catch(deps.onError);
      const offs = [
        bus.subscribe('message.created', guard(scanMessage)),
        bus.subscribe('conversation.updated', guard(scanResolved)),
      ];
      return () => {
        for (const off of offs) off();
      };
    },

    /** Scans a message again (used by tests and to backfill): stores only what is new. */
    scanMessage,

    async setNgWords(tenantId: string, words: readonly string[]): Promise<string[]> {
      return deps.moderation.setTenantWords(tenantId, words);
    },

    listNgWords: (tenantId: string) => deps.moderation.listTenantWords(tenantId),

    /**
     * Checks a text before it is sent. When an operator is warned about a high finding, the
     * warning is remembered, so sending the same text anyway is recorded on its finding.
     */
    /** A call's transcript through the same rules as chat, with the tenant's NG words. */
    async scanTranscript(tenantId: string, segments: readonly SpokenSegment[]) {
      return scanTranscript(segments, await ngWords(tenantId));
    },

    async check(
      tenantId: string,
      text: string,
      author: 'agent' | 'customer' | undefined,
      userId?: string,
    ): Promise<Finding[]> {
      const findings = scanText(text, await ngWords(tenantId), author);
      if (author === 'agent' && userId && findings.some((f) => f.severity === 'high')) {
        await qa.recordWarning(tenantId, userId, textHash(text));
      }
      return findings;
    },

    async findings(
      tenantId: string,
      filter: { conversationId?: string | undefined; agentId?: string | undefined },
    ): Promise<QaFindingView[]> {
      if (filter.conversationId && !(await qa.conversationExists(tenantId, filter.conversationId)))
        throw notFound('Conversation');
      return (await qa.listFindings(tenantId, filter)).map(toView);
    },

    async reviewQueue(tenantId: string, limit: number) {
      return (await rankedConversations(tenantId, limit)).map(({ latest: _, ...c }) => c);
    },

    /**
     * The review queue of conversations and calls together: both ranked by the same risk (the
     * latest first among equals), the first `limit`, beside the conversations alone. A call's
     * findings come from its transcript.
     */
    async reviewItems(tenantId: string, limit: number) {
      const [conversations, calls] = await Promise.all([
        rankedConversations(tenantId, limit),
        qa.riskiestCalls(tenantId, limit),
      ]);
      const items: ReviewItem[] = [
        ...conversations.map(
          (c): ReviewItem => ({
            kind: 'conversation',
            id: c.id,
            risk: c.risk,
            agentId: c.findings.find((f) => f.agentId)?.agentId ?? null,
            at: c.latest,
            href: `/api/v1/tenants/${tenantId}/conversations/${c.id}`,
            findings: c.findings.map((f) => ({
              rule: f.rule,
              severity: f.severity,
              text: f.text,
              start: f.start,
              end: f.end,
              messageId: f.messageId,
              segment: null,
              second: null,
            })),
          }),
        ),
        ...calls.map((c): ReviewItem => {
          const transcript = c.transcript
            ? (JSON.parse(c.transcript) as { findings?: TranscriptFinding[] })
            : {};
          return {
            kind: 'call',
            id: c.id,
            risk: c.risk,
            agentId: c.agentId,
            at: c.createdAt,
            href: `/api/v1/tenants/${tenantId}/calls/${c.id}`,
            findings: (transcript.findings ?? []).map((f) => ({
              rule: f.rule,
              severity: f.severity,
              text: f.text,
              start: f.start,
              end: f.end,
              messageId: null,
              segment: f.segment,
              second: f.at,
            })),
          };
        }),
      ];
      items.sort((a, b) => b.risk - a.risk || (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
      return {
        conversations: conversations.map(({ latest: _, ...c }) => c),
        items: items.slice(0, limit),
      };
    },

    async scorecard(tenantId: string): Promise<Criterion[]> {
      const stored = await qa.scorecard(tenantId);
      return stored ? (JSON.parse(stored) as Criterion[]) : DEFAULT_CRITERIA;
    },

    async setScorecard(tenantId: string, criteria: Criterion[]): Promise<Criterion[]> {
      const ids = new Set(criteria.map((c) => c.id));
      if (ids.size !== criteria.length)
        throw new AppError('validation_failed', 'Criterion ids must be unique');
      await qa.setScorecard(tenantId, JSON.stringify(criteria));
      return criteria;
    },

    async review(tenantId: string, reviewerId: string, input: ReviewInput) {
      const criteria = await this.scorecard(tenantId);
      const known = new Set(criteria.map((c) => c.id));
      const entries = Object.entries(input.scores);
      if (entries.length === 0 || entries.some(([id]) => !known.has(id)))
        throw new AppError('validation_failed', 'Score the scorecard’s own criteria');
      const subject = await reviewSubject(tenantId, input);
      const average = entries.reduce((sum, [, v]) => sum + v, 0) / entries.length;
      const review = {
        id: newId('qar'),
        tenant_id: tenantId,
        conversation_id: subject.conversationId,
        call_id: subject.callId,
        agent_id: subject.agentId,
        reviewer_id: reviewerId,
        scores: JSON.stringify(input.scores),
        average,
        comment: input.comment ?? null,
        created_at: new Date().toISOString(),
      };
      await qa.saveReview(review);
      return { id: review.id, agentId: review.agent_id, average };
    },

    async reviews(tenantId: string, agentId?: string) {
      return (await qa.listReviews(tenantId, agentId)).map((r) => ({
        id: r.id,
        conversationId: r.conversation_id,
        callId: r.call_id,
        agentId: r.agent_id,
        reviewerId: r.reviewer_id,
        scores: JSON.parse(r.scores) as Record<string, number>,
        average: Number(r.average),
        comment: r.comment,
        createdAt: r.created_at,
      }));
    },

    /** Per agent and ISO week: findings by severity and the average review score. */
    async trends(tenantId: string) {
      const findings = await qa.listFindings(tenantId, {}, 20_000);
      const reviews = await qa.listReviews(tenantId);
      const key = (agentId: string | null, at: string) => `${agentId ?? ''}|${weekOf(at)}`;
      const table = new Map<
        string,
        {
          agentId: string | null;
          week: string;
          high: number;
          medium: number;
          low: number;
          scores: number[];
        }
      >();
      const row = (agentId: string | null, at: string) => {
        const k = key(agentId, at);
        let r = table.get(k);
        if (!r) {
          r = { agentId, week: weekOf(at), high: 0, medium: 0, low: 0, scores: [] };
          table.set(k, r);
        }
        return r;
      };
      for (const f of findings) {
        if (!f.agent_id) continue;
        row(f.agent_id, f.created_at)[f.severity as 'high' | 'medium' | 'low']++;
      }
      for (const r of reviews)
        if (r.agent_id) row(r.agent_id, r.created_at).scores.push(Number(r.average));
      return [...table.values()]
        .map(({ scores, ...r }) => ({
          ...r,
          averageScore: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
        }))
        .sort((a, b) =>
          a.week === b.week
            ? String(a.agentId).localeCompare(String(b.agentId))
            : a.week < b.week
              ? -1
              : 1,
        );
    },
  };
}

/** The Monday (UTC) starting the week of an ISO time, as YYYY-MM-DD. */
function weekOf(iso: string): string {
  const d = new Date(iso);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day);
  return d.toISOString().slice(0, 10);
}

export type QaService = ReturnType<typeof createQaService>;
