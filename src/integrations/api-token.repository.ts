import type { Db } from '../db/index.js';

export type ApiTokenRow = {
  id: string;
  tenantId: string;
  name: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

type Row = {
  id: string;
  tenant_id: string;
  name: string;
  scopes: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
};

const toToken = (row: Row): ApiTokenRow => ({
  id: row.id,
  tenantId: row.tenant_id,
  name: row.name,
  scopes: JSON.parse(row.scopes) as string[],
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

const columns = [
  'id',
  'tenant_id',
  'name',
  'scopes',
  'created_at',
  'last_used_at',
  'revoked_at',
] as const;

export function createApiTokenRepository(db: Db) {
  return {
    async insert(token: {
      id: string;
      tenantId: string;
      name: string;
      tokenHash: string;
      scopes: string[];
      createdBy: string | null;
      createdAt: string;
    }): Promise<void> {
      await db
        .insertInto('api_tokens')
        .values({
          id: token.id,
          tenant_id: token.tenantId,
          name: token.name,
          token_hash: token.tokenHash,
          scopes: JSON.stringify(token.scopes),
          created_by: token.createdBy,
          created_at: token.createdAt,
          last_used_at: null,
          revoked_at: null,
        })
        .execute();
    },

    async findLiveByHash(tokenHash: string): Promise<ApiTokenRow | undefined> {
      const row = await db
        .selectFrom('api_tokens')
        .select(columns)
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row && toToken(row);
    },

    async list(tenantId: string): Promise<ApiTokenRow[]> {
      const rows = await db
        .selectFrom('api_tokens')
        .select(columns)
        .where('tenant_id', '=', tenantId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toToken);
    },

    /** True when a live token of this tenant was revoked. */
    async revoke(tenantId: string, id: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('api_tokens')
        .set({ revoked_at: at })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async exists(tenantId: string, id: string): Promise<boolean> {
      const row = await db
        .selectFrom('api_tokens')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row !== undefined;
    },

    async touch(id: string, at: string): Promise<void> {
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
    },
  };
}

export type ApiTokenRepository = ReturnType<typeof createApiTokenRepository>;
