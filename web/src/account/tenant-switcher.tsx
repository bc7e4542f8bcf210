import { useEffect, useMemo, useState } from 'react';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { tokenStore } from '../auth/token-store';
import { useI18n } from '../i18n';
import { createAccountApi } from './account-api';
import { type TenantChoice, tenantChoice } from './tenant-choice';

/**
 * For a person who works for several client companies: which one the console shows. One
 * token serves them all; switching reloads the console in the chosen tenant.
 */
export function TenantSwitcher({ user }: { user: User }) {
  const { t } = useI18n();
  const [tenants, setTenants] = useState<TenantChoice[]>([]);
  const api = useMemo(
    () =>
      createAccountApi(
        createHttpClient({ getToken: () => tokenStore.get(), onUnauthorized: () => {} }),
      ),
    [],
  );
  useEffect(() => {
    if (!user.tenantId) return;
    let isCurrent = true;
    api
      .tenants()
      .then((list) => {
        if (isCurrent) setTenants(list);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [api, user.tenantId]);
  if (tenants.length < 2 || !user.tenantId) return null;
  return (
    <label className="tenant-switcher">
      <span className="visually-hidden">{t('accounts.tenant.label')}</span>
      <select
        data-testid="tenant-switcher"
        value={user.tenantId}
        onChange={(event) => {
          tenantChoice.set(event.target.value);
          window.location.assign(import.meta.env.BASE_URL);
        }}
      >
        {tenants.map((tenant) => (
          <option key={tenant.id} value={tenant.id}>
            {tenant.name}
          </option>
        ))}
      </select>
    </label>
  );
}
