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

describe('browser: a long FAQ is loaded page by page', { skip: browserSkipReason() }, () => {
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

  test('the FAQ page shows the first 200 and loads the rest on demand (ja, en)', async () => {
    const admin = await server.api.login(demo.admin.email, demo.admin.password);
    const rows = Array.from({ length: 230 }, (_, i) => `ページング確認 ${i},回答 ${i}`);
    const imported = await server.api.request(
      'POST',
      `/api/v1/tenants/${demo.tenantId}/faqs/import`,
      { raw: `question,answer\n${rows.join('\n')}\n`, contentType: 'text/csv', token: admin },
    );
    assert.equal(imported.status, 200);
    const total = (await server.api.get(`/api/v1/tenants/${demo.tenantId}/faqs?limit=500`, admin))
      .body.faqs.length;
    assert.ok(total > 230);

    for (const [locale, label] of [
      ['ja-JP', 'FAQ をさらに読み込む'],
      ['en-US', 'Load more FAQ'],
    ] as const) {
      const page = await (
        await browser.newContext({ locale, viewport: { width: 1366, height: 900 } })
      ).newPage();
      await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
      await page.waitForSelector('[data-testid="nav-knowledge"], a[href$="/knowledge"]');
      await page.goto(`${server.url}/console/knowledge`);
      const items = page.locator('section[aria-labelledby="faq-list"] .knowledge__item');
      await page.getByRole('button', { name: label }).waitFor();
      assert.equal(await items.count(), 200);
      await page.getByRole('button', { name: label }).click();
      // The rest arrives, and the button goes away once the last page is in.
      await items.nth(total - 1).waitFor();
      await page.getByRole('button', { name: label }).waitFor({ state: 'detached' });
      assert.equal(await items.count(), total);
      assert.equal(await page.getByRole('button', { name: label }).count(), 0);
      await page.close();
    }
  });
});
