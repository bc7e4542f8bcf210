import { Resolver } from 'node:dns/promises';
import { AppError, notFound } from '../../errors/index.js';
import { newSecret } from '../../ids/index.js';
import type { ChannelRepository } from '../channel.repository.js';
import type { Channel } from '../channel.types.js';
import type { Mailer } from '../email/mailer.js';
import { signLink, verifyLink } from '../links/signed-link.js';
import { type InstallationKeys, open, seal } from '../secret-box.js';
import { isIdentitySignatureValid, normaliseEmail } from './identity.js';
import type { ChannelVerification, TrustRepository } from './trust.repository.js';

/** What the widget says about its customer; the hashes come from the tenant's own server. */
export type WidgetContactClaim = {
  name?: string | undefined;
  email?: string | undefined;
  externalId?: string | undefined;
  /** HMAC-SHA256 (hex) of `externalId` with the tenant's identity secret. */
  userHash?: string | undefined;
  /** HMAC-SHA256 (hex) of the lower-cased `email` with the same secret. */
  emailHash?: string | undefined;
};

export type VerificationView = {
  status: 'verified' | 'pending';
  /** `installation`: on one of the installation's own mail domains (MAIL_DOMAINS). */
  method: 'dns' | 'mail' | 'installation' | null;
  verifiedAt: string | null;
  /** The TXT record that proves the domain. */
  dnsRecord: { name: string; type: 'TXT'; value: string } | null;
};

export const txtPrefix = 'tsunagi-verification=';
const identityContext = (tenantId: string) => `identity:${tenantId}`;
const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
const cacheMs = 10_000;

/**
 * Who may claim what: signed customer identities, email addresses proven before they are
 * mailed, and email channels whose domain is proven before they take mail.
 */
