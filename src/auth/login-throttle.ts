import { AppError } from '../errors/index.js';
import type { LoginFailureRepository } from './session.repository.js';

export type ThrottleRule = { maxFailures: number; windowMs: number; lockMs: number };

/** Failures counted per account and per client address; kept in the database so every node agrees. */
export const defaultThrottle = {
  account: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  address: { maxFailures: 100, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} satisfies Record<string, ThrottleRule>;

export function createLoginThrottle({
  failures,
  rules = defaultThrottle,
}: {
  failures: LoginFailureRepository;
  rules?: typeof defaultThrottle;
}) {
  const keys = (email: string, address: string) =>
    [
      [`account:${email}`, rules.account],
      [`address:${address}`, rules.address],
    ] as const;

  return {
    /** Throws 429 while either the account or the address is locked. */
    async assertAllowed(email: string, address: string, now: Date): Promise<void> {
      for (const [key] of keys(email, address)) {
        const row = await failures.find(key);
        if (row?.locked_until && new Date(row.locked_until) > now) {
          const seconds = Math.ceil((new Date(row.locked_until).getTime() - now.getTime()) / 1000);
          throw new AppError(
            'too_many_requests',
            `Too many failed login attempts; try again in ${seconds} seconds`,
            { retryAfter: seconds },
          );
        }
      }
    },
    async recordFailure(email: string, address: string, now: Date): Promise<void> {
      for (const [key, rule] of keys(email, address)) {
        const row = await failures.find(key);
        const isFresh = !row || now.getTime() - new Date(row.first_at).getTime() > rule.windowMs;
        const count = isFresh ? 1 : row.count + 1;
        const firstAt = isFresh ? now.toISOString() : row.first_at;
        const lockedUntil =
          count >= rule.maxFailures ? new Date(now.getTime() + rule.lockMs).toISOString() : null;
        await failures.save({ key, count, first_at: firstAt, locked_until: lockedUntil });
      }
    },
    /** A successful login clears the account's count; the address count stays. */
    async recordSuccess(email: string): Promise<void> {
      await failures.clear(`account:${email}`);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
