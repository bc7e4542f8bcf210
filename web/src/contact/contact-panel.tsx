import { useState } from 'react';
import type { ConversationStaffDetails, ConversationSummary } from '../api/types';
import { contactsPath } from '../contacts/contacts-api';
import { formatDateTime, formatLanguageName, type MessageKey, useI18n } from '../i18n';
import { channelLabel } from '../inbox/channel-badge';
import './contact.css';

type ContactPanelProps = {
  conversation: ConversationSummary;
  /** The staff-only details, once loaded: contact record and past conversations. */
  details?: ConversationStaffDetails | null;
  onOpenConversation?: (id: string) => void;
  /** Supervisors and admins mark a contact VIP: their conversations are routed first. */
  onSetVip?: ((isVip: boolean) => Promise<void>) | undefined;
};

export function ContactPanel({
  conversation,
  details,
  onOpenConversation,
  onSetVip,
}: ContactPanelProps) {
  const { t, locale } = useI18n();
  const [isSavingVip, setSavingVip] = useState(false);
  const [hasVipFailed, setVipFailed] = useState(false);
  const statusKey: MessageKey = `status.${conversation.status}`;
  const contact = details?.contact;
  const name = contact?.name?.trim() || conversation.contactName?.trim() || t('inbox.guest');
  const rows: [string, string][] = [
    [t('contact.name'), name],
    ...(contact?.email
      ? ([[t('conversation.contactEmail'), contact.email]] as [string, string][])
      : []),
    ...(contact?.externalId
      ? ([[t('conversation.contactExternalId'), contact.externalId]] as [string, string][])
      : []),
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
    ...(contact
      ? ([[t('conversation.contactSince'), formatDateTime(locale, contact.since)]] as [
          string,
          string,
        ][])
      : []),
  ];
  const past = details?.pastConversations ?? [];

  return (
    <section className="card contact" aria-labelledby="contact-title" data-testid="contact-panel">
      <div className="contact__top">
        <h2 id="contact-title" className="card__title">
          {t('contact.title')}
        </h2>
        {contact?.isVip && <span className="contact__vip">{t('conversation.contactVip')}</span>}
      </div>
      {contact && (
        <a href={`${contactsPath}?id=${encodeURIComponent(contact.id)}`} data-testid="contact-open">
          {t('contacts.openRecord')}
        </a>
      )}
      {contact && onSetVip && (
        <button
          type="button"
          className="button button--ghost contact__vip-toggle"
          data-testid="contact-vip-toggle"
          aria-pressed={contact.isVip}
          disabled={isSavingVip}
          onClick={() => {
            setSavingVip(true);
            setVipFailed(false);
            onSetVip(!contact.isVip)
              .catch(() => setVipFailed(true))
              .finally(() => setSavingVip(false));
          }}
        >
          {contact.isVip ? t('contact.unmarkVip') : t('contact.markVip')}
        </button>
      )}
      {hasVipFailed && (
        <p className="contact__none" role="alert">
          {t('contact.vipFailed')}
        </p>
      )}
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
      {details && (
        <div className="contact__past">
          <h3 className="contact__subtitle">
            {t('conversation.pastConversations', { count: past.length })}
          </h3>
          {past.length === 0 ? (
            <p className="contact__none">{t('conversation.noPastConversations')}</p>
          ) : (
            <ol className="contact__past-list" data-testid="past-conversations">
              {past.map((item) => (
                <li key={item.id} className="contact__past-item">
                  <button
                    type="button"
                    className="contact__past-open"
                    disabled={!onOpenConversation}
                    onClick={() => onOpenConversation?.(item.id)}
                  >
                    <span className="contact__past-meta">
                      <time dateTime={item.createdAt}>
                        {formatDateTime(locale, item.createdAt)}
                      </time>
                      <span className={`status-pill status-pill--${item.status}`}>
                        {t(`status.${item.status}` as MessageKey)}
                      </span>
                      {item.category && <span>{item.category}</span>}
                    </span>
                    <span className="contact__past-summary">
                      {item.summary || channelLabel(item.channel, t)}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
