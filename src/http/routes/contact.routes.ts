import { Readable } from 'node:stream';
import { z } from 'zod';
import { can } from '../../auth/index.js';
import type { ContactRecord } from '../../contacts/index.js';
import { maskPii } from '../../privacy/index.js';
import { fetchPage, nextCursorSchema, pageFrom, pageOf, pageQuery } from '../paging.js';
import type { Router } from '../route.js';
import { idSchema, tenantParams, textSchema } from '../schemas.js';
import type { Services } from '../services.js';

const attributeValueSchema = z.union([z.string(), z.number()]);

const contactSchema = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable().describe('E.164, e.g. +819012345678'),
    externalId: z.string().nullable().describe('The tenant’s own customer id'),
    emailVerified: z.boolean(),
    attributes: z.record(z.string(), attributeValueSchema),
    createdAt: z.string(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'Contact' });

const attributeDefinitionSchema = z.object({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be lower-case letters, digits and _ (up to 40)'),
  label: textSchema(100),
  type: z.enum(['text', 'number', 'date', 'select']),
  options: z.array(textSchema(100)).max(100).default([]),
});

const contactParams = z.object({ tenantId: idSchema, contactId: idSchema });

const publicContact = (c: ContactRecord) => ({
  id: c.id,
  name: c.name,
  email: c.email,
  phone: c.phone,
  externalId: c.externalId,
  emailVerified: c.emailVerified,
  attributes: c.attributes,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

export function registerContactRoutes(router: Router, { contacts }: Services) {
  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/contacts',
      summary: 'List contacts, newest first; `q` searches name, email, phone and external id',
      description: 'Email and phone numbers are masked for roles without `pii.read`.',
      tag: 'Contacts',
      security: 'staff',
      permission: 'contact.read',
      params: tenantParams,
      query: pageQuery.extend({ q: z.string().trim().max(200).optional() }),
      response: z.object({ contacts: z.array(contactSchema), nextCursor: nextCursorSchema }),
      audit: 'contact.list',
    },
    async ({ params, query }) => {
      const page = pageFrom(query, 50);
      const rows = await contacts.listContacts(params.tenantId, {
        query: query.q,
        ...fetchPage(page),
      });
      const { items, nextCursor } = pageOf(rows, page);
      return { contacts: items.map(publicContact), nextCursor };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/contacts/:contactId',
      summary: 'A contact with their conversations',
      tag: 'Contacts',
      security: 'staff',
      permission: 'contact.read',
      params: contactParams,
      response: z.object({
        contact: contactSchema,
        conversations: z.array(
          z.object({
            id: z.string(),
            channel: z.string(),
            status: z.string(),
            createdAt: z.string(),
            updatedAt: z.string(),
          }),
        ),
      }),
      audit: 'contact.read',
    },
    async ({ params }) => {
      const { contact, conversations } = await contacts.getContact(
        params.tenantId,
        params.contactId,
      );
      return { contact: publicContact(contact), conversations };
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/contacts/:contactId',
      summary: 'Edit a contact (fields left out stay; null or "" clears a field or attribute)',
      description:
        'A phone number is stored in E.164 (numbers without a country code are read as Japanese); ' +
        'attributes are checked against the tenant’s definitions. A changed email is no longer verified.',
      tag: 'Contacts',
      security: 'staff',
      permission: 'contact.manage',
      params: contactParams,
      body: z.object({
        name: textSchema(200).nullable().optional(),
        email: z.email().max(320).nullable().optional(),
        phone: z.string().max(40).nullable().optional(),
        externalId: textSchema(200).nullable().optional(),
        attributes: z.record(z.string(), attributeValueSchema.nullable()).optional(),
      }),
      response: z.object({ contact: contactSchema }),
    },
    async ({ params, body }) => {
      const contact = await contacts.updateContact(params.tenantId, params.contactId, body);
      return { contact: publicContact(contact) };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/contacts/:contactId/merge',
      summary: 'Merge another contact into this one',
      description:
        'The other contact’s conversations, callbacks and identities (external id, email) move ' +
        'here and it is deleted; this contact keeps its fields and takes the other’s where it ' +
        'has none. Recorded in the audit log as `contact.merge`.',
      tag: 'Contacts',
      security: 'staff',
      permission: 'contact.manage',
      params: contactParams,
      body: z.object({ mergeContactId: idSchema }),
      response: z.object({
        contact: contactSchema,
        moved: z.record(z.string(), z.number()).describe('Rows moved, by table'),
      }),
      audit: false,
    },
    async ({ params, body, principal }) => {
      const { contact, moved } = await contacts.mergeContacts(
        params.tenantId,
        params.contactId,
        body.mergeContactId,
        principal.userId,
      );
      return { contact: publicContact(contact), moved };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/contact-attributes',
      summary: 'The tenant’s custom contact attributes',
      tag: 'Contacts',
      security: 'staff',
      permission: 'contact.read',
      params: tenantParams,
      response: z.object({ attributes: z.array(attributeDefinitionSchema) }),
    },
    async ({ params }) => ({ attributes: await contacts.attributeDefinitions(params.tenantId) }),
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/contact-attributes',
      summary: 'Replace the custom contact attributes (text, number, date or select)',
      tag: 'Contacts',
      security: 'staff',
      permission: 'contact.manage',
      params: tenantParams,
      body: z.object({ attributes: z.array(attributeDefinitionSchema).max(50) }),
      response: z.object({ attributes: z.array(attributeDefinitionSchema) }),
    },
    async ({ params, body }) => ({
      attributes: await contacts.setAttributeDefinitions(params.tenantId, body.attributes),
    }),
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/contacts/import',
      summary: 'Import contacts from CSV (header: name,email,phone,externalId and attribute keys)',
      description:
        'Read and checked on a worker thread. All or nothing: if any row has a mistake, nothing ' +
        'is stored and `errors` lists every row (header = row 1) with its reason. A row with an ' +
        '`id` or a known `externalId` updates that contact; empty cells leave fields unchanged.',
      tag: 'Contacts',
      security: 'staff',
      permission: 'contact.manage',
      params: tenantParams,
      body: z.string(),
      bodyType: 'csv',
      bodyLimit: 5 * 1024 * 1024,
      response: z.object({
        imported: z.number(),
        updated: z.number(),
        errors: z.array(z.object({ row: z.number(), message: z.string() })),
      }),
    },
    async ({ params, body }) => contacts.importCsv(params.tenantId, body),
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/contacts/export',
      summary: 'Every contact as CSV, streamed',
      description:
        'Columns id,name,email,phone,externalId,createdAt and the attribute keys; email and ' +
        'phone numbers are masked for roles without `pii.read`.',
      tag: 'Contacts',
      security: 'staff',
      permission: 'contact.read',
      params: tenantParams,
      response: z.string().describe('The CSV file'),
      audit: 'contact.export_all',
    },
    async ({ params, principal, reply }) => {
      const isMasked = principal.isPiiMasked ?? !can(principal, 'pii.read');
      const lines = contacts.exportCsv(params.tenantId, isMasked ? maskPii : undefined);
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', 'attachment; filename="contacts.csv"');
      return Readable.from(lines) as never;
    },
  );
}
