import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import {
  demo,
  type Json,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from '../support/harness.js';

describe('browser: an admin connects an integration in the console', {
  skip: browserSkipReason(),
}, () => {
  let server: TestServer;
  let browser: Browser;
  let receiver: http.Server;
  let received = 0;

  before(async () => {
    receiver = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        received++;
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    server = await startTestServer(undefined, { OUTBOUND_ALLOW_HOSTS: '127.0.0.1' });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.cleanup();
    receiver.closeAllConnections();
    receiver.close();
  });

  test('a token shown once, a webhook with its delivery log and a replay (ja)', async () => {
    const admin = await server.api.login(demo.admin.email, demo.admin.password);
    const page = await (
      await browser.newContext({ locale: 'ja-JP', viewport: { width: 1366, height: 900 } })
    ).newPage();
    await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
    await page.getByRole('link', { name: '連携' }).click();
    await page.waitForURL(`${server.url}/console/integrations`);
    await page.locator('h1', { hasText: '連携' }).waitFor();

    await page.locator('#token-name').fill('在庫システム');
    await page.getByRole('checkbox', { name: 'events:write' }).check();
    await page.getByRole('button', { name: 'トークンを作成' }).click();
    const shown = await page.locator('[role="status"] code').textContent();
    assert.match(shown ?? '', /^tsu_/);
    await page.locator('td', { hasText: '在庫システム' }).waitFor();
    const tokens = (await server.api.get('/api/v1/tenants/demo/api-tokens', admin)).body.tokens;
    assert.deepEqual(tokens[0].scopes, ['events:write']);

    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    await page.locator('#webhook-url').fill(url);
    await page.getByRole('button', { name: 'Webhook を追加' }).click();
    await page.locator('td', { hasText: url }).waitFor();
    const chat = await startWidgetConversation(server.api);
    await chat.send('こんにちは');
    const until = Date.now() + 10_000;
    while (received < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    assert.ok(received >= 2, 'the receiver got the customer message and the bot reply');

    await page.getByRole('button', { name: '配信履歴' }).click();
    const rows = page.locator('#integrations-deliveries ~ table tbody tr');
    await rows.first().waitFor();
    assert.ok((await rows.count()) >= 2);
    await page.locator('td', { hasText: '配信済み' }).first().waitFor();
    const before = received;
    await rows.first().getByRole('button', { name: '再送' }).click();
    while (received === before && Date.now() < until + 5000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(received, before + 1);
    const hooks = (await server.api.get('/api/v1/tenants/demo/webhooks', admin)).body
      .webhooks as Json[];
    const log = await server.api.get(
      `/api/v1/tenants/demo/webhooks/${hooks[0].id}/deliveries`,
      admin,
    );
    assert.ok(log.body.deliveries.some((d: Json) => d.replayOf !== null));
  });

  test('the demo order-status flow in the flows page simulator', async () => {
    const page = await (
      await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } })
    ).newPage();
    await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
    await page.getByRole('link', { name: /Integrations|連携/ }).click();
    await page.getByRole('link', { name: /Bot flows|ボットのフロー/ }).click();
    await page.waitForURL(`${server.url}/console/flows`);
    await page.locator('h1', { hasText: /Bot flows|ボットのフロー/ }).waitFor();
    await page.getByRole('button', { name: /Order status/ }).click();
    // The flow opens as a list of steps, each with its own fields.
    const steps = page.locator('[data-testid="flow-steps"] > li');
    await steps.first().locator('legend', { hasText: '1. Question' }).waitFor();
    assert.equal(await steps.count(), 5);
    assert.equal(
      await page
        .locator('#step-1-url')
        .inputValue()
        .then((v) => v.endsWith('/demo/shop/orders/{{order}}')),
      true,
    );

    // The simulator runs the draft as edited, before it is saved.
    await page.locator('#step-0-text').fill('注文番号をどうぞ（下書き）');
    await page.getByRole('button', { name: /Start the flow|フローを開始/ }).click();
    const log = page.locator('[data-testid="flow-sim-log"] li');
    await log.filter({ hasText: '注文番号をどうぞ（下書き）' }).waitFor();
    await page.locator('#flow-sim-text').fill('1001');
    await page.getByRole('button', { name: /^(Send|送信)$/ }).click();
    await log.filter({ hasText: 'ご注文 1001 の状況: 発送済み' }).waitFor();

    // A duplicate step id is shown on its step and nothing is saved.
    await page.locator('#step-3-id').fill('more');
    await page.getByRole('button', { name: /Save as a new version/ }).click();
    await steps
      .nth(3)
      .getByRole('alert')
      .filter({ hasText: 'Another step has this id.' })
      .waitFor();
    const admin = await server.api.login(demo.admin.email, demo.admin.password);
    const before = await server.api.get('/api/v1/tenants/demo/flows/order-status', admin);
    assert.deepEqual(before.body.versions, [1]);

    // Fixed, a new end step added and moved up one place, it saves as version 2.
    await page.locator('#step-3-id').fill('end');
    await page.locator('#flow-add-type').selectOption('end');
    await page.getByRole('button', { name: 'Add step' }).click();
    await page.locator('#step-5-text').fill('またどうぞ。');
    await steps.nth(5).getByRole('button', { name: 'Move up' }).click();
    await page.getByRole('button', { name: /Save as a new version/ }).click();
    await page.getByRole('status').filter({ hasText: 'Saved as version 2.' }).waitFor();
    const saved = await server.api.get('/api/v1/tenants/demo/flows/order-status', admin);
    assert.deepEqual(
      saved.body.steps.map((s: Json) => s.id),
      ['ask', 'lookup', 'more', 'end', 'end-1', 'handoff'],
    );
    assert.equal(saved.body.steps[0].text, '注文番号をどうぞ（下書き）');
    assert.equal(saved.body.steps[4].text, 'またどうぞ。');
  });
});
