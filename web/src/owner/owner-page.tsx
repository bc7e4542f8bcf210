import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import { OutsourcersSection } from './outsourcers-section';
import { createTenantsApi, type TenantRow } from './tenants-api';
import './owner.css';

type OwnerPageProps = {
  token: string;
  user: User;
  onSignOut: () => void;
  onExpired: () => void;
};

/** The installation owner's console: every tenant with its widget key, and adding one. */
export function OwnerPage({ token, user, onSignOut, onExpired }: OwnerPageProps) {
  const { t, locale } = useI18n();
  const http = useMemo(
    () => createHttpClient({ getToken: () => token, onUnauthorized: onExpired }),
    [token, onExpired],
  );
  const api = useMemo(() => createTenantsApi(http), [http]);
  const [tenants, setTenants] = useState<TenantRow[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const page = await api.list();
      setTenants(page.tenants);
      setCursor(page.nextCursor);
    } catch (e) {
      setError(t('owner.loadFailed', { message: describeError(e, t) }));
    }
  }, [api, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const loadMore = async () => {
    if (!cursor) return;
    setBusy(true);
    try {
      const page = await api.list(cursor);
      setTenants((current) => [...(current ?? []), ...page.tenants]);
      setCursor(page.nextCursor);
    } catch (e) {
      setError(t('owner.loadFailed', { message: describeError(e, t) }));
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const created = await api.create(name.trim());
      setName('');
      setNotice(t('owner.created', { name: created.name, widgetKey: created.widgetKey }));
      await load();
    } catch (e) {
      setError(t('owner.createFailed', { message: describeError(e, t) }));
    } finally {
      setBusy(false);
    }
  };

  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <div className="app">
      <TopBar user={user} onSignOut={onSignOut} />
      <main className="owner" id="conversation">
        <h1>{t('owner.title')}</h1>
        {error && (
          <p className="owner__error" role="alert">
            {error}
          </p>
        )}
        {notice && (
          <p className="owner__notice" role="status">
            {notice}
          </p>
        )}
        <section aria-labelledby="owner-add">
          <h2 id="owner-add">{t('owner.add')}</h2>
          <form className="owner__form" onSubmit={(e) => void submit(e)}>
            <label htmlFor="owner-tenant-name">{t('owner.name')}</label>
            <input
              id="owner-tenant-name"
              required
              maxLength={200}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" className="button" disabled={isBusy || !name.trim()}>
              {t('owner.create')}
            </button>
          </form>
        </section>
        <section aria-labelledby="owner-list">
          <h2 id="owner-list">{t('owner.tenants')}</h2>
          {tenants === null ? (
            <p aria-busy="true">{t('app.loading')}</p>
          ) : tenants.length === 0 ? (
            <p>{t('owner.none')}</p>
          ) : (
            <table className="owner__table">
              <thead>
                <tr>
                  <th scope="col">{t('owner.name')}</th>
                  <th scope="col">{t('owner.id')}</th>
                  <th scope="col">{t('owner.widgetKey')}</th>
                  <th scope="col">{t('owner.createdAt')}</th>
                </tr>
              </thead>
              <tbody>
                {tenants.map((tenant) => (
                  <tr key={tenant.id}>
                    <td>{tenant.name}</td>
                    <td className="owner__code">{tenant.id}</td>
                    <td className="owner__code">{tenant.widgetKey}</td>
                    <td>{date.format(new Date(tenant.createdAt))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {cursor && (
            <p>
              <button
                type="button"
                className="button button--ghost"
                disabled={isBusy}
                onClick={() => void loadMore()}
              >
                {t('paging.loadMore')}
              </button>
            </p>
          )}
        </section>
        {tenants && <OutsourcersSection http={http} tenants={tenants} />}
      </main>
    </div>
  );
}
