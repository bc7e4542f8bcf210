import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { io } from 'socket.io-client';
import type {
  AgentStatusChange,
  ConversationUpdate,
  Message,
  Note,
  TypingEvent,
} from '../api/types';
import type { CallbackEvent } from '../callbacks/use-open-callbacks';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

export type AgentSocketHandlers = {
  onMessage: (message: Message) => void;
  onConversationUpdated: (update: ConversationUpdate) => void;
  /** Every (re)connection: the caller re-fetches what it shows so nothing stays stale. */
  onConnected: (isReconnect: boolean) => void;
  /** The server refused the handshake; the caller checks whether the session still holds. */
  onRejected: () => void;
  /** Someone typing in a conversation this user may see. */
  onTyping?: (event: TypingEvent) => void;
  /** An internal note was added (staff only). */
  onNoteCreated?: (note: Note) => void;
  /** Filled with a way to send on this socket (the agent's typing signals). */
  emitter?: AgentSocketEmitter;
  /** An agent of the tenant went online, away or offline (the supervisor view listens). */
  onAgentStatusChanged?: (change: AgentStatusChange) => void;
  /** Supervisors: a stored message has a high-severity quality finding. */
  onQaAlert?: (alert: QaAlertEvent) => void;
  /** A callback request was made, claimed, released or closed. */
  onCallback?: (callback: CallbackEvent) => void;
};

export type QaAlertEvent = {
  conversationId: string;
  finding: { rule: string; severity: string; text: string };
};

/** Filled while connected: sends an event on the agent socket (typing signals). */
export type AgentSocketEmitter = { current: ((event: string, payload: unknown) => void) | null };

const retryAfterRejectMs = 5_000;
const retryAfterServerDisconnectMs = 1_000;

/**
 * The /agent namespace. The handshake is a function so every reconnect sends the newest
 * message id seen, and the server replays what was missed while disconnected.
 */
export function useAgentSocket(
  token: string,
  handlers: AgentSocketHandlers,
  /** The tenant to work in, for a person of several tenants. */
  tenantId?: string,
): ConnectionState {
  const [state, setState] = useState<ConnectionState>('connecting');
  const handlersRef = useRef(handlers);
  useLayoutEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    let lastSeenMessageId: string | undefined;
    let hasConnected = false;
    let retryTimer: number | undefined;

    const socket = io('/agent', {
      path: '/socket.io',
      // The server's schema takes `after` as an optional string, so it is left out until known.
      auth: (cb) =>
        cb({
          token,
          ...(tenantId ? { tenantId } : {}),
          ...(lastSeenMessageId ? { after: lastSeenMessageId } : {}),
        }),
    });

    socket.on('connect', () => {
      setState('connected');
      handlersRef.current.onConnected(hasConnected);
      hasConnected = true;
    });
    const retryLater = (delayMs: number) => {
      window.clearTimeout(retryTimer);
      retryTimer = window.setTimeout(() => socket.connect(), delayMs);
    };
    socket.on('disconnect', (reason) => {
      setState('reconnecting');
      // The client only retries by itself after a transport failure, not when the server hung up
      // (a restart, a revoked session); retrying then either resumes or is refused and ends the session.
      if (reason === 'io server disconnect') retryLater(retryAfterServerDisconnectMs);
    });
    socket.on('connect_error', () => {
      setState(hasConnected ? 'reconnecting' : 'connecting');
      // An inactive socket was refused by the server's middleware and will not retry by itself.
      if (!socket.active) {
        handlersRef.current.onRejected();
        retryLater(retryAfterRejectMs);
      }
    });
    socket.on('message.created', (message: Message) => {
      if (message?.id) lastSeenMessageId = message.id;
      handlersRef.current.onMessage(message);
    });
    socket.on('conversation.updated', (update: ConversationUpdate) => {
      handlersRef.current.onConversationUpdated(update);
    });
    socket.on('agent.status_changed', (change: AgentStatusChange) => {
      handlersRef.current.onAgentStatusChanged?.(change);
    });
    socket.on('typing', (event: TypingEvent) => handlersRef.current.onTyping?.(event));
    socket.on('note.created', (note: Note) => handlersRef.current.onNoteCreated?.(note));
    socket.on('qa.alert', (alert: QaAlertEvent) => handlersRef.current.onQaAlert?.(alert));
    for (const event of ['callback.created', 'callback.updated']) {
      socket.on(event, (callback: CallbackEvent) => handlersRef.current.onCallback?.(callback));
    }
    const emitter = handlersRef.current.emitter;
    if (emitter) {
      emitter.current = (event, payload) => {
        if (socket.connected) socket.emit(event, payload);
      };
    }

    return () => {
      if (emitter) emitter.current = null;
      window.clearTimeout(retryTimer);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [token, tenantId]);

  return state;
}
