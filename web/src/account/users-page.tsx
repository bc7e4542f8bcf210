import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import { createTenantAdminApi, type MemberRow } from './account-api';
import './account.css';

const roles = ['admin', 'supervisor', 'agent', 'annotator'] as const;

type UsersPageProps = {
  token: string;
  user: User;
  tenantId: string;
  onSignOut: () => void;
  onExpired: () => void;
};

/** The tenant's people (admins): invite by mail, change roles, disable and enable. */
export function UsersPage({ token, user, tenantId, onSignOut, onExpired }: UsersPageProps) {
  const { t, locale } = useI18n();
  const api = useMemo(
    () =>
      createTenantAdminApi(
        createHttpClient({ getToken: () => token, onUnauthorized: onExpired }),
        tenantId,
      ),
    [token, onExpired, tenantId],
  );
  const [members, setMembers] = useState<MemberRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [invite, setInvite] = useState({ email: '', name: '', role: 'agent' });

  const load = useCallback(async () => {
    try {
      setMembers(await api.members());
    } catch (e) {
      setError(describeError(e, t));
    }
  }, [api, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const run = async (work: () => Promise<void>) => {
    setError(null);
    setNotice(null);
    try {
      await work();
      await load();
    } catch (e) {
      setError(describeError(e, t));
    }
  };
  const submitInvite = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api.invite({ ...invite, email: invite.email.trim(), name: invite.name.trim() });
      setNotice(t('accounts.users.invited', { email: invite.email.trim() }));
      setInvite({ email: '', name: '', role: 'agent' });
    });
  };

  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <div className="app">
      <TopBar user={user} onSignOut={onSignOut} />
      <main className="account" id="conversation">
        <p>
          <a href={import.meta.env.BASE_URL}>{t('channels.backToInbox')}</a>
        </p>
        <h1>{t('accounts.users.title')}</h1>
        {error && (
          <p className="account__error" role="alert">
            {error}
          </p>
        )}
        {notice && (
          <p className="account__notice" role="status">
            {notice}
          </p>
        )}
        <section aria-labelledby="users-list">
          <h2 id="users-list">{t('accounts.users.members')}</h2>
          {members === null ? (
            <p aria-busy="true">{t('app.loading')}</p>
          ) : (
            <table className="account__table" data-testid="members">
              <thead>
                <tr>
                  <th scope="col">{t('accounts.users.name')}</th>
                  <th scope="col">{t('accounts.users.role')}</th>
                  <th scope="col">{t('accounts.users.twoFactor')}</th>
                  <th scope="col">{t('accounts.users.since')}</th>
                  <th scope="col">{t('accounts.users.state')}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.id} data-member={m.email}>
                    <td>
                      {m.name}
                      <br />
                      <small>{m.email}</small>
                    </td>
                    <td>
                      <select
                        aria-label={t('accounts.users.roleOf', { name: m.name })}
                        value={m.role}
                        disabled={m.id === user.id}
                        onChange={(e) =>
                          void run(() => api.setRole(m.id, e.target.value).then(() => undefined))
                        }
                      >
                        {roles.map((r) => (
                          <option key={r} value={r}>
                            {t(`accounts.role.${r}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {m.totpEnabled ? t('accounts.users.totpOn') : t('accounts.users.totpOff')}
                    </td>
                    <td>{date.format(new Date(m.memberSince))}</td>
                    <td>
                      {m.disabled ? t('accounts.users.disabled') : t('accounts.users.active')}{' '}
                      {m.id !== user.id && (
                        <button
                          type="button"
                          className="button"
                          onClick={() =>
                            void run(() => api.setDisabled(m.id, !m.disabled).then(() => undefined))
                          }
                        >
                          {m.disabled ? t('accounts.users.enable') : t('accounts.users.disable')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="users-invite">
          <h2 id="users-invite">{t('accounts.users.invite')}</h2>
          <form className="account__form" onSubmit={submitInvite}>
            <label>
              {t('login.email')}
              <input
                type="email"
                required
                value={invite.email}
                onChange={(e) => setInvite((v) => ({ ...v, email: e.target.value }))}
              />
            </label>
            <label>
              {t('accounts.users.name')}
              <input
                required
                value={invite.name}
                onChange={(e) => setInvite((v) => ({ ...v, name: e.target.value }))}
              />
            </label>
            <label>
              {t('accounts.users.role')}
              <select
                value={invite.role}
                onChange={(e) => setInvite((v) => ({ ...v, role: e.target.value }))}
              >
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {t(`accounts.role.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button button--primary">
              {t('accounts.users.send')}
            </button>
          </form>
        </section>
      </main>
    </div>
  );
}
