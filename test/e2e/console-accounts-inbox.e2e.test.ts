import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import {
  demo,
  owner,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from '../support/harness.js';

describe('browser: one inbox across the clients a person serves', {
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

  test('two clients’ conversations in one list, and opening the other client’s switches to it', async () => {
    const ownerToken = await server.api.login(owner.email, owner.password);
    const client = await server.api.post('/api/v1/tenants', { name: 'ソウル雑貨店' }, ownerToken);
    assert.equal(client.status, 201);
    const email = 'two.clients@demo.test';
    const adminToken = await server.api.login(demo.admin.email, demo.admin.password);
    for (const [tenantId, token] of [
      [demo.tenantId, adminToken],
      [client.body.id, ownerToken],
    ] as const) {
      const made = await server.api.post(
        `/api/v1/tenants/${tenantId}/users`,
        { email, password: 'two-clients-pass', name: '兼務 花子', role: 'agent' },
        token,
      );
      assert.equal(made.status, 201);
    }
    const atDemo = await startWidgetConversation(server.api, { contact: { name: '山田 一郎' } });
    assert.equal((await atDemo.send('注文 A-1001 の配送状況を教えてください')).status, 200);
    const atClient = await startWidgetConversation(
      server.api,
      { contact: { name: '金 美淑' } },
      client.body.widgetKey,
    );
    assert.equal((await atClient.send('キムチの在庫はありますか')).status, 200);

    const context = await browser.newContext({
      locale: 'ja-JP',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await signInToConsole(page, server.url, email, 'two-clients-pass');
    const switcher = page.locator('[data-testid="tenant-switcher"]');
    await switcher.waitFor();
    assert.equal(await switcher.inputValue(), demo.tenantId);

    await page.locator('[data-testid="tab-all"]').click();
    const demoRow = page.locator(
      `[data-testid="conversation-row"][data-id="${atDemo.conversationId}"]`,
    );
    const clientRow = page.locator(
      `[data-testid="conversation-row"][data-id="${atClient.conversationId}"]`,
    );
    await demoRow.waitFor();
    await clientRow.waitFor();
    // Each row names its client, also for a screen reader.
    assert.equal(
      await clientRow.locator('[data-testid="row-client"]').getAttribute('data-tenant'),
      client.body.id,
    );
    assert.match(await clientRow.innerText(), /ソウル雑貨店/);
    assert.match(await clientRow.innerText(), /金 美淑/);
    assert.match(await demoRow.locator('[data-testid="row-client"]').innerText(), /\S/);
    assert.equal(
      await demoRow.locator('[data-testid="row-client"]').getAttribute('data-tenant'),
      demo.tenantId,
    );
    await clientRow.getByText('クライアント：ソウル雑貨店').waitFor({ state: 'attached' });

    // Opened from the keyboard: the console switches to that client and shows the conversation.
    await clientRow.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (url) => url.pathname === `/console/conversations/${atClient.conversationId}`,
    );
    await page
      .locator('[data-testid="message"]', { hasText: 'キムチの在庫はありますか' })
      .waitFor();
    assert.equal(
      await page.locator('[data-testid="tenant-switcher"]').inputValue(),
      client.body.id,
    );

    // From there, the first client's conversation is still listed and opens back in its tenant.
    await page.locator('[data-testid="tab-all"]').click();
    await demoRow.waitFor();
    await demoRow.click();
    await page.waitForURL(
      (url) => url.pathname === `/console/conversations/${atDemo.conversationId}`,
    );
    await page.locator('[data-testid="message"]', { hasText: '注文 A-1001' }).waitFor();
    assert.equal(await page.locator('[data-testid="tenant-switcher"]').inputValue(), demo.tenantId);

    // A filter belongs to one tenant: the list is then this tenant's alone.
    await page.locator('[data-testid="tab-all"]').click();
    await clientRow.waitFor();
    const search = page.getByRole('searchbox').first();
    await search.fill('A-1001');
    await clientRow.waitFor({ state: 'detached' });
    await demoRow.waitFor();
    await search.fill('');

    // A client that now requires two-factor sign-in is left out, and the inbox says which.
    const secured = await server.api.put(
      `/api/v1/tenants/${client.body.id}/security`,
      { requireTotp: true },
      ownerToken,
    );
    assert.equal(secured.status, 200);
    await page.reload();
    await page.locator('[data-testid="tab-all"]').click();
    await demoRow.waitFor();
    await page.locator('[data-testid="inbox-skipped"]', { hasText: 'ソウル雑貨店' }).waitFor();
    assert.equal(await clientRow.count(), 0);
    await context.close();
  });

  test('a person of one tenant sees no client labels', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await startWidgetConversation(server.api, { contact: { name: 'Emily' } });
    await signInToConsole(page, server.url, demo.agent1.email, demo.agent1.password);
    await page.locator('[data-testid="tab-all"]').click();
    await page.locator('[data-testid="conversation-row"]').first().waitFor();
    assert.equal(await page.locator('[data-testid="row-client"]').count(), 0);
    await context.close();
  });
});
