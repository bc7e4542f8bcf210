import { type FormEvent, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { isApiError } from '../api/api-error';
import type { HttpClient } from '../api/http-client';
import { type MessageKey, useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import { keepImeEnter } from './ime-safe';
import { createSecurityApi, type TenantSecurity } from './security-api';

type Field = 'ipAllowlist' | 'requireTotp';
type Invalid = { field: Field; key: MessageKey; line?: number; detail: string };

/** The allow-list as typed: one address or CIDR range per line (commas also split). */
export function parseAllowlist(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** Which field (and which allow-list line) a refusal from the API is about. */
export function invalidOf(message: string): Omit<Invalid, 'detail'> | null {
  const entry = /body\.ipAllowlist\.(\d+)/.exec(message);
  if (entry) {
    return { field: 'ipAllowlist', key: 'accounts.security.err.entry', line: Number(entry[1]) + 1 };
  }
  const text = message.toLowerCase();
  if (text.includes('your own address')) {
    return { field: 'ipAllowlist', key: 'accounts.security.err.lockout' };
  }
  if (text.includes('ipallowlist'))
    return { field: 'ipAllowlist', key: 'accounts.security.err.list' };
  if (text.includes('two-factor') || text.includes('totp')) {
    return { field: 'requireTotp', key: 'accounts.security.err.ownTotp' };
  }
  return null;
}

/** The workspace's staff IP allow-list and two-factor requirement, for its admins. */
export function SecuritySettingsSection({
  http,
  tenantId,
}: {
  http: HttpClient;
  tenantId: string;
}) {
  const { t } = useI18n();
  const api = useMemo(() => createSecurityApi(http, tenantId), [http, tenantId]);
  const baseId = useId();
  const [saved, setSaved] = useState<TenantSecurity | undefined>(undefined);
  const [allowlist, setAllowlist] = useState('');
  const [requireTotp, setRequireTotp] = useState(false);
  const [invalid, setInvalid] = useState<Invalid | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const show = useCallback((s: TenantSecurity) => {
    setSaved(s);
    setAllowlist(s.ipAllowlist.join('\n'));
    setRequireTotp(s.requireTotp);
  }, []);

  useEffect(() => {
    let isCurrent = true;
    api
      .get()
      .then((s) => {
        if (isCurrent) show(s);
      })
      .catch((e) => {
        if (isCurrent) setError(describeError(e, t));
      });
    return () => {
      isCurrent = false;
    };
  }, [api, t, show]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    setInvalid(null);
    try {
      show(await api.save({ ipAllowlist: parseAllowlist(allowlist), requireTotp }));
      setNotice(t('accounts.security.saved'));
    } catch (e) {
      const found = isApiError(e) && e.status === 400 ? invalidOf(e.message) : null;
      if (found) {
        setInvalid({ ...found, detail: e instanceof Error ? e.message : '' });
        document.getElementById(`${baseId}-${found.field}`)?.focus();
      } else setError(t('accounts.security.saveFailed', { message: describeError(e, t) }));
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (field: Field) =>
    invalid?.field === field ? (
      <span
        id={`${baseId}-${field}-error`}
        className="account__field-error"
        data-testid={`security-${field}-error`}
        title={invalid.detail}
      >
        {t(invalid.key, { line: String(invalid.line ?? '') })}
      </span>
    ) : null;
  const described = (field: Field, hint?: string) =>
    [invalid?.field === field ? `${baseId}-${field}-error` : '', hint ?? '']
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <section aria-labelledby={`${baseId}-title`} data-testid="security-settings">
      <h2 id={`${baseId}-title`}>{t('accounts.security.title')}</h2>
      {error && (
        <p className="account__error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="account__notice" role="status" data-testid="security-notice">
          {notice}
        </p>
      )}
      {saved === undefined ? (
        !error && <p aria-busy="true">{t('app.loading')}</p>
      ) : (
        <form className="account__form" onSubmit={(e) => void submit(e)} onKeyDown={keepImeEnter}>
          <p data-testid="security-state">
            {saved.requireTotp ? t('accounts.security.totpOn') : t('accounts.security.totpOff')}{' '}
            {saved.ipAllowlist.length === 0
              ? t('accounts.security.allowAll')
              : t('accounts.security.allowSome', { count: String(saved.ipAllowlist.length) })}
          </p>
          <label htmlFor={`${baseId}-ipAllowlist`}>
            {t('accounts.security.allowlist')}
            <textarea
              id={`${baseId}-ipAllowlist`}
              data-testid="security-allowlist"
              rows={5}
              spellCheck={false}
              autoComplete="off"
              placeholder={'203.0.113.0/24\n2001:db8::/32'}
              value={allowlist}
              aria-invalid={invalid?.field === 'ipAllowlist' ? 'true' : undefined}
              aria-describedby={described('ipAllowlist', `${baseId}-allowlist-hint`)}
              onInput={(e) => {
                setAllowlist((e.target as HTMLTextAreaElement).value);
                if (invalid?.field === 'ipAllowlist') setInvalid(null);
              }}
            />
            {errorOf('ipAllowlist')}
          </label>
          <span className="field__hint" id={`${baseId}-allowlist-hint`}>
            {t('accounts.security.allowlistHint')}
          </span>
          <label className="account__check" htmlFor={`${baseId}-requireTotp`}>
            <input
              id={`${baseId}-requireTotp`}
              type="checkbox"
              role="switch"
              aria-checked={requireTotp}
              data-testid="security-require-totp"
              checked={requireTotp}
              aria-invalid={invalid?.field === 'requireTotp' ? 'true' : undefined}
              aria-describedby={described('requireTotp')}
              onChange={(e) => {
                setRequireTotp((e.target as HTMLInputElement).checked);
                if (invalid?.field === 'requireTotp') setInvalid(null);
              }}
            />
            {t('accounts.security.requireTotp')}
          </label>
          {errorOf('requireTotp')}
          <button
            type="submit"
            className="button button--primary"
            data-testid="security-save"
            disabled={isBusy}
          >
            {t('accounts.security.save')}
          </button>
        </form>
      )}
    </section>
  );
}
