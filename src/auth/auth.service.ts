import { createHash } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import { AppError } from '../errors/index.js';
import { newId, newSecret } from '../ids/index.js';
import {
  getDummyHash,
  hashPassword,
  needsRehash,
  type Principal,
  type Role,
  type User,
  type UserRepository,
  verifyPassword,
} from '../users/index.js';
import type { AccountRepository, AccountState, Membership } from './account.repository.js';
import type { LoginThrottle } from './login-throttle.js';
import { permissions } from './policy.js';
import type { SessionRepository } from './session.repository.js';
import { hashRecoveryCode, matchTotp } from './totp.js';

/** Tokens are stored only as their SHA-256: a leaked database holds no usable session. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('base64url');

export type AuthServiceDeps = {
  users: UserRepository;
  sessions: SessionRepository;
  throttle: LoginThrottle;
  accounts: AccountRepository;
  sessionTtlMs: number;
  /** Told after sessions are revoked, so their live sockets can be ended. */
  onSessionsEnded?: (ended: { user: Principal; tokenHash?: string }) => void;
  /** Second step of a TOTP login: how long the ticket from the first step stays good. */
  mfaTicketTtlMs?: number;
};

/** Who logged in, as the login response shows them: their default tenant and role there. */
export type LoginUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  tenantId: string | null;
  status: User['status'];
};
export type TenantChoice = { id: string; name: string; role: Role };

export type LoginResult =
  | { mfaRequired: false; token: string; user: LoginUser; tenants: TenantChoice[] }
  | { mfaRequired: true; ticket: string };

export type AuthContext = {
  /** The tenant of the path: the principal acts with their role there. */
  tenantId?: string | undefined;
  address?: string | undefined;
};

/** Whether an address is inside one of a list of addresses and CIDR ranges. */
export function isAddressAllowed(address: string, allowlist: string[]): boolean {
  if (allowlist.length === 0) return true;
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(address);
  } catch {
    return false;
  }
  return allowlist.some((entry) => {
    try {
      const [range, bits] = entry.includes('/')
        ? ipaddr.parseCIDR(entry)
        : [ipaddr.process(entry), entry.includes(':') ? 128 : 32];
      const normalised = range.kind() === 'ipv6' ? ipaddr.process(range.toString()) : range;
      if (normalised.kind() !== parsed.kind()) return false;
      const prefix = normalised.kind() !== range.kind() ? bits - 96 : bits;
      return parsed.match(normalised, prefix);
    } catch {
      return false;
    }
  });
}

const activeMemberships = (members: Membership[]) =>
  members.filter((m) => !m.disabledAt && !m.suspendedAt);

