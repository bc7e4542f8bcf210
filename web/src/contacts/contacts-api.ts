import type { HttpClient } from '../api/http-client';
import type { RequestOf, ResponseOf } from '../api/types';

export type ContactList = ResponseOf<'/api/v1/tenants/{tenantId}/contacts', 'get'>;
export type ContactRow = ContactList['contacts'][number];
export type ContactView = ResponseOf<'/api/v1/tenants/{tenantId}/contacts/{contactId}', 'get'>;
export type ContactEdit = RequestOf<'/api/v1/tenants/{tenantId}/contacts/{contactId}', 'put'>;
export type AttributeDefinition = ResponseOf<
  '/api/v1/tenants/{tenantId}/contact-attributes',
  'get'
>['attributes'][number];
export type ImportResult = ResponseOf<'/api/v1/tenants/{tenantId}/contacts/import', 'post'>;

export const contactsPath = `${import.meta.env.BASE_URL}contacts`;
/** Who sees the contacts page (the API checks again). */
export const canReadContacts = (role: string) =>
  role === 'admin' || role === 'supervisor' || role === 'agent';
export const canManageContacts = (role: string) => role === 'admin' || role === 'supervisor';

const enc = encodeURIComponent;

/** Contacts: the list and search, one contact, edits, merges, attributes, import and export. */
export function createContactsApi(http: HttpClient, tenantId: string) {
  const base = `/api/v1/tenants/${enc(tenantId)}`;
  return {
    list: (query: string, cursor?: string | null) =>
      http.request<ContactList>(
        'GET',
        `${base}/contacts?limit=50${query ? `&q=${enc(query)}` : ''}${cursor ? `&cursor=${enc(cursor)}` : ''}`,
      ),
    get: (id: string) => http.request<ContactView>('GET', `${base}/contacts/${enc(id)}`),
    update: (id: string, edit: ContactEdit) =>
      http.request<{ contact: ContactRow }>('PUT', `${base}/contacts/${enc(id)}`, edit),
    merge: (id: string, mergeContactId: string) =>
      http.request<{ contact: ContactRow; moved: Record<string, number> }>(
        'POST',
        `${base}/contacts/${enc(id)}/merge`,
        { mergeContactId },
      ),
    attributes: async () =>
      (
        await http.request<{ attributes: AttributeDefinition[] }>(
          'GET',
          `${base}/contact-attributes`,
        )
      ).attributes,
    setAttributes: async (attributes: AttributeDefinition[]) =>
      (
        await http.request<{ attributes: AttributeDefinition[] }>(
          'PUT',
          `${base}/contact-attributes`,
          { attributes },
        )
      ).attributes,
    async importCsv(text: string): Promise<ImportResult> {
      if (!http.requestRaw) throw new Error('raw requests unavailable');
      const response = await http.requestRaw('POST', `${base}/contacts/import`, text, {
        'content-type': 'text/csv',
        accept: 'application/json',
      });
      return (await response.json()) as ImportResult;
    },
    /** The CSV export as a blob URL to download (the request needs the staff token). */
    async exportUrl(): Promise<string> {
      if (!http.requestRaw) throw new Error('raw requests unavailable');
      const response = await http.requestRaw('GET', `${base}/contacts/export`);
      return URL.createObjectURL(await response.blob());
    },
  };
}

export type ContactsApi = ReturnType<typeof createContactsApi>;
