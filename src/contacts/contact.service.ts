import type { AuditService } from '../audit/index.js';
import { AppError, notFound } from '../errors/index.js';
import { newId } from '../ids/index.js';
import { readSheet, spreadsheetLimits } from '../knowledge/index.js';
import type {
  AttributeDefinition,
  AttributeValue,
  Contact,
  ContactPatch,
  ContactRecord,
  ContactRepository,
} from './contact.repository.js';
import {
  attributeValue,
  contactColumns,
  csvCell,
  type ParsedContacts,
  parseContactRecords,
  type RowError,
} from './contact-csv.js';
import { normalisePhone } from './phone.js';

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

export type ImportResult = { imported: number; updated: number; errors: RowError[] };

/** Contacts in one import (the header not counted). */
const maxImportRows = 10_000;
const importLimits = { ...spreadsheetLimits, maxRows: maxImportRows + 1, maxColumns: 60 };

export function createContactService({
  contacts,
  audit,
}: {
  contacts: ContactRepository;
  /** Records merges; absent where contacts are only found or created (the message path). */
  audit?: AuditService | undefined;
}) {
  async function getOrThrow(tenantId: string, id: string): Promise<ContactRecord> {
    const contact = await contacts.find(tenantId, id);
    if (!contact) throw notFound('Contact');
    return contact;
  }

  /** Attribute values checked against the tenant's definitions; unknown keys refused. */
  async function checkedAttributes(
    tenantId: string,
    values: Record<string, unknown>,
  ): Promise<Record<string, AttributeValue>> {
    const definitions = new Map(
      (await contacts.attributeDefinitions(tenantId)).map((d) => [d.key, d]),
    );
    const out: Record<string, AttributeValue> = {};
    for (const [key, raw] of Object.entries(values)) {
      const definition = definitions.get(key);
      if (!definition) throw new AppError('validation_failed', `Unknown attribute "${key}"`);
      if (raw === null || raw === '') continue;
      const checked = attributeValue(definition, raw);
      if ('error' in checked) throw new AppError('validation_failed', checked.error);
      out[key] = checked.value;
    }
    return out;
  }

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

    listContacts: (
      tenantId: string,
      options: { query?: string | undefined; limit: number; offset: number },
    ) => contacts.list(tenantId, options),

    async getContact(tenantId: string, id: string) {
      const contact = await getOrThrow(tenantId, id);
      return { contact, conversations: await contacts.conversationsOf(tenantId, id) };
    },

    /** Changes the fields given; a phone is stored in E.164, attributes are checked. */
    async updateContact(
      tenantId: string,
      id: string,
      input: Omit<ContactPatch, 'attributes'> & {
        attributes?: Record<string, unknown> | undefined;
      },
    ): Promise<ContactRecord> {
      const before = await getOrThrow(tenantId, id);
      const patch: ContactPatch = {
        name: input.name,
        email: input.email,
        externalId: input.externalId,
      };
      if (input.phone !== undefined) {
        if (input.phone === null || input.phone === '') patch.phone = null;
        else {
          const phone = normalisePhone(input.phone);
          if (!phone)
            throw new AppError('validation_failed', `"${input.phone}" is not a phone number`);
          patch.phone = phone;
        }
      }
      if (input.externalId && (await contacts.externalIdTaken(tenantId, input.externalId, id))) {
        throw new AppError('conflict', 'Another contact has this external id; merge them instead');
      }
      if (input.attributes !== undefined) {
        const changed = await checkedAttributes(tenantId, input.attributes);
        const next = { ...before.attributes, ...changed };
        for (const [key, raw] of Object.entries(input.attributes)) {
          if (raw === null || raw === '') delete next[key];
        }
        patch.attributes = next;
      }
      await contacts.update(tenantId, id, patch);
      return getOrThrow(tenantId, id);
    },

    /**
     * Merges `mergedId` into `survivorId`: conversations, callbacks and identities move, the
     * survivor keeps its own fields and takes the other's where it has none; audit-logged.
     */
    async mergeContacts(
      tenantId: string,
      survivorId: string,
      mergedId: string,
      actorId: string,
    ): Promise<{ contact: ContactRecord; moved: Record<string, number> }> {
      if (survivorId === mergedId)
        throw new AppError('validation_failed', 'A contact cannot be merged into itself');
      const survivor = await getOrThrow(tenantId, survivorId);
      const merged = await getOrThrow(tenantId, mergedId);
      const { moved } = await contacts.merge(tenantId, survivor, merged);
      await audit?.record({
        tenantId,
        actorId,
        action: 'contact.merge',
        target: survivorId,
        detail: { merged: mergedId, moved },
      });
      return { contact: await getOrThrow(tenantId, survivorId), moved };
    },

    attributeDefinitions: (tenantId: string) => contacts.attributeDefinitions(tenantId),

    async setAttributeDefinitions(
      tenantId: string,
      definitions: AttributeDefinition[],
    ): Promise<AttributeDefinition[]> {
      const keys = new Set<string>();
      for (const d of definitions) {
        if (keys.has(d.key))
          throw new AppError('validation_failed', `The attribute key "${d.key}" is used twice`);
        keys.add(d.key);
        if ((contactColumns as readonly string[]).includes(d.key))
          throw new AppError(
            'validation_failed',
            `"${d.key}" is a contact field, not an attribute`,
          );
        if (d.type === 'select' && d.options.length === 0)
          throw new AppError('validation_failed', `The choice list "${d.key}" needs options`);
      }
      const clean = definitions.map((d) => ({
        ...d,
        options: d.type === 'select' ? d.options : [],
      }));
      await contacts.setAttributeDefinitions(tenantId, clean);
      return clean;
    },

    /**
     * Imports a contacts CSV, read and checked on a worker thread. All or nothing: when any
     * row has a mistake nothing is stored and every mistake is reported with its row number.
     * A row with the `id` of a contact or a known `externalId` updates that contact.
     */
    async importCsv(tenantId: string, text: string): Promise<ImportResult> {
      const definitions = await contacts.attributeDefinitions(tenantId);
      const read = await readSheet({ kind: 'csv', text }, importLimits);
      if ('refused' in read) throw new AppError('validation_failed', read.refused);
      const parsed: ParsedContacts = parseContactRecords(read.records, definitions);
      if (parsed.fatal) throw new AppError('validation_failed', parsed.fatal);
      if (parsed.rows.length > maxImportRows)
        throw new AppError('validation_failed', `At most ${maxImportRows} contacts in one import`);
      const errors = [...parsed.errors];
      const known = await contacts.externalIds(tenantId);
      const seen = new Map<string, number>();
      const inserts: Contact[] = [];
      const updates: { id: string; patch: ContactPatch }[] = [];
      const now = new Date().toISOString();
      for (const { row, value } of parsed.rows) {
        const { id, ...patch } = value;
        if (patch.externalId) {
          const first = seen.get(patch.externalId);
          if (first !== undefined) {
            errors.push({
              row,
              message: `externalId "${patch.externalId}" is also on row ${first}`,
            });
            continue;
          }
          seen.set(patch.externalId, row);
        }
        const existing = id
          ? await contacts.find(tenantId, id)
          : patch.externalId
            ? known.get(patch.externalId)
            : undefined;
        if (id && !existing) {
          errors.push({ row, message: `No contact has the id "${id}"` });
          continue;
        }
        if (existing && patch.externalId && existing.externalId !== patch.externalId) {
          const other = known.get(patch.externalId);
          if (other && other.id !== existing.id) {
            errors.push({
              row,
              message: `externalId "${patch.externalId}" belongs to another contact`,
            });
            continue;
          }
        }
        if (existing) {
          updates.push({
            id: existing.id,
            patch: {
              ...patch,
              ...(patch.attributes
                ? { attributes: { ...existing.attributes, ...patch.attributes } }
                : {}),
            },
          });
        } else {
          inserts.push({
            id: newId('ct'),
            tenantId,
            name: patch.name ?? null,
            email: patch.email ?? null,
            externalId: patch.externalId ?? null,
            emailVerified: false,
            createdAt: now,
            phone: patch.phone ?? null,
            attributes: patch.attributes ?? {},
          });
        }
      }
      if (errors.length > 0) {
        return { imported: 0, updated: 0, errors: errors.sort((a, b) => a.row - b.row) };
      }
      await contacts.applyImport(tenantId, inserts, updates);
      return { imported: inserts.length, updated: updates.length, errors: [] };
    },

    /**
     * The tenant's contacts as CSV, a page at a time. `mask` (for readers without `pii.read`)
     * is applied to every personal field before it leaves.
     */
    async *exportCsv(
      tenantId: string,
      mask: (text: string) => string = (t) => t,
    ): AsyncGenerator<string> {
      const definitions = await contacts.attributeDefinitions(tenantId);
      const header = [...contactColumns, 'createdAt', ...definitions.map((d) => d.key)];
      yield `\uFEFF${header.map(csvCell).join(',')}\r\n`;
      for await (const page of contacts.pages(tenantId)) {
        yield page
          .map((c) => {
            const cells = [
              c.id,
              c.name === null ? '' : mask(c.name),
              c.email === null ? '' : mask(c.email),
              c.phone === null ? '' : mask(c.phone),
              c.externalId ?? '',
              c.createdAt,
              ...definitions.map((d) => {
                const value = c.attributes[d.key];
                return value === undefined ? '' : typeof value === 'string' ? mask(value) : value;
              }),
            ];
            return `${cells.map(csvCell).join(',')}\r\n`;
          })
          .join('');
      }
    },
  };
}

export type ContactService = ReturnType<typeof createContactService>;
