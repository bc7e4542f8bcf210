import type { ConversationSummary } from '../api/types';
import { formatDateTime, formatLanguageName, type MessageKey, useI18n } from '../i18n';
import { channelLabel } from '../inbox/channel-badge';
import './contact.css';

export function ContactPanel({ conversation }: { conversation: ConversationSummary }) {
  const { t, locale } = useI18n();
  const statusKey: MessageKey = `status.${conversation.status}`;
  const rows: [string, string][] = [
    [t('contact.name'), conversation.contactName?.trim() || t('inbox.guest')],
    [
      t('contact.language'),
      conversation.language
        ? formatLanguageName(locale, conversation.language)
        : t('contact.unknown'),
    ],
    [t('contact.channel'), channelLabel(conversation.channel, t)],
    [t('contact.status'), t(statusKey)],
    [t('contact.started'), formatDateTime(locale, conversation.createdAt)],
    [t('contact.updated'), formatDateTime(locale, conversation.updatedAt)],
  ];

  return (
    <section className="card contact" aria-labelledby="contact-title">
      <h2 id="contact-title" className="card__title">
        {t('contact.title')}
      </h2>
      <dl className="contact__list">
        {rows.map(([label, value]) => (
          <div key={label} className="contact__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div className="contact__row">
          <dt>{t('contact.conversationId')}</dt>
          <dd>
            <code>{conversation.id}</code>
          </dd>
        </div>
      </dl>
    </section>
  );
}
