/**
 * Calls built from synthetic speech with known timings: each utterance is spoken by espeak-ng,
 * trimmed to where its sound starts and ends (sox), and placed on its speaker's lane at a
 * chosen time, over a faint noise floor. The lanes are then joined as stereo (agent left) or
 * mixed to mono, and encoded as asked. Needs Debian's espeak-ng, sox and libsox-fmt-mp3.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Utterance = { speaker: 'agent' | 'customer'; text: string; at: number };
export type TruthSegment = { start: number; end: number };
export type SyntheticCall = {
  file: string;
  truth: Record<'agent' | 'customer', TruthSegment[]>;
  durationSeconds: number;
  cleanup: () => void;
};

const RATE = 16000;
// Two clearly different voices: a low male and a high female variant.
const voices = { agent: ['-v', 'en-us+f3', '-p', '70'], customer: ['-v', 'en-us+m3', '-p', '25'] };

export const haveSynthesis = (): boolean => {
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' });
    execFileSync('sox', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const sox = (...args: string[]) =>
  execFileSync('sox', args, { stdio: ['ignore', 'ignore', 'pipe'] });
const lengthOf = (file: string) =>
  Number(execFileSync('soxi', ['-D', file], { encoding: 'utf8' }).trim());

export function synthesiseCall(options: {
  utterances: Utterance[];
  durationSeconds: number;
  layout: 'stereo' | 'mono';
  format: 'wav' | 'mp3' | 'ogg';
}): SyntheticCall {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-call-'));
  const truth: SyntheticCall['truth'] = { agent: [], customer: [] };
  const lanes: Record<'agent' | 'customer', string[]> = { agent: [], customer: [] };
  options.utterances.forEach((u, i) => {
    const raw = path.join(dir, `u${i}.wav`);
    const trimmed = path.join(dir, `t${i}.wav`);
    const placed = path.join(dir, `p${i}.wav`);
    execFileSync('espeak-ng', [...voices[u.speaker], '-s', '165', '-w', raw, u.text]);
    sox(
      raw,
      '-r',
      String(RATE),
      '-c',
      '1',
      '-b',
      '16',
      trimmed,
      'silence',
      '1',
      '0.02',
      '1%',
      'reverse',
      'silence',
      '1',
      '0.02',
      '1%',
      'reverse',
      'norm',
      '-3',
    );
    const length = lengthOf(trimmed);
    sox(trimmed, placed, 'pad', String(u.at));
    truth[u.speaker].push({ start: u.at, end: u.at + length });
    lanes[u.speaker].push(placed);
  });
  const lane = (speaker: 'agent' | 'customer') => {
    const out = path.join(dir, `${speaker}.wav`);
    const noise = path.join(dir, `${speaker}-noise.wav`);
    sox(
      '-n',
      '-r',
      String(RATE),
      '-c',
      '1',
      '-b',
      '16',
      noise,
      'synth',
      String(options.durationSeconds),
      'whitenoise',
      'vol',
      '0.002',
    );
    if (lanes[speaker].length === 0) return noise;
    const inputs = [noise, ...lanes[speaker]].flatMap((f) => ['-v', '1', f]);
    sox('-m', ...inputs, out, 'trim', '0', String(options.durationSeconds));
    return out;
  };
  const agent = lane('agent');
  const customer = lane('customer');
  const joined = path.join(dir, 'call.wav');
  if (options.layout === 'stereo') sox('-M', agent, customer, joined);
  else sox('-m', '-v', '1', agent, '-v', '1', customer, joined);
  let file = joined;
  if (options.format !== 'wav') {
    file = path.join(dir, `call.${options.format}`);
    sox(joined, file);
  }
  for (const s of [...truth.agent, ...truth.customer]) {
    s.start = Math.round(s.start * 1000) / 1000;
    s.end = Math.round(s.end * 1000) / 1000;
  }
  truth.agent.sort((a, b) => a.start - b.start);
  truth.customer.sort((a, b) => a.start - b.start);
  return {
    file,
    truth,
    durationSeconds: options.durationSeconds,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
