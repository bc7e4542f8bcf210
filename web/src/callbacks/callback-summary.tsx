import { useCallback, useEffect, useMemo, useState } from 'react';
import { createHttpClient } from '../api/http-client';
import { useI18n } from '../i18n';
import { type CallbackSummary, callbacksPath, createCallbacksApi } from './callbacks-api';
import '../contacts/contacts.css';

/**
 * The supervisor board's callback counts: read again whenever a callback event arrives
 * (`revision`), and every 30 seconds as windows come due.
 */
export function CallbackSummaryCard(props: {
  token: string;
  tenantId: string;
  onExpired: () => void;
  revision?: number;
}) {
  const { t } = useI18n();
  const api = useMemo(
    () =>
      createCallbacksApi(
        createHttpClient({ getToken: () => props.token, onUnauthorized: props.onExpired }),
        props.tenantId,
      ),
    [props.token, props.onExpired, props.tenantId],
  );
  const [summary, setSummary] = useState<CallbackSummary | null>(null);
  const load = useCallback(() => api.summary().then(setSummary, () => undefined), [api]);
  useEffect(() => {
    const timer = window.setInterval(load, 30_000);
    return () => window.clearInterval(timer);
  }, [load]);
  // Again at once whenever a callback changes.
  const revision = props.revision ?? 0;
  useEffect(() => {
    if (revision >= 0) void load();
  }, [load, revision]);
  if (!summary) return null;
  const items: [string, number][] = [
    [t('callbacks.summary.open'), summary.open],
    [t('callbacks.summary.dueNow'), summary.dueNow],
    [t('callbacks.summary.overdue'), summary.overdue],
    [t('callbacks.summary.claimed'), summary.claimed],
    [t('callbacks.summary.completedToday'), summary.completedToday],
    [t('callbacks.summary.noAnswerToday'), summary.noAnswerToday],
  ];
  return (
    <section aria-labelledby="callback-summary-title" data-testid="callback-summary">
      <h2 id="callback-summary-title">
        <a href={callbacksPath}>{t('callbacks.title')}</a>
      </h2>
      <dl className="callback-summary">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
