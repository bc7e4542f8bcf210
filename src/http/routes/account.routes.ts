import { z } from 'zod';
import { authorize } from '../../auth/index.js';
import { AppError, notFound } from '../../errors/index.js';
import type { Router } from '../route.js';
import { roleSchema, tenantParams, textSchema } from '../schemas.js';
import type { Services } from '../services.js';
import { tenantChoiceSchema, toUserView } from './auth.routes.js';

const ok = z.object({ ok: z.literal(true) });
const codeSchema = z.string().trim().min(6).max(32);
const passwordSchema = z.string().min(1).max(1024);

/** The person's own account: second factor, password, sessions, tenants. */
export function registerAccountRoutes(
  router: Router,
  { auth, accounts, audit, tenants }: Services,
) {
  /** Account changes are recorded in the log of every tenant the person works in. */
  const recordForPerson = async (userId: string, action: string) => {
    for (const tenant of await auth.tenantsOf(userId)) {
      await audit.record({ tenantId: tenant.id, actorId: userId, action, target: userId });
    }
  };

  router.open(
    {
      method: 'POST',
      url: '/api/v1/auth/login/totp',
      summary: 'Second step of a login with TOTP: the ticket and a code (or a recovery code)',
      tag: 'Staff',
      security: 'none',
      body: z.object({ ticket: z.string().min(1).max(200), code: codeSchema }),
      response: z.object({
        token: z.string(),
        user: z.object({
          id: z.string(),
          email: z.string(),
          role: z.string(),
          tenantId: z.string().nullable(),
        }),
        tenants: z.array(tenantChoiceSchema),
      }),
    },
    async ({ body, request }) => {
      const result = await auth.loginWithTotp({
        ...body,
        address: request.ip,
        userAgent: request.headers['user-agent'],
      });
      if (result.mfaRequired) throw notFound('Session');
      return { token: result.token, user: toUserView(result.user), tenants: result.tenants };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/auth/tenants',
      summary: 'The tenants the logged-in person works in, with their role in each',
      tag: 'Staff',
      security: 'staff',
      response: z.object({ tenants: z.array(tenantChoiceSchema) }),
    },
    async ({ principal }) => ({
      tenants: principal.role === 'owner' ? [] : await auth.tenantsOf(principal.userId),
    }),
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/auth/totp',
      summary: 'Whether two-factor authentication is on',
      tag: 'Staff',
      security: 'staff',
      response: z.object({ enabled: z.boolean(), recoveryCodesLeft: z.number() }),
    },
    async ({ principal }) => accounts.totpStatus(principal.userId),
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/auth/totp/setup',
      summary: 'Start TOTP setup: a new secret and its otpauth:// URL for an authenticator app',
      tag: 'Staff',
      security: 'staff',
      response: z.object({ secret: z.string(), otpauthUrl: z.string() }),
    },
    async ({ principal }) => accounts.setupTotp(principal.userId, principal.email),
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/auth/totp/enable',
      summary: 'Turn TOTP on with a code from the app; answers ten one-time recovery codes',
      tag: 'Staff',
      security: 'staff',
      body: z.object({ code: codeSchema }),
      response: z.object({ recoveryCodes: z.array(z.string()) }),
    },
    async ({ principal, body }) => {
      const result = await accounts.enableTotp(principal.userId, body.code);
      await recordForPerson(principal.userId, 'account.totp_enabled');
      return result;
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/auth/totp/disable',
      summary: 'Turn TOTP off (needs a current code or a recovery code)',
      tag: 'Staff',
      security: 'staff',
      body: z.object({ code: codeSchema }),
      response: ok,
    },
    async ({ principal, body }) => {
      if (!(await auth.checkSecondFactor(principal.userId, body.code))) {
        throw new AppError('forbidden', 'Invalid or already used code');
      }
      await accounts.disableTotp(principal.userId);
      await recordForPerson(principal.userId, 'account.totp_disabled');
      return { ok: true as const };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/auth/password',
      summary: 'Change my password; every other session of mine ends',
      description:
        'The new password needs 10 characters or more and must not be on the list of breached passwords.',
      tag: 'Staff',
      security: 'staff',
      body: z.object({ currentPassword: passwordSchema, newPassword: passwordSchema }),
      response: ok,
    },
    async ({ principal, body }) => {
      await accounts.changePassword({
        userId: principal.userId,
        email: principal.email,
        sessionId: principal.sessionId,
        currentPassword: body.currentPassword,
        newPassword: body.newPassword,
      });
      await recordForPerson(principal.userId, 'account.password_changed');
      return { ok: true as const };
    },
  );

  router.open(
    {
      method: 'POST',
      url: '/api/v1/auth/password/forgot',
      summary: 'Mail a password reset link (valid one hour) if the address has an account',
      description: 'Always answers 202, so it tells nobody whether an address has an account.',
      tag: 'Staff',
      security: 'none',
      body: z.object({ email: z.string().trim().min(3).max(320) }),
      response: ok,
      status: 202,
    },
    async ({ body }) => {
      await accounts.requestPasswordReset(body.email);
      return { ok: true as const };
    },
  );

  router.open(
    {
      method: 'POST',
      url: '/api/v1/auth/password/reset',
      summary: 'Choose a password with a reset or invitation link’s token (works once)',
      tag: 'Staff',
      security: 'none',
      body: z.object({ token: z.string().min(1).max(200), password: passwordSchema }),
      response: ok,
    },
    async ({ body }) => {
      await accounts.completeLink(body.token, body.password);
      return { ok: true as const };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/auth/sessions',
      summary: 'My live sessions (this one marked current)',
      tag: 'Staff',
      security: 'staff',
      response: z.object({
        sessions: z.array(
          z.object({
            id: z.string(),
            createdAt: z.string(),
            lastSeenAt: z.string().nullable(),
            expiresAt: z.string(),
            address: z.string().nullable(),
            userAgent: z.string().nullable(),
            current: z.boolean(),
          }),
        ),
      }),
    },
    async ({ principal }) => ({
      sessions: (await accounts.listSessions(principal.userId)).map((s) => ({
        ...s,
        current: s.id === principal.sessionId,
      })),
    }),
  );

  router.staff(
    {
      method: 'DELETE',
      url: '/api/v1/auth/sessions/:sessionId',
      summary: 'End one of my sessions',
      tag: 'Staff',
      security: 'staff',
      params: z.object({ sessionId: z.string().min(1).max(100) }),
      response: ok,
    },
    async ({ principal, params }) => {
      await accounts.revokeSession(principal.userId, params.sessionId);
      return { ok: true as const };
    },
  );

  // --- A tenant's people (admin) ---

  const userParams = tenantParams.extend({ userId: z.string().min(1).max(100) });

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/members',
      summary: 'The tenant’s people with their role, state and whether TOTP is on (admin)',
      tag: 'Staff',
      security: 'staff',
      permission: 'user.manage',
      params: tenantParams,
      response: z.object({
        members: z.array(
          z.object({
            id: z.string(),
            email: z.string(),
            name: z.string(),
            role: z.string(),
            disabled: z.boolean(),
            totpEnabled: z.boolean(),
            memberSince: z.string(),
          }),
        ),
      }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'user.manage', params.tenantId);
      return { members: await accounts.listMembers(params.tenantId) };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/invitations',
      summary: 'Invite a person by mail (a link to choose their password, valid 7 days) (admin)',
      description:
        'Someone who already has an account is added to the tenant and told by mail; the answer is the same either way.',
      tag: 'Staff',
      security: 'staff',
      permission: 'user.manage',
      params: tenantParams,
      body: z.object({ email: z.email().max(320), name: textSchema(200), role: roleSchema }),
      response: z.object({ id: z.string() }),
      status: 201,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'user.manage', params.tenantId);
      const tenant = await tenants.getTenant(params.tenantId);
      return accounts.invite({ ...body, tenantId: params.tenantId, tenantName: tenant.name });
    },
  );

  for (const [action, isDisabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    router.staff(
      {
        method: 'POST',
        url: `/api/v1/tenants/:tenantId/users/:userId/${action}`,
        summary: isDisabled
          ? 'Disable a person in this tenant: their access and live connections end at once (admin)'
          : 'Enable a disabled person again (admin)',
        tag: 'Staff',
        security: 'staff',
        permission: 'user.manage',
        params: userParams,
        response: ok,
      },
      async ({ principal, params }) => {
        authorize(principal, 'user.manage', params.tenantId);
        if (isDisabled && params.userId === principal.userId) {
          throw new AppError('conflict', 'You cannot disable yourself');
        }
        await accounts.setMemberDisabled(params.tenantId, params.userId, isDisabled);
        return { ok: true as const };
      },
    );
  }

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/users/:userId/role',
      summary: 'Change a person’s role in this tenant (admin)',
      tag: 'Staff',
      security: 'staff',
      permission: 'user.manage',
      params: userParams,
      body: z.object({ role: roleSchema }),
      response: ok,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'user.manage', params.tenantId);
      await accounts.setMemberRole(params.tenantId, params.userId, body.role);
      return { ok: true as const };
    },
  );
}
