import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTsunagi, type Tsunagi } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import {
  type Api,
  createApi,
  createPgSchema,
  databasesUnderTest,
  owner,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';
import { createWorkspace, waitFor } from './support/routing-workspace.js';

type Conversation = { id: string; status: string; assigneeId: string | null };

/** What a user would check: nobody over capacity, one agent per conversation, one "joined" each. */
async function assertSound(
  api: Api,
  base: string,
  token: string,
  agents: { id: string; capacity: number }[],
  chats: {
    conversationId: string;
    history: () => Promise<{ body: { messages: { author: string }[] } }>;
  }[],
  expectedAssigned: number,
) {
  const list = (
    await waitFor(
      () => api.get(`${base}/conversations?status=assigned`, token),
      (r) => r.body.conversations.length >= expectedAssigned,
      8000,
    )
  ).body.conversations as Conversation[];
  // Settle, then re-read: nothing more may happen.
  await new Promise((r) => setTimeout(r, 300));
  const assigned = (await api.get(`${base}/conversations?status=assigned`, token)).body
    .conversations as Conversation[];
  assert.equal(assigned.length, expectedAssigned, 'every free slot filled, no more');
  assert.equal(list.length, expectedAssigned);
  for (const agent of agents) {
    const load = assigned.filter((c) => c.assigneeId === agent.id).length;
    assert.ok(load <= agent.capacity, `agent over capacity: ${load} > ${agent.capacity}`);
  }
  const assignedIds = new Set(assigned.map((c) => c.id));
  for (const chat of chats) {
    const joins = (await chat.history()).body.messages.filter((m) => m.author === 'system').length;
    assert.equal(joins, assignedIds.has(chat.conversationId) ? 1 : 0, 'one agent joined, once');
  }
}

for (const database of databasesUnderTest()) {
  describe(`routing under concurrency (${database.name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(database);
    });
    after(() => server.cleanup());

    test('40 handoffs while 8 agents come online at once: no double assignment, no agent over capacity', async () => {
      const capacity = 2;
      const ws = await createWorkspace(
        server,
        Array.from({ length: 8 }, (_, i) => ({
          name: `Agent ${i}`,
          languages: i % 2 ? ['ja'] : ['en'],
          maxConcurrent: capacity,
        })),
      );
      const chats = await Promise.all(
        Array.from({ length: 40 }, (_, i) => ws.chat({ language: i % 2 ? 'ja' : 'en' })),
      );
      const presence = ws.agentIds.map((_, i) => ws.setStatus(i, 'online'));
      await Promise.all([
        ...chats.map((c, i) => c.send(i % 2 ? '人と話したい' : 'talk to a human')),
        ...presence,
      ]);
      await assertSound(
        server.api,
        ws.base,
        ws.adminToken,
        ws.agentIds.map((id) => ({ id, capacity })),
        chats,
        16,
      );
      const queued = await server.api.get(`${ws.base}/conversations?status=queued`, ws.adminToken);
      assert.equal(queued.body.conversations.length, 24, 'the rest wait, none lost');
    });

    test('concurrent manual takes of one conversation: exactly one wins', async () => {
      const ws = await createWorkspace(server, []);
      const chat = await ws.chat({ language: 'en' });
      await chat.send('talk to a human');
      const supervisors = await Promise.all(
        Array.from({ length: 5 }, async (_, i) => {
          const email = `sup${i}-${Date.now()}@routing.test`;
          const res = await server.api.post(
            `${ws.base}/users`,
            { email, password: 'routing-password-1', name: `Sup ${i}`, role: 'agent' },
            ws.adminToken,
          );
          return {
            id: res.body.id as string,
            token: await server.api.login(email, 'routing-password-1'),
          };
        }),
      );
      const results = await Promise.all(
        supervisors.map((s) =>
          server.api.post(`${ws.base}/conversations/${chat.conversationId}/assign`, {}, s.token),
        ),
      );
      assert.equal(results.filter((r) => r.status === 200).length, 1);
      assert.ok(results.filter((r) => r.status !== 200).every((r) => r.status === 409));
      const joins = (await chat.history()).body.messages.filter(
        (m: { author: string }) => m.author === 'system',
      );
      assert.equal(joins.length, 1);
    });
  });
}

const pgUrl = process.env.TEST_DATABASE_URL;

describe('routing across two server instances sharing PostgreSQL', {
  skip: pgUrl ? false : 'needs TEST_DATABASE_URL',
}, () => {
  let schema: { url: string; drop: () => Promise<void> };
  const nodes: Tsunagi[] = [];
  const dirs: string[] = [];

  before(async () => {
    schema = await createPgSchema(pgUrl as string);
    for (let i = 0; i < 2; i++) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-routing-'));
      dirs.push(dataDir);
      const config = loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        SMTP_PORT: '0',
        DATABASE_URL: schema.url,
        TSUNAGI_OWNER_EMAIL: owner.email,
        TSUNAGI_OWNER_PASSWORD: owner.password,
      });
      // One after the other: the second finds the database migrated and seeded.
      nodes.push(await startTsunagi({ config }));
    }
  });
  after(async () => {
    for (const node of nodes) await node.stop();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    await schema?.drop();
  });

  test('handoffs and presence split over two nodes never overfill an agent or double-assign', async () => {
    const [a, b] = nodes as [Tsunagi, Tsunagi];
    const apiA = createApi(a.url);
    const apiB = createApi(b.url);
    const ownerToken = await apiA.login(owner.email, owner.password);
    const tenant = (await apiA.post('/api/v1/tenants', { name: 'Two nodes' }, ownerToken)).body;
    const base = `/api/v1/tenants/${tenant.id}`;
    const capacity = 3;
    const agents = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const email = `n${i}-${Date.now()}@routing.test`;
        const res = await apiA.post(
          `${base}/users`,
          {
            email,
            password: 'routing-password-1',
            name: `N${i}`,
            role: 'agent',
            languages: ['ja'],
            maxConcurrent: capacity,
          },
          ownerToken,
        );
        return { id: res.body.id as string, token: await apiA.login(email, 'routing-password-1') };
      }),
    );
    const chats = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        startWidgetConversation(i % 2 ? apiA : apiB, { language: 'ja' }, tenant.widgetKey),
      ),
    );
    await Promise.all([
      ...chats.map((c) => c.send('人と話したい')),
      // Half the agents go online through node A, half through node B.
      ...agents.map((agent, i) =>
        (i % 2 ? apiA : apiB).put(`${base}/agents/me/status`, { status: 'online' }, agent.token),
      ),
    ]);
    // Each node sweeps its queue on its own schedule; nudge both as their timers would.
    await Promise.all([
      a.services.routing.routeTenant(tenant.id),
      b.services.routing.routeTenant(tenant.id),
    ]);
    await assertSound(
      apiA,
      base,
      ownerToken,
      agents.map((agent) => ({ id: agent.id, capacity })),
      chats,
      18,
    );
  });
});
