import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, launchChromium } from '../support/browser.js';
import { eventually, startMailSink } from '../support/channel-stand-ins.js';
import {
  connectSocket,
  demo,
  nextEvent,
  startTestServer,
  type TestServer,
} from '../support/harness.js';
import { signedContact } from '../support/identity.js';

describe('browser: the widget when nobody can answer, transcripts and typing', {
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

  const openWidget = async (locale: string): Promise<Page> => {
    const page = await (await browser.newContext({ locale })).newPage();
    await page.goto(`${server.url}/demo`);
    await page.locator('[data-testid="launcher"]').click();
    return page;
  };
  const say = async (page: Page, text: string) => {
    const input = page.locator('[data-testid="input"]');
    await input.fill(text);
    await input.press('Enter');
  };

  test('no operator online: the customer leaves a message that opens a form conversation', async () => {
    const page = await openWidget('ja-JP');
    await say(page, '注文番号 A-10293 の荷物が届きません');
    await say(page, '人と話したい');
    const offer = page.locator('[data-testid="offer"]');
    await offer.waitFor();
    assert.match(await offer.innerText(), /オペレーターが不在/);
    await page.locator('[data-testid="leave-message"]').click();

    const form = page.locator('[data-testid="form-panel"]');
    await form.waitFor();
    const message = form.locator('textarea[name="text"]');
    assert.match(await message.inputValue(), /A-10293/, 'what the customer wrote is carried over');
    // Sending without the required fields is stopped in the browser and stores nothing.
    await form.locator('button[type="submit"]').click();
    await form.locator('input[name="name"]').fill('山田 花子');
    await form.locator('input[name="email"]').fill('hanako@example.jp');
    await form.locator('button[type="submit"]').click();
    await form.locator('.panel-result[data-kind="ok"]').waitFor();
    assert.match(await form.locator('.panel-result').innerText(), /hanako@example\.jp/);

    const admin = await server.api.login(demo.admin.email, demo.admin.password);
    const list = await server.api.get(`/api/v1/tenants/${demo.tenantId}/conversations`, admin);
    const forms = list.body.conversations.filter((c: { channel: string }) => c.channel === 'form');
    assert.equal(forms.length, 1, 'exactly one form conversation');

    // Escape closes the panel and the conversation is back.
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="input"]').waitFor();
  });

  test('the customer emails themselves the transcript from the widget', async () => {
    const page = await openWidget('en-US');
    // The shop's server signed the logged-in customer's email; the page tells the widget.
    const admin = await server.api.login(demo.admin.email, demo.admin.password);
    const identity = await signedContact(server.api, admin, demo.tenantId, {
      email: 'taro@example.com',
    });
    await page.evaluate((i) => {
      (globalThis as unknown as { Tsunagi: { identify: (x: unknown) => void } }).Tsunagi.identify(
        i,
      );
    }, identity);
    await say(page, 'How much is shipping?');
    await page
      .locator('[data-testid="message"][data-author="bot"]:not([data-greeting])')
      .first()
      .waitFor();
    await page.locator('[data-testid="email-transcript"]').click();
    const panel = page.locator('[data-testid="transcript-panel"]');
    await panel.locator('input[name="email"]').fill('not-an-address');
    await panel.locator('button[type="submit"]').click();
    assert.equal(await panel.locator('.panel-result[data-kind="ok"]').count(), 0);
    // Only the verified address: the widget cannot mail anyone else.
    await panel.locator('input[name="email"]').fill('someone@else.example');
    await panel.locator('button[type="submit"]').click();
    await panel.locator('.panel-result[data-kind="error"]').waitFor();
    await panel.locator('input[name="email"]').fill('taro@example.com');
    await panel.locator('button[type="submit"]').click();
    await panel.locator('.panel-result[data-kind="ok"]').waitFor();
    assert.match(await panel.locator('.panel-result').innerText(), /Sent to taro@example\.com/);
    const mail = await eventually(
      () => sink.mails.find((m) => m.rcpt.includes('taro@example.com')),
      'the transcript mail',
    );
    assert.match(mail.parsed.text ?? '', /How much is shipping\?/);
    assert.equal(sink.mails.filter((m) => m.rcpt.includes('someone@else.example')).length, 0);
  });

  test('typing travels both ways between the widget and the operator', async () => {
    const page = await openWidget('en-US');
    await say(page, 'talk to a human');
    await page.locator('[data-testid="status"][data-status="queued"]').waitFor();
    const conversationId = await page.evaluate(() => {
      // Runs in the page, where localStorage exists.
      const storage = (
        globalThis as unknown as { localStorage: { getItem: (k: string) => string | null } }
      ).localStorage;
      const key = Object.keys(storage).find((k) => /^tsunagi:[^:]+$/.test(k));
      return key ? (JSON.parse(storage.getItem(key) ?? '{}').conversationId as string) : '';
    });
    assert.ok(conversationId);
    const token = await server.api.login(demo.agent1.email, demo.agent1.password);
    const taken = await server.api.post(
      `/api/v1/tenants/${demo.tenantId}/conversations/${conversationId}/assign`,
      {},
      token,
    );
    assert.equal(taken.status, 200, JSON.stringify(taken.body));
    await page.locator('[data-testid="status"][data-status="assigned"]').waitFor();

    const agent = await connectSocket(server.url, '/agent', { token });
    try {
      const heard = nextEvent(
        agent,
        'typing',
        (e: { conversationId: string; author: string; isTyping: boolean }) =>
          e.conversationId === conversationId && e.author === 'customer' && e.isTyping,
      );
      await page.locator('[data-testid="input"]').pressSequentially('Hello', { delay: 20 });
      await heard;

      const dots = page.locator('[data-testid="typing"]');
      assert.equal(await dots.isVisible(), false);
      agent.emit('typing', { conversationId, isTyping: true });
      await dots.waitFor({ state: 'visible' });
      assert.equal(await dots.getAttribute('aria-label'), 'The operator is typing');
      agent.emit('typing', { conversationId, isTyping: false });
      await dots.waitFor({ state: 'hidden' });
    } finally {
      agent.close();
    }
  });
});
