import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { databasesUnderTest, startTestServer, type TestServer } from './support/harness.js';
import { createWorkspace } from './support/routing-workspace.js';

const HOUR = 3_600_000;

for (const database of databasesUnderTest()) {
  describe(`conversion without a chat (${database.name})`, () => {
    let server: TestServer;
    let ws: Awaited<ReturnType<typeof createWorkspace>>;
    let from: string;
    let to: string;
    const api = () => server.api;
    const visit = (visitorId: string, key = ws.widgetKey) =>
      api().post(`/api/v1/widget/${key}/visit`, { visitorId });
    const buy = (body: Record<string, unknown>, key = ws.widgetKey) =>
      api().post(`/api/v1/widget/${key}/conversion`, body);
    const conversion = async (query: string) => {
      const res = await api().get(`${ws.base}/analytics/summary?${query}`, ws.adminToken);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const c = res.body.conversion;
      return {
        visitors: c.visitors,
        visitorsWithoutChat: c.visitorsWithoutChat,
        noChatConversions: c.noChatConversions,
        noChatValue: c.noChatValue,
        noChatRate: c.noChatRate,
      };
    };
    const expected = {
      visitors: 5,
      visitorsWithoutChat: 3,
      noChatConversions: 2,
      noChatValue: 1200,
      noChatRate: 0.6667,
    };

    before(async () => {
      server = await startTestServer(database);
      ws = await createWorkspace(server, [{ name: 'Aiko' }]);
      from = new Date(Date.now() - 60_000).toISOString();
      // v1 visits twice and buys without chatting (the order reported twice).
      assert.deepEqual((await visit('visitor-0001')).body, { recorded: true });
      assert.deepEqual((await visit('visitor-0001')).body, { recorded: false });
      const first = { visitorId: 'visitor-0001', value: 1000, currency: 'JPY', orderId: 'o-1' };
      assert.deepEqual((await buy(first)).body, { recorded: true });
      assert.deepEqual((await buy(first)).body, { recorded: false });
      // v2 only looks.
      assert.equal((await visit('visitor-0002')).status, 200);
      // v3 chats, then buys: a purchase after a chat, not one without.
      assert.equal((await visit('visitor-0003')).status, 200);
      await ws.chat({ visitorId: 'visitor-0003' });
      await buy({ visitorId: 'visitor-0003', value: 3000, currency: 'JPY', orderId: 'o-3' });
      // v4 buys first and chats later the same day: their day is one with a chat after all.
      assert.equal((await visit('visitor-0004')).status, 200);
      await buy({ visitorId: 'visitor-0004', value: 500, currency: 'JPY', orderId: 'o-4' });
      await ws.chat({ visitorId: 'visitor-0004' });
      // v5's visit never arrived; the purchase alone makes the visitor day.
      await buy({ visitorId: 'visitor-0005', value: 200, currency: 'JPY' });
      // A chat without a visitor id (another widget version) counts no visitor.
      await ws.chat();
      to = new Date(Date.now() + 60_000).toISOString();
    });
    after(() => server.cleanup());

    test('no-chat purchases ÷ visitors who did not chat, on any range', async () => {
      assert.deepEqual(await conversion(`from=${from}&to=${to}`), expected);
      // Whole hours around now: read from the hour rollup rather than the visitor days.
      const hourFrom = new Date(Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR).toISOString();
      const hourTo = new Date(Math.floor(Date.now() / HOUR) * HOUR + 2 * HOUR).toISOString();
      const wide = `from=${hourFrom}&to=${hourTo}`;
      assert.deepEqual(await conversion(wide), expected);
      assert.deepEqual(await conversion(`${wide}&channel=web`), expected);
      assert.deepEqual(await conversion(`${wide}&channel=line`), {
        visitors: 0,
        visitorsWithoutChat: 0,
        noChatConversions: 0,
        noChatValue: 0,
        noChatRate: 0,
      });
      // The per-conversation figures stay apart: three chats, no purchase reported on them.
      const s = (await api().get(`${ws.base}/analytics/summary?${wide}`, ws.adminToken)).body;
      assert.equal(s.conversations, 3);
      assert.equal(s.conversion.conversions, 0);
      // Before the first visit there was nothing.
      const earlier = `from=${new Date(Date.parse(from) - 24 * HOUR).toISOString()}&to=${from}`;
      assert.equal((await conversion(earlier)).visitors, 0);
    });

    test('the rebuild gives the same numbers', async () => {
      const hourFrom = new Date(Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR).toISOString();
      const hourTo = new Date(Math.floor(Date.now() / HOUR) * HOUR + 2 * HOUR).toISOString();
      await server.services.analytics.rebuild(ws.tenantId, { terms: false });
      assert.deepEqual(await conversion(`from=${from}&to=${to}`), expected);
      assert.deepEqual(await conversion(`from=${hourFrom}&to=${hourTo}`), expected);
    });

    test('a visitor day is a local date: a chat after midnight does not undo the day before', async () => {
      const analytics = server.services.analytics;
      // 23:50 and 00:10 in Tokyo (UTC+9), well outside the other tests' hours.
      const evening = '2026-03-01T14:50:00.000Z';
      const night = '2026-03-01T15:10:00.000Z';
      await analytics.recordVisit(ws.tenantId, 'visitor-night', evening);
      await analytics.recordVisitorPurchase(
        ws.tenantId,
        { visitorId: 'visitor-night', value: 700, currency: 'JPY', orderId: 'o-night' },
        evening,
      );
      await analytics.recordVisitorChat(ws.tenantId, 'visitor-night', night);
      const range = (a: string, b: string) =>
        `from=${encodeURIComponent(a)}&to=${encodeURIComponent(b)}`;
      assert.deepEqual(
        await conversion(range('2026-03-01T00:00:00+09:00', '2026-03-02T00:00:00+09:00')),
        {
          visitors: 1,
          visitorsWithoutChat: 1,
          noChatConversions: 1,
          noChatValue: 700,
          noChatRate: 1,
        },
      );
      assert.deepEqual(
        await conversion(range('2026-03-02T00:00:00+09:00', '2026-03-03T00:00:00+09:00')),
        {
          visitors: 1,
          visitorsWithoutChat: 0,
          noChatConversions: 0,
          noChatValue: 0,
          noChatRate: 0,
        },
      );
    });

    test('the weekly report shows it', async () => {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
      const res = await fetch(
        `${server.url}${ws.base}/reports/weekly?period=${today}&format=xlsx`,
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
      assert.equal(rows.get('Visitors (widget, per day)'), 5);
      assert.equal(rows.get('Visitors without a chat'), 3);
      assert.equal(rows.get('Purchases without a chat'), 2);
      assert.equal(rows.get('Conversion rate without a chat'), 0.6667);
    });

    test('bad input is a 400 and records nothing; an unknown widget key a 404', async () => {
      assert.equal((await visit('x')).status, 400);
      assert.equal((await visit('bad id with spaces')).status, 400);
      assert.equal(
        (await buy({ visitorId: 'visitor-0009', value: 10, currency: 'yen' })).status,
        400,
      );
      assert.equal(
        (await buy({ visitorId: 'visitor-0009', value: -1, currency: 'JPY' })).status,
        400,
      );
      assert.equal((await buy({ value: 10, currency: 'JPY' })).status, 400);
      assert.equal((await visit('visitor-0009', 'no-such-key')).status, 404);
      await assert.rejects(ws.chat({ visitorId: '!' }), /400/);
      assert.deepEqual(await conversion(`from=${from}&to=${to}`), expected);
    });
  });
}
