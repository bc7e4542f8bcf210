import * as oidc from 'openid-client';
import { AppError, notFound } from '../errors/index.js';
import { newId, newSecret } from '../ids/index.js';
import { type Role, staffRoles, type UserRepository } from '../users/index.js';
import type { AccountRepository, SecretBox } from './account.repository.js';
import { hashToken } from './auth.service.js';
import type { SsoRepository } from './sso.repository.js';

export type SsoSettingsInput = {
  issuer: string;
  clientId: string;
  /** Required the first time; omitted later keeps the stored one. */
  clientSecret?: string | undefined;
  emailDomain: string;
  /** The role a person new to the tenant gets at first sign-in; null: members only. */
  provisionRole: Exclude<Role, 'owner'> | null;
  enabled: boolean;
};

export type SsoSettingsView = Omit<SsoSettingsInput, 'clientSecret'> & { hasClientSecret: true };

/** Why a sign-in at the identity provider was refused (shown to the person as a code). */
export type SsoRefusal =
  | 'sso_expired'
  | 'sso_failed'
  | 'sso_email_unverified'
  | 'sso_domain_mismatch'
  | 'sso_not_member'
  | 'sso_disabled';

export class SsoRefused extends Error {
  constructor(
    readonly code: SsoRefusal,
    message: string,
  ) {
    super(message);
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An issuer must be https; plain http is accepted only on the loopback interface (a provider
 * run beside the server, as in tests and development).
 */
export function checkIssuer(issuer: string): URL {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new AppError('validation_failed', 'The issuer must be a URL');
  }
  const isLoopbackHttp = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !isLoopbackHttp) {
    throw new AppError('validation_failed', 'The issuer must be an https URL');
  }
  if (url.search || url.hash) {
    throw new AppError('validation_failed', 'The issuer has no query or fragment');
  }
  return url;
}

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * OpenID Connect single sign-on per tenant (authorization code with PKCE, state and nonce),
 * through the `openid-client` library. A sign-in ends with a single-use ticket the console
 * exchanges for a session, so no session token ever appears in a URL.
 */
