import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handoffIntent, skillsForIntent } from './intent-skills.js';

test('an intent maps to its skills; a namespaced one falls back to its namespace', () => {
  const map = { refund: ['billing'], 'weather/*': ['general'], account: ['accounts', 'ja'] };
  assert.deepEqual(skillsForIntent(map, 'refund'), ['billing']);
  assert.deepEqual(skillsForIntent(map, 'weather/find'), ['general']);
  assert.deepEqual(skillsForIntent(map, 'account/password/reset'), ['accounts', 'ja']);
  assert.deepEqual(skillsForIntent(map, 'unknown'), []);
  assert.deepEqual(skillsForIntent(map, null), []);
});

test('routing reads the intent off the handoff card', () => {
  assert.equal(handoffIntent({ handoff: { intent: 'weather/find' } }), 'weather/find');
  assert.equal(handoffIntent({ handoff: null }), null);
});
