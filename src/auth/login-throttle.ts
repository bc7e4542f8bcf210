import { AppError } from '../errors/index.js';
import type { LoginFailureRepository } from './session.repository.js';

export type ThrottleRule = { maxFailures: number; windowMs: number; lockMs: number };

/** Failures counted per account and per client address; kept in the database so every node agrees. */
export const defaultThrottle = {
  account: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  address: { maxFailures: 100, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} satisfies Record<string, ThrottleRule>;

/**
 * Every attempt is counted before its password is checked, in one atomic statement per key:
 * twenty logins sent at once cannot all pass a check made before any of them has failed.
 * A success then clears the account's count and gives the address its attempt back, so only
 * failures lock.
 */
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
    /** Counts this attempt; throws 429 while the account or the address is locked or over its limit. */
    async assertAllowed(email: string, address: string, now: Date): Promise<void> {
      for (const [key, rule] of keys(email, address)) {
        const taken = await failures.takeAttempt(key, {
          now: now.toISOString(),
          windowStart: new Date(now.getTime() - rule.windowMs).toISOString(),
          maxAttempts: rule.maxFailures,
          lockUntil: new Date(now.getTime() + rule.lockMs).toISOString(),
        });
        if (taken.lockedUntil && new Date(taken.lockedUntil) > now) {
          const seconds = Math.ceil((new Date(taken.lockedUntil).getTime() - now.getTime()) / 1000);
          throw new AppError(
            'too_many_requests',
            `Too many failed login attempts; try again in ${seconds} seconds`,
            { retryAfter: seconds },
          );
        }
      }
    },
    /** The attempt was counted when it was allowed. */
    async recordFailure(_email: string, _address: string, _now: Date): Promise<void> {},
    /** A successful login clears the account's count and takes its attempt off the address. */
    async recordSuccess(email: string, address?: string): Promise<void> {
      await failures.clear(`account:${email}`);
      if (address !== undefined) await failures.releaseAttempt(`address:${address}`);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
