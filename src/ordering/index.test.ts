import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createKeyedQueue } from './index.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('one key in order, even after a failure; other keys side by side', async () => {
  const queue = createKeyedQueue();
  const log: string[] = [];
  const step =
    (name: string, ms: number, fail = false) =>
    async () => {
      log.push(`${name} start`);
      await pause(ms);
      log.push(`${name} end`);
      if (fail) throw new Error(name);
      return name;
    };
  const a1 = queue.run('a', step('a1', 20, true));
  const a2 = queue.run('a', step('a2', 1));
  const b1 = queue.run('b', step('b1', 1));
  await assert.rejects(a1, /a1/);
  assert.equal(await a2, 'a2');
  assert.equal(await b1, 'b1');
  // b1 ran while a1 was still going; a2 only after a1 had ended, though a1 failed.
  assert.ok(log.indexOf('b1 end') < log.indexOf('a1 end'));
  assert.ok(log.indexOf('a1 end') < log.indexOf('a2 start'));
});

test('idle waits for every queue, work queued meanwhile included', async () => {
  const queue = createKeyedQueue();
  let done = 0;
  void queue.run('a', async () => {
    await pause(5);
    void queue.run('a', async () => {
      await pause(5);
      done++;
    });
    done++;
  });
  await queue.idle();
  assert.equal(done, 2);
});
