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
