import { useId, useState } from 'react';
import type { Suggestion } from '../api/types';
import { useI18n } from '../i18n';
import './suggestions.css';

type SuggestionsPanelProps = {
  suggestions: Suggestion[];
  onInsert: (text: string, faqId: string) => void;
};

/** FAQ answers that fit the customer's last message; one click puts one in the reply box. */
export function SuggestionsPanel({ suggestions, onInsert }: SuggestionsPanelProps) {
  const { t, locale } = useI18n();
  const [isOpen, setOpen] = useState(true);
  const listId = useId();
  if (suggestions.length === 0) return null;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });

  return (
    <section className="suggestions" aria-label={t('suggestions.title')} data-testid="suggestions">
      <button
        type="button"
        className="suggestions__toggle"
        aria-expanded={isOpen}
        aria-controls={listId}
        onClick={() => setOpen((open) => !open)}
      >
        <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span> {t('suggestions.title')} (
        {suggestions.length})
      </button>
      {isOpen && (
        <ul id={listId} className="suggestions__list">
          {suggestions.map((suggestion) => (
            <li key={suggestion.faqId} className="suggestions__item" data-testid="suggestion">
              <div className="suggestions__text">
                <p className="suggestions__question">
                  {suggestion.question}
                  <span className="suggestions__confidence">
                    {t('suggestions.confidence', { value: percent.format(suggestion.confidence) })}
                  </span>
                </p>
                <p className="suggestions__answer">{suggestion.answer}</p>
              </div>
              <button
                type="button"
                className="button button--secondary suggestions__insert"
                data-testid="suggestion-insert"
                aria-label={t('suggestions.insertLabel', { question: suggestion.question })}
                onClick={() => onInsert(suggestion.answer, suggestion.faqId)}
              >
                {t('suggestions.insert')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
