import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileNgWords } from './scanner.js';
import { scanTranscript } from './transcript-scan.js';

describe('the quality scanner over a call transcript', () => {
  const words = compileNgWords(['ポンコツ']);

  test('findings pinpoint the segment and the span in its text, with the seconds to jump to', () => {
    const findings = scanTranscript(
      [
        { start: 0.5, end: 3, speaker: 'agent', text: 'お電話ありがとうございます。' },
        { start: 3.4, end: 7, speaker: 'customer', text: 'もういいです、責任者を出せ！' },
        { start: 7.5, end: 9, speaker: 'agent', text: 'この ぽ ん こ つ が' },
        { start: 9.5, end: 11, speaker: 'agent', text: '後ほど折り返します。' },
      ],
      words,
    );
    const escalation = findings.find((f) => f.rule === 'escalation');
    assert.deepEqual(
      escalation && { segment: escalation.segment, text: escalation.text, at: escalation.at },
      { segment: 1, text: '責任者を出せ', at: 3.4 },
    );
    const ng = findings.find((f) => f.rule === 'ng_word');
    assert.equal(ng?.segment, 2);
    assert.equal('この ぽ ん こ つ が'.slice(ng?.start, ng?.end), 'ぽ ん こ つ');
    // The call ends on a promise to call back that nobody kept, and without a closing.
    assert.ok(findings.some((f) => f.rule === 'broken_promise' && f.segment === 3));
    assert.ok(findings.some((f) => f.rule === 'missing_closing' && f.segment === 3));
    assert.ok(!findings.some((f) => f.rule === 'missing_greeting'));
  });

  test('a clean call has no high findings', () => {
    const findings = scanTranscript(
      [
        { start: 0, end: 2, speaker: 'agent', text: 'お電話ありがとうございます。' },
        { start: 2.5, end: 5, speaker: 'customer', text: 'バカンスの予約を確認したいです。' },
        {
          start: 5.5,
          end: 8,
          speaker: 'agent',
          text: '確認いたしました。ありがとうございました。',
        },
      ],
      words,
    );
    assert.deepEqual(
      findings.filter((f) => f.severity === 'high'),
      [],
    );
  });
});
