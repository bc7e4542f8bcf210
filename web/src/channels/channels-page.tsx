import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import {
  type ChannelRow,
  type ChannelType,
  createChannelsApi,
  type GroupHandling,
  type NewChannel,
} from './channels-api';
import './channels.css';
import { ChannelVerification } from './channel-verification';
import { IdentitySecretSection } from './identity-secret';

type ChannelsPageProps = {
  token: string;
  user: User;
  tenantId: string;
  onSignOut: () => void;
  onExpired: () => void;
};

/** Channel settings (admins): connected channels with their webhook URLs, and adding one. */
export function ChannelsPage({ token, user, tenantId, onSignOut, onExpired }: ChannelsPageProps) {
  const { t, locale } = useI18n();
  const api = useMemo(
    () =>
      createChannelsApi(
        createHttpClient({ getToken: () => token, onUnauthorized: onExpired }),
        tenantId,
      ),
    [token, onExpired, tenantId],
  );
  const [channels, setChannels] = useState<ChannelRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [type, setType] = useState<ChannelType>('email');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [isSaving, setSaving] = useState(false);
  const [transcriptOnResolve, setTranscriptOnResolve] = useState(false);

  const load = useCallback(async () => {
    try {
      setChannels(await api.list());
      setTranscriptOnResolve((await api.getSettings()).transcriptOnResolve);
    } catch (e) {
      setError(t('channels.loadFailed', { message: describeError(e, t) }));
    }
  }, [api, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const changeGroups = async (channelId: string, groups: GroupHandling) => {
    setError(null);
    try {
      const updated = await api.setGroups(channelId, groups);
      setChannels(
        (list) => list?.map((c) => (c.id === channelId ? { ...c, ...updated } : c)) ?? null,
      );
    } catch (e) {
      setError(t('channels.loadFailed', { message: describeError(e, t) }));
    }
  };

  const field = (name: string) => fields[name]?.trim() ?? '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    setNotice(null);
    const apiBase = field('apiBase') || undefined;
    const body: NewChannel =
      type === 'email'
        ? { type, address: field('address') }
        : type === 'line'
          ? {
              type,
              channelSecret: field('channelSecret'),
              channelAccessToken: field('channelAccessToken'),
              ...(apiBase ? { apiBase } : {}),
            }
          : {
              type,
              botToken: field('botToken'),
              ...(field('secretToken') ? { secretToken: field('secretToken') } : {}),
              ...(apiBase ? { apiBase } : {}),
            };
    try {
      const created = await api.create(body);
      setFields({});
      setNotice(
        created.secretToken
          ? t('channels.createdWithSecret', { secret: created.secretToken })
          : t('channels.created'),
      );
      await load();
    } catch (e) {
      setError(t('channels.createFailed', { message: describeError(e, t) }));
    } finally {
      setSaving(false);
    }
  };

  const toggleTranscript = async (value: boolean) => {
    setTranscriptOnResolve(value);
    try {
      await api.saveSettings({ transcriptOnResolve: value });
    } catch (e) {
      setTranscriptOnResolve(!value);
      setError(describeError(e, t));
    }
  };

  const input = (
    name: string,
    label: string,
    options: { type?: string; required?: boolean } = {},
  ) => (
    <div className="channels__field">
      <label htmlFor={`channel-${name}`}>{label}</label>
      <input
        id={`channel-${name}`}
        type={options.type ?? 'text'}
        required={options.required ?? true}
        autoComplete="off"
        value={fields[name] ?? ''}
        onChange={(e) => setFields((current) => ({ ...current, [name]: e.target.value }))}
      />
    </div>
  );

  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <div className="app">
      <TopBar user={user} onSignOut={onSignOut} />
      <main className="channels" id="conversation">
        <p>
          <a href={import.meta.env.BASE_URL}>{t('channels.backToInbox')}</a>
        </p>
        <h1>{t('channels.title')}</h1>
        {error && (
          <p className="channels__error" role="alert">
            {error}
          </p>
        )}
        {notice && (
          <p className="channels__notice" role="status">
            {notice}
          </p>
        )}
        <section aria-labelledby="channels-list">
          <h2 id="channels-list">{t('channels.connected')}</h2>
          {channels === null ? (
            <p aria-busy="true">{t('app.loading')}</p>
          ) : channels.length === 0 ? (
            <p>{t('channels.none')}</p>
          ) : (
            <table className="channels__table">
              <thead>
                <tr>
                  <th scope="col">{t('channels.type')}</th>
                  <th scope="col">{t('channels.addressOrWebhook')}</th>
                  <th scope="col">{t('channels.createdAt')}</th>
                  <th scope="col">{t('channels.verify.column')}</th>
                  <th scope="col">{t('channels.groups')}</th>
                </tr>
              </thead>
              <tbody>
                {channels.map((c) => (
                  <tr key={c.id}>
                    <td>{t(`channel.${c.type}`)}</td>
                    <td className="channels__url">{c.address ?? c.webhookUrl}</td>
                    <td>{date.format(new Date(c.createdAt))}</td>
                    <td>
                      <ChannelVerification channel={c} api={api} onChanged={() => void load()} />
                    </td>
                    <td>
                      {c.type === 'line' && (
                        <select
                          aria-label={t('channels.groups')}
                          value={c.groups ?? 'conversation'}
                          onChange={(e) => void changeGroups(c.id, e.target.value as GroupHandling)}
                        >
                          <option value="conversation">{t('channels.groups.conversation')}</option>
                          <option value="ignore">{t('channels.groups.ignore')}</option>
                        </select>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="channels-add">
          <h2 id="channels-add">{t('channels.add')}</h2>
          <form className="channels__form" onSubmit={(e) => void submit(e)}>
            <div className="channels__field">
              <label htmlFor="channel-type">{t('channels.type')}</label>
              <select
                id="channel-type"
                value={type}
                onChange={(e) => setType(e.target.value as ChannelType)}
              >
                <option value="email">{t('channel.email')}</option>
                <option value="line">{t('channel.line')}</option>
                <option value="telegram">{t('channel.telegram')}</option>
              </select>
            </div>
            {type === 'email' && input('address', t('channels.address'), { type: 'email' })}
            {type === 'line' && (
              <>
                {input('channelSecret', t('channels.channelSecret'), { type: 'password' })}
                {input('channelAccessToken', t('channels.channelAccessToken'), {
                  type: 'password',
                })}
              </>
            )}
            {type === 'telegram' && (
              <>
                {input('botToken', t('channels.botToken'), { type: 'password' })}
                {input('secretToken', t('channels.secretToken'), {
                  type: 'password',
                  required: false,
                })}
              </>
            )}
            {type !== 'email' &&
              input('apiBase', t('channels.apiBase'), { type: 'url', required: false })}
            <p className="channels__hint">{t('channels.secretsHint')}</p>
            <button type="submit" className="button button--primary" disabled={isSaving}>
              {isSaving ? t('channels.saving') : t('channels.save')}
            </button>
          </form>
        </section>
        <section aria-labelledby="channels-settings">
          <h2 id="channels-settings">{t('channels.settings')}</h2>
          <label className="channels__check">
            <input
              type="checkbox"
              checked={transcriptOnResolve}
              onChange={(e) => void toggleTranscript(e.target.checked)}
            />
            {t('channels.transcriptOnResolve')}
          </label>
        </section>
        <IdentitySecretSection api={api} />
      </main>
    </div>
  );
}

/** The console path of the channel settings page. */
export const channelsPath = `${import.meta.env.BASE_URL}channels`;
