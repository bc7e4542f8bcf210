export type Language = 'ja' | 'en' | 'ko' | 'zh';

export type FaqDoc = {
  id: string;
  question: string;
  answer: string;
  alternates: string[];
  category: string | null;
  language: string | null;
};

export type FaqMatch = {
  id: string;
  question: string;
  answer: string;
  category: string | null;
  /** Raw BM25 score: comparable only within one search. */
  score: number;
  /** Query coverage combined with the margin over the runner-up, in [0, 1]. */
  confidence: number;
  matchedTerms: string[];
};

export type EntityType = 'order_number' | 'email' | 'phone' | 'date' | 'amount' | 'url';

export type Entity = { type: EntityType; value: string };

export type Sentiment = 'positive' | 'neutral' | 'negative';
