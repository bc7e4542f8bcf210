import { newId } from '../ids/index.js';
import type { Contact, ContactRepository } from './contact.repository.js';

export type ContactInput = {
  name?: string | undefined;
  email?: string | undefined;
  externalId?: string | undefined;
};

export function createContactService({ contacts }: { contacts: ContactRepository }) {
  return {
    /** A known external id (the tenant's own customer id) reuses its contact; otherwise a new one. */
    async findOrCreateContact(tenantId: string, input: ContactInput = {}): Promise<Contact> {
      if (input.externalId) {
        const existing = await contacts.findByExternalId(tenantId, input.externalId);
        if (existing) return existing;
      }
      const contact: Contact = {
        id: newId('ct'),
        tenantId,
        name: input.name ?? null,
        email: input.email ?? null,
        externalId: input.externalId ?? null,
        createdAt: new Date().toISOString(),
      };
      await contacts.insert(contact);
      return contact;
    },
  };
}

export type ContactService = ReturnType<typeof createContactService>;
