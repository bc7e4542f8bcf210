import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import nodemailer from 'nodemailer';
import type { Browser } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { eventually } from '../support/channel-stand-ins.js';
import { demo, type Json, startTestServer, type TestServer } from '../support/harness.js';

// On the installation's own mail domain (MAIL_DOMAINS), named for the tenant: no proof needed.
const address = 'demo-care@shop.test';

describe('browser: delivery state and attachments in the conversation view', {
  skip: browserSkipReason(),
}, () => {
  let server: TestServer;
  let browser: Browser;
  let relay: SMTPServer;
  let conversationId: string;

  before(async () => {
    // A relay that refuses the customer's address for good.
    relay = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onRcptTo(_rcpt, _session, callback) {
        callback(Object.assign(new Error('5.1.1 Mailbox unavailable'), { responseCode: 550 }));
      },
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const relayPort = (relay.server.address() as AddressInfo).port;
    server = await startTestServer(undefined, {
      MAIL_DOMAINS: 'shop.test',
      SMTP_PORT: 'random',
      SMTP_URL: `smtp://127.0.0.1:${relayPort}`,
    });
    browser = await launchChromium();
    const admin = await server.api.login(demo.admin.email, demo.admin.password);
    const created = await server.api.post(
      `/api/v1/tenants/${demo.tenantId}/channels`,
      { type: 'email', address },
      admin,
    );
    assert.equal(created.status, 201);
    // A real mail from the mail gem's suite: a raw 8-bit UTF-8 attachment name.
    const raw = readFileSync(
      new URL('../fixtures/channels/mail/attachment_nonascii_filename.eml', import.meta.url),
    )
      .toString('latin1')
      .replace('To: blah@example.com', `To: ${address}`);
    await nodemailer
      .createTransport({
        host: '127.0.0.1',
        port: server.smtpPort as number,
        secure: false,
        ignoreTLS: true,
      })
      .sendMail({
        envelope: { from: 'foo@example.com', to: [address] },
        raw: Buffer.from(raw, 'latin1'),
      });
    conversationId = await eventually(async () => {
      const res = await server.api.get(`/api/v1/tenants/${demo.tenantId}/conversations`, admin);
      const mail = (res.body.conversations as Json[]).find((c) => c.channel === 'email');
      if (!mail) return undefined;
      const detail = await server.api.get(
        `/api/v1/tenants/${demo.tenantId}/conversations/${mail.id}`,
        admin,
      );
      const bot = (detail.body.messages as Json[]).find((m) => m.author === 'bot');
      return bot?.delivery?.status === 'failed' ? (mail.id as string) : undefined;
    }, 'the refused answer');
  });
  after(async () => {
    await browser?.close();
    await server?.cleanup();
    await new Promise<void>((resolve) => relay.close(() => resolve()));
  });

  for (const [locale, failed, reason] of [
    ['ja-JP', '送信失敗', '理由:'],
    ['en-US', 'Not delivered', 'Reason:'],
  ] as const) {
    test(`a refused answer reads as not delivered, with the reason; the file downloads (${locale})`, async () => {
      const context = await browser.newContext({
        locale,
        viewport: { width: 1366, height: 860 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
      await page.locator('[data-testid="presence"]').waitFor();
      await page.goto(`${server.url}/console/conversations/${conversationId}`);
      const badge = page.locator('[data-testid="delivery"][data-status="failed"]').first();
      await badge.waitFor();
      const text = await badge.innerText();
      assert.ok(text.includes(failed), text);
      assert.ok(text.includes(reason) && text.includes('550'), text);

      const file = page.locator('[data-testid="attachment"]', { hasText: 'ciële.txt' });
      await file.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), file.click()]);
      assert.equal(download.suggestedFilename(), 'ciële.txt');
      const path = await download.path();
      assert.equal(readFileSync(path, 'utf8').trim(), 'Hi there.');
      await context.close();
    });
  }

  test('an agent sends a file from the console: it shows in the thread with its delivery state', async () => {
    const context = await browser.newContext({
      locale: 'ja-JP',
      viewport: { width: 1366, height: 860 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
    await page.locator('[data-testid="presence"]').waitFor();
    await page.goto(`${server.url}/console/conversations/${conversationId}`);
    await page.locator('[data-testid="send-file"]').waitFor();
    await page.locator('[data-testid="send-file-input"]').setInputFiles({
      name: '見積書.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    const mine = page.locator('[data-testid="message"][data-author="agent"]', {
      hasText: '📎 見積書.pdf',
    });
    await mine.waitFor();
    await mine.locator('[data-testid="attachment"]', { hasText: '見積書.pdf' }).waitFor();
    // The relay refuses this customer: the console says so instead of showing it as sent.
    await mine
      .locator('[data-testid="delivery"][data-status="failed"]')
      .waitFor({ timeout: 15_000 });
    await context.close();
  });
});
