import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createInProcessBus, type MessageView } from '../bus/index.js';
import { createModerationService, type ModerationRepository } from '../moderation/index.js';
import type { FindingRow, QaRepository, StoredMessage } from './qa.repository.js';
import { createQaService } from './qa.service.js';

/** A conversation store that counts the scanner's reads. */
function setup(contextWindow: boolean) {
  const messages: (StoredMessage & { conversationId: string })[] = [];
  const findings: FindingRow[] = [];
  const reads = { history: 0, message: 0, words: 0, inserts: 0 };
  let tenantWords: string[] = [];
  const qa = {
    async history(_t: string, conversationId: string, limit: number, beforeSeq?: number) {
      reads.history++;
      return messages
        .filter((m) => m.conversationId === conversationId)
        .filter((m) => beforeSeq === undefined || m.seq < beforeSeq)
        .slice(-limit);
    },
    async message(_t: string, id: string) {
      reads.message++;
      return messages.find((m) => m.id === id);
    },
    async insertFindings(rows: readonly FindingRow[]) {
      reads.inserts++;
      findings.push(...rows);
      return [...rows];
    },
    async takeWarning() {
      return false;
    },
  } as unknown as QaRepository;
  const repository = {
    async listWords() {
      reads.words++;
      return [...tenantWords];
    },
    async replaceWords(_t: string, words: readonly string[]) {
      tenantWords = [...words];
    },
  } as ModerationRepository;
  const bus = createInProcessBus((error) => {
    throw error;
  });
  const moderation = createModerationService({ moderation: repository, bus });
  const service = createQaService({
    qa,
    moderation,
    bus,
    onError: (error) => {
      throw error;
    },
    contextWindow,
  });
  service.start();
  let seq = 0;
  /** Stores a message and publishes its event, as the conversation service does. */
  const post = (
    author: MessageView['author'],
    text: string,
    status: 'bot' | 'queued' = 'queued',
    authorId: string | null = null,
  ) => {
    seq++;
    const m = {
      id: `m${seq}`,
      seq,
      conversationId: 'c1',
      author,
      authorId,
      text,
      createdAt: new Date(Date.UTC(2026, 0, 5, 10, 0, seq)).toISOString(),
    };
    messages.push(m);
    bus.publish({
      type: 'message.created',
      tenantId: 't1',
      message: {
        id: m.id,
        conversationId: 'c1',
        author,
        text,
        createdAt: m.createdAt,
        authorName: null,
      },
      conversation: { status, assigneeId: 'agent-1', channel: 'widget', createdAt: m.createdAt },
    });
  };
  return { post, bus, reads, findings, moderation };
}

test('a handed-off conversation is scanned from its kept window: one read fills it, then none', async () => {
  const { post, bus, reads, findings } = setup(true);
  post('customer', 'こんにちは', 'bot');
  post('bot', 'ご用件をどうぞ', 'bot');
  await bus.idle();
  assert.equal(reads.history, 0, 'the bot path reads no context');
  post('customer', '注文した商品がまだ届いていません');
  await bus.idle();
  assert.equal(reads.history, 1, 'the first message with an operator fills the window');
  post('customer', '今日は晴れていますね');
  post('customer', '注文した商品がまだ届いていません'); // the same again: a repeat
  post('agent', 'お待たせしました、確認します', 'queued', 'agent-1');
  await bus.idle();
  assert.equal(reads.history, 1, 'later messages read no context');
  assert.equal(reads.words, 1, "the tenant's words are read once");
  const repeat = findings.filter((f) => f.rule === 'customer_repeat');
  assert.deepEqual(
    repeat.map((f) => f.message_id),
    ['m5'],
  );
  // The agent's first message in the kept window: no missing greeting (お待たせ greets).
  assert.equal(findings.filter((f) => f.rule === 'missing_greeting').length, 0);
});

test('messages heard while the window is being filled are kept in order; an agent finding reads its author', async () => {
  const { post, bus, reads, findings } = setup(true);
  // Three messages in one tick: the first starts the read, the others arrive during it.
  post('customer', '配送状況を教えてください');
  post('customer', 'まだですか');
  post('customer', '配送状況を教えてください');
  await bus.idle();
  assert.equal(reads.history, 1);
  assert.deepEqual(
    findings.filter((f) => f.rule === 'customer_repeat').map((f) => f.message_id),
    ['m3'],
  );
  post('agent', '確認します', 'queued', 'agent-7'); // no greeting: a finding to attribute
  await bus.idle();
  const missing = findings.find((f) => f.rule === 'missing_greeting');
  assert.equal(missing?.agent_id, 'agent-7');
  assert.equal(reads.message, 1, "the author is read for the finding's attribution only");
  assert.equal(reads.history, 1);
});

test('without the window (several nodes) the context is read for every message', async () => {
  const { post, bus, reads, findings } = setup(false);
  post('customer', '配送状況を教えてください');
  await bus.idle();
  post('customer', '配送状況を教えてください');
  await bus.idle();
  assert.equal(reads.history, 2);
  assert.equal(findings.filter((f) => f.rule === 'customer_repeat').length, 1);
});

test("a tenant's replaced word list applies to the next message and is read once more", async () => {
  const { post, bus, reads, findings, moderation } = setup(true);
  post('customer', 'それは激安ですね', 'bot');
  await bus.idle();
  assert.equal(findings.filter((f) => f.rule === 'ng_word').length, 0);
  await moderation.setTenantWords('t1', ['激安']);
  await bus.idle();
  post('customer', 'それは激安ですね', 'bot');
  await bus.idle();
  assert.deepEqual(
    findings.filter((f) => f.rule === 'ng_word').map((f) => [f.message_id, f.text]),
    [['m2', '激安']],
  );
  assert.equal(reads.words, 2);
});

test('the findings of messages scanned together are written in one insert, each alerted once', async () => {
  const { post, bus, reads, findings } = setup(true);
  const alerts: string[] = [];
  bus.subscribe('qa.alert', (event) => {
    alerts.push(event.finding.messageId ?? '');
  });
  // Three customers' messages in one tick, two of them with a high finding each.
  post('customer', '責任者を出せ', 'bot');
  post('customer', '今日は晴れていますね', 'bot');
  post('customer', 'もう解約します', 'bot');
  await bus.idle();
  await bus.idle();
  assert.equal(reads.inserts, 1);
  assert.deepEqual(
    findings.map((f) => [f.message_id, f.rule]),
    [
      ['m1', 'escalation'],
      ['m3', 'escalation'],
    ],
  );
  assert.deepEqual(alerts.sort(), ['m1', 'm3']);
});
