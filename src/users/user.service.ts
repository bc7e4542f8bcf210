import type { EventBus } from '../bus/index.js';
import { AppError, notFound } from '../errors/index.js';
import { newId } from '../ids/index.js';
import { hashPassword } from './password.js';
import type { UserRepository } from './user.repository.js';
import type { AgentStatus, Role, User } from './user.types.js';

export type CreateUserOptions = {
  tenantId: string | null;
  email: string;
  password: string;
  name: string;
  role: Role;
  languages?: string[] | undefined;
  skills?: string[] | undefined;
  maxConcurrent?: number | undefined;
};

export function createUserService({ users, bus }: { users: UserRepository; bus: EventBus }) {
  return {
    async createUser(options: CreateUserOptions): Promise<User> {
      const email = options.email.trim().toLowerCase();
      if (await users.findByEmail(email)) {
        throw new AppError('conflict', 'A user with this email already exists');
      }
      const now = new Date().toISOString();
      const user: User = {
        id: newId('usr'),
        tenantId: options.tenantId,
        email,
        name: options.name,
        role: options.role,
        languages: options.languages ?? [],
        skills: options.skills ?? [],
        maxConcurrent: options.maxConcurrent ?? 3,
        status: 'offline',
        statusChangedAt: now,
        createdAt: now,
      };
      if (!(await users.insert(user, await hashPassword(options.password)))) {
        throw new AppError('conflict', 'A user with this email already exists');
      }
      return user;
    },
    async getUser(id: string): Promise<User> {
      const user = await users.findById(id);
      if (!user) throw notFound('User');
      return user;
    },
    async findInTenant(tenantId: string, id: string): Promise<User | undefined> {
      return users.findInTenant(tenantId, id);
    },
    listUsers: (tenantId: string, window?: { limit: number; offset: number }) =>
      users.listByTenant(tenantId, window),
    async setStatus(
      tenantId: string,
      userId: string,
      status: AgentStatus,
      reason: string | null = null,
    ): Promise<void> {
      const at = new Date().toISOString();
      const tenants = await users.setStatus(tenantId, userId, status, at, reason);
      // Told in every tenant of the person, so each one's routing and supervisors see it.
      for (const each of tenants) {
        bus.publish({ type: 'agent.status_changed', tenantId: each, userId, status });
      }
    },
    countUsers: () => users.countAll(),
    hasOwner: () => users.hasOwner(),
  };
}

export type UserService = ReturnType<typeof createUserService>;
