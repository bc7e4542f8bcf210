import { useEffect, useMemo, useState } from 'react';
import { createHttpClient } from '../api/http-client';
import { useI18n } from '../i18n';
import { type CallbackSummary, callbacksPath, createCallbacksApi } from './callbacks-api';
import '../contacts/contacts.css';

/** The supervisor board's callback counts, refreshed every 30 seconds. */
export function CallbackSummaryCard(props: {
  token: string;
  tenantId: string;
  onExpired: () => void;
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
  useEffect(() => {
    const load = () => api.summary().then(setSummary, () => undefined);
    void load();
    const timer = window.setInterval(load, 30_000);
    return () => window.clearInterval(timer);
  }, [api]);
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
