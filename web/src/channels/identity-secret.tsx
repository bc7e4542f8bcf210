import { useState } from 'react';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import type { ChannelsApi, IdentitySecret } from './channels-api';

/**
 * The secret the tenant's own server signs logged-in customers with: shown on request,
 * rotated after a confirmation, with the widget attributes that carry the signatures.
 */
export function IdentitySecretSection({ api }: { api: ChannelsApi }) {
  const { t, locale } = useI18n();
  const [secret, setSecret] = useState<IdentitySecret | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const run = async (action: () => Promise<IdentitySecret>) => {
    setBusy(true);
    setError(null);
    try {
      setSecret(await action());
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };
  const rotate = () => {
    if (window.confirm(t('channels.identity.rotateConfirm'))) void run(api.rotateIdentitySecret);
  };
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="channels-identity">
      <h2 id="channels-identity">{t('channels.identity.title')}</h2>
      <p className="channels__hint">{t('channels.identity.help')}</p>
      <pre className="channels__snippet">
        {
          '<script src=".../widget.js" data-widget-key="…"\n  data-user-id="member-42" data-user-hash="HMAC-SHA256(secret, member-42)"\n  data-user-email="taro@example.jp" data-email-hash="HMAC-SHA256(secret, taro@example.jp)"></script>'
        }
      </pre>
      {secret ? (
        <p>
          <code className="channels__record" data-testid="identity-secret">
            {secret.secret}
          </code>
          <span className="channels__hint">
            {t('channels.identity.rotatedAt', { at: date.format(new Date(secret.rotatedAt)) })}
          </span>
        </p>
      ) : (
        <button
          type="button"
          className="button"
          disabled={isBusy}
          onClick={() => void run(api.identitySecret)}
        >
          {t('channels.identity.show')}
        </button>
      )}{' '}
      <button type="button" className="button" disabled={isBusy} onClick={rotate}>
        {t('channels.identity.rotate')}
      </button>
      {error && (
        <p className="channels__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
