/**
 * Voice activity from frame energies: each channel is cut into 20 ms frames, and a frame is
 * speech when its level stands out from that channel's own noise floor. The floor and the
 * speech level are read off the call itself (low and high percentiles), so no absolute level
 * is assumed: a quiet line and a loud one are judged alike.
 */

export const FRAME_SECONDS = 0.02;
/** Pauses shorter than this inside one speaker's talk (between words) do not end the segment. */
export const BRIDGE_SECONDS = 0.3;
/** Bursts shorter than this (clicks, a cough) are not speech. */
export const MIN_SPEECH_SECONDS = 0.15;

export type Segment = { start: number; end: number };

/** Growable per-frame measurements of one channel. */
export class FrameSeries {
  private data = new Float32Array(4096);
  length = 0;
  push(value: number) {
    if (this.length === this.data.length) {
      const grown = new Float32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  values(): Float32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Level in dB of the mean square of a frame; digital silence reads as -100 dB. */
export const levelDb = (sumSquares: number, n: number) =>
  10 * Math.log10(sumSquares / Math.max(1, n) + 1e-10);

function percentile(values: Float32Array, p: number): number {
  if (values.length === 0) return -100;
  const sorted = Float32Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

/** The speech threshold of a channel, or null when nothing in it stands out from its floor. */
export function speechThreshold(levels: Float32Array): number | null {
  const floor = percentile(levels, 0.1);
  const loud = percentile(levels, 0.98);
  if (loud - floor < 15 || loud < -60) return null;
  return floor + Math.max(9, 0.4 * (loud - floor));
}

/** Frames above the threshold, as segments in seconds: short pauses bridged, blips dropped. */
export function segmentsOf(active: (frame: number) => boolean, frames: number): Segment[] {
  const bridge = Math.round(BRIDGE_SECONDS / FRAME_SECONDS);
  const minimum = Math.round(MIN_SPEECH_SECONDS / FRAME_SECONDS);
  const raw: [number, number][] = [];
  let start = -1;
  let lastActive = -1;
  for (let f = 0; f < frames; f++) {
    if (!active(f)) continue;
    if (start < 0) start = f;
    else if (f - lastActive - 1 > bridge) {
      raw.push([start, lastActive + 1]);
      start = f;
    }
    lastActive = f;
  }
  if (start >= 0) raw.push([start, lastActive + 1]);
  return raw
    .filter(([s, e]) => e - s >= minimum)
    .map(([s, e]) => ({ start: round(s * FRAME_SECONDS), end: round(e * FRAME_SECONDS) }));
}

export const round = (seconds: number) => Math.round(seconds * 100) / 100;

/** Speech segments of one channel from its frame levels; [] when the channel is silent. */
export function detectSpeech(levels: Float32Array): Segment[] {
  const threshold = speechThreshold(levels);
  if (threshold === null) return [];
  return segmentsOf((f) => (levels[f] as number) > threshold, levels.length);
}
