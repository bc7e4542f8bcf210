import { type FormEvent, useEffect, useId, useState } from 'react';
import type { ConversationApi } from '../api/conversation-api';
import type { AgentChoice, Queue } from '../api/types';
import { ModalDialog } from '../dialog/modal-dialog';
import { type MessageKey, useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import './transfer.css';

export type TransferTarget = 'agent' | 'queue' | 'bot';
type Target = TransferTarget;

type TransferDialogProps = {
  api: ConversationApi;
  conversationId: string;
  meId: string;
  /** The destination chosen when the dialog opens (the palette's "hand back to the bot"). */
  initialTarget?: Target;
  onClose: () => void;
  /** After the conversation moved: it is no longer this operator's to answer. */
  onDone: () => void;
};

const routable = new Set(['agent', 'supervisor', 'admin']);

/** Move the conversation to a colleague, a queue, or back to the bot, with a note for the team. */
export function TransferDialog({
  api,
  conversationId,
  meId,
  initialTarget = 'agent',
  onClose,
  onDone,
}: TransferDialogProps) {
  const { t } = useI18n();
  const id = useId();
  const [target, setTarget] = useState<Target>(initialTarget);
  const [agents, setAgents] = useState<AgentChoice[]>([]);
  const [queues, setQueues] = useState<Queue[]>([]);
  const [agentId, setAgentId] = useState('');
  const [queueId, setQueueId] = useState('');
  const [note, setNote] = useState('');
  const [isLoading, setLoading] = useState(true);
  const [isSaving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    Promise.allSettled([api.listAgents(), api.listQueues()]).then(([a, q]) => {
      if (!isCurrent) return;
      const others =
        a.status === 'fulfilled'
          ? a.value.filter((agent) => agent.id !== meId && routable.has(agent.role))
          : [];
      const queueList = q.status === 'fulfilled' ? q.value : [];
      setAgents(others);
      setQueues(queueList);
      setAgentId(others.find((agent) => agent.status === 'online')?.id ?? others[0]?.id ?? '');
      setQueueId(queueList.find((queue) => queue.isDefault)?.id ?? queueList[0]?.id ?? '');
      if (others.length === 0 && queueList.length > 0)
        setTarget((current) => (current === 'agent' ? 'queue' : current));
      if (a.status === 'rejected' && q.status === 'rejected') {
        setError(t('transfer.loadFailed', { message: describeError(a.reason, t) }));
      }
      setLoading(false);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, meId, t]);

  const isReady =
    !isLoading &&
    !isSaving &&
    ((target === 'agent' && agentId) || (target === 'queue' && queueId) || target === 'bot');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isReady) return;
    setSaving(true);
    setError(null);
    try {
      if (target === 'bot') {
        await api.handBack(conversationId);
        if (note.trim()) await api.addNote(conversationId, note.trim());
      } else {
        await api.transfer(conversationId, target === 'agent' ? { agentId } : { queueId }, note);
      }
      onDone();
    } catch (caught) {
      setError(t('transfer.failed', { message: describeError(caught, t) }));
      setSaving(false);
    }
  };

  const presence = (status: string): string =>
    ['online', 'away', 'offline'].includes(status) ? t(`presence.${status}` as MessageKey) : status;
  const targets: [Target, MessageKey][] = [
    ['agent', 'transfer.toAgent'],
    ['queue', 'transfer.toQueue'],
    ['bot', 'transfer.toBot'],
  ];

  return (
    <ModalDialog title={t('transfer.title')} testId="transfer-dialog" onClose={onClose}>
      <form onSubmit={submit}>
        <div className="modal__body">
          <fieldset className="transfer__targets">
            <legend className="field__label">{t('transfer.target')}</legend>
            {targets.map(([value, label]) => (
              <label key={value} className="transfer__target">
                <input
                  type="radio"
                  name={`${id}-target`}
                  value={value}
                  checked={target === value}
                  data-autofocus={value === initialTarget ? true : undefined}
                  data-testid={`transfer-target-${value}`}
                  onChange={() => setTarget(value)}
                />
                {t(label)}
              </label>
            ))}
          </fieldset>
          {target === 'agent' && (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-agent`}>
                {t('transfer.agent')}
              </label>
              {agents.length === 0 && !isLoading ? (
                <span className="modal__hint">{t('transfer.noAgents')}</span>
              ) : (
                <select
                  id={`${id}-agent`}
                  data-testid="transfer-agent"
                  value={agentId}
                  onChange={(event) => setAgentId(event.target.value)}
                >
                  {agents.map((agent) => (
                    <option key={agent.id} value={agent.id}>
                      {agent.name} ({presence(agent.status)})
                    </option>
                  ))}
                </select>
              )}
            </div>
          )}
          {target === 'queue' && (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-queue`}>
                {t('transfer.queue')}
              </label>
              {queues.length === 0 && !isLoading ? (
                <span className="modal__hint">{t('transfer.noQueues')}</span>
              ) : (
                <select
                  id={`${id}-queue`}
                  data-testid="transfer-queue"
                  value={queueId}
                  onChange={(event) => setQueueId(event.target.value)}
                >
                  {queues.map((queue) => (
                    <option key={queue.id} value={queue.id}>
                      {queue.name}
                    </option>
                  ))}
                </select>
              )}
            </div>
          )}
          {target === 'bot' && <p className="modal__hint">{t('transfer.botHint')}</p>}
          <label className="field">
            <span className="field__label">{t('transfer.note')}</span>
            <textarea
              data-testid="transfer-note"
              rows={3}
              value={note}
              maxLength={2000}
              placeholder={t('transfer.notePlaceholder')}
              onChange={(event) => setNote(event.target.value)}
            />
            <span className="modal__hint">{t('notes.neverShown')}</span>
          </label>
          {error && (
            <p className="modal__error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="modal__footer">
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('transfer.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            data-testid="transfer-submit"
            disabled={!isReady}
          >
            {isSaving
              ? t('transfer.saving')
              : target === 'bot'
                ? t('transfer.submitBot')
                : t('transfer.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
