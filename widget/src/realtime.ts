import { io } from 'socket.io-client';
import { backoffDelay } from './outbox.js';
import type { ConversationUpdate, Message, Session } from './types.js';

export type Realtime = { close: () => void; typing: (isTyping: boolean) => void };

/**
 * The `/widget` namespace. The handshake is a function so that every reconnect sends
 * the newest message id seen, and the server replays only what was missed.
 */
export function connectRealtime(options: {
  origin: string;
  widgetKey: string;
  session: Session;
  lastSeenId: () => string | undefined;
  onMessage: (message: Message) => void;
  onConversation: (update: ConversationUpdate) => void;
  /** An operator started or stopped typing in this conversation. */
  onAgentTyping: (isTyping: boolean) => void;
  onConnectionChange: (isConnected: boolean) => void;
  /**
   * After every connect: an HTTP catch-up as a safety net. Even the first one matters, since
   * what the first message set off (a handoff) may have happened before the socket joined.
   */
  onConnect: () => void;
}): Realtime {
  const socket = io(`${options.origin}/widget`, {
    path: '/socket.io',
    auth: (cb) => {
      const after = options.lastSeenId();
      cb({
        widgetKey: options.widgetKey,
        conversationId: options.session.conversationId,
        customerToken: options.session.customerToken,
        ...(after ? { after } : {}),
      });
    },
    reconnectionDelay: 1000,
    reconnectionDelayMax: 15_000,
  });

  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;

  socket.on('connect', () => {
    failures = 0;
    options.onConnectionChange(true);
    options.onConnect();
  });
  /**
   * socket.io gives up after a refusal by the server's middleware, and after a
   * server-side disconnect (which is how a node shutting down lets go of us). The
   * server may just be restarting or draining, so keep trying, ever more slowly.
   */
  const reconnectLater = () => {
    if (socket.active) return;
    failures += 1;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => socket.connect(), backoffDelay(failures));
  };
  socket.on('disconnect', () => {
    options.onConnectionChange(false);
    reconnectLater();
  });
  socket.on('connect_error', () => {
    options.onConnectionChange(false);
    reconnectLater();
  });
  socket.on('message.created', (message: Message) => {
    if (message && typeof message.id === 'string') options.onMessage(message);
  });
  socket.on('conversation.updated', (update: ConversationUpdate) => {
    if (update && update.id === options.session.conversationId) options.onConversation(update);
  });

  socket.on('typing', (event: { conversationId?: string; author?: string; isTyping?: unknown }) => {
    if (event?.conversationId === options.session.conversationId && event.author === 'agent')
      options.onAgentTyping(event.isTyping === true);
  });

  return {
    typing(isTyping: boolean) {
      if (socket.connected) socket.emit('typing', { isTyping });
    },
    close() {
      clearTimeout(retryTimer);
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}
