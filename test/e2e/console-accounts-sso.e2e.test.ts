import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { demo, startTestServer, type TestServer } from '../support/harness.js';

describe('browser: a workspace admin sets up single sign-on', { skip: browserSkipReason() }, () => {
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

  /** Dispatches the Enter that confirms an IME conversion; answers whether the form held it. */
  const imeEnterIsHeld = (page: Page, selector: string) =>
    page.locator(selector).evaluate((el) => {
      const Keyboard = (
        globalThis as unknown as { KeyboardEvent: new (type: string, init: object) => Event }
      ).KeyboardEvent;
      const event = new Keyboard('keydown', {
        key: 'Enter',
        isComposing: true,
        bubbles: true,
        cancelable: true,
      });
      el.dispatchEvent(event);
      return event.defaultPrevented;
    });

  test('SSO の設定: a refused issuer is shown on its field, then the settings are saved and shown', async () => {
    const adminToken = await server.api.login(demo.admin.email, demo.admin.password);
    const ssoPath = `/api/v1/tenants/${demo.tenantId}/sso`;
    const context = await browser.newContext({
      locale: 'ja-JP',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
    await page.locator('[data-testid="nav-account"]').waitFor();
    await page.goto(`${server.url}/console/account`);
    const section = page.locator('[data-testid="sso-settings"]');
    await section.getByRole('heading', { name: 'シングルサインオン（OpenID Connect）' }).waitFor();
    await page
      .locator('[data-testid="sso-state"]', { hasText: 'シングルサインオンは設定されていません' })
      .waitFor();
    assert.match(
      await page.locator('[data-testid="sso-secret-state"]').innerText(),
      /まだ保存されていません/,
    );

    // Labelled fields, filled as a person would.
    await section.getByLabel('発行者（Issuer）URL').fill('http://idp.example.test');
    await section.getByLabel('クライアント ID').fill('tsunagi-console');
    await section.getByLabel('クライアントシークレット').fill('very-secret-value');
    await section.getByLabel('メールドメイン').fill('example.co.jp');
    await page.locator('[data-testid="sso-provision"]').selectOption('agent');
    await section.getByLabel('シングルサインオンを有効にする').check();
    // Enter that confirms a Japanese conversion does not submit the form.
    assert.equal(await imeEnterIsHeld(page, '[data-testid="sso-emailDomain"]'), true);

    // Plain http on another host: the API refuses, the issuer field says why, nothing is saved.
    await page.locator('[data-testid="sso-save"]').click();
    const issuerError = page.locator('[data-testid="sso-issuer-error"]');
    await issuerError.waitFor();
    assert.match(await issuerError.innerText(), /https の URL/);
    assert.equal(
      await page.locator('[data-testid="sso-issuer"]').getAttribute('aria-invalid'),
      'true',
    );
    assert.equal(
      await page
        .locator('[data-testid="sso-issuer"]')
        .evaluate((el) => el.ownerDocument.activeElement === el),
      true,
    );
    const refused = await server.api.get(ssoPath, adminToken);
    assert.equal(refused.status, 200);
    assert.equal(refused.body.sso, null);

    // A domain that is not one: shown on the domain field.
    await section.getByLabel('発行者（Issuer）URL').fill('https://login.example.co.jp/tenant-1');
    assert.equal(await issuerError.count(), 0);
    await section.getByLabel('メールドメイン').fill('not a domain');
    await page.locator('[data-testid="sso-save"]').click();
    await page
      .locator('[data-testid="sso-emailDomain-error"]', { hasText: 'ドメイン名' })
      .waitFor();
    assert.equal((await server.api.get(ssoPath, adminToken)).body.sso, null);

    await section.getByLabel('メールドメイン').fill('example.co.jp');
    await page.locator('[data-testid="sso-save"]').click();
    await page
      .locator('[data-testid="sso-notice"]', { hasText: 'シングルサインオンの設定を保存しました' })
      .waitFor();
    await page
      .locator('[data-testid="sso-state"]', { hasText: 'シングルサインオンは有効です' })
      .waitFor();
    // The secret is write-only: stored, never shown back.
    assert.equal(await page.locator('[data-testid="sso-clientSecret"]').inputValue(), '');
    assert.match(await page.locator('[data-testid="sso-secret-state"]').innerText(), /保存済み/);
    const saved = await server.api.get(ssoPath, adminToken);
    assert.deepEqual(saved.body.sso, {
      issuer: 'https://login.example.co.jp/tenant-1',
      clientId: 'tsunagi-console',
      emailDomain: 'example.co.jp',
      provisionRole: 'agent',
      enabled: true,
      hasClientSecret: true,
    });
    assert.doesNotMatch(JSON.stringify(saved.body), /very-secret-value/);

    // After a reload the page shows what is stored; saving with the secret left empty keeps it.
    await page.reload();
    await page
      .locator('[data-testid="sso-state"]', { hasText: 'シングルサインオンは有効です' })
      .waitFor();
    assert.equal(
      await page.locator('[data-testid="sso-issuer"]').inputValue(),
      'https://login.example.co.jp/tenant-1',
    );
    assert.equal(
      await page.locator('[data-testid="sso-clientId"]').inputValue(),
      'tsunagi-console',
    );
    assert.equal(
      await page.locator('[data-testid="sso-emailDomain"]').inputValue(),
      'example.co.jp',
    );
    assert.equal(await page.locator('[data-testid="sso-provision"]').inputValue(), 'agent');
    assert.equal(await page.locator('[data-testid="sso-enabled"]').isChecked(), true);
    await page.locator('[data-testid="sso-provision"]').selectOption('');
    await section.getByLabel('シングルサインオンを有効にする').uncheck();
    await page.locator('[data-testid="sso-save"]').click();
    await page
      .locator('[data-testid="sso-state"]', {
        hasText: 'シングルサインオンは設定済みですが無効です',
      })
      .waitFor();
    const kept = await server.api.get(ssoPath, adminToken);
    assert.equal(kept.body.sso.provisionRole, null);
    assert.equal(kept.body.sso.enabled, false);
    assert.equal(kept.body.sso.hasClientSecret, true);
    await context.close();
  });

  test('an agent sees no single sign-on settings', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await signInToConsole(page, server.url, demo.agent1.email, demo.agent1.password);
    await page.locator('[data-testid="nav-account"]').waitFor();
    await page.goto(`${server.url}/console/account`);
    await page.locator('h2', { hasText: 'Sessions' }).waitFor();
    assert.equal(await page.locator('[data-testid="sso-settings"]').count(), 0);
    await context.close();
  });
});
