import { useCallback, useEffect, useMemo, useState } from 'react';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import { type AuditRow, createTenantAdminApi } from './account-api';
import './account.css';

type AuditPageProps = {
  token: string;
  user: User;
  tenantId: string;
  onSignOut: () => void;
  onExpired: () => void;
};

/** The tenant's audit log (admins), newest first, and a check of its hash chain. */
export function AuditPage({ token, user, tenantId, onSignOut, onExpired }: AuditPageProps) {
  const { t, locale } = useI18n();
  const api = useMemo(
    () =>
      createTenantAdminApi(
        createHttpClient({ getToken: () => token, onUnauthorized: onExpired }),
        tenantId,
      ),
    [token, onExpired, tenantId],
  );
  const [entries, setEntries] = useState<AuditRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<{
    ok: boolean;
    brokenAt?: string;
    checked: number;
  } | null>(null);

  const load = useCallback(async () => {
    try {
      setEntries(await api.audit());
    } catch (e) {
      setError(describeError(e, t));
    }
  }, [api, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const verify = async () => {
    setError(null);
    try {
      setVerdict(await api.verifyAudit());
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <div className="app">
      <TopBar user={user} onSignOut={onSignOut} />
      <main className="account" id="conversation">
        <p>
          <a href={import.meta.env.BASE_URL}>{t('channels.backToInbox')}</a>
        </p>
        <h1>{t('accounts.audit.title')}</h1>
        <p>{t('accounts.audit.intro')}</p>
        {error && (
          <p className="account__error" role="alert">
            {error}
          </p>
        )}
        <p>
          <button type="button" className="button button--primary" onClick={() => void verify()}>
            {t('accounts.audit.verify')}
          </button>{' '}
          {verdict && (
            <span
              className="account__verify"
              data-ok={String(verdict.ok)}
              role="status"
              data-testid="audit-verdict"
            >
              {verdict.ok
                ? t('accounts.audit.ok', { count: String(verdict.checked) })
                : t('accounts.audit.broken', { id: verdict.brokenAt ?? '' })}
            </span>
          )}
        </p>
        {entries === null ? (
          <p aria-busy="true">{t('app.loading')}</p>
        ) : (
          <table className="account__table" data-testid="audit-entries">
            <thead>
              <tr>
                <th scope="col">{t('accounts.audit.at')}</th>
                <th scope="col">{t('accounts.audit.actor')}</th>
                <th scope="col">{t('accounts.audit.action')}</th>
                <th scope="col">{t('accounts.audit.target')}</th>
                <th scope="col">{t('accounts.audit.hash')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{time.format(new Date(e.at))}</td>
                  <td>{e.actorId ?? '—'}</td>
                  <td>{e.action}</td>
                  <td>{e.target ?? '—'}</td>
                  <td className="account__hash" title={e.hash}>
                    {e.hash.slice(0, 12)}…
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </main>
    </div>
  );
}
