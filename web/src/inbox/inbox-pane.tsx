import { type KeyboardEvent, type ReactNode, type RefObject, useId } from 'react';
import type { InboxFilters as Filters, InboxView, QueueRef } from '../api/types';
import { type MessageKey, useI18n } from '../i18n';
import { useNow } from '../shared/use-now';
import { InboxFilters } from './inbox-filters';
import { InboxRow } from './inbox-row';
import { type InboxLists, inboxViews } from './use-inbox';
import './inbox.css';

type InboxPaneProps = {
  lists: InboxLists;
  filters: Filters;
  options: { queues: QueueRef[]; tags: string[]; channels: string[]; reloadTags: () => void };
  hasError: boolean;
  tab: InboxView;
  openId: string | null;
  cursorId: string | null;
  searchRef: RefObject<HTMLInputElement | null>;
  onTabChange: (tab: InboxView) => void;
  onFiltersChange: (patch: Partial<Filters>) => void;
  onOpen: (id: string) => void;
  onCursorChange: (id: string) => void;
  onRetry: () => void;
  registerRow: (id: string, element: HTMLButtonElement | null) => void;
  /** Clients left out of the one inbox across tenants (their rules refuse this sign-in). */
  skippedClients?: string[];
  /** The callback requests waiting, shown under the conversations. */
  callbacks?: ReactNode;
};

const tabLabels: Record<InboxView, MessageKey> = {
  queued: 'inbox.queued',
  mine: 'inbox.mine',
  all: 'inbox.all',
};

const emptyLabels: Record<InboxView, MessageKey> = {
  queued: 'inbox.emptyQueued',
  mine: 'inbox.emptyMine',
  all: 'inbox.emptyAll',
};

export function InboxPane(props: InboxPaneProps) {
  const { lists, filters, options, hasError, tab, openId, cursorId } = props;
  const { t } = useI18n();
  const now = useNow();
  const baseId = useId();
  const rows = lists[tab];
  const tabCursor = rows?.some((row) => row.id === cursorId) ? cursorId : (rows?.[0]?.id ?? null);
  const isFiltered = Boolean(filters.q || filters.queueId || filters.tag || filters.channel);

  // Arrow keys, Home and End move between the tabs, as the ARIA tabs pattern expects.
  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = inboxViews.indexOf(tab);
    const last = inboxViews.length - 1;
    const nextIndex = {
      ArrowLeft: index === 0 ? last : index - 1,
      ArrowRight: index === last ? 0 : index + 1,
      Home: 0,
      End: last,
    }[event.key];
    if (nextIndex === undefined) return;
    event.preventDefault();
    const next = inboxViews[nextIndex] as InboxView;
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
      <InboxFilters
        filters={filters}
        queues={options.queues}
        tags={options.tags}
        channels={options.channels}
        searchRef={props.searchRef}
        onChange={props.onFiltersChange}
        onTagsOpen={options.reloadTags}
      />
      <div className="inbox__tabs" role="tablist" aria-label={t('inbox.tabs')}>
        {inboxViews.map((view) => {
          const list = lists[view];
          const count = list?.length;
          const unread = list?.reduce((sum, row) => sum + (row.id === openId ? 0 : row.unread), 0);
          const isSelected = tab === view;
          return (
            <button
              key={view}
              id={`${baseId}-tab-${view}`}
              type="button"
              role="tab"
              data-testid={`tab-${view}`}
              aria-selected={isSelected}
              aria-controls={`${baseId}-panel`}
              tabIndex={isSelected ? 0 : -1}
              className="inbox__tab"
              onClick={() => props.onTabChange(view)}
              onKeyDown={onTabKeyDown}
            >
              {t(tabLabels[view])}
              {count !== undefined && (
                <span className="inbox__count" data-testid={`tab-count-${view}`}>
                  <span aria-hidden="true">{count}</span>
                  <span className="visually-hidden">{t('inbox.count', { count })}</span>
                </span>
              )}
              {unread !== undefined && unread > 0 && (
                <span className="inbox__tab-unread" data-testid={`tab-unread-${view}`}>
                  <span aria-hidden="true">{unread}</span>
                  <span className="visually-hidden">{t('inbox.unread', { count: unread })}</span>
                </span>
              )}
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
        {props.skippedClients && props.skippedClients.length > 0 && (
          <p className="inbox__skipped" role="status" data-testid="inbox-skipped">
            {t('inbox.skipped', { names: props.skippedClients.join(t('inbox.listSeparator')) })}
          </p>
        )}
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
          <p className="inbox__message" data-testid="inbox-empty">
            {t(isFiltered ? 'inbox.emptyFiltered' : emptyLabels[tab])}
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
                now={now}
                onOpen={props.onOpen}
                onFocusRow={props.onCursorChange}
                buttonRef={(element) => props.registerRow(conversation.id, element)}
              />
            ))}
          </ul>
        )}
      </div>
      {props.callbacks}
      <p className="inbox__footer">{t('inbox.shortcuts')}</p>
    </nav>
  );
}
