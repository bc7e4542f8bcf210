import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { authorize, type Permission } from '../auth/index.js';
import { AppError } from '../errors/index.js';
import type { Principal } from '../users/index.js';

export type Security = 'staff' | 'customer' | 'none';

type Input<P, Q, B> = {
  params: P;
  query: Q;
  body: B;
  request: FastifyRequest;
  reply: FastifyReply;
};

export type RouteSpec<
  P extends z.ZodType = z.ZodType<undefined>,
  Q extends z.ZodType = z.ZodType<undefined>,
  B extends z.ZodType = z.ZodType<undefined>,
  R extends z.ZodType = z.ZodType,
> = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Fastify path syntax: `/api/v1/tenants/:tenantId`. */
  url: string;
  summary: string;
  tag: string;
  security: Security;
  /**
   * What a staff caller must be allowed (src/auth/policy.ts): checked before the handler runs,
   * and listed in the OpenAPI document with the roles that have it.
   */
  permission?: Permission;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * How the body arrives; `csv` accepts text/csv; `spreadsheet` also accepts an XLSX file,
   * raw or as multipart/form-data (the body is then a Buffer); `multipart` hands the handler
   * the raw multipart/form-data bytes, and `body` only describes its fields for the document.
   */
  bodyType?: 'json' | 'csv' | 'spreadsheet' | 'multipart';
  bodyLimit?: number;
  response: R;
  status?: number;
  description?: string;
  /**
   * The audit action a staff call on a tenant records. Changes (every method but GET) are
   * recorded by default as `METHOD path`; a GET that reads a contact's personal data names its
   * action here; `false` when the handler records its own entry.
   */
  audit?: string | false;
};

export type StaffInput<P, Q, B> = Input<P, Q, B> & { principal: Principal; token: string };
export type CustomerInput<P, Q, B> = Input<P, Q, B> & { customerToken: string };

export type Authenticator = (
  token: string,
  context: { tenantId?: string | undefined; address?: string | undefined },
) => Promise<Principal>;

/** What the router records in a tenant's audit log after a staff call succeeded. */
export type AuditHook = (entry: {
  tenantId: string;
  actorId: string;
  action: string;
  target: string | null;
}) => Promise<void>;

type AnyRoute = RouteSpec<z.ZodType, z.ZodType, z.ZodType, z.ZodType>;

/** Every route registered, in order: the source of the OpenAPI document. */
export type RouteRegistry = AnyRoute[];

export const bearerToken = (request: FastifyRequest): string | undefined => {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
};

const requireBearer = (request: FastifyRequest, what: string): string => {
  const token = bearerToken(request);
  if (!token) throw new AppError('unauthorized', `Missing ${what} (Authorization: Bearer …)`);
  return token;
};

const parseWith = <S extends z.ZodType>(
  schema: S | undefined,
  value: unknown,
  where: string,
): z.output<S> => {
  if (!schema) return undefined as z.output<S>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.length ? `${where}.${issue.path.join('.')}` : where;
    throw new AppError('validation_failed', `Invalid ${at}: ${issue?.message ?? 'bad value'}`, {
      issues: parsed.error.issues.map((i) => ({
        path: [where, ...i.path].join('.'),
        message: i.message,
      })),
    });
  }
  return parsed.data;
};

/**
 * Thin route definition: parse params, query and body with zod at the edge, authenticate,
 * call the handler, reply with its result. Handlers never see unparsed input.
 */
