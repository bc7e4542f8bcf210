import { useEffect, useRef } from 'react';
import type { ModerationMatch } from '../api/types';
import { useI18n } from '../i18n';
import { splitByMatches } from './highlight-matches';
import './moderation.css';

type ModerationWarningProps = {
  text: string;
  matches: ModerationMatch[];
  isSending: boolean;
  onSendAnyway: () => void;
  onEdit: () => void;
};

/** Shown instead of sending when the reply holds a banned or inappropriate word. */
export function ModerationWarning({
  text,
  matches,
  isSending,
  onSendAnyway,
  onEdit,
}: ModerationWarningProps) {
  const { t } = useI18n();
  const editRef = useRef<HTMLButtonElement>(null);
  const words = [...new Set(matches.map((m) => m.word))];

  // Focus the safe choice: Enter edits, sending needs a deliberate second choice.
  useEffect(() => {
    editRef.current?.focus();
  }, []);

  return (
    <section className="moderation" role="alert" data-testid="moderation-warning">
      <p className="moderation__title">{t('moderation.title', { count: words.length })}</p>
      <p className="moderation__words">
        {t('moderation.words')}{' '}
        {words.map((word) => (
          <mark key={word} className="moderation__word" data-testid="moderation-word">
            {word}
          </mark>
        ))}
      </p>
      <p className="moderation__preview" data-testid="moderation-preview">
        {splitByMatches(text, matches).map((part, index) =>
          part.isMatch ? (
            // Parts are positional slices of one text.
            // biome-ignore lint/suspicious/noArrayIndexKey: the split never reorders.
            <mark key={index} className="moderation__mark">
              {part.text}
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the split never reorders.
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
      <div className="moderation__actions">
        <button
          ref={editRef}
          type="button"
          className="button button--secondary"
          data-testid="moderation-edit"
          onClick={onEdit}
        >
          {t('moderation.edit')}
        </button>
        <button
          type="button"
          className="button button--danger"
          data-testid="moderation-send-anyway"
          disabled={isSending}
          onClick={onSendAnyway}
        >
          {t('moderation.sendAnyway')}
        </button>
      </div>
    </section>
  );
}
