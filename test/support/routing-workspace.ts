import type { Json, TestServer } from './harness.js';
import { owner, startWidgetConversation } from './harness.js';
import { signedContact } from './identity.js';

export type AgentSpec = {
  name: string;
  languages?: string[];
  skills?: string[];
  level?: 'new' | 'regular' | 'senior';
  maxConcurrent?: number;
  role?: 'agent' | 'supervisor';
};

let counter = 0;

/** A fresh tenant with an admin and the given agents (offline), so tests do not share state. */
export async function createWorkspace(server: TestServer, agents: AgentSpec[]) {
  const api = server.api;
  const ownerToken = await api.login(owner.email, owner.password);
  const tenant = (await api.post('/api/v1/tenants', { name: `Routing ${++counter}` }, ownerToken))
    .body;
  const tenantId = tenant.id as string;
  const password = 'routing-password-1';
  const admin = `admin${counter}-${Date.now()}@routing.test`;
  await api.post(
    `/api/v1/tenants/${tenantId}/users`,
    { email: admin, password, name: 'Admin', role: 'admin' },
    ownerToken,
  );
  const adminToken = await api.login(admin, password);
  const ids: string[] = [];
  for (const [i, spec] of agents.entries()) {
    const email = `a${i}-${counter}-${Date.now()}@routing.test`;
    const res = await api.post(
      `/api/v1/tenants/${tenantId}/users`,
      {
        email,
        password,
        name: spec.name,
        role: spec.role ?? 'agent',
        languages: spec.languages ?? [],
        skills: spec.skills ?? [],
        maxConcurrent: spec.maxConcurrent ?? 3,
      },
      adminToken,
    );
    if (res.status !== 201 && res.status !== 200) throw new Error(JSON.stringify(res.body));
    ids.push(res.body.id);
    if (spec.level) {
      await api.put(
        `/api/v1/tenants/${tenantId}/agents/${res.body.id}/routing`,
        { level: spec.level },
        adminToken,
      );
    }
  }
  const base = `/api/v1/tenants/${tenantId}`;
  return {
    tenantId,
    widgetKey: tenant.widgetKey as string,
    adminToken,
    agentIds: ids,
    base,
    /** Presence as the agent sets it (the service call the status route makes). */
    setStatus: (index: number, status: 'online' | 'away' | 'offline') =>
      server.services.users
        .setStatus(tenantId, ids[index] as string, status)
        .then(() =>
          status === 'online' ? server.services.routing.routeTenant(tenantId) : undefined,
        ),
    /** A widget chat; a contact's externalId is signed as the tenant's own server would. */
    chat: async (body: Json = {}) =>
      startWidgetConversation(
        api,
        body.contact?.externalId
          ? { ...body, contact: await signedContact(api, adminToken, tenantId, body.contact) }
          : body,
        tenant.widgetKey,
      ),
    get: (path: string) => api.get(`${base}${path}`, adminToken),
    async conversation(id: string) {
      return (await api.get(`${base}/conversations/${id}`, adminToken)).body.conversation as {
        status: string;
        assigneeId: string | null;
      };
    },
  };
}

export const waitFor = async <T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  ms = 5000,
): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
};
