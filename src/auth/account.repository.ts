import type { Db } from '../db/index.js';
import type { Role } from '../users/index.js';

export type Membership = {
  userId: string;
  tenantId: string;
  tenantName: string;
  role: Role;
  disabledAt: string | null;
  suspendedAt: string | null;
  /** Held through an outsourcer's group-wide role, not a membership of the tenant. */
  isViaOutsourcer?: boolean;
};

/** Most privileged first: the role kept when two groups give one person a tenant. */
const roleOrder: Role[] = ['admin', 'supervisor', 'agent', 'annotator'];
const roleRank = (role: Role) => {
  const at = roleOrder.indexOf(role);
  return at < 0 ? roleOrder.length : at;
};

export type AccountState = {
  userId: string;
  disabledAt: string | null;
  totpSecret: string | null;
  totpEnabledAt: string | null;
  recovery: { hashes: string[]; lastStep: number } | null;
};

export type TenantSecurity = {
  tenantId: string;
  requireTotp: boolean;
  ipAllowlist: string[];
  retentionDays: number | null;
  suspendedAt: string | null;
  maskPiiForAgents: boolean;
};

export type SessionView = {
  id: string;
  createdAt: string;
  lastSeenAt: string | null;
  expiresAt: string;
  address: string | null;
  userAgent: string | null;
};

const parseRecovery = (text: string | null): AccountState['recovery'] => {
  if (!text) return null;
  try {
    return JSON.parse(text) as AccountState['recovery'];
  } catch {
    return null;
  }
};

/** Encrypts a secret at rest, bound to its row by a context (AES-256-GCM in practice). */
export type SecretBox = {
  seal: (plaintext: string, context: string) => string;
  open: (sealed: string, context: string) => string;
  isSealed: (stored: string) => boolean;
};

