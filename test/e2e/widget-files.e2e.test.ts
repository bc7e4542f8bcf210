import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchChromium } from '../support/browser.js';
import { eventually } from '../support/channel-stand-ins.js';
import { demo, type Json, startTestServer, type TestServer } from '../support/harness.js';

// A 1×1 PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('browser: files in the chat widget', { skip: browserSkipReason() }, () => {
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

  test('a customer sends a picture, a refused type is explained, the agent’s file downloads', async () => {
    const context = await browser.newContext({ locale: 'ja-JP', acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/demo`);
    await page.locator('[data-testid="launcher"]').click();
    const fileInput = page.locator('[data-testid="file-input"]');

    // Refused in the widget before anything is sent: a type the server would not take.
    await fileInput.setInputFiles({
      name: 'page.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<b>x</b>'),
    });
    const notice = page.locator('[data-testid="notice"]');
    await notice.waitFor();
    assert.match(await notice.innerText(), /送れません/);

    await fileInput.setInputFiles({ name: '破損写真.png', mimeType: 'image/png', buffer: png });
    await page
      .locator('[data-testid="message"][data-author="customer"]', { hasText: '📎 破損写真.png' })
      .waitFor();
    assert.ok(await notice.isHidden());

    const admin = await server.api.login(demo.admin.email, demo.admin.password);
    const tenant = `/api/v1/tenants/${demo.tenantId}`;
    const conversationId = await eventually(async () => {
      const res = await server.api.get(`${tenant}/conversations`, admin);
      for (const c of res.body.conversations as Json[]) {
        const files = await server.api.get(`${tenant}/conversations/${c.id}/attachments`, admin);
        if (files.body.attachments?.some((a: Json) => a.filename === '破損写真.png')) return c.id;
      }
      return undefined;
    }, 'the customer’s file stored');
    const stored = await server.api.get(
      `${tenant}/conversations/${conversationId}/attachments`,
      admin,
    );
    const file = await fetch(
      `${server.url}${tenant}/attachments/${stored.body.attachments[0].id}`,
      {
        headers: { authorization: `Bearer ${admin}` },
      },
    );
    assert.ok(Buffer.from(await file.arrayBuffer()).equals(png));

    // The agent answers with a file: the customer saves it from the chat.
    const sent = await server.api.post(
      `${tenant}/conversations/${conversationId}/attachments`,
      {
        filename: '返品手順.txt',
        contentType: 'text/plain',
        data: Buffer.from('返品の手順です').toString('base64'),
      },
      admin,
    );
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    const agentMessage = page.locator('[data-testid="message"][data-author="agent"]', {
      hasText: '返品手順.txt',
    });
    await agentMessage.waitFor({ timeout: 10_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      agentMessage.locator('[data-testid="download"]').click(),
    ]);
    assert.equal(download.suggestedFilename(), '返品手順.txt');
    assert.equal(readFileSync(await download.path(), 'utf8'), '返品の手順です');
    await context.close();
  });
});
