import assert from 'node:assert/strict';
import fs from 'node:fs';
import { before, describe, test } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { generatedTypesPath, generateTypes, servedDocument } from '../scripts/api-document.js';

describe('the served OpenAPI document', () => {
  let document: Record<string, unknown>;
  before(async () => {
    document = await servedDocument();
  });

  test('validates with a reference-resolving validator (swagger-parser)', async () => {
    // validate() dereferences every $ref and checks the document against the OpenAPI 3.1 schema.
    await SwaggerParser.validate(structuredClone(document) as never);
  });

  test('has no unresolvable reference or structural error for Redocly', async () => {
    const config = await createConfig({
      rules: {
        'no-unresolved-refs': 'error',
        struct: 'error',
        'operation-operationId-unique': 'error',
      },
    });
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: 'openapi.json',
      config,
    });
    const errors = problems.filter((p) => p.severity === 'error');
    assert.deepEqual(
      errors.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`),
      [],
    );
  });

  test('names shared schemas once, under components/schemas', () => {
    const refs = new Set<string>();
    JSON.stringify(document, (key, value) => {
      if (key === '$ref') refs.add(value);
      return value;
    });
    const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
    for (const ref of refs) {
      assert.match(ref, /^#\/components\/schemas\//);
      assert.ok(schemas[ref.split('/').pop() as string], `${ref} is defined`);
    }
    for (const name of ['Error', 'Message', 'Conversation']) assert.ok(schemas[name], name);
  });

  test('each operation says who may call it, and staff operations their roles', () => {
    const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
    const operations = Object.values(paths).flatMap((p) => Object.values(p));
    for (const op of operations) {
      assert.match(
        String(op.description),
        /Public|customer|Staff|staff member/,
        String(op.summary),
      );
    }
    const addFaq = paths['/api/v1/tenants/{tenantId}/faqs']?.post ?? {};
    assert.ok((addFaq['x-roles'] as string[]).includes('admin'));
    assert.ok(!(addFaq['x-roles'] as string[]).includes('agent'));
    assert.ok(addFaq.responses && '403' in (addFaq.responses as object));
  });

  test('the console is typed from it: the generated types are up to date', async () => {
    const types = await generateTypes(document);
    const committed = fs.readFileSync(generatedTypesPath, 'utf8');
    assert.ok(
      committed === types,
      'web/src/api/openapi.gen.ts differs from the served API: run `npm run api:types`',
    );
  });
});
