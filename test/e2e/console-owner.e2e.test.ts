import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { demo, owner, startTestServer, type TestServer } from '../support/harness.js';

describe('browser: the installation owner manages tenants', {
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

  test('after login the owner sees every tenant with its widget key and adds one (ja)', async () => {
    const page = await (
      await browser.newContext({ locale: 'ja-JP', viewport: { width: 1366, height: 900 } })
    ).newPage();
    await signInToConsole(page, server.url, owner.email, owner.password);
    await page.locator('h1', { hasText: 'テナント' }).waitFor();
    const demoRow = page.locator('tr', { hasText: demo.tenantId });
    await demoRow.waitFor();
    assert.match(await demoRow.innerText(), new RegExp(`\\b${demo.widgetKey}\\b`));

    await page.getByLabel('名前').fill('つなぎ商店');
    await page.getByRole('button', { name: 'テナントを作成' }).click();
    const status = page.locator('[role="status"]');
    await status.waitFor();
    assert.match(await status.innerText(), /つなぎ商店.*wk_/);
    await page.locator('tr', { hasText: 'つなぎ商店' }).waitFor();

    const token = await server.api.login(owner.email, owner.password);
    const list = await server.api.get('/api/v1/tenants', token);
    const created = list.body.tenants.find((t: { name: string }) => t.name === 'つなぎ商店');
    assert.ok(created);
    assert.match(
      await page.locator('tr', { hasText: 'つなぎ商店' }).innerText(),
      new RegExp(created.widgetKey),
    );
  });

  test('the same page in English', async () => {
    const page = await (
      await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } })
    ).newPage();
    await signInToConsole(page, server.url, owner.email, owner.password);
    await page.locator('h1', { hasText: 'Tenants' }).waitFor();
    await page.getByRole('button', { name: 'Create tenant' }).waitFor();
    await page.locator('th', { hasText: 'Widget key' }).waitFor();
  });
});
