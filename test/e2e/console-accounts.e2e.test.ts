import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { currentTotp } from '../../src/auth/index.js';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { demo, owner, startTestServer, type TestServer } from '../support/harness.js';

describe('browser: two-factor sign-in and the tenant switcher', {
  skip: browserSkipReason(),
}, () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  test('a person sets up TOTP from a QR code, then signs in with a code', async () => {
    const adminToken = await server.api.login(demo.admin.email, demo.admin.password);
    const email = 'mfa.operator@demo.test';
    await server.api.post(
      `/api/v1/tenants/${demo.tenantId}/users`,
      { email, password: 'browser-totp-pass', name: '二要素 花子', role: 'supervisor' },
      adminToken,
    );
    const context = await browser.newContext({
      locale: 'ja-JP',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await signInToConsole(page, server.url, email, 'browser-totp-pass');
    await page.locator('[data-testid="nav-account"]').click();
    await page.locator('h1', { hasText: 'アカウント設定' }).waitFor();
    await page.locator('[data-testid="totp-setup"]').click();
    // The QR code is an image drawn from the otpauth URL.
    const qr = page.locator('[data-testid="totp-qr"]');
    await qr.waitFor();
    assert.match((await qr.getAttribute('src')) ?? '', /^data:image\/png;base64,/);
    const secret = (await page.locator('[data-testid="totp-secret"]').textContent()) ?? '';
    assert.match(secret, /^[A-Z2-7]{32}$/);
    await page.locator('[data-testid="totp-code"]').fill(currentTotp(secret));
    await page.locator('[data-testid="totp-enable"]').click();
    await page.locator('[data-testid="recovery-codes"] li').first().waitFor();
    assert.equal(await page.locator('[data-testid="recovery-codes"] li').count(), 10);
    await page.locator('[data-testid="totp-state"]', { hasText: 'オンです' }).waitFor();

    // Sign out, sign in again: the password alone is not enough.
    await page.getByRole('button', { name: 'ログアウト' }).first().click();
    await signInToConsole(page, server.url, email, 'browser-totp-pass');
    const codeField = page.locator('[data-testid="login-totp"]');
    await codeField.waitFor();
    await codeField.fill('000000');
    await page.locator('[data-testid="login-submit"]').click();
    await page.locator('[role="alert"]', { hasText: 'コードが正しくない' }).waitFor();
    // The next time step's code (the current one was spent turning TOTP on).
    await codeField.fill(currentTotp(secret, Date.now() + 30_000));
    await page.locator('[data-testid="login-submit"]').click();
    await page.locator('[data-testid="nav-account"]').waitFor();
    await context.close();
  });

  test('an operator serving two clients switches between them with one login', async () => {
    const ownerToken = await server.api.login(owner.email, owner.password);
    const client = await server.api.post('/api/v1/tenants', { name: 'ソウル雑貨店' }, ownerToken);
    const email = 'bpo.operator@demo.test';
    const adminToken = await server.api.login(demo.admin.email, demo.admin.password);
    await server.api.post(
      `/api/v1/tenants/${demo.tenantId}/users`,
      { email, password: 'two-clients-pass', name: '兼務 太郎', role: 'agent' },
      adminToken,
    );
    await server.api.post(
      `/api/v1/tenants/${client.body.id}/users`,
      { email, password: 'not-used-here-1', name: '兼務 太郎', role: 'admin' },
      ownerToken,
    );
    const context = await browser.newContext({
      locale: 'ja-JP',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await signInToConsole(page, server.url, email, 'two-clients-pass');
    const switcher = page.locator('[data-testid="tenant-switcher"]');
    await switcher.waitFor();
    assert.equal(await switcher.inputValue(), demo.tenantId);
    // An agent in the demo workspace: no admin pages.
    assert.equal(await page.locator('[data-testid="nav-users"]').count(), 0);
    await switcher.selectOption({ label: 'ソウル雑貨店' });
    await page.locator('[data-testid="nav-users"]').waitFor();
    assert.equal(
      await page.locator('[data-testid="tenant-switcher"]').inputValue(),
      client.body.id,
    );
    await page.locator('[data-testid="nav-users"]').click();
    await page.locator('h1', { hasText: 'ユーザー管理' }).waitFor();
    await page.locator(`[data-member="${email}"]`).waitFor();
    // The audit log of this client shows the membership being made, and its chain verifies.
    await page.goto(`${server.url}/console/audit`);
    await page.locator('[data-testid="audit-entries"] tbody tr').first().waitFor();
    await page.getByRole('button', { name: '改ざんを検証' }).click();
    await page.locator('[data-testid="audit-verdict"]', { hasText: '改ざんなし' }).waitFor();
    await context.close();
  });
});