export function createSsoService(deps: {
  sso: SsoRepository;
  accounts: AccountRepository;
  users: UserRepository;
  box: SecretBox;
  /** Adds a person to a tenant (a new person or a membership for a known one). */
  addMember: (m: { tenantId: string; email: string; name: string; role: Role }) => Promise<unknown>;
  /** PUBLIC_URL: the console's address as the provider must redirect to it. */
  publicUrl?: string | undefined;
  loginTtlMs?: number;
  ticketTtlMs?: number;
}) {
  const loginTtlMs = deps.loginTtlMs ?? 10 * 60_000;
  const ticketTtlMs = deps.ticketTtlMs ?? 60_000;
  const secretContext = (tenantId: string) => `sso:${tenantId}`;
  /** Discovery documents, kept a few minutes per tenant and settings. */
  const discovered = new Map<string, { at: number; config: Promise<oidc.Configuration> }>();

  function configurationFor(row: {
    tenantId: string;
    issuer: string;
    clientId: string;
    sealedSecret: string;
  }): Promise<oidc.Configuration> {
    const key = `${row.tenantId}\n${row.issuer}\n${row.clientId}\n${row.sealedSecret}`;
    const cached = discovered.get(key);
    if (cached && Date.now() - cached.at < 5 * 60_000) return cached.config;
    const issuer = checkIssuer(row.issuer);
    const secret = deps.box.open(row.sealedSecret, secretContext(row.tenantId));
    const config = oidc.discovery(
      issuer,
      row.clientId,
      undefined,
      oidc.ClientSecretBasic(secret),
      issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {},
    );
    discovered.set(key, { at: Date.now(), config });
    config.catch(() => discovered.delete(key));
    return config;
  }

  async function memberFor(tenantId: string, email: string, name: string, role: Role | null) {
    const found = await deps.users.findByEmail(email);
    if (found?.user.role === 'owner') {
      throw new SsoRefused('sso_not_member', 'The installation owner signs in with a password');
    }
    const membership = found && (await deps.accounts.membership(found.user.id, tenantId));
    if (membership?.disabled_at) {
      throw new SsoRefused('sso_disabled', 'This account is disabled in this workspace');
    }
    if (found && membership) return found.user.id;
    if (!role) {
      throw new SsoRefused('sso_not_member', 'This workspace has no account for this address');
    }
    await deps.addMember({ tenantId, email, name, role });
    const added = await deps.users.findByEmail(email);
    if (!added) throw new SsoRefused('sso_failed', 'The account could not be created');
    return added.user.id;
  }

  return {
    /** The callback URL registered at the provider: on PUBLIC_URL, else the request's origin. */
    redirectUri: (requestOrigin: string): string =>
      `${(deps.publicUrl ?? requestOrigin).replace(/\/+$/, '')}/api/v1/auth/sso/callback`,

    async settings(tenantId: string): Promise<SsoSettingsView | null> {
      const row = await deps.sso.config(tenantId);
      if (!row) return null;
      return {
        issuer: row.issuer,
        clientId: row.clientId,
        emailDomain: row.emailDomain,
        provisionRole: row.provisionRole as SsoSettingsView['provisionRole'],
        enabled: row.isEnabled,
        hasClientSecret: true,
      };
    },

    async saveSettings(tenantId: string, input: SsoSettingsInput): Promise<SsoSettingsView> {
      // Kept exactly as given: the provider's metadata must name the same issuer.
      const issuer = input.issuer.trim();
      checkIssuer(issuer);
      const emailDomain = input.emailDomain.trim().toLowerCase().replace(/^@/, '');
      if (!/^[a-z0-9.-]+\.[a-z0-9-]+$/.test(emailDomain) && emailDomain !== 'localhost') {
        throw new AppError('validation_failed', 'The email domain is not a domain name');
      }
      if (input.provisionRole && !(staffRoles as readonly string[]).includes(input.provisionRole)) {
        throw new AppError('validation_failed', 'Unknown role');
      }
      const existing = await deps.sso.config(tenantId);
      if (!input.clientSecret && !existing) {
        throw new AppError('validation_failed', 'The client secret is required');
      }
      const sealedSecret = input.clientSecret
        ? deps.box.seal(input.clientSecret, secretContext(tenantId))
        : (existing?.sealedSecret as string);
      await deps.sso.saveConfig(
        {
          tenantId,
          issuer,
          clientId: input.clientId.trim(),
          sealedSecret,
          emailDomain,
          provisionRole: input.provisionRole,
          isEnabled: input.enabled,
        },
        new Date().toISOString(),
      );
      return (await this.settings(tenantId)) as SsoSettingsView;
    },

    /** The workspaces offering single sign-on to an address, for the login page's button. */
    async workspacesFor(email: string): Promise<{ tenantId: string; name: string }[]> {
      const rows = await deps.sso.configsForDomain(domainOf(email.trim()));
      return rows.map((r) => ({ tenantId: r.tenantId, name: r.tenantName }));
    },

    /** Starts a sign-in: the provider's authorization URL with PKCE, state and nonce. */
    async start(options: {
      tenantId?: string | undefined;
      email?: string | undefined;
      redirectUri: string;
    }): Promise<{ authorizationUrl: string }> {
      const row = options.tenantId
        ? await deps.sso.config(options.tenantId)
        : options.email
          ? (await deps.sso.configsForDomain(domainOf(options.email.trim())))[0]
          : undefined;
      if (!row?.isEnabled) throw notFound('Single sign-on for this workspace');
      const config = await configurationFor(row).catch((error: unknown) => {
        throw new AppError('bad_request', `The identity provider did not answer: ${String(error)}`);
      });
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const now = Date.now();
      await deps.sso.deleteExpiredLogins(new Date(now).toISOString());
      await deps.sso.insertLogin({
        stateHash: hashToken(state),
        tenantId: row.tenantId,
        codeVerifier,
        nonce,
        redirectUri: options.redirectUri,
        expiresAt: new Date(now + loginTtlMs).toISOString(),
      });
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: options.redirectUri,
        scope: 'openid email profile',
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        ...(options.email ? { login_hint: options.email.trim() } : {}),
      });
      return { authorizationUrl: url.href };
    },

    /**
     * The provider's redirect back: checks state, exchanges the code (PKCE), verifies the ID
     * token (issuer, audience, signature, nonce) and finds or provisions the person. Returns a
     * single-use ticket for `POST /api/v1/auth/sso/complete`; refusals throw `SsoRefused`.
     */
    async callback(query: Record<string, string>): Promise<{ ticket: string; tenantId: string }> {
      const now = new Date();
      const state = query.state ?? '';
      const login = state
        ? await deps.sso.takeLogin(hashToken(state), now.toISOString())
        : undefined;
      if (!login) throw new SsoRefused('sso_expired', 'Unknown or expired sign-in; start again');
      const row = await deps.sso.config(login.tenant_id);
      if (!row?.isEnabled) throw new SsoRefused('sso_failed', 'Single sign-on is off');
      const current = new URL(login.redirect_uri);
      for (const [key, value] of Object.entries(query)) current.searchParams.set(key, value);
      let claims: Record<string, unknown> | undefined;
      try {
        const config = await configurationFor(row);
        const tokens = await oidc.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: login.code_verifier,
          expectedState: state,
          expectedNonce: login.nonce,
          idTokenExpected: true,
        });
        const idToken = tokens.claims();
        if (!idToken) throw new Error('no ID token');
        claims = idToken;
        // Providers that keep the email out of the ID token give it at the userinfo endpoint.
        if (typeof idToken.email !== 'string') {
          claims = {
            ...(await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub)),
            ...idToken,
          };
        }
      } catch (error) {
        throw new SsoRefused(
          'sso_failed',
          `The identity provider's answer was refused: ${String(error)}`,
        );
      }
      const email = typeof claims?.email === 'string' ? claims.email.trim().toLowerCase() : '';
      if (!email || claims?.email_verified === false) {
        throw new SsoRefused('sso_email_unverified', 'The provider gave no verified email address');
      }
      if (domainOf(email) !== row.emailDomain) {
        throw new SsoRefused('sso_domain_mismatch', 'This address is not of the workspace domain');
      }
      const name = typeof claims?.name === 'string' && claims.name ? claims.name : email;
      const userId = await memberFor(
        row.tenantId,
        email,
        name.slice(0, 200),
        row.provisionRole as Role | null,
      );
      const account = await deps.accounts.account(userId);
      if (account?.disabledAt) throw new SsoRefused('sso_disabled', 'This account is disabled');
      const ticket = newSecret();
      await deps.accounts.insertTicket({
        id: newId('tkt'),
        tokenHash: hashToken(ticket),
        userId,
        purpose: 'sso',
        expiresAt: new Date(now.getTime() + ticketTtlMs).toISOString(),
        at: now.toISOString(),
      });
      return { ticket, tenantId: row.tenantId };
    },
  };
}

export type SsoService = ReturnType<typeof createSsoService>;
