import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Attachment, Message, Note } from '../api/types';
import { useI18n } from '../i18n';
import { NoteItem } from '../notes/note-item';
import { useNow } from '../shared/use-now';
import { MessageBubble } from './message-bubble';

type MessageListProps = {
  conversationId: string;
  messages: Message[];
  notes: Note[];
  contactName: string;
  attachmentsOf?: (messageId: string) => Attachment[];
  download?: (id: string) => Promise<Blob>;
};

type Entry = { kind: 'message'; item: Message } | { kind: 'note'; item: Note };

const stickToBottomPx = 120;

export function MessageList({
  conversationId,
  messages,
  notes,
  contactName,
  attachmentsOf,
  download,
}: MessageListProps) {
  const { t } = useI18n();
  const now = useNow(60_000);
  const scroller = useRef<HTMLDivElement>(null);
  const shownConversation = useRef<string | null>(null);
  const wasNearBottom = useRef(true);

  // Notes sit in the timeline where they were written, between the messages.
  const entries = useMemo<Entry[]>(() => {
    const all: Entry[] = [
      ...messages.map((item) => ({ kind: 'message' as const, item })),
      ...notes.map((item) => ({ kind: 'note' as const, item })),
    ];
    return all.sort((a, b) =>
      a.item.createdAt < b.item.createdAt ? -1 : a.item.createdAt > b.item.createdAt ? 1 : 0,
    );
  }, [messages, notes]);

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
  }, [conversationId, entries.length]);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    wasNearBottom.current =
      element.scrollHeight - element.scrollTop - element.clientHeight < stickToBottomPx;
  };

  return (
    <div className="thread" ref={scroller} onScroll={onScroll}>
      {entries.length === 0 ? (
        <p className="thread__empty">{t('conversation.noMessages')}</p>
      ) : (
        <ol className="thread__list" role="log" aria-label={t('conversation.messages')}>
          {entries.map((entry) =>
            entry.kind === 'message' ? (
              <MessageBubble
                key={entry.item.id}
                message={entry.item}
                contactName={contactName}
                now={now}
                attachments={attachmentsOf?.(entry.item.id)}
                download={download}
              />
            ) : (
              <NoteItem key={entry.item.id} note={entry.item} now={now} />
            ),
          )}
        </ol>
      )}
    </div>
  );
}
