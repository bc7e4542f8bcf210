import { randomUUID } from 'node:crypto';
import type { EventBus } from '../bus/index.js';
import { LruMap } from '../cache/index.js';
import type { ConversationFact } from '../conversations/index.js';
import type { Db } from '../db/index.js';
import { AppError, notFound } from '../errors/index.js';
import { newId } from '../ids/index.js';
import {
  extractKeywords,
  keywordTokens,
  rankKeywords,
  type Token,
  takeAnalysesOf,
  withSharedAnalyses,
} from '../nlu/index.js';
import { openSecondsBetween, type Schedule, type WeeklyHours } from '../routing/business-hours.js';
import {
  type AnalyticsRepository,
  type AnalyticsSettings,
  type ExportRow,
  emptyVisitCounters,
  type VisitCounters,
} from './analytics.repository.js';
import {
  addCounters,
  applyFact,
  bucketOf,
  type ConversationOutcome,
  type Counters,
  countersOf,
  dayOf,
  emptyCounters,
  type Fact,
  type Histogram,
  histogramStats,
  hourOf,
  type Measure,
  measures,
  measuresAdded,
  type RollupDelta,
  summariseCounters,
} from './definitions.js';
import { localDatesOf, localParts } from './periods.js';

export type Range = { from: string; to: string; channel?: string | undefined };

/** Counters filed under a time (an hour's start, or a conversation's creation) and dimensions. */
type Cell = {
  at: string;
  channel: string;
  category: string;
  queueId: string;
  agentId: string;
  counters: Counters;
};

const DEFAULT_TIME_ZONE = 'Asia/Tokyo';

