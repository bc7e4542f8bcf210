import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../threads/index.js';
import { calibrationChoicesOf, type PolicyDecision } from './answer-policy.js';
import type { CustomerReading } from './customer-reading.js';
import type { FaqIndex } from './faq-index.js';
import { isJapaneseAnalyzerReady, japaneseAnalyzerVersion } from './japanese-analyzer.js';
import type { PolicyReply, PolicyRequest, Verdict, VerdictAsk } from './policy-thread.js';
import type { SharedAnalyses } from './tokenise.js';

/** Verdicts asked for and not yet answered; beyond this the event loop decides itself. */
const MAX_WAITING = 1024;
/** A thread that stops this often is not started again: the event loop decides. */
const MAX_STARTS = 3;
/** Messages asked about together at most: the first of them waits for the last's verdict. */
const MAX_BATCH = 16;

export type OffThreadVerdict = { policy: PolicyDecision; analyses: SharedAnalyses };

/**
 * The answer policy's verdict on a customer message, worked out on a thread of its own: the
 * Japanese analysis and the FAQ search are most of what a message costs the event loop, and
 * the event loop is what limits a node. The thread keeps copies of the tenants' indexes,
 * built from the same FAQs and calibrated on the same customers' picks, so its verdict is the
 * one the event loop would reach. Whenever it cannot give that verdict — starting up, a copy
 * of a changed FAQ still being built, too much waiting — `decide` answers undefined and the
 * caller decides itself, so a FAQ change is answered from at once either way.
 */
