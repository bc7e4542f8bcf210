import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import {
  databasesUnderTest,
  demo,
  owner,
  startTestServer,
  type TestServer,
} from './support/harness.js';
import { CLIENT_ID, CLIENT_SECRET, startProvider } from './support/oidc-provider.js';

/**
 * Plays the browser at the provider: follows redirects with its cookies, fills in the login
 * form with `login`, submits the consent form, and stops at the redirect back to Tsunagi.
 */
async function signInAtProvider(authorizationUrl: string, login: string, callbackPrefix: string) {
  const jar = new Map<string, string>();
  const send = async (url: string, form?: Record<string, string>) => {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (pair && at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
  let response = await send(authorizationUrl);
  for (let hops = 0; hops < 20; hops++) {
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, response.url || authorizationUrl).href;
      if (next.startsWith(callbackPrefix)) return next;
      response = await send(next);
      continue;
    }
    const html = await response.text();
    assert.equal(response.status, 200, html.slice(0, 300));
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
    const prompt = html.match(/name="prompt" value="([^"]+)"/)?.[1];
    assert.ok(action && prompt, `a provider form: ${html.slice(0, 300)}`);
    const url = new URL(action, response.url).href;
    response = await send(
      url,
      prompt === 'login' ? { prompt, login, password: 'anything' } : { prompt },
    );
  }
  throw new Error('the provider never redirected back');
}

