import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { isApiError } from '../api/api-error';
import type { HttpClient } from '../api/http-client';
import { type MessageKey, useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import { keepImeEnter } from './ime-safe';
import { createSsoApi, type SsoSettings } from './sso-api';

const roles = ['admin', 'supervisor', 'agent', 'annotator'] as const;
type Field = 'issuer' | 'clientId' | 'clientSecret' | 'emailDomain';
const fields: Field[] = ['issuer', 'clientId', 'clientSecret', 'emailDomain'];

const fieldErrors: Record<Field, MessageKey> = {
  issuer: 'accounts.sso.err.issuer',
  clientId: 'accounts.sso.err.clientId',
  clientSecret: 'accounts.sso.err.clientSecret',
  emailDomain: 'accounts.sso.err.emailDomain',
};

/** Which field a refusal from the API is about: by the body path, or by the sentence. */
export function fieldOfError(message: string): Field | null {
  const path = /body\.(\w+)/.exec(message)?.[1];
  if (path && (fields as string[]).includes(path)) return path as Field;
  const text = message.toLowerCase();
  if (text.includes('issuer')) return 'issuer';
  if (text.includes('client secret')) return 'clientSecret';
  if (text.includes('email domain')) return 'emailDomain';
  if (text.includes('client id')) return 'clientId';
  return null;
}

type Draft = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  emailDomain: string;
  provisionRole: string;
  enabled: boolean;
};
const emptyDraft: Draft = {
  issuer: '',
  clientId: '',
  clientSecret: '',
  emailDomain: '',
  provisionRole: '',
  enabled: false,
};
const toDraft = (s: SsoSettings | null): Draft =>
  s
    ? {
        issuer: s.issuer,
        clientId: s.clientId,
        clientSecret: '',
        emailDomain: s.emailDomain,
        provisionRole: s.provisionRole ?? '',
        enabled: s.enabled,
      }
    : emptyDraft;

/** The workspace's OpenID Connect provider, for its admins (security settings). */
export function SsoSettingsSection({ http, tenantId }: { http: HttpClient; tenantId: string }) {
  const { t } = useI18n();
  const api = useMemo(() => createSsoApi(http, tenantId), [http, tenantId]);
  const baseId = useId();
  const [saved, setSaved] = useState<SsoSettings | null | undefined>(undefined);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [invalid, setInvalid] = useState<{ field: Field; detail: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    api
      .get()
      .then((settings) => {
        if (!isCurrent) return;
        setSaved(settings);
        setDraft(toDraft(settings));
      })
      .catch((e) => {
        if (isCurrent) setError(describeError(e, t));
      });
    return () => {
      isCurrent = false;
    };
  }, [api, t]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (invalid?.field === key) setInvalid(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    setInvalid(null);
    try {
      const result = await api.save({
        issuer: draft.issuer.trim(),
        clientId: draft.clientId.trim(),
        ...(draft.clientSecret ? { clientSecret: draft.clientSecret } : {}),
        emailDomain: draft.emailDomain.trim(),
        provisionRole: (draft.provisionRole || null) as (typeof roles)[number] | null,
        enabled: draft.enabled,
      });
      setSaved(result);
      setDraft(toDraft(result));
      setNotice(t('accounts.sso.saved'));
    } catch (e) {
      const field = isApiError(e) && e.status === 400 ? fieldOfError(e.message) : null;
      if (field) {
        setInvalid({ field, detail: e instanceof Error ? e.message : '' });
        document.getElementById(`${baseId}-${field}`)?.focus();
      } else setError(t('accounts.sso.saveFailed', { message: describeError(e, t) }));
    } finally {
      setBusy(false);
    }
  };

  const input = (field: Field, label: MessageKey, extra: Record<string, unknown> = {}) => {
    const id = `${baseId}-${field}`;
    const isInvalid = invalid?.field === field;
    return (
      <label htmlFor={id}>
        {t(label)}
        <input
          id={id}
          data-testid={`sso-${field}`}
          value={draft[field]}
          aria-invalid={isInvalid ? 'true' : undefined}
          aria-describedby={isInvalid ? `${id}-error` : undefined}
          onChange={(e) => set(field, e.target.value)}
          {...extra}
        />
        {isInvalid && (
          <span
            id={`${id}-error`}
            className="account__field-error"
            data-testid={`sso-${field}-error`}
            title={invalid.detail}
          >
            {t(fieldErrors[field])}
          </span>
        )}
      </label>
    );
  };

  return (
    <section aria-labelledby={`${baseId}-title`} data-testid="sso-settings">
      <h2 id={`${baseId}-title`}>{t('accounts.sso.title')}</h2>
      <p>{t('accounts.sso.intro', { console: window.location.origin })}</p>
      {error && (
        <p className="account__error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="account__notice" role="status" data-testid="sso-notice">
          {notice}
        </p>
      )}
      {saved === undefined ? (
        !error && <p aria-busy="true">{t('app.loading')}</p>
      ) : (
        <form className="account__form" onSubmit={(e) => void submit(e)} onKeyDown={keepImeEnter}>
          <p data-testid="sso-state">
            {saved === null
              ? t('accounts.sso.notConfigured')
              : saved.enabled
                ? t('accounts.sso.on')
                : t('accounts.sso.off')}
          </p>
          {input('issuer', 'accounts.sso.issuer', {
            type: 'url',
            inputMode: 'url',
            required: true,
            maxLength: 500,
            placeholder: 'https://login.example.com',
          })}
          {input('clientId', 'accounts.sso.clientId', {
            required: true,
            maxLength: 300,
            autoComplete: 'off',
          })}
          {input('clientSecret', 'accounts.sso.clientSecret', {
            type: 'password',
            autoComplete: 'new-password',
            maxLength: 1000,
            required: !saved,
          })}
          <span className="field__hint" data-testid="sso-secret-state">
            {saved ? t('accounts.sso.secretSet') : t('accounts.sso.secretNotSet')}
          </span>
          {input('emailDomain', 'accounts.sso.emailDomain', {
            required: true,
            maxLength: 253,
            placeholder: 'example.co.jp',
          })}
          <label htmlFor={`${baseId}-provision`}>
            {t('accounts.sso.provision')}
            <select
              id={`${baseId}-provision`}
              data-testid="sso-provision"
              value={draft.provisionRole}
              onChange={(e) => set('provisionRole', e.target.value)}
            >
              <option value="">{t('accounts.sso.membersOnly')}</option>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {t('accounts.sso.provisionAs', { role: t(`accounts.role.${r}` as MessageKey) })}
                </option>
              ))}
            </select>
          </label>
          <label className="account__check">
            <input
              type="checkbox"
              data-testid="sso-enabled"
              checked={draft.enabled}
              onChange={(e) => set('enabled', e.target.checked)}
            />
            {t('accounts.sso.enabled')}
          </label>
          <button
            type="submit"
            className="button button--primary"
            data-testid="sso-save"
            disabled={isBusy}
          >
            {t('accounts.sso.save')}
          </button>
        </form>
      )}
    </section>
  );
}
