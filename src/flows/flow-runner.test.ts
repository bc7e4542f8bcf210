import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Db } from '../db/index.js';
import type { FlowRepository } from './flow.repository.js';
import type { FlowService } from './flow.service.js';
import type { FlowDefinition } from './flow.types.js';
import { compileFlow } from './flow-engine.js';
import { createFlowRunner, indexTriggers } from './flow-runner.js';

const flowOf = (id: string, trigger: FlowDefinition['trigger']): FlowDefinition => ({
  name: id,
  trigger,
  steps: [{ id: 'say', type: 'end', text: `flow ${id}` }],
});

/** A runner over flows held in memory, counting the reads a message costs. */
function runnerWith(definitions: Record<string, FlowDefinition>) {
  const reads = { list: 0, faq: 0, intent: 0, state: 0 };
  /** The flow states stored, by conversation. */
  const states = new Map<string, string>();
  const flows = {
    async list() {
      reads.list++;
      return Object.entries(definitions).map(([id, d]) => ({ id, trigger: d.trigger }));
    },
    async compiled(_tenant: string, id: string) {
      const d = definitions[id];
      return d ? compileFlow(id, 1, d) : undefined;
    },
  } as unknown as FlowService;
  const repository = {
    findState: async (_t: string, conversationId: string) => {
      reads.state++;
      return states.get(conversationId);
    },
    saveState: async (_tx: Db, _t: string, conversationId: string, state: string | null) => {
      if (state === null) states.delete(conversationId);
      else states.set(conversationId, state);
    },
  } as unknown as FlowRepository;
  const runner = createFlowRunner({
    flows,
    repository,
    policy: { allowHosts: [], allowPrefixes: [] },
    statusOf: async () => 'bot',
    intentOf: (_t, text) => {
      reads.intent++;
      return text.includes('返品') ? 'returns' : undefined;
    },
  });
  const faqAnswer = (text: string) => () => {
    reads.faq++;
    return text.includes('送料') ? 'faq_shipping' : undefined;
  };
  const say = async (text: string) => {
    const turn = await runner.turn({
      tenantId: 't',
      conversationId: 'c',
      text,
      faqAnswer: faqAnswer(text),
    });
    await turn?.write({} as Db);
    return turn?.replies.map((r) => r.text);
  };
  return { runner, reads, say, states, faqAnswer };
}

describe('flow triggers', () => {
  it('start the flow named by a keyword, an intent or the FAQ the bot would answer', async () => {
    const { say } = runnerWith({
      kw: flowOf('kw', { keyword: '注文状況' }),
      intent: flowOf('intent', { intent: 'returns' }),
      faq: flowOf('faq', { faqId: 'faq_shipping' }),
    });
    assert.deepEqual(await say('注文状況を教えて'), ['flow kw']);
    assert.deepEqual(await say('返品したいです'), ['flow intent']);
    assert.deepEqual(await say('送料はいくら？'), ['flow faq']);
    assert.equal(await say('営業時間は？'), undefined);
  });

  it('checks a keyword before the classifier and the FAQ search', async () => {
    const { say, reads } = runnerWith({
      kw: flowOf('kw', { keyword: '返品' }),
      faq: flowOf('faq', { faqId: 'faq_shipping' }),
    });
    assert.deepEqual(await say('返品と送料について'), ['flow kw']);
    assert.equal(reads.faq, 0);
    // No intent triggers: the classifier is never asked.
    await say('営業時間');
    assert.equal(reads.intent, 0);
    assert.equal(reads.faq, 1);
  });

  it('reads the tenant flows once, not per message', async () => {
    const { say, reads } = runnerWith({ kw: flowOf('kw', { keyword: 'hello' }) });
    for (let i = 0; i < 20; i++) await say(`message ${i}`);
    assert.equal(reads.list, 1);
  });

  it('asks nothing more of a tenant without flows', async () => {
    const { say, reads } = runnerWith({});
    assert.equal(await say('送料 返品'), undefined);
    assert.deepEqual(reads, { list: 1, faq: 0, intent: 0, state: 0 });
  });

  it('reads no flow state where the conversation is known to have none at its last number', async () => {
    const { runner, reads } = runnerWith({
      ask: {
        name: 'ask',
        trigger: { keyword: '注文状況' },
        steps: [
          { id: 'q', type: 'question', text: '番号は？', variable: 'n', kind: 'text' },
          { id: 'e', type: 'end', text: '{{n}} ですね' },
        ],
      },
    });
    const turn = async (text: string, lastSeq: number, recheck = false) => {
      const check = { lastSeq, recheck } as {
        lastSeq: number;
        absent?: boolean;
        assumed?: boolean;
        recheck?: boolean;
      };
      const result = await runner.turn({ tenantId: 't', conversationId: 'c', text, check });
      await result?.write({} as Db);
      return { check, replies: result?.replies.map((r) => r.text) };
    };
    // A conversation without messages yet: nothing to read.
    assert.deepEqual((await turn('こんにちは', 0)).check, {
      lastSeq: 0,
      recheck: false,
      absent: true,
      assumed: true,
    });
    assert.equal(reads.state, 0);
    // Read once; once the append from 2 left 4, the next turn at 4 reads nothing.
    assert.equal((await turn('送料は？', 2)).check.assumed, undefined);
    assert.equal(reads.state, 1);
    runner.idleAt('t', 'c', 4);
    const known = await turn('営業時間は？', 4);
    assert.deepEqual([known.check.absent, known.check.assumed, reads.state], [true, true, 1]);
    // Another number (the conversation moved on elsewhere), or a recheck: read.
    await turn('営業時間は？', 6);
    await turn('営業時間は？', 4, true);
    assert.equal(reads.state, 3);
    // A flow started here: the fact is gone, its state is read and answered.
    runner.idleAt('t', 'c', 8);
    assert.deepEqual((await turn('注文状況', 8)).replies, ['番号は？']);
    const answered = await turn('1001', 8);
    assert.deepEqual(answered.replies, ['1001 ですね']);
    assert.equal(answered.check.assumed, undefined);
  });

  it('asks for the FAQ answer only when a flow has an FAQ trigger', async () => {
    const { runner, reads, faqAnswer } = runnerWith({ kw: flowOf('kw', { keyword: 'x' }) });
    await runner.turn({
      tenantId: 't',
      conversationId: 'c',
      text: '送料',
      faqAnswer: faqAnswer('送料'),
    });
    assert.equal(reads.faq, 0);
  });

  it('indexes the longest keyword first', () => {
    const index = indexTriggers([
      { id: 'a', trigger: { keyword: '注文' } },
      { id: 'b', trigger: { keyword: '注文 キャンセル' } },
    ]);
    assert.deepEqual(
      index.keywords.map((k) => k.id),
      ['b', 'a'],
    );
  });
});
