import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLogger } from './logger.js';

test('secrets and contact details never reach a log line', () => {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => lines.push(line) });
  logger.info(
    {
      req: { method: 'POST', headers: { authorization: 'Bearer abc123secret', host: 'x' } },
      body: { email: 'hanako@example.jp', password: 'hunter22', text: 'hello' },
      customerToken: 'tok-999',
    },
    'request failed',
  );
  const line = lines.join('');
  for (const secret of ['abc123secret', 'hanako@example.jp', 'hunter22', 'tok-999']) {
    assert.ok(!line.includes(secret), `${secret} leaked: ${line}`);
  }
  assert.match(line, /"text":"hello"/, 'the rest of the line is kept');
  assert.match(line, /"method":"POST"/);
});

test('card numbers, My Numbers and phone numbers in free text are masked in log lines', () => {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => lines.push(line) });
  logger.info(
    { conversationId: 'conv_1', body: { text: 'card 4111 1111 1111 1111, tel 090-1234-5678' } },
    'could not store: マイナンバー 123456789018',
  );
  const line = lines.join('');
  assert.ok(!line.includes('4111 1111 1111 1111'), line);
  assert.ok(!line.includes('090-1234-5678'), line);
  assert.ok(!line.includes('123456789018'), line);
  assert.match(line, /\*\*\*\* \*\*\*\* \*\*\*\* 1111/);
  assert.match(line, /"conversationId":"conv_1"/);
  logger.error({ err: new Error('boom 4111111111111111') }, 'failed');
  assert.match(lines.join(''), /"stack":/, 'errors keep their stack');
});

test('a server logging each request at info logs it, with personal data in its URL masked', async () => {
  const { default: Fastify } = await import('fastify');
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

test('a circular value in a log line is logged, not followed', () => {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => lines.push(line) });
  const loop: Record<string, unknown> = { text: 'tel 090-1234-5678' };
  loop.self = loop;
  logger.info({ detail: loop }, 'looped');
  assert.ok(!lines.join('').includes('090-1234-5678'));
});
