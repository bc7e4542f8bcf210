import { sql } from 'kysely';
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
    /**
     * Counts one attempt in a single statement, so parallel attempts each see their own
     * number: a count that started before `windowStart` starts over; once the count passes
     * `maxAttempts` the key is locked until `lockUntil` (a running lock is kept).
     */
    async takeAttempt(
      key: string,
      at: { now: string; windowStart: string; maxAttempts: number; lockUntil: string },
    ): Promise<{ count: number; lockedUntil: string | null }> {
      const isStale = sql<boolean>`login_failures.first_at <= ${at.windowStart}`;
      const nextCount = sql<number>`case when ${isStale} then 1 else login_failures.count + 1 end`;
      const row = await db
        .insertInto('login_failures')
        .values({
          key,
          count: 1,
          first_at: at.now,
          locked_until: at.maxAttempts < 1 ? at.lockUntil : null,
        })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: nextCount,
            first_at: sql`case when ${isStale} then ${at.now} else login_failures.first_at end`,
            locked_until: sql`case
              when login_failures.locked_until > ${at.now} then login_failures.locked_until
              when ${nextCount} > ${at.maxAttempts} then ${at.lockUntil}
              else null end`,
          }),
        )
        .returning(['count', 'locked_until'])
        .executeTakeFirstOrThrow();
      return { count: Number(row.count), lockedUntil: row.locked_until };
    },
    /** Gives back an attempt that turned out to be a success (address counts hold failures only). */
    async releaseAttempt(key: string) {
      await db
        .updateTable('login_failures')
        .set({ count: sql`login_failures.count - 1` })
        .where('key', '=', key)
        .where('count', '>', 0)
        .execute();
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
export type LoginFailureRepository = ReturnType<typeof createLoginFailureRepository>;
