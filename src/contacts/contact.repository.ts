import { sql } from 'kysely';
import type { Db } from '../db/index.js';

export type AttributeValue = string | number;

export type Contact = {
  id: string;
  tenantId: string;
  name: string | null;
  email: string | null;
  externalId: string | null;
  /** The contact has shown they own `email`; only such an address is mailed on request. */
  emailVerified: boolean;
  createdAt: string;
  phone?: string | null;
  attributes?: Record<string, AttributeValue>;
  updatedAt?: string | null;
};

export type ContactRecord = Contact & {
  phone: string | null;
  attributes: Record<string, AttributeValue>;
  updatedAt: string | null;
};

export type ContactConversation = {
  id: string;
  channel: string;
  status: string;
  createdAt: string;
  updatedAt: string;
};

export type AttributeType = 'text' | 'number' | 'date' | 'select';
export type AttributeDefinition = {
  key: string;
  label: string;
  type: AttributeType;
  options: string[];
};

/** Fields a contact's edit or an import row sets (undefined: unchanged). */
export type ContactPatch = {
  name?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  externalId?: string | null | undefined;
  attributes?: Record<string, AttributeValue> | undefined;
};

/** Tables whose rows belong to a contact and move with it when it is merged into another. */
const ownedByContact = [
  'conversations',
  'form_submissions',
  'proactive_sends',
  'callbacks',
  'contact_identities',
] as const;

type ContactRow = {
  id: string;
  tenant_id: string;
  name: string | null;
  email: string | null;
  external_id: string | null;
  email_verified: number;
  created_at: string;
  phone: string | null;
  attributes: string;
  updated_at: string | null;
};

const parseAttributes = (text: string): Record<string, AttributeValue> => {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, AttributeValue>)
      : {};
  } catch {
    return {};
  }
};

const toContact = (row: ContactRow): ContactRecord => ({
  id: row.id,
  tenantId: row.tenant_id,
  name: row.name,
  email: row.email,
  externalId: row.external_id,
  emailVerified: row.email_verified === 1,
  createdAt: row.created_at,
  phone: row.phone,
  attributes: parseAttributes(row.attributes),
  updatedAt: row.updated_at,
});

