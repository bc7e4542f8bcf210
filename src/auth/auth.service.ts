import { createHash } from 'node:crypto';
import { AppError } from '../errors/index.js';
import { newId, newSecret } from '../ids/index.js';
import {
  getDummyHash,
  type Principal,
  type User,
  type UserRepository,
  verifyPassword,
} from '../users/index.js';
import type { LoginThrottle } from './login-throttle.js';
import type { SessionRepository } from './session.repository.js';

/** Tokens are stored only as their SHA-256: a leaked database holds no usable session. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('base64url');

export type AuthServiceDeps = {
  users: UserRepository;
  sessions: SessionRepository;
  throttle: LoginThrottle;
  sessionTtlMs: number;
  /** Told after sessions are revoked, so their live sockets can be ended. */
  onSessionsEnded?: (ended: { user: Principal; tokenHash?: string }) => void;
};

const toPrincipal = (user: User): Principal => ({
  userId: user.id,
  tenantId: user.tenantId,
  role: user.role,
  name: user.name,
  email: user.email,
});

export function createAuthService({
  users,
  sessions,
  throttle,
  sessionTtlMs,
  onSessionsEnded,
}: AuthServiceDeps) {
  const invalid = () => new AppError('unauthorized', 'Invalid email or password');

  return {
    async login(options: { email: string; password: string; address: string }) {
      const email = options.email.trim().toLowerCase();
      const now = new Date();
      await throttle.assertAllowed(email, options.address, now);
      const found = await users.findByEmail(email);
      const isValid = await verifyPassword(
        found?.passwordHash ?? (await getDummyHash()),
        options.password,
      );
      if (!found || !isValid) {
        await throttle.recordFailure(email, options.address, now);
        throw invalid();
      }
      await throttle.recordSuccess(email, options.address);
      const token = newSecret();
      await sessions.insert({
        id: newId('ses'),
        tokenHash: hashToken(token),
        userId: found.user.id,
        expiresAt: new Date(now.getTime() + sessionTtlMs).toISOString(),
      });
      return { token, user: found.user };
    },

    async authenticate(token: string): Promise<Principal> {
      const session = await sessions.findLive(hashToken(token), new Date().toISOString());
      const user = session && (await users.findById(session.user_id));
      if (!user) throw new AppError('unauthorized', 'Missing, expired or revoked token');
      return toPrincipal(user);
    },

    async logout(token: string, principal?: Principal): Promise<void> {
      const tokenHash = hashToken(token);
      await sessions.revoke(tokenHash, new Date().toISOString());
      if (principal) onSessionsEnded?.({ user: principal, tokenHash });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
