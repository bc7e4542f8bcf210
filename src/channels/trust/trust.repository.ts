import type { Db } from '../../db/index.js';

export type FormSubmission = {
  conversationId: string;
  tenantId: string;
  contactId: string;
  email: string;
  name: string;
  subject: string | null;
  text: string;
  createdAt: string;
  confirmedAt: string | null;
};

export type ChannelVerification = {
  token: string | null;
  verifiedAt: string | null;
  verifiedBy: 'dns' | 'mail' | 'installation' | null;
};

/** Identity secrets, forms awaiting confirmation, proof of channel addresses, verified contacts. */
export function createTrustRepository(db: Db) {
  return {
    async findIdentitySecret(tenantId: string) {
      return db
        .selectFrom('identity_secrets')
        .select(['secret', 'rotated_at'])
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
    },

    /** Stores the tenant's first secret unless one exists (two admins at once agree). */
    async insertIdentitySecret(tenantId: string, sealed: string, at: string) {
      await db
        .insertInto('identity_secrets')
        .values({ tenant_id: tenantId, secret: sealed, rotated_at: at })
        .onConflict((oc) => oc.column('tenant_id').doNothing())
        .execute();
    },

    async replaceIdentitySecret(tenantId: string, sealed: string, at: string) {
      await db
        .insertInto('identity_secrets')
        .values({ tenant_id: tenantId, secret: sealed, rotated_at: at })
        .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ secret: sealed, rotated_at: at }))
        .execute();
    },

    async insertFormSubmission(submission: FormSubmission) {
      await db
        .insertInto('form_submissions')
        .values({
          conversation_id: submission.conversationId,
          tenant_id: submission.tenantId,
          contact_id: submission.contactId,
          email: submission.email,
          name: submission.name,
          subject: submission.subject,
          text: submission.text,
          created_at: submission.createdAt,
          confirmed_at: null,
        })
        .execute();
    },

    async findFormSubmission(
      tenantId: string,
      conversationId: string,
    ): Promise<FormSubmission | undefined> {
      const row = await db
        .selectFrom('form_submissions')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return (
        row && {
          conversationId: row.conversation_id,
          tenantId: row.tenant_id,
          contactId: row.contact_id,
          email: row.email,
          name: row.name,
          subject: row.subject,
          text: row.text,
          createdAt: row.created_at,
          confirmedAt: row.confirmed_at,
        }
      );
    },

    /** Confirms once: true only for the caller that did it. */
    async confirmFormSubmission(tenantId: string, conversationId: string): Promise<boolean> {
      const result = await db
        .updateTable('form_submissions')
        .set({ confirmed_at: new Date().toISOString() })
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .where('confirmed_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async markContactEmailVerified(tenantId: string, contactId: string, email: string) {
      await db
        .updateTable('contacts')
        .set({ email, email_verified: 1 })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', contactId)
        .execute();
    },

    async findChannelVerification(
      tenantId: string,
      channelId: string,
    ): Promise<ChannelVerification | undefined> {
      const row = await db
        .selectFrom('channels')
        .select(['verification_token', 'verified_at', 'verified_by'])
        .where('tenant_id', '=', tenantId)
        .where('id', '=', channelId)
        .executeTakeFirst();
      return (
        row && {
          token: row.verification_token,
          verifiedAt: row.verified_at,
          verifiedBy: row.verified_by as ChannelVerification['verifiedBy'],
        }
      );
    },

    async listChannelVerifications(tenantId: string): Promise<Map<string, ChannelVerification>> {
      const rows = await db
        .selectFrom('channels')
        .select(['id', 'verification_token', 'verified_at', 'verified_by'])
        .where('tenant_id', '=', tenantId)
        .execute();
      return new Map(
        rows.map((r) => [
          r.id,
          {
            token: r.verification_token,
            verifiedAt: r.verified_at,
            verifiedBy: r.verified_by as ChannelVerification['verifiedBy'],
          },
        ]),
      );
    },

    async setChannelVerification(
      tenantId: string,
      channelId: string,
      patch: Partial<ChannelVerification>,
    ) {
      await db
        .updateTable('channels')
        .set({
          ...(patch.token !== undefined && { verification_token: patch.token }),
          ...(patch.verifiedAt !== undefined && { verified_at: patch.verifiedAt }),
          ...(patch.verifiedBy !== undefined && { verified_by: patch.verifiedBy }),
        })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', channelId)
        .execute();
    },

    /** Whether an email channel with this address has been proven (inbound SMTP asks). */
    async isAddressVerified(address: string): Promise<boolean> {
      const row = await db
        .selectFrom('channels')
        .select('verified_at')
        .where('address', '=', address)
        .where('type', '=', 'email')
        .executeTakeFirst();
      return !!row?.verified_at;
    },
  };
}

export type TrustRepository = ReturnType<typeof createTrustRepository>;
