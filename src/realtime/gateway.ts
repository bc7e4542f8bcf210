import type { Server as HttpServer } from 'node:http';
import type { Socket as NetSocket } from 'node:net';
import { createAdapter, createShardedAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { type Socket, Server as SocketServer } from 'socket.io';
import { z } from 'zod';
import { can, hashToken } from '../auth/index.js';
import type { ConversationStatus, DomainEvent, EventBus, MessageView } from '../bus/index.js';
import type { Services } from '../http/index.js';
import { maskDeep } from '../privacy/index.js';
import type { Principal } from '../users/index.js';
import { attachConsoleEvents } from './console-events.js';

const agentAuth = z.object({
  token: z.string().min(1).max(200),
  after: z.string().max(100).optional(),
  /** The tenant to work in, for a person of several tenants (else their default one). */
  tenantId: z.string().min(1).max(100).optional(),
});
const widgetAuth = z.object({
  widgetKey: z.string().min(1).max(100),
  conversationId: z.string().min(1).max(100),
  customerToken: z.string().min(1).max(200),
  after: z.string().max(100).optional(),
});

/** Rooms: who hears what. Supervisors hear the whole tenant; agents the waiting work and their own. */
const rooms = {
  supervisors: (tenantId: string) => `t:${tenantId}:supervisors`,
  agents: (tenantId: string) => `t:${tenantId}:agents`,
  user: (userId: string) => `u:${userId}`,
  session: (tokenHash: string) => `s:${tokenHash}`,
  /** Agents whose tenant masks personal data for them (besides their usual rooms). */
  masked: (tenantId: string) => `t:${tenantId}:masked`,
  maskedUser: (userId: string) => `mu:${userId}`,
  conversation: (conversationId: string) => `c:${conversationId}`,
};

const isWaiting = (status: ConversationStatus) => status === 'bot' || status === 'queued';

export type Gateway = {
  io: SocketServer;
  /**
   * Ends the `/agent` sockets of one session (by its token hash) or of every session of a
   * user, on this node. Every node does it on the `sessions.ended` event.
   */
  endSessions: (ended: { userId: string; tokenHash?: string | undefined }) => void;
  close: () => Promise<void>;
};

/** The parts of an engine.io connection reached for below; absent on long-polling. */
type EngineConnection = { transport?: { socket?: { _socket?: NetSocket } } };

/**
 * Sharded pub/sub (SPUBLISH, SSUBSCRIBE) came with Redis 7; a server that refuses INFO gets
 * the classic adapter.
 */
async function hasShardedPubSub(client: Redis): Promise<boolean> {
  const info = await client.info('server').catch(() => '');
  return Number(/redis_version:(\d+)/.exec(info)?.[1] ?? 0) >= 7;
}

/**
 * While one frame to a socket is being written, engine.io queues the next packets and then
 * sends them in one go, but the WebSocket layer writes each frame on its own: a console
 * hearing a burst of messages cost one system call per frame. The socket is corked for such
 * a flush, so the queued frames leave in one write. Same frames, same order; when the
 * WebSocket's TCP socket cannot be reached (another transport or library version), frames
 * go out one by one as before.
 */
function coalesceFlushes(io: SocketServer) {
  io.engine.on('flush', (connection: EngineConnection, buffer: unknown[]) => {
    if (buffer.length < 2) return;
    const tcp = connection.transport?.socket?._socket;
    if (!tcp || typeof tcp.cork !== 'function') return;
    tcp.cork();
    process.nextTick(() => tcp.uncork());
  });
}

/**
 * Socket.IO namespaces of the public contract: `/agent` for the console, `/widget` for
 * customers. Subscribes to domain events, which are published only after commit.
 */
export async function createGateway(options: {
  server: HttpServer;
  services: Services;
  bus: EventBus;
  logger: Logger;
  /** With several nodes, Socket.IO's Redis adapter carries every emit to the other nodes' clients. */
  redis?: { url: string; prefix: string } | undefined;
  /** How long a user without a console socket stays online, waiting for a reconnect. */
  presenceGraceMs?: number | undefined;
}): Promise<Gateway> {
  const { services, bus, logger } = options;
  const io = new SocketServer(options.server, {
    path: '/socket.io',
    cors: { origin: true },
    maxHttpBufferSize: 64 * 1024,
    serveClient: false,
  });
  coalesceFlushes(io);
  let redisClients: Redis[] = [];
  if (options.redis) {
    // Publishes of one tick leave in one write (a write costs more than the command).
    const pub = new Redis(options.redis.url, { enableAutoPipelining: true });
    const sub = new Redis(options.redis.url);
    for (const client of [pub, sub])
      client.on('error', (error) => logger.warn({ err: error }, 'realtime redis error'));
    redisClients = [pub, sub];
    const prefix = `${options.redis.prefix}:socket.io`;
    // Redis 7's sharded pub/sub gives each room its own channel, to which only nodes with
    // a member subscribe: an emit to one room reaches only the nodes that have a listener,
    // not every node. Older Redis: one channel that every node hears.
    io.adapter(
      (await hasShardedPubSub(pub))
        ? createShardedAdapter(pub, sub, { channelPrefix: prefix, subscriptionMode: 'dynamic' })
        : createAdapter(pub, sub, { key: prefix }),
    );
  }

  const agents = io.of('/agent');
  agents.use(async (socket, next) => {
    const parsed = agentAuth.safeParse(socket.handshake.auth);
    if (!parsed.success) return next(new Error('unauthorized'));
    try {
      const principal = await services.auth.authenticate(parsed.data.token, {
        tenantId: parsed.data.tenantId,
        address: socket.handshake.address,
      });
      const isOtherTenant =
        parsed.data.tenantId !== undefined && principal.tenantId !== parsed.data.tenantId;
      if (!principal.tenantId || isOtherTenant || !can(principal, 'conversation.read'))
        return next(new Error('forbidden'));
      socket.data.principal = principal;
      socket.data.tokenHash = hashToken(parsed.data.token);
      next();
    } catch {
      next(new Error('unauthorized'));
    }
  });
  agents.on('connection', async (socket: Socket) => {
    const principal = socket.data.principal as Principal;
    const tenantId = principal.tenantId as string;
    const isSupervisor = can(principal, 'conversation.assign_others');
    socket.join([
      isSupervisor ? rooms.supervisors(tenantId) : rooms.agents(tenantId),
      rooms.user(principal.userId),
      rooms.session(socket.data.tokenHash as string),
      ...(principal.isPiiMasked
        ? [rooms.masked(tenantId), rooms.maskedUser(principal.userId)]
        : []),
    ]);
    const after = agentAuth.safeParse(socket.handshake.auth).data?.after;
    if (after) {
      try {
        for (const missed of await services.conversations.tenantMessagesAfter(tenantId, after)) {
          const isVisible =
            isSupervisor ||
            isWaiting(missed.conversation.status) ||
            missed.conversation.assigneeId === principal.userId;
          if (isVisible) {
            socket.emit(
              'message.created',
              principal.isPiiMasked ? maskDeep(missed.message) : missed.message,
            );
          }
        }
      } catch (error) {
        logger.warn({ err: error }, 'agent catch-up failed');
      }
    }
  });

  const widgets = io.of('/widget');
  widgets.use(async (socket, next) => {
    const parsed = widgetAuth.safeParse(socket.handshake.auth);
    if (!parsed.success) return next(new Error('unauthorized'));
    try {
      const tenant = await services.tenants.getTenantByWidgetKey(parsed.data.widgetKey);
      await services.conversations.verifyCustomer(
        tenant.id,
        parsed.data.conversationId,
        parsed.data.customerToken,
      );
      socket.data.tenantId = tenant.id;
      next();
    } catch {
      next(new Error('unauthorized'));
    }
  });
  widgets.on('connection', async (socket: Socket) => {
    const auth = widgetAuth.parse(socket.handshake.auth);
    socket.join(rooms.conversation(auth.conversationId));
    if (auth.after) {
      try {
        const missed = await services.conversations.messagesAfter(
          socket.data.tenantId,
          auth.conversationId,
          auth.after,
        );
        for (const message of missed) socket.emit('message.created', message);
      } catch (error) {
        logger.warn({ err: error }, 'widget catch-up failed');
      }
    }
  });

  // On one node every listener is local, so an emit to a room nobody is in can be skipped
  // (Socket.IO would still encode the packet); with Redis, other nodes' members count too.
  const isSingleNode = !options.redis;
  const hasListeners = (namespace: typeof widgets, room: string) =>
    !isSingleNode || namespace.adapter.rooms.has(room);

  const emitMessage = (
    tenantId: string,
    message: MessageView,
    status: ConversationStatus,
    assigneeId: string | null,
  ) => {
    const conversationRoom = rooms.conversation(message.conversationId);
    if (hasListeners(widgets, conversationRoom)) {
      widgets.to(conversationRoom).emit('message.created', message);
    }
    // One room per emit, so that with Redis each goes only to nodes with a listener. A
    // socket is in either the supervisors' or the agents' room; an assignee who is a
    // supervisor has heard it already.
    const supervisorsRoom = rooms.supervisors(tenantId);
    if (hasListeners(agents, supervisorsRoom)) {
      agents.to(supervisorsRoom).emit('message.created', message);
    }
    const isForAll = isWaiting(status);
    const staffRoom = isForAll
      ? rooms.agents(tenantId)
      : assigneeId
        ? rooms.user(assigneeId)
        : undefined;
    if (!staffRoom) return;
    // Agents whose personal data is masked hear the message as the API shows it to them.
    const maskedRoom = rooms.masked(tenantId);
    if (hasListeners(agents, staffRoom)) {
      agents.to(staffRoom).except([supervisorsRoom, maskedRoom]).emit('message.created', message);
    }
    const maskedTarget = isForAll ? maskedRoom : rooms.maskedUser(assigneeId as string);
    if (hasListeners(agents, maskedTarget)) {
      agents.to(maskedTarget).except(supervisorsRoom).emit('message.created', maskDeep(message));
    }
  };

  const onEvent = (event: DomainEvent) => {
    if (event.type === 'message.created') {
      emitMessage(
        event.tenantId,
        event.message,
        event.conversation.status,
        event.conversation.assigneeId,
      );
    } else if (event.type === 'qa.alert') {
      // Quality alerts go to the tenant's supervisors and admins only, never to agents.
      agents
        .to(rooms.supervisors(event.tenantId))
        .emit('qa.alert', { conversationId: event.conversationId, finding: event.finding });
    } else if (event.type === 'callback.created' || event.type === 'callback.updated') {
      // Every operator of the tenant sees callback requests; phone numbers masked where the
      // tenant masks personal data.
      const { tenantId, callback } = event;
      const maskedRoom = rooms.masked(tenantId);
      agents
        .to([rooms.supervisors(tenantId), rooms.agents(tenantId)])
        .except(maskedRoom)
        .emit(event.type, callback);
      if (hasListeners(agents, maskedRoom)) {
        agents.to(maskedRoom).emit(event.type, maskDeep(callback));
      }
    } else if (event.type === 'conversation.updated') {
      const { id, status, assigneeId, assigneeName } = event.conversation;
      // Every agent of the tenant hears state changes, so queues and inboxes stay current.
      const update = { id, status, assigneeId };
      agents.to(rooms.supervisors(event.tenantId)).emit('conversation.updated', update);
      agents.to(rooms.agents(event.tenantId)).emit('conversation.updated', update);
      widgets
        .to(rooms.conversation(id))
        .emit('conversation.updated', { id, status, assigneeId, assigneeName });
    }
  };
  const endSessions: Gateway['endSessions'] = ({ userId, tokenHash }) => {
    // Local only: each node hears the event and ends its own sockets.
    agents.local
      .in(tokenHash ? rooms.session(tokenHash) : rooms.user(userId))
      .disconnectSockets(true);
  };
  const unsubscribe = [
    bus.subscribe('sessions.ended', (event) => endSessions(event), { scope: 'cluster' }),
    bus.subscribe('message.created', onEvent),
    bus.subscribe('conversation.updated', onEvent),
    bus.subscribe('qa.alert', onEvent),
    bus.subscribe('callback.created', onEvent),
    bus.subscribe('callback.updated', onEvent),
    attachConsoleEvents({
      agents,
      widgets,
      services,
      bus,
      logger,
      rooms,
      presenceGraceMs: options.presenceGraceMs ?? 30_000,
    }),
  ];

  return {
    io,
    endSessions,
    /** Drops the sockets (clients reconnect elsewhere and catch up); the HTTP server is closed by its owner. */
    async close() {
      for (const off of unsubscribe) off();
      io.disconnectSockets(true);
      io.engine.close();
      await Promise.allSettled(redisClients.map((c) => c.quit()));
    },
  };
}
