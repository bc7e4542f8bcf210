import { z } from 'zod';
import { XLSX_TYPE } from './multipart.js';
import type { RouteRegistry } from './route.js';
import { errorSchema } from './schemas.js';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
};

const parametersOf = (schema: z.ZodType | undefined, where: 'path' | 'query') => {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as {
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

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function buildOpenApi(registry: RouteRegistry, version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of registry) {
    const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const responses: Record<string, unknown> = {
      [String(route.status ?? 200)]: {
        description: 'Success',
        content: { 'application/json': { schema: toSchema(route.response, 'output') } },
      },
      '4XX': {
        description: 'Client error',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    };
    const operation: Record<string, unknown> = {
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
      responses,
      ...(route.security === 'none' ? { security: [] } : {}),
      ...(route.security === 'customer' ? { security: [{ customerToken: [] }] } : {}),
    };
    if (route.body) {
      const content =
        route.bodyType === 'csv'
          ? { 'text/csv': { schema: { type: 'string' } } }
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
            : { 'application/json': { schema: toSchema(route.body, 'input') } };
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
      schemas: { Error: toSchema(errorSchema, 'output') },
    },
    paths,
  };
}
