import { type FormEvent, useEffect, useId, useState } from 'react';
import { ApiError } from '../api/api-error';
import { sendJson } from '../api/http-client';
import type { User } from '../api/types';
import { useI18n } from '../i18n';
import { LanguageSelect } from '../i18n/language-select';
import './login.css';

/** What the SSO callback left in the address: a ticket to exchange, or why it was refused. */
function takeSsoReturn(): { ticket: string | null; error: string | null } {
  const params = new URLSearchParams(window.location.search);
  const ticket = params.get('sso');
  const error = params.get('ssoError');
  if (ticket || error) {
    params.delete('sso');
    params.delete('ssoError');
    const rest = params.toString();
    // The single-use ticket leaves the address bar and history at once.
    window.history.replaceState(null, '', `${window.location.pathname}${rest ? `?${rest}` : ''}`);
  }
  return { ticket, error };
}

const ssoErrorCodes = [
  'sso_expired',
  'sso_failed',
  'sso_email_unverified',
  'sso_domain_mismatch',
  'sso_not_member',
  'sso_disabled',
] as const;

type LoginPageProps = {
  notice?: 'expired' | 'unreachable';
  onSignedIn: (token: string, user: User) => void;
};

export function LoginPage({ notice, onSignedIn }: LoginPageProps) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [isSubmitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  /** Set after the password when the account has TOTP: the second step's ticket. */
  const [ticket, setTicket] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [isSsoBusy, setSsoBusy] = useState(false);

  useEffect(() => {
    const returned = takeSsoReturn();
    if (returned.error) {
      const known = ssoErrorCodes.find((c) => c === returned.error) ?? 'sso_failed';
      setError(t(`sso.error.${known}`));
    }
    if (!returned.ticket) return;
    setSsoBusy(true);
    sendJson<
      { token: string; user: User; mfaRequired?: false } | { mfaRequired: true; ticket: string }
    >('POST', '/api/v1/auth/sso/complete', { ticket: returned.ticket }, null)
      .then((result) => {
        setSsoBusy(false);
        if (result.mfaRequired) setTicket(result.ticket);
        else onSignedIn(result.token, result.user);
      })
      .catch(() => {
        setSsoBusy(false);
        setError(t('sso.error.sso_expired'));
      });
  }, [onSignedIn, t]);

  const startSso = async () => {
    if (isSsoBusy) return;
    setError(null);
    if (!email.trim()) {
      setError(t('sso.needEmail'));
      return;
    }
    setSsoBusy(true);
    try {
      const { authorizationUrl } = await sendJson<{ authorizationUrl: string }>(
        'POST',
        '/api/v1/auth/sso/start',
        { email: email.trim() },
        null,
      );
      window.location.assign(authorizationUrl);
    } catch (caught) {
      setSsoBusy(false);
      setError(
        caught instanceof ApiError && (caught.status === 404 || caught.status === 400)
          ? t('sso.none')
          : loginErrorText(caught, t),
      );
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting) return;
    setSubmitting(true);
    setError(null);
    try {
      if (ticket) {
        const result = await sendJson<{ token: string; user: User }>(
          'POST',
          '/api/v1/auth/login/totp',
          { ticket, code: code.trim() },
          null,
        );
        onSignedIn(result.token, result.user);
        return;
      }
      const result = await sendJson<
        { token: string; user: User; mfaRequired?: false } | { mfaRequired: true; ticket: string }
      >('POST', '/api/v1/auth/login', { email: email.trim(), password }, null);
      if (result.mfaRequired) {
        setTicket(result.ticket);
        setSubmitting(false);
        return;
      }
      onSignedIn(result.token, result.user);
    } catch (caught) {
      if (ticket && caught instanceof ApiError && caught.status === 401) {
        setError(t('accounts.login.badCode'));
        setCode('');
        setSubmitting(false);
        return;
      }
      setError(loginErrorText(caught, t));
      setSubmitting(false);
    }
  };

  const banner =
    notice === 'expired'
      ? t('login.sessionExpired')
      : notice === 'unreachable'
        ? t('errors.network')
        : null;

  return (
    <main className="login">
      <div className="login__language">
        <LanguageSelect />
      </div>
      <form
        className="login__card"
        onSubmit={submit}
        aria-describedby={error ? errorId : undefined}
      >
        <div className="login__brand">
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={36} height={36} />
          <span>
            {t('app.name')}
            <small>{t('app.consoleName')}</small>
          </span>
        </div>
        <h1>{t('login.title')}</h1>
        <p className="login__subtitle">{t('login.subtitle')}</p>
        {banner && !error && <p className="login__notice">{banner}</p>}
        {ticket ? (
          <label className="field">
            <span className="field__label">{t('accounts.login.code')}</span>
            <input
              data-testid="login-totp"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              // biome-ignore lint/a11y/noAutofocus: the code field is the only thing left to fill in
              autoFocus
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
            <span className="field__hint">{t('accounts.login.codeHint')}</span>
          </label>
        ) : (
          <>
            <label className="field">
              <span className="field__label">{t('login.email')}</span>
              <input
                data-testid="login-email"
                type="email"
                name="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            </label>
            <label className="field">
              <span className="field__label">{t('login.password')}</span>
              <input
                data-testid="login-password"
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            </label>
          </>
        )}
        {error && (
          <p className="login__error" role="alert" id={errorId}>
            {error}
          </p>
        )}
        <button
          data-testid="login-submit"
          className="button button--primary login__submit"
          type="submit"
          disabled={isSubmitting}
        >
          {isSubmitting ? t('login.submitting') : t('login.submit')}
        </button>
        {!ticket && (
          <>
            <p className="login__or" aria-hidden="true">
              {t('sso.or')}
            </p>
            <button
              data-testid="login-sso"
              className="button login__sso"
              type="button"
              onClick={() => void startSso()}
              disabled={isSsoBusy || isSubmitting}
              aria-busy={isSsoBusy}
            >
              {isSsoBusy ? t('sso.redirecting') : t('sso.signIn')}
            </button>
          </>
        )}
      </form>
    </main>
  );
}

function loginErrorText(error: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return t('login.invalidCredentials');
    if (error.status === 429) return t('login.throttled');
    if (error.code === 'network_error') return t('errors.network');
    return t('login.failed', { message: error.message });
  }
  return t('login.failed', { message: String(error) });
}
