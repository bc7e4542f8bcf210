import { z } from 'zod';
import { urlPatternProblem } from '../../integrations/index.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');

const urlPatternSchema = z
  .object({
    match: z.enum(['prefix', 'glob']),
    pattern: z.string().trim().min(1).max(300),
  })
  .superRefine((p, ctx) => {
    const problem = urlPatternProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['pattern'] });
  })
  .describe(
    'The page URL: a prefix, or a glob where * is any run of characters. Starting with / it is matched against the path and query, with http(s):// against the whole URL',
  );

/** A proactive widget trigger, as the console sets it and the widget's config serves it. */
export const widgetTriggerSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be 1-40 of a-z, 0-9 and -'),
    message: z
      .object({
        ja: z.string().trim().min(1).max(500).optional(),
        en: z.string().trim().min(1).max(500).optional(),
      })
      .refine((m) => m.ja !== undefined || m.en !== undefined, 'needs a ja or en message'),
    when: z.object({
      urlContains: z.string().trim().min(1).max(300).optional(),
      url: urlPatternSchema.optional(),
      secondsOnPage: z.number().int().min(0).max(3600).optional(),
      returningVisitor: z.boolean().optional(),
    }),
    quietHours: z
      .object({ start: hhmm, end: hhmm })
      .refine((q) => q.start !== q.end, 'start and end must differ')
      .optional()
      .describe(
        'Local times (the tenant’s time zone, routing settings) when the rule never shows; start after end spans midnight',
      ),
    visitorLimit: z
      .object({
        perDay: z.number().int().min(1).max(100).optional(),
        once: z.boolean().optional(),
      })
      .optional()
      .describe(
        'Per visitor: at most `perDay` shows a day (the tenant’s day; default 1), or `once` ever',
      ),
    enabled: z.boolean().default(true),
  })
  .meta({ id: 'WidgetTrigger' });
