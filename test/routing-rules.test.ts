import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  connectSocket,
  databasesUnderTest,
  nextEvent,
  startTestServer,
  type TestServer,
} from './support/harness.js';
import { createWorkspace, waitFor } from './support/routing-workspace.js';

const HUMAN_JA = '人と話したい';
const HUMAN_EN = 'talk to a human';

for (const database of databasesUnderTest()) {
  describe(`routing rules (${database.name})`, () => {
    let server: TestServer;
    before(async () => {
      // A short reconnect grace, so the auto-away test need not wait the default 30 s.
      server = await startTestServer(database, { PRESENCE_GRACE_SECONDS: '1' });
    });
    after(() => server.cleanup());

    test('a queue’s skills are required and the language decides among those who have them', async () => {
      const ws = await createWorkspace(server, [
        { name: 'Generalist EN', languages: ['en'] },
        { name: 'Billing JA', languages: ['ja'], skills: ['billing'] },
        { name: 'Billing EN', languages: ['en'], skills: ['billing'], maxConcurrent: 5 },
      ]);
      const queue = await server.api.post(
        `${ws.base}/queues`,
        { name: 'Billing (EN)', skills: ['billing'], languages: ['en'] },
        ws.adminToken,
      );
      assert.equal(queue.status, 201);
      for (const i of [0, 1, 2]) await ws.setStatus(i, 'online');

      const en = await ws.chat({ language: 'en' });
      await en.send(HUMAN_EN);
      const enConversation = await ws.conversation(en.conversationId);
      assert.equal(enConversation.assigneeId, ws.agentIds[2], 'skilled and speaks English');

      const ja = await ws.chat({ language: 'ja' });
      await ja.send(HUMAN_JA);
      // No Japanese queue and no default: any free agent, the Japanese speaker first.
      assert.equal((await ws.conversation(ja.conversationId)).assigneeId, ws.agentIds[1]);

      const listed = await ws.get('/queues');
      assert.deepEqual(
        listed.body.queues.map((q: { name: string }) => q.name),
        ['Billing (EN)'],
      );
    });

    test('VIPs, then angry customers, then returning ones are served first', async () => {
      const ws = await createWorkspace(server, [
        { name: 'Solo', languages: ['ja'], maxConcurrent: 1 },
      ]);
      const calm = await ws.chat({ language: 'ja', contact: { name: 'Calm' } });
      await calm.send(HUMAN_JA);
      const angry = await ws.chat({ language: 'ja', contact: { name: 'Angry' } });
      await angry.send('最悪です。何度も連絡しているのにふざけないでください。人と話したい');
      const vip = await ws.chat({ language: 'ja', contact: { name: 'VIP', externalId: 'vip-1' } });
      const details = await ws.get(`/conversations/${vip.conversationId}/details`);
      const marked = await server.api.put(
        `${ws.base}/contacts/${details.body.contact.id}/vip`,
        { isVip: true },
        ws.adminToken,
      );
      assert.equal(marked.status, 200);
      await vip.send(HUMAN_JA);

      await ws.setStatus(0, 'online');
      assert.equal((await ws.conversation(vip.conversationId)).status, 'assigned', 'the VIP first');
      assert.equal((await ws.conversation(angry.conversationId)).status, 'queued');
      await server.api.post(
        `${ws.base}/conversations/${vip.conversationId}/resolve`,
        {},
        ws.adminToken,
      );
      assert.equal(
        (await ws.conversation(angry.conversationId)).status,
        'assigned',
        'then the angry one',
      );
      assert.equal((await ws.conversation(calm.conversationId)).status, 'queued');
      await server.api.post(
        `${ws.base}/conversations/${angry.conversationId}/resolve`,
        {},
        ws.adminToken,
      );
      assert.equal((await ws.conversation(calm.conversationId)).status, 'assigned');
    });

    test('a free agent gets the first conversation they can take, however far down the queue', async () => {
      const ws = await createWorkspace(server, [
        { name: 'English only', languages: ['en'], maxConcurrent: 1 },
      ]);
      // Japanese conversations wait for a Japanese speaker (the queue holds them, no overflow).
      const queue = await server.api.post(
        `${ws.base}/queues`,
        { name: '日本語', languages: ['ja'] },
        ws.adminToken,
      );
      assert.equal(queue.status, 201);
      const waiting = [];
      for (let i = 0; i < 12; i++) {
        const ja = await ws.chat({ language: 'ja' });
        await ja.send(HUMAN_JA);
        waiting.push(ja.conversationId);
      }
      const en = await ws.chat({ language: 'en' });
      await en.send(HUMAN_EN);

      await ws.setStatus(0, 'online');
      const placed = await ws.conversation(en.conversationId);
      assert.equal(placed.status, 'assigned');
      assert.equal(placed.assigneeId, ws.agentIds[0]);
      for (const id of waiting) assert.equal((await ws.conversation(id)).status, 'queued');
    });

    test('a first-time customer goes to a free senior agent; a returning one to the least loaded', async () => {
      const ws = await createWorkspace(server, [
        { name: 'Senior', languages: ['ja'], level: 'senior', maxConcurrent: 5 },
        { name: 'Regular', languages: ['ja'], level: 'regular', maxConcurrent: 5 },
      ]);
      await ws.setStatus(0, 'online');
      await ws.setStatus(1, 'online');
      const first = await ws.chat({ language: 'ja', contact: { externalId: 'cust-1' } });
      await first.send(HUMAN_JA);
      const second = await ws.chat({ language: 'ja', contact: { externalId: 'cust-2' } });
      await second.send(HUMAN_JA);
      assert.equal((await ws.conversation(first.conversationId)).assigneeId, ws.agentIds[0]);
      assert.equal(
        (await ws.conversation(second.conversationId)).assigneeId,
        ws.agentIds[0],
        'still the senior, though busier',
      );
      const again = await ws.chat({ language: 'ja', contact: { externalId: 'cust-1' } });
      await again.send(HUMAN_JA);
      assert.equal(
        (await ws.conversation(again.conversationId)).assigneeId,
        ws.agentIds[1],
        'returning: least load',
      );
    });

    test('business hours: the widget learns when operators are back; holidays close the day', async () => {
      const ws = await createWorkspace(server, [{ name: 'A' }]);
      const open = await server.api.get(`/api/v1/widget/${ws.widgetKey}/availability`);
      assert.deepEqual(
        open.body,
        { isOpen: true, operatorsOnline: 0, formUrl: `/form/${ws.widgetKey}` },
        'no hours: always open, but nobody is online yet',
      );
      await ws.setStatus(0, 'online');
      const staffed = await server.api.get(`/api/v1/widget/${ws.widgetKey}/availability`);
      assert.equal(staffed.body.operatorsOnline, 1);

      const today = new Date().toISOString().slice(0, 10);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const allDay = [{ open: '00:00', close: '24:00' }];
      const everyDay = Object.fromEntries(
        ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, allDay]),
      );
      const saved = await server.api.put(
        `${ws.base}/routing/settings`,
        { timeZone: 'UTC', businessHours: everyDay, holidays: [today] },
        ws.adminToken,
      );
      assert.equal(saved.status, 200);
      const closed = await server.api.get(`/api/v1/widget/${ws.widgetKey}/availability`);
      assert.equal(closed.body.isOpen, false);
      assert.equal(closed.body.nextOpenAt, `${tomorrow}T00:00:00.000Z`);

      // A queue with its own hours (open all week) still closes on the tenant's holidays.
      const queue = await server.api.post(
        `${ws.base}/queues`,
        { name: 'Night', businessHours: everyDay },
        ws.adminToken,
      );
      const byQueue = await server.api.get(
        `/api/v1/widget/${ws.widgetKey}/availability?queueId=${queue.body.id}`,
      );
      assert.equal(byQueue.body.isOpen, false);

      const bad = await server.api.put(
        `${ws.base}/routing/settings`,
        { timeZone: 'Mars/Olympus' },
        ws.adminToken,
      );
      assert.equal(bad.status, 400);
      const badHours = await server.api.put(
        `${ws.base}/routing/settings`,
        { businessHours: { mon: [{ open: '18:00', close: '09:00' }] } },
        ws.adminToken,
      );
      assert.equal(badHours.status, 400);
      assert.equal((await ws.get('/routing/settings')).body.timeZone, 'UTC', 'nothing changed');
      assert.equal((await server.api.get('/api/v1/widget/nope/availability')).status, 404);
    });

    test('transfer to an agent and to a queue with a note; hand back to the bot; the customer is told', async () => {
      const ws = await createWorkspace(server, [
        { name: '佐藤', languages: ['ja'] },
        { name: '鈴木', languages: ['ja'] },
        { name: 'Returns', languages: ['ja'], skills: ['returns'] },
      ]);
      const returns = await server.api.post(
        `${ws.base}/queues`,
        { name: 'Returns', skills: ['returns'] },
        ws.adminToken,
      );
      await ws.setStatus(0, 'online');
      const chat = await ws.chat({ language: 'ja' });
      await chat.send(HUMAN_JA);
      assert.equal((await ws.conversation(chat.conversationId)).assigneeId, ws.agentIds[0]);

      await ws.setStatus(1, 'online');
      const moved = await server.api.post(
        `${ws.base}/conversations/${chat.conversationId}/transfer`,
        { agentId: ws.agentIds[1], note: '返品の件、引き継ぎます' },
        ws.adminToken,
      );
      assert.equal(moved.status, 200);
      assert.equal(moved.body.assigneeId, ws.agentIds[1]);
      let history = (await chat.history()).body;
      assert.match(history.messages.at(-1).text, /鈴木が対応します/);
      assert.ok(
        !JSON.stringify(history).includes('引き継ぎます'),
        'the note never reaches the customer',
      );
      const details = await ws.get(`/conversations/${chat.conversationId}/details`);
      assert.equal(details.body.notes[0].text, '返品の件、引き継ぎます');

      await ws.setStatus(2, 'online');
      const toQueue = await server.api.post(
        `${ws.base}/conversations/${chat.conversationId}/transfer`,
        { queueId: returns.body.id },
        ws.adminToken,
      );
      assert.equal(toQueue.status, 200);
      assert.equal(toQueue.body.assigneeId, ws.agentIds[2], 'routed within the queue by skill');
      history = (await chat.history()).body;
      assert.ok(
        history.messages.some((m: { text: string }) => m.text.includes('担当者を変更しています')),
      );

      const back = await server.api.post(
        `${ws.base}/conversations/${chat.conversationId}/hand-back`,
        {},
        ws.adminToken,
      );
      assert.equal(back.status, 200);
      assert.equal(back.body.status, 'bot');
      history = (await chat.history()).body;
      assert.equal(history.status, 'bot');
      assert.match(history.messages.at(-1).text, /チャットボット/);
      const answer = await chat.send('送料はいくらですか？');
      assert.equal(answer.body.replies[0].author, 'bot', 'the bot answers again');
    });

    test('transfer refuses a full agent, a missing target and foreign ids, changing nothing', async () => {
      const ws = await createWorkspace(server, [
        { name: 'A', languages: ['en'] },
        { name: 'Full', languages: ['en'], maxConcurrent: 1 },
      ]);
      await ws.setStatus(1, 'online');
      const busy = await ws.chat({ language: 'en' });
      await busy.send(HUMAN_EN);
      await ws.setStatus(0, 'online');
      const chat = await ws.chat({ language: 'en' });
      await chat.send(HUMAN_EN);
      const before = await ws.conversation(chat.conversationId);
      assert.equal(before.assigneeId, ws.agentIds[0]);
      const url = `${ws.base}/conversations/${chat.conversationId}/transfer`;
      const full = await server.api.post(url, { agentId: ws.agentIds[1] }, ws.adminToken);
      assert.equal(full.status, 409);
      assert.equal((await server.api.post(url, {}, ws.adminToken)).status, 400);
      assert.equal(
        (await server.api.post(url, { agentId: 'x', queueId: 'y' }, ws.adminToken)).status,
        400,
      );
      assert.equal(
        (await server.api.post(url, { queueId: 'que_missing' }, ws.adminToken)).status,
        404,
      );
      assert.equal(
        (await server.api.post(url, { agentId: 'usr_missing' }, ws.adminToken)).status,
        404,
      );
      const other = await createWorkspace(server, []);
      const foreign = await server.api.post(
        `${other.base}/conversations/${chat.conversationId}/transfer`,
        { agentId: ws.agentIds[1] },
        other.adminToken,
      );
      assert.equal(foreign.status, 404);
      assert.deepEqual(await ws.conversation(chat.conversationId), before, 'unchanged');
    });

    test('auto-away when the console disconnects, then re-routing of unanswered work after the grace period', async () => {
      const ws = await createWorkspace(server, [
        { name: 'Leaves', languages: ['en'] },
        { name: 'Stays', languages: ['en'] },
      ]);
      await server.api.put(`${ws.base}/routing/settings`, { awayGraceSeconds: 1 }, ws.adminToken);
      const users = await ws.get('/users');
      const email = users.body.users.find((u: { id: string }) => u.id === ws.agentIds[0]).email;
      const token = await server.api.login(email, 'routing-password-1');
      const socket = await connectSocket(server.url, '/agent', { token });
      await server.api.put(`${ws.base}/agents/me/status`, { status: 'online' }, token);
      const chat = await ws.chat({ language: 'en' });
      await chat.send(HUMAN_EN);
      assert.equal((await ws.conversation(chat.conversationId)).assigneeId, ws.agentIds[0]);
      // An answered conversation stays with its agent.
      const answered = await ws.chat({ language: 'en' });
      await answered.send(HUMAN_EN);
      await server.api.post(
        `${ws.base}/conversations/${answered.conversationId}/messages`,
        { text: 'Hello!' },
        token,
      );

      await ws.setStatus(1, 'online');
      const supervisor = await connectSocket(server.url, '/agent', { token: ws.adminToken });
      const away = nextEvent(
        supervisor,
        'agent.status_changed',
        (e: { userId: string; status: string }) => e.userId === ws.agentIds[0],
      );
      socket.close();
      assert.equal((await away).status, 'away');
      const overview = await ws.get('/supervisor/overview');
      assert.equal(
        overview.body.agents.find((a: { id: string }) => a.id === ws.agentIds[0]).status,
        'away',
      );
      assert.equal(
        (await ws.conversation(chat.conversationId)).assigneeId,
        ws.agentIds[0],
        'not before the grace period',
      );

      const moved = await waitFor(
        () => ws.conversation(chat.conversationId),
        (c) => c.assigneeId === ws.agentIds[1],
        4000,
      );
      assert.equal(moved.assigneeId, ws.agentIds[1]);
      assert.equal((await ws.conversation(answered.conversationId)).assigneeId, ws.agentIds[0]);
      const history = (await chat.history()).body.messages.map((m: { text: string }) => m.text);
      assert.ok(history.some((t: string) => t.includes('connecting you to another operator')));
      supervisor.close();
    });

    test('overflow moves a long wait to the overflow queue, where another team takes it', async () => {
      const ws = await createWorkspace(server, [
        { name: 'Overflow team', languages: ['en'], skills: ['overflow'] },
      ]);
      const spill = await server.api.post(
        `${ws.base}/queues`,
        { name: 'Spill', skills: ['overflow'] },
        ws.adminToken,
      );
      const main = await server.api.post(
        `${ws.base}/queues`,
        {
          name: 'Main',
          skills: ['main'],
          languages: ['en'],
          overflowQueueId: spill.body.id,
          overflowAfterSeconds: 1,
        },
        ws.adminToken,
      );
      assert.equal(main.status, 201);
      await ws.setStatus(0, 'online');
      const chat = await ws.chat({ language: 'en' });
      await chat.send(HUMAN_EN);
      assert.equal(
        (await ws.conversation(chat.conversationId)).status,
        'queued',
        'nobody has the main skill',
      );
      await new Promise((r) => setTimeout(r, 1100));
      await server.services.routing.sweepTenant(ws.tenantId);
      assert.equal((await ws.conversation(chat.conversationId)).assigneeId, ws.agentIds[0]);
      const self = await server.api.put(
        `${ws.base}/queues/${main.body.id}`,
        { name: 'Main', overflowQueueId: main.body.id },
        ws.adminToken,
      );
      assert.equal(self.status, 400);
    });

    test('deleting a queue moves who waits in it to the default queue; the default stays', async () => {
      const ws = await createWorkspace(server, [
        { name: 'Billing only', languages: ['en'], skills: ['billing'] },
      ]);
      const general = await server.api.post(
        `${ws.base}/queues`,
        { name: 'General', isDefault: true },
        ws.adminToken,
      );
      const closing = await server.api.post(
        `${ws.base}/queues`,
        { name: 'Closing', skills: ['nobody-has-this'], languages: ['en'] },
        ws.adminToken,
      );
      const spill = await server.api.post(
        `${ws.base}/queues`,
        { name: 'Spill', overflowQueueId: closing.body.id, overflowAfterSeconds: 600 },
        ws.adminToken,
      );
      await ws.setStatus(0, 'online');
      const chat = await ws.chat({ language: 'en' });
      await chat.send(HUMAN_EN);
      const details = (id: string) =>
        server.api.get(`${ws.base}/conversations/${id}/details`, ws.adminToken);
      const before = (await details(chat.conversationId)).body;
      assert.equal(before.queueId, closing.body.id, 'waits in the English queue nobody serves');
      assert.equal((await ws.conversation(chat.conversationId)).status, 'queued');

      const remove = (id: string, token = ws.adminToken) =>
        server.api.request('DELETE', `${ws.base}/queues/${id}`, { token });
      const refused = await remove(general.body.id);
      assert.equal(refused.status, 409, 'the default queue is kept');
      assert.equal((await remove('que_missing')).status, 404);

      const deleted = await remove(closing.body.id);
      assert.equal(deleted.status, 200);
      assert.deepEqual(deleted.body, { deleted: true });
      const after = (await details(chat.conversationId)).body;
      assert.equal(after.queueId, general.body.id, 'moved to the default queue');
      assert.equal(after.queuedAt, before.queuedAt, 'keeps its place in line');
      // The default queue asks no skill: the online agent now takes it.
      assert.equal((await ws.conversation(chat.conversationId)).assigneeId, ws.agentIds[0]);
      const queues = (await ws.get('/queues')).body.queues as {
        id: string;
        overflowQueueId: string | null;
      }[];
      assert.deepEqual(
        queues.map((q) => q.id),
        [general.body.id, spill.body.id],
      );
      assert.equal(queues.find((q) => q.id === spill.body.id)?.overflowQueueId, null);
      assert.equal((await remove(closing.body.id)).status, 404, 'already gone');
    });

    test('only admins change routing; agents get 403', async () => {
      const ws = await createWorkspace(server, [{ name: 'Agent', languages: ['en'] }]);
      const users = await ws.get('/users');
      const email = users.body.users.find((u: { id: string }) => u.id === ws.agentIds[0]).email;
      const token = await server.api.login(email, 'routing-password-1');
      assert.equal((await server.api.post(`${ws.base}/queues`, { name: 'X' }, token)).status, 403);
      const own = await server.api.post(`${ws.base}/queues`, { name: 'Kept' }, ws.adminToken);
      const removal = await server.api.request('DELETE', `${ws.base}/queues/${own.body.id}`, {
        token,
      });
      assert.equal(removal.status, 403);
      await server.api.request('DELETE', `${ws.base}/queues/${own.body.id}`, {
        token: ws.adminToken,
      });
      assert.equal(
        (
          await server.api.put(
            `${ws.base}/agents/${ws.agentIds[0]}/routing`,
            { maxConcurrent: 50 },
            token,
          )
        ).status,
        403,
      );
      assert.equal((await ws.get('/queues')).body.queues.length, 0);
      const level = await server.api.put(
        `${ws.base}/agents/${ws.agentIds[0]}/routing`,
        { level: 'boss' },
        ws.adminToken,
      );
      assert.equal(level.status, 400);
    });
  });
}
