import { z } from 'zod';

/** Schemas shared by several route groups. Route-specific ones live beside their routes. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('snake_case machine-readable code'),
      message: z.string().describe('Human-readable explanation'),
    }),
  })
  .meta({ id: 'Error' });

export const idSchema = z.string().min(1).max(100);

/** Text from outside: trimmed, non-empty, bounded, and free of NUL bytes that databases reject. */
export const textSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');

export const roleSchema = z.enum(['admin', 'supervisor', 'agent', 'annotator']);
export const statusSchema = z.enum(['bot', 'queued', 'assigned', 'resolved']);

export const buttonSchema = z.object({ label: z.string(), text: z.string() });

export const messageSchema = z
  .object({
    id: z.string(),
    conversationId: z.string(),
    author: z.enum(['customer', 'bot', 'agent', 'system']),
    text: z.string(),
    createdAt: z.string().describe('ISO 8601 UTC'),
    authorName: z.string().nullable().describe('The agent’s display name, when an agent wrote it'),
    buttons: z.array(buttonSchema).optional().describe('Quick replies the bot offers'),
    clientMessageId: z.string().optional().describe('The idempotency key the customer sent'),
  })
  .meta({ id: 'Message' });

export const tenantParams = z.object({ tenantId: idSchema });
export const conversationParams = z.object({ tenantId: idSchema, id: idSchema });
