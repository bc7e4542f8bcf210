import { useLayoutEffect, useRef } from 'react';
import type { Message } from '../api/types';
import { useI18n } from '../i18n';
import { useNow } from '../shared/use-now';
import { MessageBubble } from './message-bubble';

type MessageListProps = {
  conversationId: string;
  messages: Message[];
  contactName: string;
};

const stickToBottomPx = 120;

export function MessageList({ conversationId, messages, contactName }: MessageListProps) {
  const { t } = useI18n();
  const now = useNow(60_000);
  const scroller = useRef<HTMLDivElement>(null);
  const shownConversation = useRef<string | null>(null);
  const wasNearBottom = useRef(true);

  // Follow new messages only when the operator is already reading the end of the thread.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the thread grows.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const isNewConversation = shownConversation.current !== conversationId;
    if (isNewConversation || wasNearBottom.current) {
      element.scrollTop = element.scrollHeight;
      wasNearBottom.current = true;
    }
    shownConversation.current = conversationId;
  }, [conversationId, messages.length]);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    wasNearBottom.current =
      element.scrollHeight - element.scrollTop - element.clientHeight < stickToBottomPx;
  };

  return (
    <div className="thread" ref={scroller} onScroll={onScroll}>
      {messages.length === 0 ? (
        <p className="thread__empty">{t('conversation.noMessages')}</p>
      ) : (
        <ol className="thread__list" role="log" aria-label={t('conversation.messages')}>
          {messages.map((message) => (
            <MessageBubble key={message.id} message={message} contactName={contactName} now={now} />
          ))}
        </ol>
      )}
    </div>
  );
}
