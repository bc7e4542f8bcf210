import type { ScheduleBoard } from '../api/supervisor-api';
import type { SupervisorAgent } from '../api/types';
import { type MessageKey, useI18n } from '../i18n';

const statusLabels: Record<string, MessageKey> = {
  online: 'presence.online',
  away: 'presence.away',
  offline: 'presence.offline',
};

/** Every agent's presence and how many conversations they hold against their capacity. */
export function AgentTable({
  agents,
  schedule = null,
}: {
  agents: SupervisorAgent[];
  /** Scheduled operators now: a row is flagged when its operator should be on shift but is offline. */
  schedule?: ScheduleBoard | null;
}) {
  const { t } = useI18n();
  const planned = new Map((schedule ?? []).map((s) => [s.agentId, s]));
  if (agents.length === 0) {
    return <p className="supervisor__empty">{t('supervisor.noAgents')}</p>;
  }
  const order = { online: 0, away: 1, offline: 2 } as Record<string, number>;
  const sorted = [...agents].sort(
    (a, b) => (order[a.status] ?? 3) - (order[b.status] ?? 3) || a.name.localeCompare(b.name),
  );
  return (
    <table className="supervisor-table" data-testid="agent-table">
      <caption className="visually-hidden">{t('supervisor.agents')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('supervisor.agent')}</th>
          <th scope="col">{t('supervisor.status')}</th>
          <th scope="col">{t('supervisor.load')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((agent) => {
          const isFull = agent.load >= agent.maxConcurrent;
          return (
            <tr
              key={agent.id}
              data-testid="agent-row"
              data-agent-id={agent.id}
              data-status={agent.status}
            >
              <th scope="row">
                <span className="supervisor-agent__name">{agent.name}</span>
                {agent.languages.length > 0 && (
                  <span className="supervisor-agent__languages">{agent.languages.join(' · ')}</span>
                )}
              </th>
              <td data-testid="agent-status">
                <span className={`supervisor-status supervisor-status--${agent.status}`}>
                  <span className="supervisor-status__dot" aria-hidden="true" />
                  {t(statusLabels[agent.status] ?? 'presence.offline')}
                </span>
                {planned.get(agent.id)?.absent && (
                  <span className="supervisor-flag" data-testid="agent-absent">
                    {t('supervisor.absent')}
                  </span>
                )}
                {!planned.get(agent.id)?.absent && planned.get(agent.id)?.inAdherence === false && (
                  <span
                    className="supervisor-flag supervisor-flag--soft"
                    data-testid="agent-out-of-adherence"
                  >
                    {t(
                      planned.get(agent.id)?.expected === 'break'
                        ? 'supervisor.workingThroughBreak'
                        : 'supervisor.outOfAdherence',
                    )}
                  </span>
                )}
              </td>
              <td>
                <span className="supervisor-load" data-testid="agent-load">
                  <meter
                    className="supervisor-load__meter"
                    min={0}
                    max={agent.maxConcurrent}
                    high={Math.max(1, agent.maxConcurrent - 1)}
                    value={agent.load}
                    aria-hidden="true"
                  />
                  <span className={isFull ? 'supervisor-load__full' : undefined}>
                    {t('supervisor.loadValue', { load: agent.load, max: agent.maxConcurrent })}
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
