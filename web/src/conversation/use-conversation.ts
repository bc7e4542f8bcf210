import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConsoleApi } from '../api/console-api';
import type { ConversationDetail, ConversationUpdate, Message } from '../api/types';

export type ConversationState =
  | { status: 'idle' }
  | { status: 'loading'; id: string }
  | { status: 'error'; id: string }
  | { status: 'ready'; id: string; detail: ConversationDetail };

const byTime = (a: Message, b: Message) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;

/** Adds messages not yet shown (by id), keeping the thread in time order. */
export function mergeMessages(current: Message[], incoming: Message[]): Message[] {
  const known = new Set(current.map((message) => message.id));
  const fresh = incoming.filter((message) => !known.has(message.id));
  if (fresh.length === 0) return current;
  return [...current, ...fresh].sort(byTime);
}

/** The open conversation: loaded on open, kept live by realtime events, reloaded after a drop. */
export function useConversation(api: ConsoleApi, id: string | null) {
  const [state, setState] = useState<ConversationState>({ status: 'idle' });
  const sequence = useRef(0);

  const load = useCallback(
    async (conversationId: string, isSilent: boolean) => {
      const current = ++sequence.current;
      if (!isSilent) setState({ status: 'loading', id: conversationId });
      try {
        const detail = await api.getConversation(conversationId);
        if (current !== sequence.current) return;
        setState((previous) => {
          // Keep messages that arrived over the socket while the request was in flight.
          const live =
            previous.status === 'ready' && previous.id === conversationId
              ? previous.detail.messages
              : [];
          const messages = mergeMessages(detail.messages, live);
          return { status: 'ready', id: conversationId, detail: { ...detail, messages } };
        });
      } catch {
        if (current !== sequence.current) return;
        setState((previous) =>
          isSilent && previous.status === 'ready'
            ? previous
            : { status: 'error', id: conversationId },
        );
      }
    },
    [api],
  );

  useEffect(() => {
    if (id) void load(id, false);
    else {
      sequence.current++;
      setState({ status: 'idle' });
    }
  }, [id, load]);

  const reload = useCallback(() => {
    if (id) void load(id, true);
  }, [id, load]);

  const appendMessage = useCallback((message: Message) => {
    setState((previous) => {
      if (previous.status !== 'ready' || previous.id !== message.conversationId) return previous;
      const messages = mergeMessages(previous.detail.messages, [message]);
      if (messages === previous.detail.messages) return previous;
      const conversation = {
        ...previous.detail.conversation,
        updatedAt: message.createdAt,
        lastMessage: { text: message.text, author: message.author, createdAt: message.createdAt },
      };
      return { ...previous, detail: { ...previous.detail, conversation, messages } };
    });
  }, []);

  const applyUpdate = useCallback((update: Partial<ConversationUpdate> & { id: string }) => {
    setState((previous) => {
      if (previous.status !== 'ready' || previous.id !== update.id) return previous;
      const conversation = { ...previous.detail.conversation };
      if (update.status) conversation.status = update.status;
      if (update.assigneeId !== undefined) conversation.assigneeId = update.assigneeId;
      return { ...previous, detail: { ...previous.detail, conversation } };
    });
  }, []);

  return { state, reload, appendMessage, applyUpdate };
}
