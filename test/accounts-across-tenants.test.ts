import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  databasesUnderTest,
  owner,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';
import { waitFor } from './support/routing-workspace.js';

const HUMAN = 'talk to a human';

for (const database of databasesUnderTest()) {
  describe(`one operator across clients (${database.name})`, () => {
    let server: TestServer;
    let ownerToken: string;
    before(async () => {
      server = await startTestServer(database);
      ownerToken = await server.api.login(owner.email, owner.password);
    });
    after(() => server.cleanup());

    const newClient = async (name: string) => {
      const tenant = await server.api.post('/api/v1/tenants', { name }, ownerToken);
      assert.equal(tenant.status, 201);
      return { id: tenant.body.id as string, widgetKey: tenant.body.widgetKey as string };
    };
    const handOff = async (widgetKey: string) => {
      const chat = await startWidgetConversation(server.api, { language: 'en' }, widgetKey);
      await chat.send(HUMAN);
      return chat.conversationId;
    };
    const conversation = async (tenantId: string, id: string) =>
      (await server.api.get(`/api/v1/tenants/${tenantId}/conversations/${id}`, ownerToken)).body
        .conversation as { status: string; assigneeId: string | null };

    test('capacity 2 across two clients: two conversations in all, the rest wait', async () => {
      const a = await newClient('Client A (across)');
      const b = await newClient('Client B (across)');
      const email = `shared-${Date.now()}@bpo.test`;
      const made = await server.api.post(
        `/api/v1/tenants/${a.id}/users`,
        { email, password: 'shared-operator-1', name: 'Shared', role: 'agent', maxConcurrent: 2 },
        ownerToken,
      );
      assert.equal(made.status, 201);
      const joined = await server.api.post(
        `/api/v1/tenants/${b.id}/users`,
        { email, password: 'ignored-password-1', name: 'Shared', role: 'agent' },
        ownerToken,
      );
      assert.equal(joined.body.id, made.body.id, 'one person, two memberships');
      const agentId = made.body.id as string;
      const token = await server.api.login(email, 'shared-operator-1');

      // Two customers of A and two of B wait before the operator comes online.
      const inA = [await handOff(a.widgetKey), await handOff(a.widgetKey)];
      const inB = [await handOff(b.widgetKey), await handOff(b.widgetKey)];
      for (const id of inA) assert.equal((await conversation(a.id, id)).status, 'queued');

      // Online in B's console: presence is one, so A's queue is served too.
      const online = await server.api.put(
        `/api/v1/tenants/${b.id}/agents/me/status`,
        { status: 'online' },
        token,
      );
      assert.equal(online.status, 200);
      const all = async () => [
        ...(await Promise.all(inA.map((id) => conversation(a.id, id)))),
        ...(await Promise.all(inB.map((id) => conversation(b.id, id)))),
      ];
      const states = await waitFor(
        all,
        (s) => s.filter((c) => c.status === 'assigned').length >= 2,
      );
      // A sweep of each client must not add more.
      await server.services.routing.routeTenant(a.id);
      await server.services.routing.routeTenant(b.id);
      const settled = await all();
      const assigned = settled.filter((c) => c.status === 'assigned');
      assert.equal(assigned.length, 2, JSON.stringify(states));
      assert.ok(assigned.every((c) => c.assigneeId === agentId));
      assert.equal(settled.filter((c) => c.status === 'queued').length, 2);

      // The one inbox: both clients' work, each with its client named.
      const mine = await server.api.get('/api/v1/inbox?view=mine', token);
      assert.equal(mine.status, 200, JSON.stringify(mine.body));
      assert.equal(mine.body.conversations.length, 2);
      const queued = await server.api.get('/api/v1/inbox?view=queued', token);
      assert.deepEqual(
        queued.body.conversations.map((c: { tenantName: string }) => c.tenantName).sort(),
        settled
          .map((c, i): string | null =>
            c.status === 'queued' ? (i < 2 ? 'Client A (across)' : 'Client B (across)') : null,
          )
          .filter((n) => n !== null)
          .sort(),
      );
      for (const c of [...mine.body.conversations, ...queued.body.conversations]) {
        assert.equal(c.tenantId === a.id ? 'Client A (across)' : 'Client B (across)', c.tenantName);
      }

      // Resolving one frees a slot, and the next waiting customer (of either client) is served.
      const first = assigned[0] && [...inA, ...inB][settled.indexOf(assigned[0])];
      const firstTenant = inA.includes(first as string) ? a.id : b.id;
      const resolved = await server.api.post(
        `/api/v1/tenants/${firstTenant}/conversations/${first}/resolve`,
        {},
        token,
      );
      assert.equal(resolved.status, 200, JSON.stringify(resolved.body));
      await server.services.routing.routeTenant(a.id);
      await server.services.routing.routeTenant(b.id);
      const after = await waitFor(all, (s) => s.filter((c) => c.status === 'assigned').length >= 2);
      assert.equal(after.filter((c) => c.status === 'assigned').length, 2);
      assert.equal(after.filter((c) => c.status === 'queued').length, 1);
    });

    test('an outsourcer-wide supervisor works in every client of the group, and only there', async () => {
      const home = await newClient('BPO home (group)');
      const x = await newClient('Client X (group)');
      const y = await newClient('Client Y (group)');
      const outside = await newClient('Client Z (not in group)');
      const email = `lead-${Date.now()}@bpo.test`;
      await server.api.post(
        `/api/v1/tenants/${home.id}/users`,
        { email, password: 'group-lead-pass-1', name: 'Lead', role: 'agent' },
        ownerToken,
      );
      const adminOfX = `admin-x-${Date.now()}@client-x.test`;
      await server.api.post(
        `/api/v1/tenants/${x.id}/users`,
        { email: adminOfX, password: 'client-x-admin-1', name: 'AX', role: 'admin' },
        ownerToken,
      );
      const xAdminToken = await server.api.login(adminOfX, 'client-x-admin-1');

      // Only the owner manages outsourcers; bad input changes nothing.
      const body = { name: 'BPO Group', tenantIds: [x.id, y.id] };
      assert.equal((await server.api.post('/api/v1/outsourcers', body, xAdminToken)).status, 403);
      assert.equal(
        (
          await server.api.post(
            '/api/v1/outsourcers',
            { ...body, tenantIds: ['ten_nope'] },
            ownerToken,
          )
        ).status,
        400,
      );
      assert.equal(
        (await server.api.post('/api/v1/outsourcers', { tenantIds: [] }, ownerToken)).status,
        400,
      );
      assert.deepEqual(
        (await server.api.get('/api/v1/outsourcers', ownerToken)).body.outsourcers,
        [],
      );
      const group = await server.api.post('/api/v1/outsourcers', body, ownerToken);
      assert.equal(group.status, 201, JSON.stringify(group.body));
      const id = group.body.id as string;
      const members = `/api/v1/outsourcers/${id}/members`;
      assert.equal(
        (
          await server.api.put(
            members,
            { email: 'nobody@bpo.test', role: 'supervisor' },
            ownerToken,
          )
        ).status,
        404,
      );
      assert.equal(
        (await server.api.put(members, { email, role: 'owner' }, ownerToken)).status,
        400,
      );
      const added = await server.api.put(members, { email, role: 'supervisor' }, ownerToken);
      assert.equal(added.status, 200);
      assert.deepEqual(
        added.body.members.map((m: { email: string; role: string }) => [m.email, m.role]),
        [[email, 'supervisor']],
      );

      const token = await server.api.login(email, 'group-lead-pass-1');
      const tenants = (await server.api.get('/api/v1/auth/tenants', token)).body.tenants as {
        id: string;
        role: string;
      }[];
      assert.deepEqual(
        tenants.map((t) => [t.id, t.role]).sort(),
        [
          [home.id, 'agent'],
          [x.id, 'supervisor'],
          [y.id, 'supervisor'],
        ].sort(),
      );
      // A supervisor's reads in the group's clients; not an admin's; nothing outside the group.
      for (const t of [x.id, y.id]) {
        assert.equal(
          (await server.api.get(`/api/v1/tenants/${t}/conversations`, token)).status,
          200,
        );
        assert.equal((await server.api.get(`/api/v1/tenants/${t}/members`, token)).status, 403);
      }
      assert.equal(
        (await server.api.get(`/api/v1/tenants/${outside.id}/conversations`, token)).status,
        404,
      );
      // At home their own membership (agent) decides: no supervisor rights there.
      assert.equal((await server.api.get(`/api/v1/tenants/${home.id}/members`, token)).status, 403);

      // Y leaves the group: closed to them at once.
      const moved = await server.api.put(
        `/api/v1/outsourcers/${id}`,
        { tenantIds: [x.id] },
        ownerToken,
      );
      assert.deepEqual(moved.body.tenantIds, [x.id]);
      assert.equal(
        (await server.api.get(`/api/v1/tenants/${y.id}/conversations`, token)).status,
        404,
      );
      // Their role taken away: X closes too.
      const userId = added.body.members[0].userId as string;
      assert.equal(
        (await server.api.request('DELETE', `${members}/${userId}`, { token: ownerToken })).status,
        200,
      );
      assert.equal(
        (await server.api.get(`/api/v1/tenants/${x.id}/conversations`, token)).status,
        404,
      );
    });

    test('an IP allow-list of one client leaves that client out of the one inbox', async () => {
      const c = await newClient('Client C (listed)');
      const email = `listed-${Date.now()}@bpo.test`;
      await server.api.post(
        `/api/v1/tenants/${c.id}/users`,
        { email, password: 'listed-operator-1', name: 'L', role: 'agent' },
        ownerToken,
      );
      const d = await newClient('Client D (listed)');
      await server.api.post(
        `/api/v1/tenants/${d.id}/users`,
        { email, password: 'x-unused-password', name: 'L', role: 'agent' },
        ownerToken,
      );
      await server.api.put(
        `/api/v1/tenants/${d.id}/security`,
        { ipAllowlist: ['203.0.113.0/24'] },
        ownerToken,
      );
      const token = await server.api.login(email, 'listed-operator-1');
      await handOff(c.widgetKey);
      await handOff(d.widgetKey);
      const res = await server.api.get('/api/v1/inbox?view=queued', token);
      assert.equal(res.status, 200);
      assert.deepEqual(
        res.body.conversations.map((x: { tenantId: string }) => x.tenantId),
        [c.id],
      );
      assert.deepEqual(res.body.skipped, [{ tenantId: d.id, code: 'ip_not_allowed' }]);
      assert.equal((await server.api.get('/api/v1/inbox?view=nope', token)).status, 400);
    });
  });
}
