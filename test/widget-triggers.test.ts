import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  armedTriggers,
  countVisit,
  emptyTriggerState,
  markShown,
  triggerMessage,
  VISIT_GAP_MS,
  type WidgetTrigger,
} from '../widget/src/triggers.js';

const rule = (over: Partial<WidgetTrigger> & Pick<WidgetTrigger, 'when'>): WidgetTrigger => ({
  id: 'r1',
  message: { ja: 'お困りですか？', en: 'Need a hand?' },
  enabled: true,
  ...over,
});
const t0 = new Date(2026, 11, 6, 10, 0).getTime();

describe('widget triggers in the page', () => {
  it('arms a rule for /demo after its seconds on page, not on other pages', () => {
    const state = countVisit(emptyTriggerState(), t0);
    const demo = rule({ when: { urlContains: '/demo', secondsOnPage: 2 } });
    assert.deepEqual(
      armedTriggers([demo], 'https://shop.example/demo?x=1', state, t0).map((a) => a.delayMs),
      [2000],
    );
    assert.deepEqual(armedTriggers([demo], 'https://shop.example/cart', state, t0), []);
  });

  it('shows a returning-visitor rule only from the second visit', () => {
    const back = rule({ id: 'back', when: { returningVisitor: true } });
    let state = countVisit(emptyTriggerState(), t0);
    assert.equal(armedTriggers([back], 'https://a/', state, t0).length, 0);
    state = countVisit(state, t0 + 5 * 60_000); // reload within the same visit
    assert.equal(state.visits, 1);
    assert.equal(armedTriggers([back], 'https://a/', state, t0).length, 0);
    state = countVisit(state, t0 + 5 * 60_000 + VISIT_GAP_MS + 1);
    assert.equal(state.visits, 2);
    assert.equal(armedTriggers([back], 'https://a/', state, t0).length, 1);
  });

  it('shows each rule once per day and skips disabled rules', () => {
    const r = rule({ when: {} });
    const off = rule({ id: 'off', enabled: false, when: {} });
    let state = countVisit(emptyTriggerState(), t0);
    assert.deepEqual(
      armedTriggers([r, off], 'https://a/', state, t0).map((a) => a.trigger.id),
      ['r1'],
    );
    state = markShown(state, 'r1', t0);
    assert.equal(armedTriggers([r], 'https://a/', state, t0 + 60_000).length, 0);
    assert.equal(armedTriggers([r], 'https://a/', state, t0 + 24 * 3600_000).length, 1);
  });

  it('picks the message in the visitor language, falling back to the other', () => {
    assert.equal(triggerMessage(rule({ when: {} }), 'ja'), 'お困りですか？');
    assert.equal(triggerMessage(rule({ when: {} }), 'ko'), 'Need a hand?');
    assert.equal(triggerMessage(rule({ message: { ja: 'のみ' }, when: {} }), 'en'), 'のみ');
  });
});
