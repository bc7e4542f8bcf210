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

/** The inbox's callback list never polls: whatever shows within this came over the socket. */
const liveMs = 8_000;
const t = `/api/v1/tenants/${demo.tenantId}`;

describe('browser: callback requests live in the inbox and on the board', {
  skip: browserSkipReason(),
}, () => {
  let server: TestServer;
  let browser: Browser;
  let agent2: string;

  before(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    agent2 = await server.api.login(demo.agent2.email, demo.agent2.password);
  });
  after(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  const book = async (phone: string) => {
    const chat = await startWidgetConversation(server.api, { language: 'ja' });
    const res = await server.api.request(
      'POST',
      `/api/v1/widget/${demo.widgetKey}/conversations/${chat.conversationId}/callbacks`,
      {
        body: {
          phone,
          windowStart: new Date(Date.now() + 3_600_000).toISOString(),
          windowEnd: new Date(Date.now() + 7_200_000).toISOString(),
        },
        token: chat.customerToken,
      },
    );
    assert.equal(res.status, 201);
    return res.body.id as string;
  };

  const signIn = async (email: string, password: string, locale: string) => {
    const page = await (
      await browser.newContext({ locale, viewport: { width: 1366, height: 900 } })
    ).newPage();
    await signInToConsole(page, server.url, email, password);
    return page;
  };

  /** The inbox's callback row showing this (E.164) number. */
  const row = (page: Page, phone: string) =>
    page.locator('.inbox [data-testid="inbox-callback"]').filter({ hasText: phone });

  test('an operator sees requests arrive, get claimed by a colleague and close, without reloading (ja)', async () => {
    const page = await signIn(demo.agent1.email, demo.agent1.password, 'ja-JP');
    const section = page.locator('.inbox [data-testid="inbox-callbacks"]');
    await section.waitFor();
    assert.equal(
      await section.locator('[data-testid="inbox-callbacks-count"] [aria-hidden]').innerText(),
      '0',
    );

    const first = await book('090-5555-1111');
    await row(page, '+819055551111').waitFor({ timeout: liveMs });
    assert.equal(
      await section.locator('[data-testid="inbox-callbacks-count"] [aria-hidden]').innerText(),
      '1',
    );
    assert.match(await row(page, '+819055551111').innerText(), /未対応/);

    // A colleague claims it: the row says so.
    assert.equal((await server.api.post(`${t}/callbacks/${first}/claim`, {}, agent2)).status, 200);
    await row(page, '+819055551111')
      .locator('[data-testid="inbox-callback-status"]', { hasText: '対応中' })
      .waitFor({ timeout: liveMs });
    assert.equal(
      await section.locator('[data-testid="inbox-callbacks-count"] [aria-hidden]').innerText(),
      '0',
    );

    // This operator claims another from the inbox.
    await book('090-5555-2222');
    const mine = row(page, '+819055552222');
    await mine.waitFor({ timeout: liveMs });
    await mine.getByRole('button', { name: '担当する' }).click();
    await mine
      .locator('[data-testid="inbox-callback-status"]', { hasText: 'あなた' })
      .waitFor({ timeout: liveMs });

    // Done: it leaves the list.
    assert.equal(
      (await server.api.post(`${t}/callbacks/${first}/complete`, {}, agent2)).status,
      200,
    );
    await row(page, '+819055551111').waitFor({ state: 'detached', timeout: liveMs });
  });

  test('the supervisor board counts and lists a new request at once (en)', async () => {
    const page = await signIn(demo.admin.email, demo.admin.password, 'en-US');
    await page.locator('[data-testid="nav-supervisor"]').click();
    const card = page.locator('[data-testid="callback-summary"]');
    await card.waitFor();
    const waiting = card
      .locator('div', { has: page.locator('dt', { hasText: /^Waiting$/ }) })
      .locator('dd');
    const before = Number(await waiting.innerText());
    await book('090-5555-3333');
    const deadline = Date.now() + liveMs;
    while (Number(await waiting.innerText()) !== before + 1 && Date.now() < deadline) {
      await page.waitForTimeout(100);
    }
    assert.equal(Number(await waiting.innerText()), before + 1, 'the Waiting count');
    await page
      .locator('.supervisor__card [data-testid="inbox-callback"]', { hasText: '+819055553333' })
      .waitFor({ timeout: liveMs });
  });
});