const parseJson = <T>(text: string | null | undefined, fallback: T): T => {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

/** The opening hours a conversation is measured against: its queue's, else the tenant's. */
const scheduleOf = (c: {
  queueHours: string | null;
  tenantHours: string | null;
  holidays: string | null;
  timeZone: string | null;
}): Schedule => ({
  timeZone: c.timeZone ?? DEFAULT_TIME_ZONE,
  weekly:
    parseJson<WeeklyHours | null>(c.queueHours, null) ??
    parseJson<WeeklyHours | null>(c.tenantHours, null),
  holidays: parseJson<string[]>(c.holidays, []),
});
const DEFAULT_SLA_SECONDS = 120;
/** Customer messages per conversation whose words become call-reason terms. */
const TERM_MESSAGES = 3;
const TERMS_PER_CONVERSATION = 5;

const ceilHour = (iso: string) => {
  const ms = Date.parse(iso);
  const floor = Math.floor(ms / 3_600_000) * 3_600_000;
  return new Date(floor === ms ? ms : floor + 3_600_000).toISOString();
};
const floorHour = (iso: string) =>
  new Date(Math.floor(Date.parse(iso) / 3_600_000) * 3_600_000).toISOString();
const DAY_MS = 86_400_000;
const ceilDay = (iso: string) => {
  const ms = Date.parse(iso);
  const floor = Math.floor(ms / DAY_MS) * DAY_MS;
  return new Date(floor === ms ? ms : floor + DAY_MS).toISOString();
};
const floorDay = (iso: string) =>
  new Date(Math.floor(Date.parse(iso) / DAY_MS) * DAY_MS).toISOString();

export function createAnalyticsService(deps: {
  analytics: AnalyticsRepository;
  bus: EventBus;
  onError: (error: unknown) => void;
}) {
  const { analytics } = deps;

  let pendingBotTurns = new Map<string, number>();
  let botTurnTimer: NodeJS.Timeout | undefined;
  let botTurnsWritten: Promise<void> = Promise.resolve();
  /** Writes the bot turns counted so far; resolves once they (and earlier ones) are stored. */
  function flushBotTurns(): Promise<void> {
    if (botTurnTimer) clearTimeout(botTurnTimer);
    botTurnTimer = undefined;
    const batch = pendingBotTurns;
    pendingBotTurns = new Map();
    botTurnsWritten = botTurnsWritten.then(async () => {
      for (const [key, count] of batch) {
        const [tenantId, hour, channel] = key.split('\u0000') as [string, string, string];
        await analytics.addBotTurns(tenantId, hour, channel, count);
      }
    });
    return botTurnsWritten;
  }

  /**
   * Applies one fact in the caller's transaction: log, outcome, rollup. With the opening hours,
   * a first response or a resolution is also measured in business hours (logged with the fact).
   */
  async function apply(tx: Db, fact: Fact, hours?: Schedule): Promise<boolean> {
    if (fact.type === 'bot_answered') {
      // On the message hot path: counted here and written a moment later, many at once, so the
      // message's own write stays one batched statement (no log row: the rebuild counts these
      // turns from the stored messages instead, so a crash loses none for good).
      const key = `${fact.tenantId}\u0000${hourOf(fact.conversationCreatedAt)}\u0000${fact.channel}`;
      pendingBotTurns.set(key, (pendingBotTurns.get(key) ?? 0) + 1);
      botTurnTimer ??= setTimeout(() => void flushBotTurns().catch(deps.onError), 200);
      botTurnTimer.unref?.();
      return true;
    }
    const before =
      fact.type === 'created'
        ? undefined
        : await analytics.findOutcome(tx, fact.tenantId, fact.conversationId);
    if (hours && before) {
      const span =
        fact.type === 'agent_replied' && !before.firstHumanAt
          ? (before.handedOffAt ?? fact.at)
          : fact.type === 'resolved' && !before.resolvedAt
            ? before.assignedAt
            : null;
      if (span !== null) {
        fact.businessSeconds = openSecondsBetween(hours, Date.parse(span), Date.parse(fact.at));
      }
    }
    const applied = applyFact(before, fact);
    if (!applied) return false;
    await analytics.insertFact(tx, fact);
    await analytics.saveOutcome(tx, applied.outcome, before === undefined);
    await analytics.addToRollup(tx, fact.tenantId, applied.delta);
    for (const { measure, bucket } of measuresAdded(before, applied.outcome)) {
      await analytics.addToHistogram(
        tx,
        fact.tenantId,
        dayOf(applied.outcome.createdAt),
        applied.outcome.channel,
        measure,
        bucket,
      );
    }
    return true;
  }

  /**
   * The range as cells. Totals and the day and hour charts: whole hours from the per-hour
   * channel totals. Breakdowns by agent, queue and category: whole UTC days from the day
   * rollups, the whole hours around them from the hourly ones. The partial hours at either end
   * come from the conversations' outcomes.
   */
  async function cellsOf(tenantId: string, range: Range) {
    const fromHour = ceilHour(range.from);
    const toHour = floorHour(range.to);
    const isWhole = fromHour < toHour;
    const fromDay = ceilDay(range.from);
    const toDay = floorDay(range.to);
    const hasDays = fromDay < toDay;
    const dims = (grain: 'day' | 'hour', from: string, to: string) =>
      analytics.dimensionsGrouped(
        grain,
        tenantId,
        grain === 'day' ? dayOf(from) : hourOf(from),
        grain === 'day' ? dayOf(to) : hourOf(to),
        range.channel,
      );
    const grouped = async () => {
      if (!isWhole) return [];
      if (!hasDays) return dims('hour', fromHour, toHour);
      const parts = await Promise.all([
        fromHour < fromDay ? dims('hour', fromHour, fromDay) : [],
        dims('day', fromDay, toDay),
        toDay < toHour ? dims('hour', toDay, toHour) : [],
      ]);
      return parts.flat();
    };
    const [time, byDimensions, head, tail] = await Promise.all([
      isWhole
        ? analytics.hourTotalsSummed(tenantId, hourOf(fromHour), hourOf(toHour), range.channel)
        : Promise.resolve({ totals: emptyCounters(), hours: [], channels: [] }),
      grouped(),
      analytics.outcomes(tenantId, isWhole ? { ...range, to: fromHour } : range),
      isWhole ? analytics.outcomes(tenantId, { ...range, from: toHour }) : Promise.resolve([]),
    ]);
    const edges = [...head, ...tail].map(outcomeCell);
    const toCells = (rows: typeof byDimensions): Cell[] =>
      rows.map((r) => {
        const { hour, channel, category, queueId, agentId, ...counters } = r;
        return {
          at: hour ? `${hour}:00:00.000Z` : '',
          channel,
          category,
          queueId,
          agentId,
          counters,
        };
      });
    const totals = time.totals;
    for (const edge of edges) addCounters(totals, edge.counters);
    // Whole hours carry no channel here (summed in SQL); the edges keep theirs.
    const hours: Cell[] = time.hours.map((h) => ({
      at: `${h.hour}:00:00.000Z`,
      channel: '',
      category: '',
      queueId: '',
      agentId: '',
      counters: h.counters,
    }));
    const byChannel: Record<string, number> = {};
    for (const { channel, conversations } of time.channels) {
      if (conversations > 0) byChannel[channel] = (byChannel[channel] ?? 0) + conversations;
    }
    for (const edge of edges) {
      const n = edge.counters.conversations;
      if (n > 0) byChannel[edge.channel] = (byChannel[edge.channel] ?? 0) + n;
    }
    return {
      totals,
      byChannel,
      time: [...hours, ...edges],
      dimensions: [...toCells(byDimensions), ...edges],
    };
  }

  /**
   * Histograms of the measured times: whole UTC days from the stored day histograms, the rest
   * of the range from the conversations' own times put in the same buckets.
   */
  async function histogramsOf(tenantId: string, range: Range): Promise<Record<Measure, Histogram>> {
    const fromDay = ceilDay(range.from);
    const toDay = floorDay(range.to);
    const hasDays = fromDay < toDay;
    const [stored, head, tail] = await Promise.all([
      hasDays
        ? analytics.histograms(tenantId, dayOf(fromDay), dayOf(toDay), range.channel)
        : Promise.resolve([]),
      analytics.measuredTimes(tenantId, hasDays ? { ...range, to: fromDay } : range),
      hasDays ? analytics.measuredTimes(tenantId, { ...range, from: toDay }) : Promise.resolve([]),
    ]);
    const result = Object.fromEntries(measures.map((m) => [m, new Map()])) as Record<
      Measure,
      Histogram
    >;
    const add = (measure: Measure, bucket: number, n: number) =>
      result[measure]?.set(bucket, (result[measure].get(bucket) ?? 0) + n);
    for (const row of stored) add(row.measure, row.bucket, row.n);
    for (const t of [...head, ...tail]) {
      for (const m of measures) {
        const seconds = t[m];
        if (seconds !== null) add(m, bucketOf(seconds), 1);
      }
    }
    return result;
  }

  const outcomeCell = (o: ConversationOutcome): Cell => ({
    at: o.createdAt,
    channel: o.channel,
    category: o.category ?? '',
    queueId: o.queueId ?? '',
    agentId: o.agentId ?? '',
    counters: countersOf(o),
  });

  const sumBy = (cells: Cell[], keyOf: (c: Cell) => string) => {
    const groups = new Map<string, Counters>();
    for (const cell of cells) {
      const key = keyOf(cell);
      groups.set(key, addCounters(groups.get(key) ?? emptyCounters(), cell.counters));
    }
    return groups;
  };

  /** Analysed calls of the range: how many, their length and talk time, per agent and day. */
  function callFigures(
    calls: {
      agentId: string | null;
      createdAt: string;
      durationSeconds: number;
      talkSeconds: number;
    }[],
    dateOf: (at: string) => string,
  ) {
    const round1 = (n: number) => Math.round(n * 10) / 10;
    const group = (keyOf: (c: (typeof calls)[number]) => string) => {
      const groups = new Map<
        string,
        { calls: number; durationSeconds: number; talkSeconds: number }
      >();
      for (const c of calls) {
        const key = keyOf(c);
        const g = groups.get(key) ?? { calls: 0, durationSeconds: 0, talkSeconds: 0 };
        g.calls += 1;
        g.durationSeconds += c.durationSeconds;
        g.talkSeconds += c.talkSeconds;
        groups.set(key, g);
      }
      return [...groups]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([key, g]) => ({
          key,
          calls: g.calls,
          durationSeconds: round1(g.durationSeconds),
          talkSeconds: round1(g.talkSeconds),
        }));
    };
    return {
      analysed: calls.length,
      durationSeconds: round1(calls.reduce((s, c) => s + c.durationSeconds, 0)),
      talkSeconds: round1(calls.reduce((s, c) => s + c.talkSeconds, 0)),
      byAgent: group((c) => c.agentId ?? ''),
      byDay: group((c) => dateOf(c.createdAt)),
    };
  }

  /**
   * Widget visitor days first seen in the range: whole hours from the hour rollup, the partial
   * hours at either end from the visitor days themselves. Visits are the web widget's only.
   */
  async function visitsOf(tenantId: string, range: Range): Promise<VisitCounters> {
    if (range.channel && range.channel !== 'web') return emptyVisitCounters();
    const fromHour = ceilHour(range.from);
    const toHour = floorHour(range.to);
    if (fromHour >= toHour) return analytics.visitsBetween(tenantId, range.from, range.to);
    const parts = await Promise.all([
      analytics.visitsBetween(tenantId, range.from, fromHour),
      analytics.visitHours(tenantId, hourOf(fromHour), hourOf(toHour)),
      analytics.visitsBetween(tenantId, toHour, range.to),
    ]);
    const sum = emptyVisitCounters();
    for (const part of parts) {
      sum.visitors += part.visitors;
      sum.chatted += part.chatted;
      sum.noChatPurchases += part.noChatPurchases;
      sum.noChatValue += part.noChatValue;
    }
    return sum;
  }

  async function timeZoneOf(tenantId: string) {
    return (await analytics.timeZone(tenantId)) ?? DEFAULT_TIME_ZONE;
  }

  async function summary(tenantId: string, range: Range) {
    // This node's bot turns not yet written are counted in.
    await flushBotTurns();
    const [cells, histograms, timeZone, settings, calls, visits, teams] = await Promise.all([
      cellsOf(tenantId, range),
      histogramsOf(tenantId, range),
      timeZoneOf(tenantId),
      analytics.getSettings(tenantId),
      // Calls have no channel of the chat kinds: counted only when no channel is asked for.
      range.channel ? Promise.resolve([]) : analytics.analysedCalls(tenantId, range),
      visitsOf(tenantId, range),
      analytics.teams(tenantId),
    ]);
    const total = cells.totals;
    const frt = histogramStats(histograms.frt);
    const handle = histogramStats(histograms.aht);
    const frtBusiness = histogramStats(histograms.frt_bh);
    const handleBusiness = histogramStats(histograms.aht_bh);
    // Cells of one hour share their local date and hour: computed once per distinct time.
    const locals = new Map<string, { date: string; hour: number }>();
    const localOf = (at: string) => {
      let local = locals.get(at);
      if (!local) {
        local = localParts(at, timeZone);
        locals.set(at, local);
      }
      return local;
    };
    const byChannel = cells.byChannel;
    const byHour: number[] = Array.from({ length: 24 }, () => 0);
    const byDay = new Map(
      localDatesOf(range.from, range.to, timeZone).map((d) => [d, emptyCounters()]),
    );
    for (const cell of cells.time) {
      const local = localOf(cell.at);
      const day = byDay.get(local.date);
      if (day) addCounters(day, cell.counters);
      const n = cell.counters.conversations;
      if (n !== 0) byHour[local.hour] = (byHour[local.hour] ?? 0) + n;
    }
    const base = summariseCounters(total);
    const breakdownRow = (key: string, c: Counters) => ({
      key,
      conversations: c.conversations,
      handedOff: c.handed_off,
      answered: c.answered,
      abandoned: c.abandoned,
      assigned: c.assigned,
      resolved: c.resolved,
      transfers: c.transfers,
      firstResponseSecondsAverage: c.answered > 0 ? Math.round(c.frt_sum / c.answered) : null,
      handleSecondsAverage: c.handle_count > 0 ? Math.round(c.handle_sum / c.handle_count) : null,
      csatAverage: c.csat_count > 0 ? Math.round((c.csat_sum / c.csat_count) * 100) / 100 : null,
    });
    // Teams: the per-agent counters of each team's members now (an agent in two teams counts
    // in both); a team whose members did nothing in the range shows zeros.
    const byAgentCounters = sumBy(cells.dimensions, (c) => c.agentId);
    const byTeam = teams.map((team) => {
      const sum = emptyCounters();
      for (const id of team.memberIds) {
        const c = byAgentCounters.get(id);
        if (c) addCounters(sum, c);
      }
      return { ...breakdownRow(team.id, sum), name: team.name };
    });
    const breakdown = (list: Cell[], keyOf: (c: Cell) => string) =>
      [...sumBy(list, keyOf)].filter(([key]) => key !== '').map(([key, c]) => breakdownRow(key, c));
    const withoutChat = visits.visitors - visits.chatted;
    return {
      ...base,
      conversion: {
        ...base.conversion,
        visitors: visits.visitors,
        visitorsWithoutChat: withoutChat,
        noChatConversions: visits.noChatPurchases,
        noChatValue: Math.round(visits.noChatValue * 100) / 100,
        noChatRate:
          withoutChat > 0 ? Math.round((visits.noChatPurchases / withoutChat) * 1e4) / 1e4 : 0,
      },
      firstResponseSeconds:
        frt.count > 0 ? { median: frt.median as number, p90: frt.percentile(0.9) as number } : null,
      handleSeconds: handle.count > 0 ? { median: handle.median as number } : null,
      firstResponseBusinessSeconds:
        frtBusiness.count > 0
          ? { median: frtBusiness.median as number, p90: frtBusiness.percentile(0.9) as number }
          : null,
      handleBusinessSeconds:
        handleBusiness.count > 0 ? { median: handleBusiness.median as number } : null,
      byChannel,
      byHour,
      byDay: [...byDay].map(([date, c]) => ({
        date,
        conversations: c.conversations,
        botResolved: c.conversations - c.handed_off,
        handedOff: c.handed_off,
        answered: c.answered,
        abandoned: c.abandoned,
        csatAverage: c.csat_count > 0 ? Math.round((c.csat_sum / c.csat_count) * 100) / 100 : null,
      })),
      byAgent: breakdown(cells.dimensions, (c) => c.agentId),
      byQueue: breakdown(cells.dimensions, (c) => c.queueId),
      byCategory: breakdown(cells.dimensions, (c) => c.category),
      byTeam,
      botAnswers: total.bot_turns,
      calls: callFigures(calls, (at) => localOf(at).date),
      timeZone,
      roi:
        settings.costPerContact === null
          ? null
          : {
              botResolved: base.botResolved,
              costPerContact: settings.costPerContact,
              currency: settings.currency,
              saved: Math.round(base.botResolved * settings.costPerContact * 100) / 100,
            },
    };
  }

  async function keywords(tenantId: string, range: Range, limit = 50) {
    const length = Date.parse(range.to) - Date.parse(range.from);
    const previous = {
      from: new Date(Date.parse(range.from) - length).toISOString(),
      to: range.from,
      channel: range.channel,
    };
    const current = await analytics.termCounts(tenantId, range, limit);
    const before = await analytics.termCountsFor(
      tenantId,
      previous,
      current.map((t) => t.term),
    );
    const list = current.map((t) => ({ ...t, previousCount: before.get(t.term) ?? 0 }));
    const rising = list
      .filter((t) => t.count > t.previousCount)
      .sort(
        (a, b) =>
          b.count / (b.previousCount + 1) - a.count / (a.previousCount + 1) ||
          b.count - a.count ||
          a.term.localeCompare(b.term),
      )
      .slice(0, 10);
    return { keywords: list, rising };
  }

  // Call-reason terms come from the first customer messages of each conversation, off the
  // request path: collected from the bus, analysed in batches, stored once per conversation.
  // Sized to the conversations active at once (a whole-map clear at a bound sent every active
  // conversation's next messages back through term extraction).
  const seenMessages = new LruMap<string, number>(200_000);
  let pendingTerms = new Map<
    string,
    {
      tenantId: string;
      conversationId: string;
      createdAt: string;
      channel: string;
      messages: Token[][];
    }
  >();
  let flushTimer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> = Promise.resolve();

  async function flushTerms(): Promise<void> {
    flushTimer = undefined;
    const batch = [...pendingTerms.values()];
    pendingTerms = new Map();
    const rows = [];
    for (const { tenantId, conversationId, createdAt, channel, messages } of batch) {
      for (const term of rankKeywords(messages, TERMS_PER_CONVERSATION)) {
        rows.push({ tenantId, conversationId, term, createdAt, channel });
      }
    }
    for (let i = 0; i < rows.length; i += 200) await analytics.insertTerms(rows.slice(i, i + 200));
  }

  const scheduleFlush = () => {
    flushTimer ??= setTimeout(() => {
      flushing = flushing.then(flushTerms).catch(deps.onError);
    }, 200);
    flushTimer.unref?.();
  };

  const unsubscribe = deps.bus.subscribe('message.created', (event) => {
    const { message } = event;
    if (message.author !== 'customer') return;
    // Taken whether used or not, so nothing is left behind.
    const analyses = takeAnalysesOf(message.id);
    const key = `${event.tenantId}/${message.conversationId}`;
    const seen = seenMessages.get(key) ?? 0;
    if (seen >= TERM_MESSAGES) return;
    seenMessages.set(key, seen + 1);
    const item = pendingTerms.get(key) ?? {
      tenantId: event.tenantId,
      conversationId: message.conversationId,
      // The terms are counted by the conversation's start and channel, as its other facts.
      createdAt: event.conversation.createdAt,
      channel: event.conversation.channel,
      messages: [],
    };
    // Read now, from the analyses the bot made of this message (usually all of it).
    item.messages.push(withSharedAnalyses(analyses, () => keywordTokens(message.text)));
    pendingTerms.set(key, item);
    scheduleFlush();
  });

  async function rebuild(
    tenantId: string,
    options: { terms?: boolean } = {},
  ): Promise<{ facts: number; conversations: number }> {
    const outcomes = new Map<string, ConversationOutcome>();
    const rollups = new Map<string, RollupDelta>();
    let facts = 0;
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const page = await analytics.factsPage(tenantId, after, 2000);
      if (page.length === 0) break;
      for (const fact of page) {
        facts++;
        const applied = applyFact(outcomes.get(fact.conversationId), fact);
        if (!applied) continue;
        outcomes.set(fact.conversationId, applied.outcome);
        const { key } = applied.delta;
        const k = `${key.hour}\u0000${key.channel}\u0000${key.category}\u0000${key.queueId}\u0000${key.agentId}`;
        const row = rollups.get(k) ?? { key, counters: {} };
        for (const [name, v] of Object.entries(applied.delta.counters)) {
          const n = name as keyof Counters;
          row.counters[n] = (row.counters[n] ?? 0) + (v ?? 0);
        }
        rollups.set(k, row);
      }
      const last = page[page.length - 1] as Fact;
      after = { at: last.at, id: last.id };
    }
    // Bot turns are not logged (they are every bot-answered message): counted from the messages.
    for (const turn of await analytics.botTurns(tenantId)) {
      const applied = applyFact(undefined, {
        id: '',
        tenantId,
        conversationId: turn.conversationId,
        type: 'bot_answered',
        at: turn.createdAt,
        channel: turn.channel,
        conversationCreatedAt: turn.createdAt,
        agentId: null,
        queueId: null,
        category: null,
        value: null,
        detail: null,
        dedupeKey: null,
      });
      if (!applied) continue;
      const { key } = applied.delta;
      const k = `${key.hour}\u0000${key.channel}\u0000${key.category}\u0000${key.queueId}\u0000${key.agentId}`;
      const row = rollups.get(k) ?? { key, counters: {} };
      row.counters.bot_turns = (row.counters.bot_turns ?? 0) + turn.turns;
      rollups.set(k, row);
    }
    const histograms = new Map<
      string,
      {
        tenant_id: string;
        day: string;
        channel: string;
        measure: Measure;
        bucket: number;
        n: number;
      }
    >();
    for (const o of outcomes.values()) {
      for (const { measure, bucket } of measuresAdded(undefined, o)) {
        const day = dayOf(o.createdAt);
        const k = `${day}\u0000${o.channel}\u0000${measure}\u0000${bucket}`;
        const row = histograms.get(k) ?? {
          tenant_id: tenantId,
          day,
          channel: o.channel,
          measure,
          bucket,
          n: 0,
        };
        row.n += 1;
        histograms.set(k, row);
      }
    }
    await analytics.transaction(async (tx) => {
      await analytics.clearDerived(tx, tenantId);
      await analytics.insertOutcomes(tx, [...outcomes.values()]);
      await analytics.insertRollups(tx, tenantId, [...rollups.values()]);
      await analytics.insertHistograms(tx, [...histograms.values()]);
      await analytics.rebuildVisits(tx, tenantId);
    });
    if (options.terms === false) return { facts, conversations: outcomes.size };
    // Terms are re-derived from the stored messages.
    await analytics.clearTerms(tenantId);
    let afterId: string | null = null;
    for (;;) {
      const page = await analytics.conversationsPage(tenantId, afterId, 500);
      if (page.length === 0) break;
      const rows = [];
      for (const c of page) {
        const texts = (await analytics.customerTexts(tenantId, c.id)).slice(0, TERM_MESSAGES);
        if (texts.length === 0) continue;
        for (const term of extractKeywords(texts, TERMS_PER_CONVERSATION)) {
          rows.push({
            tenantId,
            conversationId: c.id,
            term,
            createdAt: c.createdAt,
            channel: c.channel,
          });
        }
      }
      for (let i = 0; i < rows.length; i += 200)
        await analytics.insertTerms(rows.slice(i, i + 200));
      afterId = (page[page.length - 1] as { id: string }).id;
    }
    return { facts, conversations: outcomes.size };
  }

  async function recordCustomerFact(
    tenantId: string,
    conversationId: string,
    fact: Pick<Fact, 'type' | 'value' | 'detail' | 'dedupeKey'>,
  ): Promise<boolean> {
    const conversation = await analytics.findConversation(tenantId, conversationId);
    if (!conversation) throw notFound('Conversation');
    return analytics.transaction(async (tx) => {
      if (fact.dedupeKey && (await analytics.hasDedupeKey(tx, tenantId, fact.dedupeKey))) {
        return false;
      }
      return apply(tx, {
        id: newId('fct'),
        tenantId,
        conversationId,
        at: new Date().toISOString(),
        channel: conversation.channel,
        conversationCreatedAt: conversation.createdAt,
        agentId: null,
        queueId: null,
        category: null,
        ...fact,
      });
    });
  }

  return {
    /** The conversation service's `recordFact` hook: runs inside its transaction. */
    async recordFact(tx: Db, fact: ConversationFact): Promise<void> {
      let queueId: string | null = null;
      let category: string | null = fact.category ?? null;
      let value: number | null = null;
      let hours: Schedule | undefined;
      if (fact.type === 'assigned' || fact.type === 'agent_replied' || fact.type === 'resolved') {
        const context = await analytics.conversationContext(tx, fact.tenantId, fact.conversationId);
        queueId = context?.queueId ?? null;
        if (fact.type !== 'assigned' && context) hours = scheduleOf(context);
        if (fact.type === 'resolved') category = context?.category ?? null;
        if (fact.type === 'agent_replied') {
          value = Number(context?.queueSla ?? context?.tenantSla ?? DEFAULT_SLA_SECONDS);
        }
      }
      await apply(
        tx,
        {
          id: newId('fct'),
          tenantId: fact.tenantId,
          conversationId: fact.conversationId,
          type: fact.type,
          at: fact.at,
          channel: fact.channel,
          conversationCreatedAt: fact.conversationCreatedAt,
          agentId: fact.agentId ?? null,
          queueId,
          category,
          value,
          detail: null,
          dedupeKey: null,
        },
        hours,
      );
    },

    summary,
    keywords,
    rebuild,

    async recordCsat(tenantId: string, conversationId: string, score: number, comment?: string) {
      await recordCustomerFact(tenantId, conversationId, {
        type: 'csat',
        value: score,
        detail: comment ?? null,
        dedupeKey: null,
      });
    },

    /** A purchase after the chat; one per order id (a repeat is accepted and changes nothing). */
    async recordConversion(
      tenantId: string,
      conversationId: string,
      input: { value: number; currency: string; orderId?: string | undefined },
    ): Promise<{ recorded: boolean }> {
      const recorded = await recordCustomerFact(tenantId, conversationId, {
        type: 'conversion',
        value: input.value,
        detail: input.currency,
        dedupeKey: input.orderId ? `conversion:${input.orderId}` : null,
      });
      return { recorded };
    },

    drillDown(
      tenantId: string,
      range: Range,
      filter: { term?: string | undefined; category?: string | undefined },
    ) {
      return analytics.drillDown(tenantId, range, filter, 200);
    },

    /** Every message of the conversations created in the range, a page at a time. */
    async *exportMessages(tenantId: string, range: Range): AsyncGenerator<ExportRow[]> {
      let after: { createdAt: string; conversationId: string; seq: number } | null = null;
      for (;;) {
        const page = await analytics.exportPage(tenantId, range, after, 500);
        if (page.length === 0) return;
        yield page;
        const last = page[page.length - 1] as ExportRow;
        after = {
          createdAt: last.conversationCreatedAt,
          conversationId: last.conversationId,
          seq: last.seq,
        };
      }
    },

    timeZoneOf,
    getSettings: (tenantId: string) => analytics.getSettings(tenantId),
    async updateSettings(
      tenantId: string,
      patch: Partial<
        Pick<
          AnalyticsSettings,
          'costPerContact' | 'currency' | 'reportRecipients' | 'reportSchedule'
        >
      >,
    ) {
      const current = await analytics.getSettings(tenantId);
      const next = { ...current, ...patch };
      if (next.reportSchedule !== 'off' && next.reportRecipients.length === 0) {
        throw new AppError('validation_failed', 'A report schedule needs at least one recipient');
      }
      await analytics.saveSettings(tenantId, next);
      return next;
    },
    claimReportPeriod: (
      tenantId: string,
      kind: 'weekly' | 'monthly',
      label: string,
      recipients: number,
    ) => analytics.claimReportPeriod(tenantId, kind, label, recipients),
    reportSends: (tenantId: string) => analytics.reportSends(tenantId),

    /** A page view with the widget loaded: one visitor day (the tenant's local date) per visitor. */
    async recordVisit(
      tenantId: string,
      visitorId: string,
      at = new Date().toISOString(),
    ): Promise<{ recorded: boolean }> {
      const day = localParts(at, await timeZoneOf(tenantId)).date;
      const recorded = await analytics.transaction((tx) =>
        analytics.ensureVisit(tx, { tenantId, visitorId, day, at }),
      );
      return { recorded };
    },

    /** The visitor started a conversation: their day is one with a chat. */
    async recordVisitorChat(tenantId: string, visitorId: string, at = new Date().toISOString()) {
      const day = localParts(at, await timeZoneOf(tenantId)).date;
      await analytics.transaction(async (tx) => {
        await analytics.ensureVisit(tx, { tenantId, visitorId, day, at });
        await analytics.markChatted(tx, { tenantId, visitorId, day });
      });
    },

    /**
     * A purchase the shop reports by visitor, not by conversation; once per order id. It counts
     * as one without a chat unless the visitor chatted that day (before or after buying).
     */
    async recordVisitorPurchase(
      tenantId: string,
      input: { visitorId: string; value: number; currency: string; orderId?: string | undefined },
      at = new Date().toISOString(),
    ): Promise<{ recorded: boolean }> {
      const day = localParts(at, await timeZoneOf(tenantId)).date;
      const recorded = await analytics.transaction(async (tx) => {
        await analytics.ensureVisit(tx, { tenantId, visitorId: input.visitorId, day, at });
        return analytics.addVisitPurchase(tx, {
          tenantId,
          visitorId: input.visitorId,
          day,
          at,
          // Without an order id a purchase is never a repeat.
          orderId: input.orderId ?? `unnamed:${randomUUID()}`,
          value: input.value,
          currency: input.currency,
        });
      });
      return { recorded };
    },
    scheduledTenants: () => analytics.scheduledTenants(),

    /** Waits for call-reason terms collected so far to be stored (tests, shutdown). */
    async flush(): Promise<void> {
      await flushBotTurns();
      if (flushTimer) {
        clearTimeout(flushTimer);
        flushTimer = undefined;
        flushing = flushing.then(flushTerms).catch(deps.onError);
      }
      await flushing;
    },

    stop() {
      unsubscribe();
    },
  };
}

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;
