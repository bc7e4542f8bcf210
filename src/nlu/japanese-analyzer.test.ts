import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { detectLanguage } from './detect-language.js';
import { PARAPHRASES, SHOP_FAQS, UNRELATED } from './faq-fixture.test-fixture.js';
import { ANSWER_CONFIDENCE, FaqIndex, SUGGEST_CONFIDENCE } from './faq-index.js';
import {
  analyseJapanese,
  isJapaneseAnalyzerReady,
  japaneseAnalyzerVersion,
  loadJapaneseAnalyzer,
  okuriganaSkeleton,
} from './japanese-analyzer.js';
import { tokenise } from './tokenise.js';

let index: FaqIndex;
before(async () => {
  await loadJapaneseAnalyzer();
  index = FaqIndex.build(SHOP_FAQS);
});

test('loading once makes the analyser ready and bumps its version', async () => {
  assert.ok(isJapaneseAnalyzerReady());
  const version = japaneseAnalyzerVersion();
  await loadJapaneseAnalyzer();
  assert.equal(japaneseAnalyzerVersion(), version, 'a second call reuses the first load');
  assert.equal(index.analyzerVersion, version);
});

test('inflected verbs meet their base form, kana meets kanji through the reading', () => {
  const terms = (text: string) => new Set(tokenise(text, 'ja'));
  const overlap = (a: string, b: string) => [...terms(a)].filter((t) => terms(b).has(t));
  assert.ok(overlap('荷物が届いた', '荷物はいつ届く').length >= 2, 'both 荷物 and 届く');
  assert.ok(overlap('そうりょうはいくら', '送料はいくらですか').length >= 1, 'そうりょう ~ 送料');
  assert.ok(overlap('国民年金の免除申請', '年金保険料の免除').length >= 1);
});

test('particles, auxiliaries and words of asking are not terms', () => {
  const words = (analyseJapanese('送料について教えてください') ?? []).map((t) => t.surface);
  assert.ok(words.includes('送料'));
  for (const noise of ['について', 'て', 'ください', '教え'])
    assert.ok(!words.includes(noise), noise);
});

for (const [query, id] of PARAPHRASES) {
  test(`with morphological analysis "${query}" is still answered by ${id}`, () => {
    const [top] = index.search(query);
    assert.equal(top?.id, id);
    assert.ok(top.confidence >= ANSWER_CONFIDENCE, `confidence ${top.confidence}`);
  });
}

test('with morphological analysis unrelated questions stay below the suggestion threshold', () => {
  for (const query of UNRELATED) {
    for (const match of index.search(query)) {
      assert.ok(
        match.confidence < SUGGEST_CONFIDENCE,
        `${query}: ${match.id} at ${match.confidence}`,
      );
    }
  }
});

test('language detection tells the four languages apart', () => {
  assert.equal(detectLanguage('送料はいくらですか'), 'ja');
  assert.equal(detectLanguage('领取发票'), 'zh');
  assert.equal(detectLanguage('배송비가 얼마예요?'), 'ko');
  assert.equal(detectLanguage('how much is shipping'), 'en');
  assert.equal(detectLanguage('住所変更'), 'ja', 'Japanese-only kanji forms');
});

test('Korean particles and Chinese bigrams, English stems', () => {
  assert.ok(tokenise('배송비는요', 'ko').includes(tokenise('배송비', 'ko')[0] ?? '?'));
  assert.ok(tokenise('运费多少钱', 'zh').length > 0);
  assert.deepEqual(tokenise('shipping', 'en'), tokenise('shipped', 'en'));
});

test('words written with and without okurigana meet', () => {
  const terms = (text: string) => (analyseJapanese(text) ?? []).map((t) => t.term);
  for (const [a, b] of [
    ['振り込める', '振込'],
    ['申し込み', '申込'],
    ['申込み', '申込'],
    ['受け付け', '受付'],
    ['引き落とし', '引落し'],
  ] as const) {
    const shared = terms(a).filter((t) => terms(b).includes(t));
    assert.ok(shared.length > 0, `${a} / ${b}: ${terms(a)} vs ${terms(b)}`);
  }
  // Words of one kanji keep their kana: 作る is not 作 of 作品.
  assert.equal(okuriganaSkeleton('作る'), '作る');
  assert.equal(okuriganaSkeleton('限度額'), '限度額');
});

test('an FAQ written with okurigana answers a customer who writes without it', () => {
  const faqs = [
    { id: 'apply', question: 'ポイントカードの申し込み方法', answer: 'レジでお申し込みください。' },
    { id: 'limit', question: '振込の限度額を変更したい', answer: 'アプリで変更できます。' },
    { id: 'hours', question: '営業時間を教えてください', answer: '10時から19時までです。' },
  ].map((f) => ({ ...f, alternates: [], category: null, language: 'ja' }));
  const okurigana = FaqIndex.build(faqs);
  assert.equal(okurigana.search('ポイントカード申込', { minConfidence: 0 })[0]?.id, 'apply');
  assert.equal(
    okurigana.search('1日にいくらまで振り込める？', { minConfidence: 0 })[0]?.id,
    'limit',
  );
});

test('Sudachi synonym groups load: 給料 meets 給与, 紛失 meets its group', () => {
  const groups = (text: string) =>
    (analyseJapanese(text) ?? []).map((t) => t.term).filter((t) => t.startsWith('g:'));
  assert.ok(groups('給料').length > 0, 'the synonym dictionary is read');
  assert.deepEqual(groups('給料'), groups('給与'));
  const faqs = [
    { id: 'salary', question: '給与の受け取り口座に指定できますか？', answer: 'はい、できます。' },
    { id: 'fee', question: '振込手数料はいくらですか？', answer: '無料です。' },
  ].map((f) => ({ ...f, alternates: [], category: null, language: 'ja' }));
  assert.equal(
    FaqIndex.build(faqs).search('給料の受取口座', { minConfidence: 0 })[0]?.id,
    'salary',
  );
});
