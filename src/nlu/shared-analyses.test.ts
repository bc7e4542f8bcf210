import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadJapaneseAnalyzer } from './japanese-analyzer.js';
import { analyse, type SharedAnalyses, withSharedAnalyses } from './tokenise.js';

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
