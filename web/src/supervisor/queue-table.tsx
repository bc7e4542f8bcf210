import type { SlaState, SupervisorQueue } from '../api/types';
import { useI18n } from '../i18n';
import { SlaBadge } from '../inbox/sla-badge';
import { formatWait } from './format-wait';

type QueueTableProps = {
  queues: SupervisorQueue[];
  /** Seconds since the overview was fetched, so waiting times keep counting between updates. */
  elapsedSeconds: number;
};

const worstState = (queue: SupervisorQueue): SlaState =>
  queue.sla.breached > 0 ? 'breached' : queue.sla.warning > 0 ? 'warning' : 'ok';

/** Every queue with how many wait, the longest wait and the first-reply SLA. */
export function QueueTable({ queues, elapsedSeconds }: QueueTableProps) {
  const { t, locale } = useI18n();
  if (queues.length === 0) {
    return (
      <p className="supervisor__empty" data-testid="queues-empty">
        {t('supervisor.noQueues')}
      </p>
    );
  }
  return (
    <table className="supervisor-table" data-testid="queue-table">
      <caption className="visually-hidden">{t('supervisor.queues')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('supervisor.queue')}</th>
          <th scope="col" className="supervisor-table__number">
            {t('supervisor.waiting')}
          </th>
          <th scope="col" className="supervisor-table__number">
            {t('supervisor.longestWait')}
          </th>
          <th scope="col">{t('supervisor.sla')}</th>
        </tr>
      </thead>
      <tbody>
        {queues.map((queue) => {
          const state = worstState(queue);
          return (
            <tr
              key={queue.id ?? 'none'}
              data-testid="queue-row"
              data-queue-id={queue.id ?? ''}
              data-sla={state}
            >
              <th scope="row">{queue.name ?? t('supervisor.noQueue')}</th>
              <td className="supervisor-table__number" data-testid="queue-waiting">
                {queue.waiting}
              </td>
              <td className="supervisor-table__number">
                {queue.oldestWaitSeconds === null
                  ? t('supervisor.none')
                  : formatWait(locale, queue.oldestWaitSeconds + elapsedSeconds)}
              </td>
              <td>
                <span className="supervisor-sla">
                  {state === 'ok' ? (
                    <span className="sla-badge sla-badge--ok">{t('supervisor.slaOk')}</span>
                  ) : (
                    <SlaBadge state={state} />
                  )}
                  <span className="supervisor-sla__detail">
                    {t('supervisor.slaDetail', {
                      target: formatWait(locale, queue.slaTargetSeconds),
                      warning: queue.sla.warning,
                      breached: queue.sla.breached,
                    })}
                  </span>
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
