import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { decodeAudioFile } from '../src/calls/decode-audio.js';
import { analyseCall } from '../src/calls/index.js';
import { haveSynthesis, synthesiseCall, type Utterance } from '../test/support/synthetic-call.js';
import { fmt } from './stats.js';

const script: Utterance[] = [
  {
    speaker: 'agent',
    text: 'thank you for calling the support desk how can I help you today',
    at: 1,
  },
  {
    speaker: 'customer',
    text: 'my order has not arrived yet and I am getting worried about it',
    at: 5.8,
  },
  {
    speaker: 'customer',
    text: 'I ordered it two weeks ago and nobody has told me anything since',
    at: 10.5,
  },
  {
    speaker: 'agent',
    text: 'I am very sorry about that let me check it for you right away',
    at: 13.2,
  },
  {
    speaker: 'agent',
    text: 'I can see your parcel it left our warehouse yesterday morning',
    at: 22.5,
  },
  { speaker: 'customer', text: 'so when will it finally get here', at: 25.3 },
  { speaker: 'agent', text: 'it will arrive tomorrow before noon', at: 28.6 },
];
const PERIOD = 33;

/**
 * Call analysis: a ten-minute stereo call (the synthetic 33 s call repeated) analysed as WAV
 * and as MP3, against the baseline of decoding the same file without analysing it, in the
 * same run; the speed as a multiple of real time (anchor: ≥ 100×, a 10-minute call in ≤ 6 s),
 * the peak memory, and how far the boundaries found are from where the speech was placed
 * (anchor: ±0.2 s; talk times ±0.3 s).
 */
export async function runCallsBench(): Promise<void> {
  console.log('Calls: voice activity and figures of a recording');
  if (!haveSynthesis()) {
    console.log('  skipped: needs espeak-ng and sox (Debian packages)\n');
    return;
  }
  const minutes = Number(process.env.BENCH_CALL_MINUTES ?? 10);
  const repeats = Math.ceil((minutes * 60) / PERIOD);
  const one = synthesiseCall({
    utterances: script,
    durationSeconds: PERIOD,
    layout: 'stereo',
    format: 'wav',
  });
  const dir = path.dirname(one.file);
  try {
    const long = path.join(dir, 'long.wav');
    execFileSync('sox', [...Array(repeats).fill(one.file), long]);
    const mp3 = path.join(dir, 'long.mp3');
    execFileSync('sox', [long, '-C', '64', mp3]);
    const seconds = repeats * PERIOD;

    // Accuracy on the single call.
    const figures = await analyseCall(one.file, { agentChannel: 'left', maxSeconds: 7200 });
    let worstBoundary = 0;
    let worstTalk = 0;
    for (const side of ['agent', 'customer'] as const) {
      const truth = mergeTouching(one.truth[side]);
      truth.forEach((t, i) => {
        const found = figures.speech[side][i];
        worstBoundary = Math.max(
          worstBoundary,
          found ? Math.max(Math.abs(found.start - t.start), Math.abs(found.end - t.end)) : Infinity,
        );
      });
      const talk = truth.reduce((s, t) => s + t.end - t.start, 0);
      worstTalk = Math.max(worstTalk, Math.abs(figures.talk[side] - talk));
    }
    console.log(
      `  boundaries: worst ${fmt(worstBoundary, 2)} s from the truth (anchor ±0.2 s); talk time worst ${fmt(worstTalk, 2)} s (anchor ±0.3 s)`,
    );

    for (const file of [long, mp3]) {
      const label = `${minutes}-min stereo ${path.extname(file).slice(1).toUpperCase()}`;
      const decodeStart = performance.now();
      for await (const _block of decodeAudioFile(file)) {
        // decoding only: the baseline
      }
      const decodeMs = performance.now() - decodeStart;
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 20);
      const before = process.memoryUsage().rss;
      const start = performance.now();
      await analyseCall(file, { agentChannel: 'left', maxSeconds: 7200 });
      const ms = performance.now() - start;
      clearInterval(sampler);
      console.log(
        `  ${label} (${fmt(fs.statSync(file).size / 1e6, 1)} MB): ${fmt(ms / 1000, 2)} s = ${fmt(seconds / (ms / 1000), 0)}× real time (anchor ≥ 100×); decoding alone ${fmt(decodeMs / 1000, 2)} s, analysis/decoding ${fmt(ms / decodeMs, 2)}; peak memory +${fmt((peak - before) / 1e6, 0)} MB`,
      );
    }
  } finally {
    one.cleanup();
  }
  console.log('');
}

function mergeTouching(segments: { start: number; end: number }[]) {
  const out: { start: number; end: number }[] = [];
  for (const s of [...segments].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start - last.end <= 0.3) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

if (import.meta.filename === process.argv[1]) await runCallsBench();
