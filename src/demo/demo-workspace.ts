import type { KnowledgeService } from '../knowledge/index.js';
import type { TenantService } from '../tenants/index.js';
import type { UserService } from '../users/index.js';
import { demoFaq } from './demo-faq.js';

export const demoCredentials = {
  admin: { email: 'admin@demo.tsunagi.local', password: 'tsunagi-demo', name: '管理者 花子' },
  agents: [
    {
      email: 'agent1@demo.tsunagi.local',
      password: 'tsunagi-demo',
      name: '佐藤 あおい',
      languages: ['ja', 'en'],
    },
    {
      email: 'agent2@demo.tsunagi.local',
      password: 'tsunagi-demo',
      name: 'Kim Minji',
      languages: ['ko', 'en', 'ja'],
    },
  ],
} as const;

/**
 * The demo shop tenant (id and widget key `demo`) with its FAQ, an admin and two agents.
 * Doubles as a fixture for tests that want a realistic workspace.
 */
export async function createDemoWorkspace(deps: {
  tenants: TenantService;
  users: UserService;
  knowledge: KnowledgeService;
}): Promise<void> {
  const tenant = await deps.tenants.createTenant({
    id: 'demo',
    name: 'つなぎショップ',
    widgetKey: 'demo',
  });
  await deps.users.createUser({ ...demoCredentials.admin, tenantId: tenant.id, role: 'admin' });
  for (const agent of demoCredentials.agents) {
    await deps.users.createUser({
      ...agent,
      languages: [...agent.languages],
      tenantId: tenant.id,
      role: 'agent',
      maxConcurrent: 3,
    });
  }
  for (const faq of demoFaq) await deps.knowledge.createFaq(tenant.id, faq);
}
