import assert from 'node:assert/strict';
import type { Socket } from 'socket.io-client';
import { connectSocket, demo, startWidgetConversation, type TestServer } from './harness.js';

export type WaitingCustomer = Awaited<ReturnType<typeof startWidgetConversation>> & {
  socket: Socket;
};

/**
 * A Japanese customer on the demo widget, connected over Socket.IO, who has asked for a person:
 * the conversation is queued for an operator. The socket is added to `sockets` for closing.
 */
export async function customerAsksForHuman(
  server: TestServer,
  sockets: Socket[],
  contact: { name: string; email: string },
): Promise<WaitingCustomer> {
  const widget = await startWidgetConversation(server.api, { contact, language: 'ja' });
  const socket = await connectSocket(server.url, '/widget', {
    widgetKey: demo.widgetKey,
    conversationId: widget.conversationId,
    customerToken: widget.customerToken,
  });
  sockets.push(socket);
  assert.ok([200, 201].includes((await widget.send('人と話したい')).status));
  return { ...widget, socket };
}
