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
      detail: { channel: { botToken: 'bot-777' }, to: [{ phone: '+81 3 1234 5678' }] },
    },
    'request failed',
  );
  const line = lines.join('');
  for (const secret of [
    'abc123secret',
    'hanako@example.jp',
    'hunter22',
    'tok-999',
    'bot-777',
    '1234',
  ]) {
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

test('a circular value in a log line is logged, not followed', () => {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => lines.push(line) });
  const loop: Record<string, unknown> = { text: 'tel 090-1234-5678' };
  loop.self = loop;
  logger.info({ detail: loop }, 'looped');
  assert.ok(!lines.join('').includes('090-1234-5678'));
});
