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

    // Shown today already: a reload waits past the delay without a bubble.
    await page.reload();
    await page.waitForTimeout(3000);
    assert.equal(await bubble.isVisible(), false);
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
