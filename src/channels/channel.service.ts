import { randomBytes } from 'node:crypto';
import { isUniqueViolation } from '../db/index.js';
import { AppError, notFound } from '../errors/index.js';
import { newId, newSecret } from '../ids/index.js';
import type { ChannelRepository } from './channel.repository.js';
import type { Channel, ChannelSecrets, ChannelType, GroupHandling } from './channel.types.js';
import { signLink, verifyLink } from './links/signed-link.js';
import { type InstallationKeys, open, seal } from './secret-box.js';

export type CreateChannelInput =
  | { type: 'email'; address: string }
  | {
      type: 'line';
      channelSecret: string;
      channelAccessToken: string;
      apiBase?: string | undefined;
    }
  | {
      type: 'telegram';
      botToken: string;
      secretToken?: string | undefined;
      apiBase?: string | undefined;
    };

export type ChannelView = {
  id: string;
  type: ChannelType;
  address: string | null;
  /** Path of the webhook the platform must call (LINE, Telegram). */
  webhookPath: string | null;
  apiBase: string | null;
  /** LINE: what a group or room chat becomes (null for other channels). */
  groups: GroupHandling | null;
  createdAt: string;
};

/** Time-ordered ids with this module's own prefixes (`ch_`, `att_`, `out_`, `in_`). */
export const channelIdOf = (prefix: 'ch' | 'att' | 'out' | 'in') =>
  `${prefix}_${newId('evt').slice('evt_'.length)}`;

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
/** A 16-character reply key for email threads (80 random bits). */
export const newReplyKey = () => [...randomBytes(16)].map((b) => alphabet[b % 32]).join('');

export const webhookPathOf = (channel: Pick<Channel, 'id' | 'type'>): string | null =>
  channel.type === 'email' ? null : `/api/v1/channels/${channel.id}/${channel.type}/webhook`;

export const toChannelView = (channel: Channel): ChannelView => ({
  id: channel.id,
  type: channel.type,
  address: channel.address,
  webhookPath: webhookPathOf(channel),
  apiBase: channel.settings.apiBase ?? null,
  groups: channel.type === 'line' ? (channel.settings.groups ?? 'conversation') : null,
  createdAt: channel.createdAt,
});

/** Channel administration, secrets at rest, attachments for staff, personalised links. */
export function createChannelService(deps: {
  channels: ChannelRepository;
  keys: InstallationKeys;
  /** Hosts an `apiBase` may name; see Config.channelApiHosts. */
  apiHosts?: readonly string[] | undefined;
}) {
  const { channels, keys } = deps;
  const apiHosts = new Set(deps.apiHosts ?? []);

  const openSecrets = (channel: Channel, sealed: string): ChannelSecrets =>
    JSON.parse(open(keys.secrets, sealed, channel.id)) as ChannelSecrets;

  return {
    openSecrets,

    async createChannel(
      tenantId: string,
      input: CreateChannelInput,
    ): Promise<{ channel: ChannelView; secretToken?: string }> {
      if (input.type !== 'email' && input.apiBase) {
        const host = new URL(input.apiBase).hostname.toLowerCase();
        if (!apiHosts.has(host)) {
          throw new AppError(
            'bad_request',
            `apiBase may only point at the hosts this installation allows (CHANNEL_API_HOSTS); ${host} is not one`,
          );
        }
      }
      const id = channelIdOf('ch');
      let secrets: ChannelSecrets;
      let generatedToken: string | undefined;
      if (input.type === 'email') secrets = { type: 'email' };
      else if (input.type === 'line') {
        secrets = {
          type: 'line',
          channelSecret: input.channelSecret,
          channelAccessToken: input.channelAccessToken,
        };
      } else {
        generatedToken = input.secretToken ? undefined : newSecret(24);
        secrets = {
          type: 'telegram',
          botToken: input.botToken,
          secretToken: input.secretToken ?? (generatedToken as string),
        };
      }
      const channel: Channel = {
        id,
        tenantId,
        type: input.type,
        address: input.type === 'email' ? input.address.toLowerCase() : null,
        settings: input.type !== 'email' && input.apiBase ? { apiBase: input.apiBase } : {},
        createdAt: new Date().toISOString(),
      };
      try {
        await channels.insertChannel(channel, seal(keys.secrets, JSON.stringify(secrets), id));
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError('conflict', 'This address is already used by a channel');
        }
        throw error;
      }
      return {
        channel: toChannelView(channel),
        // Telegram needs the secret in setWebhook: when we made it, it is shown this once.
        ...(generatedToken ? { secretToken: generatedToken } : {}),
      };
    },

    async listChannels(tenantId: string): Promise<ChannelView[]> {
      return (await channels.listChannels(tenantId)).map(toChannelView);
    },

    /** Changes a channel's own settings (LINE: whether group and room chats are taken). */
    async updateChannel(
      tenantId: string,
      id: string,
      input: { groups?: GroupHandling | undefined },
    ): Promise<ChannelView> {
      const found = await channels.findChannel(tenantId, id);
      if (!found) throw notFound('Channel');
      const { channel } = found;
      if (input.groups !== undefined && channel.type !== 'line') {
        throw new AppError('validation_failed', '`groups` applies to LINE channels only');
      }
      const settings = { ...channel.settings, ...(input.groups ? { groups: input.groups } : {}) };
      await channels.updateChannelSettings(tenantId, id, settings);
      return toChannelView({ ...channel, settings });
    },

    getSettings: (tenantId: string) => channels.getSettings(tenantId),
    saveSettings: (tenantId: string, settings: { transcriptOnResolve: boolean }) =>
      channels.saveSettings(tenantId, settings),

    listAttachments: (tenantId: string, conversationId: string) =>
      channels.listAttachments(tenantId, conversationId),

    async getAttachment(tenantId: string, id: string) {
      const attachment = await channels.findAttachment(tenantId, id);
      if (!attachment) throw notFound('Attachment');
      return attachment;
    },

    /** A signed, expiring link for one contact and one purpose (an order page, a form). */
    async createLink(
      tenantId: string,
      input: {
        contactId: string;
        purpose: string;
        expiresInSeconds: number;
        url?: string | undefined;
      },
    ) {
      if (!(await channels.contactExists(tenantId, input.contactId))) throw notFound('Contact');
      const expiresAt = new Date(Date.now() + input.expiresInSeconds * 1000);
      expiresAt.setMilliseconds(0);
      const token = signLink(keys.links, {
        tenantId,
        contactId: input.contactId,
        purpose: input.purpose,
        expiresAt: expiresAt.toISOString(),
      });
      let url: string | null = null;
      if (input.url) {
        const target = new URL(input.url);
        target.searchParams.set('tsunagi_link', token);
        url = target.toString();
      }
      return { token, url, expiresAt: expiresAt.toISOString() };
    },

    verifyLink(token: string) {
      const check = verifyLink(keys.links, token);
      if (!check.isValid) {
        throw new AppError(
          'unauthorized',
          check.reason === 'expired' ? 'The link has expired' : 'The link is not valid',
        );
      }
      return check.claims;
    },
  };
}

export type ChannelService = ReturnType<typeof createChannelService>;
