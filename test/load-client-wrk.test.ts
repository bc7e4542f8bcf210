import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { hasWrk, parseWrk, runWrk, type WrkCustomer } from '../bench/wrk.js';

// What wrk 4.1 prints with --latency and a script (a run against a local server).
const printed = `Running 1s test @ http://127.0.0.1:18123/
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   297.85us  715.02us  12.90ms   94.71%
    Req/Sec    25.39k     9.60k   33.78k    81.82%
  Latency Distribution
     50%  113.00us
     75%  200.00us
     90%  428.00us
     99%    3.58ms
  55514 requests in 1.10s, 6.56MB read
  Non-2xx or 3xx responses: 7
  Socket errors: connect 0, read 2, write 0, timeout 1
Requests/sec:  50484.12
Transfer/sec:      5.97MB
`;

test("wrk's report is read in ms, with refused answers and socket errors counted as errors", () => {
  assert.deepEqual(parseWrk(printed), { perSecond: 50484.12, p50: 0.1, p99: 3.6, errors: 10 });
  assert.throws(() => parseWrk('unable to connect to 127.0.0.1:1 Connection refused'), /no result/);
});

test('the load script sends every customer their own path, token, address and texts, each message once', {
  skip: hasWrk() ? false : 'wrk is not installed',
}, async () => {
  const seen: { url: string; auth: string; address: string; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      seen.push({
        url: req.url ?? '',
        auth: String(req.headers.authorization),
        address: String(req.headers['x-forwarded-for']),
        body,
      });
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const customers: WrkCustomer[] = [1, 2, 3].map((i) => ({
    path: `/conversations/c${i}/messages`,
    token: `token-${i}`,
    address: `10.0.0.${i}`,
    texts: i === 3 ? ['配送について「教えて」]]ください', 'say "hi"\\n'] : [`question ${i}`],
  }));
  try {
    const result = await runWrk(url, customers, { seconds: 1, connections: 2 });
    assert.ok(result.perSecond > 0 && result.errors === 0);
    assert.ok(seen.length > 10);
    const ids = new Set<string>();
    for (const request of seen) {
      const customer = customers.find((c) => c.path === request.url);
      assert.ok(customer, `unknown path ${request.url}`);
      assert.equal(request.auth, `Bearer ${customer.token}`);
      assert.equal(request.address, customer.address);
      const body = JSON.parse(request.body) as { text: string; clientMessageId: string };
      assert.ok(customer.texts.includes(body.text), `unexpected text ${body.text}`);
      ids.add(body.clientMessageId);
    }
    assert.equal(ids.size, seen.length, 'every message has a clientMessageId of its own');
    const first = seen.length;
    await runWrk(url, customers, { seconds: 1, connections: 2 });
    const again = seen.slice(first).map((r) => JSON.parse(r.body).clientMessageId as string);
    assert.ok(again.length > 10 && again.every((id) => !ids.has(id)), 'nor across runs');
    assert.deepEqual(new Set(seen.map((r) => r.url)), new Set(customers.map((c) => c.path)));
    const third = seen
      .filter((r) => r.url === customers[2]?.path)
      .map((r) => JSON.parse(r.body).text);
    assert.deepEqual(
      new Set(third),
      new Set(customers[2]?.texts),
      'a customer writes their texts in turn',
    );
  } finally {
    server.close();
  }
});

test('a hundred thousand customers are all read by the script (too many to be written into it)', {
  skip: hasWrk() ? false : 'wrk is not installed',
}, async () => {
  const paths = new Set<string>();
  const server = http.createServer((req, res) => {
    paths.add(req.url ?? '');
    req.resume();
    req.on('end', () => res.end('{}'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const texts = ['こんにちは'];
  const customers: WrkCustomer[] = Array.from({ length: 100_000 }, (_, i) => ({
    path: `/c/${i}`,
    token: `t${i}`,
    address: `10.1.${Math.floor(i / 250) % 250}.${(i % 250) + 1}`,
    texts,
  }));
  try {
    const result = await runWrk(url, customers, { seconds: 1, connections: 4 });
    assert.equal(result.errors, 0);
    assert.ok(paths.size > 1000, `only ${paths.size} customers wrote`);
    for (const p of paths) assert.match(p, /^\/c\/\d+$/);
  } finally {
    server.close();
  }
});
