import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findSlashQuery, matchCanned, renderCanned } from '../web/src/canned/render-canned.js';
import { splitByMatches } from '../web/src/moderation/highlight-matches.js';
import { slaStateOf as slaState } from '../web/src/shared/sla.js';

const vars = {
  contactName: '山田 太郎',
  contactEmail: 'taro@example.jp',
  agentName: '佐藤 あおい',
  contactFallback: 'お客',
};

describe('console: canned responses', () => {
  test('fills contact and agent variables, keeps unknown ones visible', () => {
    assert.equal(
      renderCanned(
        '{{contact.name}}様、担当の{{ agent.name }}です。{{contact.email}} {{order.id}}',
        vars,
      ),
      '山田 太郎様、担当の佐藤 あおいです。taro@example.jp {{order.id}}',
    );
    assert.equal(renderCanned('{{contact.name}}様', { ...vars, contactName: '  ' }), 'お客様');
  });

  test('a / word before the caret opens the list; a slash inside a word does not', () => {
    assert.deepEqual(findSlashQuery('/owa', 4), { start: 0, end: 4, query: 'owa' });
    assert.deepEqual(findSlashQuery('こんにちは /へん', 9), { start: 6, end: 9, query: 'へん' });
    assert.deepEqual(findSlashQuery('／', 1), { start: 0, end: 1, query: '' });
    assert.equal(findSlashQuery('and/or', 6), null);
    assert.equal(findSlashQuery('/owa bi', 7), null);
  });

  test('prefix matches come first, then shortcuts or titles containing the query', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const list = [
      { id: '1', shortcut: 'thanks', title: 'お礼', text: '', updatedAt: at },
      { id: '2', shortcut: 'return', title: 'Returns and thanks', text: '', updatedAt: at },
      { id: '3', shortcut: 'than', title: 'x', text: '', updatedAt: at },
    ];
    assert.deepEqual(
      matchCanned(list, 'THAN').map((c) => c.id),
      ['1', '3', '2'],
    );
    assert.equal(matchCanned(list, '').length, 3);
  });
});

describe('console: banned-word highlight', () => {
  test('splits the text around the flagged words', () => {
    const text = 'そんなこともわからないなんて、バカですね。stupid';
    const matches = [
      { word: 'stupid', start: 21, end: 27 },
      { word: 'バカ', start: 15, end: 17 },
    ];
    const parts = splitByMatches(text, matches);
    assert.deepEqual(
      parts.filter((p) => p.isMatch).map((p) => p.text),
      ['バカ', 'stupid'],
    );
    assert.equal(parts.map((p) => p.text).join(''), text);
  });
});

describe('console: first-reply SLA', () => {
  const base = {
    status: 'assigned' as const,
    queuedAt: '2026-01-01T00:00:00.000Z',
    slaDueAt: '2026-01-01T00:10:00.000Z',
    firstReplyAt: null,
  };
  const at = (iso: string) => Date.parse(iso);
  test('ok early, a warning near the end, breached after', () => {
    assert.equal(slaState(base, at('2026-01-01T00:01:00.000Z')), 'ok');
    assert.equal(slaState(base, at('2026-01-01T00:08:30.000Z')), 'warning');
    assert.equal(slaState(base, at('2026-01-01T00:10:01.000Z')), 'breached');
  });
  test('no state once answered, with the bot or resolved', () => {
    const late = at('2026-01-01T01:00:00.000Z');
    assert.equal(slaState({ ...base, firstReplyAt: '2026-01-01T00:05:00.000Z' }, late), null);
    assert.equal(slaState({ ...base, status: 'resolved' }, late), null);
    assert.equal(slaState({ ...base, slaDueAt: null }, late), null);
  });
});
