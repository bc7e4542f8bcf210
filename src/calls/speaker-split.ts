import { FRAME_SECONDS, type Segment, segmentsOf, speechThreshold } from './voice-activity.js';

/**
 * Two speakers on one channel. Voiced speech frames are clustered into two groups by pitch
 * (two-means on its logarithm, seeded at the low and high deciles), the labels smoothed over a
 * third of a second, since nobody alternates faster, and unvoiced speech frames take the
 * label of their voiced neighbours. The speaker heard first is taken to be the agent: an
 * operator answers the call.
 */
export function splitSpeakers(
  levels: Float32Array,
  pitch: Float32Array,
): { agent: Segment[]; customer: Segment[] } {
  const threshold = speechThreshold(levels);
  if (threshold === null) return { agent: [], customer: [] };
  const frames = levels.length;
  const isSpeech = (f: number) => (levels[f] as number) > threshold;
  const voiced: number[] = [];
  let firstSpeech = -1;
  for (let f = 0; f < frames; f++) {
    if (!isSpeech(f)) continue;
    if (firstSpeech < 0) firstSpeech = f;
    if ((pitch[f] as number) > 0) voiced.push(f);
  }
  if (firstSpeech < 0) return { agent: [], customer: [] };

  const label = new Int8Array(frames).fill(-1);
  const logs = voiced.map((f) => Math.log(pitch[f] as number));
  const assignment = twoMeans(logs);
  voiced.forEach((f, i) => {
    label[f] = assignment[i] as number;
  });
  const smoothed = smooth(label, Math.round(0.35 / FRAME_SECONDS));
  // Unvoiced speech frames: the label before them, else the one after.
  const filled = new Int8Array(frames).fill(-1);
  let last = -1;
  for (let f = 0; f < frames; f++) {
    if (smoothed[f] !== -1) last = smoothed[f] as number;
    if (isSpeech(f)) filled[f] = smoothed[f] !== -1 ? (smoothed[f] as number) : last;
  }
  for (let f = frames - 1, next = -1; f >= 0; f--) {
    if (smoothed[f] !== -1) next = smoothed[f] as number;
    if (filled[f] === -1 && isSpeech(f)) filled[f] = next === -1 ? 0 : next;
  }
  absorbShortRuns(filled, Math.round(0.5 / FRAME_SECONDS));
  const agentLabel = filled[firstSpeech] === 1 ? 1 : 0;
  return {
    agent: segmentsOf((f) => filled[f] === agentLabel, frames),
    customer: segmentsOf((f) => filled[f] === 1 - agentLabel, frames),
  };
}

/**
 * Within continuous speech, a run of one label shorter than `minimum` frames that touches the
 * other label is given that label: a voice's pitch slips (an octave error, a trailing creak)
 * more often than a speaker answers in under half a second without a pause.
 */
function absorbShortRuns(labels: Int8Array, minimum: number): void {
  let f = 0;
  while (f < labels.length) {
    if (labels[f] === -1) {
      f++;
      continue;
    }
    let end = f;
    while (end < labels.length && labels[end] === labels[f]) end++;
    const before = f > 0 ? (labels[f - 1] as number) : -1;
    const after = end < labels.length ? (labels[end] as number) : -1;
    const other = before !== -1 ? before : after;
    if (end - f < minimum && other !== -1 && other !== labels[f]) labels.fill(other, f, end);
    f = end;
  }
}

/** Two-means in one dimension, seeded at the low and high deciles; 0 = the lower group. */
function twoMeans(values: number[]): Int8Array {
  const assignment = new Int8Array(values.length);
  if (values.length < 2) return assignment;
  const sorted = [...values].sort((a, b) => a - b);
  let low = sorted[Math.floor(sorted.length * 0.1)] as number;
  let high = sorted[Math.floor(sorted.length * 0.9)] as number;
  // One voice only: its pitch varies by less than a few semitones around its median.
  if (high - low < Math.log(1.35)) return assignment;
  for (let iteration = 0; iteration < 30; iteration++) {
    let sumLow = 0;
    let nLow = 0;
    let sumHigh = 0;
    let nHigh = 0;
    values.forEach((v, i) => {
      const k = Math.abs(v - high) < Math.abs(v - low) ? 1 : 0;
      assignment[i] = k;
      if (k) {
        sumHigh += v;
        nHigh++;
      } else {
        sumLow += v;
        nLow++;
      }
    });
    const nextLow = nLow ? sumLow / nLow : low;
    const nextHigh = nHigh ? sumHigh / nHigh : high;
    if (nextLow === low && nextHigh === high) break;
    low = nextLow;
    high = nextHigh;
  }
  return assignment;
}

/** Majority label (0/1) of the labelled frames in a centred window; -1 where none are labelled. */
function smooth(label: Int8Array, window: number): Int8Array {
  const out = new Int8Array(label.length).fill(-1);
  const half = Math.floor(window / 2);
  let ones = 0;
  let zeros = 0;
  const add = (f: number, sign: number) => {
    if (label[f] === 1) ones += sign;
    else if (label[f] === 0) zeros += sign;
  };
  for (let f = 0; f < Math.min(half, label.length); f++) add(f, 1);
  for (let f = 0; f < label.length; f++) {
    if (f + half < label.length) add(f + half, 1);
    if (f - half - 1 >= 0) add(f - half - 1, -1);
    if (label[f] !== -1) out[f] = ones > zeros ? 1 : ones < zeros ? 0 : (label[f] as number);
  }
  return out;
}
