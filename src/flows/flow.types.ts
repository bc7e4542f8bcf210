import { z } from 'zod';

/** What a flow step may be, validated at the edge. Steps refer to each other by `id`. */
const stepId = z.string().regex(/^[\w-]{1,64}$/, 'letters, digits, _ and - only');
const variable = z.string().regex(/^[A-Za-z_]\w{0,63}$/, 'must be a variable name');
const text = z.string().trim().min(1).max(2000);

export const variableKinds = ['order_number', 'email', 'date', 'text'] as const;

export const stepSchema = z.discriminatedUnion('type', [
  z.object({
    id: stepId,
    type: z.literal('message'),
    text,
    /** With buttons the flow waits for a click; each may lead elsewhere. */
    buttons: z
      .array(z.object({ label: z.string().trim().min(1).max(100), next: stepId.optional() }))
      .max(10)
      .optional(),
    next: stepId.optional(),
  }),
  z.object({
    id: stepId,
    type: z.literal('question'),
    text,
    variable,
    kind: z.enum(variableKinds),
    /** Said when the answer does not fit the kind; the question is asked again. */
    invalidText: text.optional(),
    next: stepId.optional(),
  }),
  z.object({
    id: stepId,
    type: z.literal('condition'),
    variable,
    equals: z.string().max(500).optional(),
    matches: z.string().max(200).optional(),
    ifTrue: stepId,
    ifFalse: stepId,
  }),
  z.object({
    id: stepId,
    type: z.literal('skill'),
    method: z.enum(['GET', 'POST', 'PUT']).default('GET'),
    /** `{{var}}` is filled from the flow's variables (URL-encoded in the URL). */
    url: z.string().min(1).max(2000),
    headers: z.record(z.string().max(100), z.string().max(2000)).optional(),
    body: z.string().max(10_000).optional(),
    timeoutMs: z.number().int().min(100).max(30_000).default(5000),
    retries: z.number().int().min(0).max(3).default(1),
    /** Variable ← dotted path in the JSON answer (`status`, `order.eta`). */
    map: z.record(variable, z.string().max(200)).default({}),
    /** Said after a success, with `{{var}}` filled. */
    reply: text.optional(),
    /** Said when the API is slow, down or answers garbage. */
    errorText: text.optional(),
    next: stepId.optional(),
    onError: stepId.optional(),
  }),
  z.object({ id: stepId, type: z.literal('handoff'), text: text.optional() }),
  z.object({ id: stepId, type: z.literal('end'), text: text.optional() }),
]);

export type FlowStep = z.output<typeof stepSchema>;

export const triggerSchema = z
  .object({
    intent: z.string().min(1).max(100).optional(),
    faqId: z.string().min(1).max(100).optional(),
    keyword: z.string().trim().min(1).max(100).optional(),
  })
  .refine(
    (t) => [t.intent, t.faqId, t.keyword].filter((v) => v !== undefined).length === 1,
    'give exactly one of intent, faqId or keyword',
  );

export const flowBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    trigger: triggerSchema,
    steps: z.array(stepSchema).min(1).max(200),
  })
  .superRefine((flow, ctx) => {
    const ids = new Set<string>();
    for (const [i, step] of flow.steps.entries()) {
      if (ids.has(step.id)) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: 'duplicate step id' });
      }
      ids.add(step.id);
    }
    flow.steps.forEach((step, i) => {
      const targets = [
        'next' in step ? step.next : undefined,
        step.type === 'condition' ? step.ifTrue : undefined,
        step.type === 'condition' ? step.ifFalse : undefined,
        step.type === 'skill' ? step.onError : undefined,
        ...(step.type === 'message' ? (step.buttons ?? []).map((b) => b.next) : []),
      ];
      for (const target of targets) {
        if (target !== undefined && !ids.has(target)) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i],
            message: `leads to an unknown step "${target}"`,
          });
        }
      }
      if (step.type === 'condition' && step.matches !== undefined) {
        try {
          new RegExp(step.matches);
        } catch {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'matches'],
            message: 'not a valid pattern',
          });
        }
      }
    });
  });

export type FlowDefinition = z.output<typeof flowBodySchema>;

/** Where a conversation stands in a flow. */
export type FlowState = {
  flowId: string;
  version: number;
  /** The step waiting for the customer (a question, or a message with buttons). */
  stepId: string;
  variables: Record<string, string>;
};

export type FlowReply = { text: string; buttons?: { label: string; text: string }[] };
