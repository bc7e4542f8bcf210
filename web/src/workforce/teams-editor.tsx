import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import type { Team, WorkforceApi } from './workforce-api';

/** Teams: create one, tick its members, delete it. */
export function TeamsEditor({
  api,
  agents,
  onChanged,
}: {
  api: WorkforceApi;
  agents: { agentId: string; name: string }[];
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [teams, setTeams] = useState<Team[] | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fail = useCallback((e: unknown) => setError(describeError(e, t)), [t]);
  const load = useCallback(() => api.teams().then(setTeams, fail), [api, fail]);

  useEffect(() => {
    void load();
  }, [load]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    try {
      setError(null);
      await api.createTeam(name.trim());
      setName('');
      await load();
      onChanged();
    } catch (e) {
      fail(e);
    }
  };

  const toggle = async (team: Team, agentId: string, on: boolean) => {
    const members = on
      ? [...team.memberIds, agentId]
      : team.memberIds.filter((id) => id !== agentId);
    // Shown ticked at once (the box is controlled), put back if the save is refused.
    const show = (memberIds: string[]) =>
      setTeams((list) => list?.map((x) => (x.id === team.id ? { ...x, memberIds } : x)) ?? null);
    show(members);
    try {
      setError(null);
      const saved = await api.setMembers(team.id, members);
      setTeams((list) => list?.map((x) => (x.id === saved.id ? saved : x)) ?? null);
      onChanged();
    } catch (e) {
      show(team.memberIds);
      fail(e);
    }
  };

  const remove = async (team: Team) => {
    if (!window.confirm(t('teams.confirmDelete', { name: team.name }))) return;
    try {
      await api.deleteTeam(team.id);
      await load();
      onChanged();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <div className="wf-teams" data-testid="wf-teams">
      <form className="wf-teams__create" onSubmit={create}>
        <label>
          {t('teams.newName')}
          <input
            value={name}
            maxLength={80}
            onInput={(e) => setName(e.currentTarget.value)}
            autoComplete="off"
          />
        </label>
        <button type="submit" className="button">
          {t('teams.create')}
        </button>
      </form>
      {error && (
        <p className="quality__error" role="alert">
          {error}
        </p>
      )}
      {teams?.map((team) => (
        <fieldset key={team.id} className="wf-teams__team" data-testid="wf-team">
          <legend>{team.name}</legend>
          <div className="wf-teams__members">
            {agents.map((a) => (
              <label key={a.agentId}>
                <input
                  type="checkbox"
                  checked={team.memberIds.includes(a.agentId)}
                  onChange={(e) => void toggle(team, a.agentId, e.currentTarget.checked)}
                />{' '}
                {a.name}
              </label>
            ))}
          </div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void remove(team)}
          >
            {t('teams.delete')}
          </button>
        </fieldset>
      ))}
    </div>
  );
}
