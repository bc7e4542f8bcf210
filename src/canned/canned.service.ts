import { isUniqueViolation } from '../db/index.js';
import { AppError, notFound } from '../errors/index.js';
import { newId } from '../ids/index.js';
import type { CannedRepository, CannedResponse } from './canned.repository.js';

export type CannedInput = { shortcut: string; title: string; text: string };

/** Canned responses: text with {{contact.name}}-style variables, found by a `/shortcut`. */
export function createCannedService(deps: { canned: CannedRepository }) {
  const taken = () => new AppError('conflict', 'Another canned response uses this shortcut');
  return {
    list: (tenantId: string, window?: { limit: number; offset: number }) =>
      deps.canned.list(tenantId, window),

    async create(tenantId: string, input: CannedInput): Promise<CannedResponse> {
      const now = new Date().toISOString();
      const canned: CannedResponse = {
        id: newId('can'),
        tenantId,
        ...input,
        createdAt: now,
        updatedAt: now,
      };
      try {
        await deps.canned.insert(canned);
      } catch (error) {
        if (isUniqueViolation(error)) throw taken();
        throw error;
      }
      return canned;
    },

    async update(tenantId: string, id: string, input: CannedInput): Promise<void> {
      try {
        if (!(await deps.canned.update(tenantId, id, input))) throw notFound('Canned response');
      } catch (error) {
        if (isUniqueViolation(error)) throw taken();
        throw error;
      }
    },

    async remove(tenantId: string, id: string): Promise<void> {
      if (!(await deps.canned.remove(tenantId, id))) throw notFound('Canned response');
    },
  };
}

export type CannedService = ReturnType<typeof createCannedService>;
