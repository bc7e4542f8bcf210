import assert from 'node:assert/strict';
import { after, before, describe, mock, test } from 'node:test';
import ExcelJS from 'exceljs';
import { databasesUnderTest, startTestServer, type TestServer } from './support/harness.js';
import { createWorkspace } from './support/routing-workspace.js';

/** A Tokyo wall-clock time (UTC+9, no DST) as an instant. */
const tokyo = (local: string) => Date.parse(`${local}+09:00`);
const weekday = [{ open: '09:00', close: '18:00' }];

for (const database of databasesUnderTest()) {
  describe(`business-hours first response and handle time (${database.name})`, () => {
    let server: TestServer;
    let ws: Awaited<ReturnType<typeof createWorkspace>>;
    let agentToken: string;
    let adminToken: string;
    const emails: Record<'admin' | 'agent', string> = { admin: '', agent: '' };
    /** Moves the server's clock; sessions are signed in again at the new time. */
    const clockAt = async (ms: number) => {
      mock.timers.setTime(ms);
      adminToken = await api().login(emails.admin, 'routing-password-1');
      agentToken = await api().login(emails.agent, 'routing-password-1');
    };
    const api = () => server.api;
    const times = async (from: string, to: string) => {
      const res = await api().get(
        `${ws.base}/analytics/summary?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
        ws.adminToken,
      );
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const s = res.body;
      return {
        frt: s.firstResponseSeconds,
        aht: s.handleSeconds,
        frtBusiness: s.firstResponseBusinessSeconds,
        ahtBusiness: s.handleBusinessSeconds,
      };
    };
    // Thursday 10 December to Tuesday 15 December 2026, in Tokyo.
    const week = ['2026-12-10T00:00:00+09:00', '2026-12-15T00:00:00+09:00'] as const;

    before(async () => {
      server = await startTestServer(database);
      ws = await createWorkspace(server, [{ name: 'Aiko' }]);
      const users = await server.services.users.listUsers(ws.tenantId);
      emails.agent = users.find((u) => u.id === ws.agentIds[0])?.email as string;
      emails.admin = users.find((u) => u.role === 'admin')?.email as string;
      const put = await api().put(
        `${ws.base}/routing/settings`,
        {
          timeZone: 'Asia/Tokyo',
          businessHours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
          holidays: ['2026-12-14'],
        },
        ws.adminToken,
      );
      assert.equal(put.status, 200, JSON.stringify(put.body));

      // The clock the server reads, moved by hand (timers stay real).
      mock.timers.enable({ apis: ['Date'] });
      await clockAt(tokyo('2026-12-10T17:55:00'));
      const post = (path: string, body: unknown, token = adminToken) =>
        api().post(`${ws.base}${path}`, body, token);
      // Across a night: handed off and assigned at 17:55 Thursday, answered at 09:05 Friday,
      // resolved at 09:15.
      const night = await ws.chat();
      await night.send('人と話したい');
      assert.equal(
        (await post(`/conversations/${night.conversationId}/assign`, { agentId: ws.agentIds[0] }))
          .status,
        200,
      );
      await clockAt(tokyo('2026-12-11T09:05:00'));
      assert.equal(
        (
          await post(
            `/conversations/${night.conversationId}/messages`,
            { text: 'おはようございます' },
            agentToken,
          )
        ).status,
        201,
      );
      await clockAt(tokyo('2026-12-11T09:15:00'));
      assert.equal((await post(`/conversations/${night.conversationId}/resolve`, {})).status, 200);

      // Across a weekend and a holiday (Monday 14th): handed off and assigned at 17:30 Friday,
      // answered at 09:30 Tuesday, resolved at 10:00.
      await clockAt(tokyo('2026-12-11T17:30:00'));
      const weekend = await ws.chat();
      await weekend.send('人と話したい');
      await post(`/conversations/${weekend.conversationId}/assign`, { agentId: ws.agentIds[0] });
      await clockAt(tokyo('2026-12-15T09:30:00'));
      await post(
        `/conversations/${weekend.conversationId}/messages`,
        { text: 'お待たせしました' },
        agentToken,
      );
      await clockAt(tokyo('2026-12-15T10:00:00'));
      await post(`/conversations/${weekend.conversationId}/resolve`, {});
      mock.timers.reset();
      await server.services.analytics.flush();
    });
    after(async () => {
      await server.cleanup();
    });

    test('time outside opening hours and holidays is left out', async () => {
      // Night: wall-clock FRT 15 h 10 min (54,600 s), AHT 15 h 20 min (55,200 s); in business
      // hours 5 + 5 min (600 s) and 5 + 15 min (1,200 s). Each read from its log-spaced bucket.
      assert.deepEqual(await times('2026-12-10T00:00:00+09:00', '2026-12-11T00:00:00+09:00'), {
        frt: { median: 52773, p90: 52773 },
        aht: { median: 57549 },
        frtBusiness: { median: 583, p90: 583 },
        ahtBusiness: { median: 1166 },
      });
      // Weekend: wall-clock FRT 3 d 16 h (316,800 s), AHT 3 d 16 h 30 min (318,600 s); in
      // business hours 30 + 30 min (3,600 s) and 30 min + 1 h (5,400 s).
      assert.deepEqual(await times('2026-12-11T00:00:00+09:00', '2026-12-12T00:00:00+09:00'), {
        frt: { median: 325546, p90: 325546 },
        aht: { median: 325546 },
        frtBusiness: { median: 3597, p90: 3597 },
        ahtBusiness: { median: 5547 },
      });
      // Both: the median of two is the mean of their values.
      const both = await times(...week);
      assert.deepEqual(both.frtBusiness, { median: (583 + 3597) / 2, p90: 3597 });
      assert.deepEqual(both.ahtBusiness, { median: (1166 + 5547) / 2 });
      // A range of partial hours reads the conversations' own seconds: the same buckets.
      assert.deepEqual(
        await times('2026-12-10T17:50:00+09:00', '2026-12-10T18:00:00+09:00'),
        await times('2026-12-10T00:00:00+09:00', '2026-12-11T00:00:00+09:00'),
      );
    });

    test('the rebuild gives the same, and the report shows them', async () => {
      const live = await times(...week);
      await server.services.analytics.rebuild(ws.tenantId, { terms: false });
      assert.deepEqual(await times(...week), live);
      const res = await fetch(
        `${server.url}${ws.base}/reports/weekly?period=2026-12-10&format=xlsx`,
        {
          headers: { authorization: `Bearer ${ws.adminToken}` },
        },
      );
      assert.equal(res.status, 200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      const rows = new Map<string, unknown>();
      workbook.getWorksheet('Summary')?.eachRow((row) => {
        rows.set(String(row.getCell(1).value), row.getCell(2).value);
      });
      assert.equal(rows.get('First response median, business hours (s)'), (583 + 3597) / 2);
      assert.equal(rows.get('Handle time median, business hours (s)'), (1166 + 5547) / 2);
    });
  });
}
