import type { OutboxEntry } from './outbox.js';
import type { Author, Message, QuickReply } from './types.js';

export type ItemState = 'sent' | 'pending' | 'failed';

/** One bubble: a stored message, or a customer message still in the outbox. */
export type Item = {
  id?: string;
  clientMessageId?: string;
  author: Author;
  text: string;
  createdAt: string;
  authorName?: string | null;
  buttons?: QuickReply[];
  state: ItemState;
  /** Arrival order: breaks createdAt ties and orders unsent messages. */
  seq: number;
  areButtonsUsed?: boolean;
};

const timeOf = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
};

/**
 * The conversation as the customer sees it. Messages arrive from history, HTTP replies,
 * socket events and reconnect replays, so everything is deduplicated by id; acknowledged
 * messages are ordered by createdAt, unsent ones follow in the order they were typed.
 */
export function createMessageStore() {
  const items: Item[] = [];
  const byId = new Map<string, Item>();
  let seq = 0;

  const findUnsent = (clientMessageId: string) =>
    items.find((item) => item.clientMessageId === clientMessageId && item.state !== 'sent');

  function attach(item: Item, message: Message) {
    item.id = message.id;
    item.createdAt = message.createdAt;
    item.text = message.text;
    item.state = 'sent';
    byId.set(message.id, item);
  }

  return {
    /** Adds a server message unless already known; false when it was a duplicate. */
    add(message: Message): boolean {
      if (byId.has(message.id)) return false;
      if (message.author === 'customer') {
        // Our own message echoed by the socket before its HTTP acknowledgement arrived.
        const own =
          (message.clientMessageId ? findUnsent(message.clientMessageId) : undefined) ??
          items.find((item) => item.state === 'pending' && item.text === message.text);
        if (own) {
          attach(own, message);
          return true;
        }
      }
      const item: Item = {
        id: message.id,
        author: message.author,
        text: message.text,
        createdAt: message.createdAt,
        authorName: message.authorName ?? null,
        ...(message.buttons?.length ? { buttons: message.buttons } : {}),
        state: 'sent',
        seq: seq++,
      };
      items.push(item);
      byId.set(message.id, item);
      return true;
    },

    addUnsent(entry: OutboxEntry): void {
      if (findUnsent(entry.clientMessageId)) return;
      items.push({
        clientMessageId: entry.clientMessageId,
        author: 'customer',
        text: entry.text,
        createdAt: entry.createdAt,
        state: entry.state,
        seq: seq++,
      });
    },

    /** The server acknowledged an outbox entry with this stored message. */
    acknowledge(clientMessageId: string, message: Message): void {
      const item = items.find((i) => i.clientMessageId === clientMessageId);
      const known = byId.get(message.id);
      if (item && known && known !== item) {
        // Already shown (from history after a reload): drop the pending copy.
        items.splice(items.indexOf(item), 1);
      } else if (item && !known) {
        attach(item, message);
      } else if (!item) {
        this.add(message);
      }
    },

    setState(clientMessageId: string, state: ItemState): void {
      const item = findUnsent(clientMessageId);
      if (item) item.state = state;
    },

    has: (id: string) => byId.has(id),

    ordered(): Item[] {
      const sent = items.filter((i) => i.state === 'sent');
      const unsent = items.filter((i) => i.state !== 'sent');
      sent.sort((a, b) => timeOf(a.createdAt) - timeOf(b.createdAt) || a.seq - b.seq);
      unsent.sort((a, b) => a.seq - b.seq);
      return [...sent, ...unsent];
    },

    lastSeenId(): string | undefined {
      const sent = this.ordered().filter((i) => i.state === 'sent');
      return sent[sent.length - 1]?.id;
    },

    /** Who is helping, when a history load does not say: the last agent who wrote. */
    lastAgentName(): string | null {
      const agents = this.ordered().filter((i) => i.author === 'agent' && i.authorName);
      return agents[agents.length - 1]?.authorName ?? null;
    },

    clear(): void {
      items.length = 0;
      byId.clear();
    },
  };
}

export type MessageStore = ReturnType<typeof createMessageStore>;
