import { isUniqueViolation } from '../db/index.js';
import { AppError, notFound } from '../errors/index.js';
import { newId, newSecret } from '../ids/index.js';
import type { TenantUsage } from '../tenants/index.js';
import {
  hashPassword,
  type Role,
  type UserRepository,
  type UserService,
  verifyPassword,
} from '../users/index.js';
import type { AccountRepository, TenantSecurity } from './account.repository.js';
import { hashToken } from './auth.service.js';
import { assertGoodPassword } from './password-policy.js';
import { matchTotp, newRecoveryCodes, newTotpSecret, otpauthUrl } from './totp.js';

export type AccountMail = { to: string; subject: string; text: string };

export type AccountServiceDeps = {
  accounts: AccountRepository;
  users: UserRepository;
  userService: UserService;
  /** Sends a mail to a person (password reset, invitation); failures are the caller's to log. */
  sendMail: (mail: AccountMail) => Promise<void>;
  /** Where links in mails point: the console's base URL. */
  consoleUrl: string;
  /** Ends a person's live sockets (their sessions were just revoked or their access changed). */
  endLiveSessions: (userId: string) => void;
  resetTtlMs?: number;
  inviteTtlMs?: number;
  /** Usage per tenant in a period, for the owner's billing view. */
  usage: (from: string, to: string) => Promise<TenantUsage[]>;
};

