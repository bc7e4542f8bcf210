import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { demo, startTestServer, type TestServer } from '../support/harness.js';

const INTENTS_CSV = [
  'text,intent',
  ...[
    'I want my money back',
    'can I get a refund for this order',
    'please refund the damaged item',
    'refund my purchase please',
    'when will my refund arrive',
    '返金してください',
  ].map((t) => `${t},billing/refund`),
  ...[
    'where is my order',
    'has my package shipped yet',
    'track my parcel',
    'when will my order arrive',
    'my delivery has not come',
    '注文はいつ届きますか',
  ].map((t) => `${t},delivery/track`),
].join('\n');

describe('browser: an admin sees the intent model and maps intents to skills', {
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

  const tenant = `/api/v1/tenants/${demo.tenantId}`;

  const openRouting = async (locale: string) => {
    const page = await (
      await browser.newContext({ locale, viewport: { width: 1366, height: 900 } })
    ).newPage();
    await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
    await page.locator('[data-testid="nav-routing"]').click();
    await page.waitForURL(`${server.url}/console/routing`);
    return page;
  };

  /** An Enter keydown as an IME sends it while confirming a conversion; true if held back. */
  const imeEnterIsHeld = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => {
        const Keyboard = (
          globalThis as unknown as { KeyboardEvent: new (type: string, init: object) => Event }
        ).KeyboardEvent;
        const event = new Keyboard('keydown', {
          key: 'Enter',
          isComposing: true,
          bubbles: true,
          cancelable: true,
        });
        el.dispatchEvent(event);
        return event.defaultPrevented;
      });

  test('the cross-validated settings show, and the map is saved in Japanese and English', async () => {
    const token = await server.api.login(demo.admin.email, demo.admin.password);
    const imported = await server.api.request('POST', `${tenant}/intents/import`, {
      raw: INTENTS_CSV,
      contentType: 'text/csv',
      token,
    });
    assert.equal(imported.status, 200);
    assert.equal((await server.api.post(`${tenant}/nlu/train`, undefined, token)).status, 200);
    const report = (await server.api.get(`${tenant}/intents/model`, token)).body.report;

    const ja = await openRouting('ja-JP');
    const section = ja.locator('[data-testid="routing-intents"]');
    await section.locator('h2', { hasText: 'インテント' }).waitFor();
    const accuracy = section.locator('[data-testid="intent-accuracy"]');
    await accuracy.waitFor();
    assert.match(await accuracy.innerText(), new RegExp(`${report.folds} 分割`));
    assert.match(
      await section.locator('[data-testid="intent-regularisation"]').innerText(),
      new RegExp(`C = ${report.svmC}`),
    );
    await section.getByText('スキルを指定したインテントはまだありません。').waitFor();

    await section.getByRole('button', { name: 'インテントを追加' }).click();
    await section.getByLabel('1 行目のインテント').fill('billing/*');
    await section.getByLabel('1 行目のスキル（カンマ区切り）').fill('billing、返品');
    assert.ok(
      await imeEnterIsHeld(ja, '[data-testid="intent-skill-skills"]'),
      'Enter confirming a conversion does not submit',
    );
    await section.locator('[data-testid="intent-skills-save"]').click();
    await section.locator('[role="status"]', { hasText: '保存しました' }).waitFor();
    const saved = (await server.api.get(`${tenant}/intents/skills`, token)).body.entries;
    assert.deepEqual(saved, [{ intent: 'billing/*', skills: ['billing', '返品'] }]);

    // A name with a space is refused: the error shows and the stored map stays.
    await section.getByRole('button', { name: 'インテントを追加' }).click();
    await section.getByLabel('2 行目のインテント').fill('bad name');
    await section.getByLabel('2 行目のスキル（カンマ区切り）').fill('x');
    await section.getByLabel('2 行目のスキル（カンマ区切り）').press('Enter');
    await section.locator('[role="alert"]').waitFor();
    assert.deepEqual((await server.api.get(`${tenant}/intents/skills`, token)).body.entries, saved);
    await ja.close();

    const en = await openRouting('en-US');
    const english = en.locator('[data-testid="routing-intents"]');
    await english.locator('h3', { hasText: 'Intent → skills' }).waitFor();
    assert.equal(await english.getByLabel('Intent of row 1').inputValue(), 'billing/*');
    await english.getByRole('button', { name: 'Remove row 1' }).click();
    await english.locator('[data-testid="intent-skills-save"]').click();
    await english.locator('[role="status"]', { hasText: 'Saved' }).waitFor();
    assert.deepEqual((await server.api.get(`${tenant}/intents/skills`, token)).body.entries, []);
    assert.match(
      await english.locator('[data-testid="intent-accuracy"]').innerText(),
      /-fold, on your own examples/,
    );
    await en.close();
  });
});
