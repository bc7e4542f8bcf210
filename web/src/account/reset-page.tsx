import { type FormEvent, useState } from 'react';
import { sendJson } from '../api/http-client';
import { useI18n } from '../i18n';
import { LanguageSelect } from '../i18n/language-select';
import { describeError } from '../shared/error-message';
import '../auth/login.css';

/** Where reset and invitation mails lead: choose a password with the link's one-time token. */
export function ResetPage() {
  const { t } = useI18n();
  const params = new URLSearchParams(window.location.search);
  const token = params.get('token') ?? '';
  const isInvite = params.has('invite');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isDone, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (password !== repeat) {
      setError(t('accounts.reset.mismatch'));
      return;
    }
    try {
      await sendJson('POST', '/api/v1/auth/password/reset', { token, password }, null);
      setDone(true);
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  return (
    <main className="login">
      <div className="login__language">
        <LanguageSelect />
      </div>
      <form className="login__card" onSubmit={(e) => void submit(e)}>
        <h1>{t(isInvite ? 'accounts.reset.inviteTitle' : 'accounts.reset.title')}</h1>
        {isDone ? (
          <p role="status">
            {t('accounts.reset.done')} <a href={import.meta.env.BASE_URL}>{t('login.submit')}</a>
          </p>
        ) : (
          <>
            <label className="field">
              <span className="field__label">{t('accounts.password.new')}</span>
              <input
                type="password"
                autoComplete="new-password"
                required
                minLength={10}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
              <span className="field__hint">{t('accounts.password.rule')}</span>
            </label>
            <label className="field">
              <span className="field__label">{t('accounts.reset.repeat')}</span>
              <input
                type="password"
                autoComplete="new-password"
                required
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
              />
            </label>
            {error && (
              <p className="login__error" role="alert">
                {error}
              </p>
            )}
            <button type="submit" className="button button--primary login__submit">
              {t('accounts.reset.save')}
            </button>
          </>
        )}
      </form>
    </main>
  );
}
