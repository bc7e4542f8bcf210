import type { Attachment, Message } from '../api/types';
import { formatDateTime, formatMessageTime, useI18n } from '../i18n';
import { AttachmentList } from './attachment-list';
import { DeliveryBadge } from './delivery-badge';

type MessageBubbleProps = {
  message: Message;
  contactName: string;
  now: number;
  attachments?: Attachment[];
  download?: (id: string) => Promise<Blob>;
};

/** One message. Text is rendered as text only: customer input never becomes markup. */
export function MessageBubble({
  message,
  contactName,
  now,
  attachments,
  download,
}: MessageBubbleProps) {
  const { t, locale } = useI18n();
  const author =
    message.author === 'customer'
      ? contactName
      : message.author === 'agent'
        ? message.authorName || t('author.agent')
        : t(`author.${message.author}`);

  return (
    <li
      className={`message message--${message.author}`}
      data-testid="message"
      data-author={message.author}
    >
      <div className="message__meta">
        <span className="message__author">{author}</span>
        <time dateTime={message.createdAt} title={formatDateTime(locale, message.createdAt)}>
          {formatMessageTime(locale, message.createdAt, now)}
        </time>
      </div>
      <p className="message__text">{message.text}</p>
      {message.buttons && message.buttons.length > 0 && (
        <ul className="message__buttons" aria-label={t('conversation.quickReplies')}>
          {message.buttons.map((button) => (
            <li key={`${button.label}\u0000${button.text}`} className="message__button">
              {button.label}
            </li>
          ))}
        </ul>
      )}
      {attachments && attachments.length > 0 && download && (
        <AttachmentList attachments={attachments} download={download} />
      )}
      {message.delivery && <DeliveryBadge delivery={message.delivery} />}
    </li>
  );
}
