import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Insertable, sql } from 'kysely';
import pg from 'pg';
import {
  createAnalyticsRepository,
  createAnalyticsService,
  median,
} from '../src/analytics/index.js';
import { startTsunagi } from '../src/app.js';
import { createInProcessBus } from '../src/bus/index.js';
import { loadConfig } from '../src/config/index.js';
import {
  type AnalyticsFactTable,
  type ConversationTable,
  type Db,
  type MessageTable,
  migrateToLatest,
  openDatabase,
} from '../src/db/index.js';
import { demoFaq } from '../src/demo/demo-faq.js';
import { fmt, percentile } from './stats.js';

const DAY = 86_400_000;

function generator(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/**
 * Generated history: conversations over 30 days, ten messages each, with the lifecycle facts
 * the live server would have logged; the rollups are then built by the rebuild (timed too).
 */
export async function generateHistory(
  db: Db,
  tenantId: string,
  conversations: number,
  end: number,
) {
  const next = generator(11);
  const channels = ['web', 'web', 'web', 'line', 'email'];
  const iso = (ms: number) => new Date(ms).toISOString();
  let factId = 0;
  const fid = () => `fct_bench${String(++factId).padStart(9, '0')}`;
  await db
    .insertInto('contacts')
    .values({
      id: 'ct_bench',
      tenant_id: tenantId,
      name: null,
      email: null,
      external_id: null,
      created_at: iso(end - 31 * DAY),
    })
    .execute();
  for (let start = 0; start < conversations; start += 500) {
    const convRows: Insertable<ConversationTable>[] = [];
    const messageRows: Insertable<MessageTable>[] = [];
    const factRows: Insertable<AnalyticsFactTable>[] = [];
    for (let i = start; i < Math.min(conversations, start + 500); i++) {
      const id = `conv_bench${String(i).padStart(8, '0')}`;
      const created = end - 30 * DAY + Math.floor(next() * 30 * DAY);
      const channel = channels[Math.floor(next() * channels.length)] as string;
      const isHandedOff = next() < 0.45;
      const isAnswered = isHandedOff && next() < 0.95;
      const isResolved = next() < 0.9;
      const queuedAt = created + 60_000;
      const answeredAt = queuedAt + 10_000 + Math.floor(next() * 290_000);
      const resolvedAt =
        (isAnswered ? answeredAt : queuedAt) + 120_000 + Math.floor(next() * 600_000);
      const status = isResolved
        ? 'resolved'
        : isHandedOff
          ? isAnswered
            ? 'assigned'
            : 'queued'
          : 'bot';
      convRows.push({
        id,
        tenant_id: tenantId,
        contact_id: 'ct_bench',
        channel,
        status,
        assignee_id: null,
        language: 'ja',
        customer_token_hash: id,
        bot_misses: 0,
        handoff: null,
        last_seq: 10,
        queued_at: isHandedOff ? iso(queuedAt) : null,
        assigned_at: isAnswered ? iso(queuedAt + 5_000) : null,
        resolved_at: isResolved ? iso(resolvedAt) : null,
        created_at: iso(created),
        updated_at: iso(created),
      });
      for (let seq = 1; seq <= 10; seq++) {
        const isAgent = isAnswered && seq >= 6 && seq % 2 === 0;
        const at = isAgent ? answeredAt + (seq - 6) * 20_000 : created + seq * 5_000;
        messageRows.push({
          id: `msg_bench${String(i).padStart(8, '0')}${String(seq).padStart(2, '0')}`,
          tenant_id: tenantId,
          conversation_id: id,
          seq,
          author: isAgent ? 'agent' : seq % 2 === 1 ? 'customer' : 'bot',
          author_id: null,
          author_name: null,
          text: seq % 2 === 1 ? '送料はいくらですか' : '全国一律500円です',
          buttons: null,
          client_message_id: null,
          reply_to: null,
          created_at: iso(at),
        });
      }
      const fact = (type: string, at: number, extra: Record<string, unknown> = {}) => ({
        id: fid(),
        tenant_id: tenantId,
        conversation_id: id,
        type,
        at: iso(at),
        channel,
        conversation_created_at: iso(created),
        agent_id: null,
        queue_id: null,
        category: null,
        value: null,
        detail: null,
        dedupe_key: null,
        ...extra,
      });
      factRows.push(fact('created', created));
      for (let t = 0; t < 2; t++) factRows.push(fact('bot_answered', created + (t + 1) * 10_000));
      if (isHandedOff) factRows.push(fact('handed_off', queuedAt, { category: 'shipping' }));
      if (isAnswered) {
        factRows.push(fact('assigned', queuedAt + 5_000, { agent_id: `usr_${i % 20}` }));
        factRows.push(fact('agent_replied', answeredAt, { agent_id: `usr_${i % 20}`, value: 120 }));
      }
      if (isResolved) factRows.push(fact('resolved', resolvedAt));
      if (next() < 0.2)
        factRows.push(fact('csat', resolvedAt + 1000, { value: 1 + Math.floor(next() * 5) }));
    }
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('conversations').values(convRows).execute();
      for (let j = 0; j < messageRows.length; j += 1000) {
        await tx
          .insertInto('messages')
          .values(messageRows.slice(j, j + 1000))
          .execute();
      }
      for (let j = 0; j < factRows.length; j += 1000) {
        await tx
          .insertInto('analytics_facts')
          .values(factRows.slice(j, j + 1000))
          .execute();
      }
    });
  }
}