export function createPolicyWorker(options: { onError?: (error: Error) => void } = {}) {
  let worker: Worker | null = null;
  let starts = 0;
  let analyzerVersion: number | null = null;
  let nextId = 1;
  let nextKey = 1;
  const waiting = new Map<number, (verdict: Verdict | null) => void>();
  /**
   * Messages that arrive while the event loop is busy go to the thread together, once it has
   * finished what it is doing: one hand-off and one reply for a burst instead of one each.
   */
  let asks: VerdictAsk[] = [];
  let isFlushDue = false;
  const flush = () => {
    isFlushDue = false;
    // A thread that stopped took its asks with it (see 'exit').
    for (let i = 0; i < asks.length; i += MAX_BATCH) {
      const batch = asks.slice(i, i + MAX_BATCH);
      worker?.postMessage({ type: 'decide', asks: batch } satisfies PolicyRequest);
    }
    asks = [];
  };
  /** Each index object is one version of a tenant's FAQ. */
  const keys = new WeakMap<FaqIndex, number>();
  /** The version each tenant's copy on the thread was built from. */
  const sent = new Map<string, number>();
  /**
   * Verdicts given by the thread and messages it left to the event loop, and handoff cards'
   * readings likewise, since start.
   */
  const counts = { verdicts: { thread: 0, eventLoop: 0 }, cards: { thread: 0, eventLoop: 0 } };

  const start = () => {
    starts++;
    const w = startModuleWorker(import.meta.url, 'policy-thread');
    w.on('message', (reply: PolicyReply) => {
      if (reply.type === 'ready') {
        analyzerVersion = reply.analyzerVersion;
        return;
      }
      for (const verdict of reply.verdicts) {
        waiting.get(verdict.id)?.(verdict);
        waiting.delete(verdict.id);
      }
      if (waiting.size === 0) w.unref();
    });
    w.on('error', (error) => options.onError?.(error));
    w.on('exit', () => {
      if (worker !== w) return;
      // Started again on the next message, with no copies.
      worker = null;
      analyzerVersion = null;
      sent.clear();
      asks = [];
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
    });
    w.unref();
    return w;
  };

  /** The key of the thread's copy of this index, when the thread can answer from it. */
  const copyKey = (index: FaqIndex): number | undefined => {
    if (!worker && starts >= MAX_STARTS) return undefined;
    worker ??= start();
    // Both sides must analyse alike: the dictionary loaded here as there.
    if (analyzerVersion === null || !isJapaneseAnalyzerReady()) return undefined;
    if (analyzerVersion !== japaneseAnalyzerVersion()) return undefined;
    let key = keys.get(index);
    if (key === undefined) {
      key = nextKey++;
      keys.set(index, key);
    }
    return key;
  };

  /** Waits for the thread's answer to one ask; null when it stopped meanwhile. */
  const asked = (w: Worker) => {
    const id = nextId++;
    const replied = new Promise<Verdict | null>((resolve) => waiting.set(id, resolve));
    // Referenced while an answer is awaited, so the process waits for it.
    if (waiting.size === 1) w.ref();
    return { id, replied };
  };

  /** A reply that says the thread had no copy of a FAQ it was sent: sent again next time. */
  const forgetIfDropped = (reply: Verdict | null, tenantId: string, key: number) => {
    if (reply?.type === 'missing' && !reply.isBuilding && sent.get(tenantId) === key) {
      sent.delete(tenantId);
    }
  };

  const verdictOf = async (
    tenantId: string,
    index: FaqIndex,
    text: string,
  ): Promise<OffThreadVerdict | undefined> => {
    const key = copyKey(index);
    if (key === undefined || !worker) return undefined;
    if (sent.get(tenantId) !== key) {
      sent.set(tenantId, key);
      // Asked before this FAQ changed: asked of the copy they were meant for.
      flush();
      const request: PolicyRequest = {
        type: 'index',
        tenantId,
        key,
        docs: index.docs,
        choices: calibrationChoicesOf(index),
      };
      worker.postMessage(request);
      return undefined;
    }
    if (waiting.size >= MAX_WAITING) return undefined;
    const { id, replied } = asked(worker);
    asks.push({ id, tenantId, key, text });
    if (!isFlushDue) {
      isFlushDue = true;
      setImmediate(flush);
    }
    const reply = await replied;
    if (reply?.type !== 'decided') {
      forgetIfDropped(reply, tenantId, key);
      return undefined;
    }
    return { policy: reply.policy, analyses: new Map(reply.analyses) };
  };

  const readingOf = async (
    tenantId: string,
    index: FaqIndex,
    words: { about: string[]; customer: string[]; withSummary: boolean },
  ): Promise<CustomerReading | undefined> => {
    const key = copyKey(index);
    // A copy is sent with a message's verdict; a card waits for none to be built.
    if (key === undefined || !worker || sent.get(tenantId) !== key) return undefined;
    if (waiting.size >= MAX_WAITING) return undefined;
    const { id, replied } = asked(worker);
    worker.postMessage({
      type: 'read',
      ask: { id, tenantId, key, ...words },
    } satisfies PolicyRequest);
    const reply = await replied;
    if (reply?.type !== 'read') {
      forgetIfDropped(reply, tenantId, key);
      return undefined;
    }
    return reply.reading;
  };

  return {
    async decide(
      tenantId: string,
      index: FaqIndex,
      text: string,
    ): Promise<OffThreadVerdict | undefined> {
      const verdict = await verdictOf(tenantId, index, text);
      if (verdict) counts.verdicts.thread++;
      else counts.verdicts.eventLoop++;
      return verdict;
    },

    /**
     * A handoff card's reading of the customer's words (see customer-reading.ts), from the
     * thread's copy of this FAQ; undefined when it has none yet (the caller reads them itself).
     */
    async read(
      tenantId: string,
      index: FaqIndex,
      words: { about: string[]; customer: string[]; withSummary: boolean },
    ): Promise<CustomerReading | undefined> {
      const reading = await readingOf(tenantId, index, words);
      if (reading) counts.cards.thread++;
      else counts.cards.eventLoop++;
      return reading;
    },

    counts: (): Readonly<typeof counts> => ({
      verdicts: { ...counts.verdicts },
      cards: { ...counts.cards },
    }),

    async close(): Promise<void> {
      const w = worker;
      worker = null;
      asks = [];
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
      await w?.terminate();
    },
  };
}

export type PolicyWorker = ReturnType<typeof createPolicyWorker>;
