import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchChromium } from '../support/browser.js';
import { demo, startTestServer, type TestServer } from '../support/harness.js';
import { CLIENT_ID, CLIENT_SECRET, startProvider } from '../support/oidc-provider.js';

describe('browser: single sign-on with OpenID Connect', { skip: browserSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let provider: Awaited<ReturnType<typeof startProvider>>;

  before(async () => {
    server = await startTestServer();
    provider = await startProvider(`${server.url}/api/v1/auth/sso/callback`);
    browser = await launchChromium();
    const adminToken = await server.api.login(demo.admin.email, demo.admin.password);
    const saved = await server.api.put(
      `/api/v1/tenants/${demo.tenantId}/sso`,
      {
        issuer: provider.issuer,
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        emailDomain: 'sso-browser.test',
        provisionRole: 'agent',
        enabled: true,
      },
      adminToken,
    );
    assert.equal(saved.status, 200);
  });
  after(async () => {
    await browser?.close();
    await provider?.close();
    await server?.cleanup();
  });

  test('SSO でログイン: the provider’s login and consent, then the console', async () => {
    const context = await browser.newContext({
      locale: 'ja-JP',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/console/`);
    // Without an address the button asks for one.
    await page.getByRole('button', { name: 'SSO でログイン' }).click();
    await page.locator('[role="alert"]', { hasText: 'メールアドレスを入力' }).waitFor();
    // A domain without single sign-on says so.
    await page.locator('[data-testid="login-email"]').fill('someone@nowhere.test');
    await page.getByRole('button', { name: 'SSO でログイン' }).click();
    await page
      .locator('[role="alert"]', { hasText: 'シングルサインオンが設定されていません' })
      .waitFor();

    const email = 'browser.person@sso-browser.test';
    await page.locator('[data-testid="login-email"]').fill(email);
    await page.getByRole('button', { name: 'SSO でログイン' }).click();
    // The provider's own pages: its login form (the address is filled in), then consent.
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="password"]').fill('anything');
    assert.equal(await page.locator('input[name="login"]').inputValue(), email);
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]', { hasText: 'Continue' }).click();
    // Back in the console, signed in, and the single-use ticket gone from the address.
    await page.waitForURL((url) => url.origin === server.url && url.pathname === '/console/');
    await page.locator('[data-testid="nav-account"]').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('sso'), null);
    await context.close();
  });

  test('a refused sign-in comes back with the reason', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.url}/console/?ssoError=sso_not_member`);
    await page.locator('[role="alert"]', { hasText: 'no account for you' }).waitFor();
    assert.equal(new URL(page.url()).search, '');
    await context.close();
  });
});