/** The same headline numbers by plain SQL over the raw conversations and messages. */
async function rawSummary(db: Db, tenantId: string, from: string, to: string) {
  const rows = await sql<{
    queued_at: string | null;
    channel: string;
    resolved_at: string | null;
    first_agent: string | null;
  }>`select c.queued_at, c.channel, c.resolved_at,
      (select min(m.created_at) from messages m
        where m.conversation_id = c.id and m.author = 'agent') as first_agent
    from conversations c
    where c.tenant_id = ${tenantId} and c.created_at >= ${from} and c.created_at < ${to}`.execute(
    db,
  );
  let handedOff = 0;
  let answered = 0;
  let abandoned = 0;
  const frt: number[] = [];
  const byChannel: Record<string, number> = {};
  for (const r of rows.rows) {
    byChannel[r.channel] = (byChannel[r.channel] ?? 0) + 1;
    if (!r.queued_at) continue;
    handedOff++;
    if (r.first_agent) {
      answered++;
      frt.push((Date.parse(r.first_agent) - Date.parse(r.queued_at)) / 1000);
    } else if (r.resolved_at) abandoned++;
  }
  frt.sort((a, b) => a - b);
  return {
    conversations: rows.rows.length,
    handedOff,
    answered,
    abandoned,
    frt: median(frt),
    byChannel,
  };
}

async function timeRuns(runs: number, work: () => Promise<unknown>) {
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  // This process's CPU per run (SQLite runs its queries in it; PostgreSQL's are elsewhere):
  // on a loaded machine the wall-clock figures mostly measure waiting for a core.
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    cpu: (cpu.user + cpu.system) / 1000 / runs,
  };
}

export async function benchQueries(label: string, databaseUrl: string | undefined) {
  const conversations = Number(process.env.BENCH_ANALYTICS_CONVERSATIONS ?? 100_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-bench-analytics-'));
  let schema: string | undefined;
  if (databaseUrl) {
    schema = `bench_analytics_${process.pid}`;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.end();
  }
  const database = openDatabase({ databaseUrl, dataDir, ...(schema ? { schema } : {}) });
  try {
    await migrateToLatest(database.db, database.dialect);
    const { db } = database;
    const tenantId = 'ten_bench';
    await db
      .insertInto('tenants')
      .values({
        id: tenantId,
        name: 'Bench',
        widget_key: 'bench',
        created_at: new Date().toISOString(),
      })
      .execute();
    const end = Date.now();
    let t0 = performance.now();
    await generateHistory(db, tenantId, conversations, end);
    const generated = performance.now() - t0;
    const bus = createInProcessBus(() => {});
    const analytics = createAnalyticsService({
      analytics: createAnalyticsRepository(db, database.dialect),
      bus,
      onError: () => {},
    });
    t0 = performance.now();
    const rebuilt = await analytics.rebuild(tenantId, { terms: false });
    const rebuildMs = performance.now() - t0;
    console.log(
      `  ${label}: ${conversations} conversations, ${conversations * 10} messages, ${rebuilt.facts} facts generated in ${fmt(generated / 1000, 1)} s; rebuild of the rollups ${fmt(rebuildMs / 1000, 2)} s`,
    );
    // Month-long range, not on hour boundaries (the ends read per-conversation outcomes).
    const from = new Date(end - 30 * DAY - 90_000).toISOString();
    const to = new Date(end + 90_000).toISOString();
    const debug = process.env.BENCH_DEBUG ? console.log : () => {};
    debug('summary…');
    const check = await analytics.summary(tenantId, { from, to });
    debug('raw…');
    const raw = await rawSummary(db, tenantId, from, to);
    debug('timed runs…');
    const bucketed = check.firstResponseSeconds?.median ?? 0;
    if (
      check.conversations !== raw.conversations ||
      check.handedOff !== raw.handedOff ||
      check.answered !== raw.answered ||
      Math.abs(bucketed - (raw.frt ?? 0)) > 0.05 * (raw.frt ?? 0)
    ) {
      throw new Error(
        `rollups disagree with the raw tables: ${JSON.stringify({ check: check.conversations, bucketed, raw })}`,
      );
    }
    const runs = Number(process.env.BENCH_ANALYTICS_RUNS ?? 10);
    const summaryTimes = await timeRuns(runs, () => analytics.summary(tenantId, { from, to }));
    const rawTimes = await timeRuns(Math.max(3, Math.floor(runs / 2)), () =>
      rawSummary(db, tenantId, from, to),
    );
    const dayFrom = new Date(end - DAY).toISOString();
    const dayTimes = await timeRuns(runs, () => analytics.summary(tenantId, { from: dayFrom, to }));
    const rawDay = await timeRuns(runs, () => rawSummary(db, tenantId, dayFrom, to));
    console.log(
      `    first-response median: ${fmt(bucketed, 1)} s from the day histograms, ${fmt(raw.frt ?? 0, 1)} s exact from the messages`,
    );
    const load = os.loadavg()[0] ?? 0;
    console.log(
      `    30-day summary from rollups  p50 ${fmt(summaryTimes.p50, 1)} ms  p95 ${fmt(summaryTimes.p95, 1)} ms (CPU here ${fmt(summaryTimes.cpu, 1)} ms/run)   raw SQL over messages p50 ${fmt(rawTimes.p50, 1)} ms  p95 ${fmt(rawTimes.p95, 1)} ms (CPU here ${fmt(rawTimes.cpu, 1)} ms/run)  (${fmt(rawTimes.p95 / summaryTimes.p95, 1)}× the rollups; load average ${fmt(load, 1)} on ${os.cpus().length} cores)`,
    );
    console.log(
      `    last-24-h summary from rollups p50 ${fmt(dayTimes.p50, 1)} ms  p95 ${fmt(dayTimes.p95, 1)} ms (CPU here ${fmt(dayTimes.cpu, 1)} ms/run)   raw SQL p50 ${fmt(rawDay.p50, 1)} ms  p95 ${fmt(rawDay.p95, 1)} ms  (${fmt(rawDay.p95 / dayTimes.p95, 1)}×)`,
    );
    analytics.stop();
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl && schema) {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    }
  }
}

