import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchChromium } from '../support/browser.js';
import { demo, startTestServer, type TestServer } from '../support/harness.js';

describe('browser: proactive widget triggers', { skip: browserSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let admin: string;

  before(async () => {
    server = await startTestServer({ name: 'sqlite' });
    browser = await launchChromium();
    admin = await server.api.login(demo.admin.email, demo.admin.password);
  });
  after(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  const setTriggers = async (triggers: unknown[]) => {
    const res = await server.api.put(
      `/api/v1/tenants/${demo.tenantId}/widget-triggers`,
      { triggers },
      admin,
    );
    assert.equal(res.status, 200);
  };

  /** The first conversation's messages as [author, text], once it has at least `count`. */
  const eventuallyMessages = async (count: number): Promise<string[][]> => {
    for (let i = 0; i < 100; i++) {
      const res = await server.api.get(`/api/v1/tenants/${demo.tenantId}/conversations`, admin);
      const [first] = res.body.conversations;
      if (first) {
        const one = await server.api.get(
          `/api/v1/tenants/${demo.tenantId}/conversations/${first.id}`,
          admin,
        );
        const messages = one.body.messages as Array<{ author: string; text: string }>;
        if (messages.length >= count) return messages.map((m) => [m.author, m.text]);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no conversation with ${count} messages`);
  };

  test('after 2 s on /demo the bubble shows; opening it shows the message first, once a day', async () => {
    await setTriggers([
      {
        id: 'demo-2s',
        message: { ja: 'お探しの商品は見つかりましたか？', en: 'Finding what you need?' },
        when: { urlContains: '/demo', secondsOnPage: 2 },
      },
    ]);
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    const started = Date.now();
    await page.goto(`${server.url}/demo`);
    const bubble = page.locator('[data-testid="proactive-bubble"]');
    await bubble.waitFor({ timeout: 10_000 });
    assert.ok(Date.now() - started >= 1900, 'not before two seconds on the page');
    assert.equal(await bubble.innerText(), 'Finding what you need?');
    await bubble.click();
    const first = page.locator('[data-testid="message"][data-greeting="true"]');
    await first.waitFor();
    assert.equal(await first.innerText(), 'Finding what you need?');
    assert.equal(await bubble.isVisible(), false);

    // Starting the conversation records the message as the bot's first, before the customer's.
    const input = page.locator('[data-testid="input"]');
    await input.fill('Yes, where are the sizes?');
    await input.press('Enter');
    const texts = await eventuallyMessages(2);
    assert.deepEqual(texts.slice(0, 2), [
      ['bot', 'Finding what you need?'],
      ['customer', 'Yes, where are the sizes?'],
    ]);

    // Shown today already: a reload waits past the delay without a bubble.
    await page.reload();
    await page.waitForTimeout(3000);
    assert.equal(await bubble.isVisible(), false);
  });

  test('the server keeps the visitor limit even when the page forgets what it showed', async () => {
    await setTriggers([
      {
        id: 'once-only',
        message: { en: 'Just once' },
        when: { url: { match: 'prefix', pattern: '/demo' } },
        visitorLimit: { once: true },
      },
    ]);
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(`${server.url}/demo`);
    const bubble = page.locator('[data-testid="proactive-bubble"]');
    await bubble.waitFor({ timeout: 10_000 });
    assert.equal(await bubble.innerText(), 'Just once');

    // The page's own record of shown rules is wiped; the visitor id stays, and so does the limit.
    const key = `tsunagi:${demo.widgetKey}:triggers`;
    await page.evaluate(`(() => {
      const state = JSON.parse(localStorage.getItem('${key}'));
      state.shown = {};
      localStorage.setItem('${key}', JSON.stringify(state));
    })()`);
    await page.reload();
    await page.locator('[data-testid="launcher"]').waitFor();
    await page.waitForTimeout(1500);
    assert.equal(await bubble.isVisible(), false, 'the server said no');

    // Another visitor still sees it.
    const other = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await other.goto(`${server.url}/demo`);
    await other.locator('[data-testid="proactive-bubble"]').waitFor({ timeout: 10_000 });
  });

  test('a returning-visitor rule shows only on the second visit', async () => {
    await setTriggers([
      { id: 'back', message: { en: 'Welcome back!' }, when: { returningVisitor: true } },
    ]);
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(`${server.url}/demo`);
    await page.locator('[data-testid="launcher"]').waitFor();
    await page.waitForTimeout(1500);
    const bubble = page.locator('[data-testid="proactive-bubble"]');
    assert.equal(await bubble.isVisible(), false, 'no bubble on the first visit');

    // An hour later is a new visit.
    const key = `tsunagi:${demo.widgetKey}:triggers`;
    await page.evaluate(`(() => {
      const state = JSON.parse(localStorage.getItem('${key}'));
      state.lastSeen -= 60 * 60000;
      localStorage.setItem('${key}', JSON.stringify(state));
    })()`);
    await page.reload();
    await bubble.waitFor({ timeout: 10_000 });
    assert.equal(await bubble.innerText(), 'Welcome back!');
  });
});
