import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { slaStateOf } from '../web/src/shared/sla.js';
import { formatWait } from '../web/src/supervisor/format-wait.js';

const queuedAt = '2026-01-01T00:00:00.000Z';
const slaDueAt = '2026-01-01T00:04:00.000Z'; // a 4-minute target
const at = (seconds: number) => Date.parse(queuedAt) + seconds * 1000;
const row = {
  status: 'queued' as const,
  queuedAt,
  firstReplyAt: null as string | null,
  slaDueAt: slaDueAt as string | null,
};

describe('console: first-reply SLA on inbox rows', () => {
  test('ok, then warning from three quarters of the target, then breached at the due time', () => {
    assert.equal(slaStateOf(row, at(60)), 'ok');
    assert.equal(slaStateOf(row, at(179)), 'ok');
    assert.equal(slaStateOf(row, at(180)), 'warning');
    assert.equal(slaStateOf(row, at(239)), 'warning');
    assert.equal(slaStateOf(row, at(240)), 'breached');
  });

  test('no state once a human replied, when never queued, or when resolved', () => {
    assert.equal(slaStateOf({ ...row, firstReplyAt: queuedAt }, at(600)), null);
    assert.equal(slaStateOf({ ...row, queuedAt: null, slaDueAt: null }, at(600)), null);
    assert.equal(slaStateOf({ ...row, status: 'resolved' }, at(600)), null);
    assert.equal(slaStateOf({ ...row, status: 'assigned' }, at(600)), 'breached');
  });
});

describe('console: waiting times', () => {
  test('seconds, minutes, then hours and minutes, in the viewer’s language', () => {
    assert.match(formatWait('en', 45), /45\s*sec/);
    assert.match(formatWait('en', 12 * 60 + 30), /12\s*min/);
    assert.match(formatWait('en', 2 * 3600 + 5 * 60), /2\s*hr.*5\s*min/);
    assert.match(formatWait('ja', 12 * 60), /12\s*分/);
    assert.match(formatWait('en', -5), /0\s*sec/);
  });
});