/** Customer messages the bot answers, through the conversation service, with and without facts. */
export async function benchHotPath(databaseUrl?: string) {
  const count = Number(process.env.BENCH_ANALYTICS_MESSAGES ?? 3000);
  const concurrency = 16;
  const pgSql = async (text: string) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(text);
    await client.end();
  };
  const run = async (recordAnalyticsFacts: boolean) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-bench-facts-'));
    const schema = databaseUrl ? `bench_facts_${process.pid}_${Date.now()}` : undefined;
    if (schema) await pgSql(`create schema ${schema}`);
    const config = loadConfig({
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      SMTP_PORT: '0',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    });
    const app = await startTsunagi({
      config,
      recordAnalyticsFacts,
      ...(schema ? { databaseSchema: schema } : {}),
    });
    try {
      const { conversations, tenants } = app.services;
      const tenant = await tenants.getTenantByWidgetKey('demo');
      const open = await Promise.all(
        Array.from({ length: 200 }, () =>
          conversations.startConversation({ tenantId: tenant.id, channel: 'web', language: 'ja' }),
        ),
      );
      const questions = demoFaq.map((f) => f.question);
      let next = 0;
      const send = (i: number) =>
        conversations.postCustomerMessage({
          tenantId: tenant.id,
          conversationId: (open[i % open.length] as (typeof open)[number]).conversation.id,
          text: questions[i % questions.length] as string,
        });
      for (let i = 0; i < 200; i++) await send(i); // warm-up
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < count) await send(next++);
        }),
      );
      return ((performance.now() - t0) * 1000) / count;
    } finally {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (schema) await pgSql(`drop schema ${schema} cascade`);
    }
  };
  const without: number[] = [];
  const withFacts: number[] = [];
  for (let round = 0; round < 2; round++) {
    without.push(await run(false));
    withFacts.push(await run(true));
  }
  const a = Math.min(...without);
  const b = Math.min(...withFacts);
  console.log(
    `  message hot path (${databaseUrl ? 'PostgreSQL' : 'SQLite'}, ${count} bot-answered messages, ${concurrency} in flight, best of 2): without facts ${fmt(a, 0)} µs/message, with facts ${fmt(b, 0)} µs/message (${fmt(b / a, 3)}×, +${fmt(b - a, 0)} µs)`,
  );
}

export async function runAnalyticsBench(): Promise<void> {
  console.log('Analytics');
  await benchQueries('SQLite', undefined);
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) await benchQueries('PostgreSQL', pgUrl);
  await benchHotPath();
  if (pgUrl) await benchHotPath(pgUrl);
  console.log('');
}
