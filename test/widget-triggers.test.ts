import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  inQuietHours,
  localTime,
  MAX_GLOB_STARS,
  urlMatches,
  urlPatternProblem,
} from '../src/integrations/widget-trigger-rules.js';
import {
  armedTriggers,
  countVisit,
  emptyTriggerState,
  markShown,
  newVisitorId,
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

describe('widget trigger rules shared by the server and the widget', () => {
  it('matches a prefix against the path and query, or the whole URL', () => {
    const prefix = (pattern: string) => ({ match: 'prefix' as const, pattern });
    assert.equal(urlMatches(prefix('/pricing'), 'https://shop.example/pricing/pro?x=1'), true);
    assert.equal(urlMatches(prefix('/pricing'), 'https://shop.example/en/pricing'), false);
    assert.equal(urlMatches(prefix('https://shop.example/'), 'https://shop.example/a'), true);
    assert.equal(urlMatches(prefix('https://shop.example/'), 'https://other.example/a'), false);
    assert.equal(urlMatches(prefix('/a'), 'not a url'), false);
  });

  it('matches a glob over the whole subject, * being any run of characters', () => {
    const glob = (pattern: string) => ({ match: 'glob' as const, pattern });
    assert.equal(
      urlMatches(glob('/products/*/reviews'), 'https://s.example/products/42/reviews'),
      true,
    );
    assert.equal(
      urlMatches(glob('/products/*/reviews'), 'https://s.example/products/42/specs'),
      false,
    );
    assert.equal(urlMatches(glob('/products/*'), 'https://s.example/products/a/b?c=d'), true);
    assert.equal(urlMatches(glob('/*/cart'), 'https://s.example/ja/cart'), true);
    assert.equal(urlMatches(glob('/*/cart'), 'https://s.example/ja/cart/more'), false);
    assert.equal(urlMatches(glob('/a*a'), 'https://s.example/a'), false);
    assert.equal(urlMatches(glob('/a*a'), 'https://s.example/aa'), true);
    assert.equal(urlMatches(glob('https://*.example/*'), 'https://s.example/x'), true);
    assert.equal(urlMatches(glob('/exact'), 'https://s.example/exact'), true);
    assert.equal(urlMatches(glob('/exact'), 'https://s.example/exact/'), false);
  });

  it('refuses patterns that are not paths or URLs, have spaces, or too many stars', () => {
    assert.equal(urlPatternProblem({ match: 'prefix', pattern: '/ok' }), undefined);
    assert.ok(urlPatternProblem({ match: 'prefix', pattern: 'pricing' }));
    assert.ok(urlPatternProblem({ match: 'glob', pattern: '/a b' }));
    assert.ok(urlPatternProblem({ match: 'glob', pattern: `/${'*'.repeat(MAX_GLOB_STARS + 1)}` }));
    assert.ok(urlPatternProblem({ match: 'glob', pattern: 'javascript:alert(1)' }));
  });

  it('arms a rule only where its URL pattern fits', () => {
    const r = rule({ when: { url: { match: 'glob', pattern: '/products/*' } } });
    const state = countVisit(emptyTriggerState(), t0);
    assert.equal(armedTriggers([r], 'https://s.example/products/1', state, t0).length, 1);
    assert.equal(armedTriggers([r], 'https://s.example/cart', state, t0).length, 0);
  });

  it('reads quiet hours in the time zone given, across midnight too', () => {
    // 2026-12-06 14:30 UTC is 23:30 in Tokyo.
    const at = Date.UTC(2026, 11, 6, 14, 30);
    assert.deepEqual(localTime(at, 'Asia/Tokyo'), { day: '2026-12-06', minutes: 23 * 60 + 30 });
    assert.deepEqual(localTime(at, 'UTC'), { day: '2026-12-06', minutes: 14 * 60 + 30 });
    assert.deepEqual(localTime(at + 3600_000, 'Asia/Tokyo').day, '2026-12-07');
    const night = { start: '22:00', end: '08:00' };
    assert.equal(inQuietHours(night, 23 * 60 + 30), true);
    assert.equal(inQuietHours(night, 7 * 60 + 59), true);
    assert.equal(inQuietHours(night, 8 * 60), false);
    assert.equal(inQuietHours(night, 12 * 60), false);
    const lunch = { start: '12:00', end: '13:00' };
    assert.equal(inQuietHours(lunch, 12 * 60 + 30), true);
    assert.equal(inQuietHours(lunch, 13 * 60), false);
  });

  it('gives each visitor a random id the server accepts', () => {
    const a = newVisitorId();
    assert.match(a, /^[A-Za-z0-9_-]{8,64}$/);
    assert.notEqual(a, newVisitorId());
  });
});
