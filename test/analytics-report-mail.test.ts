import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { localParts, startOfLocalDate } from '../src/analytics/periods.js';
import { startMailSink } from './support/channel-stand-ins.js';
import { databasesUnderTest, startTestServer, type TestServer } from './support/harness.js';
import { createWorkspace } from './support/routing-workspace.js';

const ZONE = 'Asia/Tokyo';
const addDays = (date: string, days: number) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

for (const database of databasesUnderTest()) {
  describe(`scheduled report mails (${database.name})`, () => {
    let server: TestServer;
    let sink: Awaited<ReturnType<typeof startMailSink>>;
    let ws: Awaited<ReturnType<typeof createWorkspace>>;
    // This week's Monday in Tokyo (the week the conversations below fall in) and the next one.
    const today = localParts(new Date(), ZONE).date;
    const monday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
    const nextMonday = startOfLocalDate(addDays(monday, 7), ZONE);
    const month = today.slice(0, 7);
    const [year, m] = month.split('-').map(Number) as [number, number];
    const nextMonth = startOfLocalDate(
      m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`,
      ZONE,
    );

    const summaryRows = async (content: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(content as never);
      const rows = new Map<string, unknown>();
      workbook.getWorksheet('Summary')?.eachRow((row) => {
        rows.set(String(row.getCell(1).value), row.getCell(2).value);
      });
      return rows;
    };

    before(async () => {
      sink = await startMailSink();
      server = await startTestServer(database, {
        SMTP_URL: sink.url,
        MAIL_FROM: 'reports@tsunagi.test',
      });
      ws = await createWorkspace(server, [{ name: 'Aiko' }]);
      // Three conversations this week; one handed to a person.
      await (await ws.chat()).send('こんにちは');
      await (await ws.chat()).send('こんにちは');
      await (await ws.chat()).send('人と話したい');
    });
    after(async () => {
      await server.cleanup();
      await sink.close();
    });

    test('the week is sent at the start of the next one in the tenant zone, once', async () => {
      const put = await server.api.put(
        `${ws.base}/analytics/settings`,
        { reportSchedule: 'weekly', reportRecipients: ['boss@client.test', 'ops@client.test'] },
        ws.adminToken,
      );
      assert.equal(put.status, 200, JSON.stringify(put.body));
      // A millisecond before Monday 00:00 in Tokyo: the week before this one is the last whole one.
      const justBefore = new Date(nextMonday.getTime() - 1);
      const early = await server.reports.runDue(justBefore);
      assert.deepEqual(early[ws.tenantId], [`weekly:${addDays(monday, -7)}`]);
      assert.equal(sink.mails.length, 2);
      const earlyRows = await summaryRows(sink.mails[0]?.parsed.attachments[0]?.content as Buffer);
      assert.equal(earlyRows.get('Conversations'), 0);
      sink.mails.length = 0;

      // Monday 00:00 in Tokyo (Sunday 15:00 UTC): this week is over. Two nodes' timers at once.
      const [a, b] = await Promise.all([
        server.reports.runDue(nextMonday),
        server.reports.runDue(nextMonday),
      ]);
      assert.deepEqual(
        [...(a[ws.tenantId] ?? []), ...(b[ws.tenantId] ?? [])],
        [`weekly:${monday}`],
        'one node sends it',
      );
      assert.equal(sink.mails.length, 2);
      assert.deepEqual(sink.mails.map((mail) => mail.rcpt[0]).sort(), [
        'boss@client.test',
        'ops@client.test',
      ]);
      for (const mail of sink.mails) {
        assert.equal(mail.mailFrom, 'reports@tsunagi.test');
        assert.match(mail.parsed.subject ?? '', new RegExp(`weekly report ${monday}`));
        assert.match(mail.parsed.text ?? '', /Conversations: 3 \(previous 0\)/);
        const [file] = mail.parsed.attachments;
        assert.equal(file?.filename, `weekly-report-${monday}.xlsx`);
        const rows = await summaryRows(file?.content as Buffer);
        assert.equal(rows.get('Conversations'), 3);
        assert.equal(rows.get('Bot resolved'), 2);
        assert.equal(rows.get('Handed off'), 1);
      }
      // Later ticks of the same week send nothing more.
      assert.deepEqual(await server.reports.runDue(new Date(nextMonday.getTime() + 3_600_000)), {});
      assert.equal(sink.mails.length, 2);
      const sends = await server.services.analytics.reportSends(ws.tenantId);
      assert.deepEqual(
        sends.map((s) => [s.kind, s.period, Number(s.recipients)]).sort(),
        [
          ['weekly', addDays(monday, -7), 2],
          ['weekly', monday, 2],
        ].sort(),
      );
      sink.mails.length = 0;
    });

    test('the month is sent on the first of the next month, and nothing when off', async () => {
      await server.api.put(
        `${ws.base}/analytics/settings`,
        { reportSchedule: 'monthly', reportRecipients: ['boss@client.test'] },
        ws.adminToken,
      );
      const sent = await server.reports.runDue(nextMonth);
      assert.deepEqual(sent[ws.tenantId], [`monthly:${month}`]);
      assert.equal(sink.mails.length, 1);
      const rows = await summaryRows(sink.mails[0]?.parsed.attachments[0]?.content as Buffer);
      assert.equal(rows.get('Conversations'), 3);
      sink.mails.length = 0;
      await server.api.put(
        `${ws.base}/analytics/settings`,
        { reportSchedule: 'off' },
        ws.adminToken,
      );
      const nextWeekAfter = new Date(nextMonday.getTime() + 7 * 86_400_000);
      assert.deepEqual(await server.reports.runDue(nextWeekAfter), {});
      assert.equal(sink.mails.length, 0);
    });
  });
}
