import { useState } from 'react';
import { useI18n } from '../i18n';
import {
  type DraftProblem,
  type DraftStep,
  type FlowDraft,
  linesToRecord,
  moveStep,
  newStep,
  recordToLines,
  type StepType,
  stepTypes,
  variableKinds,
} from './flow-draft';

type Patch = Record<string, unknown>;

/** The flow's steps as an editable list: add, reorder, edit and remove steps of each kind. */
export function FlowStepsEditor(props: {
  draft: FlowDraft;
  problems: DraftProblem[];
  onChange: (draft: FlowDraft) => void;
}) {
  const { t } = useI18n();
  const { draft, onChange } = props;
  const [adding, setAdding] = useState<StepType>('message');
  const ids = draft.steps.map((s) => s.id);
  const setSteps = (steps: DraftStep[]) => onChange({ ...draft, steps });
  const update = (i: number, patch: Patch) => {
    const steps = draft.steps.map((s, j) => {
      if (j !== i) return s;
      const next: Record<string, unknown> = { ...s, ...patch };
      // An emptied optional field is left out, as the API expects.
      for (const [k, v] of Object.entries(patch)) if (v === undefined || v === '') delete next[k];
      return next as DraftStep;
    });
    setSteps(steps);
  };
  const triggerKind = (['keyword', 'intent', 'faqId'] as const).find(
    (k) => draft.trigger[k] !== undefined,
  );
  const flowProblems = props.problems.filter((p) => p.step === null);

  const target = (i: number, field: string, value: string | undefined, optional = true) => (
    <div className="channels__field">
      <label htmlFor={`step-${i}-${field}`}>
        {t(`flows.field.${field}` as 'flows.field.next')}
      </label>
      <select
        id={`step-${i}-${field}`}
        value={value ?? ''}
        onChange={(e) => update(i, { [field]: e.target.value || undefined })}
      >
        {optional && <option value="">{t('flows.following')}</option>}
        {ids.map((id) => (
          <option key={id} value={id}>
            {id}
          </option>
        ))}
      </select>
    </div>
  );
  const textField = (
    i: number,
    field: string,
    value: string | undefined,
    options: { multiline?: boolean; required?: boolean } = {},
  ) => (
    <div className="channels__field">
      <label htmlFor={`step-${i}-${field}`}>
        {t(`flows.field.${field}` as 'flows.field.text')}
      </label>
      {options.multiline ? (
        <textarea
          id={`step-${i}-${field}`}
          rows={2}
          required={options.required}
          value={value ?? ''}
          onChange={(e) => update(i, { [field]: e.target.value })}
        />
      ) : (
        <input
          id={`step-${i}-${field}`}
          required={options.required}
          value={value ?? ''}
          onChange={(e) => update(i, { [field]: e.target.value })}
        />
      )}
    </div>
  );

  const fieldsOf = (step: DraftStep, i: number) => {
    switch (step.type) {
      case 'message':
        return (
          <>
            {textField(i, 'text', step.text, { multiline: true, required: true })}
            <fieldset>
              <legend>{t('flows.field.buttons')}</legend>
              {(step.buttons ?? []).map((b, k) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: buttons have no id of their own
                <div key={k} className="channels__actions">
                  <label htmlFor={`step-${i}-button-${k}`}>
                    {t('flows.buttonLabel', { n: String(k + 1) })}
                  </label>
                  <input
                    id={`step-${i}-button-${k}`}
                    value={b.label}
                    onChange={(e) =>
                      update(i, {
                        buttons: (step.buttons ?? []).map((x, m) =>
                          m === k ? { ...x, label: e.target.value } : x,
                        ),
                      })
                    }
                  />
                  <select
                    aria-label={t('flows.buttonNext', { n: String(k + 1) })}
                    value={b.next ?? ''}
                    onChange={(e) =>
                      update(i, {
                        buttons: (step.buttons ?? []).map((x, m) =>
                          m === k
                            ? e.target.value
                              ? { ...x, next: e.target.value }
                              : { label: x.label }
                            : x,
                        ),
                      })
                    }
                  >
                    <option value="">{t('flows.following')}</option>
                    {ids.map((id) => (
                      <option key={id} value={id}>
                        {id}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() => {
                      const buttons = (step.buttons ?? []).filter((_, m) => m !== k);
                      update(i, { buttons: buttons.length ? buttons : undefined });
                    }}
                  >
                    {t('flows.removeButton')}
                  </button>
                </div>
              ))}
              <button
                type="button"
                className="button button--ghost"
                disabled={(step.buttons ?? []).length >= 10}
                onClick={() => update(i, { buttons: [...(step.buttons ?? []), { label: '' }] })}
              >
                {t('flows.addButton')}
              </button>
            </fieldset>
            {target(i, 'next', step.next)}
          </>
        );
      case 'question':
        return (
          <>
            {textField(i, 'text', step.text, { multiline: true, required: true })}
            {textField(i, 'variable', step.variable, { required: true })}
            <div className="channels__field">
              <label htmlFor={`step-${i}-kind`}>{t('flows.field.kind')}</label>
              <select
                id={`step-${i}-kind`}
                value={step.kind}
                onChange={(e) => update(i, { kind: e.target.value })}
              >
                {variableKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`flows.kind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            {textField(i, 'invalidText', step.invalidText)}
            {target(i, 'next', step.next)}
          </>
        );
      case 'condition':
        return (
          <>
            {textField(i, 'variable', step.variable, { required: true })}
            {textField(i, 'equals', step.equals)}
            {textField(i, 'matches', step.matches)}
            {target(i, 'ifTrue', step.ifTrue, false)}
            {target(i, 'ifFalse', step.ifFalse, false)}
          </>
        );
      case 'skill':
        return (
          <>
            <div className="channels__field">
              <label htmlFor={`step-${i}-method`}>{t('flows.field.method')}</label>
              <select
                id={`step-${i}-method`}
                value={step.method ?? 'GET'}
                onChange={(e) => update(i, { method: e.target.value })}
              >
                {['GET', 'POST', 'PUT'].map((m) => (
                  <option key={m}>{m}</option>
                ))}
              </select>
            </div>
            {textField(i, 'url', step.url, { required: true })}
            <div className="channels__field">
              <label htmlFor={`step-${i}-headers`}>{t('flows.field.headers')}</label>
              <textarea
                key={`${step.id}-headers`}
                id={`step-${i}-headers`}
                rows={2}
                defaultValue={recordToLines(step.headers, ': ')}
                onBlur={(e) => {
                  const headers = linesToRecord(e.currentTarget.value, ': ');
                  update(i, { headers: Object.keys(headers).length ? headers : undefined });
                }}
              />
            </div>
            {step.method !== 'GET' && textField(i, 'body', step.body, { multiline: true })}
            <div className="channels__field">
              <label htmlFor={`step-${i}-map`}>{t('flows.field.map')}</label>
              <textarea
                key={`${step.id}-map`}
                id={`step-${i}-map`}
                rows={2}
                defaultValue={recordToLines(step.map, ' = ')}
                onBlur={(e) => update(i, { map: linesToRecord(e.currentTarget.value, ' = ') })}
              />
            </div>
            <div className="channels__field">
              <label htmlFor={`step-${i}-timeout`}>{t('flows.field.timeoutMs')}</label>
              <input
                id={`step-${i}-timeout`}
                type="number"
                min={100}
                max={30000}
                value={step.timeoutMs ?? 5000}
                onChange={(e) => update(i, { timeoutMs: Number(e.target.value) })}
              />
            </div>
            <div className="channels__field">
              <label htmlFor={`step-${i}-retries`}>{t('flows.field.retries')}</label>
              <input
                id={`step-${i}-retries`}
                type="number"
                min={0}
                max={3}
                value={step.retries ?? 1}
                onChange={(e) => update(i, { retries: Number(e.target.value) })}
              />
            </div>
            {textField(i, 'reply', step.reply, { multiline: true })}
            {textField(i, 'errorText', step.errorText, { multiline: true })}
            {target(i, 'next', step.next)}
            {target(i, 'onError', step.onError)}
          </>
        );
      case 'handoff':
      case 'end':
        return textField(i, 'text', step.text, { multiline: true });
    }
  };

  return (
    <div>
      <div className="channels__field">
        <label htmlFor="flow-name">{t('flows.name')}</label>
        <input
          id="flow-name"
          required
          value={draft.name}
          onChange={(e) => onChange({ ...draft, name: e.target.value })}
        />
      </div>
      <div className="channels__field">
        <label htmlFor="flow-trigger-kind">{t('flows.triggerKind')}</label>
        <select
          id="flow-trigger-kind"
          value={triggerKind ?? 'keyword'}
          onChange={(e) =>
            onChange({
              ...draft,
              trigger: { [e.target.value]: Object.values(draft.trigger)[0] ?? '' },
            })
          }
        >
          <option value="keyword">{t('flows.trigger.keyword')}</option>
          <option value="intent">{t('flows.trigger.intent')}</option>
          <option value="faqId">{t('flows.trigger.faqId')}</option>
        </select>
      </div>
      <div className="channels__field">
        <label htmlFor="flow-trigger-value">{t('flows.triggerValue')}</label>
        <input
          id="flow-trigger-value"
          required
          value={Object.values(draft.trigger)[0] ?? ''}
          onChange={(e) =>
            onChange({ ...draft, trigger: { [triggerKind ?? 'keyword']: e.target.value } })
          }
        />
      </div>
      {flowProblems.map((p) => (
        <p key={p.key} className="channels__error" role="alert">
          {t(p.key, { detail: p.detail ?? '' })}
        </p>
      ))}
      <ol className="flow-steps" data-testid="flow-steps">
        {draft.steps.map((step, i) => {
          const problems = props.problems.filter((p) => p.step === i);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: fields are controlled; the uncontrolled ones are keyed by step id
            <li key={`${i}-${step.type}`} aria-label={`${i + 1}. ${t(`flows.type.${step.type}`)}`}>
              <fieldset>
                <legend>
                  {i + 1}. {t(`flows.type.${step.type}`)}
                </legend>
                <div className="channels__field">
                  <label htmlFor={`step-${i}-id`}>{t('flows.field.id')}</label>
                  <input
                    id={`step-${i}-id`}
                    required
                    value={step.id}
                    onChange={(e) => update(i, { id: e.target.value })}
                  />
                </div>
                {fieldsOf(step, i)}
                {problems.map((p, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: problems are recomputed each render
                  <p key={k} className="channels__error" role="alert">
                    {t(p.key, { detail: p.detail ?? '' })}
                  </p>
                ))}
                <div className="channels__actions">
                  <button
                    type="button"
                    className="button button--ghost"
                    disabled={i === 0}
                    onClick={() => setSteps(moveStep(draft.steps, i, -1))}
                  >
                    {t('flows.moveUp')}
                  </button>
                  <button
                    type="button"
                    className="button button--ghost"
                    disabled={i === draft.steps.length - 1}
                    onClick={() => setSteps(moveStep(draft.steps, i, 1))}
                  >
                    {t('flows.moveDown')}
                  </button>
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() => setSteps(draft.steps.filter((_, j) => j !== i))}
                  >
                    {t('flows.removeStep')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="channels__actions">
        <label htmlFor="flow-add-type">{t('flows.addType')}</label>
        <select
          id="flow-add-type"
          value={adding}
          onChange={(e) => setAdding(e.target.value as StepType)}
        >
          {stepTypes.map((type) => (
            <option key={type} value={type}>
              {t(`flows.type.${type}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => setSteps([...draft.steps, newStep(adding, ids)])}
        >
          {t('flows.addStep')}
        </button>
      </div>
    </div>
  );
}
