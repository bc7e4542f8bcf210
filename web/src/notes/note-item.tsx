import type { Note } from '../api/types';
import { formatDateTime, formatMessageTime, useI18n } from '../i18n';
import './notes.css';

/** An internal note in the timeline: set apart from messages and marked as staff only. */
export function NoteItem({ note, now }: { note: Note; now: number }) {
  const { t, locale } = useI18n();
  return (
    <li className="note" data-testid="note">
      <div className="note__meta">
        <span className="note__badge">
          <span aria-hidden="true">🔒 </span>
          <span aria-hidden="true">{t('notes.badge')}</span>
          <span className="visually-hidden">{t('notes.itemLabel')}</span>
        </span>
        <span className="note__author">{note.authorName || t('author.agent')}</span>
        <time dateTime={note.createdAt} title={formatDateTime(locale, note.createdAt)}>
          {formatMessageTime(locale, note.createdAt, now)}
        </time>
      </div>
      <p className="note__text">{note.text}</p>
      <p className="note__hidden">{t('notes.neverShown')}</p>
    </li>
  );
}
