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

describe('browser: a supervisor reads the operations dashboard', {
  skip: browserSkipReason(),
}, () => {
  let server: TestServer;
  let browser: Browser;
  const tenant = `/api/v1/tenants/${demo.tenantId}`;

  before(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    const admin = await server.api.login(demo.admin.email, demo.admin.password);
    // Today: two conversations the bot keeps and one handed off and closed unanswered.
    for (const text of ['送料はいくらですか', '送料について']) {
      const chat = await startWidgetConversation(server.api);
      await chat.send(text);
    }
    const waiting = await startWidgetConversation(server.api);
    await waiting.send('返品したい');
    await waiting.send('人と話したい');
    await server.api.post(`${tenant}/conversations/${waiting.conversationId}/resolve`, {}, admin);
    await server.api.put(
      `${tenant}/analytics/settings`,
      { costPerContact: 500, currency: 'JPY' },
      admin,
    );
    // A visitor who never chatted and bought once; another who only looked.
    const widget = `/api/v1/widget/${demo.widgetKey}`;
    await server.api.post(`${widget}/visit`, { visitorId: 'visitor-e2e-1' });
    await server.api.post(`${widget}/visit`, { visitorId: 'visitor-e2e-2' });
    await server.api.post(`${widget}/conversion`, {
      visitorId: 'visitor-e2e-1',
      value: 1200,
      currency: 'JPY',
      orderId: 'e2e-1',
    });
    await server.services.analytics.flush();
  });
  after(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  for (const [locale, labels] of [
    [
      'ja-JP',
      {
        nav: '分析',
        title: '運用分析',
        conversations: '会話数',
        reasons: '問い合わせ理由',
        noChat: 'チャットなしCVR',
        roi: '¥1,000',
      },
    ],
    [
      'en-US',
      {
        nav: 'Analytics',
        title: 'Operations analytics',
        conversations: 'Conversations',
        reasons: 'Call reasons',
        noChat: 'Conversion without a chat',
        roi: '¥1,000',
      },
    ],
  ] as const) {
    test(`today's numbers, charts and call reasons (${locale})`, async () => {
      const context = await browser.newContext({ locale, viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
      await page.locator('[data-testid="nav-analytics"]').waitFor();
      const beforeDashboard = scripts.length;
      await page.locator('[data-testid="nav-analytics"]').click();
      await page.waitForURL(`${server.url}/console/analytics`);
      await page.locator('h1', { hasText: labels.title }).waitFor();

      const conversations = page.locator('[data-testid="kpi-conversations"]');
      await conversations.locator('strong', { hasText: '3' }).waitFor();
      assert.match((await conversations.textContent()) ?? '', new RegExp(labels.conversations));
      const containment =
        (await page.locator('[data-testid="kpi-containment"] strong').textContent()) ?? '';
      assert.match(containment, /66\.7\s?%/);
      assert.equal(await page.locator('[data-testid="kpi-abandoned"] strong').textContent(), '1');
      assert.match(
        (await page.locator('[data-testid="kpi-roi"] strong').textContent()) ?? '',
        /1,000/,
      );
      // Without a chat: one purchase of two visitors who did not chat.
      const noChat = page.locator('[data-testid="kpi-noChatCvr"]');
      assert.match((await noChat.textContent()) ?? '', new RegExp(labels.noChat));
      assert.match(
        (await noChat.locator('strong').textContent()) ?? '',
        /50(\.0)?\s?%\s*\(1 \/ 2\)/,
      );

      // The charts are drawn by ECharts, loaded only for this page.
      for (const chart of ['chart-day', 'chart-hour', 'chart-channel']) {
        await page.locator(`[data-testid="${chart}"][data-ready="true"] canvas`).waitFor();
      }
      assert.ok(scripts.length > beforeDashboard, 'the dashboard brought its own chunks');
      assert.ok(
        scripts.slice(0, beforeDashboard).every((url) => !/echarts-setup/.test(url)),
        'the console’s first load does not carry the chart library',
      );

      // Call reasons: 送料 twice, and the conversations behind it.
      await page.locator('h2', { hasText: labels.reasons }).waitFor();
      const row = page.locator('[data-testid="keywords"] tr', { hasText: '送料' });
      assert.match((await row.textContent()) ?? '', /送料.*2/);
      await row.locator('button').click();
      await page.locator('[data-testid="drill"] li').nth(1).waitFor();
      assert.equal(await page.locator('[data-testid="drill"] li').count(), 2);

      // A downloaded report is a real workbook.
      const download = page.waitForEvent('download');
      await page.locator('button', { hasText: /XLSX/ }).first().click();
      const file = await download;
      assert.match(file.suggestedFilename(), /^weekly-\d{4}-\d{2}-\d{2}\.xlsx$/);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('a customer rates a resolved chat with stars and a comment in the widget (ja)', async () => {
    const admin = await server.api.login(demo.admin.email, demo.admin.password);
    const context = await browser.newContext({ locale: 'ja-JP' });
    const customer = await context.newPage();
    await customer.goto(`${server.url}/demo`);
    await customer.locator('[data-testid="launcher"]').click();
    await customer.locator('[data-testid="input"]').fill('営業時間を教えて');
    await customer.locator('[data-testid="input"]').press('Enter');
    await customer.locator('[data-testid="message"][data-author="bot"]').first().waitFor();
    // The page view was reported as a visit, and the chat made it a visit with a chat.
    const range = `from=${new Date(Date.now() - 3_600_000).toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`;
    let conversion: { visitors: number; visitorsWithoutChat: number } = {
      visitors: 0,
      visitorsWithoutChat: 0,
    };
    for (let i = 0; i < 50 && conversion.visitors < 3; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 100));
      conversion = (await server.api.get(`${tenant}/analytics/summary?${range}`, admin)).body
        .conversion;
    }
    assert.equal(conversion.visitors, 3);
    assert.equal(conversion.visitorsWithoutChat, 2);
    // The widget's own conversation (not the newest of the tenant's: other tests make some too).
    await customer.waitForFunction("localStorage.getItem('tsunagi:demo') !== null");
    const session = JSON.parse(
      (await customer.evaluate("localStorage.getItem('tsunagi:demo')")) as string,
    ) as { conversationId: string };
    const newest = { id: String(session.conversationId) };
    assert.equal(
      (await server.api.post(`${tenant}/conversations/${newest.id}/resolve`, {}, admin)).status,
      200,
    );
    const csat = customer.locator('[data-testid="csat"]');
    await csat.locator('text=今回の対応はいかがでしたか？').waitFor();
    await csat.getByRole('button', { name: '4つ星' }).click();
    await customer.locator('[data-testid="csat-comment"]').fill('早い回答でした');
    await customer.locator('[data-testid="csat-submit"]').click();
    await csat.locator('text=ご回答ありがとうございました。').waitFor();
    await server.services.analytics.flush();
    const drill = await server.api.get(
      `${tenant}/analytics/conversations?from=${new Date(Date.now() - 3_600_000).toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`,
      admin,
    );
    const rated = drill.body.conversations.find((c: { id: string }) => c.id === newest.id);
    assert.equal(rated?.csatScore, 4);
    await context.close();
  });

  test('an agent has no dashboard link and the page is not served to them', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await signInToConsole(page, server.url, demo.agent1.email, demo.agent1.password);
    await page
      .locator('[data-testid="nav-supervisor"], [data-testid="open-palette"]')
      .first()
      .waitFor();
    assert.equal(await page.locator('[data-testid="nav-analytics"]').count(), 0);
    await page.goto(`${server.url}/console/analytics`);
    await page.waitForTimeout(500);
    assert.equal(await page.locator('h1', { hasText: 'Operations analytics' }).count(), 0);
    await context.close();
  });
});
