import assert from 'node:assert/strict';
import { test } from 'node:test';
import Fastify from 'fastify';
import { createLogger } from '../src/config/index.js';

test('a server logging each request at info logs it, with personal data in its URL masked', async () => {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => lines.push(line) });
  const app = Fastify({ loggerInstance: logger });
  app.get('/search', async () => ({ ok: true }));
  await app.ready();
  // The request and reply objects refer to each other and to their socket.
  const res = await app.inject({ method: 'GET', url: '/search?q=hanako@example.jp' });
  await app.close();
  assert.equal(res.statusCode, 200);
  const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  const incoming = logged.find((l) => l.msg === 'incoming request') as {
    req: { method: string; url: string };
  };
  assert.equal(incoming.req.method, 'GET');
  assert.equal(incoming.req.url, '/search?q=h***@example.jp');
  const completed = logged.find((l) => l.msg === 'request completed') as {
    res: { statusCode: number };
  };
  assert.equal(completed.res.statusCode, 200);
});
