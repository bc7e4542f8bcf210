import { useCallback, useEffect, useMemo, useState } from 'react';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import { AgentsSection } from './agents-section';
import { HoursSection } from './hours-section';
import { IntentsSection } from './intents-section';
import { QueuesSection } from './queues-section';
import {
  type AgentRow,
  createRoutingApi,
  type QueueRow,
  type RoutingSettings,
} from './routing-api';
import './routing.css';

type RoutingPageProps = {
  token: string;
  user: User;
  tenantId: string;
  onSignOut: () => void;
  onExpired: () => void;
};

/** Routing settings (admins): queues, business hours and holidays, and each agent's profile. */
export function RoutingPage({ token, user, tenantId, onSignOut, onExpired }: RoutingPageProps) {
  const { t } = useI18n();
  const api = useMemo(
    () =>
      createRoutingApi(
        createHttpClient({ getToken: () => token, onUnauthorized: onExpired }),
        tenantId,
      ),
    [token, onExpired, tenantId],
  );
  const [queues, setQueues] = useState<QueueRow[] | null>(null);
  const [settings, setSettings] = useState<RoutingSettings | null>(null);
  const [agents, setAgents] = useState<AgentRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const fail = useCallback(
    (e: unknown) => setError(t('routing.loadFailed', { message: describeError(e, t) })),
    [t],
  );
  const loadQueues = useCallback(async () => {
    try {
      setQueues(await api.listQueues());
    } catch (e) {
      fail(e);
    }
  }, [api, fail]);
  const loadAgents = useCallback(async () => {
    try {
      setAgents(await api.listAgents());
    } catch (e) {
      fail(e);
    }
  }, [api, fail]);
  useEffect(() => {
    void loadQueues();
    void loadAgents();
    api.getSettings().then(setSettings, fail);
  }, [api, loadQueues, loadAgents, fail]);

  return (
    <div className="app">
      <TopBar user={user} onSignOut={onSignOut} />
      <main className="routing" id="conversation">
        <p>
          <a href={import.meta.env.BASE_URL}>{t('routing.backToInbox')}</a>
        </p>
        <h1>{t('routing.title')}</h1>
        {error && (
          <p className="routing__error" role="alert">
            {error}
          </p>
        )}
        <QueuesSection api={api} queues={queues} onSaved={loadQueues} />
        <HoursSection api={api} settings={settings} onSaved={setSettings} />
        <AgentsSection api={api} agents={agents} onSaved={loadAgents} />
        <IntentsSection api={api} />
      </main>
    </div>
  );
}
