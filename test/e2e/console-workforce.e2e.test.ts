import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { demo, startTestServer, type TestServer } from '../support/harness.js';

const supervisorUser = {
  email: 'wf-supervisor@demo.tsunagi.local',
  password: 'supervisor-pass-1',
  name: '勤怠 ひかり',
};
const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  start: '00:00',
  end: '23:59',
  breaks: [],
}));

describe('browser: schedules, teams and adherence on the workforce and supervisor pages (en, ja)', {
  skip: browserSkipReason(),
}, () => {
  let server: TestServer;
  let browser: Browser;
  let agentId: string;
  let supervisorToken: string;
  const T = `/api/v1/tenants/${demo.tenantId}`;

  before(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    const adminToken = await server.api.login(demo.admin.email, demo.admin.password);
    const created = await server.api.post(
      `${T}/users`,
      { ...supervisorUser, role: 'supervisor', languages: ['ja'] },
      adminToken,
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    supervisorToken = await server.api.login(supervisorUser.email, supervisorUser.password);
    const agentToken = await server.api.login(demo.agent1.email, demo.agent1.password);
    agentId = (await server.api.get('/api/v1/auth/me', agentToken)).body.user.id;
    // Agent 1 is scheduled all day, every day, in UTC, and stays offline.
    const scheduled = await server.api.put(
      `${T}/workforce/schedules/${agentId}`,
      { timeZone: 'UTC', shifts: allDay },
      supervisorToken,
    );
    assert.equal(scheduled.status, 200);
    await server.services.users.setStatus(demo.tenantId, agentId, 'offline');
  });
  after(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  async function open(locale: string, path: string): Promise<Page> {
    const context = await browser.newContext({
      locale,
      timezoneId: 'UTC',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await signInToConsole(page, server.url, supervisorUser.email, supervisorUser.password);
    await page.locator('[data-testid="nav-supervisor"]').waitFor();
    await page.goto(`${server.url}${path}`);
    return page;
  }

  test('en: a team is created and staffed, a schedule saved, adherence shown per operator', async () => {
    const page = await open('en-US', '/console/workforce');
    await page.getByRole('heading', { name: 'Teams' }).waitFor();
    await page.getByLabel('New team').fill('Day shift');
    await page.getByRole('button', { name: 'Create team' }).click();
    const team = page.locator('[data-testid="wf-team"]').filter({ hasText: 'Day shift' });
    await team.waitFor();
    const agentName = (await server.api.get(`${T}/users`, supervisorToken)).body.users.find(
      (u: { id: string }) => u.id === agentId,
    )?.name as string;
    await team.getByLabel(agentName).check();
    const teams = async () =>
      (await server.api.get(`${T}/workforce/teams`, supervisorToken)).body.teams;
    for (let i = 0; i < 50 && (await teams())[0]?.memberIds.length !== 1; i++)
      await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(
      (await teams()).map((t: { name: string; memberIds: string[] }) => [t.name, t.memberIds]),
      [['Day shift', [agentId]]],
    );

    // The scheduled, offline agent's day: a timeline with adherence and a period out of it.
    const day = page.locator(`[data-testid="wf-day"][data-agent-id="${agentId}"]`);
    await day.waitFor();
    assert.match(
      (await day.locator('[data-testid="wf-adherence"]').textContent()) ?? '',
      /^Adherence \d+%/,
    );

    // A schedule for the supervisor: weekdays 09:00–18:00 with lunch, saved through the editor.
    const editor = page.locator('[data-testid="wf-schedule"]');
    await editor.getByLabel('Operator').selectOption({ label: supervisorUser.name });
    await editor.getByRole('button', { name: 'Save schedule' }).click();
    await editor.getByText('Schedule saved.').waitFor();
    const me = (await server.api.get('/api/v1/auth/me', supervisorToken)).body.user.id;
    const saved = (await server.api.get(`${T}/workforce/schedules/${me}`, supervisorToken)).body
      .schedule;
    assert.equal(saved.timeZone, 'UTC');
    assert.deepEqual(
      saved.shifts.map((s: { weekday: number }) => s.weekday),
      [1, 2, 3, 4, 5],
    );
    assert.deepEqual(saved.shifts[0].breaks, [{ start: '12:00', end: '13:00' }]);
    await page.context().close();
  });

  test('ja: the supervisor board flags the operator on shift but offline', async () => {
    const page = await open('ja-JP', '/console/');
    await page.locator('[data-testid="nav-supervisor"]').click();
    const row = page.locator(`[data-testid="agent-row"][data-agent-id="${agentId}"]`);
    await row.waitFor();
    await row.locator('[data-testid="agent-absent"]').waitFor();
    assert.equal(
      await row.locator('[data-testid="agent-absent"]').textContent(),
      'シフト中・オフライン',
    );
    await page.getByRole('heading', { name: 'チーム（過去24時間）' }).waitFor();
    await page.context().close();
  });
});
