import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  createApi,
  createPgSchema,
  demo,
  startNodeProcess,
  startWidgetConversation,
} from './support/harness.js';

const storages: {
  name: string;
  env: () => Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }>;
}[] = [
  {
    name: 'sqlite',
    env: async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-kill-'));
      return {
        env: { DATA_DIR: dir },
        cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  ...(process.env.TEST_DATABASE_URL
    ? [
        {
          name: 'postgres',
          env: async () => {
            const schema = await createPgSchema(process.env.TEST_DATABASE_URL as string);
            return { env: { DATABASE_URL: schema.url }, cleanup: schema.drop };
          },
        },
      ]
    : []),
];

for (const storage of storages) {
  describe(`a SIGKILLed node loses nothing acknowledged (${storage.name})`, () => {
    test('fire messages, kill -9 mid-way, restart, re-send all: each is stored exactly once', async () => {
      const { env, cleanup } = await storage.env();
      try {
        const first = await startNodeProcess(env);
        const api = createApi(first.url);
        const chat = await startWidgetConversation(api);
        const total = 120;
        const acknowledged = new Set<number>();
        let next = 0;
        const worker = async () => {
          while (next < total) {
            const i = next++;
            try {
              const res = await chat.send(`質問 ${i}: 送料はいくらですか`, `kill-${i}`);
              if (res.status === 200) acknowledged.add(i);
              if (acknowledged.size === 40) first.child.kill('SIGKILL');
            } catch {
              // The node died under this request: not acknowledged.
            }
          }
        };
        await Promise.all(Array.from({ length: 8 }, worker));
        await first.exited;
        assert.ok(
          acknowledged.size >= 40 && acknowledged.size < total,
          `killed mid-way (${acknowledged.size} acknowledged)`,
        );

        const second = await startNodeProcess(env);
        try {
          const again = await startWidgetConversation(createApi(second.url)).catch(() => undefined);
          assert.ok(again, 'the restarted node serves');
          const resend = createApi(second.url);
          for (let i = 0; i < total; i++) {
            const res = await resend.request(
              'POST',
              `/api/v1/widget/${demo.widgetKey}/conversations/${chat.conversationId}/messages`,
              {
                body: { text: `質問 ${i}: 送料はいくらですか`, clientMessageId: `kill-${i}` },
                token: chat.customerToken,
              },
            );
            assert.equal(res.status, 200);
          }
          const history = await resend.get(
            `/api/v1/widget/${demo.widgetKey}/conversations/${chat.conversationId}/messages`,
            chat.customerToken,
          );
          const customer = history.body.messages.filter(
            (m: { author: string }) => m.author === 'customer',
          ) as { text: string }[];
          assert.equal(customer.length, total, 'every message exactly once');
          assert.equal(new Set(customer.map((m) => m.text)).size, total);
          const bot = history.body.messages.filter((m: { author: string }) => m.author === 'bot');
          assert.equal(bot.length, total, 'each message answered exactly once');
        } finally {
          second.child.kill('SIGTERM');
          await second.exited;
        }
      } finally {
        await cleanup();
      }
    });
  });
}
