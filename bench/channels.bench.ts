import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startTsunagi } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { fmt } from './stats.js';

/**
 * A LINE webhook end to end (verify → store → bot → outbox → reply at a local stand-in API),
 * against the baseline of the same customer messages sent through the widget API (which
 * stores and answers but delivers nothing outside), measured in the same run.
 */
export async function runChannelsBench(): Promise<void> {
  const count = Number(process.env.BENCH_CHANNEL_MESSAGES ?? 400);
  let delivered = 0;
  let answers = 0;
  let lastDeliveryAt = 0;
  const standIn = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      delivered++;
      // One call may carry several answers (for a user who wrote again before the last left).
      answers += (JSON.parse(body) as { messages?: unknown[] }).messages?.length ?? 0;
      lastDeliveryAt = performance.now();
      res.end('{}');
    });
  });
  await new Promise<void>((r) => standIn.listen(0, '127.0.0.1', r));
  const apiBase = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-bench-channels-'));
  const tsunagi = await startTsunagi({
    config: loadConfig({
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      SMTP_PORT: '0',
      // The stand-in Messaging API listens on loopback.
      CHANNEL_API_HOSTS: '127.0.0.1',
    }),
  });
  const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
    const raw = JSON.stringify(body);
    const res = await fetch(`${tsunagi.url}${url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: raw,
    });
    return (await res.json()) as Record<string, string>;
  };
  try {
    // Measured once warm, as a load balancer would send traffic: with the Japanese dictionary
    // loaded (it loads in the background after start-up).
    for (let i = 0; (await fetch(`${tsunagi.url}/readyz`)).status !== 200; i++) {
      if (i > 300) throw new Error('the server did not become ready in 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const login = await post('/api/v1/auth/login', {
      email: 'admin@demo.tsunagi.local',
      password: 'tsunagi-demo',
    });
    const channel = await post(
      '/api/v1/tenants/demo/channels',
      { type: 'line', channelSecret: 'bench-secret', channelAccessToken: 'bench', apiBase },
      { authorization: `Bearer ${login.token}` },
    );
    if (!channel.webhookUrl)
      throw new Error(`creating the channel failed: ${JSON.stringify(channel)}`);
    const webhook = new URL(channel.webhookUrl).pathname;
    const questions = ['送料はいくらですか？', 'When will my order arrive?', '返品できますか'];

    // Baseline: the widget API, one conversation per 20 messages, 8 in flight.
    const chats = await Promise.all(
      Array.from({ length: 8 }, () => post('/api/v1/widget/demo/conversations', {})),
    );
    let next = 0;
    const widgetStart = performance.now();
    await Promise.all(
      chats.map(async (chat) => {
        while (next < count) {
          const i = next++;
          await post(
            `/api/v1/widget/demo/conversations/${chat.conversationId}/messages`,
            { text: questions[i % questions.length] },
            { authorization: `Bearer ${chat.customerToken}` },
          );
        }
      }),
    );
    const widgetSeconds = (performance.now() - widgetStart) / 1000;

    // LINE: signed webhooks from 8 users, 8 in flight, until every answer reached the stand-in.
    next = 0;
    delivered = 0;
    answers = 0;
    const lineStart = performance.now();
    await Promise.all(
      Array.from({ length: 8 }, async (_, user) => {
        while (next < count) {
          const i = next++;
          const raw = JSON.stringify({
            events: [
              {
                type: 'message',
                webhookEventId: `bench-${i}`,
                timestamp: Date.now(),
                replyToken: `rt-${i}`,
                source: { type: 'user', userId: `Ubench${user}` },
                message: { id: `m${i}`, type: 'text', text: questions[i % questions.length] },
              },
            ],
          });
          await fetch(`${tsunagi.url}${webhook}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-line-signature': createHmac('sha256', 'bench-secret').update(raw).digest('base64'),
            },
            body: raw,
          }).then((r) => r.text());
        }
      }),
    );
    const acknowledgedSeconds = (performance.now() - lineStart) / 1000;
    // Every answer has left once the stand-in has heard nothing new for a second.
    let seen = -1;
    while (seen !== delivered) {
      seen = delivered;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const lineSeconds = (lastDeliveryAt - lineStart) / 1000;

    const widgetRate = count / widgetSeconds;
    const ackRate = count / acknowledgedSeconds;
    const lineRate = count / lineSeconds;
    if (delivered === 0) throw new Error('no LINE answer reached the stand-in');
    console.log(`Channels: ${count} customer messages, 8 in flight, SQLite`);
    console.log(`  baseline widget API (store + bot answer): ${fmt(widgetRate)} msg/s`);
    console.log(
      `  LINE webhook acknowledged (verify + store + bot):  ${fmt(ackRate)} msg/s  (${fmt(ackRate / widgetRate)}× baseline)`,
    );
    console.log(
      `  LINE answered at the stand-in API (+ outbox send): ${fmt(lineRate)} msg/s  (${fmt(lineRate / widgetRate)}× baseline; ${answers} answers in ${delivered} API calls)\n`,
    );
  } finally {
    await tsunagi.stop();
    standIn.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
