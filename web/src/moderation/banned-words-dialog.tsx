import { type FormEvent, useEffect, useId, useState } from 'react';
import type { ConversationApi } from '../api/conversation-api';
import { ModalDialog } from '../dialog/modal-dialog';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';

type BannedWordsDialogProps = {
  api: ConversationApi;
  onClose: () => void;
};

/** The tenant's own words to warn about before sending, beside the built-in list (admins). */
export function BannedWordsDialog({ api, onClose }: BannedWordsDialogProps) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [builtIn, setBuiltIn] = useState<string[] | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  useEffect(() => {
    let isCurrent = true;
    api
      .getBannedWords()
      .then((words) => {
        if (!isCurrent) return;
        setBuiltIn(words.builtIn);
        setText(words.words.join('\n'));
      })
      .catch((caught: unknown) => {
        if (isCurrent) {
          setMessage({
            text: t('bannedWords.failed', { message: describeError(caught, t) }),
            isError: true,
          });
        }
      });
    return () => {
      isCurrent = false;
    };
  }, [api, t]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // One word or phrase a line; blank lines and repeats are dropped.
    const words = [
      ...new Set(
        text
          .split('\n')
          .map((w) => w.trim())
          .filter(Boolean),
      ),
    ];
    setSaving(true);
    setMessage(null);
    try {
      const saved = await api.setBannedWords(words);
      setText(saved.join('\n'));
      setMessage({ text: t('bannedWords.saved', { count: String(saved.length) }), isError: false });
    } catch (caught) {
      setMessage({
        text: t('bannedWords.failed', { message: describeError(caught, t) }),
        isError: true,
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <ModalDialog title={t('bannedWords.title')} testId="banned-words" onClose={onClose}>
      <form className="modal__body" onSubmit={(event) => void submit(event)}>
        <label className="field" htmlFor={`${id}-words`}>
          <span className="field__label">{t('bannedWords.label')}</span>
          <textarea
            id={`${id}-words`}
            data-testid="banned-words-input"
            data-autofocus
            rows={8}
            value={text}
            disabled={builtIn === null}
            onChange={(event) => setText(event.target.value)}
          />
          <span className="modal__hint">{t('bannedWords.hint')}</span>
        </label>
        {builtIn && (
          <details>
            <summary>{t('bannedWords.builtIn', { count: String(builtIn.length) })}</summary>
            <p className="modal__hint">{builtIn.join('、')}</p>
          </details>
        )}
        {message && (
          <p
            className={message.isError ? 'modal__error' : 'modal__hint'}
            role={message.isError ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
        <div className="modal__footer">
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('bannedWords.close')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            data-testid="banned-words-save"
            disabled={isSaving || builtIn === null}
          >
            {t('bannedWords.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
