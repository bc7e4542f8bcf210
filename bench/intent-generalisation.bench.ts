import fs from 'node:fs';
import path from 'node:path';
import { IntentClassifier, type IntentExample } from '../src/nlu/index.js';
import { fmt } from './stats.js';
import { trainTfidfLogistic } from './tfidf-logistic.js';

const datasets = path.resolve(process.env.TSUNAGI_DATASETS ?? '../shared/datasets');

/**
 * Intent sets as a new tenant brings them: CLINC150 split by domain into tenants of two
 * domains each (30 intents), 10 examples per intent (an unbalanced variant keeps 5 for half
 * of them), nothing else. Each tenant's model is trained on its own examples only and scored
 * on its intents' test texts and on out-of-scope texts, against TF-IDF + logistic regression
 * trained on the same examples in the same run.
 */
export async function runIntentGeneralisationBench(): Promise<void> {
  const dir = path.join(datasets, 'clinc150');
  if (!fs.existsSync(dir)) {
    console.log(`Intent generalisation: CLINC150 not found under ${datasets}, skipped`);
    return;
  }
  const clinc = JSON.parse(fs.readFileSync(path.join(dir, 'data_full.json'), 'utf8')) as Record<
    string,
    [string, string][]
  >;
  const domains = JSON.parse(fs.readFileSync(path.join(dir, 'domains.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  const names = Object.keys(domains).sort();
  const tenants = [0, 2, 4].map((i) => [names[i] ?? '', names[i + 5] ?? '']);
  const oos = (clinc.oos_test ?? []).slice(0, 300).map(([text]) => text);
  for (const unbalanced of [false, true]) {
    const ours = { right: 0, total: 0, oos: 0, top: 0 };
    const base = { right: 0, total: 0, oos: 0, top: 0 };
    for (const pair of tenants) {
      const intents = new Set(pair.flatMap((d) => domains[d] ?? []));
      const perIntent = new Map<string, number>();
      const train: IntentExample[] = [];
      for (const [i, intent] of [...intents].sort().entries()) {
        perIntent.set(intent, unbalanced && i % 2 ? 5 : 10);
      }
      for (const [text, intent] of clinc.train ?? []) {
        const left = perIntent.get(intent) ?? 0;
        if (left <= 0) continue;
        perIntent.set(intent, left - 1);
        train.push({ text, intent });
      }
      const test = (clinc.test ?? []).filter(([, intent]) => intents.has(intent));
      const model = await IntentClassifier.train(train);
      const baseline = await trainTfidfLogistic(train);
      for (const [text, intent] of test) {
        ours.total++;
        base.total++;
        if (model.classify(text)?.name === intent) ours.right++;
        if (baseline.classify(text)?.name === intent) base.right++;
        if (model.rank(text)[0]?.name === intent) ours.top++;
        if (baseline.rank(text).name === intent) base.top++;
      }
      for (const text of oos) {
        if (!model.classify(text)) ours.oos++;
        if (!baseline.classify(text)) base.oos++;
      }
    }
    const n = tenants.length * oos.length;
    const top = ours.top / ours.total;
    const baseTop = base.top / base.total;
    const pct = (x: number) => `${fmt(x * 100, 1)} %`;
    console.log(
      `Intent generalisation, CLINC150 by domain (${tenants.length} tenants × 30 intents, ` +
        `${unbalanced ? '10 or 5 (unbalanced)' : '10'} examples each): top-1 accuracy ${pct(top)} vs ` +
        `TF-IDF+LR trained on the same examples in this run ${pct(baseTop)} (ratio ${fmt(top / baseTop, 2)}) | ` +
        `with abstention: right ${pct(ours.right / ours.total)}, out-of-scope recall ` +
        `${pct(ours.oos / n)} (TF-IDF+LR abstaining below its 5th-percentile training probability: ` +
        `${pct(base.right / base.total)}, ${pct(base.oos / n)})`,
    );
  }
}

if (process.argv[1]?.endsWith('intent-generalisation.bench.ts'))
  await runIntentGeneralisationBench();
