import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  databasesUnderTest,
  type Json,
  startTestServer,
  type TestServer,
} from './support/harness.js';
import { createWorkspace } from './support/routing-workspace.js';

const today = () => new Date().toISOString().slice(0, 10);
const everyDay = (breaks: Json[] = []) =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:59', breaks }));

for (const database of databasesUnderTest()) {
  describe(`status history, teams, schedules and adherence (${database.name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(database);
    });
    after(() => server.cleanup());

    async function workspace() {
      const ws = await createWorkspace(server, [
        { name: 'Agent A' },
        { name: 'Agent B' },
        { name: 'Supervisor S', role: 'supervisor' },
      ]);
      const users = (await ws.get('/users')).body.users as { id: string; email: string }[];
      const login = (id: string) =>
        server.api.login(users.find((u) => u.id === id)?.email ?? '', 'routing-password-1');
      const [agentId, otherId, supervisorId] = ws.agentIds as [string, string, string];
      return {
        ...ws,
        agentId,
        otherId,
        supervisorId,
        agentToken: await login(agentId),
        otherToken: await login(otherId),
        supervisorToken: await login(supervisorId),
      };
    }

    test('every status change is kept with its reason, paged, newest first; agents see only theirs', async () => {
      const ws = await workspace();
      const set = (body: Json) =>
        server.api.put(`${ws.base}/agents/me/status`, body, ws.agentToken);
      assert.equal((await set({ status: 'online' })).status, 200);
      assert.equal((await set({ status: 'away', reason: '休憩' })).status, 200);
      assert.equal((await set({ status: 'online' })).status, 200);
      assert.equal((await set({ status: 'offline', reason: 'x'.repeat(41) })).status, 400);
      await ws.setStatus(1, 'online');

      const first = await server.api.get(
        `${ws.base}/workforce/status-history?agentId=${ws.agentId}&limit=2`,
        ws.supervisorToken,
      );
      assert.equal(first.status, 200);
      assert.deepEqual(
        first.body.entries.map((e: Json) => [e.status, e.reason]),
        [
          ['online', null],
          ['away', '休憩'],
        ],
      );
      assert.equal(first.body.entries[0].end, null, 'the current status lasts');
      assert.equal(first.body.entries[1].end, first.body.entries[0].start);
      const second = await server.api.get(
        `${ws.base}/workforce/status-history?agentId=${ws.agentId}&limit=2&cursor=${first.body.nextCursor}`,
        ws.supervisorToken,
      );
      assert.deepEqual(
        second.body.entries.map((e: Json) => e.status),
        ['online'],
      );
      assert.equal(second.body.nextCursor, null);

      // The agent sees their own history only.
      const own = await server.api.get(`${ws.base}/workforce/status-history`, ws.agentToken);
      assert.ok(own.body.entries.every((e: Json) => e.agentId === ws.agentId));
      assert.equal(own.body.entries.length, 3);
      const other = await server.api.get(
        `${ws.base}/workforce/status-history?agentId=${ws.otherId}`,
        ws.agentToken,
      );
      assert.equal(other.status, 404);
      const bad = await server.api.get(
        `${ws.base}/workforce/status-history?cursor=nonsense`,
        ws.supervisorToken,
      );
      assert.equal(bad.status, 400);
    });

    test('a schedule is set and read back; a bad one is refused and changes nothing', async () => {
      const ws = await workspace();
      const url = `${ws.base}/workforce/schedules/${ws.agentId}`;
      const schedule = {
        timeZone: 'Asia/Tokyo',
        shifts: [
          {
            weekday: 1,
            start: '09:00',
            end: '18:00',
            breaks: [{ start: '12:00', end: '13:00', reason: 'lunch' }],
          },
        ],
      };
      assert.deepEqual((await server.api.get(url, ws.supervisorToken)).body, { schedule: null });
      const saved = await server.api.put(url, schedule, ws.supervisorToken);
      assert.equal(saved.status, 200);
      for (const bad of [
        { ...schedule, timeZone: 'Mars/Olympus' },
        { ...schedule, shifts: [{ weekday: 1, start: '18:00', end: '09:00', breaks: [] }] },
        { ...schedule, shifts: [{ weekday: 8, start: '09:00', end: '18:00', breaks: [] }] },
        { ...schedule, shifts: [{ weekday: 1, start: '9:00', end: '18:00', breaks: [] }] },
        {
          ...schedule,
          shifts: [
            {
              weekday: 1,
              start: '09:00',
              end: '18:00',
              breaks: [{ start: '17:00', end: '19:00' }],
            },
          ],
        },
      ]) {
        const res = await server.api.put(url, bad, ws.supervisorToken);
        assert.equal(res.status, 400, JSON.stringify(bad));
        assert.equal(res.body.error.code, 'validation_failed');
      }
      assert.equal((await server.api.put(url, schedule, ws.agentToken)).status, 403);
      assert.equal(
        (
          await server.api.put(
            `${ws.base}/workforce/schedules/usr_nobody`,
            schedule,
            ws.supervisorToken,
          )
        ).status,
        404,
      );
      const read = await server.api.get(url, ws.agentToken);
      assert.deepEqual(read.body.schedule, schedule);
    });

    test('adherence today and the live board flag an operator on shift but offline', async () => {
      const ws = await workspace();
      for (const id of [ws.agentId, ws.otherId]) {
        const res = await server.api.put(
          `${ws.base}/workforce/schedules/${id}`,
          { timeZone: 'UTC', shifts: everyDay() },
          ws.supervisorToken,
        );
        assert.equal(res.status, 200);
      }
      await ws.setStatus(1, 'online');
      const live = async () =>
        (await server.api.get(`${ws.base}/workforce/live`, ws.supervisorToken)).body
          .agents as Json[];
      const byId = (rows: Json[], id: string) => rows.find((r) => r.agentId === id);
      let board = await live();
      assert.equal(byId(board, ws.agentId)?.absent, true, 'on shift, never came online');
      assert.equal(byId(board, ws.agentId)?.expected, 'online');
      assert.equal(byId(board, ws.otherId)?.absent, false);
      assert.equal(byId(board, ws.supervisorId), undefined, 'no schedule, not on the board');
      await ws.setStatus(0, 'online');
      board = await live();
      assert.equal(byId(board, ws.agentId)?.absent, false);
      assert.equal(byId(board, ws.agentId)?.inAdherence, true);
      assert.equal((await server.api.get(`${ws.base}/workforce/live`, ws.agentToken)).status, 403);

      const day = await server.api.get(
        `${ws.base}/workforce/day?date=${today()}`,
        ws.supervisorToken,
      );
      assert.equal(day.status, 200);
      const a = byId(day.body.agents, ws.agentId) as Json;
      assert.equal(a.timeline.at(-1).status, 'online');
      assert.ok(a.scheduledSeconds > 0);
      assert.ok(a.adheredSeconds <= a.scheduledSeconds);
      // Offline from the start of the shift until just now: out of adherence unless the day just began.
      const minutesIntoDay = (Date.now() - Date.parse(`${today()}T00:00:00Z`)) / 60_000;
      if (minutesIntoDay > 2) {
        assert.equal(a.outOfAdherence[0].expected, 'online');
        assert.equal(a.outOfAdherence[0].actual, 'offline');
        assert.ok(a.adherence < 0.05, `adherence ${a.adherence}`);
      }
      const mine = await server.api.get(`${ws.base}/workforce/day?date=${today()}`, ws.agentToken);
      assert.deepEqual(
        mine.body.agents.map((r: Json) => r.agentId),
        [ws.agentId],
      );
      for (const q of ['date=2026-13-40', 'date=today', `date=${today()}&timeZone=Nowhere/Else`]) {
        assert.equal(
          (await server.api.get(`${ws.base}/workforce/day?${q}`, ws.supervisorToken)).status,
          400,
          q,
        );
      }
    });

    test('teams: created, members set, figures pooled; bad input refused', async (t) => {
      const ws = await workspace();
      const created = await server.api.post(
        `${ws.base}/workforce/teams`,
        { name: '一課' },
        ws.supervisorToken,
      );
      assert.equal(created.status, 201);
      const teamId = created.body.id as string;
      assert.equal(
        (await server.api.post(`${ws.base}/workforce/teams`, { name: '一課' }, ws.supervisorToken))
          .status,
        409,
      );
      assert.equal(
        (await server.api.post(`${ws.base}/workforce/teams`, { name: ' ' }, ws.supervisorToken))
          .status,
        400,
      );
      assert.equal(
        (await server.api.post(`${ws.base}/workforce/teams`, { name: 'X' }, ws.agentToken)).status,
        403,
      );
      const members = `${ws.base}/workforce/teams/${teamId}/members`;
      assert.equal(
        (
          await server.api.put(
            members,
            { agentIds: [ws.agentId, 'usr_unknown'] },
            ws.supervisorToken,
          )
        ).status,
        400,
      );
      const set = await server.api.put(
        members,
        { agentIds: [ws.agentId, ws.otherId] },
        ws.supervisorToken,
      );
      assert.deepEqual(set.body.memberIds, [ws.agentId, ws.otherId]);

      // A scripted shift on a clock the test moves: ten minutes from T0, a minute boundary.
      const MIN = 60_000;
      const t0 = Math.ceil(Date.now() / MIN) * MIN + MIN;
      const at = (minutes: number) => new Date(t0 + minutes * MIN).toISOString();
      t.mock.timers.enable({ apis: ['Date'], now: t0 });
      // B is logged in but on a break throughout; A is available from T0.
      await ws.setStatus(1, 'away');
      await ws.setStatus(0, 'online');
      // T0+2: a customer asks for a person and A takes the chat.
      t.mock.timers.tick(2 * MIN);
      const chat = await ws.chat({ language: 'ja' });
      await chat.send('人と話したい');
      let assignee: string | null = null;
      for (let i = 0; i < 200 && assignee !== ws.agentId; i++) {
        assignee = (await ws.conversation(chat.conversationId)).assigneeId;
        if (assignee !== ws.agentId) await new Promise((r) => setTimeout(r, 25));
      }
      assert.equal(assignee, ws.agentId);
      // T0+5: A resolves it; T0+6 to T0+8: A on a break; then available until T0+10.
      t.mock.timers.tick(3 * MIN);
      const resolved = await server.api.post(
        `${ws.base}/conversations/${chat.conversationId}/resolve`,
        {},
        ws.agentToken,
      );
      assert.equal(resolved.status, 200);
      t.mock.timers.tick(MIN);
      await ws.setStatus(0, 'away');
      t.mock.timers.tick(2 * MIN);
      await ws.setStatus(0, 'online');
      t.mock.timers.tick(2 * MIN);
      // Console minutes: A's console open all ten minutes, B's the first five.
      const report = (token: string, minute: number) =>
        server.api.post(
          `${ws.base}/agents/me/activity`,
          { minuteStart: at(minute), keys: 10, clicks: 2, focusedSeconds: 60 },
          token,
        );
      for (let m = 0; m < 10; m++) assert.equal((await report(ws.agentToken, m)).status, 200);
      for (let m = 0; m < 5; m++) assert.equal((await report(ws.otherToken, m)).status, 200);

      const figures = await server.api.get(
        `${ws.base}/workforce/team-figures?from=${at(0)}&to=${at(10)}`,
        ws.supervisorToken,
      );
      assert.equal(figures.status, 200);
      const team = figures.body.teams.find((x: Json) => x.teamId === teamId);
      // Busy: the minutes from T0+2 to T0+5 (3). Logged in: 10 + 5. Online: A's minutes
      // outside the break (8; B was never available).
      assert.deepEqual(team, {
        teamId,
        name: '一課',
        members: 2,
        activeMembers: 2,
        utilisation: 3 / 15,
        occupancy: 3 / 8,
        handleSeconds: { median: 180 },
        conversations: 1,
      });
      t.mock.timers.reset();

      const list = await server.api.get(`${ws.base}/workforce/teams`, ws.agentToken);
      assert.deepEqual(list.body.teams, [
        { id: teamId, name: '一課', memberIds: [ws.agentId, ws.otherId] },
      ]);
      const del = await server.api.request('DELETE', `${ws.base}/workforce/teams/${teamId}`, {
        token: ws.supervisorToken,
      });
      assert.equal(del.status, 200);
      assert.deepEqual(
        (await server.api.get(`${ws.base}/workforce/teams`, ws.agentToken)).body.teams,
        [],
      );
      assert.equal(
        (
          await server.api.request('DELETE', `${ws.base}/workforce/teams/${teamId}`, {
            token: ws.supervisorToken,
          })
        ).status,
        404,
      );
    });
  });
}
