import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { startTsunagi } from '../src/app.js';
import { createLogger, loadConfig } from '../src/config/index.js';

test('the server logs each request at info in one line, with personal data in its URL masked', async () => {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => lines.push(line) });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-log-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    SMTP_PORT: '0',
  });
  const tsunagi = await startTsunagi({ config, logger });
  try {
    // The request and reply objects refer to each other and to their socket: logging them
    // must neither follow them nor end the process.
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${tsunagi.url}/healthz?who=hanako@example.jp`);
      assert.equal(res.status, 200);
    }
  } finally {
    await tsunagi.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  const requests = logged.filter((l) => (l.req as { url?: string } | undefined)?.url);
  assert.equal(requests.length, 3, 'one line per request');
  const line = requests[0] as {
    msg: string;
    req: { method: string; url: string };
    res: { statusCode: number };
    responseTime: number;
  };
  assert.equal(line.msg, 'request completed');
  assert.equal(line.req.method, 'GET');
  assert.equal(line.req.url, '/healthz?who=h***@example.jp');
  assert.equal(line.res.statusCode, 200);
  assert.equal(typeof line.responseTime, 'number');
  assert.ok(!lines.join('').includes('hanako@example.jp'));
});
