import assert from 'node:assert/strict';
import { test } from 'node:test';
import { erlangAFigures, erlangB, erlangC, erlangCFigures, requiredAgents } from './erlang.js';

const close = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} vs ${expected}`);

test('Erlang B matches the published blocking tables', () => {
  // Erlang B tables (e.g. Cooper, Introduction to Queueing Theory, table of B(N, A)).
  close(erlangB(1, 1), 0.5, 1e-12, 'B(1,1)');
  close(erlangB(2, 1), 0.2, 1e-12, 'B(2,1)');
  close(erlangB(5, 2), 0.0367, 1e-4, 'B(5,2)');
  close(erlangB(10, 5), 0.0184, 1e-4, 'B(10,5)');
  close(erlangB(20, 15), 0.0456, 1e-4, 'B(20,15)');
});

test('Erlang C matches textbook M/M/N waiting probabilities', () => {
  // M/M/1: the probability of waiting is the load.
  close(erlangC(1, 0.7), 0.7, 1e-12, 'C(1,0.7)');
  // M/M/2 at 50 % load: 1/3 (Kleinrock, Queueing Systems vol. 1).
  close(erlangC(2, 1), 1 / 3, 1e-12, 'C(2,1)');
  // 10 Erlangs on 11 agents: 0.682 (Erlang C tables).
  close(erlangC(11, 10), 0.6821, 1e-4, 'C(11,10)');
  assert.equal(erlangC(10, 10), 1, 'an unstable queue always waits');
});

test('Erlang C service level, wait and occupancy follow the closed forms', () => {
  // 200 contacts an hour of 180 s = 10 Erlangs; 14 agents, answer within 20 s.
  const f = erlangCFigures(14, 10, 180, 20);
  const pw = erlangC(14, 10);
  close(f.serviceLevel, 1 - pw * Math.exp((-4 * 20) / 180), 1e-12, 'service level');
  close(f.averageWaitSeconds, (pw * 180) / 4, 1e-9, 'ASA');
  close(f.occupancy, 10 / 14, 1e-12, 'occupancy');
});

test('staffing finds the fewest agents reaching the target', () => {
  const r = requiredAgents({
    contactsPerHour: 200,
    handleSeconds: 180,
    targetServiceLevel: 0.8,
    targetSeconds: 20,
  });
  assert.equal(r.model, 'erlang_c');
  assert.ok(r.serviceLevel >= 0.8);
  assert.ok(
    erlangCFigures(r.agents - 1, 10, 180, 20).serviceLevel < 0.8,
    'one fewer is not enough',
  );
  assert.equal(r.agents, 14);
  // Chat: three at once per agent needs about a third as many agents.
  const chat = requiredAgents({
    contactsPerHour: 200,
    handleSeconds: 180,
    targetServiceLevel: 0.8,
    targetSeconds: 20,
    concurrency: 3,
  });
  assert.equal(chat.agents, 5);
  assert.deepEqual(
    requiredAgents({
      contactsPerHour: 0,
      handleSeconds: 180,
      targetServiceLevel: 0.8,
      targetSeconds: 20,
    }).agents,
    0,
  );
});

test('Erlang A tends to Erlang C as patience grows, and abandonment follows Little', () => {
  const c = erlangCFigures(11, 10, 180, 20);
  const a = erlangAFigures(11, 10 / 180, 180, 1e9, 20);
  close(a.serviceLevel, c.serviceLevel, 1e-4, 'service level');
  close(a.probabilityOfWaiting, c.probabilityOfWaiting, 1e-4, 'P(wait)');
  close(a.averageWaitSeconds, c.averageWaitSeconds, 1e-2, 'ASA');
  // With patience, fewer wait long, some abandon; the served load is the offered load minus them.
  const impatient = erlangAFigures(11, 10 / 180, 180, 60, 20);
  assert.ok(impatient.serviceLevel > c.serviceLevel);
  assert.ok((impatient.abandonRate ?? 0) > 0);
  close(impatient.occupancy, (10 * (1 - (impatient.abandonRate ?? 0))) / 11, 1e-6, 'carried load');
  // Overloaded (traffic above agents) is stable with abandonment.
  const over = erlangAFigures(8, 10 / 180, 180, 60, 20);
  assert.ok(over.serviceLevel > 0 && over.serviceLevel < 1);
  const staffed = requiredAgents({
    contactsPerHour: 200,
    handleSeconds: 180,
    targetServiceLevel: 0.8,
    targetSeconds: 20,
    patienceSeconds: 120,
  });
  assert.equal(staffed.model, 'erlang_a');
  assert.ok(staffed.agents <= 14 && staffed.serviceLevel >= 0.8);
});
