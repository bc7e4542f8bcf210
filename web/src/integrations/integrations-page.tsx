import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import {
  type ApiTokenRow,
  apiScopes,
  createIntegrationsApi,
  type DeliveryRow,
  type ProactiveRuleRow,
  type WebhookRow,
  webhookEvents,
} from './integrations-api';
import { WidgetTriggersSection } from './widget-triggers-section';
import '../channels/channels.css';

type IntegrationsPageProps = {
  token: string;
  user: User;
  tenantId: string;
  onSignOut: () => void;
  onExpired: () => void;
};

/** Integrations (admins): API tokens, webhooks with their delivery log, proactive-message rules. */
export function IntegrationsPage(props: IntegrationsPageProps) {
  const { t, locale } = useI18n();
  const api = useMemo(
    () =>
      createIntegrationsApi(
        createHttpClient({ getToken: () => props.token, onUnauthorized: props.onExpired }),
        props.tenantId,
      ),
    [props.token, props.onExpired, props.tenantId],
  );
  const [tokens, setTokens] = useState<ApiTokenRow[] | null>(null);
  const [webhooks, setWebhooks] = useState<WebhookRow[] | null>(null);
  const [rules, setRules] = useState<ProactiveRuleRow[] | null>(null);
  const [deliveries, setDeliveries] = useState<{ id: string; rows: DeliveryRow[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ label: string; value: string } | null>(null);
  const [tokenName, setTokenName] = useState('');
  const [tokenScopes, setTokenScopes] = useState<string[]>([]);
  const [hookUrl, setHookUrl] = useState('');
  const [hookEvents, setHookEvents] = useState<string[]>(['message.created']);
  const [rule, setRule] = useState({
    eventType: '',
    template: '',
    quietStart: '',
    quietEnd: '',
    dailyLimit: '3',
  });

  const fail = useCallback((e: unknown) => setError(describeError(e, t)), [t]);
  const load = useCallback(async () => {
    try {
      const [a, b, c] = await Promise.all([api.tokens(), api.webhooks(), api.rules()]);
      setTokens(a);
      setWebhooks(b);
      setRules(c);
    } catch (e) {
      fail(e);
    }
  }, [api, fail]);
  useEffect(() => {
    void load();
  }, [load]);

  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
      await load();
    } catch (e) {
      fail(e);
    }
  };
  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

  const createToken = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const created = await api.createToken({ name: tokenName.trim(), scopes: tokenScopes });
      setSecret({ label: t('integrations.tokenShownOnce'), value: created.token });
      setTokenName('');
      setTokenScopes([]);
    });
  };
  const createWebhook = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const created = await api.createWebhook({ url: hookUrl.trim(), events: hookEvents });
      setSecret({ label: t('integrations.secretShownOnce'), value: created.secret });
      setHookUrl('');
    });
  };
  const showDeliveries = async (id: string) => {
    try {
      setDeliveries({ id, rows: await api.deliveries(id) });
    } catch (e) {
      fail(e);
    }
  };
  const saveRule = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api.putRule({
        eventType: rule.eventType.trim(),
        template: rule.template,
        quietHours:
          rule.quietStart && rule.quietEnd ? { start: rule.quietStart, end: rule.quietEnd } : null,
        dailyLimit: Number(rule.dailyLimit),
      });
      setRule({ eventType: '', template: '', quietStart: '', quietEnd: '', dailyLimit: '3' });
    });
  };

  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const when = (at: string | null) => (at ? date.format(new Date(at)) : '—');

  return (
    <div className="app">
      <TopBar user={props.user} onSignOut={props.onSignOut} />
      <main className="channels" id="conversation">
        <p>
          <a href={import.meta.env.BASE_URL}>{t('channels.backToInbox')}</a>
        </p>
        <h1>{t('integrations.title')}</h1>
        <p>
          <a href={`${import.meta.env.BASE_URL}flows`}>{t('nav.flows')}</a>
        </p>
        {error && (
          <p className="channels__error" role="alert">
            {error}
          </p>
        )}
        {secret && (
          <p className="channels__notice" role="status">
            {secret.label} <code className="channels__url">{secret.value}</code>
          </p>
        )}

        <section aria-labelledby="integrations-tokens">
          <h2 id="integrations-tokens">{t('integrations.tokens')}</h2>
          {tokens === null ? (
            <p aria-busy="true">{t('app.loading')}</p>
          ) : tokens.length === 0 ? (
            <p>{t('integrations.noTokens')}</p>
          ) : (
            <table className="channels__table">
              <thead>
                <tr>
                  <th scope="col">{t('integrations.name')}</th>
                  <th scope="col">{t('integrations.scopes')}</th>
                  <th scope="col">{t('integrations.lastUsed')}</th>
                  <th scope="col">{t('integrations.state')}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id}>
                    <td>{token.name}</td>
                    <td className="channels__url">{token.scopes.join(', ')}</td>
                    <td>{when(token.lastUsedAt)}</td>
                    <td>
                      {token.revokedAt ? (
                        t('integrations.revoked')
                      ) : (
                        <button
                          type="button"
                          className="button button--ghost"
                          onClick={() => void run(() => api.revokeToken(token.id).then(() => {}))}
                        >
                          {t('integrations.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <form className="channels__form" onSubmit={createToken}>
            <div className="channels__field">
              <label htmlFor="token-name">{t('integrations.name')}</label>
              <input
                id="token-name"
                required
                maxLength={100}
                value={tokenName}
                onChange={(e) => setTokenName(e.target.value)}
              />
            </div>
            <fieldset>
              <legend>{t('integrations.scopes')}</legend>
              {apiScopes.map((scope) => (
                <label key={scope} className="channels__check">
                  <input
                    type="checkbox"
                    checked={tokenScopes.includes(scope)}
                    onChange={() => setTokenScopes((s) => toggle(s, scope))}
                  />
                  <code>{scope}</code>
                </label>
              ))}
            </fieldset>
            <button
              type="submit"
              className="button button--primary"
              disabled={tokenScopes.length === 0}
            >
              {t('integrations.createToken')}
            </button>
          </form>
        </section>

        <section aria-labelledby="integrations-webhooks">
          <h2 id="integrations-webhooks">{t('integrations.webhooks')}</h2>
          <p className="channels__hint">{t('integrations.signatureHint')}</p>
          {webhooks === null ? (
            <p aria-busy="true">{t('app.loading')}</p>
          ) : webhooks.length === 0 ? (
            <p>{t('integrations.noWebhooks')}</p>
          ) : (
            <table className="channels__table">
              <thead>
                <tr>
                  <th scope="col">URL</th>
                  <th scope="col">{t('integrations.events')}</th>
                  <th scope="col">{t('integrations.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {webhooks.map((hook) => (
                  <tr key={hook.id}>
                    <td className="channels__url">{hook.url}</td>
                    <td className="channels__url">{hook.events.join(', ')}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--ghost"
                        onClick={() => void showDeliveries(hook.id)}
                      >
                        {t('integrations.deliveries')}
                      </button>
                      <button
                        type="button"
                        className="button button--ghost"
                        onClick={() => void run(() => api.deleteWebhook(hook.id).then(() => {}))}
                      >
                        {t('integrations.delete')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {deliveries && (
            <section aria-labelledby="integrations-deliveries">
              <h3 id="integrations-deliveries">{t('integrations.deliveryLog')}</h3>
              {deliveries.rows.length === 0 ? (
                <p>{t('integrations.noDeliveries')}</p>
              ) : (
                <table className="channels__table">
                  <thead>
                    <tr>
                      <th scope="col">{t('integrations.at')}</th>
                      <th scope="col">{t('integrations.event')}</th>
                      <th scope="col">{t('integrations.state')}</th>
                      <th scope="col">{t('integrations.attempts')}</th>
                      <th scope="col">{t('integrations.response')}</th>
                      <th scope="col">{t('integrations.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {deliveries.rows.map((d) => (
                      <tr key={d.id}>
                        <td>{when(d.createdAt)}</td>
                        <td className="channels__url">{d.event}</td>
                        <td>{t(`integrations.status.${d.status}`)}</td>
                        <td>{d.attempts}</td>
                        <td>{d.responseStatus ?? d.lastError ?? '—'}</td>
                        <td>
                          <button
                            type="button"
                            className="button button--ghost"
                            onClick={() =>
                              void run(async () => {
                                await api.replay(deliveries.id, d.id);
                                await showDeliveries(deliveries.id);
                              })
                            }
                          >
                            {t('integrations.replay')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          )}
          <form className="channels__form" onSubmit={createWebhook}>
            <div className="channels__field">
              <label htmlFor="webhook-url">URL</label>
              <input
                id="webhook-url"
                type="url"
                required
                value={hookUrl}
                onChange={(e) => setHookUrl(e.target.value)}
              />
            </div>
            <fieldset>
              <legend>{t('integrations.events')}</legend>
              {webhookEvents.map((name) => (
                <label key={name} className="channels__check">
                  <input
                    type="checkbox"
                    checked={hookEvents.includes(name)}
                    onChange={() => setHookEvents((s) => toggle(s, name))}
                  />
                  <code>{name}</code>
                </label>
              ))}
            </fieldset>
            <button
              type="submit"
              className="button button--primary"
              disabled={hookEvents.length === 0}
            >
              {t('integrations.addWebhook')}
            </button>
          </form>
        </section>

        <section aria-labelledby="integrations-rules">
          <h2 id="integrations-rules">{t('integrations.rules')}</h2>
          <p className="channels__hint">{t('integrations.rulesHint')}</p>
          {rules !== null && rules.length > 0 && (
            <table className="channels__table">
              <thead>
                <tr>
                  <th scope="col">{t('integrations.event')}</th>
                  <th scope="col">{t('integrations.template')}</th>
                  <th scope="col">{t('integrations.quietHours')}</th>
                  <th scope="col">{t('integrations.dailyLimit')}</th>
                  <th scope="col">{t('integrations.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rules.map((r) => (
                  <tr key={r.eventType}>
                    <td className="channels__url">{r.eventType}</td>
                    <td>{r.template}</td>
                    <td>{r.quietHours ? `${r.quietHours.start}–${r.quietHours.end}` : '—'}</td>
                    <td>{r.dailyLimit}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--ghost"
                        onClick={() => void run(() => api.deleteRule(r.eventType).then(() => {}))}
                      >
                        {t('integrations.delete')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <form className="channels__form" onSubmit={saveRule}>
            {(
              [
                ['eventType', t('integrations.event'), 'text', true],
                ['template', t('integrations.template'), 'text', true],
                ['quietStart', t('integrations.quietStart'), 'time', false],
                ['quietEnd', t('integrations.quietEnd'), 'time', false],
                ['dailyLimit', t('integrations.dailyLimit'), 'number', true],
              ] as const
            ).map(([name, label, type, required]) => (
              <div className="channels__field" key={name}>
                <label htmlFor={`rule-${name}`}>{label}</label>
                <input
                  id={`rule-${name}`}
                  type={type}
                  required={required}
                  value={rule[name]}
                  onChange={(e) => setRule((current) => ({ ...current, [name]: e.target.value }))}
                />
              </div>
            ))}
            <button type="submit" className="button button--primary">
              {t('integrations.saveRule')}
            </button>
          </form>
        </section>

        <WidgetTriggersSection api={api} />
      </main>
    </div>
  );
}

/** The console path of the integrations page. */
export const integrationsPath = `${import.meta.env.BASE_URL}integrations`;
