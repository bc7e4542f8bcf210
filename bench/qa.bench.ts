import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTsunagi } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { builtInBannedWords, findBannedWords } from '../src/moderation/index.js';
import { detectSentiment, loadJapaneseAnalyzer } from '../src/nlu/index.js';
import {
  compileNgWords,
  type Finding,
  matchWords,
  riskOf,
  scanClosed,
  scanInContext,
  scanText,
} from '../src/qa/index.js';
import { createApi, startNodeProcess, startWidgetConversation } from '../test/support/harness.js';
import { referenceDetectSentiment } from './reference-sentiment.js';
import { fmt, percentile, timeEach } from './stats.js';

/**
 * Quality scanner benchmarks over the ASDC Japanese operator–customer dialogues.
 *
 * The labelled set: every tenth dialogue (by a fixed generator, seed 11) gets ONE injected
 * problem, taken in turn from the list below; the rest stay as written ("clean"). The
 * injections were written before the scanner was run on them and are not tuned to it:
 *  1. the operator insults the customer, the insult written with a variant (spacing,
 *     half width, katakana/hiragana): appended to a middle operator turn;
 *  2. the customer demands a manager or threatens to cancel, as a new customer turn;
 *  3. the operator promises to get back as the last message of the dialogue and never does;
 *  4. the customer repeats their first message late in the dialogue, annoyed.
 */
type Utterance = { name: string; text: string; time: number };
type Dialogue = { id: string; utterances: Utterance[] };
type Message = { id: string; author: 'agent' | 'customer'; text: string; createdAt: string };

const DATASET = path.resolve(import.meta.dirname, '../../../shared/datasets/asdc_ja/dialogs.jsonl');
const datasetPath = () =>
  [process.env.ASDC_DIALOGS, DATASET, '/work/shared/datasets/asdc_ja/dialogs.jsonl'].find(
    (p) => p && fs.existsSync(p),
  );

const INSULTS = ['バ カ', 'ﾊﾞｶ', 'あ ほ', 'ク・ソ', 'ばか', 'ア ホ'];
const ESCALATIONS = [
  'もういいです。責任者を出せ',
  'こんな対応なら解約します',
  '上司を出してください',
];

function generator(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function loadDialogues(file: string): Dialogue[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const raw = JSON.parse(line) as {
        meta: unknown;
        utterances: (Utterance & { id: { id: string } })[];
      };
      return {
        id: raw.utterances[0]?.id.id.replace(/\.\d+$/, '') ?? '',
        utterances: raw.utterances.map((u) => ({ name: u.name, text: u.text, time: u.time })),
      };
    });
}

function toMessages(d: Dialogue): Message[] {
  const start = Date.UTC(2026, 0, 5, 10);
  return d.utterances.map((u, i) => ({
    id: `${d.id}.${i}`,
    author: u.name.startsWith('operator') ? 'agent' : 'customer',
    text: u.text,
    createdAt: new Date(start + u.time * 1000).toISOString(),
  }));
}

function inject(messages: Message[], kind: number, pick: () => number): Message[] {
  const out = messages.map((m) => ({ ...m }));
  const last = out[out.length - 1] as Message;
  const later = (m: Message, seconds: number) =>
    new Date(Date.parse(m.createdAt) + seconds * 1000).toISOString();
  if (kind === 0) {
    const operators = out.filter((m) => m.author === 'agent');
    const target = operators[Math.floor(operators.length / 2)] as Message;
    const insult = INSULTS[Math.floor(pick() * INSULTS.length)] as string;
    target.text += `そんなこともわからないなんて${insult}ですか。`;
  } else if (kind === 1) {
    const at = Math.floor(out.length * 0.6);
    const anchor = out[at] as Message;
    out.splice(at + 1, 0, {
      id: `${anchor.id}.x`,
      author: 'customer',
      text: ESCALATIONS[Math.floor(pick() * ESCALATIONS.length)] as string,
      createdAt: later(anchor, 5),
    });
  } else if (kind === 2) {
    out.push({
      id: `${last.id}.x`,
      author: 'agent',
      text: '空室を確認して折り返しご連絡いたします。',
      createdAt: later(last, 30),
    });
  } else {
    const first = out.find((m) => m.author === 'customer') as Message;
    out.push({
      id: `${last.id}.x`,
      author: 'customer',
      text: `${first.text}`,
      createdAt: later(last, 30),
    });
  }
  return out;
}

