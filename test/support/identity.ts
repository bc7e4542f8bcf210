import { createHmac } from 'node:crypto';
import type { Api, Json } from './harness.js';

/** What a tenant's own server does: signs a logged-in customer's id and email (hex HMAC-SHA256). */
export const signWith = (secret: string, value: string) =>
  createHmac('sha256', secret).update(value).digest('hex');

/** A widget `contact` whose externalId and email carry valid signatures from the tenant's secret. */
export async function signedContact(
  api: Api,
  adminToken: string,
  tenantId: string,
  contact: { externalId?: string; email?: string; name?: string },
): Promise<Json> {
  const res = await api.get(`/api/v1/tenants/${tenantId}/identity-secret`, adminToken);
  if (res.status !== 200) throw new Error(`identity secret: ${res.status}`);
  const secret = res.body.secret as string;
  return {
    ...contact,
    ...(contact.externalId ? { userHash: signWith(secret, contact.externalId) } : {}),
    ...(contact.email ? { emailHash: signWith(secret, contact.email.toLowerCase()) } : {}),
  };
}
