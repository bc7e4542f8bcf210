import type { Ref } from 'react';
import type { InboxItem } from '../api/types';
import { formatDateTime, formatRelative, useI18n } from '../i18n';
import { slaStateOf } from '../shared/sla';
import { ChannelBadge } from './channel-badge';
import { SlaBadge } from './sla-badge';

type InboxRowProps = {
  conversation: InboxItem;
  isOpen: boolean;
  isCursor: boolean;
  now: number;
  onOpen: (id: string) => void;
  onFocusRow: (id: string) => void;
  buttonRef?: Ref<HTMLButtonElement>;
};

export function InboxRow({
  conversation,
  isOpen,
  isCursor,
  now,
  onOpen,
  onFocusRow,
  buttonRef,
}: InboxRowProps) {
  const { t, locale } = useI18n();
  const name = conversation.contactName?.trim() || t('inbox.guest');
  const since = conversation.lastMessage?.createdAt ?? conversation.updatedAt;
  const unread = isOpen ? 0 : conversation.unread;
  const sla = slaStateOf(conversation, now);
  const classes = ['inbox-row'];
  if (isOpen) classes.push('inbox-row--open');
  if (isCursor) classes.push('inbox-row--cursor');
  if (unread > 0) classes.push('inbox-row--unread');
  if (sla === 'warning' || sla === 'breached') classes.push(`inbox-row--sla-${sla}`);

  return (
    <li>
      <button
        ref={buttonRef}
        type="button"
        data-testid="conversation-row"
        data-id={conversation.id}
        data-status={conversation.status}
        data-unread={unread}
        className={classes.join(' ')}
        aria-current={isOpen ? 'true' : undefined}
        tabIndex={isCursor ? 0 : -1}
        onClick={() => onOpen(conversation.id)}
        onFocus={() => onFocusRow(conversation.id)}
      >
        <ChannelBadge channel={conversation.channel} />
        <span className="inbox-row__body">
          <span className="inbox-row__top">
            <span className="inbox-row__name">{name}</span>
            {conversation.tenantName && (
              <span
                className="inbox-row__client"
                data-testid="row-client"
                data-tenant={conversation.tenantId}
              >
                <span className="visually-hidden">
                  {t('inbox.client', { name: conversation.tenantName })}
                </span>
                <span aria-hidden="true">{conversation.tenantName}</span>
              </span>
            )}
            <time
              className="inbox-row__time"
              dateTime={since}
              title={formatDateTime(locale, since)}
            >
              {formatRelative(locale, since, now)}
            </time>
          </span>
          <span className="inbox-row__bottom">
            <span className="inbox-row__preview">
              {conversation.lastMessage?.text || t('inbox.noMessages')}
            </span>
            {unread > 0 && (
              <span className="inbox-row__unread" data-testid="row-unread">
                <span aria-hidden="true">{unread}</span>
                <span className="visually-hidden">{t('inbox.unread', { count: unread })}</span>
              </span>
            )}
          </span>
          {(sla === 'warning' ||
            sla === 'breached' ||
            conversation.assigneeName ||
            conversation.tags.length > 0) && (
            <span className="inbox-row__meta">
              <SlaBadge state={sla} />
              {conversation.assigneeName && conversation.status === 'assigned' && (
                <span className="inbox-row__assignee">
                  {t('inbox.assignee', { name: conversation.assigneeName })}
                </span>
              )}
              {conversation.tags.map((tag) => (
                <span key={tag} className="inbox-row__tag">
                  {tag}
                </span>
              ))}
            </span>
          )}
        </span>
      </button>
    </li>
  );
}
