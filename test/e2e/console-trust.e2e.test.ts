import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { startDnsStandIn } from '../support/dns-stand-in.js';
import { demo, startTestServer, type TestServer } from '../support/harness.js';

describe('browser: proving a mail domain and the identity secret on the Channels page', {
  skip: browserSkipReason(),
}, () => {
  let server: TestServer;
  let browser: Browser;
  let dns: Awaited<ReturnType<typeof startDnsStandIn>>;
  const records = new Map<string, string[]>();

  before(async () => {
    dns = await startDnsStandIn(records);
    server = await startTestServer({ name: 'sqlite' }, { DNS_SERVERS: dns.server });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.cleanup();
    await dns?.close();
  });

  test('an admin sees the TXT record to publish, checks DNS and sees the address verified (ja)', async () => {
    const admin = await server.api.login(demo.admin.email, demo.admin.password);
    const created = await server.api.post(
      `/api/v1/tenants/${demo.tenantId}/channels`,
      { type: 'email', address: 'help@bank.example' },
      admin,
    );
    const record = created.body.verification.dnsRecord.value as string;
    const page = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
    await page.locator('[data-testid="presence"]').waitFor();
    await page.goto(`${server.url}/console/channels`);
    const pending = page.locator('[data-testid="channel-pending"]');
    await pending.waitFor();
    assert.match(await pending.innerText(), /未確認/);
    assert.ok((await pending.innerText()).includes(record), 'the TXT record is shown');

    await pending.getByRole('button', { name: 'DNS を今すぐ確認' }).click();
    await pending.locator('[role="status"]').waitFor();
    assert.match(await pending.innerText(), /TXT/);

    records.set('bank.example', [record]);
    await pending.getByRole('button', { name: 'DNS を今すぐ確認' }).click();
    const verified = page.locator('[data-testid="channel-verified"]');
    await verified.waitFor();
    assert.match(await verified.innerText(), /確認済み（DNS レコード）/);

    await page.getByRole('button', { name: '秘密鍵を表示' }).click();
    const shown = await page.locator('[data-testid="identity-secret"]').innerText();
    const secret = (await server.api.get(`/api/v1/tenants/${demo.tenantId}/identity-secret`, admin))
      .body.secret;
    assert.equal(shown, secret);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '秘密鍵を更新' }).click();
    await page.waitForFunction(
      (old) =>
        (
          globalThis as unknown as {
            document: { querySelector: (s: string) => { textContent: string } | null };
          }
        ).document.querySelector('[data-testid="identity-secret"]')?.textContent !== old,
      secret,
    );
    await page.context().close();
  });
});
