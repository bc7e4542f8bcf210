import { useCallback, useEffect, useMemo, useState } from 'react';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import '../account/account.css';

type UsageRow = {
  id: string;
  name: string;
  suspended: boolean;
  conversations: number;
  messages: number;
  botContained: number;
  seats: number;
};

type UsagePageProps = { token: string; user: User; onSignOut: () => void; onExpired: () => void };

/** The owner's billing view: each tenant's use of a month, and suspending a tenant. */
export function OwnerUsagePage({ token, user, onSignOut, onExpired }: UsagePageProps) {
  const { t, locale } = useI18n();
  const http = useMemo(
    () => createHttpClient({ getToken: () => token, onUnauthorized: onExpired }),
    [token, onExpired],
  );
  const [month, setMonth] = useState(() => new Date().toISOString().slice(0, 7));
  const [rows, setRows] = useState<UsageRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      const result = await http.request<{ tenants: UsageRow[] }>(
        'GET',
        `/api/v1/owner/usage?month=${encodeURIComponent(month)}`,
      );
      setRows(result.tenants);
    } catch (e) {
      setError(describeError(e, t));
    }
  }, [http, month, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const setSuspended = async (id: string, suspended: boolean) => {
    try {
      await http.request('PUT', `/api/v1/tenants/${encodeURIComponent(id)}/security`, {
        suspended,
      });
      await load();
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  const number = new Intl.NumberFormat(locale);
  return (
    <div className="app">
      <TopBar user={user} onSignOut={onSignOut} />
      <main className="account" id="conversation">
        <h1>{t('accounts.owner.title')}</h1>
        <label>
          {t('accounts.owner.month')}{' '}
          <input type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
        </label>
        {error && (
          <p className="account__error" role="alert">
            {error}
          </p>
        )}
        {rows && (
          <table className="account__table" data-testid="owner-usage">
            <thead>
              <tr>
                <th scope="col">{t('accounts.owner.tenant')}</th>
                <th scope="col">{t('accounts.owner.conversations')}</th>
                <th scope="col">{t('accounts.owner.messages')}</th>
                <th scope="col">{t('accounts.owner.botContained')}</th>
                <th scope="col">{t('accounts.owner.seats')}</th>
                <th scope="col">{t('accounts.users.state')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    {r.name}
                    <br />
                    <small>{r.id}</small>
                  </td>
                  <td>{number.format(r.conversations)}</td>
                  <td>{number.format(r.messages)}</td>
                  <td>{number.format(r.botContained)}</td>
                  <td>{number.format(r.seats)}</td>
                  <td>
                    {r.suspended ? t('accounts.owner.suspended') : t('accounts.users.active')}{' '}
                    <button
                      type="button"
                      className="button"
                      onClick={() => void setSuspended(r.id, !r.suspended)}
                    >
                      {r.suspended ? t('accounts.owner.resume') : t('accounts.owner.suspend')}
                    </button>
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
