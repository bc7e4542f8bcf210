import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quietUntil, renderTemplate } from './proactive-rules.js';

describe('renderTemplate', () => {
  it('fills data fields, nested ones and the contact name; missing ones are empty', () => {
    assert.equal(
      renderTemplate(
        '{{contact.name}}様、ご注文 {{ data.orderId }} は {{data.eta.date}} 着予定です{{data.none}}',
        {
          data: { orderId: 'A-1', eta: { date: '12/8' } },
          contact: { name: '佐藤' },
        },
      ),
      '佐藤様、ご注文 A-1 は 12/8 着予定です',
    );
    assert.equal(
      renderTemplate('{{data.__proto__}}{{data.o}}', {
        data: { o: { x: 1 } },
        contact: { name: null },
      }),
      '',
    );
  });
});

describe('quietUntil', () => {
  // 2026-12-06T13:30Z is 22:30 in Tokyo.
  const now = new Date('2026-12-06T13:30:00Z');
  it('defers to the end of quiet hours that wrap past midnight, in the tenant’s zone', () => {
    const until = quietUntil(now, 'Asia/Tokyo', { start: '21:00', end: '08:00' });
    assert.equal(until?.toISOString(), '2026-12-06T23:00:00.000Z');
  });
  it('sends at once outside quiet hours or without them', () => {
    assert.equal(quietUntil(now, 'Asia/Tokyo', { start: '08:00', end: '21:00' }), null);
    // 13:30 UTC inside 13:00–14:00: until 14:00.
    assert.equal(
      quietUntil(now, 'UTC', { start: '13:00', end: '14:00' })?.toISOString(),
      '2026-12-06T14:00:00.000Z',
    );
    assert.equal(quietUntil(now, 'UTC', { start: '21:00', end: '08:00' }), null);
    assert.equal(quietUntil(now, 'Asia/Tokyo', null), null);
  });
});
