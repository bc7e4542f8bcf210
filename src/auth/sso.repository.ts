import type { Db } from '../db/index.js';

export type SsoConfigRow = {
  tenantId: string;
  tenantName: string;
  issuer: string;
  clientId: string;
  /** Sealed: opened only by the SSO service when it talks to the provider. */
  sealedSecret: string;
  emailDomain: string;
  provisionRole: string | null;
  isEnabled: boolean;
};

/** Per-tenant OpenID Connect settings and the sign-ins started with them. */
export function createSsoRepository(db: Db) {
  const configs = () =>
    db
      .selectFrom('tenant_sso as s')
      .innerJoin('tenants as t', 't.id', 's.tenant_id')
      .select([
        's.tenant_id',
        't.name',
        's.issuer',
        's.client_id',
        's.client_secret',
        's.email_domain',
        's.provision_role',
        's.is_enabled',
      ]);
  const toRow = (r: {
    tenant_id: string;
    name: string;
    issuer: string;
    client_id: string;
    client_secret: string;
    email_domain: string;
    provision_role: string | null;
    is_enabled: number;
  }): SsoConfigRow => ({
    tenantId: r.tenant_id,
    tenantName: r.name,
    issuer: r.issuer,
    clientId: r.client_id,
    sealedSecret: r.client_secret,
    emailDomain: r.email_domain,
    provisionRole: r.provision_role,
    isEnabled: Boolean(r.is_enabled),
  });
  return {
    async config(tenantId: string): Promise<SsoConfigRow | undefined> {
      const row = await configs().where('s.tenant_id', '=', tenantId).executeTakeFirst();
      return row && toRow(row);
    },
    async configsForDomain(domain: string): Promise<SsoConfigRow[]> {
      const rows = await configs()
        .where('s.email_domain', '=', domain)
        .where('s.is_enabled', '=', 1)
        .orderBy('s.tenant_id')
        .execute();
      return rows.map(toRow);
    },
    async saveConfig(row: Omit<SsoConfigRow, 'tenantName'>, at: string): Promise<void> {
      const values = {
        issuer: row.issuer,
        client_id: row.clientId,
        client_secret: row.sealedSecret,
        email_domain: row.emailDomain,
        provision_role: row.provisionRole,
        is_enabled: row.isEnabled ? 1 : 0,
        updated_at: at,
      };
      await db
        .insertInto('tenant_sso')
        .values({ tenant_id: row.tenantId, ...values })
        .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
        .execute();
    },
    async insertLogin(login: {
      stateHash: string;
      tenantId: string;
      codeVerifier: string;
      nonce: string;
      redirectUri: string;
      expiresAt: string;
    }): Promise<void> {
      await db
        .insertInto('sso_logins')
        .values({
          state_hash: login.stateHash,
          tenant_id: login.tenantId,
          code_verifier: login.codeVerifier,
          nonce: login.nonce,
          redirect_uri: login.redirectUri,
          expires_at: login.expiresAt,
          used_at: null,
        })
        .execute();
    },
    /** Takes a started sign-in exactly once: a replayed callback finds nothing. */
    async takeLogin(stateHash: string, now: string) {
      const row = await db
        .selectFrom('sso_logins')
        .selectAll()
        .where('state_hash', '=', stateHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (!row) return undefined;
      const taken = await db
        .updateTable('sso_logins')
        .set({ used_at: now })
        .where('state_hash', '=', stateHash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(taken.numUpdatedRows) === 1 ? row : undefined;
    },
    /** Sign-ins never finished are of no use after they expire. */
    async deleteExpiredLogins(now: string): Promise<void> {
      await db.deleteFrom('sso_logins').where('expires_at', '<', now).execute();
    },
  };
}

export type SsoRepository = ReturnType<typeof createSsoRepository>;
