import { z } from 'zod';
import { permissions } from '../auth/index.js';
import { XLSX_TYPE } from './multipart.js';
import type { RouteRegistry } from './route.js';
import { errorSchema } from './schemas.js';

type JsonSchema = Record<string, unknown>;

/**
 * Collects the shared schemas (those given an id with `.meta({ id })`) under
 * `components/schemas`, so every reference resolves from the document root. Zod emits them as
 * `$defs` inside each schema, whose `#/$defs/X` would point at a root where nothing is.
 */
class SharedSchemas {
  readonly schemas: Record<string, JsonSchema> = {};

  /** A route's schema as JSON Schema, its shared parts hoisted and referenced. */
  convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const {
      $schema: _ignored,
      $defs,
      ...rest
    } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
    };
    // The same id may read differently as input (defaults optional) and as output.
    const names = new Map<string, string>();
    for (const [id, definition] of Object.entries($defs ?? {})) {
      names.set(id, this.nameFor(id, definition, io));
    }
    const rewrite = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rewrite);
      if (value === null || typeof value !== 'object') return value;
      const out: JsonSchema = {};
      for (const [key, child] of Object.entries(value)) {
        out[key] =
          key === '$ref' && typeof child === 'string' && child.startsWith('#/$defs/')
            ? `#/components/schemas/${names.get(child.slice('#/$defs/'.length)) ?? child}`
            : rewrite(child);
      }
      return out;
    };
    for (const [id, definition] of Object.entries($defs ?? {})) {
      const name = names.get(id) as string;
      this.schemas[name] ??= rewrite(definition) as JsonSchema;
    }
    return rewrite(rest) as JsonSchema;
  }

  private nameFor(id: string, definition: JsonSchema, io: 'input' | 'output'): string {
    const known = this.schemas[id];
    if (!known || same(known, definition)) return id;
    const variant = `${id}${io === 'input' ? 'Input' : 'Output'}`;
    const knownVariant = this.schemas[variant];
    if (knownVariant && !same(knownVariant, definition)) {
      throw new Error(`Two different schemas share the OpenAPI id ${id}`);
    }
    return variant;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const parametersOf = (
  shared: SharedSchemas,
  schema: z.ZodType | undefined,
  where: 'path' | 'query',
) => {
  if (!schema) return [];
  const json = shared.convert(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
};

/** The client errors an operation can answer, each with the error codes it carries. */
function errorResponses(route: RouteRegistry[number], schema: { $ref: string }) {
  const error = (description: string) => ({
    description,
    content: { 'application/json': { schema } },
  });
  const hasInput = Boolean(route.body || route.query || route.params);
  return {
    ...(hasInput
      ? { '400': error('`validation_failed` or `bad_request`: the input is malformed') }
      : {}),
    ...(route.security !== 'none' ? { '401': error('`unauthorized`: no valid token') } : {}),
    ...(route.permission
      ? { '403': error('`forbidden`: the caller’s role does not allow it') }
      : route.security === 'staff'
        ? { '403': error('`forbidden`: an API token (it has no account of its own)') }
        : {}),
    ...(route.params
      ? { '404': error('`not_found`: an unknown id, or one of another tenant') }
      : {}),
    ...(route.security !== 'staff'
      ? { '429': error('`too_many_requests`: over a rate limit; see the Retry-After header') }
      : {}),
    '4XX': error('Another client error (`conflict`, `payload_too_large`, …)'),
  };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function buildOpenApi(registry: RouteRegistry, version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const shared = new SharedSchemas();
  const errorRef = { $ref: '#/components/schemas/Error' };
  shared.convert(errorSchema, 'output');
  for (const route of registry) {
    const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const responses: Record<string, unknown> = {
      [String(route.status ?? 200)]: {
        description: 'Success',
        content: { 'application/json': { schema: shared.convert(route.response, 'output') } },
      },
      ...errorResponses(route, errorRef),
    };
    // Who may call it: a staff operation names its permission and the roles that hold it.
    const roles = route.permission ? [...permissions[route.permission]] : null;
    const who =
      route.security === 'none'
        ? 'Public: no credentials.'
        : route.security === 'customer'
          ? 'The customer: the `customerToken` of the conversation.'
          : roles
            ? `Staff with \`${route.permission}\`: ${roles.join(', ')}.`
            : 'Any signed-in staff member, on their own account (not an API token).';
    const operation: Record<string, unknown> = {
      summary: route.summary,
      description: route.description ? `${route.description}\n\n${who}` : who,
      ...(roles ? { 'x-permission': route.permission, 'x-roles': roles } : {}),
      tags: [route.tag],
      parameters: [
        ...parametersOf(shared, route.params, 'path'),
        ...parametersOf(shared, route.query, 'query'),
      ],
      responses,
      ...(route.security === 'none' ? { security: [] } : {}),
      ...(route.security === 'customer' ? { security: [{ customerToken: [] }] } : {}),
    };
    if (route.body) {
      const content =
        route.bodyType === 'csv'
          ? { 'text/csv': { schema: { type: 'string' } } }
          : route.bodyType === 'multipart'
            ? { 'multipart/form-data': { schema: shared.convert(route.body, 'input') } }
            : route.bodyType === 'spreadsheet'
              ? {
                  'text/csv': { schema: { type: 'string' } },
                  [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } },
                  'multipart/form-data': {
                    schema: {
                      type: 'object',
                      properties: { file: { type: 'string', format: 'binary' } },
                      required: ['file'],
                    },
                  },
                }
              : { 'application/json': { schema: shared.convert(route.body, 'input') } };
      operation.requestBody = { required: true, content };
    }
    paths[path] = { ...(paths[path] ?? {}), [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tsunagi API',
      version,
      description: 'The public API of Tsunagi, the AI-first contact center.',
    },
    servers: [{ url: '/' }],
    security: [{ staffToken: [] }],
    components: {
      securitySchemes: {
        staffToken: { type: 'http', scheme: 'bearer', description: 'From POST /api/v1/auth/login' },
        customerToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'From starting a widget conversation',
        },
      },
      schemas: shared.schemas,
    },
    paths,
  };
}
