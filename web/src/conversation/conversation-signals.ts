import type { Note, TypingEvent } from '../api/types';

type Listener<T> = (value: T) => void;

function createChannel<T>() {
  const listeners = new Set<Listener<T>>();
  return {
    publish: (value: T) => {
      for (const listener of listeners) listener(value);
    },
    subscribe: (listener: Listener<T>) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * Realtime signals the conversation view listens to (typing, notes) and the way it sends the
 * agent's own typing. The workspace owns the socket and feeds these in.
 */
export function createConversationSignals() {
  return {
    typing: createChannel<TypingEvent>(),
    notes: createChannel<Note>(),
  };
}

export type ConversationSignals = ReturnType<typeof createConversationSignals>;
export type SendTyping = (conversationId: string, isTyping: boolean) => void;
