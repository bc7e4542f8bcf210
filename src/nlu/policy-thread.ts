import { parentPort } from 'node:worker_threads';
import { LruMap } from '../cache/index.js';
import { AnswerPolicy, type ListChoice, type PolicyDecision } from './answer-policy.js';
import { type CustomerReading, readCustomer } from './customer-reading.js';
import { loadEnglishSenses } from './english-senses.js';
import { keywordTokens } from './extract-keywords.js';
import { FaqIndex } from './faq-index.js';
import { japaneseAnalyzerVersion, loadJapaneseAnalyzer } from './japanese-analyzer.js';
import { type SharedAnalyses, type Token, withSharedAnalyses } from './tokenise.js';
import type { FaqDoc } from './types.js';

/**
 * The answer policy's thread (see policy-worker.ts): copies of the tenants' FAQ indexes, built
 * and calibrated here from the same FAQs and customers' picks as the event loop's, and the
 * policy's verdicts on customer messages with the analyses made for them.
 */
export type PolicyRequest =
  | { type: 'index'; tenantId: string; key: number; docs: readonly FaqDoc[]; choices: ListChoice[] }
  /** The messages that arrived together, answered together in one `verdicts` reply. */
  | { type: 'decide'; asks: VerdictAsk[] }
  /** A handoff card's reading of the customer's words (see customer-reading.ts). */
  | { type: 'read'; ask: ReadingAsk };

export type VerdictAsk = { id: number; tenantId: string; key: number; text: string };

export type ReadingAsk = {
  id: number;
  tenantId: string;
  key: number;
  about: string[];
  customer: string[];
  withSummary: boolean;
};

export type Verdict =
  | { type: 'decided'; id: number; policy: PolicyDecision; analyses: [string, Token[]][] }
  | { type: 'read'; id: number; reading: CustomerReading }
  /** The index asked for is not here: still being built, or never sent (or dropped). */
  | { type: 'missing'; id: number; isBuilding: boolean };

export type PolicyReply =
  | { type: 'ready'; analyzerVersion: number }
  | { type: 'verdicts'; verdicts: Verdict[] };

/** Tenants whose copies are kept; the least recently used goes first. */
const MAX_TENANTS = 200;

const port = parentPort;
if (!port) throw new Error('policy-thread runs as a worker thread');

type Copy = { key: number; index?: FaqIndex; policy?: AnswerPolicy };
const copies = new LruMap<string, Copy>(MAX_TENANTS);

port.on('message', (request: PolicyRequest) => {
  if (request.type === 'index') {
    const copy: Copy = { key: request.key };
    copies.set(request.tenantId, copy);
    // In slices, so that other tenants' verdicts are not held up by a large FAQ.
    // A copy that cannot be built stays "building": the event loop answers for that FAQ.
    void FaqIndex.buildInSlices(request.docs)
      .then((index) => {
        copy.index = index;
        return AnswerPolicy.calibrateInSlices(index, { choices: request.choices });
      })
      .then(
        (policy) => {
          copy.policy = policy;
        },
        () => {},
      );
    return;
  }
  port.postMessage({
    type: 'verdicts',
    verdicts: request.type === 'read' ? [readingFor(request.ask)] : request.asks.map(verdictOn),
  } satisfies PolicyReply);
});

function readingFor(ask: ReadingAsk): Verdict {
  const copy = copies.get(ask.tenantId);
  if (!copy || copy.key !== ask.key || !copy.index) {
    return { type: 'missing', id: ask.id, isBuilding: copy?.key === ask.key };
  }
  return { type: 'read', id: ask.id, reading: readCustomer({ ...ask, index: copy.index }) };
}

function verdictOn(ask: VerdictAsk): Verdict {
  const copy = copies.get(ask.tenantId);
  if (!copy || copy.key !== ask.key || !copy.policy) {
    return { type: 'missing', id: ask.id, isBuilding: copy?.key === ask.key };
  }
  const { policy } = copy;
  const analyses: SharedAnalyses = new Map();
  const decision = withSharedAnalyses(analyses, () => {
    const verdict = policy.decide(ask.text.trim());
    // Call-reason terms read the message next, from the same analyses.
    keywordTokens(ask.text);
    return verdict;
  });
  return { type: 'decided', id: ask.id, policy: decision, analyses: [...analyses] };
}

await Promise.all([loadJapaneseAnalyzer(), loadEnglishSenses()]);
port.postMessage({
  type: 'ready',
  analyzerVersion: japaneseAnalyzerVersion(),
} satisfies PolicyReply);
