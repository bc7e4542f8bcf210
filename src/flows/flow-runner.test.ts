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
  const reads = { list: 0, faq: 0, intent: 0 };
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
    findState: async () => undefined,
    saveState: async () => {},
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
    faqAnswer: async (_t, text) => {
      reads.faq++;
      return text.includes('送料') ? 'faq_shipping' : undefined;
    },
  });
  const say = async (text: string) => {
    const turn = await runner.turn({ tenantId: 't', conversationId: 'c', text });
    await turn?.write({} as Db);
    return turn?.replies.map((r) => r.text);
  };
  return { runner, reads, say };
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
    assert.deepEqual(reads, { list: 1, faq: 0, intent: 0 });
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
