import type { Db } from '../db/index.js';

export type Contact = {
  id: string;
  tenantId: string;
  name: string | null;
  email: string | null;
  externalId: string | null;
  /** The contact has shown they own `email`; only such an address is mailed on request. */
  emailVerified: boolean;
  createdAt: string;
};

export function createContactRepository(db: Db) {
  return {
    async insert(contact: Contact): Promise<void> {
      await db
        .insertInto('contacts')
        .values({
          id: contact.id,
          tenant_id: contact.tenantId,
          name: contact.name,
          email: contact.email,
          external_id: contact.externalId,
          email_verified: contact.emailVerified ? 1 : 0,
          created_at: contact.createdAt,
        })
        .execute();
    },
    /** Marks the contact's current address as proven (a confirmed form, a signed claim). */
    async verifyEmail(tenantId: string, contactId: string, email: string): Promise<void> {
      await db
        .updateTable('contacts')
        .set({ email, email_verified: 1 })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', contactId)
        .execute();
    },
    async findByExternalId(tenantId: string, externalId: string): Promise<Contact | undefined> {
      const row = await db
        .selectFrom('contacts')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('external_id', '=', externalId)
        .executeTakeFirst();
      return (
        row && {
          id: row.id,
          tenantId: row.tenant_id,
          name: row.name,
          email: row.email,
          externalId: row.external_id,
          emailVerified: row.email_verified === 1,
          createdAt: row.created_at,
        }
      );
    },
  };
}

export type ContactRepository = ReturnType<typeof createContactRepository>;
