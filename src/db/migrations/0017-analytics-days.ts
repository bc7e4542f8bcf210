import { type Kysely, sql } from 'kysely';

const counters = [
  'conversations',
  'bot_turns',
  'handed_off',
  'answered',
  'abandoned',
  'resolved',
  'assigned',
  'transfers',
  'sla_met',
  'handle_count',
  'csat_count',
  'conversions',
  'conversions_bot',
  'conversions_human',
] as const;
const sums = ['frt_sum', 'handle_sum', 'csat_sum', 'conversion_value'] as const;

// Forward-only: once released, a migration is never edited; change the schema with a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The hourly counters summed per UTC day (same dimensions): a long range reads one row per
  // day and dimension instead of 24.
  let daily = db.schema
    .createTable('analytics_daily')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('queue_id', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text', (c) => c.notNull());
  // The hourly counters per channel only (no agent, queue or category): the day and hour
  // charts and the totals read these.
  let hourTotals = db.schema
    .createTable('analytics_hour_totals')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull());
  for (const column of counters) {
    daily = daily.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0));
    hourTotals = hourTotals.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0));
  }
  for (const column of sums) {
    daily = daily.addColumn(column, 'real', (c) => c.notNull().defaultTo(0));
    hourTotals = hourTotals.addColumn(column, 'real', (c) => c.notNull().defaultTo(0));
  }
  await daily
    .addPrimaryKeyConstraint('analytics_daily_pk', [
      'tenant_id',
      'day',
      'channel',
      'category',
      'queue_id',
      'agent_id',
    ])
    .execute();
  await hourTotals
    .addPrimaryKeyConstraint('analytics_hour_totals_pk', ['tenant_id', 'hour', 'channel'])
    .execute();

  // How many conversations of a UTC day and channel had a measured time (first response,
  // handle, business-hours variants) in each fixed log-spaced bucket: medians and percentiles
  // of a long range are read from these.
  await db.schema
    .createTable('analytics_histograms')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('bucket', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('analytics_histograms_pk', [
      'tenant_id',
      'day',
      'channel',
      'measure',
      'bucket',
    ])
    .execute();

  // An installation with history: the new tables are filled from the existing ones.
  const all = [...counters, ...sums].join(', ');
  const summed = [...counters, ...sums].map((c) => `sum(${c})`).join(', ');
  await sql
    .raw(
      `insert into analytics_daily (tenant_id, day, channel, category, queue_id, agent_id, ${all}) select tenant_id, substr(hour, 1, 10), channel, category, queue_id, agent_id, ${summed} from analytics_hourly group by tenant_id, substr(hour, 1, 10), channel, category, queue_id, agent_id`,
    )
    .execute(db);
  await sql
    .raw(
      `insert into analytics_hour_totals (tenant_id, hour, channel, ${all}) select tenant_id, hour, channel, ${summed} from analytics_hourly group by tenant_id, hour, channel`,
    )
    .execute(db);
  // The buckets as of this migration: [0, 1) s is bucket 0, then eight per doubling.
  const bucketOf = (seconds: number) =>
    seconds < 1 ? 0 : Math.min(255, 1 + Math.floor(8 * Math.log2(seconds)));
  const counts = new Map<string, number>();
  let after = '';
  for (;;) {
    const page = await sql<{
      conversation_id: string;
      tenant_id: string;
      created_at: string;
      channel: string;
      first_response_seconds: number | null;
      handle_seconds: number | null;
    }>`select conversation_id, tenant_id, created_at, channel, first_response_seconds, handle_seconds from analytics_conversations where conversation_id > ${after} and (first_response_seconds is not null or handle_seconds is not null) order by conversation_id limit 5000`.execute(
      db,
    );
    if (page.rows.length === 0) break;
    for (const r of page.rows) {
      const day = new Date(r.created_at).toISOString().slice(0, 10);
      for (const [measure, value] of [
        ['frt', r.first_response_seconds],
        ['aht', r.handle_seconds],
      ] as const) {
        if (value === null) continue;
        const key = `${r.tenant_id}\u0000${day}\u0000${r.channel}\u0000${measure}\u0000${bucketOf(Number(value))}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    after = (page.rows[page.rows.length - 1] as { conversation_id: string }).conversation_id;
  }
  const rows = [...counts].map(([key, n]) => {
    const [tenant_id, day, channel, measure, bucket] = key.split('\u0000') as string[];
    return { tenant_id, day, channel, measure, bucket: Number(bucket), n };
  });
  for (let i = 0; i < rows.length; i += 500) {
    await (db as Kysely<{ analytics_histograms: (typeof rows)[number] }>)
      .insertInto('analytics_histograms')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}
