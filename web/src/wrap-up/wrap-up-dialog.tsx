import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { ConversationApi } from '../api/conversation-api';
import { ModalDialog } from '../dialog/modal-dialog';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import './wrap-up.css';

type WrapUpDialogProps = {
  api: ConversationApi;
  conversationId: string;
  categories: string[];
  onClose: () => void;
  /** Resolves the conversation once the wrap-up is stored. */
  onResolve: () => Promise<void>;
};

/** Before resolving: a category and a drafted summary, both editable. */
export function WrapUpDialog({
  api,
  conversationId,
  categories,
  onClose,
  onResolve,
}: WrapUpDialogProps) {
  const { t, language } = useI18n();
  const id = useId();
  const [category, setCategory] = useState('');
  const [summary, setSummary] = useState('');
  const [isLoading, setLoading] = useState(true);
  const [isSaving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const summaryRef = useRef<HTMLTextAreaElement>(null);

  // The summary is what needs reading and editing: focus it once the draft is in.
  useEffect(() => {
    if (!isLoading) summaryRef.current?.focus();
  }, [isLoading]);

  useEffect(() => {
    let isCurrent = true;
    api
      .getWrapUpDraft(conversationId, language)
      .then((draft) => {
        if (!isCurrent) return;
        setCategory(draft.category ?? '');
        setSummary(draft.summary);
      })
      .catch(() => {
        // Without a draft the operator writes the summary; resolving still works.
        if (isCurrent) setError(t('wrapUp.draftFailed'));
      })
      .finally(() => {
        if (isCurrent) setLoading(false);
      });
    return () => {
      isCurrent = false;
    };
  }, [api, conversationId, t, language]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSaving || isLoading) return;
    setSaving(true);
    setError(null);
    try {
      await api.saveWrapUp(conversationId, {
        category: category.trim() || null,
        summary: summary.trim(),
      });
      await onResolve();
    } catch (caught) {
      setError(t('wrapUp.failed', { message: describeError(caught, t) }));
      setSaving(false);
    }
  };

  return (
    <ModalDialog title={t('wrapUp.title')} testId="wrap-up-dialog" onClose={onClose}>
      <form onSubmit={submit} aria-busy={isLoading}>
        <div className="modal__body">
          <p className="modal__hint">{t('wrapUp.hint')}</p>
          <label className="field">
            <span className="field__label">{t('wrapUp.category')}</span>
            <input
              type="text"
              data-testid="wrap-up-category"
              list={`${id}-categories`}
              maxLength={100}
              value={category}
              disabled={isLoading}
              onChange={(event) => setCategory(event.target.value)}
            />
            <datalist id={`${id}-categories`}>
              {categories.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </label>
          <label className="field">
            <span className="field__label">{t('wrapUp.summary')}</span>
            <textarea
              ref={summaryRef}
              data-testid="wrap-up-summary"
              className="wrap-up__summary"
              rows={6}
              maxLength={5000}
              value={summary}
              disabled={isLoading}
              placeholder={isLoading ? t('wrapUp.drafting') : undefined}
              onChange={(event) => setSummary(event.target.value)}
            />
          </label>
          {error && (
            <p className="modal__error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="modal__footer">
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('wrapUp.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            data-testid="wrap-up-submit"
            disabled={isLoading || isSaving}
          >
            {isSaving ? t('conversation.resolving') : t('wrapUp.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
