import fs from 'node:fs';
import path from 'node:path';
import { FaqIndex, loadJapaneseAnalyzer } from '../src/nlu/index.js';
import { charBigrams, createReferenceBm25, wordUnigrams } from './reference-bm25.js';
import { fmt, timeEach } from './stats.js';

/** FNV-1a: a stable, dependency-free split of queries (by query, or by thread). */
function fnv1a(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}
const isDev = (key: string) => fnv1a(key) % 3 === 0;

const datasets = path.resolve(process.env.TSUNAGI_DATASETS ?? '../shared/datasets');

export type Eval = {
  /** dev: the third of the queries ranking knobs may be tuned on; the rest is held out. */
  queries: { text: string; relevant: Set<string>; dev: boolean }[];
  docs: { id: string; question: string; answer: string }[];
};

export function loadLocalgov(): Eval | undefined {
  const dir = path.join(datasets, 'localgovfaq_ja');
  if (!fs.existsSync(dir)) return undefined;
  const corpus = JSON.parse(fs.readFileSync(path.join(dir, 'corpus.json'), 'utf8')) as Record<
    string,
    string
  >;
  const queries = JSON.parse(fs.readFileSync(path.join(dir, 'queries.json'), 'utf8')) as Record<
    string,
    string
  >;
  const qrels = JSON.parse(fs.readFileSync(path.join(dir, 'qrels.json'), 'utf8')) as Record<
    string,
    Record<string, number>
  >;
  const docs = Object.entries(corpus).map(([id, text]) => {
    const match = /^Question:\s*([\s\S]*?)\nAnswer:\s*([\s\S]*)$/.exec(text);
    return { id, question: match?.[1]?.trim() ?? text, answer: match?.[2]?.trim() ?? '' };
  });
  return {
    docs,
    queries: Object.entries(queries).map(([qid, text]) => ({
      text,
      relevant: new Set(Object.keys(qrels[qid] ?? {})),
      dev: isDev(`q${qid}`),
    })),
  };
}

export function loadStackFaq(): Eval | undefined {
  const dir = path.join(datasets, 'stackfaq_en');
  if (!fs.existsSync(dir)) return undefined;
  const lines = (file: string) =>
    fs
      .readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return {
    docs: lines('faqs.jsonl').map((f) => ({
      id: String(f.faq_id),
      question: String(f.question),
      answer: String(f.answer),
    })),
    queries: lines('queries.jsonl').map((q) => ({
      text: String(q.text),
      relevant: new Set(q.gold_faq_ids as string[]),
      // By thread: a thread's paraphrases are all dev or all held out.
      dev: isDev(`t${String(q.thread_id)}`),
    })),
  };
}

const hitAt1 = (ranked: string[][], data: Eval, part?: boolean) => {
  const picked = data.queries.flatMap((q, i) => (part === undefined || q.dev === part ? [i] : []));
  const hits = picked.filter((i) => {
    const top = ranked[i]?.[0];
    return top !== undefined && data.queries[i]?.relevant.has(top);
  });
  return hits.length / picked.length;
};

/** Mean average precision over the ranked list (the top 10 here). */
const meanAveragePrecision = (ranked: string[][], data: Eval) =>
  data.queries.reduce((sum, q, i) => {
    let found = 0;
    let precisions = 0;
    (ranked[i] ?? []).forEach((id, k) => {
      if (!q.relevant.has(id)) return;
      found++;
      precisions += found / (k + 1);
    });
    return sum + precisions / Math.max(1, q.relevant.size);
  }, 0) / data.queries.length;

export async function runFaqRetrievalBench(): Promise<void> {
  await loadJapaneseAnalyzer();
  const sets: [string, Eval | undefined, (t: string) => string[], string, string][] = [
    [
      'LocalgovFAQ (ja)',
      loadLocalgov(),
      charBigrams,
      'published: plain BM25 ≈ .32, BERT+BM25 .63',
      '≥ .50',
    ],
    ['StackFAQ (en)', loadStackFaq(), wordUnigrams, 'published: plain BM25 ≈ .69', '≥ .80'],
  ];
  for (const [name, data, reference, anchor, bar] of sets) {
    if (!data) {
      console.log(`${name}: dataset not found under ${datasets}, skipped`);
      continue;
    }
    const index = FaqIndex.build(
      data.docs.map((d) => ({ ...d, alternates: [], category: null, language: null })),
    );
    const bm25 = createReferenceBm25(
      data.docs.map((d) => ({ id: d.id, text: `${d.question}\n${d.answer}` })),
      reference,
    );
    const ours: string[][] = [];
    const answered: string[][] = [];
    const base: string[][] = [];
    // Ranking quality: every query gets the best-scoring FAQ. The bot itself only uses it
    // above a confidence floor; that figure is printed beside it.
    const oursTime = timeEach(data.queries, (q) =>
      ours.push(index.search(q.text, { limit: 10, minConfidence: 0 }).map((m) => m.id)),
    );
    for (const q of data.queries) {
      answered.push(index.search(q.text, { limit: 1 }).map((m) => m.id));
    }
    const baseTime = timeEach(data.queries, (q) => base.push(bm25(q.text)));
    const h = hitAt1(ours, data);
    const hb = hitAt1(base, data);
    console.log(
      `${name}: hit@1 ${fmt(h)} vs plain BM25 in this run ${fmt(hb)} (ratio ${fmt(h / hb, 2)}; ${anchor}; ` +
        `bar ${bar}) | dev third ${fmt(hitAt1(ours, data, true))}, held-out ${fmt(hitAt1(ours, data, false))} | ` +
        `MAP@10 ${fmt(meanAveragePrecision(ours, data))} vs ${fmt(meanAveragePrecision(base, data))} | top above the confidence floor and right: ${fmt(hitAt1(answered, data))} | ` +
        `search p50 ${fmt(oursTime.p50)} ms p99 ${fmt(oursTime.p99)} ms vs BM25 p99 ${fmt(baseTime.p99)} ms over ${data.docs.length} FAQ`,
    );
  }
}
