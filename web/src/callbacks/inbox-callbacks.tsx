import { useId, useState } from 'react';
import { formatDateTime, useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import { type CallbacksApi, callbacksPath } from './callbacks-api';
import type { OpenCallbacks } from './use-open-callbacks';

/**
 * The callback requests waiting or being called, under the inbox (and on the supervisor board):
 * live, soonest window first; an open one can be claimed here, the rest is on the Callbacks page.
 */
export function OpenCallbacksSection(props: {
  callbacks: OpenCallbacks;
  api: CallbacksApi;
  meId: string;
  /** On the board, under the counts that already name the page: the list's own heading. */
  isOnBoard?: boolean;
}) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const [message, setMessage] = useState<string | null>(null);
  const rows = props.callbacks.rows;
  if (!rows) return null;
  const waiting = rows.filter((c) => c.status === 'open').length;
  const claim = async (id: string) => {
    try {
      await props.api.claim(id);
      setMessage(t('callbacks.claimed'));
    } catch (e) {
      setMessage(t('callbacks.actionFailed', { message: describeError(e, t) }));
      void props.callbacks.refresh();
    }
  };
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  return (
    <section className="inbox-callbacks" aria-labelledby={titleId} data-testid="inbox-callbacks">
      <h3 id={titleId} className="inbox-callbacks__title">
        {props.isOnBoard ? (
          t('callbacks.listTitle')
        ) : (
          <a href={callbacksPath}>{t('callbacks.title')}</a>
        )}
        <span className="inbox__count" data-testid="inbox-callbacks-count">
          <span aria-hidden="true">{waiting}</span>
          <span className="visually-hidden">{t('callbacks.waitingCount', { count: waiting })}</span>
        </span>
      </h3>
      {message && (
        <p role="status" className="inbox-callbacks__status">
          {message}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="inbox-callbacks__empty">{t('callbacks.none')}</p>
      ) : (
        <ul className="inbox-callbacks__list">
          {rows.map((c) => (
            <li key={c.id} className="inbox-callbacks__row" data-testid="inbox-callback">
              <span className="inbox-callbacks__who">
                {c.contactName ?? t('contacts.noName')} · {c.phone}
              </span>
              <span className="inbox-callbacks__when">
                {formatDateTime(locale, c.windowStart)} – {time.format(new Date(c.windowEnd))}
              </span>
              <span className="inbox-callbacks__state" data-testid="inbox-callback-status">
                {t(`callbacks.statusName.${c.status}`)}
                {c.assigneeName
                  ? ` · ${c.assigneeId === props.meId ? t('callbacks.byMe') : c.assigneeName}`
                  : ''}
              </span>
              {c.status === 'open' && (
                <button
                  type="button"
                  className="button button--ghost inbox-callbacks__claim"
                  onClick={() => void claim(c.id)}
                >
                  {t('callbacks.claim')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
