import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  connectSocket,
  databasesUnderTest,
  startTestServer,
  type TestServer,
} from './support/harness.js';
import { createWorkspace, waitFor } from './support/routing-workspace.js';

const HUMAN_EN = 'talk to a human';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const database of databasesUnderTest()) {
  describe(`console and flow (${database.name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(database, { PRESENCE_GRACE_SECONDS: '2' });
    });
    after(() => server.cleanup());

    test('a console reconnecting within the grace period keeps the agent online and their chats', async () => {
      const ws = await createWorkspace(server, [{ name: 'Reloads', languages: ['en'] }]);
      await server.api.put(`${ws.base}/routing/settings`, { awayGraceSeconds: 1 }, ws.adminToken);
      const users = await ws.get('/users');
      const email = users.body.users.find((u: { id: string }) => u.id === ws.agentIds[0]).email;
      const token = await server.api.login(email, 'routing-password-1');
      const first = await connectSocket(server.url, '/agent', { token });
      await server.api.put(`${ws.base}/agents/me/status`, { status: 'online' }, token);
      const chat = await ws.chat({ language: 'en' });
      await chat.send(HUMAN_EN);
      assert.equal((await ws.conversation(chat.conversationId)).assigneeId, ws.agentIds[0]);

      const statusOf = async () =>
        (await ws.get('/supervisor/overview')).body.agents.find(
          (a: { id: string }) => a.id === ws.agentIds[0],
        ).status as string;
      // A page reload: the old socket goes, a new one comes a moment later.
      first.close();
      await sleep(300);
      const second = await connectSocket(server.url, '/agent', { token });
      // Past the reconnect grace and the re-routing grace together.
      await sleep(3500);
      assert.equal(await statusOf(), 'online', 'a reload does not set the agent away');
      const kept = await ws.conversation(chat.conversationId);
      assert.equal(kept.assigneeId, ws.agentIds[0], 'the unanswered chat stays with the agent');
      assert.equal(kept.status, 'assigned');

      // Gone for good: away once the grace period is over, not before.
      second.close();
      await sleep(500);
      assert.equal(await statusOf(), 'online', 'not before the grace period');
      const away = await waitFor(statusOf, (s) => s === 'away', 5000);
      assert.equal(away, 'away');
    });
  });
}
