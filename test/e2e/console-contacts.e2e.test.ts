import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import {
  demo,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from '../support/harness.js';

describe('browser: contacts and callbacks in the console', { skip: browserSkipReason() }, () => {
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

  test('import with a bad row names it; a good import is searchable and editable (ja)', async () => {
    const page = await (
      await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } })
    ).newPage();
    await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
    await page.locator('[data-testid="nav-contacts"]').click();
    await page.waitForURL(`${server.url}/console/contacts`);
    await page.locator('h1', { hasText: '連絡先' }).waitFor();

    const file = page.locator('[data-testid="contacts-file"]');
    await file.setInputFiles({
      name: 'contacts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'name,email,phone\n佐藤 一郎,ichiro@example.jp,090-1111-2222\n鈴木,bad,\n',
      ),
    });
    await page.locator('button', { hasText: '取り込む' }).last().click();
    await page.locator('text=3 行目').waitFor();
    assert.match(
      await page.locator('.contacts__import [role="alert"]').innerText(),
      /取り込みませんでした/,
    );

    await file.setInputFiles({
      name: 'contacts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,email,phone\n佐藤 一郎,ichiro@example.jp,090-1111-2222\n'),
    });
    await page.locator('button', { hasText: '取り込む' }).last().click();
    await page.locator('text=新規 1 件を取り込み').waitFor();

    const search = page.locator('[data-testid="contacts-search"]');
    await search.fill('1111');
    await search.press('Enter');
    const row = page.locator('[data-testid="contacts-table"] button', { hasText: '佐藤 一郎' });
    await row.waitFor();
    assert.equal(await page.locator('[data-testid="contacts-table"] tbody tr').count(), 1);
    await row.click();
    const detail = page.locator('[data-testid="contact-detail"]');
    await detail.waitFor();
    await detail.locator('input[type="tel"]').fill('03-1234-5678');
    await detail.locator('button', { hasText: '保存' }).first().click();
    await detail.locator('text=保存しました').waitFor();
    assert.equal(await detail.locator('input[type="tel"]').inputValue(), '+81312345678');
  });

  test('an agent claims a callback and reports it called (en)', async () => {
    const chat = await startWidgetConversation(server.api, { language: 'en' });
    const booked = await server.api.request(
      'POST',
      `/api/v1/widget/${demo.widgetKey}/conversations/${chat.conversationId}/callbacks`,
      {
        body: {
          phone: '090-3333-4444',
          windowStart: new Date(Date.now() - 600_000).toISOString(),
          windowEnd: new Date(Date.now() + 3_600_000).toISOString(),
        },
        token: chat.customerToken,
      },
    );
    assert.equal(booked.status, 201);
    const page = await (
      await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } })
    ).newPage();
    await signInToConsole(page, server.url, demo.agent1.email, demo.agent1.password);
    await page.locator('[data-testid="nav-callbacks"]').click();
    await page.waitForURL(`${server.url}/console/callbacks`);
    const table = page.locator('[data-testid="callbacks-table"]');
    await table.locator('text=+819033334444').waitFor();
    await table.locator('button', { hasText: 'Claim' }).click();
    await page.locator('text=Claimed: it is yours to call.').waitFor();
    await table.locator('button', { hasText: 'Called' }).click();
    await page.locator('text=Marked as called.').waitFor();
    const list = await server.api.get(
      `/api/v1/tenants/${demo.tenantId}/callbacks?status=completed`,
      await server.api.login(demo.admin.email, demo.admin.password),
    );
    assert.equal(list.body.callbacks.length, 1);
  });

  test('the supervisor board counts the callbacks (en)', async () => {
    const page = await (
      await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } })
    ).newPage();
    await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
    await page.locator('[data-testid="nav-supervisor"]').click();
    const card = page.locator('[data-testid="callback-summary"]');
    await card.waitFor();
    const figure = (label: string) =>
      card.locator('div', { has: page.locator('dt', { hasText: label }) }).locator('dd');
    assert.equal(await figure('Called today').innerText(), '1');
    assert.equal(await figure('Waiting').innerText(), '0');
  });
});
