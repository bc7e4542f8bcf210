import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from './detect-language.js';
import { normalise } from './normalise.js';
import { tokenise } from './tokenise.js';

test('normalise folds width, case and katakana, and strips punctuation', () => {
  assert.equal(normalise('ｱｲｳ ＡＢＣ １２３！'), 'あいう abc 123');
  assert.equal(normalise('カタカナ'), normalise('かたかな'));
  assert.equal(normalise('サーバー'), normalise('サーバ'));
  assert.equal(normalise('送料は、いくら？'), '送料は いくら');
  assert.equal(normalise("What's  UP?!"), "what's up");
});

test('tokenise segments Japanese and adds bigrams so compounds match partially', () => {
  const tokens = tokenise('配送料はいくらですか？', 'ja');
  assert.ok(tokens.includes('送料'));
  assert.ok(tokens.includes('配送'), 'bigram of 配送料');
  assert.ok(!tokens.includes('は') && !tokens.includes('です'), 'particles dropped');
  assert.deepEqual(tokenise('レシート', 'ja').slice(0, 1), tokenise('領収書', 'ja').slice(0, 1));
});

test('tokenise stems English, drops stop words and applies synonyms', () => {
  assert.deepEqual(tokenise('What are the shipping costs?', 'en'), ['ship', 'cost']);
  assert.deepEqual(tokenise('How much is shipping?', 'en'), ['cost', 'ship']);
  assert.deepEqual(tokenise('I want my money back', 'en'), ['refund']);
  assert.deepEqual(tokenise('cancellation', 'en'), tokenise('cancelled', 'en'));
});

test('tokenise strips Korean particles and handles Chinese', () => {
  assert.ok(tokenise('배송비는 얼마인가요?', 'ko').includes('배송비'));
  assert.ok(tokenise('비밀번호를 잊어버렸어요', 'ko').includes('비밀번호'));
  assert.deepEqual(tokenise('我想退货怎么办', 'zh'), ['退货']);
  assert.ok(tokenise('运费是多少？', 'zh').includes('运费'));
});

test('greetings and thanks leave no tokens', () => {
  for (const text of [
    'こんにちは',
    'ありがとうございます',
    'hello',
    'thanks!',
    '안녕하세요',
    '你好',
  ]) {
    assert.deepEqual(tokenise(text), [], text);
  }
});

test('detectLanguage works from the script', () => {
  assert.equal(detectLanguage('送料はいくらですか'), 'ja');
  assert.equal(detectLanguage('배송비는 얼마인가요?'), 'ko');
  assert.equal(detectLanguage('运费是多少'), 'zh');
  assert.equal(detectLanguage('有人対応'), 'ja');
  assert.equal(detectLanguage('How much is shipping?'), 'en');
});
