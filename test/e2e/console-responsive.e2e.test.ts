import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { eventually, startMailSink } from '../support/channel-stand-ins.js';
import {
  demo,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from '../support/harness.js';

type Box = { left: number; right: number; top: number; bottom: number; width: number };

/** Where the top bar's parts are, and how wide the page is (a string: no bundler helpers in the page). */
const measure = (page: Page) =>
  page.evaluate(`(() => {
    const box = (selector) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const r = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const isShown = style.display !== 'none' && style.visibility !== 'hidden' && r.width > 0;
      return isShown ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width } : null;
    };
    return {
      viewport: window.innerWidth,
      viewportHeight: window.innerHeight,
      pageWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      brand: box('.topbar__brand'),
      name: box('.topbar__name'),
      product: box('.topbar__product'),
      nav: box('[data-testid="topbar-nav"]'),
      tools: box('[data-testid="topbar-tools"]'),
      presence: box('[data-testid="presence"]'),
      logout: box('[data-testid="logout"]'),
    };
  })()`) as Promise<{
    viewport: number;
    viewportHeight: number;
    pageWidth: number;
    brand: Box | null;
    name: Box | null;
    product: Box | null;
    nav: Box | null;
    tools: Box | null;
    presence: Box | null;
    logout: Box | null;
  }>;

const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

const isInside = (box: Box | null, width: number, height: number) =>
  box !== null && box.left >= 0 && box.right <= width + 0.5 && box.top >= 0 && box.bottom <= height;

describe('browser: the console fits the screen and survives a reload', {
  skip: browserSkipReason(),
}, () => {
  let server: TestServer;
  let browser: Browser;
  let sink: Awaited<ReturnType<typeof startMailSink>>;

  before(async () => {
    sink = await startMailSink();
    server = await startTestServer({ name: 'sqlite' }, { SMTP_URL: sink.url });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.cleanup();
    await sink?.close();
  });

  for (const size of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`the top bar at ${size.width}×${size.height} in Japanese: no overlap, no sideways scrolling, status and logout in view`, async () => {
      const context = await browser.newContext({ locale: 'ja-JP', viewport: size });
      const page = await context.newPage();
      await page.addInitScript("localStorage.setItem('tsunagi.console.language', 'ja')");
      // The admin has the most links in the top bar.
      await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
      await page.locator('[data-testid="presence"]').waitFor();
      await page.locator('[data-testid="connection"][data-state="connected"]').waitFor();
      const m = await measure(page);
      assert.ok(
        m.pageWidth <= m.viewport,
        `page ${m.pageWidth} px wide in a ${m.viewport} px window`,
      );
      assert.ok(isInside(m.presence, m.viewport, m.viewportHeight), 'status select in view');
      assert.ok(isInside(m.logout, m.viewport, m.viewportHeight), 'logout in view');
      assert.ok(m.brand && m.name && m.nav && m.tools);
      assert.ok(isInside(m.name, m.viewport, m.viewportHeight), 'the product name in view');
      for (const [label, other] of [
        ['pages', m.nav],
        ['tools', m.tools],
      ] as const) {
        assert.ok(!overlaps(m.brand, other), `the product name is not under the ${label}`);
      }
      assert.ok(!overlaps(m.nav, m.tools), 'pages and tools apart');
      if (size.width >= 1280) {
        assert.ok(
          m.product && !overlaps(m.product, m.nav),
          'the console name shows, clear of the links',
        );
      }
      await context.close();
    });
  }

  test('a page reload keeps the agent online and their unanswered chat', async () => {
    const { api } = server;
    const adminToken = await api.login(demo.admin.email, demo.admin.password);
    // Unanswered chats of an away agent go back to the queue after 1 s.
    await api.put(
      `/api/v1/tenants/${demo.tenantId}/routing/settings`,
      { awayGraceSeconds: 1 },
      adminToken,
    );
    const agentToken = await api.login(demo.agent1.email, demo.agent1.password);
    const agentId = (await api.get('/api/v1/auth/me', agentToken)).body.user.id as string;

    const context = await browser.newContext({
      locale: 'ja-JP',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await signInToConsole(page, server.url, demo.agent1.email, demo.agent1.password);
    await page.locator('[data-testid="connection"][data-state="connected"]').waitFor();
    await page.locator('[data-testid="presence"]').selectOption('online');
    const statusOf = async () =>
      (await api.get('/api/v1/auth/me', agentToken)).body.user.status as string;
    for (let i = 0; i < 50 && (await statusOf()) !== 'online'; i++) await page.waitForTimeout(100);
    assert.equal(await statusOf(), 'online');

    const chat = await startWidgetConversation(api, { language: 'ja' });
    await chat.send('人と話したい');
    const conversation = async () =>
      (
        await api.get(
          `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}`,
          adminToken,
        )
      ).body.conversation as { status: string; assigneeId: string | null };
    assert.equal((await conversation()).assigneeId, agentId);

    await page.reload();
    await page.locator('[data-testid="connection"][data-state="connected"]').waitFor();
    // Longer than the re-routing grace: an agent set away by the reload would have lost it.
    await page.waitForTimeout(2500);
    assert.equal(await statusOf(), 'online', 'still online after the reload');
    assert.equal(await page.locator('[data-testid="presence"]').inputValue(), 'online');
    const after = await conversation();
    assert.equal(after.status, 'assigned');
    assert.equal(after.assigneeId, agentId, 'the chat stays with the agent');
    await context.close();
  });

  test('after hours the widget never says an operator is being connected', async () => {
    const { api } = server;
    const adminToken = await api.login(demo.admin.email, demo.admin.password);
    const today = new Date().toISOString().slice(0, 10);
    const dayShift = [{ open: '09:00', close: '17:00' }];
    const everyDay = Object.fromEntries(
      ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, dayShift]),
    );
    // Nobody on shift: the bot's reply is all the customer gets.
    const agentToken = await api.login(demo.agent1.email, demo.agent1.password);
    await api.put(
      `/api/v1/tenants/${demo.tenantId}/agents/me/status`,
      { status: 'offline' },
      agentToken,
    );
    const settings = `/api/v1/tenants/${demo.tenantId}/routing/settings`;
    await api.put(
      settings,
      { timeZone: 'UTC', businessHours: everyDay, holidays: [today] },
      adminToken,
    );
    try {
      const page = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
      await page.goto(`${server.url}/demo`);
      await page.locator('[data-testid="launcher"]').click();
      const input = page.locator('[data-testid="input"]');
      await input.fill('人と話したい');
      await input.press('Enter');
      await page.locator('[data-testid="status"][data-status="queued"]').waitFor();
      const bot = page.locator('[data-testid="message"][data-author="bot"]', {
        hasText: '営業時間外',
      });
      await bot.waitFor();
      await page.locator('[data-testid="offer"]').waitFor();
      const shown = await page.locator('[data-testid="messages"]').innerText();
      const status = await page.locator('[data-testid="status"]').innerText();
      assert.doesNotMatch(`${shown}\n${status}`, /おつなぎ/);
      assert.match(await bot.innerText(), /9:00/, 'says when a person will answer');
    } finally {
      await api.put(settings, { businessHours: null, holidays: [] }, adminToken);
    }
  });

  test('a form inquiry shows the form’s fields on the handoff card, labelled in Japanese', async () => {
    const { api } = server;
    const form = await api.post(`/api/v1/widget/${demo.widgetKey}/form`, {
      name: '佐々木 花子',
      email: 'hanako.card@example.jp',
      subject: '法人契約',
      text: '法人契約の切り替えについて相談したいです。',
      language: 'ja',
    });
    assert.equal(form.status, 201);
    // The inquiry goes on once the address is confirmed from the link mailed to it.
    const mail = await eventually(
      () => sink.mails.find((m) => m.rcpt.includes('hanako.card@example.jp')),
      'the confirmation link',
    );
    const token = /confirm\/form\?token=([^&\s]+)/.exec(mail.parsed.text ?? '')?.[1];
    assert.ok(token, 'a confirmation link');
    const confirmed = await api.post('/api/v1/forms/confirm', { token: decodeURIComponent(token) });
    assert.equal(confirmed.status, 200);
    const page = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await page.addInitScript("localStorage.setItem('tsunagi.console.language', 'ja')");
    await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
    await page.locator('[data-testid="connection"][data-state="connected"]').waitFor();
    await page.goto(`${server.url}/console/conversations/${form.body.conversationId}`);
    const card = page.locator('[data-testid="handoff-form"]');
    await card.waitFor();
    const text = await card.innerText();
    for (const expected of [
      'お名前',
      '佐々木 花子',
      'メールアドレス',
      'hanako.card@example.jp',
      '件名',
      '法人契約',
    ]) {
      assert.ok(text.includes(expected), `${expected} in ${text}`);
    }
    assert.match(
      await page.locator('[data-testid="handoff-card"] .handoff__reason').innerText(),
      /お問い合わせフォーム/,
    );
  });
});
