import type { InboxItem, SupervisorQueue } from '../api/types';
import { formatDateTime, formatRelative, type MessageKey, useI18n } from '../i18n';
import { ChannelBadge } from '../inbox/channel-badge';
import { SlaBadge } from '../inbox/sla-badge';
import { slaStateOf } from '../shared/sla';

type ConversationTableProps = {
  conversations: InboxItem[];
  queues: SupervisorQueue[];
  meId: string;
  now: number;
  joiningId: string | null;
  peekId: string | null;
  onView: (id: string) => void;
  onJoin: (id: string) => void;
  /** A row's buttons got focus: j/k continue from there. */
  onFocusRow: (id: string) => void;
};

const statusLabels: Record<string, MessageKey> = {
  bot: 'status.bot',
  queued: 'status.queued',
  assigned: 'status.assigned',
  resolved: 'status.resolved',
};

/** Open conversations, each viewable without taking it, or joined (assigned to me). */
export function ConversationTable(props: ConversationTableProps) {
  const { conversations, queues, meId, now, joiningId, peekId } = props;
  const { t, locale } = useI18n();
  if (conversations.length === 0) {
    return <p className="supervisor__empty">{t('supervisor.noConversations')}</p>;
  }
  const queueName = (id: string | null) =>
    (id && queues.find((queue) => queue.id === id)?.name) || t('supervisor.noQueue');
  return (
    <table className="supervisor-table" data-testid="supervisor-conversations">
      <caption className="visually-hidden">{t('supervisor.conversations')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('supervisor.customer')}</th>
          <th scope="col">{t('supervisor.status')}</th>
          <th scope="col">{t('supervisor.queue')}</th>
          <th scope="col">{t('supervisor.assignee')}</th>
          <th scope="col">{t('supervisor.since')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('supervisor.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {conversations.map((row) => {
          const name = row.contactName?.trim() || t('inbox.guest');
          const since = row.queuedAt ?? row.createdAt;
          const isMine = row.assigneeId === meId;
          return (
            <tr
              key={row.id}
              data-testid="supervisor-conversation"
              data-id={row.id}
              data-status={row.status}
              aria-current={row.id === peekId ? 'true' : undefined}
              onFocus={() => props.onFocusRow(row.id)}
            >
              <th scope="row">
                <span className="supervisor-conversation__customer">
                  <ChannelBadge channel={row.channel} />
                  <span className="supervisor-conversation__text">
                    <span className="supervisor-conversation__name">{name}</span>
                    <span className="supervisor-conversation__preview">
                      {row.lastMessage?.text || t('inbox.noMessages')}
                    </span>
                  </span>
                </span>
              </th>
              <td>
                <span className="supervisor-conversation__status">
                  {t(statusLabels[row.status] ?? 'status.queued')}
                  <SlaBadge state={slaStateOf(row, now)} />
                </span>
              </td>
              <td>{queueName(row.queueId)}</td>
              <td>{row.assigneeName ?? t('supervisor.none')}</td>
              <td>
                <time dateTime={since} title={formatDateTime(locale, since)}>
                  {formatRelative(locale, since, now)}
                </time>
              </td>
              <td>
                <span className="supervisor-conversation__actions">
                  <button
                    type="button"
                    className="button button--secondary"
                    data-testid="supervisor-view"
                    aria-label={t('supervisor.viewNamed', { name })}
                    aria-expanded={row.id === peekId}
                    aria-controls="supervisor-peek"
                    onClick={() => props.onView(row.id)}
                  >
                    {t('supervisor.view')}
                  </button>
                  <button
                    type="button"
                    className="button button--primary"
                    data-testid="supervisor-join"
                    aria-label={t('supervisor.joinNamed', { name })}
                    disabled={isMine || joiningId !== null}
                    onClick={() => props.onJoin(row.id)}
                  >
                    {joiningId === row.id
                      ? t('supervisor.joining')
                      : isMine
                        ? t('supervisor.joined')
                        : t('supervisor.join')}
                  </button>
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
