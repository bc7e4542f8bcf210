import type { OperatorCallFigures, TeamFigures } from '../api/supervisor-api';
import { useI18n } from '../i18n';

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
const seconds = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${Math.round(value)} s`;
const minutes = (value: number) => `${Math.round(value / 60)} min`;

/** Per team: utilisation, occupancy, handle time and conversations. */
export function TeamFiguresTable({ teams }: { teams: TeamFigures }) {
  const { t } = useI18n();
  if (teams.length === 0) return <p className="supervisor__empty">{t('teams.none')}</p>;
  return (
    <table className="supervisor-table" data-testid="team-figures">
      <caption className="visually-hidden">{t('teams.figures')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('teams.team')}</th>
          <th scope="col">{t('teams.members')}</th>
          <th scope="col">{t('workforce.utilisationColumn')}</th>
          <th scope="col">{t('teams.occupancy')}</th>
          <th scope="col">{t('workforce.handleMedian')}</th>
          <th scope="col">{t('teams.conversations')}</th>
        </tr>
      </thead>
      <tbody>
        {teams.map((team) => (
          <tr key={team.teamId} data-testid="team-row">
            <th scope="row">{team.name}</th>
            <td>{t('teams.membersValue', { active: team.activeMembers, total: team.members })}</td>
            <td>{percent(team.utilisation)}</td>
            <td>{percent(team.occupancy)}</td>
            <td>{seconds(team.handleSeconds?.median)}</td>
            <td>{team.conversations}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Per operator's calls: talk and listen time, talk share, overlaps, silences, response gap. */
export function CallFiguresTable({ agents }: { agents: OperatorCallFigures }) {
  const { t } = useI18n();
  if (agents.length === 0) return <p className="supervisor__empty">{t('callFigures.none')}</p>;
  return (
    <table className="supervisor-table" data-testid="call-figures">
      <caption className="visually-hidden">{t('callFigures.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('supervisor.agent')}</th>
          <th scope="col">{t('callFigures.calls')}</th>
          <th scope="col">{t('callFigures.talk')}</th>
          <th scope="col">{t('callFigures.listen')}</th>
          <th scope="col">{t('callFigures.talkShare')}</th>
          <th scope="col">{t('callFigures.overlaps')}</th>
          <th scope="col">{t('callFigures.silences')}</th>
          <th scope="col">{t('callFigures.responseGap')}</th>
        </tr>
      </thead>
      <tbody>
        {agents.map((a) => (
          <tr key={a.agentId} data-testid="call-figures-row">
            <th scope="row">{a.name ?? a.agentId}</th>
            <td>{a.calls}</td>
            <td>{minutes(a.talkSeconds)}</td>
            <td>{minutes(a.listenSeconds)}</td>
            <td>{percent(a.talkRatio)}</td>
            <td>{a.overlaps}</td>
            <td>{a.silences}</td>
            <td>{a.responseGapSeconds === null ? '—' : `${a.responseGapSeconds.toFixed(1)} s`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
