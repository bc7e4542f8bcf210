import { useI18n } from '../i18n';
import './typing.css';

/** "… is typing" under the thread; announced politely to screen readers. */
export function TypingIndicator({ name, isTyping }: { name: string; isTyping: boolean }) {
  const { t } = useI18n();
  return (
    <div className="typing-indicator" aria-live="polite" data-testid="customer-typing">
      {isTyping && (
        <>
          <span className="typing-indicator__dots" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          <span>{t('typing.customer', { name })}</span>
        </>
      )}
    </div>
  );
}
