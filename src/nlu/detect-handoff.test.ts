import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isHandoffRequest } from './detect-handoff.js';

const ASKS = [
  '人と話したい',
  'オペレーターをお願いします',
  'オペレーターに繋いで',
  '担当者と話せますか',
  '有人対応',
  '人間に代わって',
  'ｵﾍﾟﾚｰﾀｰ',
  'talk to a human',
  'agent please',
  'I want to speak to a person',
  'real person',
  'human please',
  'customer service representative',
  'Can I talk to someone?',
  '상담원 연결해 주세요',
  '사람과 이야기하고 싶어요',
  '转人工',
  '人工客服',
  '我要找客服',
];

const NOT_ASKS = [
  '送料はいくらですか',
  'how do I reset my password',
  '返品したい',
  '人気の商品はどれ？',
  'How many people can use one account?',
  '人工智能',
  '客服电话是多少',
  '배송비는 얼마인가요?',
  'I spoke to my friend about it',
];

test('explicit asks for a human are recognised in four languages', () => {
  for (const text of ASKS) assert.equal(isHandoffRequest(text), true, text);
});

test('ordinary questions are not handoff requests', () => {
  for (const text of NOT_ASKS) assert.equal(isHandoffRequest(text), false, text);
});
