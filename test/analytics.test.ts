import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { createReportSchedule } from '../src/analytics/index.js';
import { createMailer } from '../src/channels/index.js';
import { startMailSink } from './support/channel-stand-ins.js';
import { databasesUnderTest, owner, startTestServer, type TestServer } from './support/harness.js';
import { createWorkspace } from './support/routing-workspace.js';

for (const database of databasesUnderTest()) {
  describe(`operations analytics (${database.name})`, () => {
    let server: TestServer;
    let ws: Awaited<ReturnType<typeof createWorkspace>>;
    let agentTokens: string[];
    let supervisorToken: string;
    const ids: Record<string, string> = {};
    let from: string;
    let to: string;

    const api = () => server.api;
    const summary = async (query = `from=${from}&to=${to}`, token = ws.adminToken) =>
      api().get(`${ws.base}/analytics/summary?${query}`, token);

    before(async () => {
      server = await startTestServer(database);
      ws = await createWorkspace(server, [
        { name: 'Aiko' },
        { name: 'Ben' },
        { name: 'Sae', role: 'supervisor' },
      ]);
      const users = await server.services.users.listUsers(ws.tenantId);
      // createWorkspace names its users a<i>-…@routing.test with one password.
      agentTokens = [];
      for (const id of ws.agentIds) {
        const user = users.find((u) => u.id === id);
        agentTokens.push(await api().login(user?.email as string, 'routing-password-1'));
      }
      supervisorToken = agentTokens[2] as string;
      from = new Date(Date.now() - 60_000).toISOString();

      // A scripted day: two conversations the bot keeps, three handed to a person.
      const c1 = await ws.chat();
      await c1.send('こんにちは');
      const c2 = await ws.chat();
      await c2.send('こんにちは');
      await c2.send('ありがとう');
      // Handed off, answered by Aiko, wrapped up and resolved; rated 5; bought something.
      const c3 = await ws.chat();
      await c3.send('送料について教えてください');
      await c3.send('人と話したい');
      // Handed off and closed before anybody answered: abandoned.
      const c4 = await ws.chat();
      await c4.send('送料が高いです');
      await c4.send('オペレーターをお願いします');
      // Handed off, assigned to Aiko, transferred to Ben who answers; rated 2; not resolved.
      const c5 = await ws.chat();
      await c5.send('返品したい');
      await c5.send('talk to a human');
      Object.assign(ids, {
        c1: c1.conversationId,
        c2: c2.conversationId,
        c3: c3.conversationId,
        c4: c4.conversationId,
        c5: c5.conversationId,
        t1: c1.customerToken,
        t3: c3.customerToken,
        t5: c5.customerToken,
      });
      const [aiko, ben] = ws.agentIds as [string, string];
      const post = (path: string, body: unknown, token = ws.adminToken) =>
        api().post(`${ws.base}${path}`, body, token);
      assert.equal(
        (await post(`/conversations/${c3.conversationId}/assign`, { agentId: aiko })).status,
        200,
      );
      assert.equal(
        (
          await post(
            `/conversations/${c3.conversationId}/messages`,
            { text: 'お待たせしました' },
            agentTokens[0],
          )
        ).status,
        201,
      );
      await post(
        `/conversations/${c3.conversationId}/messages`,
        { text: '送料は無料です' },
        agentTokens[0],
      );
      await api().put(
        `${ws.base}/conversations/${c3.conversationId}/wrap-up`,
        { category: '配送', summary: '送料の質問' },
        ws.adminToken,
      );
      assert.equal((await post(`/conversations/${c3.conversationId}/resolve`, {})).status, 200);
      assert.equal((await post(`/conversations/${c4.conversationId}/resolve`, {})).status, 200);
      await post(`/conversations/${c5.conversationId}/assign`, { agentId: aiko });
      assert.equal(
        (await post(`/conversations/${c5.conversationId}/transfer`, { agentId: ben })).status,
        200,
      );
      await post(
        `/conversations/${c5.conversationId}/messages`,
        { text: 'Hello, Ben here' },
        agentTokens[1],
      );

      const widget = `/api/v1/widget/${ws.widgetKey}/conversations`;
      const customer = (path: string, body: unknown, token: string) =>
        api().request('POST', `${widget}/${path}`, { body, token });
      assert.equal(
        (
          await customer(
            `${c3.conversationId}/csat`,
            { score: 5, comment: 'とても助かりました' },
            c3.customerToken,
          )
        ).status,
        200,
      );
      assert.equal(
        (await customer(`${c5.conversationId}/csat`, { score: 2 }, c5.customerToken)).status,
        200,
      );
      const bought = await customer(
        `${c3.conversationId}/conversion`,
        { value: 3000, currency: 'JPY', orderId: 'o-1' },
        c3.customerToken,
      );
      assert.deepEqual(bought.body, { recorded: true });
      const again = await customer(
        `${c3.conversationId}/conversion`,
        { value: 3000, currency: 'JPY', orderId: 'o-1' },
        c3.customerToken,
      );
      assert.deepEqual(again.body, { recorded: false }, 'one order counts once');
      await customer(
        `${c1.conversationId}/conversion`,
        { value: 1000, currency: 'JPY' },
        c1.customerToken,
      );
      await server.services.analytics.flush();
      to = new Date(Date.now() + 60_000).toISOString();
    });

    after(() => server?.cleanup());

    test('the scripted day gives the hand-counted numbers', async () => {
      const res = await summary();
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const s = res.body;
      assert.equal(s.conversations, 5);
      assert.equal(s.botResolved, 2);
      assert.equal(s.handedOff, 3);
      assert.equal(s.containmentRate, 0.4);
      assert.equal(s.answered, 2);
      assert.equal(s.responseRate, 0.6667);
      assert.equal(s.abandoned, 1);
      assert.equal(s.resolved, 2);
      assert.equal(s.transfers, 1);
      assert.deepEqual(s.csat, { count: 2, average: 3.5 });
      assert.deepEqual(s.byChannel, { web: 5 });
      assert.equal(s.byHour.length, 24);
      assert.equal(
        s.byHour.reduce((a: number, b: number) => a + b, 0),
        5,
      );
      const tokyoHour = Number(
        new Intl.DateTimeFormat('en-US', {
          timeZone: 'Asia/Tokyo',
          hour: '2-digit',
          hourCycle: 'h23',
        }).format(new Date()),
      );
      // Conversations are filed by the tenant's local hour (Asia/Tokyo unless set).
      assert.ok(s.byHour[tokyoHour] + s.byHour[(tokyoHour + 23) % 24] === 5);
      assert.ok(s.firstResponseSeconds, 'two answered conversations have a first response');
      assert.ok(s.firstResponseSeconds.median >= 0 && s.firstResponseSeconds.median < 30);
      assert.ok(s.firstResponseSeconds.p90 >= s.firstResponseSeconds.median);
      assert.ok(s.handleSeconds && s.handleSeconds.median >= 0, 'c3 was assigned and resolved');
      assert.equal(s.slaMetRate, 1, 'both answered within the 120 s default');
      assert.equal(s.conversion.conversions, 2);
      assert.equal(s.conversion.value, 4000);
      assert.equal(s.conversion.botConversions, 1);
      assert.equal(s.conversion.humanConversions, 1);
      assert.equal(s.conversion.botRate, 0.5);
      assert.equal(s.conversion.valuePerChat, 800);
      const byAgent = Object.fromEntries(s.byAgent.map((a: { key: string }) => [a.key, a]));
      const [aiko, ben] = ws.agentIds as [string, string];
      assert.equal(byAgent[aiko].answered, 1);
      assert.equal(byAgent[ben].answered, 1);
      // Inside one hour the conversations are read whole, filed under their last agent.
      assert.equal(byAgent[ben].transfers, 1);
      assert.equal(
        s.byCategory.find((c: { key: string }) => c.key === '配送')?.resolved,
        1,
        'the wrap-up category files the resolution',
      );
      assert.equal(s.roi, null, 'no cost per contact set yet');
    });

    test('a channel filter and a range before the day count nothing of it', async () => {
      const email = await summary(`from=${from}&to=${to}&channel=email`);
      assert.equal(email.body.conversations, 0);
      assert.equal(email.body.firstResponseSeconds, null);
      const earlier = await summary(`from=2020-01-01T00:00:00Z&to=2020-01-08T00:00:00Z`);
      assert.equal(earlier.body.conversations, 0);
      assert.equal(earlier.body.csat, null);
    });

    test('whole hours come from the rollups and the ends from outcomes, with the same totals', async () => {
      // A range spanning several whole hours reads rollups; one inside the hour reads outcomes only.
      const wide = await summary(
        `from=${new Date(Date.now() - 5 * 3_600_000).toISOString()}&to=${new Date(Date.now() + 5 * 3_600_000).toISOString()}`,
      );
      const narrow = await summary();
      for (const field of [
        'conversations',
        'handedOff',
        'answered',
        'abandoned',
        'transfers',
        'resolved',
      ]) {
        assert.equal(wide.body[field], narrow.body[field], field);
      }
      assert.deepEqual(wide.body.csat, narrow.body.csat);
      // In the rollups each fact is filed under the agent it concerns: the transfer is Aiko's.
      const aiko = wide.body.byAgent.find((a: { key: string }) => a.key === ws.agentIds[0]);
      const ben = wide.body.byAgent.find((a: { key: string }) => a.key === ws.agentIds[1]);
      assert.equal(aiko.transfers, 1);
      assert.equal(ben.transfers, 0);
      assert.equal(aiko.answered + ben.answered, 2);
    });

    test('a range of whole days reads the day rollups and histograms, with the same numbers', async () => {
      // Whole UTC days (today among them) come from the day rollups; the hours either side
      // from the hourly ones; a narrow range from the conversations themselves.
      const days = await summary(
        `from=${new Date(Date.now() - 3 * 86_400_000 - 1_234).toISOString()}&to=${new Date(Date.now() + 3 * 86_400_000 + 1_234).toISOString()}`,
      );
      assert.equal(days.status, 200, JSON.stringify(days.body));
      const hours = await summary(
        `from=${new Date(Date.now() - 5 * 3_600_000).toISOString()}&to=${new Date(Date.now() + 5 * 3_600_000).toISOString()}`,
      );
      const narrow = await summary();
      for (const field of [
        'conversations',
        'botResolved',
        'handedOff',
        'answered',
        'abandoned',
        'transfers',
        'resolved',
        'csat',
        'conversion',
        'byChannel',
        'byHour',
        'firstResponseSeconds',
        'handleSeconds',
        'slaMetRate',
      ]) {
        assert.deepEqual(days.body[field], hours.body[field], field);
        assert.deepEqual(days.body[field], narrow.body[field], field);
      }
      // Bot turns are counted per hour only (a partial hour has none from the conversations).
      for (const field of ['byAgent', 'byQueue', 'byCategory', 'botAnswers']) {
        assert.deepEqual(days.body[field], hours.body[field], field);
      }
      assert.equal(days.body.byDay.length, 7, 'a row per local day of the range');
      assert.equal(
        days.body.byDay.reduce((n: number, d: { conversations: number }) => n + d.conversations, 0),
        5,
      );
      // Filed as the rollups file facts (the transfer under the agent who passed it on), so
      // these are the day rows, not the conversations read whole.
      const aiko = days.body.byAgent.find((a: { key: string }) => a.key === ws.agentIds[0]);
      assert.equal(aiko?.transfers, 1);
      assert.equal(days.body.firstResponseSeconds.median < 30, true);
    });

    test('the ROI panel multiplies bot-resolved contacts by the tenant’s cost', async () => {
      const put = await api().put(
        `${ws.base}/analytics/settings`,
        { costPerContact: 600, currency: 'JPY' },
        ws.adminToken,
      );
      assert.equal(put.status, 200, JSON.stringify(put.body));
      const s = (await summary()).body;
      assert.deepEqual(s.roi, {
        botResolved: 2,
        costPerContact: 600,
        currency: 'JPY',
        saved: 1200,
      });
      const bySupervisor = await api().put(
        `${ws.base}/analytics/settings`,
        { costPerContact: 1 },
        supervisorToken,
      );
      assert.equal(bySupervisor.status, 403);
    });

    test('rebuilding from the fact log gives the same numbers', async () => {
      const wideQuery = `from=${new Date(Date.now() - 5 * 3_600_000).toISOString()}&to=${new Date(Date.now() + 5 * 3_600_000).toISOString()}`;
      const liveWide = (await summary(wideQuery)).body;
      assert.ok(liveWide.botAnswers >= 5, 'every bot-answered customer message is a bot turn');
      const live = (await summary()).body;
      const liveKeywords = (
        await api().get(`${ws.base}/analytics/keywords?from=${from}&to=${to}`, ws.adminToken)
      ).body;
      const result = await server.services.analytics.rebuild(ws.tenantId);
      assert.equal(result.conversations, 5);
      const rebuilt = (await summary()).body;
      assert.deepEqual(rebuilt, live);
      assert.deepEqual((await summary(wideQuery)).body, liveWide, 'the rollups too');
      const rebuiltKeywords = (
        await api().get(`${ws.base}/analytics/keywords?from=${from}&to=${to}`, ws.adminToken)
      ).body;
      assert.deepEqual(rebuiltKeywords, liveKeywords);
    });

    test('call reasons: terms with the previous period, and the conversations behind one', async () => {
      const res = await api().get(
        `${ws.base}/analytics/keywords?from=${from}&to=${to}`,
        ws.adminToken,
      );
      assert.equal(res.status, 200);
      const shipping = res.body.keywords.find((k: { term: string }) => k.term === '送料');
      assert.deepEqual(shipping, { term: '送料', count: 2, previousCount: 0 });
      assert.ok(res.body.rising.some((k: { term: string }) => k.term === '送料'));
      const drill = await api().get(
        `${ws.base}/analytics/conversations?from=${from}&to=${to}&term=${encodeURIComponent('送料')}`,
        ws.adminToken,
      );
      assert.equal(drill.status, 200);
      assert.deepEqual(
        drill.body.conversations.map((c: { id: string }) => c.id).sort(),
        [ids.c3, ids.c4].sort(),
      );
    });

    test('weekly and monthly reports download as XLSX and CSV', async () => {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
      const xlsx = await fetch(
        `${server.url}${ws.base}/reports/weekly?period=${today}&format=xlsx`,
        {
          headers: { authorization: `Bearer ${ws.adminToken}` },
        },
      );
      assert.equal(xlsx.status, 200);
      assert.match(xlsx.headers.get('content-type') ?? '', /spreadsheetml/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
      const sheet = workbook.getWorksheet('Summary');
      assert.ok(sheet);
      const rows = new Map<string, unknown>();
      sheet.eachRow((row) => {
        rows.set(String(row.getCell(1).value), row.getCell(2).value);
      });
      assert.equal(rows.get('Conversations'), 5);
      assert.equal(rows.get('Handed off'), 3);
      assert.equal(rows.get('Abandoned'), 1);
      assert.ok(workbook.getWorksheet('Keywords'));
      assert.ok(workbook.getWorksheet('Daily'));
      const month = today.slice(0, 7);
      const csv = await fetch(
        `${server.url}${ws.base}/reports/monthly?period=${month}&format=csv`,
        {
          headers: { authorization: `Bearer ${ws.adminToken}` },
        },
      );
      assert.equal(csv.status, 200);
      const bytes = Buffer.from(await csv.arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a BOM so Excel reads UTF-8');
      const text = bytes.toString('utf8');
      assert.match(text, /\r\nConversations,5,0\r\n/);
      assert.match(text, /送料,2,0,2/);
    });

    test('the export streams every message as CSV and JSONL', async () => {
      const all = await Promise.all(
        ['c1', 'c2', 'c3', 'c4', 'c5'].map(
          async (k) =>
            (await api().get(`${ws.base}/conversations/${ids[k]}`, ws.adminToken)).body.messages
              .length as number,
        ),
      );
      const total = all.reduce((a, b) => a + b, 0);
      const jsonl = await fetch(
        `${server.url}${ws.base}/exports/conversations?from=${from}&to=${to}&format=jsonl`,
        {
          headers: { authorization: `Bearer ${ws.adminToken}` },
        },
      );
      assert.equal(jsonl.status, 200);
      const lines = (await jsonl.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.equal(lines.length, total);
      assert.ok(
        lines.some((l) => l.text === 'とても助かりました') === false,
        'CSAT comments are not messages',
      );
      assert.ok(lines.some((l) => l.author === 'agent' && l.text === '送料は無料です'));
      const csv = await fetch(
        `${server.url}${ws.base}/exports/conversations?from=${from}&to=${to}&format=csv`,
        {
          headers: { authorization: `Bearer ${ws.adminToken}` },
        },
      );
      const rows = Buffer.from(await csv.arrayBuffer())
        .toString('utf8')
        .trimEnd()
        .split('\r\n');
      assert.equal(rows.length, total + 1, 'a header and one row per message');
      assert.match(rows[0] as string, /^\uFEFFconversationId,channel,status/);
    });

    test('bad input gets 400 and changes nothing', async () => {
      const bad = [
        `from=yesterday&to=${to}`,
        `from=${to}&to=${from}`,
        `from=${from}&to=${to}&channel=fax`,
        `to=${to}`,
        `from=2026-02-30T00:00:00Z&to=${to}`,
      ];
      for (const query of bad) {
        const res = await summary(query);
        assert.equal(res.status, 400, query);
        assert.equal(res.body.error.code, 'validation_failed');
        const kw = await api().get(`${ws.base}/analytics/keywords?${query}`, ws.adminToken);
        assert.equal(kw.status, 400, query);
      }
      const widget = `/api/v1/widget/${ws.widgetKey}/conversations/${ids.c1}`;
      for (const body of [{ score: 0 }, { score: 6 }, { score: 4.5 }, { score: '5' }, {}]) {
        const res = await api().request('POST', `${widget}/csat`, { body, token: ids.t1 });
        assert.equal(res.status, 400, JSON.stringify(body));
      }
      assert.equal(
        (await api().request('POST', `${widget}/csat`, { body: { score: 3 }, token: 'wrong' }))
          .status,
        401,
      );
      assert.equal(
        (
          await api().request('POST', `${widget}/conversion`, {
            body: { value: -1, currency: 'JPY' },
            token: ids.t1,
          })
        ).status,
        400,
      );
      assert.equal(
        (
          await api().request('POST', `${widget}/conversion`, {
            body: { value: 5, currency: 'yen' },
            token: ids.t1,
          })
        ).status,
        400,
      );
      for (const path of [
        'reports/weekly?period=2026-13-01',
        'reports/weekly?period=2026-12',
        'reports/monthly?period=2026-00',
        'reports/monthly?period=2026-12&format=pdf',
        'reports/daily?period=2026-12-01',
        `exports/conversations?from=${to}&to=${from}`,
        `exports/conversations?from=${from}&to=${to}&format=xml`,
      ]) {
        const res = await api().get(`${ws.base}/${path}`, ws.adminToken);
        assert.equal(res.status, 400, path);
      }
      const s = (await summary()).body;
      assert.deepEqual(s.csat, { count: 2, average: 3.5 }, 'nothing changed');
      assert.equal(s.conversion.conversions, 2);
    });

    test('agents may not read analytics; supervisors may; other tenants get 404', async () => {
      assert.equal((await summary(undefined, agentTokens[0])).status, 403);
      assert.equal(
        (await api().get(`${ws.base}/exports/conversations?from=${from}&to=${to}`, agentTokens[0]))
          .status,
        403,
      );
      assert.equal((await summary(undefined, supervisorToken)).status, 200);
      const other = await createWorkspace(server, []);
      const foreign = await api().get(
        `${ws.base}/analytics/summary?from=${from}&to=${to}`,
        other.adminToken,
      );
      assert.equal(foreign.status, 404);
      const foreignReport = await api().get(
        `${ws.base}/reports/weekly?period=2026-12-01`,
        other.adminToken,
      );
      assert.equal(foreignReport.status, 404);
      // The other tenant's own numbers hold none of this tenant's conversations.
      const own = await api().get(
        `${other.base}/analytics/summary?from=${from}&to=${to}`,
        other.adminToken,
      );
      assert.equal(own.body.conversations, 0);
      // A customer token of one tenant's conversation cannot rate through another widget key.
      const cross = await api().request(
        'POST',
        `/api/v1/widget/${other.widgetKey}/conversations/${ids.c1}/csat`,
        { body: { score: 1 }, token: ids.t1 },
      );
      assert.equal(cross.status, 404);
      const ownerToken = await api().login(owner.email, owner.password);
      assert.equal((await summary(undefined, ownerToken)).status, 200);
    });

    test('scheduled reports are emailed once per period, as XLSX', async () => {
      const noRecipients = await api().put(
        `${ws.base}/analytics/settings`,
        { reportSchedule: 'weekly', reportRecipients: [] },
        ws.adminToken,
      );
      assert.equal(noRecipients.status, 400);
      const put = await api().put(
        `${ws.base}/analytics/settings`,
        { reportSchedule: 'both', reportRecipients: ['boss@client.test'] },
        ws.adminToken,
      );
      assert.equal(put.status, 200, JSON.stringify(put.body));
      const sink = await startMailSink();
      try {
        const mailer = createMailer(sink.url);
        const schedule = createReportSchedule({
          analytics: server.services.analytics,
          tenantName: async () => 'Client',
          send: async (mail) =>
            (
              await mailer.send({
                from: 'reports@tsunagi.test',
                to: mail.to,
                subject: mail.subject,
                text: mail.text,
                messageId: `<r.${Date.now()}@tsunagi.test>`,
                attachments: [mail.attachment],
              })
            ).status === 'sent',
          onError: (error) => {
            throw error;
          },
        });
        const now = new Date();
        const sent = await schedule.runDue(now);
        assert.equal(sent[ws.tenantId]?.length, 2, JSON.stringify(sent));
        assert.equal(sink.mails.length, 2);
        for (const mail of sink.mails) {
          assert.deepEqual(mail.rcpt, ['boss@client.test']);
          const [file] = mail.parsed.attachments;
          assert.match(file?.filename ?? '', /^(weekly|monthly)-report-/);
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(file?.content as never);
          assert.ok(workbook.getWorksheet('Summary'));
        }
        assert.deepEqual(await schedule.runDue(now), {}, 'a period is sent once');
        assert.equal(sink.mails.length, 2);
      } finally {
        await sink.close();
        await api().put(`${ws.base}/analytics/settings`, { reportSchedule: 'off' }, ws.adminToken);
      }
    });

    test("an erased customer's words are not kept as call reasons, even when erased at once", async () => {
      const other = await createWorkspace(server, []);
      const kept = await other.chat();
      await kept.send('送料について教えてください');
      const erased = await other.chat();
      await erased.send('解約の手続きを教えてください');
      // Erased before the terms of its first message are stored (they are, in batches).
      const { conversation } = await server.services.conversations.getConversation(
        other.tenantId,
        erased.conversationId,
      );
      await server.services.privacy.eraseContact(other.tenantId, conversation.contactId, 'test');
      const until = new Date(Date.now() + 60_000).toISOString();
      const terms = async () =>
        (
          (
            await api().get(
              `${other.base}/analytics/keywords?from=${from}&to=${until}`,
              other.adminToken,
            )
          ).body.keywords as { term: string }[]
        ).map((k) => k.term);
      for (let i = 0; i < 50 && !(await terms()).includes('送料'); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const stored = await terms();
      assert.ok(stored.includes('送料'), `the other conversation's terms are stored: ${stored}`);
      assert.ok(!stored.includes('解約'), `nothing of the erased conversation: ${stored}`);
    });

    test('a tenant time zone moves the hours', async () => {
      const put = await api().put(
        `${ws.base}/routing/settings`,
        { timeZone: 'America/New_York' },
        ws.adminToken,
      );
      assert.equal(put.status, 200, JSON.stringify(put.body));
      const s = (await summary()).body;
      assert.equal(s.timeZone, 'America/New_York');
      const nyHour = Number(
        new Intl.DateTimeFormat('en-US', {
          timeZone: 'America/New_York',
          hour: '2-digit',
          hourCycle: 'h23',
        }).format(new Date()),
      );
      assert.ok(s.byHour[nyHour] + s.byHour[(nyHour + 23) % 24] === 5);
      await api().put(`${ws.base}/routing/settings`, { timeZone: 'Asia/Tokyo' }, ws.adminToken);
    });
  });
}
