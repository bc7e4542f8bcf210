import { type FormEvent, useState } from 'react';
import { formatLanguageName, type MessageKey, useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import {
  type AgentLevel,
  type AgentRow,
  agentLevels,
  knownLanguages,
  parseList,
  parseOptionalNumber,
  type RoutingApi,
  type RoutingLanguage,
  routingLanguages,
} from './routing-api';
import { SaveFeedback } from './save-feedback';

const levelKeys: Record<AgentLevel, MessageKey> = {
  new: 'routing.level.new',
  regular: 'routing.level.regular',
  senior: 'routing.level.senior',
};

const roleKeys: Record<string, MessageKey> = {
  owner: 'routing.role.owner',
  admin: 'routing.role.admin',
  supervisor: 'routing.role.supervisor',
  agent: 'routing.role.agent',
};

type AgentsSectionProps = {
  api: RoutingApi;
  agents: AgentRow[] | null;
  onSaved: () => Promise<void>;
};

/** Everyone who takes conversations, each row editable in place and saved on its own. */
export function AgentsSection({ api, agents, onSaved }: AgentsSectionProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="routing-agents" data-testid="routing-agents">
      <h2 id="routing-agents">{t('routing.agents.title')}</h2>
      <p className="routing__hint">{t('routing.agents.hint')}</p>
      {agents === null ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : agents.length === 0 ? (
        <p>{t('routing.agents.none')}</p>
      ) : (
        <table className="routing__table routing__agents">
          <thead>
            <tr>
              <th scope="col">{t('routing.agents.name')}</th>
              <th scope="col">{t('routing.agents.skills')}</th>
              <th scope="col">{t('routing.agents.languages')}</th>
              <th scope="col">{t('routing.agents.level')}</th>
              <th scope="col">{t('routing.agents.capacity')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('routing.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {agents.map((agent) => (
              <AgentEditRow key={agent.id} api={api} agent={agent} onSaved={onSaved} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function AgentEditRow({
  api,
  agent,
  onSaved,
}: {
  api: RoutingApi;
  agent: AgentRow;
  onSaved: () => Promise<void>;
}) {
  const { t, locale } = useI18n();
  const [skills, setSkills] = useState(agent.skills.join(', '));
  const [languages, setLanguages] = useState<RoutingLanguage[]>(knownLanguages(agent.languages));
  const [level, setLevel] = useState<AgentLevel>(
    (agentLevels as readonly string[]).includes(agent.level)
      ? (agent.level as AgentLevel)
      : 'regular',
  );
  const [capacity, setCapacity] = useState(String(agent.maxConcurrent));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  const formId = `agent-form-${agent.id}`;
  const errorId = `agent-error-${agent.id}`;
  const name = agent.name;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    setNotice(null);
    try {
      await api.saveAgent(agent.id, {
        skills: parseList(skills),
        languages,
        level,
        // An empty field keeps the tenant's default capacity: the field is left out, not null.
        maxConcurrent: parseOptionalNumber(capacity) ?? undefined,
      });
      setNotice(t('routing.agents.saved', { name }));
      await onSaved();
    } catch (e) {
      setError(t('routing.saveFailed', { message: describeError(e, t) }));
    } finally {
      setSaving(false);
    }
  };

  const describedBy = error ? errorId : undefined;
  return (
    <tr data-testid="agent-row" data-agent-id={agent.id}>
      <th scope="row">
        {name}
        <span className="routing__muted">
          {' '}
          {roleKeys[agent.role] ? t(roleKeys[agent.role] as MessageKey) : agent.role}
        </span>
      </th>
      <td>
        <input
          form={formId}
          data-testid="agent-skills"
          aria-label={t('routing.agents.skillsOf', { name })}
          aria-describedby={describedBy}
          autoComplete="off"
          value={skills}
          onChange={(e) => setSkills(e.target.value)}
        />
      </td>
      <td>
        <fieldset className="routing__choices routing__choices--compact">
          <legend className="visually-hidden">{t('routing.agents.languagesOf', { name })}</legend>
          {routingLanguages.map((code) => (
            <label key={code}>
              <input
                type="checkbox"
                form={formId}
                data-testid={`agent-language-${code}`}
                checked={languages.includes(code)}
                onChange={(e) =>
                  setLanguages(
                    e.target.checked ? [...languages, code] : languages.filter((l) => l !== code),
                  )
                }
              />
              {formatLanguageName(locale, code)}
            </label>
          ))}
        </fieldset>
      </td>
      <td>
        <select
          form={formId}
          data-testid="agent-level"
          aria-label={t('routing.agents.levelOf', { name })}
          value={level}
          onChange={(e) => setLevel(e.target.value as AgentLevel)}
        >
          {agentLevels.map((l) => (
            <option key={l} value={l}>
              {t(levelKeys[l])}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          form={formId}
          type="number"
          inputMode="numeric"
          className="routing__number"
          data-testid="agent-capacity"
          aria-label={t('routing.agents.capacityOf', { name })}
          aria-describedby={describedBy}
          min={0}
          max={50}
          value={capacity}
          onChange={(e) => setCapacity(e.target.value)}
        />
      </td>
      <td>
        <form id={formId} noValidate onSubmit={(e) => void submit(e)}>
          <button
            type="submit"
            className="button button--ghost"
            data-testid="agent-save"
            aria-label={t('routing.agents.saveLabel', { name })}
            disabled={isSaving}
          >
            {isSaving ? t('routing.saving') : t('routing.save')}
          </button>
        </form>
        <SaveFeedback errorId={errorId} error={error} notice={notice} />
      </td>
    </tr>
  );
}
