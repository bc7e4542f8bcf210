import { type FormEvent, useState } from 'react';
import { formatLanguageName, useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import {
  knownLanguages,
  parseList,
  parseOptionalNumber,
  type QueueInput,
  type QueueRow,
  type RoutingApi,
  type RoutingLanguage,
  routingLanguages,
  type WeeklyHours,
} from './routing-api';
import { SaveFeedback } from './save-feedback';
import { SecondsField } from './seconds-field';
import { defaultHours, OptionalWeeklyHours, toApiHours } from './weekly-hours-editor';

type Draft = {
  name: string;
  skills: string;
  languages: RoutingLanguage[];
  isDefault: boolean;
  sla: string;
  overflowQueueId: string;
  overflowAfter: string;
  hasOwnHours: boolean;
  hours: WeeklyHours;
};

const emptyDraft = (): Draft => ({
  name: '',
  skills: '',
  languages: [],
  isDefault: false,
  sla: '',
  overflowQueueId: '',
  overflowAfter: '',
  hasOwnHours: false,
  hours: defaultHours(),
});

const draftOf = (q: QueueRow): Draft => ({
  name: q.name,
  skills: q.skills.join(', '),
  languages: knownLanguages(q.languages),
  isDefault: q.isDefault,
  sla: q.slaFirstReplySeconds === null ? '' : String(q.slaFirstReplySeconds),
  overflowQueueId: q.overflowQueueId ?? '',
  overflowAfter: q.overflowAfterSeconds === null ? '' : String(q.overflowAfterSeconds),
  hasOwnHours: q.businessHours !== null,
  hours: q.businessHours ?? defaultHours(),
});

const inputOf = (d: Draft): QueueInput => ({
  name: d.name.trim(),
  skills: parseList(d.skills),
  languages: d.languages,
  isDefault: d.isDefault,
  slaFirstReplySeconds: parseOptionalNumber(d.sla),
  overflowQueueId: d.overflowQueueId || null,
  overflowAfterSeconds: d.overflowQueueId ? parseOptionalNumber(d.overflowAfter) : null,
  businessHours: d.hasOwnHours ? toApiHours(d.hours) : null,
});

type QueuesSectionProps = {
  api: RoutingApi;
  queues: QueueRow[] | null;
  onSaved: () => Promise<void>;
};

/** The tenant's queues, and a form that adds one or changes the one being edited. */
export function QueuesSection({ api, queues, onSaved }: QueuesSectionProps) {
  const { t, locale } = useI18n();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const nameOf = (id: string | null) => queues?.find((q) => q.id === id)?.name ?? '';
  const languageList = (codes: string[]) =>
    codes.map((c) => formatLanguageName(locale, c)).join('、');

  const startEdit = (queue: QueueRow) => {
    setEditingId(queue.id);
    setDraft(draftOf(queue));
    setError(null);
    setNotice(null);
    document.getElementById('queue-name')?.focus();
  };
  const stopEdit = () => {
    setEditingId(null);
    setDraft(emptyDraft());
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    setNotice(null);
    try {
      const input = inputOf(draft);
      if (editingId) await api.updateQueue(editingId, input);
      else await api.createQueue(input);
      setNotice(
        t(editingId ? 'routing.queues.updated' : 'routing.queues.created', { name: input.name }),
      );
      setEditingId(null);
      setDraft(emptyDraft());
      await onSaved();
    } catch (e) {
      setError(t('routing.saveFailed', { message: describeError(e, t) }));
    } finally {
      setSaving(false);
    }
  };

  const remove = async (queue: QueueRow) => {
    if (!window.confirm(t('routing.queues.confirmDelete', { name: queue.name }))) return;
    setError(null);
    setNotice(null);
    try {
      await api.deleteQueue(queue.id);
      if (editingId === queue.id) stopEdit();
      setNotice(t('routing.queues.deleted', { name: queue.name }));
      await onSaved();
    } catch (e) {
      setError(t('routing.saveFailed', { message: describeError(e, t) }));
    }
  };

  const seconds = (value: number | null) =>
    value === null ? t('routing.queues.tenantDefault') : t('routing.seconds', { count: value });

  return (
    <section aria-labelledby="routing-queues" data-testid="routing-queues">
      <h2 id="routing-queues">{t('routing.queues.title')}</h2>
      {queues === null ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : queues.length === 0 ? (
        <p>{t('routing.queues.none')}</p>
      ) : (
        <table className="routing__table">
          <thead>
            <tr>
              <th scope="col">{t('routing.queues.name')}</th>
              <th scope="col">{t('routing.queues.skills')}</th>
              <th scope="col">{t('routing.queues.languages')}</th>
              <th scope="col">{t('routing.queues.sla')}</th>
              <th scope="col">{t('routing.queues.overflow')}</th>
              <th scope="col">{t('routing.queues.hours')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('routing.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {queues.map((q) => (
              <tr key={q.id} data-testid="queue-row">
                <td>
                  {q.name}
                  {q.isDefault && (
                    <span className="routing__badge">{t('routing.queues.defaultBadge')}</span>
                  )}
                </td>
                <td>{q.skills.join('、') || '—'}</td>
                <td>{languageList(q.languages) || '—'}</td>
                <td>{seconds(q.slaFirstReplySeconds)}</td>
                <td>
                  {q.overflowQueueId
                    ? t('routing.queues.overflowSummary', {
                        name: nameOf(q.overflowQueueId),
                        count: q.overflowAfterSeconds ?? '—',
                      })
                    : '—'}
                </td>
                <td>
                  {q.businessHours
                    ? t('routing.queues.ownHours')
                    : t('routing.queues.tenantHoursShort')}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--ghost"
                    aria-label={t('routing.queues.editLabel', { name: q.name })}
                    onClick={() => startEdit(q)}
                  >
                    {t('routing.edit')}
                  </button>
                  {q.isDefault ? null : (
                    <button
                      type="button"
                      className="button button--ghost"
                      data-testid="queue-delete"
                      aria-label={t('routing.queues.deleteLabel', { name: q.name })}
                      onClick={() => void remove(q)}
                    >
                      {t('routing.queues.delete')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3 id="routing-queue-form">
        {editingId
          ? t('routing.queues.editTitle', { name: nameOf(editingId) })
          : t('routing.queues.add')}
      </h3>
      <form
        className="routing__form"
        aria-labelledby="routing-queue-form"
        aria-describedby={error ? 'routing-queue-error' : undefined}
        noValidate
        onSubmit={(e) => void submit(e)}
      >
        <div className="routing__field">
          <label htmlFor="queue-name">{t('routing.queues.name')}</label>
          <input
            id="queue-name"
            data-testid="queue-name"
            required
            autoComplete="off"
            value={draft.name}
            onChange={(e) => set({ name: e.target.value })}
          />
        </div>
        <div className="routing__field">
          <label htmlFor="queue-skills">{t('routing.queues.skills')}</label>
          <input
            id="queue-skills"
            data-testid="queue-skills"
            autoComplete="off"
            aria-describedby="queue-skills-hint"
            value={draft.skills}
            onChange={(e) => set({ skills: e.target.value })}
          />
          <span id="queue-skills-hint" className="routing__hint">
            {t('routing.listHint')}
          </span>
        </div>
        <fieldset className="routing__choices">
          <legend>{t('routing.queues.languages')}</legend>
          {routingLanguages.map((code) => (
            <label key={code}>
              <input
                type="checkbox"
                data-testid={`queue-language-${code}`}
                checked={draft.languages.includes(code)}
                onChange={(e) =>
                  set({
                    languages: e.target.checked
                      ? [...draft.languages, code]
                      : draft.languages.filter((l) => l !== code),
                  })
                }
              />
              {formatLanguageName(locale, code)}
            </label>
          ))}
        </fieldset>
        <label className="routing__check">
          <input
            type="checkbox"
            data-testid="queue-default"
            checked={draft.isDefault}
            onChange={(e) => set({ isDefault: e.target.checked })}
          />
          {t('routing.queues.isDefault')}
        </label>
        <SecondsField
          id="queue-sla"
          label={t('routing.queues.slaField')}
          hint={t('routing.queues.slaHint')}
          value={draft.sla}
          onChange={(sla) => set({ sla })}
        />
        <div className="routing__field">
          <label htmlFor="queue-overflow">{t('routing.queues.overflowTo')}</label>
          <select
            id="queue-overflow"
            data-testid="queue-overflow"
            value={draft.overflowQueueId}
            onChange={(e) => set({ overflowQueueId: e.target.value })}
          >
            <option value="">{t('routing.queues.noOverflow')}</option>
            {(queues ?? [])
              .filter((q) => q.id !== editingId)
              .map((q) => (
                <option key={q.id} value={q.id}>
                  {q.name}
                </option>
              ))}
          </select>
        </div>
        {draft.overflowQueueId && (
          <SecondsField
            id="queue-overflow-after"
            label={t('routing.queues.overflowAfter')}
            value={draft.overflowAfter}
            onChange={(overflowAfter) => set({ overflowAfter })}
          />
        )}
        <OptionalWeeklyHours
          idPrefix="queue-hours"
          toggleId="queue-own-hours"
          label={t('routing.queues.ownHoursField')}
          offHint={t('routing.queues.tenantHours')}
          isOn={draft.hasOwnHours}
          hours={draft.hours}
          onToggle={(hasOwnHours) => set({ hasOwnHours })}
          onChange={(hours) => set({ hours })}
        />
        <SaveFeedback errorId="routing-queue-error" error={error} notice={notice} />
        <div className="routing__actions">
          <button
            type="submit"
            className="button button--primary"
            data-testid="queue-save"
            disabled={isSaving}
          >
            {isSaving
              ? t('routing.saving')
              : editingId
                ? t('routing.queues.saveChanges')
                : t('routing.queues.create')}
          </button>
          {editingId && (
            <button type="button" className="button button--ghost" onClick={stopEdit}>
              {t('routing.cancelEdit')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