export function createTrustService(deps: {
  trust: TrustRepository;
  channels: Pick<ChannelRepository, 'findChannel' | 'findConversationContact'>;
  keys: InstallationKeys;
  mailer: Mailer;
  mailFrom: string;
  /** MAIL_DOMAINS: the installation's own domains. */
  mailDomains: readonly string[];
  /** DNS servers to ask for TXT records (tests point this at a local one); default the system's. */
  dnsServers?: readonly string[] | undefined;
}) {
  const { trust, keys } = deps;
  const installationDomains = new Set(deps.mailDomains.map((d) => d.toLowerCase()));
  const secrets = new Map<string, { secret: string; until: number }>();
  const resolver = new Resolver({ timeout: 3000, tries: 2 });
  if (deps.dnsServers?.length) resolver.setServers([...deps.dnsServers]);

  const isInstallationAddress = (address: string) => installationDomains.has(domainOf(address));

  async function identitySecret(tenantId: string): Promise<{ secret: string; rotatedAt: string }> {
    let row = await trust.findIdentitySecret(tenantId);
    if (!row) {
      const at = new Date().toISOString();
      await trust.insertIdentitySecret(
        tenantId,
        seal(keys.secrets, newSecret(32), identityContext(tenantId)),
        at,
      );
      row = await trust.findIdentitySecret(tenantId);
      if (!row) throw new Error('identity secret not stored');
    }
    const secret = open(keys.secrets, row.secret, identityContext(tenantId));
    secrets.set(tenantId, { secret, until: Date.now() + cacheMs });
    return { secret, rotatedAt: row.rotated_at };
  }

  async function cachedSecret(tenantId: string): Promise<string> {
    const hit = secrets.get(tenantId);
    if (hit && hit.until > Date.now()) return hit.secret;
    if (secrets.size > 10_000) secrets.clear();
    return (await identitySecret(tenantId)).secret;
  }

  const viewOf = (channel: Channel, v: ChannelVerification | undefined): VerificationView => {
    if (channel.type !== 'email' || !channel.address) {
      return { status: 'verified', method: null, verifiedAt: null, dnsRecord: null };
    }
    const isInstallation = isInstallationAddress(channel.address);
    const verifiedAt = v?.verifiedAt ?? (isInstallation ? channel.createdAt : null);
    return {
      status: verifiedAt ? 'verified' : 'pending',
      method: v?.verifiedBy ?? (isInstallation ? 'installation' : null),
      verifiedAt,
      dnsRecord:
        v?.token && !isInstallation
          ? { name: domainOf(channel.address), type: 'TXT', value: `${txtPrefix}${v.token}` }
          : null,
    };
  };

  async function loadEmailChannel(tenantId: string, channelId: string) {
    const found = await deps.channels.findChannel(tenantId, channelId);
    if (!found) throw notFound('Channel');
    if (found.channel.type !== 'email' || !found.channel.address) {
      throw new AppError('bad_request', 'Only email channels are verified');
    }
    const verification = await trust.findChannelVerification(tenantId, channelId);
    return { channel: found.channel, verification };
  }

  return {
    identitySecret,

    async rotateIdentitySecret(tenantId: string) {
      const at = new Date().toISOString();
      const secret = newSecret(32);
      await trust.replaceIdentitySecret(
        tenantId,
        seal(keys.secrets, secret, identityContext(tenantId)),
        at,
      );
      secrets.set(tenantId, { secret, until: Date.now() + cacheMs });
      return { secret, rotatedAt: at };
    },

    /**
     * A widget contact as the conversation may trust it: an `externalId` (which joins a known
     * contact, their history and priority) only with a valid `userHash`, an email counted as
     * proven only with a valid `emailHash`. Unsigned ids are dropped: the visitor is anonymous.
     */
    async trustWidgetContact(tenantId: string, claim: WidgetContactClaim | undefined) {
      if (!claim) return undefined;
      const email = claim.email ? normaliseEmail(claim.email) : undefined;
      const isSigned = !!(claim.userHash || claim.emailHash);
      const secret = isSigned ? await cachedSecret(tenantId) : undefined;
      const isIdVerified =
        !!secret &&
        !!claim.externalId &&
        isIdentitySignatureValid(secret, claim.externalId, claim.userHash);
      const isEmailVerified =
        !!secret && !!email && isIdentitySignatureValid(secret, email, claim.emailHash);
      return {
        name: claim.name,
        email,
        externalId: isIdVerified ? claim.externalId : undefined,
        emailVerified: isEmailVerified,
      };
    },

    isInstallationAddress,

    /**
     * The conversation's contact as staff see it: `verified` when who they are is proven — an
     * external id (widget ids are kept only when signed; channel ids come from the platform)
     * or an email address they have shown they own.
     */
    async contactOf(tenantId: string, conversationId: string) {
      const contact = await deps.channels.findConversationContact(tenantId, conversationId);
      if (!contact) throw notFound('Conversation');
      return {
        id: contact.id,
        name: contact.name,
        email: contact.email,
        externalId: contact.externalId,
        verified: contact.externalId !== null || contact.emailVerified,
      };
    },

    /**
     * A new email channel: on an installation domain it must be the tenant's own address
     * (`<tenant id>@domain` or `<tenant id>-…@domain`); elsewhere it gets a token to prove.
     */
    checkNewAddress(tenantId: string, address: string) {
      if (!isInstallationAddress(address)) return;
      const local = address.slice(0, address.lastIndexOf('@')).toLowerCase();
      const slug = tenantId.toLowerCase();
      if (local !== slug && !local.startsWith(`${slug}-`)) {
        throw new AppError(
          'bad_request',
          `On ${domainOf(address)} this workspace may use ${slug}@${domainOf(address)} or ${slug}-<name>@${domainOf(address)}`,
        );
      }
    },

    async prepareChannel(channel: Channel): Promise<VerificationView> {
      if (channel.type !== 'email' || !channel.address) return viewOf(channel, undefined);
      const patch: Partial<ChannelVerification> = isInstallationAddress(channel.address)
        ? { verifiedAt: new Date().toISOString(), verifiedBy: 'installation' }
        : { token: newSecret(18) };
      await trust.setChannelVerification(channel.tenantId, channel.id, patch);
      return viewOf(channel, {
        token: patch.token ?? null,
        verifiedAt: patch.verifiedAt ?? null,
        verifiedBy: patch.verifiedBy ?? null,
      });
    },

    async verificationsOf(tenantId: string, channels: Channel[]) {
      const rows = await trust.listChannelVerifications(tenantId);
      return new Map(channels.map((c) => [c.id, viewOf(c, rows.get(c.id))]));
    },

    /** Looks the domain's TXT records up now; proven when one holds the channel's token. */
    async verifyByDns(tenantId: string, channelId: string): Promise<VerificationView> {
      const { channel, verification } = await loadEmailChannel(tenantId, channelId);
      if (verification?.verifiedAt || !verification?.token) return viewOf(channel, verification);
      const domain = domainOf(channel.address as string);
      let records: string[][] = [];
      try {
        records = await resolver.resolveTxt(domain);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code !== 'ENOTFOUND' && code !== 'ENODATA') {
          throw new AppError('conflict', `The DNS lookup of ${domain} failed (${code}); try again`);
        }
      }
      const expected = `${txtPrefix}${verification.token}`;
      if (!records.some((chunks) => chunks.join('') === expected)) {
        throw new AppError(
          'conflict',
          `No TXT record "${expected}" found on ${domain} yet (DNS changes can take a while)`,
        );
      }
      const verifiedAt = new Date().toISOString();
      await trust.setChannelVerification(tenantId, channelId, { verifiedAt, verifiedBy: 'dns' });
      return viewOf(channel, { ...verification, verifiedAt, verifiedBy: 'dns' });
    },

    /** Mails a confirmation link to the channel's address; following it proves the address. */
    async sendAddressConfirmation(tenantId: string, channelId: string, baseUrl: string) {
      const { channel, verification } = await loadEmailChannel(tenantId, channelId);
      if (verification?.verifiedAt || !verification?.token) return viewOf(channel, verification);
      const token = signLink(keys.links, {
        tenantId,
        contactId: channelId,
        purpose: `channel-address:${verification.token}`,
        expiresAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      });
      const link = `${baseUrl}/confirm/address?token=${encodeURIComponent(token)}`;
      const outcome = await deps.mailer.send({
        from: deps.mailFrom,
        to: channel.address as string,
        subject: 'Tsunagi: confirm this address / アドレスの確認',
        text: [
          `この受信アドレス (${channel.address}) を Tsunagi のメール窓口として使うには、次のリンクを開いて確認してください。`,
          `To use ${channel.address} as a Tsunagi email channel, open this link and confirm:`,
          '',
          link,
          '',
          '心当たりがない場合は、このメールを無視してください。',
          'If you did not ask for this, ignore this mail.',
        ].join('\n'),
        messageId: `<confirm.${newSecret(12)}@${domainOf(deps.mailFrom)}>`,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
      if (outcome.status !== 'sent') {
        throw new AppError('conflict', `The confirmation mail could not be sent: ${outcome.error}`);
      }
      return viewOf(channel, verification);
    },

    /** The link from the confirmation mail: proves the address it was sent to. */
    async confirmAddress(token: string): Promise<{ address: string }> {
      const check = verifyLink(keys.links, token);
      if (!check.isValid || !check.claims.purpose.startsWith('channel-address:')) {
        throw new AppError('unauthorized', 'The confirmation link is not valid or has expired');
      }
      const { tenantId, contactId: channelId, purpose } = check.claims;
      const { channel, verification } = await loadEmailChannel(tenantId, channelId);
      if (`channel-address:${verification?.token}` !== purpose) {
        throw new AppError('unauthorized', 'The confirmation link is not valid or has expired');
      }
      if (!verification?.verifiedAt) {
        await trust.setChannelVerification(tenantId, channelId, {
          verifiedAt: new Date().toISOString(),
          verifiedBy: 'mail',
        });
      }
      return { address: channel.address as string };
    },

    /** Inbound SMTP: mail is taken only for proven addresses (or the installation's own). */
    async isAddressAccepted(address: string): Promise<boolean> {
      return isInstallationAddress(address) || (await trust.isAddressVerified(address));
    },
  };
}

export type TrustService = ReturnType<typeof createTrustService>;
