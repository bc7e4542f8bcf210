import assert from 'node:assert/strict';
import { test } from 'node:test';
import { englishSenses } from './english-senses.js';
import { FaqIndex } from './faq-index.js';
import { askedCues, statedCues } from './question-cues.js';
import type { FaqDoc } from './types.js';

const faq = (id: string, question: string, answer: string, language = 'en'): FaqDoc => ({
  id,
  question,
  answer,
  alternates: [],
  category: null,
  language,
});

const FAQS = [
  faq('buy', 'Can I purchase a gift card?', 'Gift cards are sold at the counter.'),
  faq('hours', 'Opening hours', 'We are open from 9 am to 6 pm, Monday to Friday.'),
  faq('place', 'Where can I find you?', 'Our office is a 5 minute walk from the central station.'),
  faq('net', 'Is there Wi-Fi?', 'Guests can use the network called Guest.'),
  faq('pass', 'I forgot my password', 'Use the reset link on the sign-in page.'),
  faq('cost', 'Membership fee', 'The membership is 1,000 yen a year.'),
];
const index = FaqIndex.build(FAQS);

test('words of one meaning share a WordNet sense', () => {
  const shared = (a: string, b: string) =>
    englishSenses(a).some((sense) => englishSenses(b).includes(sense));
  assert.ok(shared('buy', 'purchase'));
  assert.ok(shared('bought', 'purchase'), 'an irregular past form finds its verb');
  assert.ok(shared('shut', 'close'));
  assert.ok(!shared('buy', 'password'));
  assert.deepEqual(englishSenses('the'), [], 'stop words have no senses');
});

test('a customer’s word meets the FAQ’s word of the same meaning', () => {
  assert.equal(index.search('can I buy a gift card', { minConfidence: 0 })[0]?.id, 'buy');
});

test('a hyphenated word meets the word written as one', () => {
  assert.equal(index.search('do you have wifi', { minConfidence: 0 })[0]?.id, 'net');
});

test('a misspelt word still finds its FAQ, with its confidence', () => {
  const [top] = index.search('i forgot my pasword');
  assert.equal(top?.id, 'pass');
  const [exact] = index.search('i forgot my password');
  assert.ok(top && exact && top.confidence >= exact.confidence * 0.7, `${top?.confidence}`);
});

test('what a question asks for meets what an answer states', () => {
  assert.deepEqual(askedCues('When are you open?'), ['q:time']);
  assert.deepEqual(askedCues('送料はいくらですか？'), ['q:price']);
  assert.deepEqual(askedCues('最寄り駅はどこですか'), ['q:place']);
  assert.deepEqual(askedCues('hello'), []);
  assert.deepEqual(statedCues('全国一律550円です。'), ['q:price']);
  assert.deepEqual(statedCues('毎週水曜日が定休日です。'), ['q:time']);
  assert.ok(statedCues('A 5 minute walk from the station.').includes('q:place'));
  assert.equal(index.search('how much does it cost to join', { minConfidence: 0 })[0]?.id, 'cost');
  assert.equal(index.search('where are you', { minConfidence: 0 })[0]?.id, 'place');
});

test('unknown words alone do not reach a FAQ', () => {
  assert.deepEqual(index.search('zxqv blorft'), []);
});
