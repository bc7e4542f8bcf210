import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { demo, type Json, startTestServer, type TestServer } from '../support/harness.js';

describe('browser: an admin changes routing in the console', {
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

  const signIn = async (page: Page, email: string, password: string) => {
    await signInToConsole(page, server.url, email, password);
  };

  test('queues, business hours with a holiday and an agent’s profile; bad values change nothing', async () => {
    const token = await server.api.login(demo.admin.email, demo.admin.password);
    const getQueues = async (): Promise<Json[]> =>
      (await server.api.get(`${tenant}/queues`, token)).body.queues;
    const getSettings = async (): Promise<Json> =>
      (await server.api.get(`${tenant}/routing/settings`, token)).body;
    const getAgent = async (name: string): Promise<Json> =>
      ((await server.api.get(`${tenant}/supervisor/overview`, token)).body.agents as Json[]).find(
        (a) => a.name === name,
      );

    const page = await (
      await browser.newContext({ locale: 'ja-JP', viewport: { width: 1366, height: 900 } })
    ).newPage();
    await signIn(page, demo.admin.email, demo.admin.password);
    await page.locator('[data-testid="nav-routing"]').click();
    await page.waitForURL(`${server.url}/console/routing`);
    await page.locator('h1', { hasText: 'ルーティング設定' }).waitFor();

    // A queue that needs a skill, serves Japanese and has a first-reply target.
    const queues = page.locator('[data-testid="routing-queues"]');
    await queues.getByLabel('名前').fill('請求');
    await queues.getByLabel('必要なスキル').fill('billing、返品');
    await queues.locator('[data-testid="queue-language-ja"]').check();
    await queues.getByLabel('初回返信の目標（秒）').fill('120');
    await queues.locator('[data-testid="queue-save"]').click();
    await queues.locator('[role="status"]', { hasText: '請求' }).waitFor();
    await queues.locator('[data-testid="queue-row"]', { hasText: '請求' }).waitFor();
    const billing = (await getQueues()).find((q) => q.name === '請求');
    assert.ok(billing, 'the queue was created');
    assert.deepEqual(billing.skills, ['billing', '返品']);
    assert.deepEqual(billing.languages, ['ja']);
    assert.equal(billing.slaFirstReplySeconds, 120);
    assert.equal(billing.businessHours, null);

    // A second queue overflows into the first after five minutes.
    await queues.getByLabel('名前').fill('一般');
    await queues.locator('[data-testid="queue-overflow"]').selectOption({ label: '請求' });
    await queues.getByLabel('オーバーフローするまでの待ち時間（秒）').fill('300');
    await queues.locator('[data-testid="queue-save"]').click();
    await queues.locator('[data-testid="queue-row"]', { hasText: '一般' }).waitFor();
    const general = (await getQueues()).find((q) => q.name === '一般');
    assert.equal(general?.overflowQueueId, billing.id);
    assert.equal(general?.overflowAfterSeconds, 300);

    // Editing the first queue changes its target.
    await queues.getByRole('button', { name: 'キュー「請求」を編集' }).click();
    assert.equal(await queues.getByLabel('名前').inputValue(), '請求');
    await queues.getByLabel('初回返信の目標（秒）').fill('90');
    await queues.getByRole('button', { name: '変更を保存' }).click();
    await queues.locator('[role="status"]', { hasText: '保存しました' }).waitFor();
    assert.equal((await getQueues()).find((q) => q.id === billing.id)?.slaFirstReplySeconds, 90);

    // Deleting the first queue asks first; declining keeps it, accepting removes it and the
    // second queue stops overflowing into it.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await queues.getByRole('button', { name: 'キュー「請求」を削除' }).click();
    assert.ok(
      (await getQueues()).some((q) => q.id === billing.id),
      'declined: still there',
    );
    page.once('dialog', (dialog) => {
      assert.match(dialog.message(), /既定のキューに移り/);
      void dialog.accept();
    });
    await queues.getByRole('button', { name: 'キュー「請求」を削除' }).click();
    await queues.locator('[role="status"]', { hasText: '削除しました' }).waitFor();
    // (The second queue's row names the first as its overflow until it refreshes.)
    await queues
      .getByRole('button', { name: 'キュー「請求」を削除' })
      .waitFor({ state: 'detached' });
    await queues
      .locator('[data-testid="queue-row"]', { hasText: '請求' })
      .waitFor({ state: 'detached' });
    const left = await getQueues();
    assert.deepEqual(
      left.map((q) => [q.name, q.overflowQueueId]),
      [['一般', null]],
    );

    // Tenant business hours (weekdays, Monday from 10:00) and a holiday.
    const hours = page.locator('[data-testid="routing-hours"]');
    await hours.locator('[data-testid="routing-has-hours"]').check();
    await hours.getByLabel('月曜日・時間帯1の開始時刻').fill('10:00');
    await hours.getByLabel('日付').fill('2026-12-31');
    await hours.getByLabel('日付').press('Enter');
    await hours.locator('[data-testid="routing-holidays"] time[datetime="2026-12-31"]').waitFor();
    await hours.locator('[data-testid="routing-hours-save"]').click();
    await hours.locator('[role="status"]').waitFor();
    const settings = await getSettings();
    assert.deepEqual(settings.businessHours.mon, [{ open: '10:00', close: '18:00' }]);
    assert.deepEqual(settings.businessHours.fri, [{ open: '09:00', close: '18:00' }]);
    assert.equal(settings.businessHours.sat, undefined);
    assert.deepEqual(settings.holidays, ['2026-12-31']);

    // An impossible time is refused: the error shows next to the form and nothing changes.
    await hours.getByLabel('火曜日・時間帯1の終了時刻').fill('25:00');
    await hours.locator('[data-testid="routing-hours-save"]').click();
    await hours.locator('[role="alert"]', { hasText: 'HH:MM' }).waitFor();
    assert.deepEqual(await getSettings(), settings);

    // An agent's capacity and level.
    const agents = page.locator('[data-testid="routing-agents"]');
    const sato = agents.locator('[data-testid="agent-row"]', { hasText: '佐藤' });
    await sato.getByLabel('佐藤 あおいさんの同時対応数の上限').fill('3');
    await sato.getByLabel('佐藤 あおいさんのレベル').selectOption('senior');
    await sato.getByLabel('佐藤 あおいさんのスキル（カンマ区切り）').fill('billing');
    await sato.getByRole('button', { name: '佐藤 あおいさんの設定を保存' }).click();
    await sato.locator('[role="status"]').waitFor();
    const saved = await getAgent('佐藤 あおい');
    assert.equal(saved.maxConcurrent, 3);
    assert.equal(saved.level, 'senior');
    assert.deepEqual(saved.skills, ['billing']);

    // Too many conversations at once is refused (Enter submits the row), and nothing changes.
    const capacity = sato.getByLabel('佐藤 あおいさんの同時対応数の上限');
    await capacity.fill('51');
    await capacity.press('Enter');
    await sato.locator('[role="alert"]', { hasText: 'maxConcurrent' }).waitFor();
    assert.deepEqual(await getAgent('佐藤 あおい'), saved);
    await page.close();
  });
});
