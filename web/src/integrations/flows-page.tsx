import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import '../channels/channels.css';
import { checkDraft, type FlowDraft } from './flow-draft';
import { FlowStepsEditor } from './flow-steps-editor';

type FlowSummary = { id: string; version: number; name: string; stepCount: number };
type SimReply = { text: string; buttons?: { label: string; text: string }[] };
type SimResult = { replies: SimReply[]; state: unknown; handoff: unknown };

const starter = (): FlowDraft => ({
  name: '',
  trigger: { keyword: '' },
  steps: [
    { id: 'ask', type: 'question', text: '', variable: 'email', kind: 'email' },
    { id: 'end', type: 'end', text: '' },
  ],
});

/** Bot flows (admins): the list, a step-list editor of one flow, and a simulator of the draft. */
export function FlowsPage(props: {
  token: string;
  user: User;
  tenantId: string;
  onSignOut: () => void;
  onExpired: () => void;
}) {
  const { t } = useI18n();
  const http = useMemo(
    () => createHttpClient({ getToken: () => props.token, onUnauthorized: props.onExpired }),
    [props.token, props.onExpired],
  );
  const base = `/api/v1/tenants/${encodeURIComponent(props.tenantId)}/flows`;
  const [flows, setFlows] = useState<FlowSummary[] | null>(null);
  const [flowId, setFlowId] = useState('');
  const [draft, setDraft] = useState<FlowDraft>(starter);
  const [isChecked, setIsChecked] = useState(false);
  const problems = useMemo(() => checkDraft(draft), [draft]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [chat, setChat] = useState<{ who: 'customer' | 'bot'; text: string }[]>([]);
  const [simState, setSimState] = useState<unknown>(null);
  const [simText, setSimText] = useState('');

  const load = useCallback(async () => {
    try {
      setFlows((await http.request<{ flows: FlowSummary[] }>('GET', base)).flows);
    } catch (e) {
      setError(describeError(e, t));
    }
  }, [http, base, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const open = async (id: string) => {
    setError(null);
    try {
      const flow = await http.request<FlowDraft>('GET', `${base}/${encodeURIComponent(id)}`);
      const { name, trigger, steps } = flow;
      setFlowId(id);
      setDraft({ name, trigger, steps });
      setIsChecked(false);
      setChat([]);
      setSimState(null);
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setNotice(null);
    setIsChecked(true);
    if (problems.length > 0) {
      setError(t('flows.fixFirst'));
      return;
    }
    try {
      const saved = await http.request<{ version: number }>(
        'PUT',
        `${base}/${encodeURIComponent(flowId.trim())}`,
        draft,
      );
      setNotice(t('flows.saved', { version: String(saved.version) }));
      await load();
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  const simulate = async (text: string | undefined) => {
    setError(null);
    try {
      const result = await http.request<SimResult>(
        'POST',
        `${base}/${encodeURIComponent(flowId.trim())}/simulate`,
        {
          state: text === undefined ? null : simState,
          ...(text === undefined ? {} : { text }),
          draft,
        },
      );
      setChat((current) => [
        ...(text === undefined ? [] : current),
        ...(text === undefined ? [] : [{ who: 'customer' as const, text }]),
        ...result.replies.map((r) => ({
          who: 'bot' as const,
          text: r.buttons ? `${r.text} [${r.buttons.map((b) => b.label).join(' | ')}]` : r.text,
        })),
        ...(result.handoff ? [{ who: 'bot' as const, text: t('flows.handedOver') }] : []),
      ]);
      setSimState(result.state);
      setSimText('');
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  return (
    <div className="app">
      <TopBar user={props.user} onSignOut={props.onSignOut} />
      <main className="channels" id="conversation">
        <p>
          <a href={`${import.meta.env.BASE_URL}integrations`}>{t('flows.back')}</a>
        </p>
        <h1>{t('flows.title')}</h1>
        {error && (
          <p className="channels__error" role="alert">
            {error}
          </p>
        )}
        {notice && (
          <p className="channels__notice" role="status">
            {notice}
          </p>
        )}
        <section aria-labelledby="flows-list">
          <h2 id="flows-list">{t('flows.list')}</h2>
          {flows === null ? (
            <p aria-busy="true">{t('app.loading')}</p>
          ) : flows.length === 0 ? (
            <p>{t('flows.none')}</p>
          ) : (
            <ul>
              {flows.map((f) => (
                <li key={f.id}>
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() => void open(f.id)}
                  >
                    {f.name}
                  </button>{' '}
                  <code>{f.id}</code> · {t('flows.version', { version: String(f.version) })}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="flows-edit">
          <h2 id="flows-edit">{t('flows.edit')}</h2>
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              setFlowId('');
              setDraft(starter());
              setIsChecked(false);
              setChat([]);
              setSimState(null);
            }}
          >
            {t('flows.new')}
          </button>
          <p className="channels__hint">{t('flows.hint')}</p>
          <form className="channels__form" onSubmit={(e) => void save(e)}>
            <div className="channels__field">
              <label htmlFor="flow-id">{t('flows.id')}</label>
              <input
                id="flow-id"
                required
                pattern="[\w-]{1,64}"
                value={flowId}
                onChange={(e) => setFlowId(e.target.value)}
              />
            </div>
            <FlowStepsEditor
              draft={draft}
              problems={isChecked ? problems : []}
              onChange={setDraft}
            />
            <button type="submit" className="button button--primary">
              {t('flows.save')}
            </button>
          </form>
        </section>
        <section aria-labelledby="flows-sim">
          <h2 id="flows-sim">{t('flows.simulator')}</h2>
          <p className="channels__hint">{t('flows.simDraft')}</p>
          <button
            type="button"
            className="button button--ghost"
            disabled={!flowId.trim() || problems.length > 0}
            onClick={() => void simulate(undefined)}
          >
            {t('flows.simStart')}
          </button>
          <ol data-testid="flow-sim-log">
            {chat.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the log only grows
              <li key={i}>
                <strong>{line.who === 'bot' ? t('flows.bot') : t('flows.customer')}:</strong>{' '}
                {line.text}
              </li>
            ))}
          </ol>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (simText.trim()) void simulate(simText.trim());
            }}
          >
            <label htmlFor="flow-sim-text">{t('flows.simSay')}</label>{' '}
            <input
              id="flow-sim-text"
              value={simText}
              disabled={simState === null}
              onChange={(e) => setSimText(e.target.value)}
            />{' '}
            <button type="submit" className="button button--primary" disabled={simState === null}>
              {t('flows.simSend')}
            </button>
          </form>
        </section>
      </main>
    </div>
  );
}

export const flowsPath = `${import.meta.env.BASE_URL}flows`;
