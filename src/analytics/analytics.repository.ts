import { CompiledQuery, type Expression, type SqlBool, sql } from 'kysely';
import type { Db, Dialect } from '../db/index.js';
import type { AnalyticsConversationTable, AnalyticsSettingsTable } from '../db/schema.js';
import {
  type ConversationOutcome,
  type CounterName,
  type Counters,
  counterNames,
  emptyCounters,
  type Fact,
  type FactType,
  type Measure,
  type RollupDelta,
} from './definitions.js';

export type RollupRow = {
  hour: string;
  channel: string;
  category: string;
  queueId: string;
  agentId: string;
} & Counters;

export type AnalyticsSettings = {
  costPerContact: number | null;
  currency: string;
  reportRecipients: string[];
  reportSchedule: 'off' | 'weekly' | 'monthly' | 'both';
};

export const defaultAnalyticsSettings: AnalyticsSettings = {
  costPerContact: null,
  currency: 'JPY',
  reportRecipients: [],
  reportSchedule: 'off',
};

export type ExportRow = {
  conversationId: string;
  channel: string;
  status: string;
  conversationCreatedAt: string;
  messageId: string;
  seq: number;
  author: string;
  authorName: string | null;
  text: string;
  createdAt: string;
};

const toOutcome = (r: AnalyticsConversationTable): ConversationOutcome => ({
  conversationId: r.conversation_id,
  tenantId: r.tenant_id,
  createdAt: r.created_at,
  channel: r.channel,
  category: r.category,
  queueId: r.queue_id,
  agentId: r.agent_id,
  handedOffAt: r.handed_off_at,
  firstHumanAt: r.first_human_at,
  firstResponseSeconds: r.first_response_seconds === null ? null : Number(r.first_response_seconds),
  firstResponseBusinessSeconds:
    r.first_response_business_seconds === null || r.first_response_business_seconds === undefined
      ? null
      : Number(r.first_response_business_seconds),
  slaMet: r.sla_met === null ? null : Number(r.sla_met),
  assignedAt: r.assigned_at,
  assignments: Number(r.assignments),
  transfers: Number(r.transfers),
  resolvedAt: r.resolved_at,
  handleSeconds: r.handle_seconds === null ? null : Number(r.handle_seconds),
  handleBusinessSeconds:
    r.handle_business_seconds === null || r.handle_business_seconds === undefined
      ? null
      : Number(r.handle_business_seconds),
  isAbandoned: Number(r.is_abandoned),
  csatScore: r.csat_score === null ? null : Number(r.csat_score),
  csatComment: r.csat_comment,
  conversions: Number(r.conversions),
  conversionValue: Number(r.conversion_value),
});

const toOutcomeRow = (o: ConversationOutcome): AnalyticsConversationTable => ({
  conversation_id: o.conversationId,
  tenant_id: o.tenantId,
  created_at: o.createdAt,
  channel: o.channel,
  category: o.category,
  queue_id: o.queueId,
  agent_id: o.agentId,
  handed_off_at: o.handedOffAt,
  first_human_at: o.firstHumanAt,
  first_response_seconds: o.firstResponseSeconds,
  first_response_business_seconds: o.firstResponseBusinessSeconds,
  sla_met: o.slaMet,
  assigned_at: o.assignedAt,
  assignments: o.assignments,
  transfers: o.transfers,
  resolved_at: o.resolvedAt,
  handle_seconds: o.handleSeconds,
  handle_business_seconds: o.handleBusinessSeconds,
  is_abandoned: o.isAbandoned,
  csat_score: o.csatScore,
  csat_comment: o.csatComment,
  conversions: o.conversions,
  conversion_value: o.conversionValue,
});

type Range = { from: string; to: string; channel?: string | undefined };

/** The counters the summary's day and hour charts read per hour. */
const chartCounters = [
  'conversations',
  'handed_off',
  'answered',
  'abandoned',
  'csat_count',
  'csat_sum',
] as const satisfies readonly CounterName[];

/** Widget visitor days: how many, how many chatted, and purchases made without a chat. */
export type VisitCounters = {
  visitors: number;
  chatted: number;
  noChatPurchases: number;
  noChatValue: number;
};
export const emptyVisitCounters = (): VisitCounters => ({
  visitors: 0,
  chatted: 0,
  noChatPurchases: 0,
  noChatValue: 0,
});
const toVisitCounters = (row: Record<string, unknown> | undefined): VisitCounters => ({
  visitors: Number(row?.visitors ?? 0),
  chatted: Number(row?.chatted ?? 0),
  noChatPurchases: Number(row?.noChatPurchases ?? 0),
  noChatValue: Number(row?.noChatValue ?? 0),
});