for (const database of databasesUnderTest()) {
  describe(`single sign-on with OpenID Connect (${database.name})`, () => {
    let server: TestServer;
    let provider: Awaited<ReturnType<typeof startProvider>>;
    let ownerToken: string;
    let adminToken: string;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-sso-'));
    const callbackPrefix = () => `${server.url}/api/v1/auth/sso/callback`;

    before(async () => {
      server = await startTestServer(database, { DATA_DIR: dataDir });
      provider = await startProvider(callbackPrefix());
      ownerToken = await server.api.login(owner.email, owner.password);
      adminToken = await server.api.login(demo.admin.email, demo.admin.password);
    });
    after(async () => {
      await server.cleanup();
      await provider.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    const configure = (body: Record<string, unknown>, token = adminToken) =>
      server.api.put(`/api/v1/tenants/${demo.tenantId}/sso`, body, token);
    const settings = (over: Record<string, unknown> = {}) => ({
      issuer: provider.issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      emailDomain: 'sso-client.test',
      provisionRole: 'agent',
      enabled: true,
      ...over,
    });
    /** Follows the callback to Tsunagi: the console URL it redirects to. */
    const callback = async (url: string) => {
      const response = await fetch(url, { redirect: 'manual' });
      assert.equal(response.status, 302);
      return new URL(response.headers.get('location') ?? '', server.url);
    };
    const start = async (email: string) => {
      const res = await server.api.post('/api/v1/auth/sso/start', { email });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body.authorizationUrl as string;
    };

    test('settings: bad input is refused, the secret is sealed and never shown', async () => {
      for (const bad of [
        settings({ issuer: 'ftp://idp.example' }),
        settings({ issuer: 'http://idp.example.com' }),
        settings({ emailDomain: 'not a domain' }),
        settings({ provisionRole: 'owner' }),
        { ...settings(), clientSecret: undefined },
      ]) {
        const res = await configure(bad);
        assert.equal(res.status, 400, JSON.stringify(bad));
      }
      assert.equal(
        (await server.api.get(`/api/v1/tenants/${demo.tenantId}/sso`, adminToken)).body.sso,
        null,
        'nothing was saved',
      );
      const agent = await server.api.login(demo.agent1.email, demo.agent1.password);
      assert.equal((await configure(settings(), agent)).status, 403);
      const saved = await configure(settings());
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(saved.body.hasClientSecret, true);
      assert.equal(JSON.stringify(saved.body).includes(CLIENT_SECRET), false);
      if (database.name === 'sqlite') {
        const file = new SQLite(path.join(dataDir, 'tsunagi.db'), { readonly: true });
        const row = file.prepare('select client_secret from tenant_sso').get() as {
          client_secret: string;
        };
        file.close();
        assert.match(row.client_secret, /^v1\./);
        assert.equal(row.client_secret.includes(CLIENT_SECRET), false);
      }
      assert.ok(ownerToken);
    });

    test('a full sign-in: provider login and consent, then the session works', async () => {
      const email = 'new.person@sso-client.test';
      const authorizationUrl = await start(email);
      const url = new URL(authorizationUrl);
      assert.equal(url.origin, provider.issuer);
      assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
      assert.ok(url.searchParams.get('state') && url.searchParams.get('nonce'));
      const back = await signInAtProvider(authorizationUrl, email, callbackPrefix());
      const consoleUrl = await callback(back);
      assert.equal(consoleUrl.pathname, '/console/');
      const ticket = consoleUrl.searchParams.get('sso');
      assert.ok(ticket, consoleUrl.href);
      const done = await server.api.post('/api/v1/auth/sso/complete', { ticket });
      assert.equal(done.status, 200, JSON.stringify(done.body));
      assert.equal(done.body.user.email, email);
      assert.equal(done.body.user.tenantId, demo.tenantId);
      assert.equal(done.body.user.role, 'agent', 'provisioned with the configured role');
      const inbox = await server.api.get(
        `/api/v1/tenants/${demo.tenantId}/conversations`,
        done.body.token,
      );
      assert.equal(inbox.status, 200);
      // The ticket is single-use, and so is the provider's redirect.
      assert.equal((await server.api.post('/api/v1/auth/sso/complete', { ticket })).status, 401);
      assert.equal((await callback(back)).searchParams.get('ssoError'), 'sso_expired');
    });

    test('members only: an address without a membership is refused', async () => {
      assert.equal((await configure(settings({ provisionRole: null }))).status, 200);
      const email = 'stranger@sso-client.test';
      const back = await signInAtProvider(await start(email), email, callbackPrefix());
      assert.equal((await callback(back)).searchParams.get('ssoError'), 'sso_not_member');
      // The person signed in before is a member now and still gets in.
      const known = 'new.person@sso-client.test';
      const again = await signInAtProvider(await start(known), known, callbackPrefix());
      assert.ok((await callback(again)).searchParams.get('sso'));
    });

    test('an address of another domain is refused', async () => {
      const authorizationUrl = await start('someone@sso-client.test');
      const back = await signInAtProvider(
        authorizationUrl,
        'someone@elsewhere.test',
        callbackPrefix(),
      );
      assert.equal((await callback(back)).searchParams.get('ssoError'), 'sso_domain_mismatch');
    });

    test('a wrong state, issuer or nonce is refused', async () => {
      const email = 'new.person@sso-client.test';
      // State: the provider's redirect with a state Tsunagi never issued.
      const back = new URL(await signInAtProvider(await start(email), email, callbackPrefix()));
      const forged = new URL(back);
      forged.searchParams.set('state', 'forged-state');
      assert.equal((await callback(forged.href)).searchParams.get('ssoError'), 'sso_expired');
      // Issuer (RFC 9207): the answer claims to come from another provider.
      const mixedUp = new URL(back);
      mixedUp.searchParams.set('iss', 'http://127.0.0.1:1');
      assert.equal((await callback(mixedUp.href)).searchParams.get('ssoError'), 'sso_failed');
      // A configured issuer the provider's metadata does not name is refused at the start.
      await configure(settings({ issuer: provider.issuer.replace('127.0.0.1', 'localhost') }));
      const wrongIssuer = await server.api.post('/api/v1/auth/sso/start', { email });
      assert.equal(wrongIssuer.status, 400);
      await configure(settings());
      if (database.name === 'sqlite') {
        // Nonce: the sign-in expects another nonce than the one in the provider's ID token.
        const authorizationUrl = await start(email);
        const file = new SQLite(path.join(dataDir, 'tsunagi.db'));
        file.prepare("update sso_logins set nonce = 'another-nonce' where used_at is null").run();
        file.close();
        const replaced = await signInAtProvider(authorizationUrl, email, callbackPrefix());
        assert.equal((await callback(replaced)).searchParams.get('ssoError'), 'sso_failed');
      }
      // Nothing refused above left a usable ticket.
      assert.equal(
        (await server.api.post('/api/v1/auth/sso/complete', { ticket: 'forged' })).status,
        401,
      );
    });

    test('start: no workspace for the domain is 404, bad input 400', async () => {
      assert.equal(
        (await server.api.post('/api/v1/auth/sso/start', { email: 'a@nobody.test' })).status,
        404,
      );
      assert.equal((await server.api.post('/api/v1/auth/sso/start', {})).status, 400);
      assert.equal(
        (await server.api.post('/api/v1/auth/sso/start', { email: 'not-an-email' })).status,
        400,
      );
    });
  });

  describe(`single sign-on start is limited per address (${database.name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(database, { RATE_LIMIT_FACTOR: '1' });
    });
    after(() => server.cleanup());

    test('10 starts pass, the next one is 429 with Retry-After and looks nothing up', async () => {
      const start = () => server.api.post('/api/v1/auth/sso/start', { email: 'a@nobody.test' });
      for (let i = 0; i < 10; i++) assert.equal((await start()).status, 404);
      const limited = await start();
      assert.equal(limited.status, 429);
      assert.equal(limited.body.error.code, 'too_many_requests');
      assert.ok(Number(limited.headers.get('retry-after')) >= 1, 'Retry-After in whole seconds');
      // Bad input is refused before the limit and does not count against it.
      assert.equal((await server.api.post('/api/v1/auth/sso/start', {})).status, 400);
    });
  });
}
