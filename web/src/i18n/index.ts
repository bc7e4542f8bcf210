export type { MessageKey } from './en';
export { formatDateTime, formatLanguageName, formatMessageTime, formatRelative } from './format';
export { type I18n, I18nProvider, useI18n } from './i18n-context';
export { type Language, languages } from './languages';
