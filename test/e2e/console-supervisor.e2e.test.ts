import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import {
  type Api,
  demo,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from '../support/harness.js';

const supervisorUser = {
  email: 'supervisor@demo.tsunagi.local',
  password: 'supervisor-pass-1',
  name: '監督 ゆい',
};

/**
 * Live means pushed: the supervisor view polls only every 15 s, so anything seen well within
 * this came over the socket.
 */
const liveMs = 8_000;

const setStatus = (api: Api, token: string, status: 'online' | 'away' | 'offline') =>
  api.put(`/api/v1/tenants/${demo.tenantId}/agents/me/status`, { status }, token);

/** Total of the Waiting column of the queue table (0 when no queue row is shown). */
const waitingTotal = (page: Page) =>
  page
    .locator('[data-testid="queue-waiting"]')
    .allTextContents()
    .then((cells) => cells.reduce((sum, cell) => sum + Number(cell.trim() || 0), 0));

const waitForWaiting = async (page: Page, expected: number) => {
  const deadline = Date.now() + liveMs;
  let seen = await waitingTotal(page);
  while (seen !== expected && Date.now() < deadline) {
    await page.waitForTimeout(100);
    seen = await waitingTotal(page);
  }
  assert.equal(seen, expected, 'waiting count in the queue table');
};

const rowIds = (page: Page) =>
  page
    .locator('[data-testid="conversation-row"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));

const waitForRows = async (page: Page, isExpected: (ids: (string | null)[]) => boolean) => {
  const deadline = Date.now() + liveMs;
  let ids = await rowIds(page);
  while (!isExpected(ids) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    ids = await rowIds(page);
  }
  assert.ok(isExpected(ids), `unexpected inbox rows: ${ids.join(', ')}`);
};

describe('browser: the supervisor view and the inbox filters stay live', {
  skip: browserSkipReason(),
}, () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    const adminToken = await server.api.login(demo.admin.email, demo.admin.password);
    const created = await server.api.post(
      `/api/v1/tenants/${demo.tenantId}/users`,
      { ...supervisorUser, role: 'supervisor', languages: ['ja'] },
      adminToken,
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
  });
  after(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  test('queues, agents, read-only view, filters, search and unread counts', async () => {
    const { api } = server;
    const agentToken = await api.login(demo.agent1.email, demo.agent1.password);
    const me = await api.get('/api/v1/auth/me', agentToken);
    const agentId = me.body.user.id as string;

    const page = await (
      await browser.newContext({ locale: 'ja-JP', viewport: { width: 1366, height: 900 } })
    ).newPage();
    await signInToConsole(page, server.url, supervisorUser.email, supervisorUser.password);
    await page.locator('[data-testid="connection"][data-state="connected"]').waitFor();

    // The top bar leads supervisors to their view, without a reload.
    await page.locator('[data-testid="nav-supervisor"]').click();
    await page.locator('[data-testid="supervisor-page"]').waitFor();
    assert.match(page.url(), /\/console\/supervisor$/);
    await page.locator('[data-testid="supervisor-page"] h1').waitFor();
    const agentRow = page.locator(`[data-testid="agent-row"][data-agent-id="${agentId}"]`);
    await agentRow.waitFor();
    assert.equal(await agentRow.getAttribute('data-status'), 'offline');
    await waitForWaiting(page, 0);
    await page.evaluate(() => {
      (globalThis as unknown as { marker: string }).marker = 'no reload';
    });

    // A customer asks for a human: nobody is online, so the queue grows, live.
    const first = await startWidgetConversation(api, {
      contact: { name: '山田 花子' },
      language: 'ja',
    });
    assert.equal((await first.send('人と話したい')).status, 200);
    await waitForWaiting(page, 1);
    const firstRow = page.locator(
      `[data-testid="supervisor-conversation"][data-id="${first.conversationId}"]`,
    );
    await firstRow.waitFor({ timeout: liveMs });
    assert.equal(await firstRow.getAttribute('data-status'), 'queued');

    // The agent goes online and routing hands them the conversation: presence, load and queue follow.
    assert.equal((await setStatus(api, agentToken, 'online')).status, 200);
    await page
      .locator(`[data-testid="agent-row"][data-agent-id="${agentId}"][data-status="online"]`)
      .waitFor({ timeout: liveMs });
    await waitForWaiting(page, 0);
    await page
      .locator(`[data-testid="agent-row"][data-agent-id="${agentId}"] [data-testid="agent-load"]`, {
        hasText: '1 / 3',
      })
      .waitFor({ timeout: liveMs });
    await page
      .locator(
        `[data-testid="supervisor-conversation"][data-id="${first.conversationId}"][data-status="assigned"]`,
      )
      .waitFor({ timeout: liveMs });

    // Any conversation opens read-only, and follows new messages.
    await firstRow.locator('[data-testid="supervisor-view"]').click();
    const peek = page.locator('[data-testid="supervisor-peek"]');
    await peek
      .locator('[data-testid="supervisor-peek-message"]', { hasText: '人と話したい' })
      .waitFor();
    assert.equal(await peek.locator('textarea').count(), 0, 'no reply box in the read-only view');
    await first.send('注文番号は A-1001 です');
    await peek
      .locator('[data-testid="supervisor-peek-message"]', { hasText: 'A-1001' })
      .waitFor({ timeout: liveMs });

    // The agent steps away; the next customer waits in the queue.
    assert.equal((await setStatus(api, agentToken, 'away')).status, 200);
    await page
      .locator(`[data-testid="agent-row"][data-agent-id="${agentId}"][data-status="away"]`)
      .waitFor({ timeout: liveMs });
    const second = await startWidgetConversation(api, {
      contact: { name: '鈴木 一郎' },
      language: 'ja',
    });
    await second.send('返品の手続きについて');
    await second.send('人と話したい');
    await waitForWaiting(page, 1);
    await page
      .locator(`[data-testid="supervisor-conversation"][data-id="${second.conversationId}"]`)
      .waitFor({ timeout: liveMs });

    // Keyboard: j/k move through the conversations, Enter reads one, Esc closes it.
    const focusedRowId = () =>
      page.evaluate(
        () =>
          (
            globalThis as unknown as {
              document: {
                activeElement: { closest: (s: string) => { dataset: { id?: string } } | null };
              };
            }
          ).document.activeElement.closest('[data-testid="supervisor-conversation"]')?.dataset.id,
      );
    await page.locator('[data-testid="supervisor-peek"] button', { hasText: '閉じる' }).click();
    const order = await page
      .locator('[data-testid="supervisor-conversation"]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
    assert.ok(order.length >= 2);
    const from = order.indexOf((await focusedRowId()) ?? null);
    await page.keyboard.press(from === 0 ? 'j' : 'k');
    const moved = await focusedRowId();
    assert.equal(moved, order[from === 0 ? 1 : from - 1], 'j/k move between rows');
    await page.keyboard.press(from === 0 ? 'k' : 'j');
    assert.equal(await focusedRowId(), order[from], 'and back');
    const firstFocused = order[from];
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="supervisor-peek"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="supervisor-peek"]').waitFor({ state: 'detached' });
    assert.equal(await focusedRowId(), firstFocused, 'focus returns to the row');

    assert.equal(
      await page.evaluate(() => (globalThis as unknown as { marker?: string }).marker),
      'no reload',
      'the supervisor view updated without a reload',
    );

    // Back in the inbox: Queued holds the waiting one, All both, search narrows.
    await page.locator('[data-testid="supervisor-page"] a', { hasText: '受信箱に戻る' }).click();
    await page.locator('[data-testid="tab-queued"]').click();
    await page
      .locator(`[data-testid="conversation-row"][data-id="${second.conversationId}"]`)
      .waitFor();
    assert.deepEqual(await rowIds(page), [second.conversationId]);

    await page.locator('[data-testid="tab-all"]').click();
    await page
      .locator(`[data-testid="conversation-row"][data-id="${first.conversationId}"]`)
      .waitFor();
    const all = await rowIds(page);
    assert.ok(all.includes(first.conversationId) && all.includes(second.conversationId));

    await page.locator('[data-testid="inbox-search"]').fill('返品');
    await waitForRows(page, (ids) => ids.length === 1 && ids[0] === second.conversationId);
    await page.locator('[data-testid="inbox-search"]').fill('該当しない言葉');
    await page.locator('[data-testid="inbox-empty"]').waitFor({ timeout: liveMs });
    await page.locator('[data-testid="inbox-filter-clear"]').click();
    await page
      .locator(`[data-testid="conversation-row"][data-id="${first.conversationId}"]`)
      .waitFor({ timeout: liveMs });

    // A customer who only talks to the bot shows up under All, live.
    const browsing = await startWidgetConversation(api, { contact: { name: '伊藤 結衣' } });
    await browsing.send('送料はいくらですか？');
    await page
      .locator(`[data-testid="conversation-row"][data-id="${browsing.conversationId}"]`)
      .waitFor({ timeout: liveMs });

    // Reading a conversation clears its count; a new customer message brings one back.
    const firstInbox = page.locator(
      `[data-testid="conversation-row"][data-id="${first.conversationId}"]`,
    );
    await firstInbox.click();
    await page
      .locator(
        `[data-testid="conversation-row"][data-id="${first.conversationId}"][data-unread="0"]`,
      )
      .waitFor();
    await page
      .locator(`[data-testid="conversation-row"][data-id="${second.conversationId}"]`)
      .click();
    // The read mark is sent after a short pause; let it land before the customer writes.
    const readerToken = await api.login(supervisorUser.email, supervisorUser.password);
    const unreadOfFirst = async () =>
      (
        await api.get(`/api/v1/tenants/${demo.tenantId}/inbox?view=all`, readerToken)
      ).body.conversations.find((c: { id: string }) => c.id === first.conversationId)?.unread;
    for (let i = 0; i < 100 && (await unreadOfFirst()) !== 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await first.send('追加で質問があります');
    await firstInbox
      .locator('[data-testid="row-unread"]', { hasText: '1' })
      .waitFor({ timeout: liveMs });
    await page.locator('[data-testid="tab-unread-all"]').waitFor();

    // The server agrees: one unread for this supervisor.
    const token = await api.login(supervisorUser.email, supervisorUser.password);
    const listed = await api.get(`/api/v1/tenants/${demo.tenantId}/inbox?view=all`, token);
    const item = listed.body.conversations.find(
      (c: { id: string }) => c.id === first.conversationId,
    );
    assert.equal(item?.unread, 1);

    // Keyboard: s jumps to the search, Esc leaves it, 1 and 3 switch tabs.
    await page.keyboard.press('s');
    assert.equal(
      await page.evaluate(
        () =>
          (
            globalThis as unknown as {
              document: { activeElement: { dataset: { testid?: string } } };
            }
          ).document.activeElement.dataset.testid,
      ),
      'inbox-search',
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('1');
    assert.equal(
      await page.locator('[data-testid="tab-queued"]').getAttribute('aria-selected'),
      'true',
    );
    await page.keyboard.press('3');
    assert.equal(
      await page.locator('[data-testid="tab-all"]').getAttribute('aria-selected'),
      'true',
    );

    // Taking over a colleague's conversation asks first; declining changes nothing.
    await page.locator('[data-testid="nav-supervisor"]').click();
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      }),
    );
    await page
      .locator(`[data-testid="supervisor-conversation"][data-id="${first.conversationId}"]`)
      .locator('[data-testid="supervisor-join"]')
      .click();
    assert.match(await asked, /引き継ぎますか/);
    const kept = await api.get(
      `/api/v1/tenants/${demo.tenantId}/conversations/${first.conversationId}`,
      await api.login(supervisorUser.email, supervisorUser.password),
    );
    assert.equal(kept.body.conversation.assigneeId, agentId, 'still the agent’s');

    // Joining a waiting conversation assigns it to the supervisor and opens it.
    const secondRow = page.locator(
      `[data-testid="supervisor-conversation"][data-id="${second.conversationId}"]`,
    );
    await secondRow.locator('[data-testid="supervisor-join"]').click();
    await page.waitForURL(`**/console/conversations/${second.conversationId}`);
    await page.locator('[data-testid="inbox-search"]').waitFor();
    assert.equal(
      await page.locator('[data-testid="tab-mine"]').getAttribute('aria-selected'),
      'true',
    );
    await page
      .locator(`[data-testid="conversation-row"][data-id="${second.conversationId}"]`)
      .waitFor({ timeout: liveMs });
    const joined = await api.get(
      `/api/v1/tenants/${demo.tenantId}/conversations/${second.conversationId}`,
      token,
    );
    assert.equal(joined.body.conversation.status, 'assigned');
    assert.equal(
      joined.body.conversation.assigneeId,
      (await api.get('/api/v1/auth/me', token)).body.user.id,
    );

    // A supervisor marks the customer VIP from the contact panel.
    const vip = page.locator('[data-testid="contact-vip-toggle"]');
    await vip.waitFor();
    assert.equal(await vip.getAttribute('aria-pressed'), 'false');
    await vip.click();
    await page.locator('[data-testid="contact-vip-toggle"][aria-pressed="true"]').waitFor();
    const details = await api.get(
      `/api/v1/tenants/${demo.tenantId}/conversations/${second.conversationId}/details`,
      token,
    );
    assert.equal(details.body.contact.isVip, true);
  });

  test('a new assignment chimes and notifies; muting is remembered', async () => {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1366, height: 900 },
    });
    // Stand-ins for audio and desktop notifications record what the console asks of them.
    await context.addInitScript(`
      window.recorded = { oscillators: 0, notifications: [] };
      const node = { connect: (next) => next };
      window.AudioContext = class {
        state = 'running';
        currentTime = 0;
        destination = {};
        resume() { return Promise.resolve(); }
        createOscillator() {
          window.recorded.oscillators += 1;
          return { ...node, type: 'sine', frequency: { value: 0 }, start() {}, stop() {} };
        }
        createGain() {
          return { ...node, gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} } };
        }
      };
      window.Notification = class {
        static permission = 'default';
        static requestPermission() {
          window.Notification.permission = 'granted';
          return Promise.resolve('granted');
        }
        constructor(title, options) { window.recorded.notifications.push({ title, body: options.body }); }
        close() {}
      };
      document.hasFocus = () => false;
    `);
    const page = await context.newPage();
    await signInToConsole(page, server.url, demo.agent2.email, demo.agent2.password);
    await page.locator('[data-testid="connection"][data-state="connected"]').waitFor();
    assert.equal(
      await page.locator('[data-testid="nav-supervisor"]').count(),
      0,
      'agents have no supervisor view',
    );

    const toggle = page.locator('[data-testid="alert-toggle"]');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await page.locator('[data-testid="alert-allow-desktop"]').click();
    await page.locator('[data-testid="alert-allow-desktop"]').waitFor({ state: 'detached' });
    await page.locator('[data-testid="presence"]').selectOption('online');

    const chat = await startWidgetConversation(server.api, {
      contact: { name: 'Kim Jisoo' },
      language: 'ko',
    });
    await chat.send('사람과 이야기하고 싶어요');
    await chat.send('人と話したい');
    const recorded = () =>
      page.evaluate(
        () =>
          (
            globalThis as unknown as {
              recorded: { oscillators: number; notifications: { title: string; body: string }[] };
            }
          ).recorded,
      );
    const deadline = Date.now() + liveMs;
    while ((await recorded()).notifications.length === 0 && Date.now() < deadline) {
      await page.waitForTimeout(100);
    }
    const first = await recorded();
    assert.equal(first.notifications.length, 1);
    assert.equal(first.notifications[0]?.title, 'New conversation assigned to you');
    assert.ok(first.oscillators > 0, 'a chime played');

    // Muted: remembered across a reload.
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await page.reload();
    await page.locator('[data-testid="alert-toggle"][aria-pressed="false"]').waitFor();

    // An agent who opens the supervisor address lands in the inbox.
    await page.goto(`${server.url}/console/supervisor`);
    await page.waitForURL(`${server.url}/console/`);
    await page.locator('[data-testid="tab-queued"]').waitFor();
    assert.equal(await page.locator('[data-testid="supervisor-page"]').count(), 0);
  });

  test('an overdue first reply shows on the queue and on the inbox row', async () => {
    const { api } = server;
    const adminToken = await api.login(demo.admin.email, demo.admin.password);
    const settings = await api.put(
      `/api/v1/tenants/${demo.tenantId}/routing/settings`,
      { slaFirstReplySeconds: 1 },
      adminToken,
    );
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
    // Everyone away: the next customer waits, unanswered.
    for (const agent of [demo.agent1, demo.agent2]) {
      await setStatus(api, await api.login(agent.email, agent.password), 'away');
    }
    const chat = await startWidgetConversation(api, {
      contact: { name: '高橋 蓮' },
      language: 'ja',
    });
    await chat.send('人と話したい');
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const page = await (
      await browser.newContext({ locale: 'ja-JP', viewport: { width: 1366, height: 900 } })
    ).newPage();
    await signInToConsole(page, server.url, supervisorUser.email, supervisorUser.password);
    await page.locator('[data-testid="tab-queued"]').click();
    await page
      .locator(
        `[data-testid="conversation-row"][data-id="${chat.conversationId}"] [data-testid="sla-badge"][data-sla="breached"]`,
      )
      .waitFor();
    await page.locator('[data-testid="nav-supervisor"]').click();
    await page.locator('[data-testid="queue-row"][data-sla="breached"]').first().waitFor();
    await page
      .locator(
        `[data-testid="supervisor-conversation"][data-id="${chat.conversationId}"] [data-testid="sla-badge"][data-sla="breached"]`,
      )
      .waitFor();
  });
});