export function createAuthService({
  users,
  sessions,
  throttle,
  accounts,
  sessionTtlMs,
  onSessionsEnded,
  mfaTicketTtlMs = 5 * 60_000,
}: AuthServiceDeps) {
  const invalid = () => new AppError('unauthorized', 'Invalid email or password');
  const expired = () => new AppError('unauthorized', 'Missing, expired or revoked token');
  const disabled = () => new AppError('forbidden', 'This account is disabled');
  // last_seen_at is written at most once a minute per session, not on every request.
  const lastTouched = new Map<string, number>();

  /** The tenant a person lands in: their first tenant while it is open to them, else the next. */
  const defaultMembership = (user: User, members: Membership[]) =>
    members.find((m) => m.tenantId === user.tenantId) ?? members[0];

  async function loginView(user: User): Promise<{ user: LoginUser; tenants: TenantChoice[] }> {
    const view = {
      id: user.id,
      email: user.email,
      name: user.name,
      status: user.status,
    };
    if (user.role === 'owner')
      return { user: { ...view, role: 'owner', tenantId: null }, tenants: [] };
    const members = activeMemberships(await accounts.memberships(user.id));
    const chosen = defaultMembership(user, members);
    if (!chosen) throw disabled();
    return {
      user: { ...view, role: chosen.role, tenantId: chosen.tenantId },
      tenants: members.map((m) => ({ id: m.tenantId, name: m.tenantName, role: m.role })),
    };
  }

  async function issueSession(
    user: User,
    meta: { address: string; userAgent?: string | undefined },
  ): Promise<LoginResult> {
    const view = await loginView(user);
    const token = newSecret();
    const now = new Date();
    await sessions.insert({
      id: newId('ses'),
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt: new Date(now.getTime() + sessionTtlMs).toISOString(),
      address: meta.address,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    return { mfaRequired: false, token, ...view };
  }

  /** Accepts a TOTP code (a step not used before) or an unused recovery code, exactly once. */
  async function consumeSecondFactor(account: AccountState, code: string): Promise<boolean> {
    if (!account.totpSecret || !account.totpEnabledAt) return false;
    const before = account.recovery ?? { hashes: [], lastStep: 0 };
    const step = matchTotp(account.totpSecret, code.trim());
    if (step !== null) {
      if (step <= before.lastStep) return false;
      return accounts.advanceRecovery(account.userId, account.recovery, {
        ...before,
        lastStep: step,
      });
    }
    const hash = hashRecoveryCode(code);
    if (!before.hashes.includes(hash)) return false;
    return accounts.advanceRecovery(account.userId, account.recovery, {
      ...before,
      hashes: before.hashes.filter((h) => h !== hash),
    });
  }

  /** After the password (or the identity provider): the second step when TOTP is on. */
  async function afterFirstFactor(
    user: User,
    meta: { address: string; userAgent?: string | undefined },
    now: Date,
  ): Promise<LoginResult> {
    const account = await accounts.account(user.id);
    if (account?.disabledAt) throw disabled();
    if (account?.totpEnabledAt) {
      // Checked before the second step so a disabled person learns nothing more there.
      await loginView(user);
      const ticket = newSecret();
      await accounts.insertTicket({
        id: newId('tkt'),
        tokenHash: hashToken(ticket),
        userId: user.id,
        purpose: 'mfa',
        expiresAt: new Date(now.getTime() + mfaTicketTtlMs).toISOString(),
        at: now.toISOString(),
      });
      return { mfaRequired: true, ticket };
    }
    return issueSession(user, meta);
  }

  return {
    async login(options: {
      email: string;
      password: string;
      address: string;
      userAgent?: string | undefined;
    }): Promise<LoginResult> {
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
      if (needsRehash(found.passwordHash)) {
        await accounts.setPassword(found.user.id, await hashPassword(options.password), null);
      }
      return afterFirstFactor(found.user, options, now);
    },

    /**
     * Ends a sign-in at an identity provider: the single-use ticket the SSO callback gave the
     * browser becomes a session, or (with TOTP on) the ticket of the second step.
     */
    async loginWithSsoTicket(options: {
      ticket: string;
      address: string;
      userAgent?: string | undefined;
    }): Promise<LoginResult> {
      const now = new Date();
      const ticket = await accounts.findTicket(hashToken(options.ticket), 'sso', now.toISOString());
      if (!ticket || !(await accounts.consumeTicket(ticket.id, now.toISOString()))) {
        throw new AppError('unauthorized', 'The sign-in has expired; sign in again');
      }
      const user = await users.findById(ticket.user_id);
      if (!user) throw expired();
      return afterFirstFactor(user, options, now);
    },

    /** The second step of a login with TOTP: the ticket from the first step and a code. */
    async loginWithTotp(options: {
      ticket: string;
      code: string;
      address: string;
      userAgent?: string | undefined;
    }): Promise<LoginResult> {
      const now = new Date();
      const ticket = await accounts.findTicket(hashToken(options.ticket), 'mfa', now.toISOString());
      if (!ticket) throw new AppError('unauthorized', 'The sign-in has expired; log in again');
      const key = `totp:${ticket.user_id}`;
      await throttle.assertAllowed(key, options.address, now);
      const account = await accounts.account(ticket.user_id);
      const user = await users.findById(ticket.user_id);
      if (!account || !user) throw invalid();
      if (account.disabledAt) throw disabled();
      if (!(await consumeSecondFactor(account, options.code))) {
        await throttle.recordFailure(key, options.address, now);
        throw new AppError('unauthorized', 'Invalid or already used code');
      }
      await throttle.recordSuccess(key);
      if (!(await accounts.consumeTicket(ticket.id, now.toISOString()))) {
        throw new AppError('unauthorized', 'The sign-in has expired; log in again');
      }
      return issueSession(user, options);
    },

    /** Checks a second-factor code for an action of a logged-in person (turning TOTP off). */
    async checkSecondFactor(userId: string, code: string): Promise<boolean> {
      const account = await accounts.account(userId);
      return account ? consumeSecondFactor(account, code) : false;
    },

    /**
     * The principal behind a token. With a tenant in the context they act as their membership
     * there (a person of several tenants holds one token), and that tenant's rules apply: an
     * IP allow-list, required TOTP, suspension. Without one, their default tenant is shown.
     */
    async authenticate(token: string, context: AuthContext = {}): Promise<Principal> {
      const now = new Date();
      const session = await sessions.findLive(hashToken(token), now.toISOString());
      const user = session && (await users.findById(session.user_id));
      if (!session || !user) throw expired();
      const account = await accounts.account(user.id);
      if (account?.disabledAt) throw expired();
      const last = lastTouched.get(session.id) ?? 0;
      if (now.getTime() - last > 60_000) {
        if (lastTouched.size > 50_000) lastTouched.clear();
        lastTouched.set(session.id, now.getTime());
        await accounts.touchSession(session.id, now.toISOString());
      }
      const principal = (tenantId: string | null, role: Role, isPiiMasked = false): Principal => ({
        userId: user.id,
        tenantId,
        role,
        name: user.name,
        email: user.email,
        sessionId: session.id,
        isPiiMasked,
      });
      if (user.role === 'owner') return principal(null, 'owner');
      const members = activeMemberships(await accounts.memberships(user.id));
      const wanted = context.tenantId
        ? members.find((m) => m.tenantId === context.tenantId)
        : undefined;
      const chosen = wanted ?? defaultMembership(user, members);
      if (!chosen) throw expired();
      const security = await accounts.tenantSecurity(chosen.tenantId);
      if (wanted) {
        if (context.address && !isAddressAllowed(context.address, security.ipAllowlist)) {
          throw new AppError(
            'ip_not_allowed',
            'This workspace does not accept sign-ins from your network address',
          );
        }
        if (security.requireTotp && !account?.totpEnabledAt) {
          throw new AppError(
            'mfa_setup_required',
            'This workspace requires two-factor authentication; set it up in your account settings',
          );
        }
      }
      const isPiiMasked =
        !(permissions['pii.read'] as readonly Role[]).includes(chosen.role) ||
        (chosen.role === 'agent' && security.maskPiiForAgents);
      return principal(chosen.tenantId, chosen.role, isPiiMasked);
    },

    /** The tenants a person can work in, for the console's switcher. */
    async tenantsOf(userId: string): Promise<TenantChoice[]> {
      const members = activeMemberships(await accounts.memberships(userId));
      return members.map((m) => ({ id: m.tenantId, name: m.tenantName, role: m.role }));
    },

    async logout(token: string, principal?: Principal): Promise<void> {
      const tokenHash = hashToken(token);
      await sessions.revoke(tokenHash, new Date().toISOString());
      if (principal) onSessionsEnded?.({ user: principal, tokenHash });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
