import { detectLanguage } from './detect-language.js';
import { extractEntities } from './extract-entities.js';
import { analyse } from './tokenise.js';

const MAX_LENGTH = 120;
/** Phrasings that carry the ask itself, in any of the four languages. */
const REQUEST =
  /[?？]|たい|ください|下さい|ほしい|欲しい|お願い|ますか|ませんか|\b(want|need|would like|can you|could you|how|why|when|where|please)\b|싶|주세요|나요|까요|想|要|请|吗|怎么/i;

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?\n])|(?<=\.)\s+/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length > 0);
}

function truncate(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_LENGTH ? text : `${chars.slice(0, MAX_LENGTH - 1).join('')}…`;
}

/** Extractive: the customer's most informative sentence(s), at most 120 characters. */
export function summarise(texts: string[]): string {
  const sentences = texts.flatMap(splitSentences);
  if (sentences.length === 0) return '';
  const analysed = sentences.map((sentence) =>
    analyse(sentence, detectLanguage(sentence)).filter(
      (token) => token.kind !== 'bigram' && token.kind !== 'alias',
    ),
  );
  // Words the customer repeats are what the conversation is about.
  const frequency = new Map<string, number>();
  for (const tokens of analysed) {
    for (const term of new Set(tokens.map((token) => token.term))) {
      frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
  }
  const scored = sentences.map((sentence, position) => {
    const terms = new Set((analysed[position] ?? []).map((token) => token.term));
    let score = 0;
    for (const term of terms) score += 1 + 0.5 * ((frequency.get(term) ?? 1) - 1);
    if (score > 0 && REQUEST.test(sentence)) score += 1.5;
    score += extractEntities(sentence).length;
    return { sentence, position, score };
  });
  const ranked = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return truncate(sentences[sentences.length - 1] ?? '');
  const chosen = [best];
  const second = ranked[1];
  if (second && [...best.sentence].length + [...second.sentence].length + 1 <= MAX_LENGTH) {
    chosen.push(second);
  }
  chosen.sort((a, b) => a.position - b.position);
  return truncate(chosen.map((s) => s.sentence).join(' '));
}
