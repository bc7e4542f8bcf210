import QRCode from 'qrcode';
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import { createAccountApi, type SessionRow } from './account-api';
import { SecuritySettingsSection } from './security-settings';
import { SsoSettingsSection } from './sso-settings';
import './account.css';

type AccountPageProps = {
  token: string;
  user: User;
  onSignOut: () => void;
  onExpired: () => void;
};

/** The person's own settings: password, two-factor authentication, sessions. */
export function AccountPage({ token, user, onSignOut, onExpired }: AccountPageProps) {
  const { t, locale } = useI18n();
  const http = useMemo(
    () => createHttpClient({ getToken: () => token, onUnauthorized: onExpired }),
    [token, onExpired],
  );
  const api = useMemo(() => createAccountApi(http), [http]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [totp, setTotp] = useState<{ enabled: boolean; recoveryCodesLeft: number } | null>(null);
  const [setup, setSetup] = useState<{ secret: string; qr: string } | null>(null);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [sessions, setSessions] = useState<SessionRow[] | null>(null);
  const [passwords, setPasswords] = useState({ current: '', next: '' });

  const load = useCallback(async () => {
    try {
      const [status, list] = await Promise.all([api.totpStatus(), api.sessions()]);
      setTotp(status);
      setSessions(list);
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
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  const startSetup = () =>
    run(async () => {
      const result = await api.setupTotp();
      // The QR code is drawn here from the otpauth URL; the secret never leaves the page.
      const qr = await QRCode.toDataURL(result.otpauthUrl, { margin: 1, width: 200 });
      setSetup({ secret: result.secret, qr });
      setCode('');
    });
  const confirmSetup = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const result = await api.enableTotp(code.trim());
      setRecoveryCodes(result.recoveryCodes);
      setSetup(null);
      setCode('');
      await load();
    });
  };
  const turnOff = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api.disableTotp(code.trim());
      setCode('');
      setRecoveryCodes(null);
      setNotice(t('accounts.totp.turnedOff'));
      await load();
    });
  };
  const changePassword = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api.changePassword(passwords.current, passwords.next);
      setPasswords({ current: '', next: '' });
      setNotice(t('accounts.password.changed'));
      await load();
    });
  };
  const revoke = (id: string) =>
    run(async () => {
      await api.revokeSession(id);
      await load();
    });

  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="app">
      <TopBar user={user} onSignOut={onSignOut} />
      <main className="account" id="conversation">
        <p>
          <a href={import.meta.env.BASE_URL}>{t('channels.backToInbox')}</a>
        </p>
        <h1>{t('accounts.title')}</h1>
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

        <section aria-labelledby="account-totp">
          <h2 id="account-totp">{t('accounts.totp.title')}</h2>
          {totp === null ? (
            <p aria-busy="true">{t('app.loading')}</p>
          ) : totp.enabled ? (
            <>
              <p data-testid="totp-state">
                {t('accounts.totp.on', { count: String(totp.recoveryCodesLeft) })}
              </p>
              <form className="account__form" onSubmit={turnOff}>
                <label>
                  {t('accounts.totp.codeToTurnOff')}
                  <input
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    required
                    value={code}
                    onChange={(e) => setCode(e.target.value)}
                  />
                </label>
                <button type="submit" className="button">
                  {t('accounts.totp.turnOff')}
                </button>
              </form>
            </>
          ) : setup ? (
            <form className="account__form" onSubmit={confirmSetup}>
              <p>{t('accounts.totp.scan')}</p>
              <img
                src={setup.qr}
                alt={t('accounts.totp.qrAlt')}
                width={200}
                height={200}
                data-testid="totp-qr"
              />
              <p>
                {t('accounts.totp.orKey')} <code data-testid="totp-secret">{setup.secret}</code>
              </p>
              <label>
                {t('accounts.totp.code')}
                <input
                  data-testid="totp-code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  required
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                />
              </label>
              <button type="submit" className="button button--primary" data-testid="totp-enable">
                {t('accounts.totp.enable')}
              </button>
            </form>
          ) : (
            <>
              <p data-testid="totp-state">{t('accounts.totp.off')}</p>
              <button
                type="button"
                className="button button--primary"
                data-testid="totp-setup"
                onClick={() => void startSetup()}
              >
                {t('accounts.totp.setUp')}
              </button>
            </>
          )}
          {recoveryCodes && (
            <div className="account__recovery" role="status">
              <p>{t('accounts.totp.recoveryIntro')}</p>
              <ul data-testid="recovery-codes">
                {recoveryCodes.map((c) => (
                  <li key={c}>
                    <code>{c}</code>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>

        {user.role === 'admin' && user.tenantId && (
          <SsoSettingsSection http={http} tenantId={user.tenantId} />
        )}
        {user.role === 'admin' && user.tenantId && (
          <SecuritySettingsSection http={http} tenantId={user.tenantId} />
        )}

        <section aria-labelledby="account-password">
          <h2 id="account-password">{t('accounts.password.title')}</h2>
          <form className="account__form" onSubmit={changePassword}>
            <label>
              {t('accounts.password.current')}
              <input
                type="password"
                autoComplete="current-password"
                required
                value={passwords.current}
                onChange={(e) => setPasswords((p) => ({ ...p, current: e.target.value }))}
              />
            </label>
            <label>
              {t('accounts.password.new')}
              <input
                type="password"
                autoComplete="new-password"
                required
                minLength={10}
                value={passwords.next}
                onChange={(e) => setPasswords((p) => ({ ...p, next: e.target.value }))}
              />
              <span className="field__hint">{t('accounts.password.rule')}</span>
            </label>
            <button type="submit" className="button button--primary">
              {t('accounts.password.change')}
            </button>
          </form>
        </section>

        <section aria-labelledby="account-sessions">
          <h2 id="account-sessions">{t('accounts.sessions.title')}</h2>
          {sessions && (
            <table className="account__table">
              <thead>
                <tr>
                  <th scope="col">{t('accounts.sessions.started')}</th>
                  <th scope="col">{t('accounts.sessions.lastSeen')}</th>
                  <th scope="col">{t('accounts.sessions.from')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('accounts.sessions.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id}>
                    <td>{time.format(new Date(s.createdAt))}</td>
                    <td>{s.lastSeenAt ? time.format(new Date(s.lastSeenAt)) : '—'}</td>
                    <td>
                      {s.address ?? '—'}
                      <br />
                      <small>{s.userAgent ?? ''}</small>
                    </td>
                    <td>
                      {s.current ? (
                        t('accounts.sessions.current')
                      ) : (
                        <button type="button" className="button" onClick={() => void revoke(s.id)}>
                          {t('accounts.sessions.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </main>
    </div>
  );
}
