import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import {
  createApi,
  startNodeProcess as startProcess,
  startWidgetConversation,
} from './support/harness.js';

const exitCode = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('the server process', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-process-'));
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('prints the demo URLs and credentials, drains on SIGTERM, exits 0 and loses nothing acknowledged', async () => {
    const first = await startProcess({ DATA_DIR: dataDir });
    assert.match(first.output(), /\/console\//);
    assert.match(first.output(), /admin@demo\.tsunagi\.local/);
    const api = createApi(first.url);
    assert.equal((await api.get('/healthz')).status, 200);

    const chat = await startWidgetConversation(api);
    const sends = Array.from({ length: 20 }, (_, i) =>
      chat.send(`注文番号 A-${1000 + i} について`, `c-${i}`),
    );
    const results = await Promise.allSettled(
      sends.map((p, i) =>
        i === 10
          ? p.then((r) => {
              first.child.kill('SIGTERM');
              return r;
            })
          : p,
      ),
    );
    assert.equal(await exitCode(first.child), 0);
    const acknowledged = results.filter(
      (r) => r.status === 'fulfilled' && r.value.status === 200,
    ).length;
    assert.ok(
      acknowledged >= 11,
      `at least the messages before SIGTERM were acknowledged (${acknowledged})`,
    );

    const second = await startProcess({ DATA_DIR: dataDir });
    try {
      assert.doesNotMatch(second.output(), /Demo workspace created/, 'the demo is created once');
      const history = await createApi(second.url).get(
        `/api/v1/widget/demo/conversations/${chat.conversationId}/messages`,
        chat.customerToken,
      );
      const stored = history.body.messages.filter(
        (m: { author: string }) => m.author === 'customer',
      ).length;
      assert.ok(
        stored >= acknowledged,
        `every acknowledged message is stored (${stored} ≥ ${acknowledged})`,
      );
    } finally {
      second.child.kill('SIGTERM');
      assert.equal(await exitCode(second.child), 0);
    }
  });

  test('a bad configuration stops the start with a clear message', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: 'not-a-port', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    assert.equal(await exitCode(child), 2);
    assert.match(stderr, /PORT/);
  });
});
