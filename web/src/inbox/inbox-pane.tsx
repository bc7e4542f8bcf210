import { type KeyboardEvent, useId } from 'react';
import type { InboxFilter } from '../api/console-api';
import { useI18n } from '../i18n';
import { useNow } from '../shared/use-now';
import { InboxRow } from './inbox-row';
import type { InboxLists } from './use-inbox';
import './inbox.css';

type InboxPaneProps = {
  lists: InboxLists;
  hasError: boolean;
  tab: InboxFilter;
  openId: string | null;
  cursorId: string | null;
  unread: Record<string, number>;
  onTabChange: (tab: InboxFilter) => void;
  onOpen: (id: string) => void;
  onCursorChange: (id: string) => void;
  onRetry: () => void;
  registerRow: (id: string, element: HTMLButtonElement | null) => void;
};

const tabs: InboxFilter[] = ['queued', 'mine'];

export function InboxPane(props: InboxPaneProps) {
  const { lists, hasError, tab, openId, cursorId, unread } = props;
  const { t } = useI18n();
  const now = useNow();
  const baseId = useId();
  const rows = lists[tab];
  const tabCursor = rows?.some((row) => row.id === cursorId) ? cursorId : (rows?.[0]?.id ?? null);

  // Arrow keys move between the two tabs, as the ARIA tabs pattern expects.
  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = tab === 'queued' ? 'mine' : 'queued';
    props.onTabChange(next);
    document.getElementById(`${baseId}-tab-${next}`)?.focus();
  };

  return (
    <nav className="pane inbox" aria-labelledby={`${baseId}-title`}>
      <header className="pane__header inbox__header">
        <h2 id={`${baseId}-title`} className="pane__title">
          {t('inbox.title')}
        </h2>
      </header>
      <div className="inbox__tabs" role="tablist" aria-label={t('inbox.tabs')}>
        {tabs.map((filter) => {
          const count = lists[filter]?.length;
          const isSelected = tab === filter;
          return (
            <button
              key={filter}
              id={`${baseId}-tab-${filter}`}
              type="button"
              role="tab"
              data-testid={`tab-${filter}`}
              aria-selected={isSelected}
              aria-controls={`${baseId}-panel`}
              tabIndex={isSelected ? 0 : -1}
              className="inbox__tab"
              onClick={() => props.onTabChange(filter)}
              onKeyDown={onTabKeyDown}
            >
              {t(filter === 'queued' ? 'inbox.queued' : 'inbox.mine')}
              {count !== undefined && <span className="inbox__count">{count}</span>}
            </button>
          );
        })}
      </div>
      <div
        id={`${baseId}-panel`}
        role="tabpanel"
        aria-labelledby={`${baseId}-tab-${tab}`}
        className="inbox__panel"
      >
        {hasError && (
          <div className="inbox__message" role="alert">
            <p>{t('inbox.loadFailed')}</p>
            <button type="button" className="button button--secondary" onClick={props.onRetry}>
              {t('inbox.retry')}
            </button>
          </div>
        )}
        {rows === null && !hasError && <p className="inbox__message">{t('app.loading')}</p>}
        {rows?.length === 0 && (
          <p className="inbox__message">
            {t(tab === 'queued' ? 'inbox.emptyQueued' : 'inbox.emptyMine')}
          </p>
        )}
        {rows && rows.length > 0 && (
          <ul className="inbox__list">
            {rows.map((conversation) => (
              <InboxRow
                key={conversation.id}
                conversation={conversation}
                isOpen={conversation.id === openId}
                isCursor={conversation.id === tabCursor}
                unread={unread[conversation.id] ?? 0}
                now={now}
                onOpen={props.onOpen}
                onFocusRow={props.onCursorChange}
                buttonRef={(element) => props.registerRow(conversation.id, element)}
              />
            ))}
          </ul>
        )}
      </div>
      <p className="inbox__footer">{t('inbox.shortcuts')}</p>
    </nav>
  );
}
