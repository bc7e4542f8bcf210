import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertTransition, canTransition, sourcesOf } from './conversation.state.js';

test('the lifecycle allows bot → queued → assigned → resolved and the ways back', () => {
  assert.ok(canTransition('bot', 'queued'));
  assert.ok(canTransition('queued', 'assigned'));
  assert.ok(canTransition('assigned', 'resolved'));
  assert.ok(canTransition('resolved', 'bot'), 'a customer writing again reopens to the bot');
  assert.ok(canTransition('assigned', 'queued'), 'an agent can put it back in the queue');
  assert.ok(canTransition('queued', 'bot'), 'the customer can go back to the bot');
});

test('impossible transitions are refused with invalid_transition', () => {
  assert.ok(!canTransition('resolved', 'assigned'));
  assert.ok(!canTransition('bot', 'bot'));
  assert.throws(() => assertTransition('resolved', 'resolved'), { code: 'invalid_transition' });
});

test('sourcesOf lists where a state can be reached from', () => {
  assert.deepEqual(sourcesOf('resolved').sort(), ['assigned', 'bot', 'queued']);
  assert.ok(!sourcesOf('assigned').includes('resolved'));
});
