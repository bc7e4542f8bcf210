import { useEffect, useRef } from 'react';
import type { Message } from '../api/types';
import { formatMessageTime, type MessageKey, useI18n } from '../i18n';
import { useNow } from '../shared/use-now';
import type { PeekState } from './use-supervisor';

type ConversationPeekProps = {
  peek: PeekState;
  meId: string;
  isJoining: boolean;
  onJoin: (id: string) => void;
  onClose: () => void;
};

const authorLabels: Record<string, MessageKey> = {
  customer: 'author.customer',
  bot: 'author.bot',
  agent: 'author.agent',
  system: 'author.system',
};

/** A conversation read without taking it: no reply box, one button to join. */
export function ConversationPeek({
  peek,
  meId,
  isJoining,
  onJoin,
  onClose,
}: ConversationPeekProps) {
  const { t, locale } = useI18n();
  const now = useNow(60_000);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const peekId = peek.status === 'closed' ? null : peek.id;
  const messageCount = peek.status === 'ready' ? peek.detail.messages.length : 0;

  // Opening a conversation moves focus to it, so a keyboard or screen-reader user lands there.
  useEffect(() => {
    if (peekId) headingRef.current?.focus();
  }, [peekId]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the thread as it grows.
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [peekId, messageCount]);

  if (peek.status === 'closed') return null;
  const detail = peek.status === 'ready' ? peek.detail : null;
  const name = detail?.conversation.contactName?.trim() || t('inbox.guest');
  const isMine = detail?.conversation.assigneeId === meId;
  const label = (message: Message) =>
    message.authorName || t(authorLabels[message.author] ?? 'author.system');

  return (
    <section
      id="supervisor-peek"
      className="supervisor-peek"
      data-testid="supervisor-peek"
      aria-labelledby="supervisor-peek-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <header className="supervisor-peek__header">
        <h2 id="supervisor-peek-title" ref={headingRef} tabIndex={-1}>
          {detail ? t('supervisor.peekTitle', { name }) : t('app.loading')}
        </h2>
        <p className="supervisor-peek__hint">{t('supervisor.readOnly')}</p>
        <div className="supervisor-peek__actions">
          {detail && detail.conversation.status !== 'resolved' && (
            <button
              type="button"
              className="button button--primary"
              data-testid="supervisor-peek-join"
              disabled={isMine || isJoining}
              onClick={() => onJoin(peek.id)}
            >
              {isJoining
                ? t('supervisor.joining')
                : isMine
                  ? t('supervisor.joined')
                  : t('supervisor.join')}
            </button>
          )}
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('supervisor.closePeek')}
          </button>
        </div>
      </header>
      {peek.status === 'failed' && (
        <p className="supervisor__error" role="alert">
          {t('supervisor.peekFailed')}
        </p>
      )}
      {detail && (
        <ol
          className="supervisor-peek__messages"
          ref={listRef}
          aria-label={t('conversation.messages')}
        >
          {detail.messages.length === 0 && (
            <li className="supervisor__empty">{t('conversation.noMessages')}</li>
          )}
          {detail.messages.map((message) => (
            <li
              key={message.id}
              className={`supervisor-peek__message supervisor-peek__message--${message.author}`}
              data-testid="supervisor-peek-message"
            >
              <span className="supervisor-peek__meta">
                <span className="supervisor-peek__author">{label(message)}</span>
                <time dateTime={message.createdAt}>
                  {formatMessageTime(locale, message.createdAt, now)}
                </time>
              </span>
              <span className="supervisor-peek__text">{message.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
