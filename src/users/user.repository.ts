import { type Db, isUniqueViolation, type UserTable } from '../db/index.js';
import { newId } from '../ids/index.js';
import type { AgentStatus, Role, User } from './user.types.js';

const toUser = (row: UserTable): User => ({
  id: row.id,
  tenantId: row.tenant_id,
  email: row.email,
  name: row.name,
  role: row.role as Role,
  languages: JSON.parse(row.languages) as string[],
  skills: JSON.parse(row.skills) as string[],
  maxConcurrent: row.max_concurrent,
  status: row.status as AgentStatus,
  statusChangedAt: row.status_changed_at,
  createdAt: row.created_at,
});

export type UserWithHash = { user: User; passwordHash: string };

export function createUserRepository(db: Db) {
  async function insertRow(tx: Db, user: User, passwordHash: string): Promise<void> {
    await tx
      .insertInto('users')
      .values({
        id: user.id,
        tenant_id: user.tenantId,
        email: user.email,
        name: user.name,
        password_hash: passwordHash,
        role: user.role,
        languages: JSON.stringify(user.languages),
        skills: JSON.stringify(user.skills),
        max_concurrent: user.maxConcurrent,
        status: user.status,
        status_changed_at: user.statusChangedAt,
        created_at: user.createdAt,
      })
      .execute();
  }
  return {
    /** False when the email is taken: a parallel insert may win the race after any check. */
    async insert(user: User, passwordHash: string): Promise<boolean> {
      try {
        // The user and their membership together: a parallel add of the same person must never
        // find the user without it (and add the membership a second time).
        await db.transaction().execute(async (tx) => {
          await insertRow(tx, user, passwordHash);
          // A tenant user is a member of their tenant; more memberships can follow.
          if (user.tenantId && user.role !== 'owner') {
            await tx
              .insertInto('memberships')
              .values({
                user_id: user.id,
                tenant_id: user.tenantId,
                role: user.role,
                disabled_at: null,
                created_at: user.createdAt,
              })
              .execute();
          }
        });
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
      return true;
    },
    async findByEmail(email: string): Promise<UserWithHash | undefined> {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', email)
        .executeTakeFirst();
      return row && { user: toUser(row), passwordHash: row.password_hash };
    },
    async findById(id: string): Promise<User | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },
    /** A member of the tenant (whichever tenant they joined first), with their role there. */
    async findInTenant(tenantId: string, id: string): Promise<User | undefined> {
      const row = await db
        .selectFrom('users')
        .innerJoin('memberships as m', 'm.user_id', 'users.id')
        .selectAll('users')
        .select('m.role as member_role')
        .where('m.tenant_id', '=', tenantId)
        .where('users.id', '=', id)
        .select('m.disabled_at as member_disabled_at')
        .executeTakeFirst();
      if (row) {
        return row.member_disabled_at === null
          ? { ...toUser(row), role: row.member_role as Role }
          : undefined;
      }
      // No membership of their own: a role held through an outsourcer serving the tenant.
      const viaGroup = await db
        .selectFrom('users')
        .innerJoin('outsourcer_members as om', 'om.user_id', 'users.id')
        .innerJoin('outsourcer_tenants as ot', 'ot.outsourcer_id', 'om.outsourcer_id')
        .selectAll('users')
        .select('om.role as group_role')
        .where('ot.tenant_id', '=', tenantId)
        .where('users.id', '=', id)
        .execute();
      const order = ['admin', 'supervisor', 'agent', 'annotator'];
      const best = viaGroup.sort(
        (x, y) => order.indexOf(x.group_role) - order.indexOf(y.group_role),
      )[0];
      return best && { ...toUser(best), role: best.group_role as Role };
    },
    /** The tenant's enabled members, each with their role in this tenant; a page when asked. */
    async listByTenant(
      tenantId: string,
      window?: { limit: number; offset: number },
    ): Promise<User[]> {
      let query = db
        .selectFrom('users')
        .innerJoin('memberships as m', 'm.user_id', 'users.id')
        .selectAll('users')
        .select('m.role as member_role')
        .where('m.tenant_id', '=', tenantId)
        .where('m.disabled_at', 'is', null)
        .orderBy('m.created_at')
        .orderBy('users.id');
      if (window) query = query.limit(window.limit).offset(window.offset);
      const rows = await query.execute();
      return rows.map((row) => ({ ...toUser(row), role: row.member_role as Role }));
    },
    /**
     * A person's presence is one across their tenants (online for one client is online for
     * all), kept in each tenant's status history with its reason. The caller has checked they
     * work in `tenantId` (a membership or an outsourcer's role); returns every tenant to tell,
     * `tenantId` first (none when the person is unknown).
     */
    async setStatus(
      tenantId: string,
      id: string,
      status: AgentStatus,
      at: string,
      reason: string | null = null,
    ): Promise<string[]> {
      return db.transaction().execute(async (trx) => {
        const changed = await trx
          .updateTable('users')
          .set({ status, status_changed_at: at })
          .where('id', '=', id)
          .executeTakeFirst();
        if (Number(changed.numUpdatedRows) === 0) return [];
        const memberOf = await trx
          .selectFrom('memberships')
          .select('tenant_id')
          .where('user_id', '=', id)
          .where('disabled_at', 'is', null)
          .orderBy('created_at')
          .execute();
        const tenants = [
          tenantId,
          ...memberOf.map((r) => r.tenant_id).filter((t) => t !== tenantId),
        ];
        await trx
          .insertInto('agent_status_history')
          .values(
            tenants.map((each) => ({
              id: newId('sth'),
              tenant_id: each,
              user_id: id,
              status,
              reason,
              started_at: at,
            })),
          )
          .execute();
        return tenants;
      });
    },
    async hasOwner(): Promise<boolean> {
      const row = await db
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'owner')
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
    async countAll(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
