import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import type { InboxFilters as Filters, QueueRef } from '../api/types';
import { useI18n } from '../i18n';
import { channelLabel } from './channel-badge';

type InboxFiltersProps = {
  filters: Filters;
  queues: QueueRef[];
  tags: string[];
  channels: string[];
  searchRef: RefObject<HTMLInputElement | null>;
  onChange: (patch: Partial<Filters>) => void;
  onTagsOpen: () => void;
};

const searchDelayMs = 300;

/** Search and the queue / tag / channel filters above the inbox tabs. */
export function InboxFilters({
  filters,
  queues,
  tags,
  channels,
  searchRef,
  onChange,
  onTagsOpen,
}: InboxFiltersProps) {
  const { t } = useI18n();
  const baseId = useId();
  const [text, setText] = useState(filters.q ?? '');
  const isComposing = useRef(false);
  const timer = useRef<number | undefined>(undefined);

  // Search as the operator types, but not mid-conversion in an IME and not on every key.
  const scheduleSearch = (value: string) => {
    window.clearTimeout(timer.current);
    if (isComposing.current) return;
    timer.current = window.setTimeout(() => onChange({ q: value.trim() }), searchDelayMs);
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const hasFilters = Boolean(filters.q || filters.queueId || filters.tag || filters.channel);
  const clear = () => {
    window.clearTimeout(timer.current);
    setText('');
    onChange({ q: '', queueId: '', tag: '', channel: '' });
    searchRef.current?.focus();
  };

  return (
    <search className="inbox-filters" aria-label={t('inbox.filters')}>
      <label className="visually-hidden" htmlFor={`${baseId}-q`}>
        {t('inbox.search')}
      </label>
      <input
        ref={searchRef}
        id={`${baseId}-q`}
        type="search"
        className="inbox-filters__search"
        data-testid="inbox-search"
        placeholder={t('inbox.searchPlaceholder')}
        value={text}
        maxLength={200}
        onChange={(event) => {
          setText(event.target.value);
          scheduleSearch(event.target.value);
        }}
        onCompositionStart={() => {
          isComposing.current = true;
        }}
        onCompositionEnd={(event) => {
          isComposing.current = false;
          scheduleSearch(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing && event.keyCode !== 229) {
            event.preventDefault();
            window.clearTimeout(timer.current);
            onChange({ q: text.trim() });
          } else if (event.key === 'Escape' && text) {
            // Esc empties the box first; a second Esc leaves it.
            event.preventDefault();
            event.stopPropagation();
            setText('');
            onChange({ q: '' });
          } else if (event.key === 'Escape') {
            event.currentTarget.blur();
          }
        }}
      />
      <div className="inbox-filters__selects">
        <label className="visually-hidden" htmlFor={`${baseId}-queue`}>
          {t('inbox.filterQueue')}
        </label>
        <select
          id={`${baseId}-queue`}
          data-testid="inbox-filter-queue"
          value={filters.queueId ?? ''}
          onChange={(event) => onChange({ queueId: event.target.value })}
        >
          <option value="">{t('inbox.anyQueue')}</option>
          {queues.map((queue) => (
            <option key={queue.id} value={queue.id}>
              {queue.name}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={`${baseId}-tag`}>
          {t('inbox.filterTag')}
        </label>
        <select
          id={`${baseId}-tag`}
          data-testid="inbox-filter-tag"
          value={filters.tag ?? ''}
          onFocus={onTagsOpen}
          onChange={(event) => onChange({ tag: event.target.value })}
        >
          <option value="">{t('inbox.anyTag')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={`${baseId}-channel`}>
          {t('inbox.filterChannel')}
        </label>
        <select
          id={`${baseId}-channel`}
          data-testid="inbox-filter-channel"
          value={filters.channel ?? ''}
          onChange={(event) => onChange({ channel: event.target.value })}
        >
          <option value="">{t('inbox.anyChannel')}</option>
          {channels.map((channel) => (
            <option key={channel} value={channel}>
              {channelLabel(channel, t)}
            </option>
          ))}
        </select>
        {hasFilters && (
          <button
            type="button"
            className="button button--ghost inbox-filters__clear"
            data-testid="inbox-filter-clear"
            onClick={clear}
          >
            {t('inbox.clearFilters')}
          </button>
        )}
      </div>
    </search>
  );
}
