import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { demo, startTestServer, type TestServer } from '../support/harness.js';

describe('browser: an admin sets widget triggers in the console', {
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

  test('adds a trigger, turns it off and the widget config follows (ja)', async () => {
    const page = await (
      await browser.newContext({ locale: 'ja-JP', viewport: { width: 1366, height: 900 } })
    ).newPage();
    await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
    await page.getByRole('link', { name: '連携' }).click();
    await page.waitForURL(`${server.url}/console/integrations`);
    await page.locator('h2', { hasText: 'ウィジェットのトリガー' }).waitFor();

    await page.locator('#widget-trigger-id').fill('demo-help');
    await page.locator('#widget-trigger-ja').fill('お困りですか？');
    await page.locator('#widget-trigger-urlContains').fill('/demo');
    await page.locator('#widget-trigger-seconds').fill('2');
    await page.locator('#widget-trigger-urlMatch').selectOption('glob');
    await page.locator('#widget-trigger-urlPattern').fill('/demo*');
    await page.locator('#widget-trigger-quietStart').fill('22:00');
    await page.locator('#widget-trigger-quietEnd').fill('08:00');
    await page.locator('#widget-trigger-perDay').fill('3');
    await page.getByRole('button', { name: 'トリガーを保存' }).click();
    await page.locator('td', { hasText: 'ページ滞在 2 秒後' }).waitFor();
    const when = await page.locator('td', { hasText: 'ページ滞在 2 秒後' }).innerText();
    assert.match(when, /URL が「\/demo\*」に一致/);
    assert.match(when, /22:00〜08:00 は表示しない/);
    assert.match(when, /訪問者ごとに 1 日 3 回まで/);

    const config = async () =>
      (await server.api.get(`/api/v1/widget/${demo.widgetKey}/config?language=ja`)).body.triggers;
    assert.deepEqual(await config(), [
      {
        id: 'demo-help',
        message: { ja: 'お困りですか？' },
        when: { urlContains: '/demo', secondsOnPage: 2, url: { match: 'glob', pattern: '/demo*' } },
        quietHours: { start: '22:00', end: '08:00' },
        visitorLimit: { perDay: 3 },
        enabled: true,
      },
    ]);

    await page.getByRole('checkbox', { name: 'トリガー demo-help を有効にする' }).uncheck();
    for (let i = 0; i < 50 && (await config()).length > 0; i++) await page.waitForTimeout(100);
    assert.deepEqual(await config(), [], 'a trigger turned off is not served to the widget');
  });
});
