import { demoFaq } from '../src/demo/demo-faq.js';
import {
  answerPolicyFor,
  createPolicyWorker,
  FaqIndex,
  loadJapaneseAnalyzer,
  readCustomer,
} from '../src/nlu/index.js';
import { fmt } from './stats.js';

/**
 * What the answer policy's thread saves the event loop: event-loop time a verdict when the
 * thread gives it, for messages arriving one at a time and in bursts (they go to the thread in
 * one hand-off), beside the event loop deciding itself in the same run. Customers' own wording,
 * made unique per message so that nothing is answered from an earlier analysis.
 */
export async function runPolicyThreadBench(): Promise<void> {
  await loadJapaneseAnalyzer();
  const docs = demoFaq.map((faq, i) => ({ id: `faq-${i}`, alternates: [], ...faq }));
  const index = FaqIndex.build(docs);
  const texts = [
    '送料っていくらかかりますか？',
    '商品が届くまで何日くらいかかりますか？',
    'How much does shipping cost to Osaka?',
    '返品ってできますか？',
    '配送について教えてください',
  ];
  const textOf = (n: number) => `${texts[n % texts.length]} ${n}`;
  const count = 6000;

  const policy = answerPolicyFor(index);
  const here0 = performance.eventLoopUtilization();
  for (let n = 0; n < count; n++) policy.decide(textOf(n));
  const onLoop = (performance.eventLoopUtilization(here0).active * 1000) / count;

  const worker = createPolicyWorker();
  try {
    while (!(await worker.decide('bench', index, texts[0] as string))) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.log('Answer policy on its own thread (event-loop time a customer message)');
    console.log(`  deciding on the event loop: ${fmt(onLoop, 1)} µs a message (baseline)`);
    for (const burst of [1, 8, 32]) {
      const rounds = Math.round(count / burst);
      const start = performance.eventLoopUtilization();
      for (let r = 0; r < rounds; r++) {
        // Messages of one burst arrive in separate callbacks of one turn of the loop, as
        // requests on different connections do.
        await Promise.all(
          Array.from(
            { length: burst },
            (_, i) =>
              new Promise((resolve) =>
                setImmediate(() => resolve(worker.decide('bench', index, textOf(r * burst + i)))),
              ),
          ),
        );
      }
      const us = (performance.eventLoopUtilization(start).active * 1000) / (rounds * burst);
      console.log(
        `  on the thread, ${burst} at a time: ${fmt(us, 1)} µs a message, ${fmt(us / onLoop, 2)}× the baseline`,
      );
    }

    // A handoff card's reading of the customer's words: a request of three messages, every
    // card's words its own.
    const cards = 600;
    const wordsOf = (n: number) => {
      const about = [
        textOf(n),
        `注文番号 A-${10000 + n} の件です。${textOf(n + 1)}`,
        textOf(n + 2),
      ];
      return { about, customer: ['こんにちは', ...about, '人と話したい'], withSummary: true };
    };
    const cardStart = performance.eventLoopUtilization();
    for (let n = 0; n < cards; n++) readCustomer({ index, ...wordsOf(n) });
    const cardOnLoop = (performance.eventLoopUtilization(cardStart).active * 1000) / cards;
    const threadStart = performance.eventLoopUtilization();
    for (let n = 0; n < cards; n++) {
      if (!(await worker.read('bench', index, wordsOf(cards + n)))) throw new Error('no reading');
    }
    const cardOnThread = (performance.eventLoopUtilization(threadStart).active * 1000) / cards;
    console.log(
      `  a handoff card's reading of the customer's words: ${fmt(cardOnLoop, 1)} µs of event loop on it (baseline), ${fmt(cardOnThread, 1)} µs on the thread, ${fmt(cardOnThread / cardOnLoop, 2)}× the baseline`,
    );
  } finally {
    await worker.close();
  }
  console.log('');
}
