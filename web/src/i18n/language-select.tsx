import { useId } from 'react';
import { useI18n } from './i18n-context';
import { type Language, languages } from './languages';

export function LanguageSelect() {
  const { language, setLanguage, t } = useI18n();
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id} className="visually-hidden">
        {t('topbar.language')}
      </label>
      <select
        id={id}
        className="select select--compact"
        value={language}
        onChange={(event) => setLanguage(event.target.value as Language)}
      >
        {languages.map((option) => (
          <option key={option.code} value={option.code} lang={option.code}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
