import assert from 'node:assert/strict';
import { test } from 'node:test';
import { callFigures } from './call-figures.js';

test('talk, overlaps with their interrupter, silences, gaps, turns and the longest monologue', () => {
  const f = callFigures(
    {
      agent: [
        { start: 0, end: 4 },
        { start: 9, end: 12 }, // starts while the customer talks: the agent interrupts
        { start: 20, end: 21 },
      ],
      customer: [
        { start: 5, end: 10.5 },
        { start: 13, end: 14 },
        { start: 20.2, end: 20.5 }, // a backchannel inside the agent's turn
      ],
    },
    30,
  );
  assert.deepEqual(f.talk, { agent: 8, customer: 6.8 });
  assert.equal(f.talkRatio, Math.round((8 / 14.8) * 1000) / 1000);
  assert.deepEqual(f.overlaps, [{ start: 9, end: 10.5, interrupter: 'agent' }]);
  assert.deepEqual(f.silences, [
    { start: 14, end: 20 },
    { start: 21, end: 30 },
  ]);
  // Customer stops at 14, the agent answers at 20; the agent interrupted at 9 (no gap).
  assert.deepEqual(
    f.responseGaps.map((g) => g.seconds),
    [6],
  );
  assert.equal(f.turns, 5);
  assert.deepEqual(f.longestMonologue, { start: 5, end: 10.5, speaker: 'customer' });
});

test('an overlap shorter than a second, and a pause shorter than three, are not counted', () => {
  const f = callFigures(
    {
      agent: [{ start: 0, end: 3 }],
      customer: [
        { start: 2.2, end: 4 },
        { start: 6.5, end: 8 },
      ],
    },
    8,
  );
  assert.deepEqual(f.overlaps, []);
  assert.deepEqual(f.silences, []);
});

test('nobody speaking: no ratio, no turns, the whole call is silence', () => {
  const f = callFigures({ agent: [], customer: [] }, 10);
  assert.equal(f.talkRatio, null);
  assert.equal(f.turns, 0);
  assert.deepEqual(f.silences, [{ start: 0, end: 10 }]);
  assert.equal(f.responseGapSeconds, null);
});