export function createRouter(
  app: FastifyInstance,
  registry: RouteRegistry,
  deps: {
    authenticate: Authenticator;
    /** The owner belongs to no tenant, so a tenant path must be checked to exist for them. */
    assertTenantExists: (tenantId: string) => Promise<void>;
    audit?: AuditHook;
    /** Masks personal data in a tenant route's answer for roles that may not read it. */
    mask?: (principal: Principal, result: unknown) => unknown;
  },
) {
  /** The audit entry of a staff call on a tenant, and the masking of its answer. */
  async function afterStaffCall(
    spec: AnyRoute,
    principal: Principal,
    params: unknown,
    result: unknown,
  ): Promise<unknown> {
    const values = { ...(params as Record<string, unknown> | undefined) };
    const created = (result as { id?: unknown } | undefined)?.id;
    // Creating a tenant is recorded as the first entry of the new tenant's log.
    const tenantId =
      typeof values.tenantId === 'string'
        ? values.tenantId
        : spec.url === '/api/v1/tenants' && typeof created === 'string'
          ? created
          : undefined;
    if (!tenantId) return result;
    const action = spec.audit ?? (spec.method === 'GET' ? false : `${spec.method} ${spec.url}`);
    if (action && deps.audit) {
      delete values.tenantId;
      const target =
        Object.values(values)
          .filter((v) => typeof v === 'string')
          .join('/') || (typeof created === 'string' ? created : null);
      await deps.audit({ tenantId, actorId: principal.userId, action, target });
    }
    return deps.mask ? deps.mask(principal, result) : result;
  }

  function register<
    P extends z.ZodType,
    Q extends z.ZodType,
    B extends z.ZodType,
    R extends z.ZodType,
  >(
    spec: RouteSpec<P, Q, B, R>,
    run: (
      input: Input<z.output<P>, z.output<Q>, z.output<B>>,
      auth: { principal?: Principal; token?: string },
    ) => Promise<z.input<R>>,
  ) {
    registry.push(spec as unknown as AnyRoute);
    app.route({
      method: spec.method,
      url: spec.url,
      ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
      handler: async (request, reply) => {
        const params = parseWith(spec.params, request.params, 'path');
        const query = parseWith(spec.query, request.query, 'query');
        if (spec.bodyType === 'csv' && typeof request.body !== 'string') {
          throw new AppError('unsupported_media_type', 'Send the file as text/csv');
        }
        if (
          spec.bodyType === 'spreadsheet' &&
          typeof request.body !== 'string' &&
          !Buffer.isBuffer(request.body)
        ) {
          throw new AppError('unsupported_media_type', 'Send the file as text/csv or XLSX');
        }
        if (spec.bodyType === 'multipart' && !Buffer.isBuffer(request.body)) {
          throw new AppError('unsupported_media_type', 'Send the upload as multipart/form-data');
        }
        const body =
          spec.bodyType === 'multipart'
            ? (request.body as z.output<B>)
            : parseWith(spec.body, request.body, 'body');
        const input = { params, query, body, request, reply };
        let auth: { principal?: Principal; token?: string } = {};
        if (spec.security === 'staff') {
          const token = requireBearer(request, 'staff token');
          const tenantId = (params as { tenantId?: unknown } | undefined)?.tenantId;
          const principal = await deps.authenticate(token, {
            tenantId: typeof tenantId === 'string' ? tenantId : undefined,
            address: request.ip,
          });
          if (principal.role === 'owner' && typeof tenantId === 'string') {
            await deps.assertTenantExists(tenantId);
          }
          if (spec.permission) {
            authorize(
              principal,
              spec.permission,
              typeof tenantId === 'string' ? tenantId : undefined,
            );
          } else if (principal.scopes) {
            // Operations without a permission are about the caller's own account (password,
            // second factor, sessions): an API token acts for its tenant and has none.
            throw new AppError(
              'forbidden',
              'API tokens cannot use operations on a person’s own account',
            );
          }
          auth = { principal, token };
        } else if (spec.security === 'customer') {
          auth = { token: requireBearer(request, 'customer token') };
        }
        let result: unknown = await run(input, auth);
        if (auth.principal) result = await afterStaffCall(spec, auth.principal, params, result);
        reply.status(spec.status ?? 200);
        return result;
      },
    });
  }

  return {
    staff<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
      spec: RouteSpec<P, Q, B, R> & { security: 'staff' },
      handler: (input: StaffInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<z.input<R>>,
    ) {
      register(spec, (input, auth) =>
        handler({ ...input, principal: auth.principal as Principal, token: auth.token as string }),
      );
    },
    customer<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
      spec: RouteSpec<P, Q, B, R> & { security: 'customer' },
      handler: (input: CustomerInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<z.input<R>>,
    ) {
      register(spec, (input, auth) => handler({ ...input, customerToken: auth.token as string }));
    },
    open<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
      spec: RouteSpec<P, Q, B, R> & { security: 'none' },
      handler: (input: Input<z.output<P>, z.output<Q>, z.output<B>>) => Promise<z.input<R>>,
    ) {
      register(spec, (input) => handler(input));
    },
  };
}

export type Router = ReturnType<typeof createRouter>;
