import { newId } from '../ids/index.js';
import type { Contact, ContactRepository } from './contact.repository.js';

export type ContactInput = {
  name?: string | undefined;
  email?: string | undefined;
  externalId?: string | undefined;
  /**
   * Whether the caller has proof the contact owns `email` (mail from it, a claim signed by the
   * tenant's server); anything else is kept as said but never mailed on request.
   */
  emailVerified?: boolean | undefined;
};

export function createContactService({ contacts }: { contacts: ContactRepository }) {
  return {
    /** A known external id (the tenant's own customer id) reuses its contact; otherwise a new one. */
    async findOrCreateContact(tenantId: string, input: ContactInput = {}): Promise<Contact> {
      if (input.externalId) {
        const existing = await contacts.findByExternalId(tenantId, input.externalId);
        if (existing) {
          if (input.emailVerified && input.email && !existing.emailVerified) {
            await contacts.verifyEmail(tenantId, existing.id, input.email);
            return { ...existing, email: input.email, emailVerified: true };
          }
          return existing;
        }
      }
      const contact: Contact = {
        id: newId('ct'),
        tenantId,
        name: input.name ?? null,
        email: input.email ?? null,
        externalId: input.externalId ?? null,
        emailVerified: !!(input.emailVerified && input.email),
        createdAt: new Date().toISOString(),
      };
      await contacts.insert(contact);
      return contact;
    },
  };
}

export type ContactService = ReturnType<typeof createContactService>;