export function createAccountService(deps: AccountServiceDeps) {
  const { accounts, users, sendMail } = deps;
  const resetTtlMs = deps.resetTtlMs ?? 60 * 60_000;
  const inviteTtlMs = deps.inviteTtlMs ?? 7 * 24 * 60 * 60_000;

  async function issueLinkTicket(userId: string, purpose: 'reset' | 'invite', ttlMs: number) {
    const token = newSecret();
    const now = new Date();
    await accounts.insertTicket({
      id: newId('tkt'),
      tokenHash: hashToken(token),
      userId,
      purpose,
      expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
      at: now.toISOString(),
    });
    return token;
  }

  async function endAllSessions(userId: string, exceptSessionId?: string) {
    await accounts.revokeAllSessions(userId, new Date().toISOString(), exceptSessionId);
    deps.endLiveSessions(userId);
  }

  return {
    /** Starts TOTP setup: a new secret, not yet required at login until a code confirms it. */
    async setupTotp(userId: string, email: string) {
      const account = await accounts.account(userId);
      if (account?.totpEnabledAt) {
        throw new AppError('conflict', 'Two-factor authentication is already on');
      }
      const secret = newTotpSecret();
      await accounts.setTotp(userId, { secret });
      return { secret, otpauthUrl: otpauthUrl(secret, email) };
    },

    async enableTotp(userId: string, code: string) {
      const account = await accounts.account(userId);
      if (!account?.totpSecret) throw new AppError('conflict', 'Start the setup first');
      if (account.totpEnabledAt)
        throw new AppError('conflict', 'Two-factor authentication is already on');
      const step = matchTotp(account.totpSecret, code.trim());
      if (step === null)
        throw new AppError(
          'validation_failed',
          'The code does not match; check the time on your device',
        );
      const { codes, hashes } = newRecoveryCodes();
      await accounts.setTotp(userId, {
        enabledAt: new Date().toISOString(),
        recovery: { hashes, lastStep: step },
      });
      return { recoveryCodes: codes };
    },

    async disableTotp(userId: string) {
      await accounts.setTotp(userId, { secret: null, enabledAt: null, recovery: null });
    },

    async totpStatus(userId: string) {
      const account = await accounts.account(userId);
      return {
        enabled: Boolean(account?.totpEnabledAt),
        recoveryCodesLeft: account?.recovery?.hashes.length ?? 0,
      };
    },

    /** Changes the password and ends every other session of the person. */
    async changePassword(options: {
      userId: string;
      email: string;
      sessionId: string | undefined;
      currentPassword: string;
      newPassword: string;
    }) {
      const hash = await accounts.passwordHash(options.userId);
      if (!hash || !(await verifyPassword(hash, options.currentPassword))) {
        throw new AppError('forbidden', 'The current password is not correct');
      }
      assertGoodPassword(options.newPassword, options.email);
      await accounts.setPassword(
        options.userId,
        await hashPassword(options.newPassword),
        new Date().toISOString(),
      );
      await endAllSessions(options.userId, options.sessionId);
    },

    /** Mails a reset link when the address belongs to someone; says nothing either way. */
    async requestPasswordReset(email: string): Promise<void> {
      const found = await users.findByEmail(email.trim().toLowerCase());
      if (!found) return;
      const account = await accounts.account(found.user.id);
      if (account?.disabledAt) return;
      const token = await issueLinkTicket(found.user.id, 'reset', resetTtlMs);
      // Not awaited: the answer must take as long for a known address as for an unknown one.
      // Failures are logged by the mailer.
      void sendMail({
        to: found.user.email,
        subject: 'Tsunagi: パスワードの再設定 / Reset your password',
        text: [
          'パスワードを再設定するには次のリンクを開いてください（1時間有効）。',
          'To choose a new password, open this link (valid for one hour):',
          '',
          `${deps.consoleUrl}/console/reset?token=${encodeURIComponent(token)}`,
          '',
          '心当たりがない場合はこのメールを無視してください。',
          'If you did not ask for this, ignore this mail.',
        ].join('\n'),
      }).catch(() => undefined);
    },

    /** Sets a password from a reset or invitation link; the link works once. */
    async completeLink(token: string, password: string): Promise<void> {
      const now = new Date().toISOString();
      const hash = hashToken(token);
      const ticket =
        (await accounts.findTicket(hash, 'reset', now)) ??
        (await accounts.findTicket(hash, 'invite', now));
      if (!ticket)
        throw new AppError('validation_failed', 'This link has expired or was already used');
      const user = await users.findById(ticket.user_id);
      if (!user)
        throw new AppError('validation_failed', 'This link has expired or was already used');
      assertGoodPassword(password, user.email);
      if (!(await accounts.consumeTicket(ticket.id, now))) {
        throw new AppError('validation_failed', 'This link has expired or was already used');
      }
      await accounts.setPassword(user.id, await hashPassword(password), now);
      await endAllSessions(user.id);
    },

    listSessions: (userId: string) => accounts.listSessions(userId, new Date().toISOString()),

    async revokeSession(userId: string, sessionId: string) {
      if (!(await accounts.revokeSession(userId, sessionId, new Date().toISOString()))) {
        throw notFound('Session');
      }
      deps.endLiveSessions(userId);
    },

    /**
     * Adds a person to a tenant. A new email makes a new person; an email already known makes
     * a membership for that person, and the answer is the same either way, so a tenant's
     * admin learns nothing about other tenants. The password given is used only for a new
     * person: an existing one keeps theirs.
     */
    async addMember(options: {
      tenantId: string;
      email: string;
      password?: string | undefined;
      name: string;
      role: Role;
      languages?: string[] | undefined;
      skills?: string[] | undefined;
      maxConcurrent?: number | undefined;
    }): Promise<{ id: string; isNew: boolean }> {
      const email = options.email.trim().toLowerCase();
      const found = await users.findByEmail(email);
      if (!found) {
        const user = await deps.userService.createUser({
          ...options,
          email,
          password: options.password ?? newSecret(),
        });
        return { id: user.id, isNew: true };
      }
      if (found.user.role === 'owner') {
        // The installation owner is never a tenant member; the answer matches a duplicate's.
        throw new AppError('conflict', 'A user with this email already exists in this tenant');
      }
      if (await accounts.membership(found.user.id, options.tenantId)) {
        throw new AppError('conflict', 'A user with this email already exists in this tenant');
      }
      try {
        await accounts.addMembership({
          userId: found.user.id,
          tenantId: options.tenantId,
          role: options.role,
          at: new Date().toISOString(),
        });
      } catch (error) {
        // A parallel add of the same person won the race after the check above.
        if (isUniqueViolation(error)) {
          throw new AppError('conflict', 'A user with this email already exists in this tenant');
        }
        throw error;
      }
      return { id: found.user.id, isNew: false };
    },

    /** Invites by mail: a new person gets a link to choose their password, a known one a notice. */
    async invite(options: {
      tenantId: string;
      tenantName: string;
      email: string;
      name: string;
      role: Role;
    }) {
      const added = await this.addMember(options);
      const email = options.email.trim().toLowerCase();
      if (added.isNew) {
        const token = await issueLinkTicket(added.id, 'invite', inviteTtlMs);
        await sendMail({
          to: email,
          subject: `Tsunagi: ${options.tenantName} への招待 / Invitation to ${options.tenantName}`,
          text: [
            `${options.tenantName} のワークスペースに招待されました。次のリンクでパスワードを設定してください（7日間有効）。`,
            `You are invited to the ${options.tenantName} workspace. Choose your password here (valid for 7 days):`,
            '',
            `${deps.consoleUrl}/console/reset?token=${encodeURIComponent(token)}&invite=1`,
          ].join('\n'),
        });
      } else {
        await sendMail({
          to: email,
          subject: `Tsunagi: ${options.tenantName} に追加されました / Added to ${options.tenantName}`,
          text: [
            `${options.tenantName} のワークスペースに追加されました。いつものアカウントでログインし、テナントを切り替えてください。`,
            `You were added to the ${options.tenantName} workspace. Log in with your usual account and switch to it.`,
            '',
            `${deps.consoleUrl}/console/`,
          ].join('\n'),
        });
      }
      return { id: added.id };
    },

    listMembers: async (tenantId: string) =>
      (await accounts.listMembers(tenantId)).map((m) => ({
        id: m.id,
        email: m.email,
        name: m.name,
        role: m.role as Role,
        disabled: m.disabled_at !== null,
        totpEnabled: m.totp_enabled_at !== null,
        memberSince: m.created_at,
      })),

    /** Disables or enables a person in one tenant; disabling ends their live sockets at once. */
    async setMemberDisabled(tenantId: string, userId: string, isDisabled: boolean) {
      const ok = await accounts.updateMembership(userId, tenantId, {
        disabledAt: isDisabled ? new Date().toISOString() : null,
      });
      if (!ok) throw notFound('User');
      if (isDisabled) {
        const left = (await accounts.memberships(userId)).filter((m) => !m.disabledAt);
        // With no tenant left, the person's sessions end; otherwise only this tenant closes.
        if (left.length === 0) await endAllSessions(userId);
        else deps.endLiveSessions(userId);
      }
    },

    async setMemberRole(tenantId: string, userId: string, role: Role) {
      if (!(await accounts.updateMembership(userId, tenantId, { role }))) throw notFound('User');
      deps.endLiveSessions(userId);
    },

    /** Owner only: a person disabled everywhere, all sessions ended. */
    async setPersonDisabled(userId: string, isDisabled: boolean) {
      const user = await users.findById(userId);
      if (!user || user.role === 'owner') throw notFound('User');
      await accounts.setUserDisabled(userId, isDisabled ? new Date().toISOString() : null);
      if (isDisabled) await endAllSessions(userId);
    },

    tenantSecurity: (tenantId: string) => accounts.tenantSecurity(tenantId),

    /** Each tenant's use of one calendar month (UTC). */
    async monthlyUsage(month: string) {
      const [year, mon] = month.split('-').map(Number) as [number, number];
      const from = new Date(Date.UTC(year, mon - 1, 1)).toISOString();
      const to = new Date(Date.UTC(year, mon, 1)).toISOString();
      return { month, from, to, tenants: await deps.usage(from, to) };
    },
    async saveTenantSecurity(
      tenantId: string,
      patch: Partial<Omit<TenantSecurity, 'tenantId'>>,
    ): Promise<TenantSecurity> {
      const current = await accounts.tenantSecurity(tenantId);
      const next = { ...current, ...patch, tenantId };
      await accounts.saveTenantSecurity(next, new Date().toISOString());
      return next;
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
