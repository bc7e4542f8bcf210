import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoFaq } from '../demo/demo-faq.js';
import { FaqIndex } from '../nlu/index.js';
import { decideReply, MAX_BOT_MISSES } from './bot.js';
import { buildHandoffCard } from './handoff-card.js';

const index = FaqIndex.build(
  demoFaq.map((f, i) => ({
    id: `faq_${i}`,
    question: f.question,
    answer: f.answer,
    alternates: f.alternates ?? [],
    category: f.category,
    language: f.language,
  })),
);

test('answers a paraphrased FAQ question with its answer, in the question’s language', () => {
  const ja = decideReply({ text: '領収書って発行してもらえますか', index, botMisses: 1 });
  assert.match(ja.replies[0]?.text ?? '', /領収書/);
  assert.equal(ja.botMisses, 0, 'an answer resets the misses');
  assert.equal(ja.handoff, null);
  const en = decideReply({ text: 'how can I track my package', index, botMisses: 0 });
  assert.match(en.replies[0]?.text ?? '', /tracking number/);
  assert.equal(en.language, 'en');
});

test('an explicit request for a human hands over at once, in any supported language', () => {
  for (const text of [
    '人と話したい',
    'オペレーターをお願いします',
    'talk to a human',
    'agent please',
    '상담원 연결해 주세요',
    '转人工',
  ]) {
    const decision = decideReply({ text, index, botMisses: 0 });
    assert.equal(decision.handoff, 'requested', text);
  }
});

test('below the answer threshold it offers a human and counts a miss; repeated misses hand over', () => {
  const first = decideReply({ text: 'Do you sell camping refrigerators?', index, botMisses: 0 });
  assert.equal(first.handoff, null);
  assert.equal(first.botMisses, 1);
  assert.ok(first.replies[0]?.buttons?.some((b) => /operator/i.test(b.label)));
  assert.doesNotMatch(
    first.replies[0]?.text ?? '',
    /550|refund|password/i,
    'no unrelated FAQ answer',
  );
  const second = decideReply({
    text: 'What is the capital of Australia?',
    index,
    botMisses: MAX_BOT_MISSES - 1,
  });
  assert.equal(second.handoff, 'low_confidence');
});

test('greetings and thanks get small talk, not FAQ answers or misses', () => {
  const hello = decideReply({ text: 'こんにちは', index, botMisses: 1 });
  assert.equal(hello.botMisses, 1);
  assert.equal(hello.handoff, null);
  assert.equal(decideReply({ text: 'thanks!', index, botMisses: 1 }).botMisses, 0);
});

test('Han-only text keeps a Japanese conversation in Japanese', () => {
  assert.equal(
    decideReply({ text: '注文', index, botMisses: 0, fallbackLanguage: 'ja' }).language,
    'ja',
  );
  assert.equal(
    decideReply({ text: '注文', index, botMisses: 0, fallbackLanguage: 'zh' }).language,
    'zh',
  );
  assert.equal(
    decideReply({ text: 'ok', index, botMisses: 0, fallbackLanguage: 'ko' }).language,
    'ko',
  );
});

test('the handoff card carries what the customer said, the entities and what the bot answered', () => {
  const card = buildHandoffCard({
    messages: [
      {
        author: 'customer',
        text: '注文番号 A-10293 の荷物がまだ届きません。090-1234-5678 に電話ください',
      },
      { author: 'bot', text: 'ご注文確定から通常2〜4営業日でお届けします。' },
      { author: 'customer', text: '人と話したい' },
    ],
    reason: 'requested',
    index,
    language: 'ja',
  });
  assert.match(card.summary, /A-10293|届きません/);
  assert.doesNotMatch(card.summary, /人と話したい/, 'the request for a human is not the topic');
  assert.deepEqual(card.entities.map((e) => e.type).sort(), ['order_number', 'phone']);
  assert.deepEqual(card.botAnswers, ['ご注文確定から通常2〜4営業日でお届けします。']);
  assert.equal(card.intent, '配送');
  assert.ok(!card.keywords.some((k) => /^[ぁ-ん]+$/.test(k)), `no particles in ${card.keywords}`);
});

test('after hours a handoff still hands over but promises the next opening, never a person now', () => {
  const closed = { nextOpenAt: '2026-12-07T00:00:00.000Z', timeZone: 'Asia/Tokyo' };
  const texts: Record<string, RegExp> = {
    人と話したい: /営業時間外.*12月7日.*9:00/,
    'talk to a human': /closed.*Dec 7.*9:00/,
    '상담원 연결해 주세요': /영업시간.*12월 7일/,
    转人工: /非营业时间.*12月7日/,
  };
  for (const [text, expected] of Object.entries(texts)) {
    const decision = decideReply({ text, index, botMisses: 0, closed });
    assert.equal(decision.handoff, 'requested', text);
    const reply = decision.replies[0]?.text ?? '';
    assert.match(reply, expected);
    assert.doesNotMatch(reply, /おつなぎします|connecting you|연결해 드리겠습니다|正在为您转接/);
  }
  const unknown = decideReply({
    text: '人と話したい',
    index,
    botMisses: 0,
    closed: { nextOpenAt: null, timeZone: 'Asia/Tokyo' },
  });
  assert.match(unknown.replies[0]?.text ?? '', /営業再開後/);
});

test('a chat app’s /start (with or without a payload) is greeted, not answered from the FAQ', () => {
  for (const text of ['/start', '/start order-42', '/start@ShopBot']) {
    const decision = decideReply({ text, index, botMisses: 0, fallbackLanguage: 'ja' });
    assert.equal(decision.language, 'ja', text);
    assert.deepEqual(
      decision.replies.map((r) => r.text),
      ['こんにちは！つなぎサポートです。ご質問をどうぞ。'],
      text,
    );
    assert.equal(decision.answered, null);
    assert.equal(decision.handoff, null);
  }
  assert.equal(decideReply({ text: '/start', index, botMisses: 0 }).language, 'en');
});

test('a file, picture, sticker or place without words gets no answer and counts no miss', () => {
  for (const text of [
    '📎 注文書.pdf (12 KB)',
    '[sticker] ❤ CatPusheen',
    '[image]',
    '📍 [location] my location / Tokyo 35.65, 139.70',
    '[voice] 1s, 11 KB, audio/ogg',
  ]) {
    const decision = decideReply({ text, index, botMisses: 1 });
    assert.deepEqual(decision.replies, [], text);
    assert.equal(decision.botMisses, 1, text);
    assert.equal(decision.handoff, null, text);
  }
  // With words beside it (a caption, a mail's text), the words are answered as usual.
  const withWords = decideReply({
    text: '[photo] 640×360\n送料はいくらですか？',
    index,
    botMisses: 0,
  });
  assert.ok(withWords.replies.length > 0);
});
