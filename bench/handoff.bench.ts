/**
 * The bot's reading of a message that hands its conversation over: the decision on the
 * customer's second miss, then the handoff card (summary, keywords, closest FAQ, intent) from
 * both of the customer's messages, over the demo FAQ. Measured with the message's analyses
 * shared by the decision and the card (as the server does) and, as the baseline in the same
 * run, with each of the two analysing on its own.
 */
import { type BotDecision, buildHandoffCard, decideReply } from '../src/bot/index.js';
import { demoFaq } from '../src/demo/demo-faq.js';
import { FaqIndex, loadJapaneseAnalyzer, type SharedAnalyses } from '../src/nlu/index.js';
import { fmt } from './stats.js';

/** What the load bench's not-understood customers write. */
const misses = [
  '配送について教えてください',
  '注文の確認をしたい',
  'I have a question about something else entirely',
  'ちょっと相談があるのですが',
  'Something strange happened yesterday',
  'これってどうなっていますか',
];

export async function runHandoffBench(): Promise<void> {
  await loadJapaneseAnalyzer();
  const index = await FaqIndex.buildInSlices(
    demoFaq.map((faq, i) => ({
      id: `faq_${i}`,
      question: faq.question,
      answer: faq.answer,
      alternates: faq.alternates ?? [],
      category: faq.category,
      language: faq.language,
    })),
  );
  let keywords = 0;
  const handOff = (i: number, shared: boolean) => {
    const first = misses[i % misses.length] as string;
    const second = misses[(i + 1) % misses.length] as string;
    const analyses: SharedAnalyses = new Map();
    const decision: BotDecision = decideReply({
      text: second,
      index,
      botMisses: 1,
      analyses: shared ? analyses : new Map(),
    });
    const card = buildHandoffCard({
      messages: [
        { author: 'customer', text: first },
        { author: 'bot', text: 'すみません、お答えできませんでした' },
        { author: 'customer', text: second },
        ...decision.replies.map((r) => ({ author: 'bot' as const, text: r.text })),
      ],
      reason: decision.handoff ?? 'low_confidence',
      index,
      language: decision.language,
      analyses: shared ? analyses : new Map(),
    });
    keywords += card.keywords.length;
  };
  /** CPU µs per handoff, the best of five rounds (the machine is shared). */
  const measure = (shared: boolean) => {
    for (let i = 0; i < 1000; i++) handOff(i, shared);
    const rounds: number[] = [];
    for (let round = 0; round < 5; round++) {
      const before = process.cpuUsage();
      for (let i = 0; i < 2000; i++) handOff(i, shared);
      const used = process.cpuUsage(before);
      rounds.push((used.user + used.system) / 2000);
    }
    return Math.min(...rounds);
  };
  const apart = measure(false);
  const shared = measure(true);
  console.log('handoff: the decision on a second miss and the handoff card, demo FAQ');
  console.log(`  analyses shared by decision and card  ${fmt(shared, 0)} µs CPU per handoff`);
  console.log(`  each analysing on its own (baseline)  ${fmt(apart, 0)} µs CPU per handoff`);
  console.log(
    `  ratio                                 ${fmt(shared / apart, 2)}× the baseline's CPU${keywords > 0 ? '' : ' (no keywords: check the bench)'}\n`,
  );
}
