import type { Logger } from 'pino';
import type { Namespace, Socket } from 'socket.io';
import { z } from 'zod';
import type { EventBus } from '../bus/index.js';
import type { Services } from '../http/index.js';
import type { Principal } from '../users/index.js';

type Rooms = {
  supervisors: (tenantId: string) => string;
  agents: (tenantId: string) => string;
  user: (userId: string) => string;
  conversation: (conversationId: string) => string;
};

const agentTyping = z.object({ conversationId: z.string().min(1).max(100), isTyping: z.boolean() });
const widgetTyping = z.object({ isTyping: z.boolean() });
/** Typing signals are advisory: one per second per socket is plenty. */
const TYPING_INTERVAL_MS = 1000;

/**
 * What the console needs beyond the contract's events: typing indicators both ways, internal
 * notes (staff rooms only, never /widget), presence changes, and auto-away when the last
 * console socket of a user has been gone for the reconnect grace period.
 */
export function attachConsoleEvents(options: {
  agents: Namespace;
  widgets: Namespace;
  services: Services;
  bus: EventBus;
  logger: Logger;
  rooms: Rooms;
  /** A reload or a reconnect to another node within this time leaves presence as it was. */
  presenceGraceMs: number;
}): () => void {
  const { agents, widgets, services, rooms, logger } = options;
  const staffRooms = (tenantId: string) => [rooms.supervisors(tenantId), rooms.agents(tenantId)];

  const throttled = (socket: Socket, isTyping: boolean): boolean => {
    const now = Date.now();
    const last = socket.data.lastTyping as { at: number; isTyping: boolean } | undefined;
    if (last && last.isTyping === isTyping && now - last.at < TYPING_INTERVAL_MS) return true;
    socket.data.lastTyping = { at: now, isTyping };
    return false;
  };

  agents.on('connection', (socket: Socket) => {
    const principal = socket.data.principal as Principal;
    const tenantId = principal.tenantId as string;
    socket.on('typing', async (payload: unknown) => {
      const parsed = agentTyping.safeParse(payload);
      if (!parsed.success || throttled(socket, parsed.data.isTyping)) return;
      try {
        const conversation = await services.conversations.getRaw(
          tenantId,
          parsed.data.conversationId,
        );
        const event = {
          conversationId: conversation.id,
          author: 'agent',
          isTyping: parsed.data.isTyping,
        };
        widgets.to(rooms.conversation(conversation.id)).emit('typing', event);
        socket.to(rooms.supervisors(tenantId)).emit('typing', { ...event, name: principal.name });
      } catch {
        // An unknown or foreign conversation: nothing to tell anyone.
      }
    });
    socket.on('disconnect', (reason: string) => {
      // A node shutting down is not the agent leaving: the console reconnects to another node.
      if (reason === 'server namespace disconnect' || reason === 'server shutting down') return;
      scheduleAway(tenantId, principal.userId);
    });
  });

  // One pending check per user on this node. A page reload, or a console reconnecting to
  // another node, brings a socket back within the grace period; only a user with no socket on
  // any node when it ends (fetchSockets asks every node through the adapter) is set away, so
  // their unanswered chats are not taken from them for a reload.
  const pendingAway = new Map<string, NodeJS.Timeout>();
  const scheduleAway = (tenantId: string, userId: string) => {
    clearTimeout(pendingAway.get(userId));
    const timer = setTimeout(async () => {
      pendingAway.delete(userId);
      try {
        const remaining = await agents.in(rooms.user(userId)).fetchSockets();
        if (remaining.length === 0) await services.routing.agentDisconnected(tenantId, userId);
      } catch (error) {
        logger.warn({ err: error }, 'auto-away failed');
      }
    }, options.presenceGraceMs);
    timer.unref();
    pendingAway.set(userId, timer);
  };

  widgets.on('connection', (socket: Socket) => {
    socket.on('typing', async (payload: unknown) => {
      const parsed = widgetTyping.safeParse(payload);
      if (!parsed.success || throttled(socket, parsed.data.isTyping)) return;
      const tenantId = socket.data.tenantId as string;
      const conversationId = (socket.handshake.auth as { conversationId: string }).conversationId;
      try {
        const conversation = await services.conversations.getRaw(tenantId, conversationId);
        const targets = [rooms.supervisors(tenantId)];
        if (conversation.status === 'bot' || conversation.status === 'queued')
          targets.push(rooms.agents(tenantId));
        else if (conversation.assigneeId) targets.push(rooms.user(conversation.assigneeId));
        agents
          .to(targets)
          .emit('typing', { conversationId, author: 'customer', isTyping: parsed.data.isTyping });
      } catch {
        // The conversation is gone: nothing to tell.
      }
    });
  });

  const unsubscribe = [
    options.bus.subscribe('note.created', (event) => {
      agents.to(staffRooms(event.tenantId)).emit('note.created', event.note);
    }),
    options.bus.subscribe('agent.status_changed', (event) => {
      agents
        .to(staffRooms(event.tenantId))
        .emit('agent.status_changed', { userId: event.userId, status: event.status });
    }),
  ];
  return () => {
    for (const off of unsubscribe) off();
    for (const timer of pendingAway.values()) clearTimeout(timer);
    pendingAway.clear();
  };
}
