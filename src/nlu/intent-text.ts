/**
 * Text normalisation and stemming for intent features. The stemming is kept apart from FAQ
 * tokenisation so that retrieval's analysis can change without moving the intent features.
 */
import { normaliseWidth } from './normalise.js';

/** Width (NFKC), case, katakana long-vowel and punctuation cleanup: the same as retrieval's. */
export const intentNormalise = normaliseWidth;

const CONTRACTION = /'(s|d|m|re|ve|ll|t)$/;
const DOUBLE_CONSONANT = /([bcdfgkmnprt])\1$/;

/** Light English suffix stripping: shipping/shipped/ships meet, nothing clever. */
export function intentStem(word: string): string {
  let stem = word.replace(CONTRACTION, '').replace(/n$/, (n) => (word.endsWith("n't") ? '' : n));
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('sses')) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith('s') && !/(ss|us|is)$/.test(stem))
    stem = stem.slice(0, -1);
  let stripped = false;
  if (stem.length > 5 && stem.endsWith('ing')) {
    stem = stem.slice(0, -3);
    stripped = true;
  } else if (stem.length > 4 && stem.endsWith('ed')) {
    stem = stem.slice(0, -2);
    stripped = true;
  }
  if (stripped && DOUBLE_CONSONANT.test(stem)) stem = stem.slice(0, -1);
  if (stem.length > 4 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem;
}
