import { type FormEvent, type KeyboardEvent, useEffect, useState } from 'react';
import { formatDateTime, useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import { type IntentModel, type IntentSkillEntry, parseList, type RoutingApi } from './routing-api';
import { SaveFeedback } from './save-feedback';

type Row = { key: number; intent: string; skills: string };

let nextKey = 0;
const rowOf = (e: IntentSkillEntry): Row => ({
  key: nextKey++,
  intent: e.intent,
  skills: e.skills.join(', '),
});

/** Enter that confirms an IME conversion must not submit the form. */
const holdWhileComposing = (e: KeyboardEvent<HTMLInputElement>) => {
  if (e.key === 'Enter' && (e.nativeEvent.isComposing || e.keyCode === 229)) e.preventDefault();
};

/**
 * The tenant's intent model (how cross-validation on its own examples set it up) and the
 * intent → skill map routing uses: a handoff with a listed intent goes to an agent with
 * its skill.
 */
export function IntentsSection({ api }: { api: RoutingApi }) {
  const { t, locale } = useI18n();
  const [model, setModel] = useState<IntentModel | null>(null);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  useEffect(() => {
    api.getIntentModel().then(setModel, () => setModel(null));
    api.listIntentSkills().then(
      (entries) => setRows(entries.map(rowOf)),
      (e: unknown) => {
        setRows([]);
        setError(t('routing.loadFailed', { message: describeError(e, t) }));
      },
    );
  }, [api, t]);

  const update = (key: number, patch: Partial<Row>) =>
    setRows((list) => (list ?? []).map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    setNotice(null);
    try {
      const entries = (rows ?? [])
        .map((r) => ({ intent: r.intent.trim(), skills: parseList(r.skills) }))
        .filter((e) => e.intent || e.skills.length > 0);
      const saved = await api.saveIntentSkills(entries);
      setRows(saved.map(rowOf));
      setNotice(t('routing.intents.saved'));
    } catch (e) {
      setError(t('routing.saveFailed', { message: describeError(e, t) }));
    } finally {
      setSaving(false);
    }
  };

  const report = model?.report ?? null;
  const percent = (x: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(x);
  const errorId = 'intent-skills-error';
  return (
    <section aria-labelledby="routing-intents" data-testid="routing-intents">
      <h2 id="routing-intents">{t('routing.intents.title')}</h2>
      <h3>{t('routing.intents.model')}</h3>
      {model === null ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : report === null ? (
        <p data-testid="intent-model">{t('routing.intents.notTrained')}</p>
      ) : (
        <dl className="routing__facts" data-testid="intent-model">
          <dt>{t('routing.intents.intents')}</dt>
          <dd>
            {t('routing.intents.intentCount', {
              intents: model.intents.length,
              examples: report.examples,
            })}
            {model.trainedAt && (
              <span className="routing__muted"> ({formatDateTime(locale, model.trainedAt)})</span>
            )}
          </dd>
          <dt>{t('routing.intents.accuracy')}</dt>
          <dd data-testid="intent-accuracy">
            {report.accuracy === null
              ? t('routing.intents.notValidated')
              : t('routing.intents.accuracyValue', {
                  accuracy: percent(report.accuracy),
                  folds: report.folds,
                })}
          </dd>
          <dt>{t('routing.intents.regularisation')}</dt>
          <dd data-testid="intent-regularisation">
            C = {report.svmC}
            {report.candidates.length > 1 && (
              <span className="routing__muted">
                {' '}
                ({report.candidates.map((c) => `C ${c.svmC}: ${percent(c.accuracy)}`).join(', ')})
              </span>
            )}
          </dd>
          <dt>{t('routing.intents.threshold')}</dt>
          <dd data-testid="intent-threshold">
            {percent(report.threshold)}
            {report.outOfScopeRecall !== null && (
              <span className="routing__muted">
                {' '}
                {t('routing.intents.outOfScope', { recall: percent(report.outOfScopeRecall) })}
              </span>
            )}
          </dd>
        </dl>
      )}

      <h3>{t('routing.intents.skillMap')}</h3>
      <p className="routing__hint">{t('routing.intents.hint')}</p>
      {rows === null ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : (
        <form noValidate onSubmit={(e) => void submit(e)} data-testid="intent-skills-form">
          <datalist id="known-intents">
            {(model?.intents ?? []).map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {rows.length === 0 ? (
            <p>{t('routing.intents.none')}</p>
          ) : (
            <table className="routing__table">
              <thead>
                <tr>
                  <th scope="col">{t('routing.intents.intent')}</th>
                  <th scope="col">{t('routing.intents.skills')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('routing.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={row.key} data-testid="intent-skill-row">
                    <td>
                      <input
                        data-testid="intent-skill-intent"
                        list="known-intents"
                        aria-label={t('routing.intents.intentOf', { n: i + 1 })}
                        aria-describedby={error ? errorId : undefined}
                        autoComplete="off"
                        value={row.intent}
                        onKeyDown={holdWhileComposing}
                        onChange={(e) => update(row.key, { intent: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        data-testid="intent-skill-skills"
                        aria-label={t('routing.intents.skillsOf', { n: i + 1 })}
                        aria-describedby={error ? errorId : undefined}
                        autoComplete="off"
                        value={row.skills}
                        onKeyDown={holdWhileComposing}
                        onChange={(e) => update(row.key, { skills: e.target.value })}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--ghost"
                        aria-label={t('routing.intents.removeOf', { n: i + 1 })}
                        onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
                      >
                        {t('routing.intents.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>
            <button
              type="button"
              className="button button--ghost"
              data-testid="intent-skill-add"
              onClick={() => setRows([...rows, { key: nextKey++, intent: '', skills: '' }])}
            >
              {t('routing.intents.add')}
            </button>{' '}
            <button
              type="submit"
              className="button"
              data-testid="intent-skills-save"
              disabled={isSaving}
            >
              {isSaving ? t('routing.saving') : t('routing.save')}
            </button>
          </p>
          <SaveFeedback errorId={errorId} error={error} notice={notice} />
        </form>
      )}
    </section>
  );
}
