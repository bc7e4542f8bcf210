import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCallbackRepository, createCallbackService } from '../src/callbacks/index.js';
import { migrateToLatest, openDatabase } from '../src/db/index.js';
import { fmt, percentile } from './stats.js';

/** p50/p99 (ms) of an async step run once per item, one at a time. */
async function timeEachAsync<T>(items: T[], run: (item: T) => Promise<unknown>) {
  const times: number[] = [];
  for (const item of items) {
    const start = process.hrtime.bigint();
    await run(item);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/**
 * The callback dialog's share of every customer message (the `flowTurn` hook asks it first).
 * Baseline: what it cost before, reading the conversation's `callback_dialogs` row (SQLite, 1,000
 * dialogs under way in other conversations). Measured: `chatTurn` for an ordinary message of a
 * conversation without questions under way, which now reads nothing.
 */
export async function runCallbacksBench(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-bench-callbacks-'));
  const database = openDatabase({ dataDir });
  try {
    await migrateToLatest(database.db, database.dialect);
    const { db } = database;
    const tenantId = 'ten_bench';
    const at = new Date().toISOString();
    await db
      .insertInto('tenants')
      .values({ id: tenantId, name: 'Bench', widget_key: 'bench', created_at: at })
      .execute();
    await db
      .insertInto('callback_dialogs')
      .values(
        Array.from({ length: 1000 }, (_, i) => ({
          conversation_id: `cnv_open_${i}`,
          tenant_id: tenantId,
          step: 'phone',
          phone: null,
          language: 'ja',
          updated_at: at,
        })),
      )
      .execute();
    const repository = createCallbackRepository(db);
    const service = createCallbackService({ callbacks: repository });
    const messages = Array.from({ length: 5000 }, (_, i) => ({
      conversationId: `cnv_${i % 500}`,
      text: i % 2 ? '送料はいくらですか？' : '注文した商品がまだ届きません',
    }));
    // Warm both paths (statement cache, the kept dialog list).
    for (const m of messages.slice(0, 500)) {
      await repository.dialog(tenantId, m.conversationId);
      await service.chatTurn({ tenantId, ...m });
    }
    const baseline = await timeEachAsync(messages, (m) =>
      repository.dialog(tenantId, m.conversationId),
    );
    const turn = await timeEachAsync(messages, (m) => service.chatTurn({ tenantId, ...m }));
    console.log('Callbacks: the dialog check of an ordinary customer message (5,000 messages)');
    console.log(
      `  baseline (reading the dialog row, as every message did): p50 ${fmt(baseline.p50)} ms, p99 ${fmt(baseline.p99)} ms`,
    );
    console.log(
      `  chatTurn, no questions under way: p50 ${fmt(turn.p50)} ms, p99 ${fmt(turn.p99)} ms (${fmt(turn.p50 / baseline.p50, 2)}× baseline p50)\n`,
    );
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
