import { detectSentiment } from './detect-sentiment.js';
import { extractEntities } from './extract-entities.js';
import { extractKeywords } from './extract-keywords.js';
import { type FaqIndex, SUGGEST_CONFIDENCE } from './faq-index.js';
import { summarise } from './summarise.js';
import type { Entity, Sentiment } from './types.js';

/**
 * What a handoff card reads from the customer's words: the Japanese analysis, the FAQ search
 * and the extractions that make a handoff cost a millisecond. Pure, so that it runs where the
 * FAQ's index is (the event loop or the answer policy's thread) with the same result.
 */
export type CustomerReading = {
  /** The extractive summary of the request; null when the caller has a summary of its own. */
  summary: string | null;
  keywords: string[];
  /** The closest FAQ's category, when it is close enough to say what the customer is about. */
  category: string | null;
  entities: Entity[];
  sentiment: Sentiment;
};

export function readCustomer(options: {
  index: FaqIndex;
  /** The customer's latest request, one text a message. */
  about: readonly string[];
  /** Everything the customer wrote that the card is made from. */
  customer: readonly string[];
  withSummary: boolean;
}): CustomerReading {
  const about = [...options.about];
  const closest = options.index.search(about.join('\n'), { limit: 1 })[0];
  const all = options.customer.join('\n');
  return {
    summary: options.withSummary ? summarise(about) : null,
    keywords: extractKeywords(about),
    category: closest && closest.confidence >= SUGGEST_CONFIDENCE ? closest.category : null,
    entities: extractEntities(all),
    sentiment: detectSentiment(all),
  };
}
