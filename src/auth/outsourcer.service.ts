import { AppError, notFound } from '../errors/index.js';
import { newId } from '../ids/index.js';
import type { Role, UserRepository } from '../users/index.js';
import type { OutsourcerRepository } from './outsourcer.repository.js';

/**
 * The installation owner's outsourcers: a group of client tenants, and people with a role
 * across all of them (an outsourcer-wide supervisor) instead of a membership in each.
 */
export function createOutsourcerService(deps: {
  outsourcers: OutsourcerRepository;
  users: UserRepository;
  /** Ends a person's live sockets when their access shrinks. */
  endLiveSessions: (userId: string) => void;
}) {
  const { outsourcers } = deps;

  async function checkTenants(tenantIds: string[]) {
    const unique = [...new Set(tenantIds)];
    if ((await outsourcers.countTenants(unique)) !== unique.length) {
      throw new AppError('validation_failed', 'Unknown tenant in tenantIds');
    }
    return unique;
  }
  const find = async (id: string) => {
    const group = (await outsourcers.list()).find((g) => g.id === id);
    if (!group) throw notFound('Outsourcer');
    return group;
  };

  return {
    list: () => outsourcers.list(),
    async create(input: { name: string; tenantIds: string[] }) {
      const id = newId('osr');
      const tenantIds = await checkTenants(input.tenantIds);
      await outsourcers.save({ id, name: input.name, tenantIds, at: new Date().toISOString() });
      return find(id);
    },
    async update(
      id: string,
      input: { name?: string | undefined; tenantIds?: string[] | undefined },
    ) {
      const before = await find(id);
      const tenantIds = input.tenantIds ? await checkTenants(input.tenantIds) : undefined;
      await outsourcers.save({
        id,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(tenantIds ? { tenantIds } : {}),
        at: new Date().toISOString(),
      });
      if (tenantIds && before.tenantIds.some((t) => !tenantIds.includes(t))) {
        for (const m of before.members) deps.endLiveSessions(m.userId);
      }
      return find(id);
    },
    async setMember(id: string, input: { email: string; role: Exclude<Role, 'owner'> }) {
      await find(id);
      const found = await deps.users.findByEmail(input.email.trim().toLowerCase());
      if (!found || found.user.role === 'owner') throw notFound('Person');
      await outsourcers.setMember({
        outsourcerId: id,
        userId: found.user.id,
        role: input.role,
        at: new Date().toISOString(),
      });
      deps.endLiveSessions(found.user.id);
      return find(id);
    },
    async removeMember(id: string, userId: string) {
      await find(id);
      if (!(await outsourcers.removeMember(id, userId))) throw notFound('Member');
      deps.endLiveSessions(userId);
      return find(id);
    },
  };
}

export type OutsourcerService = ReturnType<typeof createOutsourcerService>;
