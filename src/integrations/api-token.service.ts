import { createHash } from 'node:crypto';
import type { ApiScope } from '../auth/policy.js';
import { AppError, notFound } from '../errors/index.js';
import { newId, newSecret } from '../ids/index.js';
import type { Principal } from '../users/index.js';
import type { ApiTokenRepository, ApiTokenRow } from './api-token.repository.js';

/** Every API token starts with this, so a bearer token is told from a staff session at a glance. */
export const apiTokenPrefix = 'tsu_';

export const isApiToken = (token: string): boolean => token.startsWith(apiTokenPrefix);

const hashOf = (token: string): string => createHash('sha256').update(token).digest('base64url');

export type ApiTokenView = Omit<ApiTokenRow, 'tenantId'>;

const view = ({ tenantId: _tenantId, ...rest }: ApiTokenRow): ApiTokenView => rest;

/** `last_used_at` is written at most this often per token, not on every request. */
const touchEveryMs = 60_000;

export function createApiTokenService(deps: { tokens: ApiTokenRepository }) {
  const touchedAt = new Map<string, number>();

  return {
    /** Creates a token; its value is returned here once and stored only as a hash. */
    async create(
      tenantId: string,
      input: { name: string; scopes: ApiScope[] },
      createdBy: string | null,
    ): Promise<{ token: string; id: string }> {
      const token = `${apiTokenPrefix}${newSecret(32)}`;
      const id = newId('tok');
      await deps.tokens.insert({
        id,
        tenantId,
        name: input.name,
        tokenHash: hashOf(token),
        scopes: [...new Set(input.scopes)],
        createdBy,
        createdAt: new Date().toISOString(),
      });
      return { token, id };
    },

    async list(tenantId: string): Promise<ApiTokenView[]> {
      return (await deps.tokens.list(tenantId)).map(view);
    },

    async revoke(tenantId: string, id: string): Promise<void> {
      if (await deps.tokens.revoke(tenantId, id, new Date().toISOString())) return;
      if (!(await deps.tokens.exists(tenantId, id))) throw notFound('API token');
      // Revoking twice is not an error: the token is revoked either way.
    },

    /** The principal an API token acts as: its tenant, with only its scopes. */
    async authenticate(token: string): Promise<Principal> {
      const found = await deps.tokens.findLiveByHash(hashOf(token));
      if (!found) throw new AppError('unauthorized', 'Missing, expired or revoked token');
      const now = Date.now();
      if ((touchedAt.get(found.id) ?? 0) + touchEveryMs < now) {
        touchedAt.set(found.id, now);
        await deps.tokens.touch(found.id, new Date(now).toISOString());
      }
      return {
        userId: found.id,
        tenantId: found.tenantId,
        role: 'admin',
        name: found.name,
        email: '',
        scopes: found.scopes,
      };
    },
  };
}

export type ApiTokenService = ReturnType<typeof createApiTokenService>;
