import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { currentTotp } from '../../src/auth/index.js';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { demo, startTestServer, type TestServer } from '../support/harness.js';

describe('browser: a workspace admin edits the security settings', {
  skip: browserSkipReason(),
}, () => {
  let server: TestServer;
  let browser: Browser;
  const securityPath = () => `/api/v1/tenants/${demo.tenantId}/security`;

  before(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  test('IP 許可リスト: a bad line and a lock-out are refused on the field; a good list is kept after reload', async () => {
    const adminToken = await server.api.login(demo.admin.email, demo.admin.password);
    const context = await browser.newContext({
      locale: 'ja-JP',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
    await page.locator('[data-testid="nav-account"]').waitFor();
    await page.goto(`${server.url}/console/account`);
    const section = page.locator('[data-testid="security-settings"]');
    await section.getByRole('heading', { name: 'セキュリティ' }).waitFor();
    await section
      .locator('[data-testid="security-state"]', { hasText: 'どのアドレスからでも' })
      .waitFor();
    const field = section.getByLabel('スタッフの IP 許可リスト');
    const save = section.locator('[data-testid="security-save"]');
    const fieldError = section.locator('[data-testid="security-ipAllowlist-error"]');

    // A line that is no address: refused, named by its line, nothing saved.
    await field.fill('127.0.0.1\n10.0.0.300');
    await save.click();
    await fieldError.waitFor();
    assert.match(await fieldError.innerText(), /2 行目/);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.deepEqual((await server.api.get(securityPath(), adminToken)).body.ipAllowlist, []);

    // A list without the admin's own address: refused as a lock-out.
    await field.fill('203.0.113.0/24');
    assert.equal(await fieldError.count(), 0);
    await save.click();
    await section
      .locator('[data-testid="security-ipAllowlist-error"]', {
        hasText: 'ログインできなくなります',
      })
      .waitFor();
    assert.deepEqual((await server.api.get(securityPath(), adminToken)).body.ipAllowlist, []);

    // Loopback (the admin here) plus an office range: saved.
    const list = ['127.0.0.0/8', '::1/128', '203.0.113.0/24'];
    await field.fill(`${list.join('\n')}\n`);
    await save.click();
    await section.locator('[data-testid="security-notice"]', { hasText: '保存しました' }).waitFor();
    assert.deepEqual((await server.api.get(securityPath(), adminToken)).body.ipAllowlist, list);

    await page.reload();
    await section.locator('[data-testid="security-state"]', { hasText: '3 件' }).waitFor();
    assert.equal(
      await section.getByLabel('スタッフの IP 許可リスト').inputValue(),
      list.join('\n'),
    );
    await context.close();
  });

  test('two-factor requirement: refused until the admin has it, then on and shown after reload', async () => {
    const adminToken = await server.api.login(demo.admin.email, demo.admin.password);
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
    await page.locator('[data-testid="nav-account"]').waitFor();
    await page.goto(`${server.url}/console/account`);
    const section = page.locator('[data-testid="security-settings"]');
    await section.getByRole('heading', { name: 'Security' }).waitFor();
    await section.locator('[data-testid="security-state"]', { hasText: 'not required' }).waitFor();
    const toggle = section.getByRole('switch', {
      name: 'Require two-factor authentication (TOTP) for staff',
    });
    assert.equal(await toggle.isChecked(), false);

    // Without TOTP of their own, the admin is told to turn it on first.
    await toggle.check();
    await section.locator('[data-testid="security-save"]').click();
    await section
      .locator('[data-testid="security-requireTotp-error"]', { hasText: 'for yourself' })
      .waitFor();
    assert.equal((await server.api.get(securityPath(), adminToken)).body.requireTotp, false);

    const setup = await server.api.post('/api/v1/auth/totp/setup', {}, adminToken);
    const enabled = await server.api.post(
      '/api/v1/auth/totp/enable',
      { code: currentTotp(setup.body.secret as string) },
      adminToken,
    );
    assert.equal(enabled.status, 200, JSON.stringify(enabled.body));

    await section.locator('[data-testid="security-save"]').click();
    await section.locator('[data-testid="security-notice"]', { hasText: 'saved' }).waitFor();
    await section
      .locator('[data-testid="security-state"]', { hasText: 'is required for staff' })
      .waitFor();
    assert.equal((await server.api.get(securityPath(), adminToken)).body.requireTotp, true);

    await page.reload();
    await section
      .locator('[data-testid="security-state"]', { hasText: 'is required for staff' })
      .waitFor();
    assert.equal(await toggle.isChecked(), true);
    await context.close();
  });
});
