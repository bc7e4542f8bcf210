import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrateToLatest, openDatabase } from '../src/db/index.js';
import { demoOrderFlow } from '../src/flows/demo-order-flow.js';
import { createFlowRepository } from '../src/flows/flow.repository.js';
import { createFlowService } from '../src/flows/flow.service.js';
import type { FlowDefinition, FlowState } from '../src/flows/flow.types.js';
import { flowBodySchema } from '../src/flows/flow.types.js';
import { answerFlow, compileFlow, startFlow } from '../src/flows/flow-engine.js';
import { createFlowRunner, indexTriggers, matchKeyword } from '../src/flows/flow-runner.js';
import { fmt, percentile, timeEach } from './stats.js';

/**
 * One flow turn without skills, as the bot runs it: read the stored state (JSON), the
 * customer's answer through the engine (validate, conditions, templated messages until the
 * next question), write the state back. Baseline: the state's JSON round trip alone.
 */
function buildFlow(questions: number): FlowDefinition {
  const steps: FlowDefinition['steps'] = [];
  for (let i = 0; i < questions; i++) {
    steps.push({
      id: `q${i}`,
      type: 'question',
      text: `質問 ${i}: ご注文番号 {{v${i - 1}}} の次は？`,
      variable: `v${i}`,
      kind: i % 3 === 0 ? 'order_number' : i % 3 === 1 ? 'email' : 'date',
    });
    steps.push({
      id: `c${i}`,
      type: 'condition',
      variable: `v${i}`,
      matches: '^[A-Z0-9@.-]',
      ifTrue: `m${i}`,
      ifFalse: `m${i}`,
    });
    steps.push({ id: `m${i}`, type: 'message', text: `ありがとうございます（{{v${i}}}）` });
  }
  steps.push({ id: 'end', type: 'end', text: 'おわり' });
  return flowBodySchema.parse({ name: 'bench', trigger: { keyword: 'bench' }, steps });
}

const answers = ['A-1001', 'sato@example.jp', '2026-12-08'];

export async function runFlowsBench(): Promise<void> {
  const questions = 60;
  const flow = compileFlow('bench', 1, buildFlow(questions));
  // Stored states at every question, as conversations would hold them.
  const states: string[] = [];
  let current = startFlow(flow).state as FlowState;
  for (let i = 0; i < questions; i++) {
    states.push(JSON.stringify(current));
    const next = answerFlow(flow, current, answers[i % 3] as string);
    if (!next.state) break;
    current = next.state;
  }
  const turns = Array.from({ length: 20_000 }, (_, i) => i % states.length);
  let sink = 0;
  // Warm both paths before measuring.
  for (const i of turns.slice(0, 2000)) {
    const state = JSON.parse(states[i] as string) as FlowState;
    sink += JSON.stringify(answerFlow(flow, state, answers[i % 3] as string).state).length;
  }
  const baseline = timeEach(turns, (i) => {
    const state = JSON.parse(states[i] as string) as FlowState;
    sink += JSON.stringify(state).length;
  });
  const step = timeEach(turns, (i) => {
    const state = JSON.parse(states[i] as string) as FlowState;
    const result = answerFlow(flow, state, answers[i % 3] as string);
    sink += JSON.stringify(result.state).length + result.replies.length;
  });
  console.log('Flows: one customer turn through the engine, no skills (20,000 turns)');
  console.log(
    `  baseline (state JSON round trip): p50 ${fmt(baseline.p50)} ms, p99 ${fmt(baseline.p99)} ms`,
  );
  console.log(
    `  flow step: p50 ${fmt(step.p50)} ms, p99 ${fmt(step.p99)} ms (${fmt(step.p99 / baseline.p99, 1)}× baseline p99; target p99 ≤ 5 ms: ${step.p99 <= 5 ? 'met' : 'NOT met'})`,
  );
  // The trigger check every bot turn makes: a tenant with 100 keyword flows, messages that
  // mostly start none. Baseline: normalising the message alone (NFKC, lower case).
  const index = indexTriggers(
    Array.from({ length: 100 }, (_, i) => ({
      id: `f${i}`,
      trigger: { keyword: `キーワード${i}` },
    })),
  );
  const messages = Array.from({ length: 20_000 }, (_, i) =>
    i % 50 === 0 ? `キーワード${i % 100}について教えて` : `注文した商品がまだ届きません ${i}`,
  );
  const normalised = timeEach(messages, (m) => {
    sink += m.normalize('NFKC').toLowerCase().length;
  });
  const triggerCheck = timeEach(messages, (m) => {
    sink += matchKeyword(index, m)?.length ?? 0;
  });
  console.log('Flows: the trigger check of one message, 100 keyword flows (20,000 messages)');
  console.log(
    `  baseline (normalise the message): p50 ${fmt(normalised.p50)} ms, p99 ${fmt(normalised.p99)} ms`,
  );
  console.log(
    `  trigger check: p50 ${fmt(triggerCheck.p50)} ms, p99 ${fmt(triggerCheck.p99)} ms (${fmt(triggerCheck.p99 / normalised.p99, 1)}× baseline p99)`,
  );
  if (sink < 0) console.log(sink);
  await benchIdleCheck('SQLite', undefined);
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) await benchIdleCheck('PostgreSQL', pgUrl);
  console.log('');
}

/**
 * The flow runner's part of a customer message for a tenant with the demo flow, in a
 * conversation that runs none (most messages): the conversation known idle at its last
 * number against reading its flow state (the baseline, what every message did).
 */
async function benchIdleCheck(label: string, databaseUrl: string | undefined): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-bench-flows-'));
  const schema = databaseUrl ? `bench_flows_${process.pid}` : undefined;
  if (databaseUrl && schema) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.end();
  }
  const database = openDatabase({ databaseUrl, dataDir, ...(schema ? { schema } : {}) });
  try {
    await migrateToLatest(database.db, database.dialect);
    await database.db
      .insertInto('tenants')
      .values({ id: 'ten_bench', name: 'Bench', widget_key: 'bench', created_at: '2026-01-01' })
      .execute();
    const repository = createFlowRepository(database.db);
    const flows = createFlowService({ flows: repository, masterSecret: 'bench-secret' });
    await flows.put('ten_bench', 'order-status', demoOrderFlow('http://shop.test'));
    const runner = createFlowRunner({
      flows,
      repository,
      policy: { allowHosts: [], allowPrefixes: [] },
      statusOf: async () => 'bot',
    });
    const conversations = 1000;
    for (let i = 0; i < conversations; i++) runner.idleAt('ten_bench', `c${i}`, 2);
    const time = async (known: boolean) => {
      const times: number[] = [];
      for (let i = 0; i < 20_000; i++) {
        const start = process.hrtime.bigint();
        await runner.turn({
          tenantId: 'ten_bench',
          conversationId: `c${i % conversations}`,
          text: '送料はいくらですか',
          check: known ? { lastSeq: 2 } : undefined,
        });
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      times.sort((a, b) => a - b);
      return { p50: percentile(times, 50), p99: percentile(times, 99) };
    };
    await time(false);
    await time(true);
    const read = await time(false);
    const known = await time(true);
    console.log(
      `Flows: the flow check of a message in a conversation without a flow, demo flow, ${label} (20,000 messages)`,
    );
    console.log(
      `  baseline (flow state read each message): p50 ${fmt(read.p50)} ms, p99 ${fmt(read.p99)} ms`,
    );
    console.log(
      `  known idle at its last number: p50 ${fmt(known.p50)} ms, p99 ${fmt(known.p99)} ms (${fmt(known.p50 / read.p50, 2)}× baseline p50)`,
    );
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
