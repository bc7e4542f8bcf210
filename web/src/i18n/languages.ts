import { type Catalogue, en, type MessageKey } from './en';
import { ja } from './ja';

export type Language = 'ja' | 'en';

export const languages: { code: Language; label: string }[] = [
  { code: 'ja', label: '日本語' },
  { code: 'en', label: 'English' },
];

const catalogues: Record<Language, Catalogue> = { ja, en };

const storageKey = 'tsunagi.console.language';

const isLanguage = (value: unknown): value is Language => value === 'ja' || value === 'en';

/** The saved choice, else the browser's language (Japanese for ja-*, English otherwise). */
export function detectLanguage(): Language {
  try {
    const saved = localStorage.getItem(storageKey);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage may be blocked; fall back to the browser language.
  }
  return navigator.language?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Not remembering the choice is acceptable.
  }
}

/** The locale for Intl: the browser's own when it is in the chosen language, so regional formats hold. */
export function localeFor(language: Language): string {
  const browser = navigator.language;
  return browser?.toLowerCase().startsWith(language) ? browser : language;
}

export type Vars = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, vars?: Vars): string {
  const template = catalogues[language][key] ?? en[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}
