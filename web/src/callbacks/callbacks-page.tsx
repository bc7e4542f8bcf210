import { useCallback, useEffect, useMemo, useState } from 'react';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { formatDateTime, useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import {
  type CallbackRow,
  type CallbacksApi,
  type CallbackTab,
  createCallbacksApi,
} from './callbacks-api';
import '../contacts/contacts.css';

type Props = {
  token: string;
  user: User;
  tenantId: string;
  onSignOut: () => void;
  onExpired: () => void;
};

const tabs: CallbackTab[] = ['open', 'mine', 'closed'];

/** Whether a window is ahead, now, or over (open callbacks only). */
const windowState = (c: CallbackRow, now: number) =>
  Date.parse(c.windowEnd) < now ? 'late' : Date.parse(c.windowStart) <= now ? 'due' : 'ahead';

/** Callback requests: operators claim one, call, and report it done or not answered. */
export function CallbacksPage({ token, user, tenantId, onSignOut, onExpired }: Props) {
  const { t, locale } = useI18n();
  const api: CallbacksApi = useMemo(
    () =>
      createCallbacksApi(
        createHttpClient({ getToken: () => token, onUnauthorized: onExpired }),
        tenantId,
      ),
    [token, onExpired, tenantId],
  );
  const [tab, setTab] = useState<CallbackTab>('open');
  const [rows, setRows] = useState<CallbackRow[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now());

  const load = useCallback(async () => {
    try {
      setRows(await api.list(tab));
      setNow(Date.now());
    } catch (e) {
      setMessage(t('callbacks.loadFailed', { message: describeError(e, t) }));
    }
  }, [api, tab, t]);
  useEffect(() => {
    setRows(null);
    void load();
    const timer = window.setInterval(() => void load(), 30_000);
    return () => window.clearInterval(timer);
  }, [load]);

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setMessage(done);
    } catch (e) {
      setMessage(t('callbacks.actionFailed', { message: describeError(e, t) }));
    }
    await load();
  };

  return (
    <div className="app">
      <TopBar user={user} onSignOut={onSignOut} />
      <main className="callbacks" id="conversation">
        <h1>{t('callbacks.title')}</h1>
        <div className="callbacks__tabs" role="tablist" aria-label={t('callbacks.title')}>
          {tabs.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={tab === name}
              className={tab === name ? 'button' : 'button button--ghost'}
              onClick={() => setTab(name)}
            >
              {t(`callbacks.tab.${name}`)}
            </button>
          ))}
        </div>
        {message && (
          <p role="status" aria-live="polite">
            {message}
          </p>
        )}
        {rows === null ? (
          <p>{t('app.loading')}</p>
        ) : rows.length === 0 ? (
          <p>{t('callbacks.none')}</p>
        ) : (
          <table className="callbacks__table" data-testid="callbacks-table">
            <thead>
              <tr>
                <th scope="col">{t('callbacks.window')}</th>
                <th scope="col">{t('callbacks.contact')}</th>
                <th scope="col">{t('callbacks.phone')}</th>
                <th scope="col">{t('callbacks.channel')}</th>
                <th scope="col">{t('callbacks.status')}</th>
                <th scope="col">{t('callbacks.note')}</th>
                <th scope="col">{t('callbacks.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => {
                const state = c.status === 'open' ? windowState(c, now) : 'ahead';
                const isMine = c.assigneeId === user.id;
                return (
                  <tr key={c.id}>
                    <td>
                      <span className={`callback-window--${state}`}>
                        {formatDateTime(locale, c.windowStart)} –{' '}
                        {new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(
                          new Date(c.windowEnd),
                        )}
                      </span>
                      {state !== 'ahead' && (
                        <span className="visually-hidden"> ({t(`callbacks.state.${state}`)})</span>
                      )}
                    </td>
                    <td>
                      <a
                        href={`${import.meta.env.BASE_URL}conversations/${encodeURIComponent(c.conversationId)}`}
                      >
                        {c.contactName ?? t('contacts.noName')}
                      </a>
                    </td>
                    <td>
                      {/^\+?[\d-]+$/.test(c.phone) ? (
                        <a href={`tel:${c.phone}`}>{c.phone}</a>
                      ) : (
                        c.phone
                      )}
                    </td>
                    <td>{c.channel}</td>
                    <td>
                      {t(`callbacks.statusName.${c.status}`)}
                      {c.assigneeName ? ` · ${c.assigneeName}` : ''}
                      {c.attempts > 0
                        ? ` · ${t('callbacks.attempts', { n: String(c.attempts) })}`
                        : ''}
                    </td>
                    <td>{c.note ?? ''}</td>
                    <td>
                      <div className="callbacks__actions">
                        {c.status === 'open' && (
                          <button
                            type="button"
                            className="button"
                            onClick={() => void act(() => api.claim(c.id), t('callbacks.claimed'))}
                          >
                            {t('callbacks.claim')}
                          </button>
                        )}
                        {c.status === 'claimed' && (isMine || user.role !== 'agent') && (
                          <>
                            <button
                              type="button"
                              className="button"
                              onClick={() =>
                                void act(() => api.complete(c.id), t('callbacks.completed'))
                              }
                            >
                              {t('callbacks.complete')}
                            </button>
                            <button
                              type="button"
                              className="button button--ghost"
                              onClick={() =>
                                void act(() => api.noAnswer(c.id), t('callbacks.noAnswered'))
                              }
                            >
                              {t('callbacks.noAnswer')}
                            </button>
                          </>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </main>
    </div>
  );
}
