import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import {
  demo,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from '../support/harness.js';

const supervisorUser = {
  email: 'qa-supervisor@demo.tsunagi.local',
  password: 'supervisor-pass-1',
  name: '品質 さくら',
};

/** Alerts are pushed: the page does not poll, so anything seen came over the socket. */
const liveMs = 8_000;

describe('browser: the supervisor’s quality page shows live alerts and the review queue (ja, en)', {
  skip: browserSkipReason(),
}, () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    const adminToken = await server.api.login(demo.admin.email, demo.admin.password);
    const created = await server.api.post(
      `/api/v1/tenants/${demo.tenantId}/users`,
      { ...supervisorUser, role: 'supervisor', languages: ['ja'] },
      adminToken,
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
  });
  after(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  async function openQualityPage(locale: string): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await signInToConsole(page, server.url, supervisorUser.email, supervisorUser.password);
    await page.locator('[data-testid="nav-quality"]').click();
    await page.waitForURL(/\/console\/quality$/);
    return page;
  }

  for (const [locale, labels] of [
    [
      'ja-JP',
      {
        alerts: 'リアルタイムアラート',
        rule: 'エスカレーション・脅し',
        severity: '高',
        saved: 'レビューを保存しました。',
        review: 'レビュー',
      },
    ],
    [
      'en-US',
      {
        alerts: 'Live alerts',
        rule: 'Escalation or threat',
        severity: 'high',
        saved: 'Review saved.',
        review: 'Review',
      },
    ],
  ] as const) {
    test(`a customer's escalation appears at once, and the reviewer scores it (${locale})`, async () => {
      const page = await openQualityPage(locale);
      await page.getByRole('heading', { name: labels.alerts, exact: true }).waitFor();
      // Let the page's socket connect before the customer writes.
      await page.waitForTimeout(500);
      const chat = await startWidgetConversation(server.api);
      const sent = await chat.send(`${locale} もういい、責任者を出せ`);
      assert.equal(sent.status, 200);
      const alert = page.locator('[data-testid="qa-alert"]').first();
      await alert.waitFor({ timeout: liveMs });
      const text = await alert.textContent();
      assert.ok(text?.includes('責任者を出せ'), text ?? '');
      assert.ok(text?.includes(labels.rule), text ?? '');
      assert.ok(text?.includes(labels.severity), text ?? '');
      assert.equal(
        await alert.locator('a').getAttribute('href'),
        `/console/conversations/${chat.conversationId}`,
      );

      // The conversation is in the review queue, its finding spelled out; score it.
      const item = page
        .locator('[data-testid="qa-queue-item"]')
        .filter({ has: page.locator(`a[href="/console/conversations/${chat.conversationId}"]`) });
      await item.waitFor({ timeout: liveMs });
      assert.ok((await item.textContent())?.includes('責任者を出せ'));
      await item.getByRole('button', { name: labels.review }).click();
      const form = item.locator('[data-testid="review-form"]');
      await form.locator('select').first().selectOption('2');
      await form.locator('textarea').fill('Escalated without empathy');
      await form.locator('button[type="submit"]').click();
      await page.getByText(labels.saved).waitFor();
      await item.waitFor({ state: 'detached', timeout: liveMs });
      const reviews = await server.api.get(
        `/api/v1/tenants/${demo.tenantId}/qa/reviews`,
        await server.api.login(supervisorUser.email, supervisorUser.password),
      );
      assert.ok(
        reviews.body.reviews.some(
          (r: { conversationId: string; comment: string }) =>
            r.conversationId === chat.conversationId && r.comment === 'Escalated without empathy',
        ),
      );
      await page.context().close();
    });
  }

  test('a supervisor working in the inbox is told at once (ja)', async () => {
    const context = await browser.newContext({
      locale: 'ja-JP',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await signInToConsole(page, server.url, supervisorUser.email, supervisorUser.password);
    await page.locator('[data-testid="nav-quality"]').waitFor();
    await page.waitForTimeout(500);
    const chat = await startWidgetConversation(server.api);
    await chat.send('もう解約します');
    const notice = page.locator('.notice', { hasText: '品質アラート' });
    await notice.waitFor({ timeout: liveMs });
    assert.match((await notice.textContent()) ?? '', /エスカレーション・脅し:「解約します」/);
    await context.close();
  });

  test('the workforce page computes staffing (en) and shows utilisation bands (ja)', async () => {
    const page = await openQualityPage('en-US');
    await page.goto(`${server.url}/console/workforce`);
    await page.getByRole('heading', { name: 'Workforce' }).waitFor();
    await page.locator('[data-testid="wf-staffing"] button[type="submit"]').click();
    const result = page.locator('[data-testid="wf-staffing-result"]');
    await result.waitFor();
    assert.match((await result.textContent()) ?? '', /^14 agents: service level 89%/);
    await page.context().close();

    const ja = await openQualityPage('ja-JP');
    await ja.goto(`${server.url}/console/workforce`);
    await ja.getByRole('heading', { name: '稼働状況と要員計画' }).waitFor();
    await ja.getByText('必要人数（アーラン C／アーラン A）').waitFor();
    // The supervisor's own console reported activity for this minute: a row with a band in Japanese.
    const token = await server.api.login(supervisorUser.email, supervisorUser.password);
    await server.api.post(
      `/api/v1/tenants/${demo.tenantId}/agents/me/activity`,
      { minuteStart: new Date().toISOString(), keys: 3, clicks: 1, focusedSeconds: 40 },
      token,
    );
    await ja.reload();
    const row = ja.locator('[data-testid="wf-agent"]').filter({ hasText: supervisorUser.name });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /余裕あり|適正|過負荷/);
    await ja.context().close();
  });
});
