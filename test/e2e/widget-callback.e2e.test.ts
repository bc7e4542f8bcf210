import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchChromium } from '../support/browser.js';
import { eventually } from '../support/channel-stand-ins.js';
import { demo, type Json, startTestServer, type TestServer } from '../support/harness.js';

describe('browser: asking for a call back from the chat widget', {
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

  test('a bad number is explained; a good one books the window the customer chose', async () => {
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    await page.goto(`${server.url}/demo`);
    await page.locator('[data-testid="launcher"]').click();
    const input = page.locator('[data-testid="input"]');
    await input.fill('こんにちは');
    await input.press('Enter');
    const button = page.locator('[data-testid="request-callback"]');
    await button.waitFor();
    await button.click();
    const panel = page.locator('[data-testid="callback-panel"]');
    await panel.waitFor();
    // Tomorrow in Japan, 14:00 to 16:00.
    const tomorrow = new Date(Date.now() + 9 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
    await panel.locator('input[name="date"]').fill(tomorrow);
    await panel.locator('input[name="from"]').fill('14:00');
    await panel.locator('input[name="to"]').fill('16:00');
    await panel.locator('input[name="phone"]').fill('12345');
    await panel.locator('button[type="submit"]').click();
    const result = panel.locator('.panel-result');
    await eventually(
      async () => (await result.getAttribute('data-kind')) === 'error' || undefined,
      'the refusal',
    );
    assert.match(await result.innerText(), /phone number/);

    await panel.locator('input[name="phone"]').fill('090-1234-5678');
    await panel.locator('button[type="submit"]').click();
    await eventually(
      async () => (await result.getAttribute('data-kind')) === 'ok' || undefined,
      'the booking',
    );
    assert.match(await result.innerText(), /承りました/);

    const admin = await server.api.login(demo.admin.email, demo.admin.password);
    const list = await server.api.get(`/api/v1/tenants/${demo.tenantId}/callbacks`, admin);
    const [booked] = list.body.callbacks as Json[];
    assert.equal(booked.phone, '+819012345678');
    assert.equal(booked.windowStart, `${tomorrow}T05:00:00.000Z`);
    assert.equal(booked.windowEnd, `${tomorrow}T07:00:00.000Z`);
    await context.close();
  });
});
