/**
 * The plain baseline the published FAQ figures use: BM25 (k1 1.2, b 0.75) over lower-cased
 * word unigrams (English) or NFKC character bigrams (Japanese). Measured in the same run as
 * Tsunagi's retrieval so the ratio means something on a noisy machine.
 */
export function createReferenceBm25(
  docs: { id: string; text: string }[],
  tokenise: (text: string) => string[],
) {
  const scored = createScoredReferenceBm25(docs, tokenise);
  return (query: string, limit = 10): string[] => scored(query, limit).map((hit) => hit.id);
}

/** The same BM25, with each hit's score (for thresholds: answer only above a score). */
export function createScoredReferenceBm25(
  docs: { id: string; text: string }[],
  tokenise: (text: string) => string[],
) {
  const k1 = 1.2;
  const b = 0.75;
  const postings = new Map<string, Map<number, number>>();
  const lengths: number[] = [];
  docs.forEach((doc, i) => {
    const tokens = tokenise(doc.text);
    lengths.push(tokens.length);
    for (const t of tokens) {
      let p = postings.get(t);
      if (!p) {
        p = new Map();
        postings.set(t, p);
      }
      p.set(i, (p.get(i) ?? 0) + 1);
    }
  });
  const avg = lengths.reduce((a, n) => a + n, 0) / Math.max(1, lengths.length);
  return (query: string, limit = 10): { id: string; score: number }[] => {
    const scores = new Map<number, number>();
    for (const t of new Set(tokenise(query))) {
      const p = postings.get(t);
      if (!p) continue;
      const idf = Math.log(1 + (docs.length - p.size + 0.5) / (p.size + 0.5));
      for (const [i, tf] of p) {
        const norm = tf + k1 * (1 - b + (b * (lengths[i] ?? 0)) / avg);
        scores.set(i, (scores.get(i) ?? 0) + (idf * tf * (k1 + 1)) / norm);
      }
    }
    return [...scores.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, limit)
      .map(([i, score]) => ({ id: docs[i]?.id ?? '', score }));
  };
}

export const wordUnigrams = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

export const charBigrams = (text: string) => {
  const s = text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out;
};
