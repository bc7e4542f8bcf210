import type { HttpClient } from '../api/http-client';

export type ChannelType = 'email' | 'line' | 'telegram';

export type Verification = {
  status: 'verified' | 'pending';
  method: 'dns' | 'mail' | 'installation' | null;
  verifiedAt: string | null;
  dnsRecord: { name: string; type: 'TXT'; value: string } | null;
};

export type ChannelRow = {
  id: string;
  type: ChannelType;
  address: string | null;
  webhookUrl: string | null;
  apiBase: string | null;
  /** LINE: a group or room chat is its own conversation, or ignored. */
  groups?: GroupHandling | null;
  createdAt: string;
  verification: Verification;
};

export type IdentitySecret = { secret: string; rotatedAt: string };
export type GroupHandling = 'conversation' | 'ignore';

export type NewChannel =
  | { type: 'email'; address: string }
  | { type: 'line'; channelSecret: string; channelAccessToken: string; apiBase?: string }
  | { type: 'telegram'; botToken: string; secretToken?: string; apiBase?: string };

const enc = encodeURIComponent;

/** The channel administration endpoints, bound to one tenant. */
export function createChannelsApi(http: HttpClient, tenantId: string) {
  const base = `/api/v1/tenants/${enc(tenantId)}`;
  return {
    list: async () =>
      (await http.request<{ channels: ChannelRow[] }>('GET', `${base}/channels`)).channels,
    create: (channel: NewChannel) =>
      http.request<{ id: string; type: ChannelType; webhookUrl?: string; secretToken?: string }>(
        'POST',
        `${base}/channels`,
        channel,
      ),
    setGroups: (channelId: string, groups: GroupHandling) =>
      http.request<ChannelRow>('PUT', `${base}/channels/${enc(channelId)}/settings`, { groups }),
    getSettings: () =>
      http.request<{ transcriptOnResolve: boolean }>('GET', `${base}/channel-settings`),
    saveSettings: (settings: { transcriptOnResolve: boolean }) =>
      http.request<{ transcriptOnResolve: boolean }>('PUT', `${base}/channel-settings`, settings),
    verify: (channelId: string, method: 'dns' | 'mail') =>
      http.request<{ verification: Verification }>(
        'POST',
        `${base}/channels/${enc(channelId)}/verify`,
        { method },
      ),
    identitySecret: () => http.request<IdentitySecret>('GET', `${base}/identity-secret`),
    rotateIdentitySecret: () =>
      http.request<IdentitySecret>('POST', `${base}/identity-secret/rotate`, {}),
  };
}

export type ChannelsApi = ReturnType<typeof createChannelsApi>;
