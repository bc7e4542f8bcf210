import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { after, before, describe, it } from 'node:test';
import {
  checkOutboundUrl,
  isForbiddenAddress,
  OutboundError,
  outboundRequest,
} from './outbound-http.js';

describe('isForbiddenAddress', () => {
  it('refuses private, loopback, link-local and unique-local addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:10.0.0.1',
    ]) {
      assert.equal(isForbiddenAddress(address), true, address);
    }
  });
  it('lets public addresses through', () => {
    for (const address of ['8.8.8.8', '133.242.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8']) {
      assert.equal(isForbiddenAddress(address), false, address);
    }
  });
});

describe('outboundRequest', () => {
  let server: http.Server;
  let port = 0;
  before(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/slow') return setTimeout(() => res.end('late'), 2000);
      if (req.url === '/big') return res.end('x'.repeat(10_000));
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const request = (url: string, allowHosts: string[] = [], extra = {}) =>
    outboundRequest(
      { method: 'GET', url, timeoutMs: 1000, maxBytes: 1000, ...extra },
      { allowHosts },
    );

  const refused = (error: unknown) => error instanceof OutboundError && error.reason === 'refused';

  it('refuses literal private addresses before connecting', async () => {
    for (const url of [
      `http://127.0.0.1:${port}/`,
      'http://10.0.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://localhost/',
    ]) {
      await assert.rejects(request(url), refused, url);
    }
  });

  it('refuses a name that resolves to a loopback address', async () => {
    // The machine's own name is not caught by name: only its resolved address gives it away.
    await assert.rejects(request(`http://${os.hostname()}:${port}/`), refused);
  });

  it('reaches an allowed host, and enforces the timeout and the size limit', async () => {
    const ok = await request(`http://127.0.0.1:${port}/`, ['127.0.0.1']);
    assert.equal(ok.status, 200);
    assert.equal(ok.body.toString(), 'ok');
    await assert.rejects(
      request(`http://127.0.0.1:${port}/slow`, ['127.0.0.1'], { timeoutMs: 200 }),
      (e: unknown) => e instanceof OutboundError && e.reason === 'timeout',
    );
    await assert.rejects(
      request(`http://127.0.0.1:${port}/big`, ['127.0.0.1']),
      (e: unknown) => e instanceof OutboundError && e.reason === 'too_large',
    );
  });

  it('refuses other schemes and credentials in the URL', () => {
    assert.throws(() => checkOutboundUrl('file:///etc/passwd', { allowHosts: [] }), OutboundError);
    assert.throws(
      () => checkOutboundUrl('http://a:b@example.com/', { allowHosts: [] }),
      OutboundError,
    );
  });
});
