import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databasesUnderTest, startTestServer, type TestServer } from './support/harness.js';
import { createWorkspace } from './support/routing-workspace.js';

const HOUR = 3_600_000;

for (const database of databasesUnderTest()) {
  describe(`analytics per team, and personal data in exports (${database.name})`, () => {
    let server: TestServer;
    let ws: Awaited<ReturnType<typeof createWorkspace>>;
    let tokens: string[];
    let range: string;
    const teamIds: Record<string, string> = {};
    const api = () => server.api;

    before(async () => {
      server = await startTestServer(database);
      ws = await createWorkspace(server, [{ name: 'Aiko' }, { name: 'Ben' }, { name: 'Cho' }]);
      const users = await server.services.users.listUsers(ws.tenantId);
      tokens = [];
      for (const id of ws.agentIds) {
        const email = users.find((u) => u.id === id)?.email as string;
        tokens.push(await api().login(email, 'routing-password-1'));
      }
      const [aiko, ben, cho] = ws.agentIds as [string, string, string];
      for (const [name, members] of [
        ['East', [aiko, ben]],
        ['West', [cho]],
        ['Empty', []],
      ] as const) {
        const created = await api().post(`${ws.base}/workforce/teams`, { name }, ws.adminToken);
        assert.equal(created.status, 201, JSON.stringify(created.body));
        teamIds[name] = created.body.id;
        const set = await api().put(
          `${ws.base}/workforce/teams/${created.body.id}/members`,
          { agentIds: members },
          ws.adminToken,
        );
        assert.equal(set.status, 200, JSON.stringify(set.body));
      }
      const post = (path: string, body: unknown, token = ws.adminToken) =>
        api().post(`${ws.base}${path}`, body, token);
      // Aiko answers and resolves one; Ben answers one; Cho is assigned one and never answers.
      const plan: [string, number, boolean, boolean][] = [
        [aiko, 0, true, true],
        [ben, 1, true, false],
        [cho, 2, false, false],
      ];
      for (const [agentId, index, answers, resolves] of plan) {
        const chat = await ws.chat();
        await chat.send('連絡先は taro.yamada@example.com、電話は 090-1234-5678 です');
        await chat.send('人と話したい');
        assert.equal(
          (await post(`/conversations/${chat.conversationId}/assign`, { agentId })).status,
          200,
        );
        if (answers) {
          const reply = await post(
            `/conversations/${chat.conversationId}/messages`,
            { text: 'hanako@example.jp から折り返します' },
            tokens[index],
          );
          assert.equal(reply.status, 201);
        }
        if (resolves) await post(`/conversations/${chat.conversationId}/resolve`, {});
      }
      await server.services.analytics.flush();
      // Whole hours around now: the counters filed by agent.
      const hour = Math.floor(Date.now() / HOUR) * HOUR;
      range = `from=${new Date(hour - 2 * HOUR).toISOString()}&to=${new Date(hour + 2 * HOUR).toISOString()}`;
    });
    after(() => server.cleanup());

    test('byTeam sums its members’ figures', async () => {
      const res = await api().get(`${ws.base}/analytics/summary?${range}`, ws.adminToken);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const pick = (r: Record<string, unknown>) => ({
        key: r.key,
        name: r.name,
        assigned: r.assigned,
        answered: r.answered,
        resolved: r.resolved,
      });
      assert.deepEqual(res.body.byTeam.map(pick), [
        { key: teamIds.East, name: 'East', assigned: 2, answered: 2, resolved: 1 },
        { key: teamIds.Empty, name: 'Empty', assigned: 0, answered: 0, resolved: 0 },
        { key: teamIds.West, name: 'West', assigned: 1, answered: 0, resolved: 0 },
      ]);
      const east = res.body.byTeam[0];
      const agents = res.body.byAgent.filter((r: { key: string }) =>
        ws.agentIds.slice(0, 2).includes(r.key),
      );
      assert.equal(
        east.firstResponseSecondsAverage,
        Math.round(
          agents.reduce(
            (s: number, r: { firstResponseSecondsAverage: number; answered: number }) =>
              s + r.firstResponseSecondsAverage * r.answered,
            0,
          ) / 2,
        ),
      );
      // The rebuild gives the same.
      await server.services.analytics.rebuild(ws.tenantId, { terms: false });
      const rebuilt = await api().get(`${ws.base}/analytics/summary?${range}`, ws.adminToken);
      assert.deepEqual(rebuilt.body.byTeam, res.body.byTeam);
    });

    test('an export read without pii.read has emails and phone numbers masked', async () => {
      const created = await api().post(
        `${ws.base}/api-tokens`,
        { name: 'BI', scopes: ['analytics:read'] },
        ws.adminToken,
      );
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const read = async (token: string, format: 'csv' | 'jsonl') => {
        const res = await fetch(
          `${server.url}${ws.base}/exports/conversations?${range}&format=${format}`,
          { headers: { authorization: `Bearer ${token}` } },
        );
        assert.equal(res.status, 200);
        return res.text();
      };
      for (const format of ['csv', 'jsonl'] as const) {
        const full = await read(ws.adminToken, format);
        assert.equal(full.split('taro.yamada@example.com').length - 1, 3, 'admins read it all');
        assert.equal(full.split('090-1234-5678').length - 1, 3);
        assert.equal(full.split('hanako@example.jp').length - 1, 2);
        const masked = await read(created.body.token, format);
        for (const secret of ['taro.yamada@example.com', '090-1234-5678', 'hanako@example.jp']) {
          assert.ok(!masked.includes(secret), `${format}: ${secret} is masked`);
        }
        assert.equal(masked.split('t***@example.com').length - 1, 3);
        assert.equal(masked.split('***-****-**78').length - 1, 3);
        assert.equal(masked.split('h***@example.jp').length - 1, 2);
        // Every message is still there, the rest of the text as written.
        assert.equal(masked.split('\n').length, full.split('\n').length);
        assert.equal(masked.split('人と話したい').length, full.split('人と話したい').length);
      }
    });
  });
}
