import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideReply } from '../bot/index.js';
import { extractKeywords, keywordTokens, rankKeywords } from './extract-keywords.js';
import { FaqIndex } from './faq-index.js';
import { loadJapaneseAnalyzer } from './japanese-analyzer.js';
import {
  analyse,
  keepAnalysesOf,
  type SharedAnalyses,
  takeAnalysesOf,
  withSharedAnalyses,
} from './tokenise.js';

test('a text read twice while one message is handled is analysed once, each reader getting its own list', async () => {
  await loadJapaneseAnalyzer();
  const text = '注文した商品の送料について聞きたいです';
  const afresh = analyse(text, 'ja');
  const analyses: SharedAnalyses = new Map();
  const [first, second] = withSharedAnalyses(analyses, () => {
    const one = analyse(text, 'ja');
    // A reader extends its list (as the FAQ index adds bigrams): the next reader must not see it.
    one.push({ term: 'c:送料', surface: '送料', kind: 'bigram' });
    return [one, analyse(text, 'ja')];
  });
  assert.equal(analyses.size, 1);
  assert.deepEqual(second, afresh);
  assert.equal(first?.length, afresh.length + 1);
  // Outside the message nothing is shared.
  assert.deepEqual(analyse(text, 'ja'), afresh);
  assert.equal(analyses.size, 1);
});

test('call-reason keywords of a message come from the analyses its bot decision made, unchanged', async () => {
  await loadJapaneseAnalyzer();
  const index = FaqIndex.build([
    {
      id: 'faq_1',
      question: '送料はいくらですか',
      alternates: [],
      answer: '全国一律500円です。',
      category: null,
      language: 'ja',
    },
    {
      id: 'faq_2',
      question: 'How long does delivery take?',
      alternates: [],
      answer: 'Two to three days.',
      category: null,
      language: 'en',
    },
  ]);
  for (const text of [
    '注文した商品の送料について聞きたいです',
    'How long does shipping to Osaka take? ',
  ]) {
    const analyses: SharedAnalyses = new Map();
    decideReply({ text, index, botMisses: 0, analyses });
    const made = analyses.size;
    assert.ok(made > 0);
    keepAnalysesOf('msg_1', analyses);
    const taken = takeAnalysesOf('msg_1');
    assert.equal(taken, analyses);
    const tokens = withSharedAnalyses(taken, () => keywordTokens(text));
    assert.equal(analyses.size, made, `${text}: read again instead of shared`);
    assert.deepEqual(rankKeywords([tokens]), extractKeywords([text]));
    // Taken once: a second reader finds nothing kept.
    assert.equal(takeAnalysesOf('msg_1'), undefined);
  }
});