/** The analytics tables: the fact log, outcomes, hourly rollups, terms and settings. */
export function createAnalyticsRepository(db: Db, dialect: Dialect) {
  // Bot turns are counted off the message hot path, many at once: the upsert is written once as
  // SQL text.
  const p = (n: number) => (dialect === 'postgres' ? `$${n}` : '?');
  const botTurnSql = [
    `insert into analytics_hourly (tenant_id, hour, channel, category, queue_id, agent_id, bot_turns) values (${p(1)}, ${p(2)}, ${p(3)}, '', '', '', ${p(4)}) on conflict (tenant_id, hour, channel, category, queue_id, agent_id) do update set bot_turns = analytics_hourly.bot_turns + excluded.bot_turns`,
    `insert into analytics_hour_totals (tenant_id, hour, channel, bot_turns) values (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}) on conflict (tenant_id, hour, channel) do update set bot_turns = analytics_hour_totals.bot_turns + excluded.bot_turns`,
    `insert into analytics_daily (tenant_id, day, channel, category, queue_id, agent_id, bot_turns) values (${p(1)}, ${p(2)}, ${p(3)}, '', '', '', ${p(4)}) on conflict (tenant_id, day, channel, category, queue_id, agent_id) do update set bot_turns = analytics_daily.bot_turns + excluded.bot_turns`,
  ];
  const histogramSql = `insert into analytics_histograms (tenant_id, day, channel, measure, bucket, n) values (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, 1) on conflict (tenant_id, day, channel, measure, bucket) do update set n = analytics_histograms.n + 1`;
  type RollupTable = 'analytics_hourly' | 'analytics_daily' | 'analytics_hour_totals';
  const rollupTables: { table: RollupTable; time: 'hour' | 'day'; dims: boolean }[] = [
    { table: 'analytics_hourly', time: 'hour', dims: true },
    { table: 'analytics_daily', time: 'day', dims: true },
    { table: 'analytics_hour_totals', time: 'hour', dims: false },
  ];
  const keyColumnsOf = (t: (typeof rollupTables)[number]) =>
    t.dims ? [t.time, 'channel', 'category', 'queue_id', 'agent_id'] : [t.time, 'channel'];
  const keyValuesOf = (
    t: (typeof rollupTables)[number],
    key: RollupDelta['key'],
  ): Record<string, string> =>
    t.dims
      ? {
          [t.time]: t.time === 'day' ? key.hour.slice(0, 10) : key.hour,
          channel: key.channel,
          category: key.category,
          queue_id: key.queueId,
          agent_id: key.agentId,
        }
      : { [t.time]: key.hour, channel: key.channel };
  // A handoff's, an assignment's or a resolution's counters go to three rollup tables in the
  // conversation's transaction on the event loop: their upserts are written once as SQL text per
  // table and set of counters (a few dozen shapes), not built and compiled for every fact.
  const rollupTexts = new Map<string, string>();
  const rollupSql = (t: (typeof rollupTables)[number], names: readonly CounterName[]): string => {
    const cacheKey = `${t.table}\u0000${names.join(',')}`;
    let text = rollupTexts.get(cacheKey);
    if (!text) {
      const keys = ['tenant_id', ...keyColumnsOf(t)];
      const columns = [...keys, ...names];
      text =
        `insert into ${t.table} (${columns.join(', ')}) ` +
        `values (${columns.map((_, i) => p(i + 1)).join(', ')}) ` +
        `on conflict (${keys.join(', ')}) do update set ` +
        names.map((n) => `${n} = ${t.table}.${n} + excluded.${n}`).join(', ');
      if (rollupTexts.size < 256) rollupTexts.set(cacheKey, text);
    }
    return text;
  };
  const toRollupRow = (r: Record<string, unknown>): RollupRow => {
    const counters = emptyCounters();
    for (const n of counterNames) counters[n] = Number(r[n] ?? 0);
    return {
      hour: String(r.hour ?? r.day ?? ''),
      channel: String(r.channel ?? ''),
      category: String(r.category ?? ''),
      queueId: String(r.queue_id ?? ''),
      agentId: String(r.agent_id ?? ''),
      ...counters,
    };
  };

  const visitHourSql = `insert into analytics_visit_hours (tenant_id, hour, visitors, chatted, no_chat_purchases, no_chat_value) values (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}) on conflict (tenant_id, hour) do update set visitors = analytics_visit_hours.visitors + excluded.visitors, chatted = analytics_visit_hours.chatted + excluded.chatted, no_chat_purchases = analytics_visit_hours.no_chat_purchases + excluded.no_chat_purchases, no_chat_value = analytics_visit_hours.no_chat_value + excluded.no_chat_value`;
  /** Adds to an hour's visitor counters (an upsert). */
  const addVisitHour = (
    tx: Db,
    tenantId: string,
    hour: string,
    d: Partial<Record<'visitors' | 'chatted' | 'no_chat_purchases' | 'no_chat_value', number>>,
  ) =>
    tx.executeQuery(
      CompiledQuery.raw(visitHourSql, [
        tenantId,
        hour,
        d.visitors ?? 0,
        d.chatted ?? 0,
        d.no_chat_purchases ?? 0,
        d.no_chat_value ?? 0,
      ]),
    );

  const rangeWhere =
    (column: 'created_at', range: Range) =>
    // biome-ignore lint/suspicious/noExplicitAny: a where builder shared by two tables
    (eb: any): Expression<SqlBool> =>
      eb.and([
        eb(column, '>=', range.from),
        eb(column, '<', range.to),
        ...(range.channel ? [eb('channel', '=', range.channel)] : []),
      ]);

  return {
    /** Appends a fact to the log (through the caller's transaction). */
    async insertFact(tx: Db, fact: Fact): Promise<void> {
      await tx
        .insertInto('analytics_facts')
        .values({
          id: fact.id,
          tenant_id: fact.tenantId,
          conversation_id: fact.conversationId,
          type: fact.type,
          at: fact.at,
          channel: fact.channel,
          conversation_created_at: fact.conversationCreatedAt,
          agent_id: fact.agentId,
          queue_id: fact.queueId,
          category: fact.category,
          value: fact.value,
          detail: fact.detail,
          dedupe_key: fact.dedupeKey,
          business_seconds: fact.businessSeconds ?? null,
        })
        .execute();
    },

    async hasDedupeKey(tx: Db, tenantId: string, key: string): Promise<boolean> {
      const row = await tx
        .selectFrom('analytics_facts')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('dedupe_key', '=', key)
        .executeTakeFirst();
      return row !== undefined;
    },

    async findOutcome(
      tx: Db,
      tenantId: string,
      conversationId: string,
    ): Promise<ConversationOutcome | undefined> {
      const row = await tx
        .selectFrom('analytics_conversations')
        .selectAll()
        .where('conversation_id', '=', conversationId)
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      return row && toOutcome(row);
    },

    async saveOutcome(tx: Db, outcome: ConversationOutcome, isNew: boolean): Promise<void> {
      const row = toOutcomeRow(outcome);
      if (isNew) {
        await tx.insertInto('analytics_conversations').values(row).execute();
        return;
      }
      const { conversation_id, tenant_id, ...rest } = row;
      await tx
        .updateTable('analytics_conversations')
        .set(rest)
        .where('conversation_id', '=', conversation_id)
        .where('tenant_id', '=', tenant_id)
        .execute();
    },

    /** Counts bot turns of one tenant, hour and channel (write-only, prebuilt SQL). */
    async addBotTurns(tenantId: string, hour: string, channel: string, count: number) {
      const [hourly, totals, daily] = botTurnSql as [string, string, string];
      await db.executeQuery(CompiledQuery.raw(hourly, [tenantId, hour, channel, count]));
      await db.executeQuery(CompiledQuery.raw(totals, [tenantId, hour, channel, count]));
      await db.executeQuery(
        CompiledQuery.raw(daily, [tenantId, hour.slice(0, 10), channel, count]),
      );
    },

    /** Counts one conversation's measured time in its day's histogram (an upsert). */
    async addToHistogram(
      tx: Db,
      tenantId: string,
      day: string,
      channel: string,
      measure: Measure,
      bucket: number,
    ): Promise<void> {
      await tx.executeQuery(
        CompiledQuery.raw(histogramSql, [tenantId, day, channel, measure, bucket]),
      );
    },

    /** Adds a fact's counters to its rollup row (an upsert, so it only writes). */
    async addToRollup(tx: Db, tenantId: string, delta: RollupDelta): Promise<void> {
      const names = counterNames.filter((n) => (delta.counters[n] ?? 0) !== 0);
      if (names.length === 0) return;
      const counts = names.map((n) => delta.counters[n] as number);
      // The hour row, its day row and the hour's channel total: the same counters, three grains.
      for (const t of rollupTables) {
        const key = keyValuesOf(t, delta.key);
        await tx.executeQuery(
          CompiledQuery.raw(rollupSql(t, names), [
            tenantId,
            ...keyColumnsOf(t).map((c) => key[c]),
            ...counts,
          ]),
        );
      }
    },

    /**
     * Counters of whole UTC days in [fromDay, toDay) (or whole hours, from the hourly table),
     * summed in SQL by agent, queue and category together: one scan serves all three
     * breakdowns.
     */
    async dimensionsGrouped(
      grain: 'day' | 'hour',
      tenantId: string,
      from: string,
      to: string,
      channel: string | undefined,
    ): Promise<RollupRow[]> {
      if (from >= to) return [];
      const dims = ['agent_id', 'queue_id', 'category'] as const;
      // The two tables share these columns; only the time column differs.
      const table = (grain === 'day' ? 'analytics_daily' : 'analytics_hourly') as 'analytics_daily';
      const time = sql.ref(grain);
      let q = db
        .selectFrom(table)
        .where(time, '>=', from)
        .where(time, '<', to)
        .select(dims)
        .select((eb) => counterNames.map((n) => eb.fn.sum<number>(sql.ref(n)).as(n)))
        .where('tenant_id', '=', tenantId)
        .groupBy(dims);
      if (channel) q = q.where('channel', '=', channel);
      return ((await q.execute()) as Record<string, unknown>[]).map(toRollupRow);
    },

    /**
     * The per-hour channel totals of whole hours in [fromHour, toHour), summed in SQL three
     * ways: every counter over the range, the counters the day and hour charts show per hour,
     * and conversations per channel. Far fewer values cross into JavaScript than the rows.
     */
    async hourTotalsSummed(
      tenantId: string,
      fromHour: string,
      toHour: string,
      channel: string | undefined,
    ): Promise<{
      totals: Counters;
      hours: { hour: string; counters: Counters }[];
      channels: { channel: string; conversations: number }[];
    }> {
      if (fromHour >= toHour) return { totals: emptyCounters(), hours: [], channels: [] };
      const base = () => {
        let q = db
          .selectFrom('analytics_hour_totals')
          .where('tenant_id', '=', tenantId)
          .where('hour', '>=', fromHour)
          .where('hour', '<', toHour);
        if (channel) q = q.where('channel', '=', channel);
        return q;
      };
      const [totals, hours, channels] = await Promise.all([
        base()
          .select((eb) => counterNames.map((n) => eb.fn.sum<number>(sql.ref(n)).as(n)))
          .executeTakeFirst(),
        base()
          .select('hour')
          .select((eb) => chartCounters.map((n) => eb.fn.sum<number>(sql.ref(n)).as(n)))
          .groupBy('hour')
          .execute(),
        base()
          .select(['channel', (eb) => eb.fn.sum<number>('conversations').as('conversations')])
          .groupBy('channel')
          .execute(),
      ]);
      const toCounters = (
        r: Record<string, unknown> | undefined,
        names: readonly CounterName[],
      ) => {
        const c = emptyCounters();
        for (const n of names) c[n] = Number(r?.[n] ?? 0);
        return c;
      };
      return {
        totals: toCounters(totals, counterNames),
        hours: (hours as Record<string, unknown>[]).map((r) => ({
          hour: String(r.hour),
          counters: toCounters(r, chartCounters),
        })),
        channels: channels.map((r) => ({
          channel: r.channel,
          conversations: Number(r.conversations),
        })),
      };
    },

    /** Bucket counts of each measure over whole UTC days in [fromDay, toDay). */
    async histograms(
      tenantId: string,
      fromDay: string,
      toDay: string,
      channel: string | undefined,
    ): Promise<{ measure: Measure; bucket: number; n: number }[]> {
      if (fromDay >= toDay) return [];
      let q = db
        .selectFrom('analytics_histograms')
        .select(['measure', 'bucket', (eb) => eb.fn.sum<number>('n').as('n')])
        .where('tenant_id', '=', tenantId)
        .where('day', '>=', fromDay)
        .where('day', '<', toDay)
        .groupBy(['measure', 'bucket']);
      if (channel) q = q.where('channel', '=', channel);
      return (await q.execute()).map((r) => ({
        measure: r.measure as Measure,
        bucket: Number(r.bucket),
        n: Number(r.n),
      }));
    },

    /** The measured times of the conversations created in the range (the parts not in whole days). */
    async measuredTimes(tenantId: string, range: Range): Promise<Record<Measure, number | null>[]> {
      if (range.from >= range.to) return [];
      const rows = await db
        .selectFrom('analytics_conversations')
        .select([
          'first_response_seconds',
          'handle_seconds',
          'first_response_business_seconds',
          'handle_business_seconds',
        ])
        .where('tenant_id', '=', tenantId)
        .where(rangeWhere('created_at', range))
        .where((eb) =>
          eb.or([
            eb('first_response_seconds', 'is not', null),
            eb('handle_seconds', 'is not', null),
          ]),
        )
        .execute();
      const num = (v: number | null) => (v === null ? null : Number(v));
      return rows.map((r) => ({
        frt: num(r.first_response_seconds),
        aht: num(r.handle_seconds),
        frt_bh: num(r.first_response_business_seconds),
        aht_bh: num(r.handle_business_seconds),
      }));
    },

    /** What a fact about this conversation is filed under now: its queue, category and SLA target. */
    async conversationContext(tx: Db, tenantId: string, conversationId: string) {
      const row = await tx
        .selectFrom('conversations as c')
        .leftJoin('queues as q', (j) =>
          j.onRef('q.id', '=', 'c.queue_id').onRef('q.tenant_id', '=', 'c.tenant_id'),
        )
        .leftJoin('routing_settings as s', 's.tenant_id', 'c.tenant_id')
        .select([
          'c.queue_id as queueId',
          'c.category as category',
          'q.sla_first_reply_seconds as queueSla',
          's.sla_first_reply_seconds as tenantSla',
          'q.business_hours as queueHours',
          's.business_hours as tenantHours',
          's.holidays as holidays',
          's.time_zone as timeZone',
        ])
        .where('c.tenant_id', '=', tenantId)
        .where('c.id', '=', conversationId)
        .executeTakeFirst();
      return row;
    },

    async timeZone(tenantId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('routing_settings')
        .select('time_zone')
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      return row?.time_zone;
    },

    /** Outcomes of conversations created in the range (partial hours at a range's ends). */
    async outcomes(
      tenantId: string,
      range: Range,
      limit = 100_000,
    ): Promise<ConversationOutcome[]> {
      if (range.from >= range.to) return [];
      const rows = await db
        .selectFrom('analytics_conversations')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where(rangeWhere('created_at', range))
        .orderBy('created_at')
        .limit(limit)
        .execute();
      return rows.map(toOutcome);
    },

    /**
     * Analysed calls (recordings whose analysis is ready) made in the range: when, by whom,
     * how long, and how long each side talked (from the stored call figures).
     */
    async analysedCalls(tenantId: string, range: { from: string; to: string }, limit = 20_000) {
      if (range.from >= range.to) return [];
      const rows = await db
        .selectFrom('calls')
        .select(['agent_id', 'created_at', 'figures'])
        .where('tenant_id', '=', tenantId)
        .where('created_at', '>=', range.from)
        .where('created_at', '<', range.to)
        .where('status', '=', 'ready')
        .limit(limit)
        .execute();
      return rows.map((r) => {
        let figures: { durationSeconds?: unknown; talk?: { agent?: unknown; customer?: unknown } } =
          {};
        try {
          figures = r.figures ? JSON.parse(r.figures) : {};
        } catch {
          // A call whose figures cannot be read counts with no durations.
        }
        const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
        return {
          agentId: r.agent_id,
          createdAt: r.created_at,
          durationSeconds: num(figures.durationSeconds),
          talkSeconds: num(figures.talk?.agent) + num(figures.talk?.customer),
        };
      });
    },

    /**
     * Records conversations' terms (idempotent: a term counts once per conversation), only for
     * conversations that still exist: one erased after its messages were read keeps no terms.
     * One statement, so on SQLite the check runs with the write on the writer thread.
     */
    async insertTerms(
      rows: {
        tenantId: string;
        conversationId: string;
        term: string;
        createdAt: string;
        channel: string;
      }[],
    ): Promise<void> {
      if (rows.length === 0) return;
      const values = rows
        .map((_, i) => `(${[1, 2, 3, 4, 5].map((k) => p(i * 5 + k)).join(', ')})`)
        .join(', ');
      await db.executeQuery(
        CompiledQuery.raw(
          // VALUES' columns are column1…column5 in both SQLite and PostgreSQL.
          `insert into analytics_terms (tenant_id, conversation_id, term, created_at, channel) select v.column1, v.column2, v.column3, v.column4, v.column5 from (values ${values}) as v where exists (select 1 from conversations c where c.id = v.column2 and c.tenant_id = v.column1) on conflict (conversation_id, term) do nothing`,
          rows.flatMap((r) => [r.tenantId, r.conversationId, r.term, r.createdAt, r.channel]),
        ),
      );
    },

    async termCounts(tenantId: string, range: Range, limit: number) {
      if (range.from >= range.to) return [];
      const rows = await db
        .selectFrom('analytics_terms')
        .select(['term', (eb) => eb.fn.countAll<number>().as('count')])
        .where('tenant_id', '=', tenantId)
        .where(rangeWhere('created_at', range))
        .groupBy('term')
        .orderBy('count', 'desc')
        .orderBy('term')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ term: r.term, count: Number(r.count) }));
    },

    async termCountsFor(tenantId: string, range: Range, terms: string[]) {
      if (terms.length === 0 || range.from >= range.to) return new Map<string, number>();
      const rows = await db
        .selectFrom('analytics_terms')
        .select(['term', (eb) => eb.fn.countAll<number>().as('count')])
        .where('tenant_id', '=', tenantId)
        .where(rangeWhere('created_at', range))
        .where('term', 'in', terms)
        .groupBy('term')
        .execute();
      return new Map(rows.map((r) => [r.term, Number(r.count)]));
    },

    /** Conversations behind a term or category, newest first (drill-down). */
    async drillDown(
      tenantId: string,
      range: Range,
      filter: { term?: string | undefined; category?: string | undefined },
      limit: number,
    ) {
      let q = db
        .selectFrom('analytics_conversations as a')
        .innerJoin('conversations as c', (j) =>
          j.onRef('c.id', '=', 'a.conversation_id').onRef('c.tenant_id', '=', 'a.tenant_id'),
        )
        .select([
          'a.conversation_id as id',
          'a.created_at as createdAt',
          'a.channel as channel',
          'a.category as category',
          'c.status as status',
          'a.handed_off_at as handedOffAt',
          'a.csat_score as csatScore',
        ])
        .where('a.tenant_id', '=', tenantId)
        .where('a.created_at', '>=', range.from)
        .where('a.created_at', '<', range.to);
      if (range.channel) q = q.where('a.channel', '=', range.channel);
      if (filter.category) q = q.where('a.category', '=', filter.category);
      if (filter.term) {
        const term = filter.term;
        q = q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('analytics_terms as t')
              .select('t.term')
              .whereRef('t.conversation_id', '=', 'a.conversation_id')
              .where('t.term', '=', term),
          ),
        );
      }
      const rows = await q.orderBy('a.created_at', 'desc').limit(limit).execute();
      return rows.map((r) => ({
        ...r,
        csatScore: r.csatScore === null ? null : Number(r.csatScore),
      }));
    },

    /** The conversation's channel and creation time, for facts recorded outside the conversation service. */
    async findConversation(tenantId: string, conversationId: string) {
      return db
        .selectFrom('conversations')
        .select(['id', 'channel', 'created_at as createdAt', 'status'])
        .where('tenant_id', '=', tenantId)
        .where('id', '=', conversationId)
        .executeTakeFirst();
    },

    /** Customer messages of one conversation (the call-reason terms come from them). */
    async customerTexts(tenantId: string, conversationId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('messages')
        .select('text')
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .where('author', '=', 'customer')
        .orderBy('seq')
        .limit(20)
        .execute();
      return rows.map((r) => r.text);
    },

    /** A page of the fact log in order, for the rebuild. */
    async factsPage(tenantId: string, after: { at: string; id: string } | null, limit: number) {
      let q = db.selectFrom('analytics_facts').selectAll().where('tenant_id', '=', tenantId);
      if (after) {
        q = q.where((eb) =>
          eb.or([
            eb('at', '>', after.at),
            eb.and([eb('at', '=', after.at), eb('id', '>', after.id)]),
          ]),
        );
      }
      const rows = await q.orderBy('at').orderBy('id').limit(limit).execute();
      return rows.map(
        (r): Fact => ({
          id: r.id,
          tenantId: r.tenant_id,
          conversationId: r.conversation_id,
          type: r.type as FactType,
          at: r.at,
          channel: r.channel,
          conversationCreatedAt: r.conversation_created_at,
          agentId: r.agent_id,
          queueId: r.queue_id,
          category: r.category,
          value: r.value === null ? null : Number(r.value),
          detail: r.detail,
          dedupeKey: r.dedupe_key,
          businessSeconds: r.business_seconds === null ? null : Number(r.business_seconds),
        }),
      );
    },

    /** Customer messages the bot replied to, per conversation (the rebuild's bot turns). */
    async botTurns(tenantId: string) {
      const rows = await db
        .selectFrom('messages as m')
        .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
        .select([
          'c.id as conversationId',
          'c.channel as channel',
          'c.created_at as createdAt',
          (eb) => eb.fn.count<number>('m.reply_to').distinct().as('turns'),
        ])
        .where('c.tenant_id', '=', tenantId)
        .where('m.author', '=', 'bot')
        .where('m.reply_to', 'is not', null)
        .groupBy(['c.id', 'c.channel', 'c.created_at'])
        .execute();
      return rows.map((r) => ({ ...r, turns: Number(r.turns) }));
    },

    /** A page of conversation ids (with channel and creation) for re-deriving terms. */
    async conversationsPage(tenantId: string, afterId: string | null, limit: number) {
      let q = db
        .selectFrom('conversations')
        .select(['id', 'channel', 'created_at as createdAt'])
        .where('tenant_id', '=', tenantId);
      if (afterId) q = q.where('id', '>', afterId);
      return q.orderBy('id').limit(limit).execute();
    },

    async clearDerived(tx: Db, tenantId: string): Promise<void> {
      await tx.deleteFrom('analytics_hourly').where('tenant_id', '=', tenantId).execute();
      await tx.deleteFrom('analytics_daily').where('tenant_id', '=', tenantId).execute();
      await tx.deleteFrom('analytics_hour_totals').where('tenant_id', '=', tenantId).execute();
      await tx.deleteFrom('analytics_histograms').where('tenant_id', '=', tenantId).execute();
      await tx.deleteFrom('analytics_conversations').where('tenant_id', '=', tenantId).execute();
    },

    async clearTerms(tenantId: string): Promise<void> {
      await db.deleteFrom('analytics_terms').where('tenant_id', '=', tenantId).execute();
    },

    /** A page of messages of conversations created in the range, keyed by (conversation, seq). */
    async exportPage(
      tenantId: string,
      range: Range,
      after: { createdAt: string; conversationId: string; seq: number } | null,
      limit: number,
    ): Promise<ExportRow[]> {
      let q = db
        .selectFrom('messages as m')
        .innerJoin('conversations as c', (j) =>
          j.onRef('c.id', '=', 'm.conversation_id').onRef('c.tenant_id', '=', 'm.tenant_id'),
        )
        .select([
          'm.conversation_id as conversationId',
          'c.channel as channel',
          'c.status as status',
          'c.created_at as conversationCreatedAt',
          'm.id as messageId',
          'm.seq as seq',
          'm.author as author',
          'm.author_name as authorName',
          'm.text as text',
          'm.created_at as createdAt',
        ])
        .where('m.tenant_id', '=', tenantId)
        .where('c.tenant_id', '=', tenantId)
        .where('c.created_at', '>=', range.from)
        .where('c.created_at', '<', range.to);
      if (range.channel) q = q.where('c.channel', '=', range.channel);
      if (after) {
        q = q.where((eb) =>
          eb.or([
            eb('c.created_at', '>', after.createdAt),
            eb.and([
              eb('c.created_at', '=', after.createdAt),
              eb('c.id', '>', after.conversationId),
            ]),
            eb.and([
              eb('c.created_at', '=', after.createdAt),
              eb('c.id', '=', after.conversationId),
              eb('m.seq', '>', after.seq),
            ]),
          ]),
        );
      }
      const rows = await q
        .orderBy('c.created_at')
        .orderBy('c.id')
        .orderBy('m.seq')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
    },

    async getSettings(tenantId: string): Promise<AnalyticsSettings> {
      const row = await db
        .selectFrom('analytics_settings')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      if (!row) return { ...defaultAnalyticsSettings };
      return {
        costPerContact: row.cost_per_contact === null ? null : Number(row.cost_per_contact),
        currency: row.currency,
        reportRecipients: JSON.parse(row.report_recipients) as string[],
        reportSchedule: row.report_schedule as AnalyticsSettings['reportSchedule'],
      };
    },

    async saveSettings(tenantId: string, s: AnalyticsSettings): Promise<void> {
      const row: AnalyticsSettingsTable = {
        tenant_id: tenantId,
        cost_per_contact: s.costPerContact,
        currency: s.currency,
        report_recipients: JSON.stringify(s.reportRecipients),
        report_schedule: s.reportSchedule,
        // Sent periods are claimed in analytics_report_sends; these older columns stay empty.
        last_weekly_period: null,
        last_monthly_period: null,
        updated_at: new Date().toISOString(),
      };
      const { tenant_id, ...rest } = row;
      await db
        .insertInto('analytics_settings')
        .values(row)
        .onConflict((oc) => oc.column('tenant_id').doUpdateSet(rest))
        .execute();
    },

    /**
     * Claims a report period for sending: true for the one caller (of any node, whatever its
     * clock) whose row went in; the (tenant, kind, period) key lets nobody claim it twice.
     */
    async claimReportPeriod(
      tenantId: string,
      kind: 'weekly' | 'monthly',
      period: string,
      recipients: number,
    ): Promise<boolean> {
      const result = await db
        .insertInto('analytics_report_sends')
        .values({
          tenant_id: tenantId,
          kind,
          period,
          claimed_at: new Date().toISOString(),
          recipients,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'kind', 'period']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    /** The periods a tenant's schedule sent, newest first. */
    async reportSends(tenantId: string) {
      return db
        .selectFrom('analytics_report_sends')
        .select(['kind', 'period', 'claimed_at as claimedAt', 'recipients'])
        .where('tenant_id', '=', tenantId)
        .orderBy('claimed_at', 'desc')
        .limit(100)
        .execute();
    },

    /**
     * A visitor's day, created when first seen (by a visit, a chat or a purchase). True when it
     * is new: its hour then counts one more visitor.
     */
    async ensureVisit(
      tx: Db,
      v: { tenantId: string; visitorId: string; day: string; at: string },
    ): Promise<boolean> {
      const result = await tx
        .insertInto('analytics_visits')
        .values({
          tenant_id: v.tenantId,
          visitor_id: v.visitorId,
          day: v.day,
          first_at: v.at,
          chatted: 0,
          purchases: 0,
          purchase_value: 0,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'visitor_id', 'day']).doNothing())
        .executeTakeFirst();
      const isNew = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
      if (isNew) await addVisitHour(tx, v.tenantId, v.at.slice(0, 13), { visitors: 1 });
      return isNew;
    },

    /**
     * Marks a visitor's day as chatted (once): its hour counts one more visitor who chatted,
     * and the purchases of that day no longer count as made without a chat.
     */
    async markChatted(
      tx: Db,
      v: { tenantId: string; visitorId: string; day: string },
    ): Promise<boolean> {
      const row = await tx
        .updateTable('analytics_visits')
        .set({ chatted: 1 })
        .where('tenant_id', '=', v.tenantId)
        .where('visitor_id', '=', v.visitorId)
        .where('day', '=', v.day)
        .where('chatted', '=', 0)
        .returning(['first_at', 'purchases', 'purchase_value'])
        .executeTakeFirst();
      if (!row) return false;
      await addVisitHour(tx, v.tenantId, row.first_at.slice(0, 13), {
        chatted: 1,
        no_chat_purchases: -Number(row.purchases),
        no_chat_value: -Number(row.purchase_value),
      });
      return true;
    },

    /** A purchase by a visitor, once per order id; counted as without a chat unless they chatted that day. */
    async addVisitPurchase(
      tx: Db,
      p: {
        tenantId: string;
        visitorId: string;
        day: string;
        at: string;
        orderId: string;
        value: number;
        currency: string;
      },
    ): Promise<boolean> {
      const inserted = await tx
        .insertInto('analytics_visit_purchases')
        .values({
          tenant_id: p.tenantId,
          order_id: p.orderId,
          visitor_id: p.visitorId,
          day: p.day,
          at: p.at,
          value: p.value,
          currency: p.currency,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'order_id']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
      const row = await tx
        .updateTable('analytics_visits')
        .set((eb) => ({
          purchases: eb('purchases', '+', 1),
          purchase_value: eb('purchase_value', '+', p.value),
        }))
        .where('tenant_id', '=', p.tenantId)
        .where('visitor_id', '=', p.visitorId)
        .where('day', '=', p.day)
        .returning(['first_at', 'chatted'])
        .executeTakeFirstOrThrow();
      if (Number(row.chatted) === 0) {
        await addVisitHour(tx, p.tenantId, row.first_at.slice(0, 13), {
          no_chat_purchases: 1,
          no_chat_value: p.value,
        });
      }
      return true;
    },

    /** Visitor days summed over whole hours in [fromHour, toHour). */
    async visitHours(tenantId: string, fromHour: string, toHour: string): Promise<VisitCounters> {
      if (fromHour >= toHour) return emptyVisitCounters();
      const row = await db
        .selectFrom('analytics_visit_hours')
        .select((eb) => [
          eb.fn.sum<number>('visitors').as('visitors'),
          eb.fn.sum<number>('chatted').as('chatted'),
          eb.fn.sum<number>('no_chat_purchases').as('noChatPurchases'),
          eb.fn.sum<number>('no_chat_value').as('noChatValue'),
        ])
        .where('tenant_id', '=', tenantId)
        .where('hour', '>=', fromHour)
        .where('hour', '<', toHour)
        .executeTakeFirst();
      return toVisitCounters(row);
    },

    /** Visitor days first seen in [from, to), summed from the rows (a range's partial hours). */
    async visitsBetween(tenantId: string, from: string, to: string): Promise<VisitCounters> {
      if (from >= to) return emptyVisitCounters();
      const row = await db
        .selectFrom('analytics_visits')
        .select((eb) => [
          eb.fn.countAll<number>().as('visitors'),
          eb.fn.sum<number>('chatted').as('chatted'),
          eb.fn
            .sum<number>(sql`case when chatted = 0 then purchases else 0 end`)
            .as('noChatPurchases'),
          eb.fn
            .sum<number>(sql`case when chatted = 0 then purchase_value else 0 end`)
            .as('noChatValue'),
        ])
        .where('tenant_id', '=', tenantId)
        .where('first_at', '>=', from)
        .where('first_at', '<', to)
        .executeTakeFirst();
      return toVisitCounters(row);
    },

    /**
     * Rebuilds the visitor days' purchase sums from the purchases and the hours from the
     * visitor days (in the caller's transaction).
     */
    async rebuildVisits(tx: Db, tenantId: string): Promise<number> {
      await tx
        .updateTable('analytics_visits as v')
        .set({
          purchases: sql`(select count(*) from analytics_visit_purchases p where p.tenant_id = v.tenant_id and p.visitor_id = v.visitor_id and p.day = v.day)`,
          purchase_value: sql`(select coalesce(sum(p.value), 0) from analytics_visit_purchases p where p.tenant_id = v.tenant_id and p.visitor_id = v.visitor_id and p.day = v.day)`,
        })
        .where('v.tenant_id', '=', tenantId)
        .execute();
      await tx.deleteFrom('analytics_visit_hours').where('tenant_id', '=', tenantId).execute();
      const result =
        await sql`insert into analytics_visit_hours (tenant_id, hour, visitors, chatted, no_chat_purchases, no_chat_value) select tenant_id, substr(first_at, 1, 13), count(*), sum(chatted), sum(case when chatted = 0 then purchases else 0 end), sum(case when chatted = 0 then purchase_value else 0 end) from analytics_visits where tenant_id = ${tenantId} group by tenant_id, substr(first_at, 1, 13)`.execute(
          tx,
        );
      return Number(result.numAffectedRows ?? 0);
    },

    /** The tenant's teams and their members now (the per-team breakdown). */
    async teams(tenantId: string): Promise<{ id: string; name: string; memberIds: string[] }[]> {
      const [teams, members] = await Promise.all([
        db
          .selectFrom('teams')
          .select(['id', 'name'])
          .where('tenant_id', '=', tenantId)
          .orderBy('name')
          .execute(),
        db
          .selectFrom('team_members')
          .select(['team_id', 'user_id'])
          .where('tenant_id', '=', tenantId)
          .execute(),
      ]);
      return teams.map((t) => ({
        id: t.id,
        name: t.name,
        memberIds: members.filter((m) => m.team_id === t.id).map((m) => m.user_id),
      }));
    },

    /** Tenants with a report schedule, for the timer. */
    async scheduledTenants(): Promise<string[]> {
      const rows = await db
        .selectFrom('analytics_settings')
        .select('tenant_id')
        .where('report_schedule', '!=', 'off')
        .execute();
      return rows.map((r) => r.tenant_id);
    },

    /** Every tenant (for a rebuild of all). */
    async tenantIds(): Promise<string[]> {
      const rows = await db.selectFrom('tenants').select('id').orderBy('id').execute();
      return rows.map((r) => r.id);
    },

    /** Runs `work` in one transaction. */
    transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      return db.transaction().execute(work);
    },

    async insertOutcomes(tx: Db, outcomes: ConversationOutcome[]): Promise<void> {
      for (let i = 0; i < outcomes.length; i += 500) {
        const chunk = outcomes.slice(i, i + 500).map(toOutcomeRow);
        if (chunk.length > 0)
          await tx.insertInto('analytics_conversations').values(chunk).execute();
      }
    },

    /** Writes summed rollup rows (the rebuild): hourly, daily and channel totals, each keyed once. */
    async insertRollups(tx: Db, tenantId: string, deltas: RollupDelta[]): Promise<void> {
      for (const t of rollupTables) {
        const merged = new Map<string, Record<string, string | number>>();
        for (const d of deltas) {
          const keyValues = keyValuesOf(t, d.key);
          const k = Object.values(keyValues).join('\u0000');
          let row = merged.get(k);
          if (!row) {
            row = { tenant_id: tenantId, ...keyValues };
            for (const n of counterNames) row[n] = 0;
            merged.set(k, row);
          }
          for (const n of counterNames) row[n] = (row[n] as number) + (d.counters[n] ?? 0);
        }
        const rows = [...merged.values()];
        // 24 columns a row: chunks stay under SQLite's and PostgreSQL's parameter limits.
        for (let i = 0; i < rows.length; i += 500) {
          await tx
            .insertInto(t.table)
            .values(rows.slice(i, i + 500) as never)
            .execute();
        }
      }
    },

    async insertHistograms(
      tx: Db,
      rows: {
        tenant_id: string;
        day: string;
        channel: string;
        measure: Measure;
        bucket: number;
        n: number;
      }[],
    ): Promise<void> {
      for (let i = 0; i < rows.length; i += 500) {
        await tx
          .insertInto('analytics_histograms')
          .values(rows.slice(i, i + 500))
          .execute();
      }
    },
  };
}

export type AnalyticsRepository = ReturnType<typeof createAnalyticsRepository>;
