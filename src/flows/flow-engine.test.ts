import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoOrderFlow } from './demo-order-flow.js';
import { flowBodySchema } from './flow.types.js';
import {
  answerFlow,
  compileFlow,
  parseAnswer,
  readPath,
  resumeAfterSkill,
  startFlow,
} from './flow-engine.js';

const flow = compileFlow(
  'order-status',
  1,
  flowBodySchema.parse(demoOrderFlow('http://shop.test')),
);

describe('flow engine', () => {
  it('runs the order-status flow: question, skill, reply with mapped variables, buttons, end', () => {
    const started = startFlow(flow);
    assert.match(started.replies[0]?.text ?? '', /ご注文番号/);
    assert.equal(started.state?.stepId, 'ask');

    const bad = answerFlow(flow, started.state!, 'わかりません');
    assert.match(bad.replies[0]?.text ?? '', /もう一度/);
    assert.equal(bad.state?.stepId, 'ask');

    const asked = answerFlow(flow, started.state!, '＃１００１');
    assert.deepEqual(asked.skill?.url, 'http://shop.test/demo/shop/orders/1001');
    assert.equal(asked.state?.variables.order, '1001');

    const done = resumeAfterSkill(flow, asked.state!, {
      ok: true,
      json: { status: '発送済み', eta: '2026-12-08' },
    });
    assert.equal(done.replies[0]?.text, 'ご注文 1001 の状況: 発送済み（お届け予定: 2026-12-08）');
    assert.deepEqual(
      done.replies[1]?.buttons?.map((b) => b.label),
      ['いいえ、大丈夫です', '担当者と話す'],
    );
    assert.equal(done.state?.stepId, 'more');

    const end = answerFlow(flow, done.state!, 'いいえ、大丈夫です');
    assert.equal(end.state, null);
    assert.equal(end.replies[0]?.text, 'ご利用ありがとうございました。');
  });

  it('a skill that fails or answers garbage tells the customer and hands over with the variables', () => {
    const asked = answerFlow(flow, startFlow(flow).state!, '1001');
    for (const outcome of [
      { ok: false as const, reason: 'timeout' },
      { ok: true as const, json: '<html>oops</html>' },
      { ok: true as const, json: { unexpected: true } },
    ]) {
      const result = resumeAfterSkill(flow, asked.state!, outcome);
      assert.match(result.replies[0]?.text ?? '', /確認できませんでした/);
      assert.deepEqual(result.handoff?.variables, { order: '1001' });
      assert.equal(result.state, null);
    }
  });

  it('parses answers by kind', () => {
    assert.equal(parseAnswer('email', ' Sato@Example.JP '), 'sato@example.jp');
    assert.equal(parseAnswer('email', 'sato@'), undefined);
    assert.equal(parseAnswer('date', '2026年12月8日'), '2026-12-08');
    assert.equal(parseAnswer('date', '2026-02-30'), undefined);
    assert.equal(parseAnswer('order_number', 'abc'), undefined);
    // The one order number in a sentence; none, or two, are asked again.
    assert.equal(parseAnswer('order_number', '注文番号は ｂｘ-１００１ です。'), 'BX-1001');
    assert.equal(parseAnswer('order_number', 'my order is #1001, thanks'), '1001');
    assert.equal(parseAnswer('order_number', '1001 と 1002 です'), undefined);
    assert.equal(parseAnswer('order_number', '12月に注文しました'), undefined);
    assert.equal(readPath({ a: { b: [{ c: 3 }] } }, 'a.b.0.c'), '3');
    assert.equal(readPath({ a: 1 }, '__proto__'), undefined);
  });

  it('refuses flows that lead nowhere or repeat step ids', () => {
    const bad = flowBodySchema.safeParse({
      name: 'x',
      trigger: { keyword: 'x' },
      steps: [
        { id: 'a', type: 'message', text: 'hi', next: 'missing' },
        { id: 'a', type: 'end' },
      ],
    });
    assert.equal(bad.success, false);
    const twoTriggers = flowBodySchema.safeParse({
      name: 'x',
      trigger: { keyword: 'x', intent: 'y' },
      steps: [{ id: 'a', type: 'end' }],
    });
    assert.equal(twoTriggers.success, false);
  });
});
