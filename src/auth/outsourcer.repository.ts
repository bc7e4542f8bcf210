import type { Db } from '../db/index.js';
import type { Role, StaffRole } from '../users/index.js';

export type Outsourcer = {
  id: string;
  name: string;
  tenantIds: string[];
  members: { userId: string; email: string; name: string; role: StaffRole }[];
  createdAt: string;
};

/**
 * Outsourcers: groups of tenants (the clients one contact-center company serves) whose
 * members hold a role in every tenant of the group without a membership in each.
 */
export function createOutsourcerRepository(db: Db) {
  return {
    async list(): Promise<Outsourcer[]> {
      const [groups, tenants, members] = await Promise.all([
        db.selectFrom('outsourcers').selectAll().orderBy('created_at').orderBy('id').execute(),
        db.selectFrom('outsourcer_tenants').selectAll().orderBy('tenant_id').execute(),
        db
          .selectFrom('outsourcer_members as om')
          .innerJoin('users as u', 'u.id', 'om.user_id')
          .select(['om.outsourcer_id', 'om.user_id', 'u.email', 'u.name', 'om.role'])
          .orderBy('om.created_at')
          .execute(),
      ]);
      return groups.map((g) => ({
        id: g.id,
        name: g.name,
        createdAt: g.created_at,
        tenantIds: tenants.filter((t) => t.outsourcer_id === g.id).map((t) => t.tenant_id),
        members: members
          .filter((m) => m.outsourcer_id === g.id)
          .map((m) => ({
            userId: m.user_id,
            email: m.email,
            name: m.name,
            role: m.role as StaffRole,
          })),
      }));
    },
    async exists(id: string): Promise<boolean> {
      const row = await db
        .selectFrom('outsourcers')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst();
      return row !== undefined;
    },
    async countTenants(ids: string[]): Promise<number> {
      if (ids.length === 0) return 0;
      const row = await db
        .selectFrom('tenants')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('id', 'in', ids)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Creates or renames a group and sets its tenants, in one transaction. */
    async save(group: { id: string; name?: string; tenantIds?: string[]; at: string }) {
      await db.transaction().execute(async (tx) => {
        if (group.name !== undefined) {
          await tx
            .insertInto('outsourcers')
            .values({ id: group.id, name: group.name, created_at: group.at })
            .onConflict((oc) => oc.column('id').doUpdateSet({ name: group.name as string }))
            .execute();
        }
        if (group.tenantIds) {
          await tx.deleteFrom('outsourcer_tenants').where('outsourcer_id', '=', group.id).execute();
          if (group.tenantIds.length > 0) {
            await tx
              .insertInto('outsourcer_tenants')
              .values(group.tenantIds.map((t) => ({ outsourcer_id: group.id, tenant_id: t })))
              .execute();
          }
        }
      });
    },
    async setMember(m: { outsourcerId: string; userId: string; role: Role; at: string }) {
      await db
        .insertInto('outsourcer_members')
        .values({
          outsourcer_id: m.outsourcerId,
          user_id: m.userId,
          role: m.role,
          created_at: m.at,
        })
        .onConflict((oc) => oc.columns(['outsourcer_id', 'user_id']).doUpdateSet({ role: m.role }))
        .execute();
    },
    async removeMember(outsourcerId: string, userId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('outsourcer_members')
        .where('outsourcer_id', '=', outsourcerId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type OutsourcerRepository = ReturnType<typeof createOutsourcerRepository>;
