import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import { currentTotp } from '../src/auth/index.js';
import { owner, startTestServer, type TestServer } from './support/harness.js';

describe('TOTP secrets at rest', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-totp-rest-'));
  let server: TestServer | undefined;
  after(async () => {
    await server?.cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const stored = (email: string) => {
    const file = new SQLite(path.join(dataDir, 'tsunagi.db'), { readonly: true });
    try {
      return (
        file.prepare('select totp_secret from users where email = ?').get(email) as {
          totp_secret: string;
        }
      ).totp_secret;
    } finally {
      file.close();
    }
  };
  const loginWithCode = async (email: string, password: string, secret: string) => {
    const first = await server?.api.post('/api/v1/auth/login', { email, password });
    assert.equal(first?.body.mfaRequired, true);
    return server?.api.post('/api/v1/auth/login/totp', {
      ticket: first?.body.ticket,
      // The next 30-second step (accepted as clock drift), so it is not the enabling code again.
      code: currentTotp(secret, Date.now() + 30_000),
    });
  };

  test('are sealed when set up, rows from before are sealed at start, and codes still work', async () => {
    server = await startTestServer({ name: 'sqlite' }, { DATA_DIR: dataDir });
    const ownerToken = await server.api.login(owner.email, owner.password);
    const email = 'sealed@client.test';
    await server.api.post(
      '/api/v1/tenants/demo/users',
      { email, password: 'sealed-person-1', name: 'S', role: 'agent' },
      ownerToken,
    );
    const token = await server.api.login(email, 'sealed-person-1');
    const setup = await server.api.post('/api/v1/auth/totp/setup', {}, token);
    const secret = setup.body.secret as string;
    assert.match(secret, /^[A-Z2-7]{32}$/);
    const sealed = stored(email);
    assert.match(sealed, /^v1\./, 'stored in the sealed format');
    assert.ok(!sealed.includes(secret), 'the secret is not in the row');
    const enabled = await server.api.post(
      '/api/v1/auth/totp/enable',
      { code: currentTotp(secret) },
      token,
    );
    assert.equal(enabled.status, 200);

    // A row as an older version wrote it: the plain base32 secret.
    await server.stop();
    const file = new SQLite(path.join(dataDir, 'tsunagi.db'));
    file.prepare('update users set totp_secret = ? where email = ?').run(secret, email);
    file.close();
    assert.equal(stored(email), secret);
    server = await startTestServer({ name: 'sqlite' }, { DATA_DIR: dataDir });
    const resealed = stored(email);
    assert.match(resealed, /^v1\./, 'sealed at start');
    assert.notEqual(resealed, sealed, 'a fresh seal (new IV)');
    const second = await loginWithCode(email, 'sealed-person-1', secret);
    assert.equal(second?.status, 200, JSON.stringify(second?.body));
    assert.ok(second?.body.token);
  });
});
