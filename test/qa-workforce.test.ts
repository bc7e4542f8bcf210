import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Socket } from 'socket.io-client';
import {
  connectSocket,
  databasesUnderTest,
  type Json,
  nextEvent,
  startTestServer,
  type TestServer,
} from './support/harness.js';
import { createWorkspace, waitFor } from './support/routing-workspace.js';

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

for (const database of databasesUnderTest()) {
  describe(`quality and workforce (${database.name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(database);
    });
    after(() => server.cleanup());

    /** A tenant with an admin, an agent (index 0) and a supervisor (index 1), all able to log in. */
    async function workspace() {
      const ws = await createWorkspace(server, [
        { name: 'Agent A', languages: ['ja', 'en'] },
        { name: 'Supervisor S', role: 'supervisor', languages: ['ja', 'en'] },
      ]);
      const users = (await ws.get('/users')).body.users as { id: string; email: string }[];
      const login = (id: string) =>
        server.api.login(users.find((u) => u.id === id)?.email ?? '', 'routing-password-1');
      return {
        ...ws,
        agentId: ws.agentIds[0] as string,
        supervisorId: ws.agentIds[1] as string,
        agentToken: await login(ws.agentIds[0] as string),
        supervisorToken: await login(ws.agentIds[1] as string),
      };
    }
    type Workspace = Awaited<ReturnType<typeof workspace>>;
    let a: Workspace;
    let b: Workspace;
    before(async () => {
      a = await workspace();
      b = await workspace();
    });

    const findings = async (ws: Workspace, conversationId: string, token = ws.adminToken) =>
      (await server.api.get(`${ws.base}/qa/findings?conversationId=${conversationId}`, token)).body
        .findings as Json[];

    /** A conversation handed to the workspace's agent. */
    async function assignedChat(ws: Workspace) {
      await ws.setStatus(0, 'online');
      const chat = await ws.chat({ language: 'ja' });
      await chat.send('人と話したい');
      await waitFor(
        () => ws.conversation(chat.conversationId),
        (c) => c.assigneeId === ws.agentId,
      );
      const reply = (text: string) =>
        server.api.post(
          `${ws.base}/conversations/${chat.conversationId}/messages`,
          { text },
          ws.agentToken,
        );
      return { ...chat, reply };
    }

    test('the OpenAPI document lists every quality and workforce endpoint', async () => {
      const doc = (await server.api.get('/api/v1/openapi.json')).body;
      for (const [path, method] of [
        ['/api/v1/tenants/{tenantId}/qa/ng-words', 'put'],
        ['/api/v1/tenants/{tenantId}/qa/check', 'post'],
        ['/api/v1/tenants/{tenantId}/qa/findings', 'get'],
        ['/api/v1/tenants/{tenantId}/qa/review-queue', 'get'],
        ['/api/v1/tenants/{tenantId}/agents/me/activity', 'post'],
        ['/api/v1/tenants/{tenantId}/workforce/agents', 'get'],
        ['/api/v1/tenants/{tenantId}/workforce/staffing', 'post'],
        ['/api/v1/tenants/{tenantId}/workforce/forecast', 'get'],
      ] as const) {
        assert.ok(doc.paths[path]?.[method], `${method.toUpperCase()} ${path}`);
      }
    });

    test('NG words: the tenant list is replaced by admins only; bad input changes nothing', async () => {
      const url = `${a.base}/qa/ng-words`;
      assert.equal((await server.api.put(url, { words: ['競合A社'] }, a.adminToken)).status, 200);
      for (const body of [
        {},
        { words: '競合A社' },
        { words: [''] },
        { words: ['x'.repeat(51)] },
        { words: new Array(1001).fill('w') },
        { words: ['a\u0000b'] },
      ]) {
        const res = await server.api.put(url, body, a.adminToken);
        assert.equal(res.status, 400, JSON.stringify(body).slice(0, 80));
        assert.equal(res.body.error.code, 'validation_failed');
      }
      assert.equal((await server.api.put(url, { words: ['x'] }, a.agentToken)).status, 403);
      assert.equal((await server.api.put(url, { words: ['x'] }, b.adminToken)).status, 404);
      assert.equal((await server.api.put(url, { words: ['x'] })).status, 401);
      assert.deepEqual((await server.api.get(url, a.adminToken)).body.words, ['競合A社']);

      // The tenant's own word, full width, is found for tenant A and not for tenant B.
      const text = 'ご案内: 競合Ａ社 の方が安いです';
      const check = await server.api.post(`${a.base}/qa/check`, { text }, a.agentToken);
      assert.equal(check.status, 200);
      assert.deepEqual(check.body.findings, [
        { rule: 'ng_word', severity: 'high', start: 5, end: 9, text: '競合Ａ社' },
      ]);
      const other = await server.api.post(`${b.base}/qa/check`, { text }, b.agentToken);
      assert.deepEqual(other.body.findings, []);
      // One list: words set on the older banned-words endpoint apply to the next check at once.
      await server.api.put(`${a.base}/banned-words`, { words: ['激安'] }, a.adminToken);
      const now = await server.api.post(
        `${a.base}/qa/check`,
        { text: 'ｹﾞｷﾔｽ 激 安セール' },
        a.agentToken,
      );
      assert.deepEqual(
        now.body.findings.map((f: Json) => f.text),
        ['激 安'],
      );
      await server.api.put(url, { words: ['競合A社'] }, a.adminToken);
    });

    test('qa/check finds variants with UTF-16 spans, escalation as high, and rejects bad input', async () => {
      const text = '😀 お前は ば か だ。責任者を出せ';
      const res = await server.api.post(
        `${a.base}/qa/check`,
        { text, author: 'customer' },
        a.agentToken,
      );
      assert.equal(res.status, 200);
      assert.deepEqual(
        res.body.findings.map((f: Json) => [
          f.rule,
          f.severity,
          text.slice(f.start, f.end),
          f.text,
        ]),
        [
          ['ng_word', 'high', 'ば か', 'ば か'],
          ['escalation', 'high', '責任者を出せ', '責任者を出せ'],
        ],
      );
      const clean = await server.api.post(
        `${a.base}/qa/check`,
        { text: 'バカンスの予定は届いたばかりです' },
        a.agentToken,
      );
      assert.deepEqual(clean.body.findings, []);
      for (const body of [
        {},
        { text: 5 },
        { text: 'x', author: 'bot' },
        { text: 'x'.repeat(5001) },
      ]) {
        assert.equal(
          (await server.api.post(`${a.base}/qa/check`, body, a.agentToken)).status,
          400,
          JSON.stringify(body).slice(0, 60),
        );
      }
      const malformed = await server.api.request('POST', `${a.base}/qa/check`, {
        raw: '{"text":',
        token: a.agentToken,
      });
      assert.equal(malformed.status, 400);
      assert.equal(
        (await server.api.post(`${a.base}/qa/check`, { text: 'x' }, b.agentToken)).status,
        404,
      );
    });

    test('every stored customer message is scanned; supervisors hear qa.alert at once, agents and other tenants never', async () => {
      const supervisor = await connectSocket(server.url, '/agent', { token: a.supervisorToken });
      const admin = await connectSocket(server.url, '/agent', { token: a.adminToken });
      const heardByAgent: Json[] = [];
      const agent = await connectSocket(
        server.url,
        '/agent',
        { token: a.agentToken },
        (s: Socket) => s.on('qa.alert', (p: Json) => heardByAgent.push(p)),
      );
      const heardByOtherTenant: Json[] = [];
      const otherSupervisor = await connectSocket(
        server.url,
        '/agent',
        { token: b.supervisorToken },
        (s: Socket) => s.on('qa.alert', (p: Json) => heardByOtherTenant.push(p)),
      );
      try {
        const chat = await a.chat({ language: 'ja' });
        const alert = nextEvent(
          supervisor,
          'qa.alert',
          (p: Json) => p.conversationId === chat.conversationId,
        );
        const adminAlert = nextEvent(
          admin,
          'qa.alert',
          (p: Json) => p.conversationId === chat.conversationId,
        );
        const sent = await chat.send('いい加減にしろ、責任者を出せ！');
        assert.equal(sent.status, 200);
        const payload = await alert;
        await adminAlert;
        assert.equal(payload.finding.rule, 'escalation');
        assert.equal(payload.finding.severity, 'high');
        assert.equal(payload.finding.text, '責任者を出せ');
        assert.equal(payload.finding.messageId, sent.body.message.id);
        assert.equal(
          sent.body.message.text.slice(payload.finding.start, payload.finding.end),
          '責任者を出せ',
        );
        await settle();
        assert.deepEqual(heardByAgent, [], 'agents do not get qa.alert');
        assert.deepEqual(heardByOtherTenant, [], 'another tenant hears nothing');

        const stored = await findings(a, chat.conversationId);
        assert.deepEqual(stored.map((f) => [f.rule, f.severity, f.text, f.author]).sort(), [
          ['anger', 'medium', 'いい加減にしろ', 'customer'],
          ['escalation', 'high', '責任者を出せ', 'customer'],
        ]);
        // Scanning the same message again (a replayed event) stores and alerts nothing new.
        const again = nextEvent(supervisor, 'qa.alert', () => true, 700).then(
          () => 'alerted',
          () => 'quiet',
        );
        await server.services.qa.scanMessage({
          type: 'message.created',
          tenantId: a.tenantId,
          message: { ...sent.body.message, authorName: null },
          conversation: {
            status: 'bot',
            assigneeId: null,
            channel: 'widget',
            createdAt: sent.body.message.createdAt,
          },
        });
        assert.equal(await again, 'quiet');
        assert.equal((await findings(a, chat.conversationId)).length, 2);

        // Tenant isolation and bad ids.
        const foreign = await server.api.get(
          `${b.base}/qa/findings?conversationId=${chat.conversationId}`,
          b.adminToken,
        );
        assert.equal(foreign.status, 404);
        assert.equal(
          (
            await server.api.get(
              `${a.base}/qa/findings?conversationId=${chat.conversationId}`,
              b.adminToken,
            )
          ).status,
          404,
        );
        assert.equal(
          (
            await server.api.get(
              `${a.base}/qa/findings?conversationId=${'x'.repeat(101)}`,
              a.adminToken,
            )
          ).status,
          400,
        );
      } finally {
        for (const s of [supervisor, admin, agent, otherSupervisor]) s.close();
      }
    });

    test('an agent warned before sending who sends anyway is recorded; agents see only their own findings', async () => {
      const chat = await assignedChat(a);
      const text = 'そんなばかな質問はやめてください';
      const warned = await server.api.post(
        `${a.base}/qa/check`,
        { text, author: 'agent' },
        a.agentToken,
      );
      assert.equal(warned.body.findings[0].rule, 'ng_word');
      assert.equal((await chat.reply(text)).status, 201);
      const stored = await waitFor(
        () => findings(a, chat.conversationId),
        (list) => list.some((f) => f.rule === 'ng_word'),
      );
      const ng = stored.find((f) => f.rule === 'ng_word');
      assert.equal(ng.sentDespiteWarning, true);
      assert.equal(ng.agentId, a.agentId);
      assert.equal(ng.text, 'ばか');
      // The first reply had no greeting.
      assert.ok(stored.some((f) => f.rule === 'missing_greeting'));
      // Without a warning first, the same words are not marked as sent despite one.
      await chat.reply('ばかな話ですね');
      const later = await waitFor(
        () => findings(a, chat.conversationId),
        (list) => list.filter((f) => f.rule === 'ng_word').length === 2,
      );
      assert.deepEqual(
        later
          .filter((f) => f.rule === 'ng_word')
          .map((f) => f.sentDespiteWarning)
          .sort(),
        [false, true],
      );
      // The agent's own list holds their findings; a supervisor sees the customer's too.
      const own = (await server.api.get(`${a.base}/qa/findings`, a.agentToken)).body
        .findings as Json[];
      assert.ok(own.length > 0 && own.every((f) => f.agentId === a.agentId));
    });

    test('on resolve, a promise never kept and a missing closing are found', async () => {
      const chat = await assignedChat(a);
      await chat.reply('お問い合わせありがとうございます。確認して本日中に折り返します');
      const resolved = await server.api.post(
        `${a.base}/conversations/${chat.conversationId}/resolve`,
        {},
        a.agentToken,
      );
      assert.equal(resolved.status, 200);
      const stored = await waitFor(
        () => findings(a, chat.conversationId),
        (list) => list.some((f) => f.rule === 'broken_promise'),
      );
      assert.deepEqual(stored.map((f) => [f.rule, f.text]).sort(), [
        ['broken_promise', '折り返します'],
        ['missing_closing', 'お問い合わせありがとうございます。確認して本日中に折り返します'],
      ]);
    });

    test('the review queue ranks the riskiest first; a review takes it out; the agent sees the feedback', async () => {
      const mild = await assignedChat(a);
      await mild.reply('確認します'); // missing greeting: low
      const bad = await a.chat({ language: 'ja' });
      await bad.send('責任者を出せ。解約します');
      await waitFor(
        async () =>
          (await server.api.get(`${a.base}/qa/review-queue?limit=50`, a.supervisorToken)).body,
        // Both findings of the message are stored (the scan runs after commit).
        (body: Json) =>
          body.conversations.some(
            (c: Json) => c.id === bad.conversationId && c.findings.length === 2,
          ),
      );
      const queue = (await server.api.get(`${a.base}/qa/review-queue?limit=50`, a.supervisorToken))
        .body.conversations as Json[];
      const risks = queue.map((c) => c.risk);
      assert.deepEqual(
        risks,
        [...risks].sort((x, y) => y - x),
        'riskiest first',
      );
      const badIndex = queue.findIndex((c) => c.id === bad.conversationId);
      const mildIndex = queue.findIndex((c) => c.id === mild.conversationId);
      assert.ok(badIndex >= 0 && mildIndex > badIndex, `${badIndex} before ${mildIndex}`);
      assert.equal(queue[badIndex].risk, 20);
      assert.equal(queue[badIndex].findings.length, 2);
      const limited = await server.api.get(`${a.base}/qa/review-queue?limit=1`, a.supervisorToken);
      assert.equal(limited.body.conversations.length, 1);
      for (const q of ['limit=0', 'limit=abc', 'limit=501']) {
        assert.equal(
          (await server.api.get(`${a.base}/qa/review-queue?${q}`, a.supervisorToken)).status,
          400,
        );
      }
      assert.equal((await server.api.get(`${a.base}/qa/review-queue`, a.agentToken)).status, 403);
      assert.equal(
        (await server.api.get(`${a.base}/qa/review-queue`, b.supervisorToken)).status,
        404,
      );
      const otherQueue = await server.api.get(`${b.base}/qa/review-queue`, b.supervisorToken);
      assert.ok(!otherQueue.body.conversations.some((c: Json) => c.id === bad.conversationId));

      // Scorecard review of the agent's conversation.
      const card = await server.api.get(`${a.base}/qa/scorecard`, a.supervisorToken);
      const criteria = card.body.criteria as { id: string }[];
      const scores = Object.fromEntries(criteria.map((c, i) => [c.id, (i % 5) + 1]));
      for (const body of [
        { conversationId: mild.conversationId, scores: { [criteria[0]?.id ?? '']: 6 } },
        { conversationId: mild.conversationId, scores: { nope: 3 } },
        { conversationId: mild.conversationId, scores: {} },
      ]) {
        assert.equal(
          (await server.api.post(`${a.base}/qa/reviews`, body, a.supervisorToken)).status,
          400,
        );
      }
      assert.equal(
        (
          await server.api.post(
            `${a.base}/qa/reviews`,
            { conversationId: 'conv_nope', scores },
            a.supervisorToken,
          )
        ).status,
        404,
      );
      const review = await server.api.post(
        `${a.base}/qa/reviews`,
        { conversationId: mild.conversationId, scores, comment: '挨拶を忘れずに' },
        a.supervisorToken,
      );
      assert.equal(review.status, 201);
      assert.equal(review.body.agentId, a.agentId);
      const after = (await server.api.get(`${a.base}/qa/review-queue?limit=500`, a.supervisorToken))
        .body.conversations as Json[];
      assert.ok(!after.some((c) => c.id === mild.conversationId), 'reviewed leaves the queue');
      const feedback = (await server.api.get(`${a.base}/qa/reviews`, a.agentToken)).body
        .reviews as Json[];
      assert.deepEqual(
        feedback.map((r) => r.comment),
        ['挨拶を忘れずに'],
      );
      const trends = (await server.api.get(`${a.base}/qa/trends`, a.supervisorToken)).body
        .trends as Json[];
      assert.ok(trends.some((t) => t.agentId === a.agentId && t.averageScore !== null));
    });

    test('activity reports give utilisation per agent with bands; agents see their own row', async () => {
      const url = `${a.base}/agents/me/activity`;
      const now = Date.now();
      const minute = (back: number) => new Date(now - back * 60_000).toISOString();
      for (const body of [
        {},
        { minuteStart: 'yesterday', keys: 1, clicks: 1, focusedSeconds: 1 },
        { minuteStart: minute(1), keys: -1, clicks: 1, focusedSeconds: 1 },
        { minuteStart: minute(1), keys: 1, clicks: 1, focusedSeconds: 61 },
        { minuteStart: minute(1), keys: 1, clicks: 1, focusedSeconds: 1, text: 'typed words' },
        { minuteStart: minute(-10), keys: 1, clicks: 1, focusedSeconds: 1 },
      ]) {
        assert.equal(
          (await server.api.post(url, body, a.agentToken)).status,
          400,
          JSON.stringify(body),
        );
      }
      assert.equal(
        (
          await server.api.post(
            url,
            { minuteStart: minute(1), keys: 1, clicks: 0, focusedSeconds: 5 },
            b.agentToken,
          )
        ).status,
        404,
      );
      // Ten minutes logged in (the last two idle), then a conversation assigned in the current minute.
      for (let back = 9; back >= 0; back--) {
        const idle = back === 3 || back === 4;
        const res = await server.api.post(
          url,
          {
            minuteStart: minute(back),
            keys: idle ? 0 : 12,
            clicks: idle ? 0 : 3,
            focusedSeconds: idle ? 0 : 60,
          },
          a.agentToken,
        );
        assert.equal(res.status, 200);
      }
      const from = new Date(now - 30 * 60_000).toISOString();
      const to = new Date(now + 5 * 60_000).toISOString();
      const board = await server.api.get(
        `${a.base}/workforce/agents?from=${from}&to=${to}`,
        a.supervisorToken,
      );
      assert.equal(board.status, 200);
      const row = board.body.agents.find((r: Json) => r.agentId === a.agentId);
      assert.ok(row, JSON.stringify(board.body));
      assert.equal(row.activeMinutes, 8);
      assert.equal(row.idleMinutes, 2);
      assert.equal(
        row.band,
        row.utilisation >= 0.75 ? 'over' : row.utilisation >= 0.45 ? 'right' : 'under',
      );
      assert.ok(row.handledConversations >= 1, 'conversations of the earlier tests');
      // The agent sees their own row only.
      const mine = await server.api.get(
        `${a.base}/workforce/agents?from=${from}&to=${to}`,
        a.agentToken,
      );
      assert.deepEqual(
        mine.body.agents.map((r: Json) => r.agentId),
        [a.agentId],
      );
      // Band targets are the tenant's own.
      const settings = `${a.base}/workforce/settings`;
      assert.equal(
        (
          await server.api.put(
            settings,
            { bands: { over: 0.5, right: 0.6, under: 0.3 } },
            a.adminToken,
          )
        ).status,
        400,
      );
      assert.equal(
        (
          await server.api.put(
            settings,
            { bands: { over: 0.9, right: 0.6, under: 0.3 } },
            a.agentToken,
          )
        ).status,
        403,
      );
      assert.equal(
        (
          await server.api.put(
            settings,
            { bands: { over: 0.3, right: 0.2, under: 0.1 } },
            a.adminToken,
          )
        ).status,
        200,
      );
      const rebanded = await server.api.get(
        `${a.base}/workforce/agents?from=${from}&to=${to}`,
        a.supervisorToken,
      );
      const again = rebanded.body.agents.find((r: Json) => r.agentId === a.agentId);
      assert.equal(
        again.band,
        again.utilisation >= 0.25 ? 'over' : again.utilisation >= 0.15 ? 'right' : 'under',
      );
      for (const q of [
        `from=${to}&to=${from}`,
        'from=nope',
        `from=2020-01-01T00:00:00Z&to=${to}`,
      ]) {
        assert.equal(
          (await server.api.get(`${a.base}/workforce/agents?${q}`, a.supervisorToken)).status,
          400,
          q,
        );
      }
      assert.equal(
        (await server.api.get(`${a.base}/workforce/agents`, b.supervisorToken)).status,
        404,
      );
    });

    test('staffing answers Erlang C, Erlang A with patience, and rejects bad input', async () => {
      const url = `${a.base}/workforce/staffing`;
      const body = {
        contactsPerHour: 200,
        handleSeconds: 180,
        targetServiceLevel: 0.8,
        targetSeconds: 20,
      };
      const c = await server.api.post(url, body, a.supervisorToken);
      assert.equal(c.status, 200);
      assert.equal(c.body.agents, 14);
      assert.equal(c.body.model, 'erlang_c');
      assert.ok(Math.abs(c.body.occupancy - 10 / 14) < 1e-9);
      assert.ok(c.body.serviceLevel >= 0.8 && c.body.averageWaitSeconds > 0);
      const withPatience = await server.api.post(
        url,
        { ...body, patienceSeconds: 120 },
        a.supervisorToken,
      );
      assert.equal(withPatience.body.model, 'erlang_a');
      assert.ok(withPatience.body.agents <= 14);
      const chat = await server.api.post(url, { ...body, concurrency: 3 }, a.supervisorToken);
      assert.equal(chat.body.agents, 5);
      for (const bad of [
        {},
        { ...body, targetServiceLevel: 1.5 },
        { ...body, handleSeconds: 0 },
        { ...body, contactsPerHour: -1 },
        { ...body, concurrency: 0 },
        { ...body, patienceSeconds: 'long' },
      ]) {
        assert.equal(
          (await server.api.post(url, bad, a.supervisorToken)).status,
          400,
          JSON.stringify(bad),
        );
      }
      assert.equal((await server.api.post(url, body, a.agentToken)).status, 403);
      assert.equal((await server.api.post(url, body, b.supervisorToken)).status, 404);
    });

    test('the forecast covers the coming week by hour with a backtest', async () => {
      const res = await server.api.get(`${a.base}/workforce/forecast?weeks=1`, a.supervisorToken);
      assert.equal(res.status, 200);
      assert.equal(res.body.hours.length, 168);
      const starts = res.body.hours.map((h: Json) => Date.parse(h.start));
      assert.ok(
        starts.every(
          (s: number, i: number) => i === 0 || s - (starts[i - 1] as number) === 3_600_000,
        ),
      );
      assert.ok(res.body.hours.every((h: Json) => h.expected >= 0));
      // Under two weeks of history there is nothing to backtest.
      assert.equal(res.body.backtest.mape, null);
      assert.equal(
        (await server.api.get(`${a.base}/workforce/forecast?weeks=2`, a.supervisorToken)).body.hours
          .length,
        336,
      );
      for (const q of ['weeks=0', 'weeks=5', 'weeks=x']) {
        assert.equal(
          (await server.api.get(`${a.base}/workforce/forecast?${q}`, a.supervisorToken)).status,
          400,
        );
      }
      assert.equal(
        (await server.api.get(`${a.base}/workforce/forecast`, a.agentToken)).status,
        403,
      );
      assert.equal(
        (await server.api.get(`${a.base}/workforce/forecast`, b.supervisorToken)).status,
        404,
      );
    });
  });
}