function scanDialogue(messages: Message[], list: ReturnType<typeof compileNgWords>): Finding[] {
  const found: Finding[] = [];
  for (let i = 0; i < messages.length; i++) {
    found.push(
      ...scanInContext(messages[i] as Message, messages.slice(Math.max(0, i - 30), i), list),
    );
  }
  found.push(...scanClosed(messages));
  return found;
}

export async function runQaBench() {
  const file = datasetPath();
  if (!file) {
    console.log('quality scanner: ASDC dataset not found (set ASDC_DIALOGS); skipped\n');
    return;
  }
  const dialogues = loadDialogues(file);
  const list = compileNgWords([]);
  const words = [...builtInBannedWords];

  // --- Labelled set: recall at a 10 % review budget, false alarms on clean dialogues.
  const pick = generator(11);
  const labelled = dialogues.map((d, i) => {
    const messages = toMessages(d);
    const isProblem = pick() < 0.1;
    return {
      messages: isProblem ? inject(messages, i % 4, pick) : messages,
      isProblem,
      kind: i % 4,
    };
  });
  const scored = labelled.map((d) => {
    const findings = scanDialogue(d.messages, list);
    return { ...d, findings, risk: riskOf(findings) };
  });
  const problems = scored.filter((d) => d.isProblem);
  const clean = scored.filter((d) => !d.isProblem);
  const budget = Math.max(1, Math.round(scored.length * 0.1));
  const ranked = [...scored].sort((a, b) => b.risk - a.risk);
  const caught = ranked.slice(0, budget).filter((d) => d.isProblem).length;
  // Random sampling's expected recall at the same budget is the budget's share of all dialogues.
  const randomRecall = budget / scored.length;
  const cleanWithHigh = clean.filter((d) => d.findings.some((f) => f.severity === 'high'));
  const detected = problems.filter((d) => d.findings.some((f) => f.severity !== 'low')).length;
  console.log(
    `quality scanner on ASDC (${scored.length} dialogues, ${problems.length} with one injected problem)`,
  );
  console.log(
    `  recall at a 10 % review budget (${budget} dialogues): ${fmt((caught / problems.length) * 100, 1)} %  vs random 10 % sampling ${fmt(randomRecall * 100, 1)} %  (${fmt(caught / problems.length / randomRecall, 1)}×)`,
  );
  console.log(
    `  injected problems detected at all (medium or high): ${detected}/${problems.length}; false alarms: ${cleanWithHigh.length}/${clean.length} clean dialogues with a high finding${cleanWithHigh.length ? ` (${cleanWithHigh.flatMap((d) => d.findings.filter((f) => f.severity === 'high').map((f) => f.text)).join(', ')})` : ''}`,
  );
  const kinds = ['operator insult', 'customer escalation', 'promise not kept', 'customer repeat'];
  const topSet = new Set(ranked.slice(0, budget));
  console.log(
    `  caught within the budget by kind: ${kinds
      .map((name, kind) => {
        const ofKind = problems.filter((d) => d.kind === kind);
        return `${name} ${ofKind.filter((d) => topSet.has(d)).length}/${ofKind.length}`;
      })
      .join(', ')}`,
  );
  const byRule = new Map<string, number>();
  for (const d of clean)
    for (const f of d.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  console.log(
    `  findings on clean dialogues by rule: ${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`,
  );

  // --- Per message: the scanner against the moderation regex and a plain includes loop.
  const texts = labelled.flatMap((d) => d.messages.map((m) => m.text));
  const lowered = words.map((w) => w.toLowerCase());
  for (let i = 0; i < 2; i++) {
    for (const t of texts) {
      scanText(t, list, 'agent');
      findBannedWords(t, words);
    }
  }
  const scanner = timeEach(texts, (t) => scanText(t, list, 'customer'));
  const regex = timeEach(texts, (t) => findBannedWords(t, words));
  const includes = timeEach(texts, (t) => {
    const l = t.toLowerCase();
    for (const w of lowered) if (l.includes(w)) break;
  });
  console.log(
    `  per message (${texts.length} utterances): NG words in every variant + escalation + anger`,
  );
  console.log(
    `    scanner               p50 ${fmt(scanner.p50 * 1000, 1)} µs  p99 ${fmt(scanner.p99 * 1000, 1)} µs`,
  );
  console.log(
    `    moderation regex      p50 ${fmt(regex.p50 * 1000, 1)} µs  p99 ${fmt(regex.p99 * 1000, 1)} µs  baseline (exact forms only)  ratio p50 ${fmt(scanner.p50 / regex.p50, 2)}×`,
  );
  console.log(
    `    includes loop         p50 ${fmt(includes.p50 * 1000, 1)} µs  p99 ${fmt(includes.p99 * 1000, 1)} µs  baseline (exact forms only)  ratio p50 ${fmt(scanner.p50 / includes.p50, 2)}×`,
  );

  // --- Sentiment, read for each customer message in context: against how it was read before
  // (bench/reference-sentiment.ts, same answers), in the same run, a few alternating rounds.
  const customerTexts = labelled.flatMap((d) =>
    d.messages.filter((m) => m.author === 'customer').map((m) => m.text),
  );
  const sameAnswers = customerTexts.filter(
    (t) => detectSentiment(t) === referenceDetectSentiment(t),
  ).length;
  const now: { p50: number; p99: number; mean: number }[] = [];
  const before: { p50: number; p99: number; mean: number }[] = [];
  for (let r = 0; r < 3; r++) {
    now.push(timeEach(customerTexts, (t) => detectSentiment(t)));
    before.push(timeEach(customerTexts, (t) => referenceDetectSentiment(t)));
  }
  const best = (runs: typeof now) => runs.reduce((a, b) => (b.mean < a.mean ? b : a));
  const [s, b] = [best(now), best(before)];
  console.log(
    `    sentiment             p50 ${fmt(s.p50 * 1000, 1)} µs  p99 ${fmt(s.p99 * 1000, 1)} µs  mean ${fmt(s.mean * 1000, 1)} µs  (${customerTexts.length} customer messages)`,
  );
  console.log(
    `    sentiment, before     p50 ${fmt(b.p50 * 1000, 1)} µs  p99 ${fmt(b.p99 * 1000, 1)} µs  mean ${fmt(b.mean * 1000, 1)} µs  baseline  ratio mean ${fmt(s.mean / b.mean, 2)}×  same answers ${sameAnswers}/${customerTexts.length}`,
  );

  // --- NG matching throughput over the whole corpus, against a naive regex alternation.
  const corpus = texts.join('\n');
  const megabytes = Buffer.byteLength(corpus) / 1e6;
  const naive = new RegExp(
    words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'giu',
  );
  const throughput = (run: () => void) => {
    const rounds = 5;
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      run();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return megabytes / ((times[Math.floor(rounds / 2)] as number) / 1000);
  };
  let variantHits = 0;
  let naiveHits = 0;
  const ours = throughput(() => {
    variantHits = 0;
    for (const t of texts) variantHits += matchWords(t, list).length;
  });
  const theirs = throughput(() => {
    naiveHits = 0;
    for (const t of texts) naiveHits += [...t.matchAll(naive)].length;
  });
  console.log(
    `  NG matching throughput (${fmt(megabytes, 2)} MB): variant-aware ${fmt(ours, 2)} MB/s (${variantHits} hits)  vs naive regex alternation ${fmt(theirs, 2)} MB/s (${naiveHits} hits, exact forms only)  ratio ${fmt(ours / theirs, 2)}×`,
  );

  await runStoredMessageCost(texts.slice(0, 300));
  await runScannerLoadCost(texts);
}

/** What scanning adds to a stored message: the scan handler (its reads, the scan) beside the store itself. */
async function runStoredMessageCost(texts: string[]) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-qa-bench-'));
  const app = await startTsunagi({
    config: loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      SMTP_PORT: '0',
      TSUNAGI_DEMO: '0',
      // One conversation takes every message: the per-conversation limit would refuse most.
      RATE_LIMIT_FACTOR: '100',
    }),
  });
  try {
    // The dictionary loads in the background at start and stalls the event loop in bursts.
    await loadJapaneseAnalyzer();
    const tenant = await app.services.tenants.createTenant({ name: 'qa-bench' });
    const created = (await (
      await fetch(`${app.url}/api/v1/widget/${tenant.widgetKey}/conversations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ language: 'ja' }),
      })
    ).json()) as { conversationId: string; customerToken: string };
    const started = new Date().toISOString();
    const stored: { id: string; createdAt: string; text: string }[] = [];
    const storeTimes: number[] = [];
    const keptTimes: number[] = [];
    for (const text of texts) {
      const start = performance.now();
      const res = await fetch(
        `${app.url}/api/v1/widget/${tenant.widgetKey}/conversations/${created.conversationId}/messages`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${created.customerToken}`,
          },
          body: JSON.stringify({ text: text.slice(0, 2000) }),
        },
      );
      storeTimes.push(performance.now() - start);
      if (res.status !== 201 && res.status !== 200)
        throw new Error(`message refused: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as {
        message: { id: string; createdAt: string; text: string };
      };
      stored.push(body.message);
      // Scanned as it arrives, as if an operator held the conversation: after the first, its
      // context is the window kept in memory (the steady state).
      const scanStart = performance.now();
      await app.services.qa.scanMessage({
        type: 'message.created',
        tenantId: tenant.id,
        message: {
          ...body.message,
          conversationId: created.conversationId,
          author: 'customer',
          authorName: null,
        },
        conversation: {
          status: 'assigned',
          assigneeId: null,
          channel: 'widget',
          createdAt: started,
        },
      });
      keptTimes.push(performance.now() - scanStart);
    }
    const scanTimes = async (status: 'bot' | 'assigned') => {
      const times: number[] = [];
      for (const message of stored) {
        const start = performance.now();
        await app.services.qa.scanMessage({
          type: 'message.created',
          tenantId: tenant.id,
          message: {
            ...message,
            conversationId: created.conversationId,
            author: 'customer',
            authorName: null,
          },
          conversation: { status, assigneeId: null, channel: 'widget', createdAt: started },
        });
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b);
    };
    const withBot = await scanTimes('bot');
    const withOperator = await scanTimes('assigned');
    storeTimes.sort((a, b) => a - b);
    keptTimes.sort((a, b) => a - b);
    const p = (xs: number[], q: number) => percentile(xs, q);
    console.log(
      `  per stored message (SQLite, ${stored.length} customer messages; scanned after commit, off the request):`,
    );
    console.log(
      `    with the bot (own words only)          p50 ${fmt(p(withBot, 50), 3)} ms  p99 ${fmt(p(withBot, 99), 3)} ms  ratio p50 ${fmt(p(withBot, 50) / p(storeTimes, 50), 3)}× the store`,
    );
    console.log(
      `    with an operator, context kept          p50 ${fmt(p(keptTimes, 50), 3)} ms  p99 ${fmt(p(keptTimes, 99), 3)} ms  ratio p50 ${fmt(p(keptTimes, 50) / p(storeTimes, 50), 3)}× the store`,
    );
    console.log(
      `    with an operator, context read (a miss)  p50 ${fmt(p(withOperator, 50), 3)} ms  p99 ${fmt(p(withOperator, 99), 3)} ms  ratio p50 ${fmt(p(withOperator, 50) / p(storeTimes, 50), 3)}× the store`,
    );
    console.log(
      `    storing the message (HTTP, baseline)   p50 ${fmt(p(storeTimes, 50), 3)} ms  p99 ${fmt(p(storeTimes, 99), 3)} ms\n`,
    );
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The scanner on the hot path: server processes fed the same customer messages flat out, one
 * scanning every stored message (the default) and two with QA_SCAN_MESSAGES=off; the messages
 * per second and the server's CPU per message (from /proc, every thread) of each. The second
 * server that does not scan is the control: two identical servers differ by this much on
 * this machine, so a difference between scanning and not smaller than theirs is not one.
 * One server runs at a time (side by side, their share of two cores decided their CPU per
 * message more than the scan did), in an order that turns each round so a drift in the
 * machine's speed falls on all alike; each round sends the next texts of the corpus.
 */
export async function runScannerLoadCost(texts: readonly string[]) {
  const rounds = Number(process.env.BENCH_QA_ROUNDS ?? 6);
  const perRound = Number(process.env.BENCH_QA_MESSAGES ?? 600);
  const concurrency = 16;
  const cpuSeconds = (pid: number | undefined): number => {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  const start = async (scan: 'on' | 'off') => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `tsunagi-qa-load-${scan}-`));
    // BENCH_QA_ENTRY=dist runs the compiled server (`npm run build:server` first), as in production.
    const node = await startNodeProcess(
      { DATA_DIR: dataDir, LOG_LEVEL: 'error', QA_SCAN_MESSAGES: scan },
      process.env.BENCH_QA_ENTRY === 'dist' ? 'dist' : 'src',
    );
    const api = createApi(node.url);
    const chats = [];
    for (let i = 0; i < concurrency * 2; i++) chats.push(await startWidgetConversation(api));
    return { scan, node, dataDir, api, chats, cpu: 0, wall: 0, sent: 0 };
  };
  const nodes = [await start('off'), await start('on'), await start('off')];
  const round = async (n: (typeof nodes)[number], from: number, count: number) => {
    let next = 0;
    const cpuBefore = cpuSeconds(n.node.child.pid);
    const t0 = performance.now();
    const worker = async (w: number) => {
      for (;;) {
        const i = next++;
        if (i >= count) return;
        const chat = n.chats[(w + i) % n.chats.length] as (typeof n.chats)[number];
        const text = texts[(from + i) % texts.length] as string;
        const res = await chat.send(text.slice(0, 500));
        if (res.status !== 201 && res.status !== 200)
          throw new Error(`message refused: ${res.status}`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
    const wall = performance.now() - t0;
    // Let the after-commit handlers (the scan among them) finish before reading the CPU.
    await new Promise((r) => setTimeout(r, 400));
    return { cpu: cpuSeconds(n.node.child.pid) - cpuBefore, wall };
  };
  try {
    for (const n of nodes) await round(n, 0, 200); // warm-up: JIT, dictionaries
    for (let r = 0; r < rounds; r++) {
      const from = 200 + r * perRound;
      const order = [...nodes.slice(r % nodes.length), ...nodes.slice(0, r % nodes.length)];
      for (const n of order) {
        const m = await round(n, from, perRound);
        n.cpu += m.cpu;
        n.wall += m.wall;
        n.sent += perRound;
      }
    }
    const [off, on, control] = nodes as [
      (typeof nodes)[number],
      (typeof nodes)[number],
      (typeof nodes)[number],
    ];
    const us = (n: typeof off) => (n.cpu / n.sent) * 1e6;
    const rate = (n: typeof off) => n.sent / (n.wall / 1000);
    console.log(
      `  scanner on the hot path (${rounds} rounds × ${perRound} customer messages per server, ${concurrency} at a time, SQLite, one server at a time):`,
    );
    console.log(
      `    messages per second:    scanning ${fmt(rate(on), 0)}, not scanning (baseline) ${fmt(rate(off), 0)}  ratio ${fmt(rate(on) / rate(off), 3)}× (bar ≥ 0.95); a second server not scanning ${fmt(rate(control), 0)}, ${fmt(rate(control) / rate(off), 3)}× the first`,
    );
    console.log(
      `    server CPU per message: scanning ${fmt(us(on), 0)} µs, not scanning (baseline) ${fmt(us(off), 0)} µs  ratio ${fmt(us(on) / us(off), 3)}× (bar ≤ 1.05); a second server not scanning ${fmt(us(control), 0)} µs, ${fmt(us(control) / us(off), 3)}× the first\n`,
    );
  } finally {
    for (const n of nodes) {
      n.node.child.kill('SIGTERM');
      await n.node.exited;
      fs.rmSync(n.dataDir, { recursive: true, force: true });
    }
  }
}