/** Memberships, account state, one-time tickets, sessions and per-tenant security settings. */
export function createAccountRepository(db: Db, box: SecretBox) {
  const totpContext = (userId: string) => `totp:${userId}`;
  const openTotp = (userId: string, stored: string | null) =>
    stored === null ? null : box.isSealed(stored) ? box.open(stored, totpContext(userId)) : stored;
  return {
    /**
     * Seals TOTP secrets still stored as plain text (rows from before they were encrypted).
     * Returns how many were sealed; running it again seals none.
     */
    async sealPlainTotpSecrets(): Promise<number> {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'totp_secret'])
        .where('totp_secret', 'is not', null)
        .execute();
      let sealed = 0;
      for (const row of rows) {
        if (!row.totp_secret || box.isSealed(row.totp_secret)) continue;
        const result = await db
          .updateTable('users')
          .set({ totp_secret: box.seal(row.totp_secret, totpContext(row.id)) })
          .where('id', '=', row.id)
          .where('totp_secret', '=', row.totp_secret)
          .executeTakeFirst();
        sealed += Number(result.numUpdatedRows);
      }
      return sealed;
    },

    async memberships(userId: string): Promise<Membership[]> {
      const rows = await db
        .selectFrom('memberships as m')
        .innerJoin('tenants as t', 't.id', 'm.tenant_id')
        .leftJoin('tenant_security as s', 's.tenant_id', 'm.tenant_id')
        .select([
          'm.user_id',
          'm.tenant_id',
          't.name',
          'm.role',
          'm.disabled_at',
          's.suspended_at',
          'm.created_at',
        ])
        .where('m.user_id', '=', userId)
        .orderBy('m.created_at')
        .execute();
      const direct: Membership[] = rows.map((r) => ({
        userId: r.user_id,
        tenantId: r.tenant_id,
        tenantName: r.name,
        role: r.role as Role,
        disabledAt: r.disabled_at,
        suspendedAt: r.suspended_at ?? null,
      }));
      // Roles held through an outsourcer apply in its tenants where the person has no
      // membership of their own (one of their own, even disabled, always decides).
      const viaGroups = await db
        .selectFrom('outsourcer_members as om')
        .innerJoin('outsourcer_tenants as ot', 'ot.outsourcer_id', 'om.outsourcer_id')
        .innerJoin('tenants as t', 't.id', 'ot.tenant_id')
        .leftJoin('tenant_security as s', 's.tenant_id', 'ot.tenant_id')
        .select(['ot.tenant_id', 't.name', 'om.role', 's.suspended_at'])
        .where('om.user_id', '=', userId)
        .orderBy('t.created_at')
        .orderBy('t.id')
        .execute();
      const byTenant = new Map<string, Membership>();
      for (const g of viaGroups) {
        if (direct.some((d) => d.tenantId === g.tenant_id)) continue;
        const held = byTenant.get(g.tenant_id);
        if (held && roleRank(held.role) <= roleRank(g.role as Role)) continue;
        byTenant.set(g.tenant_id, {
          userId,
          tenantId: g.tenant_id,
          tenantName: g.name,
          role: g.role as Role,
          disabledAt: null,
          suspendedAt: g.suspended_at ?? null,
          isViaOutsourcer: true,
        });
      }
      return [...direct, ...byTenant.values()];
    },
    async membership(userId: string, tenantId: string) {
      return db
        .selectFrom('memberships')
        .selectAll()
        .where('user_id', '=', userId)
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
    },
    async addMembership(m: { userId: string; tenantId: string; role: Role; at: string }) {
      await db
        .insertInto('memberships')
        .values({
          user_id: m.userId,
          tenant_id: m.tenantId,
          role: m.role,
          disabled_at: null,
          created_at: m.at,
        })
        .execute();
    },
    async updateMembership(
      userId: string,
      tenantId: string,
      patch: { role?: Role; disabledAt?: string | null },
    ): Promise<boolean> {
      const result = await db
        .updateTable('memberships')
        .set({
          ...(patch.role ? { role: patch.role } : {}),
          ...(patch.disabledAt !== undefined ? { disabled_at: patch.disabledAt } : {}),
        })
        .where('user_id', '=', userId)
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      // The user's own row keeps the role of their first tenant, which older code reads.
      if (patch.role) {
        await db
          .updateTable('users')
          .set({ role: patch.role })
          .where('id', '=', userId)
          .where('tenant_id', '=', tenantId)
          .execute();
      }
      return Number(result.numUpdatedRows) > 0;
    },
    async listMembers(tenantId: string) {
      return db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select([
          'u.id',
          'u.email',
          'u.name',
          'm.role',
          'm.disabled_at',
          'u.totp_enabled_at',
          'm.created_at',
        ])
        .where('m.tenant_id', '=', tenantId)
        .orderBy('m.created_at')
        .execute();
    },

    async account(userId: string): Promise<AccountState | undefined> {
      const row = await db
        .selectFrom('users')
        .select(['id', 'disabled_at', 'totp_secret', 'totp_enabled_at', 'recovery_codes'])
        .where('id', '=', userId)
        .executeTakeFirst();
      return (
        row && {
          userId: row.id,
          disabledAt: row.disabled_at,
          totpSecret: openTotp(row.id, row.totp_secret),
          totpEnabledAt: row.totp_enabled_at,
          recovery: parseRecovery(row.recovery_codes),
        }
      );
    },
    async passwordHash(userId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', userId)
        .executeTakeFirst();
      return row?.password_hash;
    },
    /** `at` is null when the same password is only hashed anew (new parameters). */
    async setPassword(userId: string, hash: string, at: string | null) {
      await db
        .updateTable('users')
        .set({ password_hash: hash, ...(at ? { password_changed_at: at } : {}) })
        .where('id', '=', userId)
        .execute();
    },
    async setTotp(
      userId: string,
      patch: {
        secret?: string | null;
        enabledAt?: string | null;
        recovery?: AccountState['recovery'];
      },
    ) {
      await db
        .updateTable('users')
        .set({
          ...(patch.secret !== undefined
            ? { totp_secret: patch.secret && box.seal(patch.secret, totpContext(userId)) }
            : {}),
          ...(patch.enabledAt !== undefined ? { totp_enabled_at: patch.enabledAt } : {}),
          ...(patch.recovery !== undefined
            ? { recovery_codes: patch.recovery ? JSON.stringify(patch.recovery) : null }
            : {}),
        })
        .where('id', '=', userId)
        .execute();
    },
    /**
     * Moves the last accepted TOTP step forward only if it is still where it was read, so one
     * code cannot log in twice even from two nodes at once.
     */
    async advanceRecovery(
      userId: string,
      before: AccountState['recovery'],
      after: NonNullable<AccountState['recovery']>,
    ): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ recovery_codes: JSON.stringify(after) })
        .where('id', '=', userId)
        .where('recovery_codes', '=', JSON.stringify(before))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async setUserDisabled(userId: string, at: string | null) {
      await db.updateTable('users').set({ disabled_at: at }).where('id', '=', userId).execute();
    },

    async insertTicket(t: {
      id: string;
      tokenHash: string;
      userId: string;
      purpose: string;
      expiresAt: string;
      at: string;
    }) {
      await db
        .insertInto('auth_tickets')
        .values({
          id: t.id,
          token_hash: t.tokenHash,
          user_id: t.userId,
          purpose: t.purpose,
          expires_at: t.expiresAt,
          used_at: null,
          created_at: t.at,
        })
        .execute();
    },
    async findTicket(tokenHash: string, purpose: string, now: string) {
      return db
        .selectFrom('auth_tickets')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('purpose', '=', purpose)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
    },
    /** Marks a ticket used; false when another request used it first. */
    async consumeTicket(id: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('auth_tickets')
        .set({ used_at: now })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async listSessions(userId: string, now: string): Promise<SessionView[]> {
      const rows = await db
        .selectFrom('sessions')
        .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'address', 'user_agent'])
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        createdAt: r.created_at,
        lastSeenAt: r.last_seen_at,
        expiresAt: r.expires_at,
        address: r.address,
        userAgent: r.user_agent,
      }));
    },
    async revokeSession(userId: string, sessionId: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('id', '=', sessionId)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    /** Ends every session of a person but one (the one asking, when they change their password). */
    async revokeAllSessions(userId: string, now: string, exceptId?: string) {
      let query = db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null);
      if (exceptId) query = query.where('id', '!=', exceptId);
      await query.execute();
    },
    async touchSession(id: string, now: string) {
      await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
    },
    async describeSession(id: string, address: string, userAgent: string | null, now: string) {
      await db
        .updateTable('sessions')
        .set({ address, user_agent: userAgent, last_seen_at: now })
        .where('id', '=', id)
        .execute();
    },

    async tenantSecurity(tenantId: string): Promise<TenantSecurity> {
      const row = await db
        .selectFrom('tenant_security')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      return {
        tenantId,
        requireTotp: Boolean(row?.require_totp),
        ipAllowlist: row ? (JSON.parse(row.ip_allowlist) as string[]) : [],
        retentionDays: row?.retention_days ?? null,
        suspendedAt: row?.suspended_at ?? null,
        maskPiiForAgents: Boolean(row?.mask_pii_for_agents),
      };
    },
    async saveTenantSecurity(s: TenantSecurity, at: string) {
      const values = {
        require_totp: s.requireTotp ? 1 : 0,
        ip_allowlist: JSON.stringify(s.ipAllowlist),
        retention_days: s.retentionDays,
        suspended_at: s.suspendedAt,
        mask_pii_for_agents: s.maskPiiForAgents ? 1 : 0,
        updated_at: at,
      };
      await db
        .insertInto('tenant_security')
        .values({ tenant_id: s.tenantId, ...values })
        .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
        .execute();
    },
  };
}

export type AccountRepository = ReturnType<typeof createAccountRepository>;
