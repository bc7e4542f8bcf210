import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startTsunagi } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { fmt, percentile } from './stats.js';

/** Drives `count` requests with `concurrency` in flight; returns throughput and latency. */
async function drive(count: number, concurrency: number, send: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await send(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: count / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/** Customer message → storage → bot reply over HTTP on SQLite, against a bare node:http JSON server. */
export async function runHttpLoopBench(): Promise<void> {
  const count = Number(process.env.BENCH_MESSAGES ?? 2000);
  const concurrency = 16;

  const bare = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const parsed = JSON.parse(body) as { text: string };
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ message: { text: parsed.text }, replies: [] }));
    });
  });
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
  const bareResult = await drive(count, concurrency, async (i) => {
    await (
      await fetch(bareUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: `hello ${i}` }),
      })
    ).text();
  });
  bare.close();

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-bench-'));
  const tsunagi = await startTsunagi({
    // One address plays every customer, flat out: the public limits are raised, not removed.
    config: loadConfig({
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      RATE_LIMIT_FACTOR: '1000',
    }),
  });
  try {
    const conversations = await Promise.all(
      Array.from({ length: concurrency }, async () => {
        const res = await fetch(`${tsunagi.url}/api/v1/widget/demo/conversations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        return (await res.json()) as { conversationId: string; customerToken: string };
      }),
    );
    const questions = [
      '送料はいくらですか？',
      'When will my order arrive?',
      '領収書は発行できますか',
      'how do I cancel my order',
    ];
    const result = await drive(count, concurrency, async (i) => {
      const c = conversations[i % concurrency];
      if (!c) return;
      const res = await fetch(
        `${tsunagi.url}/api/v1/widget/demo/conversations/${c.conversationId}/messages`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${c.customerToken}`,
          },
          body: JSON.stringify({
            text: questions[i % questions.length],
            clientMessageId: `bench-${i}`,
          }),
        },
      );
      if (res.status !== 200) throw new Error(`status ${res.status}`);
      await res.text();
    });
    console.log(
      `HTTP customer message + bot reply (SQLite, ${concurrency} in flight, ${count} messages): ${fmt(result.perSecond, 0)} msg/s, ` +
        `p50 ${fmt(result.p50, 1)} ms, p99 ${fmt(result.p99, 1)} ms | bare node:http in this run ${fmt(bareResult.perSecond, 0)} req/s ` +
        `(ratio ${fmt(result.perSecond / bareResult.perSecond, 2)})`,
    );
  } finally {
    await tsunagi.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
