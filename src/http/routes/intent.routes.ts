import { z } from 'zod';
import { authorize } from '../../auth/index.js';
import type { Router } from '../route.js';
import { tenantParams, textSchema } from '../schemas.js';
import type { Services } from '../services.js';

/** An intent name as imported (`weather/find`), or a namespace covering those under it (`weather/*`). */
const intentKey = z
  .string()
  .regex(
    /^[\p{L}\p{N}_.:/-]{1,100}$|^[\p{L}\p{N}_.:/-]{1,98}\/\*$/u,
    'must be an intent name (letters, digits, _ . : / -) or a namespace ending in /*',
  );

const skillMapSchema = z.object({
  entries: z.array(z.object({ intent: z.string(), skills: z.array(z.string()) })),
});

const reportSchema = z.object({
  examples: z.number(),
  folds: z.number().describe('Cross-validation folds (0: not cross-validated)'),
  svmC: z.number().describe('Regularisation chosen (C of the SVMs)'),
  candidates: z.array(z.object({ svmC: z.number(), accuracy: z.number() })),
  accuracy: z.number().nullable().describe('Cross-validated top-1 accuracy on in-scope examples'),
  answeredRight: z
    .number()
    .nullable()
    .describe('Cross-validated share of in-scope examples answered with the right intent'),
  outOfScopeRecall: z
    .number()
    .nullable()
    .describe('Cross-validated share of out-of-scope examples declined (null: none given)'),
  temperature: z.number(),
  threshold: z.number().describe('Calibrated probability below which no intent is claimed'),
});

export function registerIntentRoutes(router: Router, { intents }: Services) {
  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/intents/model',
      summary: "The tenant's intent model and how its settings were chosen",
      description:
        'The regularisation and abstention threshold are chosen at training time by ' +
        "stratified k-fold cross-validation on the tenant's own examples; `report` gives the " +
        'values chosen and the cross-validated accuracy. `report` is null until a model is ' +
        'trained (after a restart the first call starts training).',
      tag: 'Knowledge base',
      security: 'staff',
      permission: 'knowledge.manage',
      params: tenantParams,
      response: z.object({
        trainedAt: z.string().nullable(),
        isTraining: z.boolean(),
        intents: z.array(z.string()),
        report: reportSchema.nullable(),
      }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'knowledge.manage', params.tenantId);
      return intents.modelStatus(params.tenantId);
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/intents/skills',
      summary: 'Which agent skills each trained intent needs',
      description:
        'A handed-off conversation whose intent is listed goes to an agent with the first of ' +
        'its skills that a free agent has. `billing/*` covers intents under `billing/`.',
      tag: 'Routing',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      response: skillMapSchema,
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      return { entries: await intents.listSkills(params.tenantId) };
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/intents/skills',
      summary: 'Replace the intent → skill map',
      description:
        'The whole map: intents left out no longer ask for a skill. Each intent once; skills ' +
        'in order of preference. Routing uses the new map at once.',
      tag: 'Routing',
      security: 'staff',
      permission: 'routing.manage',
      params: tenantParams,
      body: z.object({
        entries: z
          .array(
            z.object({
              intent: intentKey,
              skills: z.array(textSchema(50)).min(1).max(20),
            }),
          )
          .max(1000)
          .refine(
            (entries) => new Set(entries.map((e) => e.intent)).size === entries.length,
            'each intent may be listed once',
          ),
      }),
      response: skillMapSchema,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'routing.manage', params.tenantId);
      return { entries: await intents.setSkills(params.tenantId, body.entries) };
    },
  );
}
