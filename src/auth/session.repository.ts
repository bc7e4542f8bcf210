import type { Db } from '../db/index.js';

export function createSessionRepository(db: Db) {
  return {
    async insert(session: {
      id: string;
      tokenHash: string;
      userId: string;
      expiresAt: string;
      address?: string | null;
      userAgent?: string | null;
    }) {
      await db
        .insertInto('sessions')
        .values({
          id: session.id,
          token_hash: session.tokenHash,
          user_id: session.userId,
          expires_at: session.expiresAt,
          revoked_at: null,
          created_at: new Date().toISOString(),
          address: session.address ?? null,
          user_agent: session.userAgent ?? null,
        })
        .execute();
    },
    /** The live session for a token hash: not revoked and not expired. */
    async findLive(tokenHash: string, now: string) {
      return db
        .selectFrom('sessions')
        .select(['id', 'user_id'])
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
    },
    async revoke(tokenHash: string, now: string) {
      await db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .execute();
    },
  };
}

export function createLoginFailureRepository(db: Db) {
  return {
    find: (key: string) =>
      db.selectFrom('login_failures').selectAll().where('key', '=', key).executeTakeFirst(),
    async save(row: { key: string; count: number; first_at: string; locked_until: string | null }) {
      await db
        .insertInto('login_failures')
        .values(row)
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: row.count,
            first_at: row.first_at,
            locked_until: row.locked_until,
          }),
        )
        .execute();
    },
    async clear(key: string) {
      await db.deleteFrom('login_failures').where('key', '=', key).execute();
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
export type LoginFailureRepository = ReturnType<typeof createLoginFailureRepository>;
