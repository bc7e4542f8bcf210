import { useId } from 'react';
import { usePaletteCommands } from '../palette/palette-context';
import { useI18n } from './i18n-context';
import { type Language, languages } from './languages';

export function LanguageSelect() {
  const { language, setLanguage, t } = useI18n();
  const id = useId();
  usePaletteCommands(
    languages
      .filter((option) => option.code !== language)
      .map((option) => ({
        id: `language-${option.code}`,
        section: 'settings' as const,
        label: 'palette.cmd.language' as const,
        vars: { language: option.label },
        run: () => setLanguage(option.code),
      })),
  );
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
