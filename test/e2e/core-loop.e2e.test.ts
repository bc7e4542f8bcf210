import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { demo, startTestServer, type TestServer } from '../support/harness.js';

describe('browser: a customer on /demo reaches an operator in the console', {
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

  test('widget → bot → handoff → console → reply → widget', async () => {
    const customer = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await customer.goto(`${server.url}/demo`);
    await customer.locator('[data-testid="launcher"]').click();
    const input = customer.locator('[data-testid="input"]');
    await input.fill('送料はいくらですか？');
    await input.press('Enter');
    await customer
      .locator('[data-testid="message"][data-author="bot"]', { hasText: '550円' })
      .waitFor();

    // Enter that confirms an IME conversion must not send.
    await input.fill('にんげん');
    await input.evaluate((el) => {
      // Runs in the page, where KeyboardEvent exists.
      const Keyboard = (
        globalThis as unknown as { KeyboardEvent: new (type: string, init: object) => Event }
      ).KeyboardEvent;
      el.dispatchEvent(
        new Keyboard('keydown', {
          key: 'Enter',
          code: 'Enter',
          isComposing: true,
          bubbles: true,
          cancelable: true,
        }),
      );
    });
    await customer.waitForTimeout(300);
    assert.equal(
      await customer.locator('[data-testid="message"][data-author="customer"]').count(),
      1,
    );
    assert.equal(await input.inputValue(), 'にんげん');

    await input.fill('人と話したい');
    await input.press('Enter');
    await customer
      .locator('[data-testid="message"][data-author="bot"]', { hasText: 'オペレーター' })
      .waitFor();

    const agent = await (
      await browser.newContext({ locale: 'ja-JP', viewport: { width: 1366, height: 800 } })
    ).newPage();
    await signInToConsole(agent, server.url, demo.agent1.email, demo.agent1.password);
    await agent.locator('[data-testid="presence"]').selectOption('online');

    await agent.locator('[data-testid="tab-mine"]').click();
    const row = agent.locator('[data-testid="conversation-row"]').first();
    await row.waitFor();
    await row.click();
    const card = agent.locator('[data-testid="handoff-card"]');
    await card.waitFor();
    assert.match(
      (await agent.locator('[data-testid="handoff-summary"]').textContent()) ?? '',
      /送料|人と話したい/,
    );

    const reply = agent.locator('[data-testid="reply-input"]');
    await reply.fill('佐藤です。送料について確認いたします。');
    await agent.locator('[data-testid="reply-send"]').click();

    await customer
      .locator('[data-testid="message"][data-author="agent"]', {
        hasText: '佐藤です。送料について確認いたします。',
      })
      .waitFor();
    await customer.locator('[data-testid="status"]', { hasText: '佐藤' }).waitFor();
  });
});
