import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createInProcessBus } from './event-bus.js';
import { CLUSTER_EVENTS } from './events.js';

test('a cluster handler may only listen to an event that crosses nodes', () => {
  const bus = createInProcessBus(() => {});
  assert.ok(!CLUSTER_EVENTS.has('message.created'));
  assert.throws(
    () => bus.subscribe('message.created', () => {}, { scope: 'cluster' }),
    /does not cross nodes/,
  );
  assert.doesNotThrow(() => bus.subscribe('faq.changed', () => {}, { scope: 'cluster' }));
});

test('handlers run after the publisher, each isolated from the others', async () => {
  const errors: unknown[] = [];
  const bus = createInProcessBus((error) => errors.push(error));
  const heard: string[] = [];
  bus.subscribe('faq.changed', () => {
    throw new Error('first handler fails');
  });
  bus.subscribe('faq.changed', (event) => {
    heard.push(event.tenantId);
  });
  bus.publish({ type: 'faq.changed', tenantId: 'ten_1' });
  assert.deepEqual(heard, [], 'not inline in the publisher');
  await bus.idle();
  assert.deepEqual(heard, ['ten_1']);
  assert.equal(errors.length, 1);
});
