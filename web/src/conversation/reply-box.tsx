import { type FormEvent, type KeyboardEvent, type Ref, useId, useState } from 'react';
import type { Message } from '../api/types';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';

type ReplyBoxProps = {
  /** Null when replying is not possible; the reason is shown instead of the placeholder. */
  disabledReason: string | null;
  placeholder: string;
  textareaRef: Ref<HTMLTextAreaElement>;
  onSend: (text: string) => Promise<Message>;
  onLeave: () => void;
};

/** True for an Enter that confirms an IME conversion (Japanese, Chinese, Korean input). */
const isComposing = (event: KeyboardEvent<HTMLTextAreaElement>) =>
  event.nativeEvent.isComposing || event.keyCode === 229;

export function ReplyBox({
  disabledReason,
  placeholder,
  textareaRef,
  onSend,
  onLeave,
}: ReplyBoxProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [isSending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const isDisabled = disabledReason !== null;
  const canSend = !isDisabled && !isSending && text.trim().length > 0;

  const send = async () => {
    if (!canSend) return;
    setSending(true);
    setError(null);
    try {
      await onSend(text.trim());
      setText('');
    } catch (caught) {
      setError(t('reply.failed', { message: describeError(caught, t) }));
    } finally {
      setSending(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.currentTarget.blur();
      onLeave();
      return;
    }
    if (event.key !== 'Enter' || isComposing(event)) return;
    if (event.shiftKey) return;
    event.preventDefault();
    void send();
  };

  return (
    <form className="reply" onSubmit={onSubmit}>
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('reply.label')}
      </label>
      {error && (
        <p className="reply__error" role="alert">
          {error}
        </p>
      )}
      <div className="reply__box">
        <textarea
          id={`${id}-text`}
          ref={textareaRef}
          data-testid="reply-input"
          className="reply__input"
          rows={3}
          value={text}
          disabled={isDisabled}
          placeholder={isDisabled ? undefined : placeholder}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <div className="reply__actions">
          <span id={`${id}-hint`} className="reply__hint">
            {disabledReason ?? ''}
          </span>
          <button
            data-testid="reply-send"
            type="submit"
            className="button button--primary"
            disabled={!canSend}
          >
            {isSending ? t('reply.sending') : t('reply.send')}
          </button>
        </div>
      </div>
    </form>
  );
}
