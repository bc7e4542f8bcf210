import { type CallFigures, callFigures } from './call-figures.js';
import { decodeAudioFile } from './decode-audio.js';
import { splitSpeakers } from './speaker-split.js';
import { detectSpeech, FRAME_SECONDS, FrameSeries, levelDb } from './voice-activity.js';

export type AgentChannel = 'left' | 'right';

export class CallRejectedError extends Error {
  constructor(
    readonly reason: 'not_audio' | 'too_long' | 'silent',
    message: string,
  ) {
    super(message);
    this.name = 'CallRejectedError';
  }
}

export type AnalyseOptions = {
  /** Which stereo channel is the agent's; mono calls are split by speaker. */
  agentChannel: AgentChannel;
  maxSeconds: number;
};

/**
 * Decodes a recording block by block and keeps only per-frame measurements (a few bytes per
 * 20 ms), so an hour-long call costs no more memory than a short one; then finds each side's
 * speech and the call's figures.
 */
export async function analyseCall(file: string, options: AnalyseOptions): Promise<CallFigures> {
  let channelsSeen = 0;
  let sampleRate = 0;
  let frameLength = 0;
  const levels: FrameSeries[] = [];
  // Pitch per frame of the first channel, to tell two speakers on one channel apart; and how
  // much the channels differ, since a mono call may arrive as two identical channels.
  const pitch = new FrameSeries();
  let channelDifference = 0;
  let channelEnergy = 0;
  let carry: Float32Array[] = [];
  let samples = 0;

  const measure = (frames: Float32Array[]) => {
    frames.forEach((frame, c) => {
      let sum = 0;
      for (let i = 0; i < frame.length; i++) sum += (frame[i] as number) ** 2;
      (levels[c] as FrameSeries).push(levelDb(sum, frame.length));
      if (c === 0) {
        pitch.push(sum / frame.length > 1e-6 ? estimatePitch(frame, sampleRate) : 0);
        channelEnergy += sum;
      } else {
        const first = frames[0] as Float32Array;
        for (let i = 0; i < frame.length; i++) {
          channelDifference += ((frame[i] as number) - (first[i] as number)) ** 2;
        }
      }
    });
  };

  for await (const block of decodeAudioFile(file)) {
    if (sampleRate === 0) {
      sampleRate = block.sampleRate;
      // Stereo: the two sides; more channels than two are read as their first two.
      channelsSeen = Math.min(2, block.channels.length);
      frameLength = Math.round(sampleRate * FRAME_SECONDS);
      for (let c = 0; c < channelsSeen; c++) levels.push(new FrameSeries());
      carry = Array.from({ length: channelsSeen }, () => new Float32Array(0));
    }
    const channels = block.channels.slice(0, channelsSeen);
    samples += channels[0]?.length ?? 0;
    if (samples / sampleRate > options.maxSeconds) {
      throw new CallRejectedError(
        'too_long',
        `The recording is longer than ${options.maxSeconds} s`,
      );
    }
    const joined = channels.map((c, i) => concat(carry[i] as Float32Array, c));
    const whole = Math.floor((joined[0]?.length ?? 0) / frameLength);
    for (let f = 0; f < whole; f++) {
      measure(joined.map((c) => c.subarray(f * frameLength, (f + 1) * frameLength)));
    }
    carry = joined.map((c) => c.slice(whole * frameLength));
  }
  if (sampleRate === 0) throw new CallRejectedError('not_audio', 'The file holds no audio');

  const duration = samples / sampleRate;
  let speech: { agent: ReturnType<typeof detectSpeech>; customer: ReturnType<typeof detectSpeech> };
  const isStereo = channelsSeen >= 2 && channelDifference > channelEnergy * 1e-3;
  if (isStereo) {
    const left = detectSpeech((levels[0] as FrameSeries).values());
    const right = detectSpeech((levels[1] as FrameSeries).values());
    speech =
      options.agentChannel === 'left'
        ? { agent: left, customer: right }
        : { agent: right, customer: left };
  } else {
    speech = splitSpeakers((levels[0] as FrameSeries).values(), pitch.values());
  }
  if (speech.agent.length === 0 && speech.customer.length === 0) {
    throw new CallRejectedError('silent', 'Nobody speaks in the recording');
  }
  return callFigures(speech, duration);
}

const concat = (a: Float32Array, b: Float32Array) => {
  if (a.length === 0) return b;
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/**
 * Fundamental frequency of a voiced frame by normalised autocorrelation over 60–400 Hz, on a
 * copy decimated to about 8 kHz; 0 when no lag correlates clearly (unvoiced or noise).
 */
export function estimatePitch(frame: Float32Array, sampleRate: number): number {
  const step = Math.max(1, Math.round(sampleRate / 8000));
  const rate = sampleRate / step;
  const n = Math.floor(frame.length / step);
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < step; k++) s += frame[i * step + k] as number;
    x[i] = s / step;
  }
  const minLag = Math.floor(rate / 400);
  const maxLag = Math.min(n - 1, Math.ceil(rate / 60));
  let energy = 0;
  for (let i = 0; i < n; i++) energy += (x[i] as number) ** 2;
  if (energy <= 0) return 0;
  let best = 0;
  let bestLag = 0;
  for (let lag = minLag; lag <= maxLag; lag++) {
    let r = 0;
    for (let i = 0; i + lag < n; i++) r += (x[i] as number) * (x[i + lag] as number);
    const normalised = r / energy;
    if (normalised > best) {
      best = normalised;
      bestLag = lag;
    }
  }
  return best > 0.3 && bestLag > 0 ? rate / bestLag : 0;
}