/** `%text%` for LIKE, its own wildcards taken literally. */
const containing = (text: string): string =>
  `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function createContactRepository(db: Db) {
  const columnsOf = (patch: ContactPatch, now: string) => ({
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.email !== undefined ? { email: patch.email } : {}),
    ...(patch.phone !== undefined ? { phone: patch.phone } : {}),
    ...(patch.externalId !== undefined ? { external_id: patch.externalId } : {}),
    ...(patch.attributes !== undefined ? { attributes: JSON.stringify(patch.attributes) } : {}),
    updated_at: now,
  });

  async function findBy(
    tenantId: string,
    column: 'id' | 'external_id' | 'email',
    value: string,
  ): Promise<ContactRecord | undefined> {
    const row = await db
      .selectFrom('contacts')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where(column, '=', value)
      .orderBy('created_at')
      .executeTakeFirst();
    return row && toContact(row);
  }

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
          ...(contact.phone ? { phone: contact.phone } : {}),
          ...(contact.attributes ? { attributes: JSON.stringify(contact.attributes) } : {}),
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
    /** The contact with this external id, also one merged into it under that id. */
    async findByExternalId(tenantId: string, externalId: string): Promise<Contact | undefined> {
      const direct = await findBy(tenantId, 'external_id', externalId);
      if (direct) return direct;
      const alias = await db
        .selectFrom('contact_identities')
        .select('contact_id')
        .where('tenant_id', '=', tenantId)
        .where('kind', '=', 'external_id')
        .where('value', '=', externalId)
        .executeTakeFirst();
      return alias ? findBy(tenantId, 'id', alias.contact_id) : undefined;
    },

    find: (tenantId: string, id: string) => findBy(tenantId, 'id', id),

    /** Contacts newest first; `query` matches name, email, phone or external id (any case). */
    async list(
      tenantId: string,
      options: { query?: string | undefined; limit: number; offset: number },
    ): Promise<ContactRecord[]> {
      let select = db.selectFrom('contacts').selectAll().where('tenant_id', '=', tenantId);
      const query = options.query?.trim();
      if (query) {
        const pattern = containing(query);
        const digits = query.replace(/[^\d]/g, '');
        select = select.where((eb) =>
          eb.or([
            eb(sql`lower(name)`, 'like', sql`${pattern} escape '\\'`),
            eb(sql`lower(email)`, 'like', sql`${pattern} escape '\\'`),
            eb(sql`lower(external_id)`, 'like', sql`${pattern} escape '\\'`),
            // Phone numbers are stored as +81…; the customer's 090-… finds them by its digits.
            ...(digits.length >= 3
              ? [eb('phone', 'like', `%${digits.replace(/^0/, '')}%`)]
              : [eb(sql`lower(phone)`, 'like', sql`${pattern} escape '\\'`)]),
          ]),
        );
      }
      const rows = await select
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit)
        .offset(options.offset)
        .execute();
      return rows.map(toContact);
    },

    async conversationsOf(tenantId: string, contactId: string): Promise<ContactConversation[]> {
      const rows = await db
        .selectFrom('conversations')
        .select(['id', 'channel', 'status', 'created_at', 'updated_at'])
        .where('tenant_id', '=', tenantId)
        .where('contact_id', '=', contactId)
        .orderBy('created_at', 'desc')
        .limit(200)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        channel: r.channel,
        status: r.status,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }));
    },

    /** Whether another contact of the tenant already has this external id (its own or merged). */
    async externalIdTaken(tenantId: string, externalId: string, exceptId?: string) {
      const found = await this.findByExternalId(tenantId, externalId);
      return found !== undefined && found.id !== exceptId;
    },

    async update(tenantId: string, id: string, patch: ContactPatch): Promise<void> {
      const now = new Date().toISOString();
      const before = await findBy(tenantId, 'id', id);
      const isEmailChanged = patch.email !== undefined && patch.email !== before?.email;
      await db
        .updateTable('contacts')
        .set({ ...columnsOf(patch, now), ...(isEmailChanged ? { email_verified: 0 } : {}) })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },

    /**
     * Moves everything of `mergedId` to `survivorId` and deletes it, in one transaction: its
     * conversations, callbacks and sends; its external id and email become identities of the
     * survivor (kept on the survivor's own fields where those are empty).
     */
    async merge(
      tenantId: string,
      survivor: ContactRecord,
      merged: ContactRecord,
    ): Promise<{ moved: Record<string, number> }> {
      const now = new Date().toISOString();
      return db.transaction().execute(async (tx) => {
        const moved: Record<string, number> = {};
        for (const table of ownedByContact) {
          const result = await tx
            .updateTable(table)
            .set({ contact_id: survivor.id })
            .where('tenant_id', '=', tenantId)
            .where('contact_id', '=', merged.id)
            .executeTakeFirst();
          moved[table] = Number(result.numUpdatedRows);
        }
        const identities: { kind: string; value: string }[] = [];
        if (merged.externalId && survivor.externalId && merged.externalId !== survivor.externalId)
          identities.push({ kind: 'external_id', value: merged.externalId });
        if (merged.email && survivor.email && merged.email !== survivor.email)
          identities.push({ kind: 'email', value: merged.email });
        for (const identity of identities) {
          await tx
            .insertInto('contact_identities')
            .values({ tenant_id: tenantId, ...identity, contact_id: survivor.id, created_at: now })
            .onConflict((oc) =>
              oc.columns(['tenant_id', 'kind', 'value']).doUpdateSet({ contact_id: survivor.id }),
            )
            .execute();
        }
        await tx
          .deleteFrom('contacts')
          .where('tenant_id', '=', tenantId)
          .where('id', '=', merged.id)
          .execute();
        const takeEmail = !survivor.email && merged.email;
        await tx
          .updateTable('contacts')
          .set({
            name: survivor.name ?? merged.name,
            email: survivor.email ?? merged.email,
            ...(takeEmail ? { email_verified: merged.emailVerified ? 1 : 0 } : {}),
            phone: survivor.phone ?? merged.phone,
            external_id: survivor.externalId ?? merged.externalId,
            attributes: JSON.stringify({ ...merged.attributes, ...survivor.attributes }),
            updated_at: now,
          })
          .where('tenant_id', '=', tenantId)
          .where('id', '=', survivor.id)
          .execute();
        return { moved };
      });
    },

    /** An import's rows in one transaction: new contacts inserted, known ones (by id) updated. */
    async applyImport(
      tenantId: string,
      inserts: Contact[],
      updates: { id: string; patch: ContactPatch }[],
    ): Promise<void> {
      const now = new Date().toISOString();
      await db.transaction().execute(async (tx) => {
        for (let i = 0; i < inserts.length; i += 200) {
          const batch = inserts.slice(i, i + 200);
          await tx
            .insertInto('contacts')
            .values(
              batch.map((c) => ({
                id: c.id,
                tenant_id: tenantId,
                name: c.name,
                email: c.email,
                external_id: c.externalId,
                email_verified: 0,
                created_at: c.createdAt,
                phone: c.phone ?? null,
                attributes: JSON.stringify(c.attributes ?? {}),
              })),
            )
            .execute();
        }
        for (const update of updates) {
          await tx
            .updateTable('contacts')
            .set(columnsOf(update.patch, now))
            .where('tenant_id', '=', tenantId)
            .where('id', '=', update.id)
            .execute();
        }
      });
    },

    /** Every external id of the tenant (own and merged) with its contact, for an import's matching. */
    async externalIds(tenantId: string): Promise<Map<string, ContactRecord>> {
      const rows = await db
        .selectFrom('contacts')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('external_id', 'is not', null)
        .execute();
      return new Map(rows.map((r) => [r.external_id as string, toContact(r)]));
    },

    /** Pages of the tenant's contacts in creation order, for a streamed export. */
    async *pages(tenantId: string, size = 500): AsyncGenerator<ContactRecord[]> {
      let after: { createdAt: string; id: string } | undefined;
      for (;;) {
        let select = db.selectFrom('contacts').selectAll().where('tenant_id', '=', tenantId);
        if (after) {
          const { createdAt, id } = after;
          select = select.where((eb) =>
            eb.or([
              eb('created_at', '>', createdAt),
              eb.and([eb('created_at', '=', createdAt), eb('id', '>', id)]),
            ]),
          );
        }
        const rows = await select.orderBy('created_at').orderBy('id').limit(size).execute();
        if (rows.length === 0) return;
        yield rows.map(toContact);
        const last = rows[rows.length - 1] as ContactRow;
        after = { createdAt: last.created_at, id: last.id };
        if (rows.length < size) return;
      }
    },

    async attributeDefinitions(tenantId: string): Promise<AttributeDefinition[]> {
      const rows = await db
        .selectFrom('contact_attribute_definitions')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .orderBy('position')
        .execute();
      return rows.map((r) => ({
        key: r.key,
        label: r.label,
        type: r.type as AttributeType,
        options: JSON.parse(r.options) as string[],
      }));
    },

    /** Replaces the tenant's attribute definitions (values of removed keys stay until edited). */
    async setAttributeDefinitions(
      tenantId: string,
      definitions: AttributeDefinition[],
    ): Promise<void> {
      const now = new Date().toISOString();
      await db.transaction().execute(async (tx) => {
        await tx
          .deleteFrom('contact_attribute_definitions')
          .where('tenant_id', '=', tenantId)
          .execute();
        if (definitions.length === 0) return;
        await tx
          .insertInto('contact_attribute_definitions')
          .values(
            definitions.map((d, position) => ({
              tenant_id: tenantId,
              key: d.key,
              label: d.label,
              type: d.type,
              options: JSON.stringify(d.options),
              position,
              created_at: now,
            })),
          )
          .execute();
      });
    },
  };
}

export type ContactRepository = ReturnType<typeof createContactRepository>;
